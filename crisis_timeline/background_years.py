"""Where a month the crisis' background names without its year gets that year.

"After the August elections", "lors des élections d'août dernier", "выборов в августе"
on a page of November 2021: the grammar reads the writer's latest August (2021),
a reader who followed the crisis reads Belarus's election of August 2020. A date written
without its year, in the month of a background happening (crisis_calendar.BACKGROUND) and in
a clause that tells it (all of its language's BACKGROUND_HAPPENINGS patterns), takes the
happening's year when the grammar put it later. A year written out is never changed.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from crisis_timeline.crisis_calendar import BACKGROUND, Landmark
from crisis_timeline.lang import tables
from crisis_timeline.temporal_values import month_bounds

if TYPE_CHECKING:
    from crisis_timeline.temporal import TimeExpression

# A clause's ends, for the window a happening's words must share with the date ("Poland
# began its fence in August, after the elections were postponed" tells no election's August),
# with the language's CLAUSE_JOINERS ("and", "et", "i"); a full stop after a word this short
# is an abbreviation's ("rugpjūčio 9 d. prezidento rinkimų", "9 sierpnia 2020 r.")
_CLAUSE_MARKS = r"[,.!?;()\n]"
ABBREVIATION_LETTERS = 2
CLAUSE_REACH = 300  # characters looked at on each side of the date (a clause is shorter)
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\Z")

_Patterns = tuple[tuple[Landmark, tuple[re.Pattern[str], ...]], ...]


@cache
def _patterns(lang: str) -> tuple[_Patterns, re.Pattern[str]]:
    """Each background happening with its patterns, and the clause ends of the language."""
    cues = tables(lang).background
    happenings = tuple(
        (happening, tuple(re.compile(p) for p in cues[happening.key]))
        for happening in BACKGROUND
        if cues.get(happening.key)
    )
    joiners = "|".join(cues.get("CLAUSE_JOINERS", ())) or "(?!)"
    return happenings, re.compile(f"{_CLAUSE_MARKS}|{joiners}")


def with_background_years(
    text: str, lowered: str, expressions: list[TimeExpression], lang: str
) -> list[TimeExpression]:
    """`expressions` (of `text`, lower-cased `lowered`), each month or day without its
    year that a background happening's clause names moved to that happening's year."""
    happenings, ends = _patterns(lang)
    if not happenings:
        return expressions
    past = re.compile(tables(lang).events["PAST_NARRATIVE"], re.IGNORECASE)
    reader = _Clauses(text, lowered, ends, past)
    return [_in_background(reader, e, happenings) for e in expressions]


class _Clauses:
    """The clause around a span of one text: between punctuation (not an abbreviation's
    full stop) or a joiner that opens a clause of its own, one with a past verb ("... and
    in August Lithuania began ...", not "the election and the crackdown in August")."""

    def __init__(self, text: str, lowered: str, ends: re.Pattern[str], past: re.Pattern[str]):
        self.text, self.lowered, self.ends, self.past = text, lowered, ends, past

    def around(self, start: int, end: int) -> str:
        lowered = self.lowered
        left, right = max(0, start - CLAUSE_REACH), min(len(lowered), end + CLAUSE_REACH)
        marks = [
            m
            for m in self.ends.finditer(lowered, left, right)
            if not (start <= m.start() < end or self._abbreviation(m))
        ]
        window_end = right
        for match in (m for m in marks if m.start() >= end):
            if self._opens_clause(match, window_end):
                right = match.start()
                break
        for match in (m for m in reversed(marks) if m.end() <= start):
            if self._opens_clause(match, right):
                left = match.end()
                break
        return lowered[left:right]

    def _abbreviation(self, match: re.Match[str]) -> bool:
        """A full stop after a short lower-case word: "9 d.", "2020 r." (not "the EU.")."""
        if match.group() != ".":
            return False
        word = _LETTERS_BEFORE.search(self.text, max(0, match.start() - 8), match.start())
        return (
            word is not None
            and word.group().islower()
            and len(word.group()) <= ABBREVIATION_LETTERS
        )

    def _opens_clause(self, match: re.Match[str], until: int) -> bool:
        """Punctuation ends a clause; a joiner only when a past verb follows it."""
        if not match.group()[0].isalpha():
            return True
        return self.past.search(self.lowered, match.end(), until) is not None


def _in_background(
    reader: _Clauses, expression: TimeExpression, happenings: _Patterns
) -> TimeExpression:
    if expression.date is None or expression.precision not in ("month", "day"):
        return expression
    if expression.precision == "day" and expression.month_day is None:
        return expression  # "on Sunday", "yesterday": counted from the page, not a month's
    if expression.anchor == "absolute":
        return expression  # its year is written ("August 2020"), or its sentence's is
    for happening, needed in happenings:
        day = happening.day
        if expression.date.month != day.month or expression.date.year <= day.year:
            continue
        clause = reader.around(expression.start, expression.end)
        if all(p.search(clause) for p in needed):
            return _moved_to(expression, day.year, happening)
    return expression


def _moved_to(expression: TimeExpression, year: int, happening: Landmark) -> TimeExpression:
    why = f"the year of {happening.what} ({happening.day:%B %Y}), which the clause tells"
    if expression.precision == "month":
        first, last = month_bounds(year, expression.date.month)
        value = f"{year:04d}-{first.month:02d}"
    else:
        first = last = date(year, expression.date.month, expression.date.day)
        value = first.isoformat()
    return dataclasses.replace(
        expression,
        date=first,
        date_end=last,
        value=value,
        anchor="absolute",
        direction="past",
        reason=f"{expression.reason}; {why}",
    )
