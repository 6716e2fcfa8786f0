"""Calendar arithmetic for the temporal tagger: weekdays, year-less dates, weeks, weekends.

Pure functions over `datetime.date`; no text, no language. A *mode* says which occurrence
of a recurring date is meant, relative to a reference day (usually the publication date):

- "past":     the latest on or before the reference (news convention for past tense);
- "before":   the latest strictly before it ("last Tuesday", "dimanche dernier");
- "present":  the earliest on or after it ("are meeting on Monday");
- "future":   the same ("will ... on Thursday"; "will receive him on Monday" in a Monday
              article is that day: news says "next Monday" for the one a week later);
- "after":    the earliest strictly after it ("next Monday", "lundi prochain");
- "scheduled": a year-less date or month under a present tense of schedule ("the law comes
              into force on 1 April"): the earliest on or after the reference, unless one
              fell within the last month (a historical present in a chronology: "8 novembre :
              les migrants se rendent à la frontière", read a week later);
- "reported": the nearest in either direction ("said they would pass on Monday");
- "this":     the one in the reference's ISO week (weekdays) or year (months);
- "none":     no tense cue: weekdays and weekends act as "past", dates and months as nearest.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SATURDAY = 5
SUNDAY = 6

PAST_MODES = ("past", "before")
RECENT_DAYS = 31  # how far back a "scheduled" date may still be the one meant
NEAR_AHEAD_DAYS = 14  # how far ahead a date under a past verb is still a plan of this year
NEAR_BEHIND_DAYS = 7  # how far back a date under a future or present verb is this year's
FUTURE_MODES = ("present", "future", "after")


def describe(day: date) -> str:
    """'Mon 15 Nov 2021' (English, locale-independent: reasons are shown as written)."""
    return f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def days_in_month(year: int | None, month: int) -> int:
    """Days in the month; a year-less February allows the 29th."""
    if year is None:
        return 29 if month == 2 else calendar.monthrange(2021, month)[1]
    return calendar.monthrange(year, month)[1]


def valid_day(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


def week_value(day: date) -> str:
    """ISO week of a day: '2021-W46'."""
    iso_year, week, _ = day.isocalendar()
    return f"{iso_year}-W{week:02d}"


def week_bounds(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


# "the first week of July", "la dernière semaine d'octobre" (the period modifiers of
# lang/<code>/calendar.py): the month's first seven days, its second seven, ..., or its last
# seven. TimeML has no week of a month: its value is the ISO week holding most of them.
WEEK_OF_MONTH = {"week1": 1, "week2": 2, "week3": 3, "week4": 4, "week_last": -1}
# "the first day of 2022", "le dernier jour de novembre" (period modifiers too): the first
# or the last day of the month or year they modify.
DAY_OF_PERIOD = {"day_first": "first", "day_last": "last"}


def week_of_month_bounds(year: int, month: int, which: int) -> tuple[date, date]:
    """First and last day of the month's week number `which` (1-4, or -1 for the last)."""
    first, last = month_bounds(year, month)
    start = last - timedelta(days=6) if which < 0 else first + timedelta(days=7 * (which - 1))
    return start, start + timedelta(days=6)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def shift_year_safe(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def weekday_occurrence(reference: date, weekday: int, mode: str) -> date:
    """The occurrence of `weekday` (0 = Monday) that `mode` designates around `reference`."""
    back = (reference.weekday() - weekday) % 7  # days back to the latest on or before
    ahead = (weekday - reference.weekday()) % 7  # days ahead to the earliest on or after
    if mode in ("past", "none"):
        return reference - timedelta(days=back)
    if mode == "before":
        return reference - timedelta(days=back or 7)
    if mode in ("present", "future"):
        return reference + timedelta(days=ahead)
    if mode == "after":
        return reference + timedelta(days=ahead or 7)
    if mode == "this":
        return week_bounds(reference)[0] + timedelta(days=weekday)
    # reported: the nearest, the reference day itself included
    return reference - timedelta(days=back) if back <= ahead else reference + timedelta(days=ahead)


def weekend_occurrence(reference: date, mode: str) -> date:
    """The Saturday of the weekend `mode` designates around `reference`."""
    if mode in ("past", "none"):
        return weekday_occurrence(reference, SATURDAY, "past")
    if mode == "before":  # the last weekend that is over: its Sunday is before the reference
        return weekday_occurrence(reference, SUNDAY, "before") - timedelta(days=1)
    if mode in ("present", "future", "this"):  # the weekend not yet over
        return weekday_occurrence(reference, SUNDAY, "present") - timedelta(days=1)
    if mode == "after":
        return weekday_occurrence(reference, SATURDAY, "after")
    past = weekday_occurrence(reference, SATURDAY, "past")
    coming = weekday_occurrence(reference, SATURDAY, "after")
    return past if (reference - past) <= (coming - reference) else coming


def _pick(candidates: list, reference, mode: str):
    """The candidate `mode` designates, candidates and reference being comparable values."""
    if mode in PAST_MODES:
        pool = [c for c in candidates if (c < reference if mode == "before" else c <= reference)]
        if pool:
            return max(pool)
    elif mode in FUTURE_MODES:
        pool = [c for c in candidates if (c > reference if mode == "after" else c >= reference)]
        if pool:
            return min(pool)
    return None


# How near the reference a year-less date with the wrong weekday is read as a slip.
WEEKDAY_SLIP_DAYS = 31


def month_day_occurrence(
    reference: date, month: int, day: int, mode: str, weekday: int | None = None
) -> date | None:
    """The year-less date ('12 November') `mode` designates around `reference`.

    Candidates are the same day in the previous, current and next year. A weekday written
    with the date ("Sunday, November 14") keeps only the years where it matches, if any,
    unless another year's date is within WEEKDAY_SLIP_DAYS of the reference.
    Without a tense (or when the tense finds none), the candidate closest to the reference
    wins, the past one on a tie.
    """
    candidates = [
        date(year, month, day)
        for year in (reference.year - 1, reference.year, reference.year + 1)
        if valid_day(year, month, day)
    ]
    if weekday is not None:
        # The years where the weekday matches, unless another year's date is days from the
        # reference: a writer slips on a weekday more often than they leave out the year
        # of a date a year away ("в воскресенье, 29 ноября" in a piece of late November
        # 2021, a Monday, is not the Sunday of 2020).
        matching = [c for c in candidates if c.weekday() == weekday]
        slip = any(
            abs((c - reference).days) <= WEEKDAY_SLIP_DAYS for c in candidates if c not in matching
        )
        if not slip:
            candidates = matching or candidates
    if not candidates:
        return None
    if mode == "scheduled":
        recent = [c for c in candidates if 0 < (reference - c).days <= RECENT_DAYS]
        if recent:
            return max(recent)
        mode = "present"
    elif mode == "past":
        # A past verb with a date just ahead is a plan in the passive ("une réunion de crise a
        # été convoquée le 18 août" in a piece of 6 August; "was set for 20 November"), not
        # the same day a year earlier, which a writer would give its year.
        near = [c for c in candidates if 0 < (c - reference).days <= NEAR_AHEAD_DAYS]
        if near:
            return min(near)
    elif mode in ("future", "present"):
        # A future verb with a date days behind is a period already under way ("the state
        # of emergency will run from August 11" in a piece of 12 August), not next year's;
        # so is a present's ("режим ЧП, объявленный в Литве с 10 ноября" on 16 November: a
        # start, read as an open end, that is six days old).
        near = [c for c in candidates if 0 < (reference - c).days <= NEAR_BEHIND_DAYS]
        if near:
            return max(near)
    picked = _pick(candidates, reference, mode)
    if picked is not None:
        return picked
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


def month_occurrence(reference: date, month: int, mode: str) -> tuple[int, int]:
    """(year, month) of a year-less month name ('in December') around `reference`."""
    current = reference.year * 12 + reference.month - 1
    candidates = [
        year * 12 + month - 1 for year in (reference.year - 1, reference.year, reference.year + 1)
    ]
    if mode == "this":
        return reference.year, month
    if mode == "scheduled":
        if current - 1 in candidates:
            return (current - 1) // 12, (current - 1) % 12 + 1
        mode = "present"
    picked = _pick(candidates, current, mode)
    if picked is None:
        picked = min(candidates, key=lambda c: (abs(c - current), c > current))
    return picked // 12, picked % 12 + 1
