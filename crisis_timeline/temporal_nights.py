"""Nights named by their two days' numbers: one happening over both days.

"w nocy z 17 na 18 grudnia", "в ночь с 13 на 14 ноября" (the two numbers before the month)
and "the night of November 13 to 14", "naktį iš lapkričio 13 į 14 d." (the second number
after the date) are one night, from the first day into the second, as every blind batch's
annotators read them. The weekday forms ("la nuit de lundi à mardi") are read where a part
of the day is attached to its day (temporal_detect.Detector._part_of_before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .temporal_candidates import Candidate
from .temporal_grammar import key

if TYPE_CHECKING:
    from .temporal_detect import Detector


# The part of the day of an opener naming the night that ends on its day ("в ночь на
# понедельник", "w nocy na poniedziałek", "naktį į pirmadienį"): lang/*/calendar.py
# part_of_day_of gives it instead of "night".
NIGHT_INTO = "night into"


def night_into(c: Candidate) -> str:
    """ "в ночь на пятницу", "naktį į pirmadienį": the night into the weekday named, from the
    day before it, as the blind batches' annotators read it (Thursday 25 to Friday 26
    November; Sunday 28 to Monday 29). A night into a date with its number ("в ночь на 10
    августа") stays that day: annotators split on it (10 August, 27 November; 12-13 November).
    The part of the day is the night."""
    if c.weekday is not None and c.day is None:
        # the weekday is resolved as written (its tense picks which Monday), then the night
        # starts the evening before it (temporal._Resolver.resolve)
        c.extras["night_into"] = True
    return "night"


def night_of_two_days(detector: Detector, c: Candidate) -> None:
    """`c`, the second day's date, becomes the night from its first day, taking in the words
    before it ("w nocy z 17 na"), so the bare "w nocy" they hold is no date of its own. Days
    that do not follow one another, or a second day with its weekday, are left alone."""
    if c.kind != "explicit" or c.day is None or not c.extras.get("day_month"):
        return
    g = detector.g
    if c.weekday is None:
        first = detector._before(g.night_day_before, c.start)
    else:
        # "la nuit du mercredi 10 au jeudi 11 novembre": both days with their weekdays, the
        # first the weekday before the second's ("z 13 na niedzielę 14 listopada", one
        # weekday, is the second day's alone)
        first = detector._before(g.night_weekday_day_before, c.start)
        if (
            first is not None
            and g.weekday_numbers.get(key(first.group("wd0"))) != (c.weekday - 1) % 7
        ):
            return
    if first is None or int(first.group("d0")) != c.day - 1:
        return
    opener = detector._before(g.part_of_before, first.start())
    if opener is None or g.part_of_day_of[key(opener.group(opener.lastgroup or 0))] != "night":
        return
    c.start, c.day, c.time_of_day = opener.start(), c.day - 1, "night"
    if c.weekday is not None:
        c.weekday = (c.weekday - 1) % 7  # the night's first day's
    c.extras["night_range"] = True  # it ends on the second day (temporal.resolve)
    del c.extras["day_month"]  # no other day is listed with it


def night_day_after(detector: Detector, c: Candidate) -> None:
    """ "the night of November 13 to 14": the night's second day number after its date."""
    if c.kind not in ("explicit", "numeric") or c.day is None:
        return
    m = detector.g.night_day_after.match(detector.lowered, c.end)
    if m is not None and int(m.group("d1")) == c.day + 1:
        c.end = m.end()
        c.extras["night_range"] = True
