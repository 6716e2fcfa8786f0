"""What the overview needs of each article, read without its text (store.read_article_facts).

Reading every stored article whole (text, offset map, spans) took 3.7 s for 50,000 articles;
these few fields, picked out of the stored JSON by DuckDB, take a sixth of that. Pages that
show an article's text read the full records when they first need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# the record's keys, in ArticleFacts' field order after the id
FACT_KEYS = ("outlet", "language", "published", "published_basis", "published_reason")
FACT_KEYS += ("source_label",)


@dataclass(frozen=True)
class ArticleFacts:
    """The fields of an Article (article_records.Article) that lists and counts use."""

    id: str
    outlet: str | None
    language: str
    published: date | None
    published_basis: str
    published_reason: str
    source_label: str

    @classmethod
    def from_values(cls, article_id: str, values: list[str | None]) -> ArticleFacts:
        outlet, language, published, basis, reason, label = values
        return cls(
            id=article_id,
            outlet=outlet,
            language=language,
            published=date.fromisoformat(published) if published else None,
            published_basis=basis,
            published_reason=reason,
            source_label=label,
        )

    @property
    def reading_note(self) -> str | None:
        """Why the article is read only in part (a language without tables), else None."""
        from crisis_timeline.lang import reading_note

        return reading_note(self.language)
