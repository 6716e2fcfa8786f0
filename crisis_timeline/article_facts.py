"""What lists and counts need of each article, read without its text (store.read_article_facts).

Reading every stored article whole (text, offset map, spans) took 3.7 s for 50,000 articles;
these few fields, stored beside each record, take 0.2 s. Pages that show an article's text
read that one article (store.read_article) when they need it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# the record's keys, in ArticleFacts' field order after the id
FACT_KEYS = ("outlet", "language", "language_basis", "published", "published_basis")
FACT_KEYS += ("published_reason", "source_label", "title", "file_name")
# then the start and the length of this key's text: the article's opening, for a list of
# untitled articles, and its size
OPENING_KEY = "cleaned_text"
OPENING_CHARS = 70


def fact_values(record: dict) -> list[str | None]:
    """The values stored for an article record (a dict of Article's fields, dates in ISO)."""
    text = record[OPENING_KEY]
    return [record[key] for key in FACT_KEYS] + [text[:OPENING_CHARS], str(len(text))]


@dataclass(frozen=True)
class ArticleFacts:
    """The fields of an Article (article_records.Article) that lists and counts use."""

    id: str
    outlet: str | None
    language: str
    language_basis: str
    published: date | None
    published_basis: str
    published_reason: str
    source_label: str
    title: str | None
    file_name: str
    opening: str  # the first OPENING_CHARS characters of the cleaned text
    length: int  # characters of the cleaned text

    @classmethod
    def from_values(cls, article_id: str, values: list[str | None]) -> ArticleFacts:
        """From fact_values, or from the FACT_KEYS and OPENING_KEY values picked out of a
        stored record (then the opening is the whole text, and its length is measured)."""
        *fields, text, length = values if len(values) > len(FACT_KEYS) + 1 else [*values, None]
        outlet, language, language_basis, published, basis, reason, label, title, name = fields
        return cls(
            id=article_id,
            outlet=outlet,
            language=language,
            language_basis=language_basis,
            published=date.fromisoformat(published) if published else None,
            published_basis=basis,
            published_reason=reason,
            source_label=label,
            title=title,
            file_name=name,
            opening=(text or "")[:OPENING_CHARS],
            length=int(length) if length is not None else len(text or ""),
        )

    @property
    def heading(self) -> str:
        """The title, or the opening words when the article has none."""
        return self.title or f"{self.opening.strip()}…"

    @property
    def reading_note(self) -> str | None:
        """Why the article is read only in part (a language without tables), else None."""
        from crisis_timeline.lang import reading_note

        return reading_note(self.language)
