"""A resolved period before it becomes a TimeExpression: a day, a week, a weekend, a month
(or a numbered week of it, or its first or last day), a year (or its first or last day), and
a period counted from a reference day. temporal.py's
resolver builds these; the calendar arithmetic under them is temporal_calendar.py's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from .temporal_calendar import (
    DAY_OF_PERIOD,
    WEEK_OF_MONTH,
    month_bounds,
    shift_month,
    week_bounds,
    week_of_month_bounds,
    week_value,
)


@dataclass(frozen=True)
class ResolvedPeriod:
    """A resolved period, before it becomes a TimeExpression."""

    precision: str
    first: date | None
    last: date | None
    value: str | None
    anchor: str
    reason: str
    direction: str | None = None


def day_period(day: date | None, anchor: str, reason: str) -> ResolvedPeriod:
    return ResolvedPeriod("day", day, day, day.isoformat() if day else None, anchor, reason)


def week_period(day: date | None, anchor: str, reason: str) -> ResolvedPeriod:
    if day is None:
        return ResolvedPeriod("week", None, None, None, anchor, reason)
    monday, sunday = week_bounds(day)
    return ResolvedPeriod("week", monday, sunday, week_value(day), anchor, reason)


def weekend_period(saturday: date | None, anchor: str, reason: str) -> ResolvedPeriod:
    if saturday is None:
        return ResolvedPeriod("weekend", None, None, None, anchor, reason)
    return ResolvedPeriod(
        "weekend",
        saturday,
        saturday + timedelta(days=1),
        week_value(saturday) + "-WE",
        anchor,
        reason,
    )


# What a month becomes under a modifier that narrows it (start, mid and end keep the month).
_MODIFIED_PRECISION = {
    **dict.fromkeys(WEEK_OF_MONTH, "week"),
    **dict.fromkeys(DAY_OF_PERIOD, "day"),
}


def month_period(
    year: int | None, month: int, anchor: str, reason: str, modifier: str | None = None
) -> ResolvedPeriod:
    """The month; under a modifier of WEEK_OF_MONTH that week of it, of DAY_OF_PERIOD its
    first or last day (start, mid and end keep the whole month: how far is not said)."""
    if year is None:  # "the first week of July" is a week even when no year is known
        precision = _MODIFIED_PRECISION.get(modifier, "month")
        return ResolvedPeriod(precision, None, None, None, anchor, reason)
    first, last = month_bounds(year, month)
    if modifier in DAY_OF_PERIOD:  # "the last day of November"
        return _day_of(first, last, modifier, anchor, reason)
    if modifier in WEEK_OF_MONTH:  # "the first week of July": days 1-7
        start, end = week_of_month_bounds(year, month, WEEK_OF_MONTH[modifier])
        return ResolvedPeriod(
            "week", start, end, week_value(start + timedelta(days=3)), anchor, reason
        )
    return ResolvedPeriod("month", first, last, f"{year:04d}-{month:02d}", anchor, reason)


def year_period(
    year: int | None, anchor: str, reason: str, modifier: str | None = None
) -> ResolvedPeriod:
    """The year; under a modifier of DAY_OF_PERIOD its first or last day. Other modifiers
    keep the whole year ("the end of 2021", and "the first week of 2022", not read yet)."""
    if year is None:
        precision = "day" if modifier in DAY_OF_PERIOD else "year"
        return ResolvedPeriod(precision, None, None, None, anchor, reason)
    first, last = date(year, 1, 1), date(year, 12, 31)
    if modifier in DAY_OF_PERIOD:  # "on the first day of 2022"
        return _day_of(first, last, modifier, anchor, reason)
    return ResolvedPeriod("year", first, last, f"{year:04d}", anchor, reason)


def _day_of(first: date, last: date, modifier: str, anchor: str, reason: str) -> ResolvedPeriod:
    """The first or the last day of a period, as DAY_OF_PERIOD[modifier] says."""
    which = DAY_OF_PERIOD[modifier]
    day = first if which == "first" else last
    return day_period(day, anchor, f"{reason}; its {which} day")


def offset_period(
    unit: str, reference: date | None, offset: int, anchor: str, reason: str
) -> ResolvedPeriod:
    """The day/week/month/year `offset` units away from the reference day."""
    if unit == "day":
        return day_period(reference + timedelta(days=offset) if reference else None, anchor, reason)
    if unit == "week":
        return week_period(
            reference + timedelta(weeks=offset) if reference else None, anchor, reason
        )
    if unit == "month":
        if reference is None:
            return month_period(None, 1, anchor, reason)
        year, month = shift_month(reference.year, reference.month, offset)
        return month_period(year, month, anchor, reason)
    return year_period(reference.year + offset if reference else None, anchor, reason)


def weekday_with_day_number(reference: date, weekday: int, day_number: int) -> date | None:
    """'lundi 15': the date nearest the reference with that day number falling on that weekday."""
    candidates = []
    for months in (-1, 0, 1):
        year, month = shift_month(reference.year, reference.month, months)
        if day_number <= month_bounds(year, month)[1].day:
            candidate = date(year, month, day_number)
            if candidate.weekday() == weekday:
                candidates.append(candidate)
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)
