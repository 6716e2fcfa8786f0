"""Unicode and whitespace normalisation of an article's text, with the cleaned-to-original map.

`normalise` applies NFKC per character group (a base character and its combining marks),
drops the spans cleaning removed and the characters that carry no text, tidies whitespace,
and returns one original offset per cleaned character. It does not decide what is page
furniture (`article_cleaning.py` does).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from crisis_timeline.offsets import OffsetRuns

if TYPE_CHECKING:
    from crisis_timeline.article_records import Span


# Characters that carry no text: zero-width spaces and joiners, soft hyphens, BOMs.
@cache
def _is_invisible(char: str) -> bool:
    return unicodedata.category(char) in ("Cf", "Cc") and char not in "\n\t"


@cache
def _nfkc_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char)


@cache
def _is_combining(char: str) -> bool:
    return unicodedata.combining(char) != 0


def normalise(original: str, removed: Iterable[Span]) -> tuple[str, OffsetRuns]:
    """NFKC per character group, minus removed spans, whitespace tidied; with the offset map.

    Tidying: runs of spaces (no-break ones included) become one space, lines are stripped,
    two or more line breaks become one blank line, the text is stripped at both ends.
    """
    tidy = _Tidy()
    for first, end in _kept_segments(len(original), removed):
        position = first
        for run in _PLAIN_RUN.finditer(original, first, end):
            start, stop = run.span()
            if stop < end and _is_combining(original[stop]):
                # its last character takes the mark (e + ◌́ -> é): left to the slow path
                stop -= 1
                while stop > start and original[stop - 1] == " ":
                    stop -= 1
            tidy.groups(original, position, start)
            tidy.plain(original, start, stop)
            position = stop
        tidy.groups(original, position, end)
    final = original_end(original, tidy.last) if tidy.length else 0
    tidy.offset(final)
    return "".join(tidy.pieces), OffsetRuns(tidy.points, tidy.length)


# Words joined by single spaces, the bulk of any text: their characters are ones NFKC leaves
# as they are, visible and not combining (printable ASCII, and the precomposed Latin,
# Greek and Cyrillic letters and the quotes and dashes of our five languages), so there is
# nothing to do inside and they are copied whole with their offsets.
_PLAIN_BLOCKS = ((0x21, 0x7E), (0xA1, 0x24F), (0x370, 0x3FF), (0x400, 0x52F), (0x2010, 0x201F))


def _plain_class() -> str:
    chars = [
        chr(code)
        for first, last in _PLAIN_BLOCKS
        for code in range(first, last + 1)
        if unicodedata.normalize("NFKC", chr(code)) == chr(code)
        and not unicodedata.combining(chr(code))
        and unicodedata.category(chr(code))[0] not in "CZ"
    ]
    return "[" + "".join(re.escape(c) for c in chars) + "]"


_PLAIN_RUN = re.compile(f"{_plain_class()}+(?: {_plain_class()}+)*")


def _kept_segments(length: int, removed: Iterable[Span]) -> list[tuple[int, int]]:
    """(start, end) of the stretches of a text of `length` characters outside `removed`."""
    segments = []
    position = 0
    for start, end in sorted((span.start, span.end) for span in removed if span.end > span.start):
        if start > position:
            segments.append((position, min(start, length)))
        position = max(position, end)
    if position < length:
        segments.append((position, length))
    return [(start, end) for start, end in segments if start < end]


class _Tidy:
    """normalise's output as it grows: pieces of text, the original offset of each character
    (kept as the points where a run of consecutive offsets starts: one per kept stretch, not
    one int per character), and the whitespace seen since the last visible character
    (written, tidied, before the next one; dropped at the end)."""

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.points: list[tuple[int, int]] = []  # (cleaned index, original offset)
        self.length = 0  # offsets given so far
        self.last = -2  # the last offset given
        self.newlines: list[int] = []
        self.space: int | None = None

    def offset(self, original: int) -> None:
        """The next character's original offset."""
        if original != self.last + 1:
            self.points.append((self.length, original))
        self.length += 1
        self.last = original

    def _flush(self) -> None:
        if self.length:
            if len(self.newlines) >= 2:
                self.pieces.append("\n\n")
                self.offset(self.newlines[0])
                self.offset(self.newlines[1])
            elif self.newlines:
                self.pieces.append("\n")
                self.offset(self.newlines[0])
            elif self.space is not None:
                self.pieces.append(" ")
                self.offset(self.space)
        self.newlines = []
        self.space = None

    def plain(self, original: str, start: int, end: int) -> None:
        """original[start:end]: _PLAIN_RUN characters from its first to its last."""
        if start < end:
            self._flush()
            self.pieces.append(original[start:end])
            self.offset(start)  # one run: the rest follow on
            self.length += end - start - 1
            self.last = end - 1

    def groups(self, original: str, start: int, end: int) -> None:
        """original[start:end] one group (a base character and its combining marks) at a
        time, normalised together."""
        position = start
        while position < end:
            group_end = position + 1
            while group_end < end and _is_combining(original[group_end]):
                group_end += 1
            if group_end == position + 1:
                normalised = _nfkc_char(original[position])
            else:
                normalised = unicodedata.normalize("NFKC", original[position:group_end])
            for char in normalised:
                if char == "\n":
                    self.newlines.append(position)
                elif char.isspace():
                    if self.space is None:
                        self.space = position
                elif not _is_invisible(char):
                    self._flush()
                    self.pieces.append(char)
                    self.offset(position)
            position = group_end


def original_end(original: str, start: int) -> int:
    """End of the original character group starting at `start` (base + combining marks)."""
    end = start + 1
    while end < len(original) and unicodedata.combining(original[end]):
        end += 1
    return end
