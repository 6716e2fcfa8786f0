"""Temporal-expression tagger for English and French news, anchored to the publication date.

`tag(text, dct, lang)` finds every date expression in a text and gives each an ISO value,
a precision and the reason for its value:

    >>> from datetime import date
    >>> [e.value for e in tag("He arrived on Monday and will leave on Thursday.", date(2021, 11, 15), "en")]
    ['2021-11-15', '2021-11-18']

How (three stages, three modules):
- detection (`temporal_detect`, patterns from `temporal_grammar` over the word tables of
  `temporal_lexicon`): explicit and numeric dates, months, years, weekdays, deictic phrases,
  "two weeks ago", parts of the day, clock times (attached to a day, or alone after a
  preposition: "à 13h45", on the story's current day), years in words;
- tense (`temporal_tense`): the clause around a relative expression decides its direction;
- anchoring (here, with `temporal_calendar`): to the publication date (dct), or for
  "the next day" / "le lendemain" and a bare part of day to the previous date in the text.

News conventions applied: a bare weekday in a past or tenseless clause is the most recent
such day, the publication day included ("On Monday" in a Monday article is that Monday); a
future cue looks forward, the publication day included ("will receive him on Monday" in a
Monday article is that day: the following one would be "next Monday"); "would" takes the
nearest; "last"/"dernier" and "next"/"prochain" are strictly before/after; a deadline ("by
June 30", "d'ici le 30 juin") looks forward; a year-less date or month takes the year that
fits the tense, else the closest to the dct, or the year of an explicit date earlier in the
same sentence ("in March 2014 after a referendum on 16 March").

Forward without "will": the present of a scheduled happening ("England face Wales on
Wednesday", "polls close on Sunday", "la réforme entre en vigueur en avril"), a target
("un appel lancé pour samedi"), a forward marker ("ahead of Saturday's final", "en vue du
match de samedi") and an open end in a clause with no tense of its own ("the museum stays
shut until Sunday", "jusqu'à lundi"). Each expression takes the tense of its own clause: in
"Nommé vendredi, il doit présenter son plan demain" the participle dates "vendredi".

Values follow TimeML: a part of day adds its code to the day ("Wednesday night" =
2021-11-17TNI; MO, AF, EV, NI; "late Monday" has none and stays the day), a clock time its
hour ("Monday at 10:00" = 2021-11-15T10:00). The day under them is `date`; `day_value` is the
value without its time, what events compare.

Deliberately not tagged (no ISO day, week, month or year to give): durations ("for almost
two hours", "a four-day visit", "over the past week", "in recent weeks"), vague references
("in the coming days", "in the past few weeks"), sets ("every week"), a clock time in a
habitual clause ("the crossing opens at 9:00") or a present state ("le couvre-feu à 18 heures
est maintenu"), a rule's hour (`temporal_schedule`: "curfew from 18:00", "closes at 9 p.m.
every day"), ages, counts and model names.

Spans follow TimeML: prepositions out ("on [Monday]", "en [2014]", "at [the weekend]"),
determiners and modifiers in ("[the weekend]", "[le 12 novembre]", "[late Monday]").
dateparser's locale data supplies month and weekday names and simple deictics; its
`search_dates` is not used (it reads "We" as Wednesday and "sa" as Saturday).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .background_years import with_background_years
from .errors import CrisisTimelineError
from .lang import is_supported, languages
from .temporal_calendar import (
    describe,
    month_bounds,
    month_day_occurrence,
    month_occurrence,
    shift_year_safe,
    valid_day,
    weekday_occurrence,
    weekend_occurrence,
)
from .temporal_candidates import (
    Candidate,
    range_start_years,
    told_years,
    without_gallery_counters,
)
from .temporal_detect import Detector
from .temporal_grammar import grammar
from .temporal_periods import REFERENCE_VALUES, detect_periods, resolve_period
from .temporal_schedule import is_rule_hour
from .temporal_tense import ClauseTense, Tense
from .temporal_values import (
    ResolvedPeriod,
    day_period,
    month_period,
    offset_period,
    weekday_with_day_number,
    weekend_period,
    year_period,
)
from .vocab import Precision

__all__ = ["TimeExpression", "tag", "tag_batch", "parse_dct", "timeml_time", "without_time"]

logger = logging.getLogger(__name__)

_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression found in a text, with its resolved value."""

    start: int  # character offset into the input text
    end: int
    text: str  # text[start:end]
    # TimeML: 2021-11-15, 2021-11-17TNI, 2021-11-16T13:45, 2021-11, 2021, 2021-W46,
    # 2021-W45-WE; None without dct
    value: str | None
    type: str  # "DATE" or "TIME" (a clock time or part of day is attached)
    precision: Precision
    date: date | None  # first day covered
    date_end: date | None  # last day covered
    time_of_day: str | None  # "early morning" ... "late", or "HH:MM"
    anchor: str  # "absolute" | "dct" | "narrative" (the previous date in the text)
    reason: str
    weekday: int | None = None  # 0 = Monday, when the expression names a weekday
    month_day: tuple[int, int] | None = None  # (month, day) of a date written without a year
    direction: str | None = None  # "past" | "future" | "same", relative to the dct

    @property
    def day_value(self) -> str | None:
        """The value without its time of day ("2021-11-17TNI" -> "2021-11-17"): the day
        that events and de-duplication compare."""
        return without_time(self.value)

    def to_json(self) -> dict:
        """The CLI's JSON object for this expression."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "type": self.type,
            "precision": self.precision,
            "reason": self.reason,
        }


# A part of day (the tagger's `time_of_day` words, the same in every language) -> its TimeML
# code: "Wednesday night" is 2021-11-17TNI. "late" ("late Monday") has none: TimeML writes
# the day with mod="END", so the value stays the day.
_TIMEML_PARTS = {
    "early morning": "MO",
    "morning": "MO",
    "midday": "MI",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "daytime": "DT",
}
_TIME_SUFFIX = re.compile(r"T(?:MO|MI|AF|EV|NI|DT|\d{2}:\d{2})\Z")


def timeml_time(time_of_day: str | None) -> str:
    """The TimeML time part for a time of day: "night" -> "TNI", "13:45" -> "T13:45",
    "late" or None -> "" (the value stays a day)."""
    if not time_of_day:
        return ""
    if time_of_day[:1].isdigit():
        return f"T{time_of_day}"
    code = _TIMEML_PARTS.get(time_of_day)
    return f"T{code}" if code else ""


def without_time(value: str | None) -> str | None:
    """A TimeML value without its time of day: "2021-11-17TNI" -> "2021-11-17"; any other
    value ("2021-W46", "PRESENT_REF") unchanged."""
    if value is None:
        return None
    return _TIME_SUFFIX.sub("", value)


PAST_DAYS_MAX = 7  # "the past three days" is a date; "the past 30 days" a running total's span


def _closest(tense: Tense, how: str) -> str:
    """How a date read with no direction was placed, naming a "since or from" before it."""
    return f"{tense.describe()}: {how}" if tense.label == "since or from" else how


def _date_mode(tense: Tense) -> str:
    """The calendar mode for a year-less date or month: a scheduled present looks forward but
    keeps a date of the last month (see temporal_calendar, mode "scheduled")."""
    return "scheduled" if tense.label == "scheduled present" else tense.mode


@dataclass(frozen=True)
class _Previous:
    """An expression already resolved, as a reference for the ones after it."""

    start: int
    first: date
    precision: str
    text: str
    anchor: str


# Which previous expressions can anchor a narrative phrase of a unit: "the next day" needs a
# day, "the following week" a day or a week, "the year before" any date.
_FINE_ENOUGH = {
    "day": ("day",),
    "weekend": ("day", "weekend"),
    "week": ("day", "weekend", "week"),
    "month": ("day", "weekend", "week", "month"),
    "year": ("day", "weekend", "week", "month", "year"),
}

_RELATION_WORDS = {"before": "'last'", "after": "'next'", "this": "'this'"}
# How far (characters) a statement's weekday reaches a future one of the same name.
_QUOTED_SAME_DAY_REACH = 600
# A weekday with a dotted day and month ("w sobotę 23.10") is a date only when that day falls
# on that weekday this close to the publication date; else the pair was a clock time.
NEAR_WEEKDAY_DAYS = 14


class _Resolver:
    """Turns one text's candidates into TimeExpressions, in document order."""

    def __init__(self, text: str, lowered: str, lang: str, dct: date | None) -> None:
        self.text = text
        self.dct = dct
        self.lowered = lowered
        self.grammar = grammar(lang)
        self.tenses = ClauseTense(text, lowered, self.grammar)
        # Of the expressions resolved so far (in text order), the latest of each precision
        # and the latest absolute one: the look-ups below want the latest that qualifies,
        # and walking back through all of them for every expression was quadratic.
        self.latest: dict[str, _Previous] = {}
        self.latest_absolute: _Previous | None = None
        self._newlines: list[int] | None = None  # positions of "\n", found once
        # The latest past weekday of each name ("announced on Thursday"), for a future one
        # of the same name quoted from that day's statement (see _quoted_same_day).
        self.past_weekdays: dict[int, _Previous] = {}

    # ---- anchors -----------------------------------------------------------------------

    def _tense(self, c: Candidate) -> Tense:
        return self.tenses.governing(c.start, c.end)

    def _dated_tense(self, c: Candidate) -> Tense:
        """The tense of a dated day or a month: an open end that also means "since" (Russian
        "с 8 ноября") says nothing of its direction, so the closest occurrence is read;
        unless its clause looks forward itself ("С 1 января вводится новый режим")."""
        tense = self._tense(c)
        if (
            tense.label == "open end"
            and tense.cue is not None
            and tense.cue.lower() in self.grammar.lexicon.since_or_from_prepositions
            and not self.tenses.clause_looks_forward(c.start, c.end)
        ):
            return Tense("none", tense.cue, label="since or from")
        return tense

    def _dct_text(self) -> str:
        return describe(self.dct) if self.dct else "no publication date"

    def _narrative(
        self, c: Candidate, unit: str = "day", *, nearby: bool = False
    ) -> tuple[date | None, str, str]:
        """(reference day, its description, anchor) for "the next day", "the year before"...

        The reference is the previous date in the text precise enough for the unit (a day for
        "the next day", any date for "the year before"); for `nearby`, only one in the same or
        the previous paragraph. Without one, the publication date.
        """
        allowed = [self.latest[p] for p in _FINE_ENOUGH[unit] if p in self.latest]
        previous = max(allowed, key=lambda p: p.start, default=None)  # the latest allowed
        if previous is not None and not (
            nearby and previous.start < self._previous_paragraph_start(c.start)
        ):
            return (
                previous.first,
                f"previous date in the text '{previous.text}' ({describe(previous.first)})",
                "narrative",
            )
        if self.dct:
            return self.dct, f"publication date {describe(self.dct)}", "dct"
        return None, "no publication date", "dct"

    def _same_sentence_year(self, c: Candidate) -> tuple[date, str] | None:
        """An explicit year written earlier in the sentence, far from the publication year.

        "annexed Crimea in March 2014 after a referendum on 16 March": the 16 March of 2014.
        Only the same sentence: a background sentence ("won in August 2020") must not pull
        the next sentence's "14 November" back with it.
        """
        sentence_start = self.tenses.sentence(c.start, c.end)[0]
        previous = self.latest_absolute  # previous expressions are in text order
        if previous is None or previous.start < sentence_start:
            return None
        if self.dct is not None and abs(previous.first.year - self.dct.year) < 1:
            return None
        reference = previous.first
        if previous.precision == "year":
            reference = date(reference.year, 7, 1)
        return reference, f"year from '{previous.text}' earlier in the sentence"

    def _inherited_floor(self, c: Candidate) -> date:
        """First day of the explicit date a year-less one would inherit its year from."""
        sentence_start = self.tenses.sentence(c.start, c.end)[0]
        previous = self.latest_absolute
        if previous is not None and previous.start >= sentence_start:
            return previous.first
        return date.min

    def _line_start(self, position: int) -> int:
        """text.rfind("\n", 0, position) + 1, by bisection (a one-line text made the search
        back to its start quadratic)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        index = bisect.bisect_left(self._newlines, position)
        return self._newlines[index - 1] + 1 if index else 0

    def _previous_paragraph_start(self, position: int) -> int:
        line_start = self._line_start(position)
        cursor = line_start - 1
        while cursor > 0 and self.text[cursor - 1] == "\n":
            cursor -= 1
        return self._line_start(max(cursor, 0)) if cursor > 0 else 0

    def _weekday_near(self, c: Candidate) -> bool:
        """Whether day/month of `c` falls on its weekday within two weeks of the publication
        date (True without one: then nothing can tell the two readings apart)."""
        if self.dct is None:
            return True
        for year in (self.dct.year - 1, self.dct.year, self.dct.year + 1):
            if valid_day(year, c.month, c.day):
                day = date(year, c.month, c.day)
                if day.weekday() == c.weekday and abs((day - self.dct).days) <= NEAR_WEEKDAY_DAYS:
                    return True
        return False

    def _direction(self, first: date | None, last: date | None) -> str | None:
        if self.dct is None or first is None or last is None:
            return None
        if last < self.dct:
            return "past"
        if first > self.dct:
            return "future"
        return "same"

    # ---- per kind ----------------------------------------------------------------------

    def explicit(self, c: Candidate) -> ResolvedPeriod:
        if c.year is not None:
            day = date(c.year, c.month, c.day)
            reason = "explicit date"
            if c.weekday is not None and day.weekday() != c.weekday:
                written, actual = _WEEKDAY_NAMES[c.weekday], _WEEKDAY_NAMES[day.weekday()]
                reason += f" (the text says {written}, the date is a {actual})"
            return day_period(day, "absolute", reason)
        if "year_offset" in c.extras and self.dct is not None:
            # the year told beside it ("13 декабря прошлого года") beats one earlier in the
            # sentence ("В 2019 году ..., а 13 декабря прошлого года ...")
            year = self.dct.year + c.extras["year_offset"]
            why = f"year told relative to the publication date {describe(self.dct)}"
            return day_period(date(year, c.month, c.day), "dct", f"explicit date, {why}")
        same_sentence = self._same_sentence_year(c)
        if same_sentence is not None:
            reference, why = same_sentence
            day = month_day_occurrence(reference, c.month, c.day, "none", c.weekday)
            # Only narration moving forward inherits the year ("in March 2014 ... on 16
            # March"); "after the August 2020 election and the Ryanair landing on May 23" is
            # a later May, resolved from the publication date below.
            if day is not None and day >= self._inherited_floor(c):
                return day_period(day, "narrative", f"explicit date, {why}")
        if self.dct is None:
            return day_period(None, "dct", "explicit date without a year, and no publication date")
        if c.relation in ("before", "after"):
            mode, how = c.relation, _RELATION_WORDS[c.relation]
        else:
            tense = self._dated_tense(c.extras.get("range_of") or c)
            mode = _date_mode(tense)
            how = tense.describe() if mode != "none" else _closest(tense, "the year closest to it")
        day = month_day_occurrence(self.dct, c.month, c.day, mode, c.weekday)
        reason = f"explicit date, year from publication date {describe(self.dct)}: {how}"
        return day_period(day, "dct", reason)

    def month(self, c: Candidate) -> ResolvedPeriod:
        if c.year is not None:
            why = (
                "month, year of the range's end"
                if c.extras.get("range_end_year")
                else "month and year"
            )
            return month_period(c.year, c.month, "absolute", why, c.modifier)
        if "year_offset" in c.extras and self.dct is not None:
            year = self.dct.year + c.extras["year_offset"]
            why = f"month of the year told relative to the publication date {describe(self.dct)}"
            return month_period(year, c.month, "dct", why, c.modifier)
        same_sentence = self._same_sentence_year(c)
        if same_sentence is not None and c.relation is None:
            reference, why = same_sentence
            year, month = month_occurrence(reference, c.month, "none")
            if date(year, month, 28) >= self._inherited_floor(c):
                return month_period(year, month, "narrative", f"month, {why}", c.modifier)
        if self.dct is None:
            return month_period(None, c.month, "dct", "no year, no publication date", c.modifier)
        if c.relation is not None:
            mode, how = c.relation, _RELATION_WORDS[c.relation]
        elif c.extras.get("statistic"):
            # "the April figures are expected": the month the figures cover, not when they
            # come out, so the verb's tense does not move it.
            mode, how = "none", "the month of the figures, the closest one"
        else:
            tense = self._dated_tense(c)
            mode = _date_mode(tense)
            how = tense.describe() if mode != "none" else _closest(tense, "the closest one")
        year, month = month_occurrence(self.dct, c.month, mode)
        why = f"month, year from publication date {describe(self.dct)}: {how}"
        return month_period(year, month, "dct", why, c.modifier)

    def year(self, c: Candidate) -> ResolvedPeriod:
        return year_period(c.year, "absolute", "year", c.modifier)

    def weekday(self, c: Candidate) -> ResolvedPeriod:
        name = _WEEKDAY_NAMES[c.weekday]
        tense = self._tense(c)
        if c.relation in ("before", "after"):
            mode, how = c.relation, f"{_RELATION_WORDS[c.relation]}: the {name} {c.relation} it"
        elif c.relation == "this" and tense.mode == "none":
            mode, how = "this", f"'this': the {name} of the same week"
        else:
            mode = tense.mode
            which = {
                "past": f"the latest {name} up to it",
                "present": f"the first {name} from it",
                "future": f"the first {name} from it",
                "reported": f"the nearest {name}",
            }
            if mode == "none":
                how = f"no tense cue, news convention: the latest {name} up to it"
            else:
                how = f"{tense.describe()}: {which[mode]}"
        if self.dct is None:
            direction = "past" if mode in ("past", "none", "before") else None
            if mode in ("present", "future", "after"):
                direction = "future"
            value = day_period(None, "dct", f"weekday ({name}), no publication date to anchor it")
            return replace(value, direction=direction)
        if c.day is not None:
            day = weekday_with_day_number(self.dct, c.weekday, c.day)
            if day is not None:
                return day_period(
                    day,
                    "dct",
                    f"weekday and day number, the nearest such date to {describe(self.dct)}",
                )
        same_day = self._quoted_same_day(c, mode)
        if same_day is not None:
            return same_day
        day = weekday_occurrence(self.dct, c.weekday, mode)
        return day_period(day, "dct", f"weekday, {how}, anchored to {describe(self.dct)}")

    def _quoted_same_day(self, c: Candidate, mode: str) -> ResolvedPeriod | None:
        """A future weekday quoted from a statement made that weekday: "Iraq announced on
        Thursday ... will run 'two flights on Thursday evening'" in a Friday article is that
        Thursday (the wire copy was written then), not the next one. Only when the past one
        is close before it in the text and in the publication date's week."""
        if mode not in ("future", "present") or c.relation is not None or self.dct is None:
            return None
        previous = self.past_weekdays.get(c.weekday)
        if previous is None or c.start - previous.start > _QUOTED_SAME_DAY_REACH:
            return None
        if not 0 < (self.dct - previous.first).days < 7:
            return None
        return day_period(
            previous.first,
            "narrative",
            f"weekday in a future clause, quoted from the statement of '{previous.text}' "
            f"({describe(previous.first)}) earlier in the text: that same day",
        )

    def phrase(self, c: Candidate) -> ResolvedPeriod:
        phrase = c.phrase
        written = self.text[c.start : c.end]
        if phrase.unit == "weekend":
            if phrase.reference in ("before", "after"):
                mode, how = phrase.reference, _RELATION_WORDS[phrase.reference]
            else:
                tense = self._tense(c)
                mode = tense.mode
                if phrase.reference == "this" and mode in ("none", "reported"):
                    mode = "this"
                how = "the weekend of the same week" if mode == "this" else tense.describe()
            if self.dct is None:
                return weekend_period(None, "dct", "weekend, no publication date")
            saturday = weekend_occurrence(self.dct, mode)
            return weekend_period(
                saturday, "dct", f"weekend, {how}, anchored to {describe(self.dct)}"
            )
        if phrase.reference == "narrative":
            reference, whence, anchor = self._narrative(c, phrase.unit)
            return offset_period(
                phrase.unit, reference, phrase.offset, anchor, f"'{written}' from the {whence}"
            )
        return offset_period(
            phrase.unit,
            self.dct,
            phrase.offset,
            "dct",
            f"'{written}' from publication date {self._dct_text()}",
        )

    def relative(self, c: Candidate) -> ResolvedPeriod | None:
        if c.direction == "past":
            return self._days_up_to_report(c)
        sign = -1 if c.direction in ("ago", "earlier") else 1
        written = self.text[c.start : c.end]
        if c.direction in ("later", "earlier"):
            reference, whence, anchor = self._narrative(c, c.unit)
        else:
            reference, whence, anchor = self.dct, f"publication date {self._dct_text()}", "dct"
        reason = f"'{written}' counted from the {whence}"
        if c.unit != "year":
            return offset_period(c.unit, reference, sign * c.amount, anchor, reason)
        if reference is None:
            return year_period(None, anchor, reason)
        return year_period(shift_year_safe(reference, sign * c.amount).year, anchor, reason)

    def _days_up_to_report(self, c: Candidate) -> ResolvedPeriod | None:
        """ "in the past three days", "ces trois derniers jours", "за последние трое суток":
        the days before the publication's, as the annotators read them (weeks and months
        so counted are a running total's span, no date of a happening)."""
        if c.unit != "day" or self.dct is None or not 1 < c.amount <= PAST_DAYS_MAX:
            return None
        if self._days_of_something(c.end):
            return None  # "the last two days of October", "les deux derniers jours du sommet"
        reference, whence, anchor = self.dct, "publication date", "dct"
        told = self.latest.get("day")
        if told is not None and told.start >= self.tenses.sentence(c.start, c.end)[0]:
            # "On 10 November, guards said 500 had crossed in the past three days"
            reference, whence, anchor = told.first, f"date '{told.text}'", "narrative"
        first, last = reference - timedelta(days=c.amount), reference - timedelta(days=1)
        reason = f"'{self.text[c.start : c.end]}': the days before the {whence}"
        return ResolvedPeriod("day", first, last, f"{first}/{last}", anchor, reason, "past")

    def _days_of_something(self, end: int) -> bool:
        """Whether "of" or a month follows the days ("the last two days of October",
        "ostatnie dwa dni października"): days of that, not the days before the report."""
        if self.grammar.of_after.match(self.lowered, end):
            return True
        following = self.lowered[end:].lstrip()
        return self.grammar.month_token.match(following) is not None

    def bare_part(self, c: Candidate) -> ResolvedPeriod | None:
        # A part of day with no day ("in the early morning") is only a date in a narrated
        # clause; "temperatures at night fall below zero" (present, habitual) is not.
        tense = self._tense(c)
        if tense.mode not in ("past", "future", "reported"):
            return None
        reference, whence, anchor = self._narrative(c, nearby=True)
        return day_period(
            reference, anchor, f"part of day with no day written: the day of the {whence}"
        )

    def clock(self, c: Candidate) -> ResolvedPeriod | None:
        """A clock time with no day ("à 13h45", "at 10:30 a.m."): on the story's current day,
        the previous day in the text, else the publication date. Only in a narrated clause,
        as for a bare part of day: "shops open at 9:00" is a habit, not a time, and never
        the hour of a rule ("le couvre-feu à 18 heures, décrété lundi, est maintenu")."""
        tense = self._tense(c)
        if tense.mode not in ("past", "future", "reported"):
            return None
        if is_rule_hour(self.tenses, self.grammar, c.start, c.end):
            return None
        reference, whence, anchor = self._narrative(c)
        return day_period(reference, anchor, f"clock time with no day written: on the {whence}")

    def period(self, c: Candidate) -> ResolvedPeriod | None:
        """A season, quarter, half, holiday, decade, century or vague reference."""
        found = resolve_period(c, _date_mode(self._tense(c)), self.dct)
        if found is None:
            return None
        anchor = "absolute" if c.extras.get("year") or found.precision == "decade" else "dct"
        if found.value in REFERENCE_VALUES:
            anchor = "dct"
        return ResolvedPeriod(
            found.precision, found.first, found.last, found.value, anchor, found.reason
        )

    # ---- all ---------------------------------------------------------------------------

    def resolve(self, c: Candidate) -> TimeExpression | None:
        if "weekday_reading" in c.extras and not self._weekday_near(c):
            # "w piątek 9.05", "We wtorek (2.5)" read as a date need that day to be the
            # weekday near the publication date; else the weekday stands with its clock
            c.end, c.clock = c.extras.pop("weekday_reading")
            c.kind, c.day, c.month = "weekday", None, None
        kind = "explicit" if c.kind == "numeric" else c.kind
        value = getattr(self, kind)(c)
        if value is None:
            return None
        if value.precision != "day" and (c.time_of_day or c.clock):
            c.time_of_day = c.clock = None
        if c.extras.get("night_range") and value.precision == "day" and value.first is not None:
            # "la nuit de samedi à dimanche", "w nocy z soboty na niedzielę": one night over two
            # days, the first's value (TimeML's "TNI") and both days' span
            value = replace(value, last=value.first + timedelta(days=1))
        elif c.extras.get("night_into") and value.precision == "day" and value.first:
            eve = value.first - timedelta(days=1)  # "в ночь на понедельник": from Sunday
            value = replace(value, first=eve, last=value.first, value=eve.isoformat())
        time_of_day = c.clock or c.time_of_day
        written_value = value.value
        if written_value is not None and value.precision == "day":
            written_value += timeml_time(time_of_day)  # "2021-11-17TNI", "2021-11-16T13:45"
        direction = value.direction
        if direction is None and value.anchor != "absolute":
            direction = self._direction(value.first, value.last)
        month_day = None
        if c.kind in ("explicit", "numeric") and c.year is None:
            month_day = (c.month, c.day)
        written = self.text[c.start : c.end]
        if value.first is not None:
            previous = _Previous(c.start, value.first, value.precision, written, value.anchor)
            self.latest[previous.precision] = previous
            if previous.anchor == "absolute":
                self.latest_absolute = previous
            if c.kind == "weekday" and direction == "past":
                self.past_weekdays[c.weekday] = previous
        return TimeExpression(
            start=c.start,
            end=c.end,
            text=written,
            value=written_value,
            type="TIME" if time_of_day else "DATE",
            precision=value.precision,
            date=value.first,
            date_end=value.last,
            time_of_day=time_of_day,
            anchor=value.anchor,
            reason=value.reason,
            weekday=c.weekday,
            month_day=month_day,
            direction=direction,
        )


