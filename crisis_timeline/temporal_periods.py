"""Calendar periods and vague references for the tagger: seasons, quarters and halves of a
year, holidays, decades, centuries, PRESENT_REF / PAST_REF / FUTURE_REF, and years written
in words ("in two thousand and twenty-one", "en deux mille vingt et un").

Reads: the lower-cased text and its original (for capitals), and the language's periods
table, `crisis_timeline.lang.tables(lang).periods` (crisis_timeline/lang/<code>/periods.py;
lang/en/periods.py says what each key means). Gives: `Candidate`s of kind "period"
(detection; a year in words is of kind "year", read as one in digits) and, once the
clause's tense is known, their TimeML value and span (`resolve_period`). `temporal.tag`
calls both; the other date families live in `temporal_detect`. No word of any language is
written here: what is left (season months, holiday days, Roman numerals, digits) is the same
in every language.

Values follow TimeML: `2021-SU` (a season; winter YYYY runs from December YYYY to February
YYYY+1), `2021-Q4`, `2021-H2`, a holiday's day (`2021-12-25`), `199X` (a decade), `19` (the
20th century), and `PRESENT_REF` ("now", "actuellement", "obecnie", "сейчас", "dabar"),
`PAST_REF` ("recently", "niedawno"), `FUTURE_REF` ("in the future", "ateityje"). A reference
has no day: its `date` stays None, so the event rules never date an event by it.

Deliberately not read: a season, quarter or holiday used as a noun modifier ("winter
clothes", "Christmas market", "Kalėdų eglutė", "the second half" of a match), "fall" without
a determiner (the verb), "the Arab Spring", Christmas Island. A language without a folder
has an empty periods table: nothing is read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from .lang import languages, tables
from .regex_needles import may_match
from .temporal_calendar import month_bounds
from .temporal_candidates import Candidate
from .temporal_grammar import alternation

__all__ = [
    "detect_periods",
    "resolve_period",
    "bounds_a_period",
    "after_bounding_word",
    "PeriodValue",
    "REFERENCE_VALUES",
]

REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# Season code -> first month (meteorological seasons, as TimeML's SP/SU/FA/WI are read).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
# Roman numerals of centuries: one notation for every language that writes them ("XXe
# siècle", "XX wiek", "XX век", "XX a."), hence kept here.
_ROMAN = {"xix": 19, "xx": 20, "xxi": 21, "xviii": 18}
_COARSE = frozenset({"season", "quarter", "decade", "year"})
# How far before a period its bounding word ("since", "depuis") and a superlative framing it
# ("the largest daily number this year") are looked for, in characters.
BOUNDING_REACH = 32
RECORD_REACH = 64
# The next word after a match: letters of any script, so language-free.
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
# A year in digits right after a holiday ("Christmas 2020", "Рождество 2021"): digits only.
_YEAR_AFTER = re.compile(r"[ \u00a0](1[89]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class _Table:
    """One language's periods table (crisis_timeline/lang/<code>/periods.py), compiled."""

    references: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, value)
    triggers: Mapping[str, tuple[str, ...]]
    season_words: Mapping[str, str]
    season: re.Pattern[str]
    season_alone: frozenset[str]
    season_name_before: tuple[str, ...]
    prepositions: Mapping[str, int]
    relations: Mapping[str, str]  # "last" -> "before"
    quarter: re.Pattern[str]
    half: re.Pattern[str]
    ordinals: Mapping[str, int]
    year_relations: Mapping[str, str]
    bare_quarter_needs_finance: bool
    finance: re.Pattern[str]
    holidays: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, holiday key)
    holiday_before: re.Pattern[str]
    capitalised_holidays: frozenset[str]
    modified_before: re.Pattern[str]
    nouns_after: frozenset[str]
    name_after_capital: bool
    of_after: re.Pattern[str]
    decade: re.Pattern[str]
    decade_words: Mapping[str, str]
    century: re.Pattern[str]
    bounding: re.Pattern[str]
    record_before: re.Pattern[str]
    spelled_year: re.Pattern[str]  # "two thousand and twenty-one": `t` thousands, `n` the rest
    spelled_year_before: re.Pattern[str]
    year_words: Mapping[str, int]


