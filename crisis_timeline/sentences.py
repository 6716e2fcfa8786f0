"""Sentence segmentation for news text in English and French, with offsets into the input.

Reads: raw article text (as loaded, line breaks and no-break spaces included) and a language
code. Gives: `Sentence` records whose `text` is exactly `text[start:end]`.

What it handles:
- abbreviations that do not end a sentence ("Gen.", "Mr.", "M.", "MM.", "Nov. 14", "No. 5",
  "e.g.", initials "J. Borrell") and dotted ones that may ("U.S.", "etc.", "J.-C."): those
  end a sentence only before a typical sentence opener ("The", "Il");
- decimals ("1.5", "1,5"): a full stop only counts when whitespace follows;
- quotes: closing marks (” » " ’ and French "\u00a0»") stay with the sentence they close,
  and a quotation (“...”, «...», "...") of up to QUOTE_PROTECT_CHARS on one line is never
  cut, so "“Neighbours! Belarusians! ...!” the voice said." stays whole, with its speaker;
- lowercase after a full stop does not open a sentence ("We... condemn", the garbled
  "bloquées. à la frontière." of seed 003);
- line structure: a blank line always ends a sentence; a line without terminal punctuation
  (headline, byline, dateline, "Monday 15 November 2021 20:32") ends at its line break
  unless the next line continues it (starts in lowercase, or the line ends with a comma or
  hyphen); a block of hard-wrapped prose (lines of similar 50-100 character lengths) is
  read as running text.

- run-on text: a "sentence" longer than MAX_SENTENCE_CHARS (a text without punctuation or
  line breaks) is cut at the last whitespace before that length, so the work done per
  sentence, and the sentence an event quotes, stay bounded.

What it does not do: tokenise, or detect language (the caller passes `lang`; unknown codes
use the union of all tables). The per-language abbreviation and sentence-opener lists are data
(`crisis_timeline/lang/<code>/sentences.py`), read through the registry
(`crisis_timeline.lang.tables`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from crisis_timeline.lang import languages
from crisis_timeline.lang import tables as language_tables

__all__ = ["MAX_SENTENCE_CHARS", "Sentence", "split_sentences"]


@dataclass(frozen=True)
class Sentence:
    """A sentence: `text == original[start:end]`, surrounding whitespace excluded."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Rules:
    # never end a sentence: a name or a noun always follows ("Gen. Gerasimov", "M. Macron")
    prefixes: frozenset[str]
    # do not end a sentence before a digit ("Nov. 14", "No. 5"); otherwise like `ambiguous`
    before_number: frozenset[str]
    # may end a sentence: only before a typical sentence opener ("U.S. The ...")
    ambiguous: frozenset[str]
    # words that typically open a sentence
    openers: frozenset[str]


# A quotation longer than this is not protected from splitting: past a paragraph's worth,
# keeping it whole would hide real sentence boundaries.
QUOTE_PROTECT_CHARS = 400
# Longer than any sentence of our articles (the longest, in seed 003, has 544 characters):
# only run-on text without punctuation reaches it. Every per-sentence step (dates, tense,
# actors, figures) and every event's quoted sentence is then bounded, so an article's
# extraction stays linear in its length.
MAX_SENTENCE_CHARS = 2000

_TERMINAL = ".!?…"
_CLOSERS = "”’»\"')]"
_OPENERS = "“‘«\"'([—–-•*>¿¡ \u00a0\u202f"
# Terminal punctuation, then closing marks (French puts a no-break space before "»"),
# then the whitespace that separates it from the next sentence.
_CANDIDATE = re.compile(
    r"[.!?…]+(?:[”’»\"')\]]|[ \u00a0\u202f]+»)*(?P<gap>\s+)",
)
_QUOTED = re.compile(
    rf"“[^“”\n]{{1,{QUOTE_PROTECT_CHARS}}}”"
    rf"|«[^«»\n]{{1,{QUOTE_PROTECT_CHARS}}}»"
    rf"|\"[^\"\n]{{1,{QUOTE_PROTECT_CHARS}}}\""
)
_TOKEN_BEFORE = re.compile(r"\S+$")
_LIST_NUMBER = re.compile(r"\d{1,2}|[a-z]")
_BULLETS = ("- ", "• ", "* ", "– ", "— ", ">>")
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# letters separated by dots: "U.S", "J.-C", "p.ex" (the final dot is the candidate itself)
_DOTTED = re.compile(r"(?:[^\W\d_]\.-?)+[^\W\d_]")