def _lowered(text: str) -> str:
    """Lower-case copy with the same length, so offsets carry over unchanged."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def blank_expressions(text: str, offset: int, expressions: Iterable[TimeExpression]) -> str:
    """`text`, which starts at `offset` of the tagged text, with these expressions blanked
    out and its offsets kept: what is left counts nothing that is only a date ("7 августа",
    "1 March")."""
    for e in expressions:
        start, end = max(e.start - offset, 0), min(e.end - offset, len(text))
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def clause_tenses(text: str, lang: str) -> ClauseTense:
    """The tense look-ups of one text (temporal_tense.ClauseTense): what governs an
    expression, and whether it looks ahead of the writer's day."""
    return ClauseTense(text, _lowered(text), grammar(lang))


def tag(
    text: str, dct: date | None, lang: str = "auto", *, references: bool = True
) -> list[TimeExpression]:
    """All date expressions in text, sorted by start, non-overlapping.

    With `references` (the default, TimeML), "now", "recently", "in the future" come out as
    PRESENT_REF / PAST_REF / FUTURE_REF with no date; the event rules ask for references=False.

    dct is the publication date (a datetime is reduced to its date); without it, relative
    expressions keep value None but still carry their weekday / month_day. lang "auto"
    uses crisis_timeline.language.detect_language; a language without a folder in
    crisis_timeline/lang is read in part (numeric and ISO dates), never refused.
    """
    if lang == "auto":
        from .language import detect_language

        lang = detect_language(text)
    # Any other code is read with its partial calendar (numeric and ISO dates only): one
    # article in German never stops a batch (crisis_timeline.lang.tables).
    if isinstance(dct, dt.datetime):
        dct = dct.date()
    lowered = _lowered(text)
    periods = detect_periods(text, lowered, lang)
    if not references:
        periods = [c for c in periods if c.extras["what"] != "reference"]
    candidates = told_years(
        Detector(text, lowered, grammar(lang)).run(periods), lowered, grammar(lang)
    )
    range_start_years(candidates, lowered, grammar(lang).range_link)
    candidates = without_gallery_counters(candidates, text)
    resolver = _Resolver(text, lowered, lang, dct)
    expressions = []
    for candidate in candidates:
        try:
            expression = resolver.resolve(candidate)
        except (ValueError, OverflowError):  # a date outside the calendar (dct near year 9999)
            logger.debug("no date for %r", text[candidate.start : candidate.end], exc_info=True)
            continue
        if expression is None:
            continue
        if expressions and _MONTH_OF_YEAR.fullmatch(text, expressions[-1].end, expression.start):
            joined = _month_of_year(expressions[-1], expression, text)
            if joined is not None:
                expressions[-1] = joined
                continue
        expressions.append(expression)
    return with_background_years(text, lowered, expressions, lang)  # "August elections": 2020


