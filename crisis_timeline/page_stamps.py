"""Time stamps below a page's body: a date alone on its line, with at most a clock, and a
story's title below it, is a link to another story ("2021-11-18 19:37 / Ocena"), not a date
the article tells; one over a year after every date told is dropped from the publication
date's evidence (publication.py)."""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol, TypeVar

from crisis_timeline.temporal import TimeExpression

PROSE_WORDS = 6  # a shorter line is a byline, a credit or a label, not a sentence of the lead
# A time stamp on its own line below the body this long after every date the text tells is
# another story's ("03.03.2025 / 23:40" in a list of links under a 2021 report)
STAMP_MAX_DAYS_AFTER = 365
STAMP_TITLE_REACH, STAMP_TITLE_LINES = 300, 4  # where the linked story's title must come

# What may share a line with a date that is only a time stamp: a clock and separators.
_STAMP_REST = re.compile(r"[\s,|•·/–—-]*(?:\d{1,2}[:.]\d{2})?[\s,|•·/–—-]*")


class _Dated(Protocol):
    @property
    def day(self) -> date: ...

    @property
    def start(self) -> int: ...


M = TypeVar("M", bound=_Dated)


def stamps_below_body(text: str, expressions: list[TimeExpression], lead_end: int) -> set[int]:
    """Where the dates standing alone on their lines below the lead (which ends at
    `lead_end`) start."""
    if not expressions:
        return set()
    return {
        e.start
        for e in expressions
        if e.start >= lead_end and _alone_on_line(text, e) and _story_follows(text, e.end)
    }


def _story_follows(text: str, end: int) -> bool:
    """Another story's title comes within the next few lines (a line of prose after the time
    stamp): the stamp heads a link, it does not close the page ("2021-11-18 19:37 / Ocena")."""
    following = text[end : end + STAMP_TITLE_REACH].split("\n")[1:]
    return any(len(line.split()) >= PROSE_WORDS for line in following[:STAMP_TITLE_LINES])


def _alone_on_line(text: str, expression: TimeExpression) -> bool:
    """The date is a line of its own, with at most a clock: below the lead, the time stamp
    of another story in a list of links, not a date the article tells."""
    line_start = text.rfind("\n", 0, expression.start) + 1
    line_end = text.find("\n", expression.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : expression.start] + " " + text[expression.end : line_end]
    return bool(_STAMP_REST.fullmatch(rest))


def without_later_stamps(mentions: list[M], stamps: set[int]) -> list[M]:
    """Without the time stamps below the body that come over a year after every date the
    text tells: another story's, in a list of links ("Статьи / Страна / 03.03.2025 / 23:40"
    below a December 2021 report); a page's own stamp below its byline stays."""
    told = [m.day for m in mentions if m.start not in stamps]
    if not told:
        return mentions
    latest = max(told)
    return [
        m
        for m in mentions
        if m.start not in stamps or (m.day - latest).days <= STAMP_MAX_DAYS_AFTER
    ]
