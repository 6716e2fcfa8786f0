"""Days listed with one month: each a date of its own.

A day-month date may have days written before it, a month-day date days written after it,
sharing its month (and year):

- "15-16 November", "du 15 au 17 novembre": the start of a range (any earlier day);
- "25, 26 и 27 ноября", "25, 26, and 27 November": a list;
- "November 18 and 19", "lapkričio 18, 22 ir 25 d.": a month-first list;
- "entre jeudi 8 et vendredi 9 juillet", "od czwartku 8 do piątku 9 lipca": a day with its
  weekday before a date with its own (the weekday and its number are one day).

Each listed day becomes a `Candidate` (its `range_of` is the written date, whose tense it
shares); `event_ranges.joined_days` then joins the days that follow one another into one
happening's range ("25, 26 и 27" is 25–27) and keeps the others apart ("on 18, 22 and 25
November" is three happenings).

A list is read with care, because numbers are listed for other reasons: "counted 12, 26
and 27 November" (a count before a pair), "on November 18, 22 people were detained" (a
count after a date). Days listed before a date that skip a day need a word that opens a
list of dates before the first ("on", "les", "w dniach": Lexicon.day_list_openers);
days after a month-first date need the list to end with a pair link and then a
punctuation mark or the end of the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .temporal_calendar import valid_day
from .temporal_candidates import Candidate

if TYPE_CHECKING:
    from .temporal_detect import Detector


def listed_before(detector: Detector, candidate: Candidate, free_from: int) -> list[Candidate]:
    """The days written before a day-month date as the start of its range or its list."""
    g = detector.g
    days: list[Candidate] = []
    later, start = candidate.day, candidate.start
    patterns = (g.range_before, g.list_pair_before)  # the first step: "15-[16]", "26, and [27]"
    oxford = False  # the first step was "26, and [27]", not a range's start
    while True:
        m = next(filter(None, (detector._before(p, start) for p in patterns)), None)
        if not m or m.start("d0") < free_from:
            break
        day = int(m.group("d0"))
        if not (valid_day(candidate.year, candidate.month, day) and day < later):
            break
        days.insert(0, _day_like(candidate, m.start("d0"), m.end("d0"), day))
        oxford = oxford or (len(days) == 1 and m.re is g.list_pair_before)
        later, start = day, m.start("d0")
        patterns = (g.list_day_before,)  # further left, only a list: "25, [26 и 27]"
    # a range's start is any earlier day; a day listed before it the day before, unless a
    # word opens the list ("on 18, 22 and 25 November"; "counted 12, 26 and 27": a count)
    opened = bool(days) and detector._before(g.list_opener_before, days[0].start)
    if len(days) == 1 and oxford and not opened:
        return []  # "rose to 12, and 27 November was the worst day": one number is no list
    if len(days) > 1 and not opened:
        first = len(days) - 1
        while first > 0 and days[first - 1].day == days[first].day - 1:
            first -= 1
        days = days[first:]
    return days


def listed_after(detector: Detector, candidate: Candidate, upper_bound: int) -> list[Candidate]:
    """The days written after a month-day date ("November 18, 22 and 25"), if the list ends
    with a pair link and then a punctuation mark: all or none."""
    g = detector.g
    days: list[Candidate] = []
    earlier, end = candidate.day, candidate.end
    while True:
        m = g.paired_day_after.match(detector.lowered, end)
        last = m is not None
        m = m or g.listed_day_after.match(detector.lowered, end)
        if m is None or m.end() > upper_bound:
            return []
        day = int(m.group("d0"))
        if not (valid_day(candidate.year, candidate.month, day) and day > earlier):
            return []
        days.append(_day_like(candidate, m.start("d0"), m.end(), day))
        if last:
            return days
        earlier, end = day, m.end()


def _day_like(candidate: Candidate, start: int, end: int, day: int) -> Candidate:
    listed = Candidate(
        start, end, "explicit", day=day, month=candidate.month, year=candidate.year
    )  # fmt: skip
    listed.extras["range_of"] = candidate
    return listed


def weekday_listed_before(
    detector: Detector, candidate: Candidate, before: Candidate | None
) -> Candidate | None:
    """ "jeudi 8 et [vendredi 9 juillet]": the weekday candidate `before` and the number
    after it, one day of the written date's month, when the number is that weekday's (so a
    count, "jeudi 8 et vendredi", stays apart); None otherwise. The day replaces `before`."""
    if before is None or before.kind != "weekday" or candidate.weekday is None:
        return None
    if candidate.kind != "explicit" or candidate.day is None or candidate.month is None:
        return None
    g = detector.g
    m = detector._before(g.range_before, candidate.start) or detector._before(
        g.list_pair_before, candidate.start
    )
    if m is None or detector.lowered[m.end("d0") : m.end("d0") + 1].isalpha():
        return None  # "du jeudi 1er au samedi 3": the weekday takes its ordinal itself
    if detector.lowered[before.end : m.start("d0")].strip():
        return None
    day = int(m.group("d0"))
    if not (valid_day(candidate.year, candidate.month, day) and day < candidate.day):
        return None
    if (candidate.weekday - (candidate.day - day)) % 7 != before.weekday:
        return None
    listed = _day_like(candidate, before.start, m.end("d0"), day)
    listed.weekday = before.weekday
    return listed