@lru_cache(maxsize=8)
def _rules(lang: str) -> _Rules:
    # A language without a folder splits with every language's abbreviations: splitting
    # too little is better than cutting "Dr." off its name.
    record = language_tables(lang)
    tables = (
        [language_tables(code).sentences for code in languages()]
        if record.partial
        else [record.sentences]
    )

    def merged(key: str) -> frozenset[str]:
        return frozenset(word for table in tables for word in table[key])

    return _Rules(
        prefixes=merged("prefixes"),
        before_number=merged("before_number"),
        ambiguous=merged("ambiguous"),
        openers=merged("openers"),
    )


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Split `text` into sentences with offsets into it.

    >>> [s.text for s in split_sentences("M. Macron a appelé. Il a parlé.", "fr")]
    ['M. Macron a appelé.', 'Il a parlé.']
    """
    rules = _rules(lang)
    quotes = _quote_spans(text)
    sentences: list[Sentence] = []
    for seg_start, seg_end in _segments(text):
        piece_start = seg_start
        glued = iter(_glued_ends(text, seg_start, seg_end, rules, quotes))
        next_glued = next(glued, None)
        for match in _CANDIDATE.finditer(text, seg_start, seg_end):
            boundary = match.start("gap")
            if match.end() >= seg_end:
                break
            while next_glued is not None and next_glued <= match.start():
                piece_start = _cut(sentences, text, piece_start, next_glued)
                next_glued = next(glued, None)
            if _ends_sentence(text, match, boundary, rules, quotes, piece_start):
                _append(sentences, text, piece_start, boundary)
                piece_start = match.end()
        for end in [] if next_glued is None else [next_glued, *glued]:
            piece_start = _cut(sentences, text, piece_start, end)
        _append(sentences, text, piece_start, seg_end)
    return sentences


# Scraped pages lose the space between two sentences ("... residence permits.Bloomberg
# reported on Wednesday ..."): a full stop between a lower-case word and a capitalised one
# ends a sentence too, unless the word is an abbreviation ("gen.Tomasz"). The stop comes
# first and the letters before it are a lookbehind after it: a pattern opening on its
# literal lets the engine skip to the next stop (nine times faster than opening on the
# lookbehind, which was tried at every position of every article).
_GLUED = re.compile(r"[.!?](?<=[^\W\d_]{2}[.!?])(?=[^\W\d_]{3})")


def _glued_ends(
    text: str, start: int, end: int, rules: _Rules, quotes: tuple[list[int], list[int]]
) -> list[int]:
    """Where sentences glued to the next one end (just after their full stop)."""
    ends = []
    for match in _GLUED.finditer(text, start, end):
        before, after = text[match.start() - 2 : match.start()], text[match.end() : match.end() + 3]
        if not (before.islower() and after[0].isupper() and after[1:].islower()):
            continue
        token = _TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        word = token.group().lower() if token else ""
        if word in rules.prefixes or word in rules.ambiguous or _inside_quote(match.end(), quotes):
            continue
        ends.append(match.end())
    return ends


def _cut(sentences: list[Sentence], text: str, start: int, end: int) -> int:
    """Appends text[start:end] as a sentence; the next one starts at `end`."""
    _append(sentences, text, start, end)
    return end


def _append(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    # str.strip() also removes no-break spaces, which the seeds leave at line ends
    while end > start and text[end - 1].isspace():
        end -= 1
    while True:
        while start < end and text[start].isspace():
            start += 1
        if end - start <= MAX_SENTENCE_CHARS:
            break
        cut = _run_on_cut(text, start)
        piece_end = cut
        while piece_end > start and text[piece_end - 1].isspace():
            piece_end -= 1
        sentences.append(Sentence(start, piece_end, text[start:piece_end]))
        start = cut
    if start < end:
        sentences.append(Sentence(start, end, text[start:end]))


_WHITESPACE_RUN = re.compile(r"\s+")


def _run_on_cut(text: str, start: int) -> int:
    """Where a run-on sentence starting at `start` is cut: at the last whitespace within
    MAX_SENTENCE_CHARS (so a word is not split), else right at that length."""
    limit = start + MAX_SENTENCE_CHARS
    spaces = [match.start() for match in _WHITESPACE_RUN.finditer(text, start + 1, limit)]
    return spaces[-1] if spaces else limit


def _quote_spans(text: str) -> tuple[list[int], list[int]]:
    starts: list[int] = []
    ends: list[int] = []
    for match in _QUOTED.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def _inside_quote(position: int, quotes: tuple[list[int], list[int]]) -> bool:
    starts, ends = quotes
    index = bisect_right(starts, position) - 1
    return index >= 0 and starts[index] < position < ends[index]


def _ends_sentence(
    text: str,
    match: re.Match[str],
    boundary: int,
    rules: _Rules,
    quotes: tuple[list[int], list[int]],
    piece_start: int,
) -> bool:
    next_start = match.end()
    next_char = _first_significant(text, next_start)
    if next_char is None or next_char.islower():
        return False
    if _inside_quote(boundary, quotes):
        return False
    punct = match.group().rstrip()
    if not punct.startswith(".") or punct.startswith(".."):
        return True  # "!", "?", "…", "..." followed by a capital
    if _inside_short_bracket(text, piece_start, match.start(), next_start):
        return False  # '"The Third Way" (Der III. Weg), which ...': a name's full stop
    token_match = _TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if token_match is None:
        return True
    token = token_match.group().lstrip(_OPENERS)
    if not token:
        return True
    if _LIST_NUMBER.fullmatch(token) and not text[piece_start : token_match.start()].strip():
        return False  # "1. Macron called Putin." opens with a list number, not a sentence
    lowered = token.lower()
    if lowered in rules.prefixes:
        return False
    if len(token) == 1 and token.isupper():
        return False  # an initial: "J. Borrell"
    if lowered in rules.before_number and next_char.isdigit():
        return False
    if lowered in rules.ambiguous or lowered in rules.before_number or _DOTTED.fullmatch(token):
        word = _FIRST_WORD.search(text, next_start, next_start + 40)
        return word is not None and word.group().lower() in rules.openers
    return True


_BRACKET_REACH = 30  # characters within which a bracket must close for a stop inside it


def _inside_short_bracket(text: str, piece_start: int, stop: int, after: int) -> bool:
    """A full stop inside a bracket opened in this sentence that closes a few words on,
    before any other stop: part of a name or an abbreviation, not a sentence's end."""
    head = text[piece_start:stop]
    if head.count("(") <= head.count(")"):
        return False
    ahead = text[after : after + _BRACKET_REACH]
    close = ahead.find(")")
    return close >= 0 and not any(mark in ahead[:close] for mark in ".!?")


