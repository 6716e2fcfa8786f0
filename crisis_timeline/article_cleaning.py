"""Page furniture, captions and embedded posts in an article's text: found, flagged, removed.

`clean_text` finds scraped furniture (share buttons, bylines, related headlines, repeated
lines, Markdown markup), photo captions and embedded tweets line by line, then normalises
what remains (`article_normalise.py`) with a map back to the original. Furniture patterns
and caption/tweet cues are language data in `boilerplate.py`. It does not decode bytes nor
read metadata.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from crisis_timeline import boilerplate
from crisis_timeline.article_normalise import normalise
from crisis_timeline.article_records import Span
from crisis_timeline.offsets import OffsetRuns
from crisis_timeline.regex_needles import all_needles

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cleaning:
    """What `clean_text` returns: the cleaned text, its map and the flagged spans."""

    cleaned_text: str
    offset_map: OffsetRuns
    furniture: tuple[Span, ...]
    captions: tuple[Span, ...]
    embeds: tuple[Span, ...]


def clean_text(original: str, language: str, *, markdown: bool = False) -> Cleaning:
    """Normalise and de-furnish `original`; spans and the map refer to `original`."""
    lines = _lines(original)
    found = _Found()
    folded = [_fold(line.text) for line in lines]
    header = _header_lines(lines)
    _find_furniture_lines(lines, folded, language, found)
    _find_header_rules(lines, folded, header, found)
    if markdown:
        _find_markdown_markup(lines, found)
    _find_captions(lines, language, found)
    _find_duplicates(lines, folded, found)
    _find_caption_copies(lines, folded, found)
    _find_tweets(lines, language, found)
    cleaned, offset_map = normalise(original, found.furniture)
    return Cleaning(
        cleaned_text=cleaned,
        offset_map=offset_map,
        furniture=tuple(sorted(found.furniture, key=_span_order)),
        captions=tuple(sorted(found.captions, key=_span_order)),
        embeds=tuple(sorted(found.embeds, key=_span_order)),
    )


@dataclass(frozen=True)
class _Line:
    start: int  # first non-blank character
    end: int  # after the last non-blank character
    text: str  # original[start:end]


@dataclass
class _Found:
    furniture: list[Span] = field(default_factory=list)
    captions: list[Span] = field(default_factory=list)
    embeds: list[Span] = field(default_factory=list)
    removed_lines: set[int] = field(default_factory=set)
    caption_lines: set[int] = field(default_factory=set)

    def remove(self, index: int, line: _Line, kind: str) -> None:
        self.furniture.append(Span(line.start, line.end, kind))
        self.removed_lines.add(index)


def _span_order(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.kind


def _lines(original: str) -> list[_Line]:
    """Non-blank lines with their stripped extent (no-break spaces count as blank)."""
    lines = []
    for match in re.finditer(r"[^\n]+", original):
        text = match.group()
        stripped = text.strip()
        if not stripped:
            continue
        start = match.start() + (len(text) - len(text.lstrip()))
        lines.append(_Line(start, start + len(stripped), stripped))
    return lines


# Folding for pattern matching keeps one character per character, so a match's offsets
# in the folded line are its offsets in the original line.
_FOLD_QUOTES = {**dict.fromkeys("‘’‚‛′ʼ`´", "'"), **dict.fromkeys("“”„‟″«»", '"')}


@cache
def _fold_char(char: str) -> str:
    if char in _FOLD_QUOTES:
        return _FOLD_QUOTES[char]
    if char.isspace():
        return " "
    base = unicodedata.normalize("NFD", char)[0]
    lower = base.lower()
    return lower if len(lower) == 1 else base


class _FoldTable(dict):
    """str.translate's table for _fold, filled one code point at a time as texts need it
    (the whole of Unicode would be a million entries): translate runs in C, where a
    generator over the characters cost a second per 5 MB."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def _fold(text: str) -> str:
    return text.translate(_FOLD_TABLE)


# Every character str.isspace() accepts lies below U+3001 (U+3000 is the last).
_QUOTES_AND_SPACES = {
    **{code: " " for code in range(0x3001) if chr(code).isspace()},
    **{ord(char): folded for char, folded in _FOLD_QUOTES.items()},
}
# The characters that fold to another one: a line without them (most) is left as it is.
_QUOTE_OR_ODD_SPACE = re.compile(
    "[" + "".join(re.escape(chr(c)) for c, f in _QUOTES_AND_SPACES.items() if chr(c) != f) + "]"
)


