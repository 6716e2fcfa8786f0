"""TimeML date values as a reader would say them: '2021-W45-WE' -> 'weekend of 13–14 Nov 2021'.

The tagger speaks TimeML (`tag` output, the Articles page's data); people read words. This
module only translates a value into English words for hovers and cards; it does not resolve
anything (temporal.py does) and returns the value itself for a form it does not know.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from crisis_timeline.date_text import day_span

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_PARTS_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_REFERENCES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}
_QUARTER_MONTHS = {1: "Jan–Mar", 2: "Apr–Jun", 3: "Jul–Sep", 4: "Oct–Dec"}

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|DT|\d{2}:\d{2}))?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")


def _ordinal(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _calendar_words(value: str) -> str | None:
    if match := _DAY.match(value):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        if match[4] and match[4][0].isdigit():
            return f"{match[4]} on {day_span(day, day)}"  # a clock time: "2021-11-16T13:45"
        part = _PARTS_OF_DAY.get(match[4] or "")
        return f"{part} of {day_span(day, day)}" if part else day_span(day, day)
    if match := _WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return f"weekend of {day_span(monday + timedelta(days=5), monday + timedelta(days=6))}"
        return f"week of {day_span(monday, monday + timedelta(days=6))}"
    if match := _MONTH.match(value):
        return f"{date(int(match[1]), int(match[2]), 1):%B %Y}"
    return None


def _period_words(value: str) -> str | None:
    if match := _QUARTER.match(value):
        quarter = int(match[2])
        return f"Q{quarter} {match[1]} ({_QUARTER_MONTHS[quarter]})"
    if match := _HALF.match(value):
        return f"{'first' if match[2] == '1' else 'second'} half of {match[1]}"
    if match := _SEASON.match(value):
        return f"{_SEASONS[match[2]]} {match[1]}"
    if match := _YEAR.match(value):
        return match[1]
    if match := _DECADE.match(value):
        return f"the {match[1]}0s"
    if match := _CENTURY.match(value):
        return f"the {_ordinal(int(match[1]) + 1)} century"
    return None


def timeml_words(value: str | None) -> str:
    """A TimeML value in words; the value itself when its form is not one we write.

    >>> timeml_words("2021-W45-WE")
    'weekend of 13–14 Nov 2021'
    >>> timeml_words("2021-11-17TNI")
    'night of 17 Nov 2021'
    >>> timeml_words("2021-11-16T13:45")
    '13:45 on 16 Nov 2021'
    """
    if not value:
        return "unresolved"
    if value in _REFERENCES:
        return _REFERENCES[value]
    try:
        return _calendar_words(value) or _period_words(value) or value
    except ValueError:  # a well-formed value naming no real day (2021-02-30, week 54)
        return value
