"""The article records: `Article`, its `Span`s, a sources.csv row (`SourceMeta`) and
`LoadProblem`, a file that could not be loaded.

An `Article` keeps its original text (never modified: every offset in the project refers
to it), its cleaned text and the map between them; `to_original` and `is_caption` read them.
It does not load, decode or clean anything (`articles.py` and the `article_*` modules do).
"""

from __future__ import annotations

import datetime
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate

from crisis_timeline.article_normalise import original_end
from crisis_timeline.offsets import OffsetRuns


@dataclass(frozen=True)
class Span:
    """A stretch of the original text [start, end) and what it is ("caption", "share", ...)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class SourceMeta:
    """One row of sources.csv; a blank cell or a missing column is None."""

    file: str
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Article:
    """One article: metadata with its basis, original text, cleaned text and the map between."""

    id: str
    file_name: str
    outlet: str | None
    source_label: str
    title: str | None
    title_basis: str
    author: str | None
    language: str
    language_basis: str
    published: datetime.date | None
    published_basis: str
    published_reason: str
    url: str | None
    notes: str | None
    original_text: str
    cleaned_text: str
    # cleaned index -> original offset, as runs (normalise makes them; a tuple also works)
    offset_map: tuple[int, ...] | OffsetRuns
    furniture: tuple[Span, ...]
    captions: tuple[Span, ...]
    content_hash: str
    # Embedded posts quoted in the page (kind "tweet"): kept in cleaned_text like captions,
    # but they are a source's own words, so events may use them.
    embeds: tuple[Span, ...] = field(default=())
    # An inferred publication date that is only a guess (a lower bound: the text's latest
    # date sits in background paragraphs under an undated lead; or a week taken from the
    # collection): its own dates resolve against it, but no sentence is dated by it alone.
    published_weak: bool = False
    # The sources its text cites (attribution.cited_sources, in the article's language),
    # found by the worker that extracts it so the outlet profiles need not read every text
    # again in one process; None when not looked for yet. Not part of what the article is.
    cited_sources: tuple[str, ...] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Records read back from JSON (the store) carry lists of dicts: make them the
        # tuples of Spans the type says, so equality and hashing behave.
        for name in ("furniture", "captions", "embeds"):
            spans = getattr(self, name)
            if not isinstance(spans, tuple) or any(not isinstance(s, Span) for s in spans):
                coerced = tuple(s if isinstance(s, Span) else Span(**s) for s in spans)
                object.__setattr__(self, name, coerced)
        if self.cited_sources is not None and not isinstance(self.cited_sources, tuple):
            object.__setattr__(self, "cited_sources", tuple(self.cited_sources))
        if not isinstance(self.offset_map, (tuple, OffsetRuns)):
            object.__setattr__(self, "offset_map", tuple(self.offset_map))

    @property
    def reading_note(self) -> str | None:
        """Why the article is read only in part (a language without tables), else None."""
        from crisis_timeline.lang import reading_note

        return reading_note(self.language)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span [start, end).

        The end is the end of the last cleaned character's original, so a span never
        swallows furniture removed right after it.
        """
        if not 0 <= start <= end <= len(self.cleaned_text):
            raise ValueError(f"span {start}:{end} outside the cleaned text of {self.id}")
        original_start = self.offset_map[start]
        if end == start:
            return original_start, original_start
        return original_start, original_end(self.original_text, self.offset_map[end - 1])

    def is_caption(self, original_start: int, original_end: int) -> bool:
        """True when the original span overlaps a photo caption."""
        # Captions starting before the span's end, then the furthest end among them: one
        # bisection, where testing every caption made a pass over all sentences quadratic.
        starts, reach = self._caption_index
        count = bisect_left(starts, max(original_end, original_start + 1))
        return count > 0 and reach[count - 1] > original_start

    @cached_property
    def _caption_index(self) -> tuple[list[int], list[int]]:
        """Caption starts, sorted, and the furthest caption end up to each (captions may nest)."""
        ordered = sorted(self.captions, key=lambda span: span.start)
        return [span.start for span in ordered], list(accumulate((s.end for s in ordered), max))


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be loaded, with a message the user can act on."""

    path: str
    message: str