@cache
def _table(lang: str) -> _Table:
    """The periods table of `lang`, its patterns compiled (an empty one for a language
    without a folder: nothing matches)."""
    p = tables(lang).periods
    return _Table(
        references=tuple((re.compile(pattern), value) for pattern, value in p["REFERENCES"]),
        triggers=p["TRIGGERS"],
        season_words=p["SEASON_WORDS"],
        season=re.compile(p["SEASON"]),
        season_alone=p["SEASON_ALONE"],
        season_name_before=tuple(p["SEASON_NAME_BEFORE"]),
        prepositions=p["PREPOSITIONS"],
        relations=p["RELATIONS"],
        quarter=re.compile(p["QUARTER"]),
        half=re.compile(p["HALF"]),
        ordinals=p["ORDINALS"],
        year_relations=p["YEAR_RELATIONS"],
        bare_quarter_needs_finance=p["BARE_QUARTER_NEEDS_FINANCE"],
        finance=re.compile(p["FINANCE"]),
        holidays=tuple((re.compile(pattern), key) for pattern, key in p["HOLIDAYS"]),
        holiday_before=re.compile(p["HOLIDAY_BEFORE"]),
        capitalised_holidays=p["CAPITALISED_HOLIDAYS"],
        modified_before=re.compile(p["MODIFIED_BEFORE"]),
        nouns_after=p["NOUNS_AFTER"],
        name_after_capital=p["NAME_AFTER_CAPITAL"],
        of_after=re.compile(p["OF_AFTER"]),
        decade=re.compile(p["DECADE"]),
        decade_words=p["DECADE_WORDS"],
        century=re.compile(p["CENTURY"]),
        bounding=re.compile(p["BOUNDING"]),
        record_before=re.compile(p["RECORD_BEFORE"]),
        spelled_year=_spelled_year_pattern(p["YEAR_WORDS"], p["YEAR_LINKS"]),
        spelled_year_before=re.compile(p["SPELLED_YEAR_BEFORE"]),
        year_words={_words(k): v for k, v in p["YEAR_WORDS"].items()},
    )


def _spelled_year_pattern(words: Mapping[str, int], links: tuple[str, ...]) -> re.Pattern[str]:
    """A thousands phrase then one to three number words, joined by spaces, hyphens or a
    link word ("two thousand and twenty-one", "deux mille vingt et un")."""
    thousands = [w for w, value in words.items() if value >= 1000]
    numbers = [w for w, value in words.items() if value < 1000]
    if not thousands or not numbers:
        return re.compile("(?!)")
    link = f"(?:[ \u00a0]+(?:{alternation(links)}))?" if links else ""
    number = alternation(numbers)
    joined = f"(?:{link}[ \u00a0-]+{number}){{0,2}}"
    return re.compile(
        f"(?P<t>{alternation(thousands)}){link}[ \u00a0]+(?P<n>{number}{joined})(?![\\w-])"
    )


def _starts_word(lowered: str, position: int) -> bool:
    return position == 0 or not (lowered[position - 1].isalnum() or lowered[position - 1] in "-_")


def _modifier_follows(text: str, lowered: str, end: int, table: _Table) -> bool:
    """A lower-case noun after it ("winter clothes"), or a capitalised name ("Christmas
    Island"): a modifier, not a date."""
    m = _NEXT_WORD.match(lowered, end)
    if m is None:
        return False
    word = m.group(1)
    if table.name_after_capital and text[m.start(1)].isupper():
        return True  # "Christmas Island", "Noël Mamère"
    return word in table.nouns_after


def _period(start: int, end: int, what: str, **extras: object) -> Candidate:
    return Candidate(start, end, "period", extras={"what": what, **extras})


def _year_of(m: re.Match[str]) -> int | None:
    for name in ("y", "y2", "y3"):
        if name in m.re.groupindex and m.group(name):
            return int(m.group(name))
    return None


def _words(phrase: str | None) -> str:
    """A phrase with its spaces made plain ("ubiegłego\u00a0roku" -> "ubiegłego roku")."""
    return " ".join((phrase or "").split())


