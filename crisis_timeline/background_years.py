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
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d{2}\b|’\d{2}\b")
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
    lowered: str, expressions: list[TimeExpression], lang: str
) -> list[TimeExpression]:
    """`expressions` (of the lower-cased text `lowered`), each month or day without its
    year that a background happening's clause names moved to that happening's year."""
    happenings, ends = _patterns(lang)
    if not happenings:
        return expressions
    return [_in_background(lowered, e, happenings, ends) for e in expressions]


def _in_background(
    lowered: str, expression: TimeExpression, happenings: _Patterns, ends: re.Pattern[str]
) -> TimeExpression:
    if expression.date is None or expression.precision not in ("month", "day"):
        return expression
    if expression.precision == "day" and expression.month_day is None:
        return expression  # "on Sunday", "yesterday": counted from the page, not a month's
    if _WRITTEN_YEAR.search(expression.text):
        return expression
    for happening, needed in happenings:
        day = happening.day
        if expression.date.month != day.month or expression.date.year <= day.year:
            continue
        clause = _clause_around(lowered, expression.start, expression.end, ends)
        if all(p.search(clause) for p in needed):
            return _moved_to(expression, day.year, happening)
    return expression


def _clause_around(lowered: str, start: int, end: int, ends: re.Pattern[str]) -> str:
    left, right = max(0, start - CLAUSE_REACH), min(len(lowered), end + CLAUSE_REACH)
    for match in ends.finditer(lowered, left, right):
        if match.start() >= start and match.start() < end:
            continue  # inside the date ("9 d.")
        if (
            match.group() == "."
            and len((_LETTERS_BEFORE.search(lowered, 0, match.start()) or _EMPTY).group())
            <= ABBREVIATION_LETTERS
        ):
            continue
        if match.end() <= start:
            left = match.end()
        elif match.start() >= end:
            right = match.start()
            break
    return lowered[left:right]


_EMPTY = re.compile("").match("")


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