def _first_significant(text: str, position: int) -> str | None:
    """The first letter or digit at or after `position`, skipping opening marks."""
    limit = min(len(text), position + 6)
    while position < limit:
        char = text[position]
        if char.isalnum():
            return char
        if char not in _OPENERS:
            return char
        position += 1
    return None


def _segments(text: str) -> list[tuple[int, int]]:
    """Spans that no sentence crosses: blocks between blank lines, cut at headline breaks."""
    segments: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while position <= length:
        newline = text.find("\n", position)
        line_end = length if newline < 0 else newline
        if text[position:line_end].strip():
            block.append((position, line_end))
        elif block:
            _cut_block(text, block, segments)
            block = []
        if newline < 0:
            break
        position = newline + 1
    if block:
        _cut_block(text, block, segments)
    return segments


def _cut_block(text: str, lines: list[tuple[int, int]], segments: list[tuple[int, int]]) -> None:
    if _hard_wrapped(text, lines):
        segments.append((lines[0][0], lines[-1][1]))
        return
    seg_start = lines[0][0]
    for (line_start, line_end), (next_start, _next_end) in zip(lines, lines[1:], strict=False):
        if _line_breaks_sentence(text, line_start, line_end, next_start):
            segments.append((seg_start, line_end))
            seg_start = next_start
    segments.append((seg_start, lines[-1][1]))


def _line_breaks_sentence(text: str, line_start: int, line_end: int, next_start: int) -> bool:
    line = text[line_start:line_end].rstrip()
    bare = line.rstrip(_CLOSERS + " \u00a0\u202f")
    if bare and bare[-1] in _TERMINAL:
        # A full stop at a line's end before a capital ends the sentence even after a
        # lowercase abbreviation: a photo credit ("/ 15min nuotr."), a date ("28 d.")
        # closes its line. A capitalised one is a title or an initial before a name
        # ("Gen.", "J."); elsewhere the punctuation rules decide.
        following = _first_significant(text, next_start)
        if not bare.endswith(".") or bare.endswith("..") or following is None:
            return False
        last_word = bare[:-1].rsplit(None, 1)[-1] if bare[:-1].strip() else ""
        return following.isupper() and not last_word[:1].isupper()
    if line.endswith((",", ";", "-", "(", "/")):
        return False  # the sentence runs on
    if text[next_start : next_start + 12].lstrip(" \t\u00a0\u202f").startswith(_BULLETS):
        return True  # list items are sentences of their own
    following = _first_significant(text, next_start)
    return not (following is not None and following.islower())


def _hard_wrapped(text: str, lines: list[tuple[int, int]]) -> bool:
    """Prose wrapped at a fixed width: similar line lengths, lines ending mid-sentence."""
    if len(lines) < 3:
        return False
    body = [text[start:end].rstrip() for start, end in lines[:-1]]
    if sum(1 for line in body if line.lstrip(" \t\u00a0\u202f").startswith(_BULLETS)) >= 2:
        return False  # a list of points ("• ...") of similar lengths, one sentence each
    lengths = [len(line) for line in body]
    if min(lengths) < 50 or max(lengths) > 100 or max(lengths) - min(lengths) > 30:
        return False
    open_ended = sum(1 for line in body if line.rstrip(_CLOSERS)[-1:] not in _TERMINAL)
    return open_ended * 2 >= len(body)