def _fold_quotes_and_spaces(text: str) -> str:
    """Like _fold but keeping case and accents (caption cues are case-sensitive)."""
    # str.translate raises and catches a LookupError inside for every character missing
    # from the table (every accented letter): searching first is several times cheaper.
    if _QUOTE_OR_ODD_SPACE.search(text) is None:
        return text
    return text.translate(_QUOTES_AND_SPACES)


def _union(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern matching wherever one of `patterns` matches (an alternation, tried in
    one scan), or None when they cannot be joined: different flags, a back-reference
    (its group number would move), a repeated group name or a global flag (an error)."""
    if not patterns or len({pattern.flags for pattern in patterns}) > 1:
        return None
    if any(re.search(r"\\[1-9]|\(\?P=", pattern.pattern) for pattern in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags)
    except re.error:
        return None


@dataclass(frozen=True)
class _Cues:
    """Cue patterns compiled (one alternation when they can be joined), with the plain
    strings one of which every match holds (None when unknown)."""

    patterns: tuple[re.Pattern[str], ...]
    needles: tuple[str, ...] | None

    def found_in(self, text: str) -> bool:
        # Most lines hold none of the plain strings: a test in C spares the search (the
        # caption cues were a tenth of a one-process build).
        if self.needles is not None and not any(map(text.__contains__, self.needles)):
            return False
        return any(pattern.search(text) for pattern in self.patterns)


@cache
def _compiled_cues(cues: tuple[str, ...], flags: int = 0) -> _Cues:
    """`cues` compiled: as one alternation when they can be joined, else one by one."""
    patterns = tuple(re.compile(cue, flags) for cue in cues)
    union = _union(patterns)
    joined = patterns if union is None else (union,)
    return _Cues(joined, all_needles(joined))


def _any_cue(cues: tuple[str, ...], text: str, flags: int = 0) -> bool:
    """Whether any of the regular expressions `cues` is found in `text`."""
    return _compiled_cues(cues, flags).found_in(text)


@cache
def _compiled(pattern: boilerplate.LinePattern) -> re.Pattern[str]:
    if pattern.is_regex:
        return re.compile(pattern.pattern)
    text = _fold(pattern.pattern.strip())
    rest_of_line = text.endswith("...")
    if rest_of_line:
        text = text[:-3].rstrip()
    parts = []
    for index, char in enumerate(text):
        if char == " ":
            following = text[index + 1 : index + 2]
            parts.append(" *" if following in (":", ";", "!", "?") else " +")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts) + (".*" if rest_of_line else ""))


@cache
def _furniture_patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(compiled pattern, kind) for the generic, the language's and every outlet's table."""
    outlet_patterns = tuple(
        pattern for table in boilerplate.OUTLET_FURNITURE.values() for pattern in table
    )
    patterns = (
        boilerplate.GENERIC_FURNITURE
        + boilerplate.FURNITURE_BY_LANGUAGE.get(language, ())
        + outlet_patterns
    )
    return tuple((_compiled(pattern), pattern.kind) for pattern in patterns)


@cache
def _furniture_gate(patterns: tuple[tuple[re.Pattern[str], str], ...]) -> re.Pattern[str] | None:
    return _union([pattern for pattern, _kind in patterns])


def _cover(
    folded_line: str,
    patterns: tuple[tuple[re.Pattern[str], str], ...],
    gate: re.Pattern[str] | None,
) -> list[tuple[int, int, str]] | None:
    """Pieces (start, end, kind) covering the whole line, or None if some text is not
    furniture. `gate` is _furniture_gate(patterns), looked up once per article by the
    caller: hashing the table of patterns for the cache on every line cost more than the
    gate's match."""
    first = len(folded_line) - len(folded_line.lstrip(" "))
    if gate is not None and first < len(folded_line) and not gate.match(folded_line, first):
        return None  # no pattern starts the line (most lines): nothing can cover it

    @cache
    def cover_from(position: int) -> tuple[tuple[int, int, str], ...] | None:
        while position < len(folded_line) and folded_line[position] == " ":
            position += 1
        if position == len(folded_line):
            return ()
        candidates = []
        for pattern, kind in patterns:
            match = pattern.match(folded_line, position)
            if match and match.end() > position:
                candidates.append((match.end(), kind))
        # Longest first; a shorter match is tried only when the longer one strands text.
        for end, kind in sorted(candidates, reverse=True):
            rest = cover_from(end)
            if rest is not None:
                return ((position, end, kind), *rest)
        return None

    pieces = cover_from(0)
    return None if pieces is None else list(pieces)


def _find_furniture_lines(
    lines: list[_Line], folded: list[str], language: str, found: _Found
) -> None:
    patterns = _furniture_patterns(language)
    gate = _furniture_gate(patterns)
    for index, (line, folded_line) in enumerate(zip(lines, folded, strict=True)):
        pieces = _cover(folded_line, patterns, gate)
        if pieces is None:
            continue
        for start, end, kind in pieces:
            piece = line.text[start:end].rstrip()
            found.furniture.append(Span(line.start + start, line.start + start + len(piece), kind))
        found.removed_lines.add(index)


_SENTENCE_END = re.compile(r"""[.!?…"'”»)]\s*$""")
_DATE_OR_TIME = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}[:h]\d{2}\b")