# "août de l'an dernier", "August of last year", "in March this year": one month, its year
# given by the relative year after it (two expressions were a month of this year and a year).
_MONTH_OF_YEAR = re.compile(r"[ \t\u00a0]+(?:(?:de|of)[ \t\u00a0]+|d['’])?")


def _month_of_year(month: TimeExpression, year: TimeExpression, text: str) -> TimeExpression | None:
    if (
        month.precision != "month"
        or year.precision != "year"
        or year.anchor == "absolute"  # "en mai 2020" is read whole by the detector already
    ):
        return None
    if year.date is None:  # no publication date: one month, of a year not known
        return replace(
            month, end=year.end, text=text[month.start : year.end], value=None, date=None,
            date_end=None, reason=f"month of the year '{year.text}' ({year.reason})",
        )  # fmt: skip
    if month.date is None:
        return None
    first, last = month_bounds(year.date.year, month.date.month)
    return replace(
        month,
        end=year.end,
        text=text[month.start : year.end],
        value=f"{first.year:04d}-{first.month:02d}",
        date=first,
        date_end=last,
        anchor=year.anchor,
        reason=f"month of the year '{year.text}' ({year.reason})",
        direction=year.direction,
    )


_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def parse_dct(value: object) -> date | None:
    """A publication date from JSON: None/"" -> None, "2021-11-15" or an ISO datetime -> date."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if isinstance(value, dt.datetime) else value
    match = _ISO_DATE.match(str(value))
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            pass
    raise CrisisTimelineError(f"Publication date '{value}' is not an ISO date (YYYY-MM-DD).")


def tag_batch(records: Iterable[dict]) -> Iterator[dict]:
    """For `tag --batch`: records {"id","text","dct","lang"} -> {"id", **expression.to_json()}.

    One process tags any number of documents; "dct" and "lang" may be missing (no date,
    auto-detected language).
    """
    for record in records:
        identifier = record.get("id")
        try:
            dct = parse_dct(record.get("dct"))
        except CrisisTimelineError as error:
            raise CrisisTimelineError(f"Record {identifier!r}: {error}") from None
        lang = record.get("lang") or "auto"
        if lang != "auto" and not is_supported(lang):
            # A script naming a language asks for its tables (as `tag --lang` does): say which
            # exist rather than silently reading only numeric dates.
            supported = ", ".join(languages())
            raise CrisisTimelineError(
                f"Record {identifier!r}: No date tables for language {lang!r}. "
                f"Supported: {supported}, or auto."
            )
        for expression in tag(record.get("text") or "", dct, lang):
            yield {"id": identifier, **expression.to_json()}
