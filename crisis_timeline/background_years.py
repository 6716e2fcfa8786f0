"""Where a month the crisis' background names without its year gets that year.

"After the August elections", "lors des élections d'août dernier", "po sierpniowych
wyborach" on a page of November 2021: the grammar reads the writer's latest August (2021),
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
# began its fence in August, after the elections were postponed" tells no election's August)
_CLAUSE_END = re.compile(r"[,.!?;()\n]")
_WRITTEN_YEAR = re.compile(r"\d{4}|'\d{2}\b|’\d{2}\b")


@cache
def _patterns(lang: str) -> tuple[tuple[Landmark, tuple[re.Pattern[str], ...]], ...]:
    cues = tables(lang).background
    return tuple(
        (happening, tuple(re.compile(p) for p in cues[happening.key]))
        for happening in BACKGROUND
        if cues.get(happening.key)
    )


def with_background_years(
    lowered: str, expressions: list[TimeExpression], lang: str
) -> list[TimeExpression]:
    """`expressions` (of the lower-cased text `lowered`), each month or day without its
    year that a background happening's clause names moved to that happening's year."""
    patterns = _patterns(lang)
    if not patterns:
        return expressions
    return [_in_background(lowered, e, patterns) for e in expressions]


def _in_background(
    lowered: str,
    expression: TimeExpression,
    patterns: tuple[tuple[Landmark, tuple[re.Pattern[str], ...]], ...],
) -> TimeExpression:
    if expression.date is None or expression.precision not in ("month", "day"):
        return expression
    if expression.precision == "day" and expression.month_day is None:
        return expression  # "on Sunday", "yesterday": counted from the page, not a month's
    if _WRITTEN_YEAR.search(expression.text):
        return expression
    clause = _clause_around(lowered, expression.start, expression.end)
    for happening, needed in patterns:
        day = happening.day
        if (
            expression.date.month == day.month
            and expression.date.year > day.year
            and all(p.search(clause) for p in needed)
        ):
            return _moved_to(expression, day.year, happening)
    return expression


def _clause_around(lowered: str, start: int, end: int) -> str:
    ends = [m.end() for m in _CLAUSE_END.finditer(lowered, 0, start)]
    after = _CLAUSE_END.search(lowered, end)
    return lowered[ends[-1] if ends else 0 : after.start() if after else len(lowered)]


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