def _header_lines(lines: list[_Line]) -> list[int]:
    """Indices of the lines before the first body paragraph (title, byline, kicker...)."""
    header = []
    for index, line in enumerate(lines):
        if _SENTENCE_END.search(line.text) and len(line.text.split()) >= 10:
            break
        header.append(index)
    return header


def _find_header_rules(
    lines: list[_Line], folded: list[str], header: list[int], found: _Found
) -> None:
    seen_date_line = False
    for index in header:
        if index in found.removed_lines:
            continue
        text = lines[index].text
        letters = [char for char in text if char.isalpha()]
        if (
            letters
            and all(char.isupper() for char in letters)
            and not any(char.isdigit() for char in text)  # "15 NOVEMBER 2021 - 20:32" is a date
            and any(separator in text for separator in boilerplate.KICKER_SEPARATORS)
        ):
            found.remove(index, lines[index], "navigation")
            continue
        if (
            seen_date_line
            and index > 0
            and re.match(boilerplate.RELATED_HEADLINE, folded[index])
            and not text.endswith(".")
        ):
            found.remove(index, lines[index], "related")
            continue
        if len(text) <= 60 and _DATE_OR_TIME.search(text):
            seen_date_line = True


def _find_markdown_markup(lines: list[_Line], found: _Found) -> None:
    for line in lines:
        marker = re.match(r"#{1,6}\s+", line.text)
        if marker:
            found.furniture.append(Span(line.start, line.start + marker.end(), "markup"))


def _cue_table(table: dict[str, tuple[str, ...]], language: str) -> tuple[str, ...]:
    return table.get("generic", ()) + table.get(language, ())


@dataclass(frozen=True)
class _CaptionCues:
    strong: _Cues
    description: _Cues
    date_ending: str | None


@cache
def _caption_cues(language: str) -> _CaptionCues:
    """The language's caption cues, read from the registry and compiled once (the table
    views and cache keys, asked on every line, cost more than the searches they feed)."""
    return _CaptionCues(
        strong=_compiled_cues(_cue_table(boilerplate.CAPTION_STRONG, language)),
        description=_compiled_cues(_cue_table(boilerplate.CAPTION_DESCRIPTION, language)),
        date_ending=boilerplate.CAPTION_DATE_ENDING.get(language),
    )


def _is_caption(text: str, language: str) -> bool:
    if len(text) > 500:  # folding keeps one character per character: test before it
        return False
    cues = _caption_cues(language)
    text = _fold_quotes_and_spaces(text)
    if cues.strong.found_in(text):
        return True
    # A present-tense description is a caption only when it is long enough not to be a
    # subheading and ends like one (no full stop, or "Place Month D, YYYY.").
    if len(text.split()) < 12:
        return False
    if not cues.description.found_in(text):
        return False
    date_ending = cues.date_ending
    return not _SENTENCE_END.search(text) or bool(date_ending and re.search(date_ending, text))