def _references(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for pattern, value in table.references:
        # Each pattern opens on a word boundary and tries every branch at every position:
        # its needles (words it cannot match without) rule most texts out far faster.
        if not may_match((pattern,), lowered):
            continue
        for m in pattern.finditer(lowered):
            found.append(_period(m.start(), m.end(), "reference", value=value))
    return found


def _is_season(text: str, lowered: str, m: re.Match[str], table: _Table) -> bool:
    relation = (m.group("rel") or "").strip() if "rel" in m.re.groupindex else ""
    year = _year_of(m)
    word = m.group("s")
    if text[m.start("s")].isupper() and lowered.endswith(table.season_name_before, 0, m.start("s")):
        return False  # the Arab Spring
    if word in table.season_alone:
        return True  # "latem", "зимой", "vasarą": the case form says it is a time
    if not relation and not year:
        return False  # "winter clothes", "spring" alone, "fall" (the verb): too often no date
    if year is None and (
        _modifier_follows(text, lowered, m.end(), table) or table.of_after.match(lowered, m.end())
    ):
        return False  # "winter clothes", "the fall of communism", "l'été de la colère"
    return True


def _seasons(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for m in table.season.finditer(lowered):
        if not _starts_word(lowered, m.start()) or not _is_season(text, lowered, m, table):
            continue
        relation = (m.group("rel") or "").strip() if "rel" in m.re.groupindex else ""
        relation2 = m.groupdict().get("rel2")
        found.append(
            _period(
                _season_start(m, relation, table),
                m.end(),
                "season",
                code=table.season_words[m.group("s")],
                relation=table.relations.get(_words(relation2 or relation)),
                year=_year_of(m),
            )
        )
    return found


def _season_start(m: re.Match[str], relation: str, table: _Table) -> int:
    """Span start: a determiner is kept ("this summer", "cet été", "l'été"), a preposition
    is not ("au printemps", "en hiver", "à l'automne" -> "l'automne")."""
    if relation in table.prepositions:
        kept = table.prepositions[relation]
        return m.start("rel") + kept if kept else m.start("s")
    return m.start()


def _parts(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for what, pattern in (("quarter", table.quarter), ("half", table.half)):
        for m in pattern.finditer(lowered):
            if not _starts_word(lowered, m.start()):
                continue
            q = m.groupdict().get("q")
            number = int(q) if q else table.ordinals[_words(m.group("o"))]
            if what == "half" and number > 2:
                continue
            relative_year = m.groupdict().get("yr")
            if table.bare_quarter_needs_finance and what == "quarter" and not (q or _year_of(m)):
                sentence = lowered[max(0, m.start() - 200) : m.end() + 200]
                if relative_year is None or not table.finance.search(sentence):
                    continue  # "the third quarter" of a match
            found.append(
                _period(
                    m.start(),
                    m.end(),
                    what,
                    number=number,
                    year=_year_of(m),
                    year_relation=(
                        table.year_relations.get(_words(relative_year), "this")
                        if relative_year
                        else None
                    ),
                )  # fmt: skip
            )
    return found


def _holidays(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for pattern, holiday in table.holidays:
        for m in pattern.finditer(lowered):
            if not _starts_word(lowered, m.start()) or _modifier_follows(
                text, lowered, m.end(), table
            ):
                continue
            if table.modified_before.search(lowered, max(0, m.start() - 24), m.start()):
                continue  # "le marché de Noël", "le sapin de Noël"
            if holiday in table.capitalised_holidays and not text[m.start()].isupper():
                continue  # "a new year of talks"
            start = m.start()
            before = table.holiday_before.search(lowered, max(0, start - 32), start)
            relation = table.relations.get(_words(before.group("rel"))) if before else None
            if before:
                start = before.start()
            found.append(_period(start, m.end(), "holiday", holiday=holiday, relation=relation,
                                 year=_after_year(lowered, m.end())))  # fmt: skip
    return found


def _after_year(lowered: str, end: int) -> int | None:
    m = _YEAR_AFTER.match(lowered[end : end + 6])
    return int(m.group(1)) if m else None


def _ages(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for m in table.decade.finditer(lowered):
        if not _starts_word(lowered, m.start()) and lowered[m.start()] != "'":
            continue
        groups = m.groupdict()
        if groups.get("c"):
            prefix = f"{groups['c']}{groups['d']}"
        elif groups.get("w"):
            prefix = table.decade_words[groups["w"]]
        else:
            prefix = f"19{groups['s']}"  # "the '90s", "les années 90": the 20th century's
        found.append(_period(m.start(), m.end(), "decade", prefix=prefix))
    for m in table.century.finditer(lowered):
        groups = m.groupdict()
        number = int(groups["n"]) if groups.get("n") else _ROMAN[groups["r"]]
        found.append(_period(m.start(), m.end(), "century", number=number))
    return found


def _spelled_years(lowered: str, table: _Table) -> list[Candidate]:
    """Years written in words after a preposition that takes a year: kind "year", read as
    one written in digits."""
    found = []
    for m in table.spelled_year.finditer(lowered):
        if not _starts_word(lowered, m.start()):
            continue
        if not table.spelled_year_before.search(lowered, max(0, m.start() - 24), m.start()):
            continue
        parts = re.split(r"[ \u00a0-]+", m.group("n"))
        year = table.year_words[_words(m.group("t"))]
        year += sum(table.year_words.get(part, 0) for part in parts)
        found.append(Candidate(m.start(), m.end(), "year", year=year, extras={"what": "year"}))
    return found


def _triggered(lowered: str, table: _Table, family: str) -> bool:
    return any(word in lowered for word in table.triggers.get(family, ()))


def detect_periods(text: str, lowered: str, lang: str) -> list[Candidate]:
    """Candidates for the periods and references of one text (none for a language without a
    folder: its periods table is empty)."""
    table = _table(lang)
    found: list[Candidate] = []
    if _triggered(lowered, table, "references"):
        found += _references(text, lowered, table)
    if _triggered(lowered, table, "seasons"):
        found += _seasons(text, lowered, table)
    if _triggered(lowered, table, "parts"):
        found += _parts(text, lowered, table)
    if _triggered(lowered, table, "holidays"):
        found += _holidays(text, lowered, table)
    if _triggered(lowered, table, "ages"):
        found += _ages(text, lowered, table)
    if _triggered(lowered, table, "spelled_years"):
        found += _spelled_years(lowered, table)
    return found


# ---- values ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PeriodValue:
    precision: str
    first: date | None
    last: date | None
    value: str
    reason: str


def _season_bounds(code: str, year: int) -> tuple[date, date]:
    first_month = _SEASON_START[code]
    first = date(year, first_month, 1)
    end_year, end_month = (year + 1, 2) if code == "WI" else (year, first_month + 2)
    return first, month_bounds(end_year, end_month)[1]


def _season_year(code: str, relation: str | None, mode: str, dct: date) -> int:
    """The year of a season: "last" ended before dct, "next" starts after, "this" holds or
    is of dct's year, else the tense decides (past: the latest started, future: the first
    not yet over)."""
    years = range(dct.year - 2, dct.year + 3)
    spans = {y: _season_bounds(code, y) for y in years}
    if relation == "before":
        return max(y for y in years if spans[y][1] < dct)
    if relation == "after":
        return min(y for y in years if spans[y][0] > dct)
    current = [y for y in years if spans[y][0] <= dct <= spans[y][1]]
    if relation == "this" or current:
        return (
            current[0]
            if current
            else (dct.year - 1 if code == "WI" and dct.month < 3 else dct.year)
        )
    if mode == "past":
        return max(y for y in years if spans[y][0] <= dct)
    if mode in ("future", "present"):
        return min(y for y in years if spans[y][1] >= dct)
    return min(years, key=lambda y: abs((spans[y][0] - dct).days))


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday: the Julian computus (Meeus), moved to the Gregorian calendar
    (13 days between 1900 and 2099, one more each century not a multiple of 400 after)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    shift = year // 100 - year // 400 - 2
    return date(year, month, day + 1) + timedelta(days=shift)


def _holiday_day(holiday: str, year: int) -> date:
    """The day of a holiday key (crisis_timeline/lang/en/periods.py lists them): calendar
    facts, the same in every language."""
    if holiday == "easter":
        return _easter(year)
    if holiday == "orthodox_easter":
        return _orthodox_easter(year)
    if holiday == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    month, day = {
        "christmas": (12, 25),
        "christmas_eve": (12, 24),
        "orthodox": (1, 7),
        "orthodox_eve": (1, 6),
        "new_year": (1, 1),
        "new_year_eve": (12, 31),
    }[holiday]
    return date(year, month, day)


def _holiday_value(extras: dict, mode: str, dct: date) -> date:
    holiday = extras["holiday"]
    if extras.get("year"):
        return _holiday_day(holiday, extras["year"])
    days = [_holiday_day(holiday, y) for y in range(dct.year - 1, dct.year + 2)]
    relation = extras.get("relation")
    if relation == "before" or (relation is None and mode == "past"):
        past = [d for d in days if d < dct] if relation else [d for d in days if d <= dct]
        return max(past)
    if relation == "after" or mode in ("future", "present"):
        return min(d for d in days if (d > dct if relation else d >= dct))
    return min(days, key=lambda d: abs((d - dct).days))


def _part_year(extras: dict, mode: str, dct: date, months: int) -> int:
    if extras.get("year"):
        return extras["year"]
    relation = extras.get("year_relation")  # this / before / after, or None
    if relation == "before":
        return dct.year - 1
    if relation == "after":
        return dct.year + 1
    first_month = (extras["number"] - 1) * months + 1
    if relation is None and mode == "past" and first_month > dct.month:
        return dct.year - 1
    return dct.year


def resolve_period(c: Candidate, mode: str, dct: date | None) -> PeriodValue | None:
    """The value of a "period" candidate, its tense's mode given; None when it needs a dct
    it does not have (a reference needs none)."""
    extras = c.extras
    what = extras["what"]
    if what == "reference":
        return PeriodValue("day", None, None, extras["value"], "vague reference (TimeML)")
    if what == "decade":
        first_year = int(extras["prefix"]) * 10
        first, last = date(first_year, 1, 1), date(first_year + 9, 12, 31)
        return PeriodValue("decade", first, last, f"{extras['prefix']}X", "decade")
    if what == "century":
        number = extras["number"]
        first, last = date((number - 1) * 100 + 1, 1, 1), date(number * 100, 12, 31)
        return PeriodValue("decade", first, last, f"{number - 1:02d}", "century")
    if dct is None and not extras.get("year"):
        return None
    if what == "season":
        code = extras["code"]
        year = extras["year"] or _season_year(code, extras["relation"], mode, dct)
        first, last = _season_bounds(code, year)
        return PeriodValue("season", first, last, f"{year:04d}-{code}", f"season, {mode}")
    if what in ("quarter", "half"):
        months = 3 if what == "quarter" else 6
        year = _part_year(extras, mode, dct, months)
        first_month = (extras["number"] - 1) * months + 1
        first = date(year, first_month, 1)
        last = month_bounds(year, first_month + months - 1)[1]
        letter = "Q" if what == "quarter" else "H"
        # A half is drawn as its two quarters: the schema's precisions stop at "quarter".
        value = f"{year:04d}-{letter}{extras['number']}"
        return PeriodValue("quarter", first, last, value, what)
    day = _holiday_value(extras, mode, dct)
    return PeriodValue("day", day, day, day.isoformat(), f"holiday ({extras['holiday']}), {mode}")


def after_bounding_word(text: str, start: int, lang: str) -> bool:
    """Whether `start` comes right after a bounding word ("since", "until", "od", "depuis":
    the language's BOUNDING), as a date bounding a state does ("w utrzymywanym od sierpnia
    koczowisku"); the caller says which precisions it asks this of."""
    near = text[max(0, start - BOUNDING_REACH) : start].lower()
    return _table(lang).bounding.search(near) is not None


def bounds_a_period(text: str, start: int, precision: str, lang: str | None = None) -> bool:
    """True for a season, quarter, decade or year right after "since", "until", "depuis"...:
    the event rules take it for the bound of a state or the start of a running total ("Depuis
    le début de l'année, 4 026 personnes ..."), not for a date of its own; and for one a
    superlative in its clause frames ("the largest daily number this year": the record's
    frame, the happening has its own day). Without `lang`, any language's words count."""
    if precision not in _COARSE:
        return False
    before = text[max(0, start - RECORD_REACH) : start].lower()
    codes = (lang,) if lang is not None else languages()
    return any(
        after_bounding_word(text, start, code)
        or _table(code).record_before.search(before) is not None
        for code in codes
    )