def _find_captions(lines: list[_Line], language: str, found: _Found) -> None:
    for index, line in enumerate(lines):
        if index not in found.removed_lines and _is_caption(line.text, language):
            found.captions.append(Span(line.start, line.end, "caption"))
            found.caption_lines.add(index)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _find_duplicates(lines: list[_Line], folded: list[str], found: _Found) -> None:
    """A line repeated by the next one (or a prefix of it, as a caption without its credit).

    Only neighbours: a quote legitimately repeated further down the article stays.
    """
    collapsed = [_collapse(line) for line in folded]  # once per line, not once per pair
    for index in range(len(lines) - 1):
        if index in found.removed_lines or index + 1 in found.removed_lines:
            continue
        first, second = collapsed[index], collapsed[index + 1]
        shorter, longer = sorted((first, second), key=len)
        if len(shorter) < 30 or not longer.startswith(shorter):
            continue
        # The longer line keeps the credit; on an exact repeat the second copy goes.
        duplicate = index if len(first) < len(second) else index + 1
        kept = index + 1 if duplicate == index else index
        if index in found.caption_lines or index + 1 in found.caption_lines:
            for caption_index in (index, index + 1):
                if caption_index not in found.caption_lines:
                    line = lines[caption_index]
                    found.captions.append(Span(line.start, line.end, "caption"))
                    found.caption_lines.add(caption_index)
        found.remove(duplicate, lines[duplicate], "duplicate")
        log.debug("line %d repeats line %d", duplicate, kept)


# How many lines before a credited caption its copy without the credit may stand: a page's
# top photo's caption printed above the headline, then again with its credit below it
CAPTION_COPY_REACH = 8


def _find_caption_copies(lines: list[_Line], folded: list[str], found: _Found) -> None:
    """A line a few lines before a caption that repeats it without its credit is the same
    caption ("Two women ... near Michalowo on October 6, 2021." above the headline, "...
    2021. © 2021 Maciej Luczniewski/NurPhoto via AP" below it): its date is the photo's, not
    the page's (the twenty-fifth blind batch)."""
    for index in sorted(found.caption_lines):
        caption = _collapse(folded[index])
        for other in range(max(0, index - CAPTION_COPY_REACH), index):
            if other in found.removed_lines or other in found.caption_lines:
                continue
            copy = _collapse(folded[other])
            if len(copy) >= 30 and caption.startswith(copy) and _credit_after(copy, caption):
                line = lines[other]
                found.captions.append(Span(line.start, line.end, "caption"))
                found.caption_lines.add(other)
                found.remove(other, line, "duplicate")


_CREDIT = re.compile(r"©|\(c\)|/|\b(?:photo|photograph|foto|fot|фото|nuotr)\w*", re.IGNORECASE)
CREDIT_MAX_CHARS = 80


def _credit_after(copy: str, caption: str) -> bool:
    """The copy is a whole sentence and all the caption adds is its credit ("... on October
    6, 2021. © 2021 Maciej Luczniewski/NurPhoto via AP"): a headline the caption starts
    with ("Border guards detained 41 migrants near Kuźnica on Monday") is no copy."""
    rest = caption[len(copy) :].strip()
    return (
        copy.endswith((".", "!", "?"))
        and 0 < len(rest) <= CREDIT_MAX_CHARS
        and bool(_CREDIT.search(rest))
    )


@cache
def _tweet_signature() -> re.Pattern[str]:
    return re.compile(boilerplate.TWEET_SIGNATURE)


def _find_tweets(lines: list[_Line], language: str, found: _Found) -> None:
    intro_cues = _cue_table(boilerplate.TWEET_INTRO_CUES, language)
    signature = _tweet_signature()
    for index, line in enumerate(lines):
        if index in found.removed_lines or not signature.match(line.text):
            continue
        first = index
        characters = 0
        for previous in range(index - 1, -1, -1):
            text = lines[previous].text
            if (
                previous in found.removed_lines
                or _any_cue(intro_cues, text, re.IGNORECASE)
                or text.endswith(":")
            ):
                break
            characters += len(text)
            if characters > boilerplate.TWEET_MAX_CHARS:
                break
            first = previous
        found.embeds.append(Span(lines[first].start, line.end, "tweet"))
