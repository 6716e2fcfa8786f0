"""Calendar periods and vague references for the tagger: seasons, quarters and halves of a
year, holidays, decades, centuries and PRESENT_REF / PAST_REF / FUTURE_REF.

Reads: the lower-cased text and its original (for capitals). Gives: `Candidate`s of kind
"period" (detection) and, once the clause's tense is known, their TimeML value and span
(`resolve_period`). `temporal.tag` calls both; the other date families live in
`temporal_detect`.

Values follow TimeML: `2021-SU` (a season; winter YYYY runs from December YYYY to February
YYYY+1), `2021-Q4`, `2021-H2`, a holiday's day (`2021-12-25`), `199X` (a decade), `19` (the
20th century), and `PRESENT_REF` ("now", "currently", "actuellement"), `PAST_REF`
("recently", "récemment"), `FUTURE_REF` ("in the future", "à l'avenir"). A reference has no
day: its `date` stays None, so the event rules never date an event by it.

Deliberately not read: a season, quarter or holiday used as a noun modifier ("winter
clothes", "Christmas market", "the second half" of a match), "fall" without a determiner
(the verb), "the Arab Spring", Christmas Island.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .temporal_calendar import month_bounds
from .temporal_detect import Candidate

__all__ = [
    "detect_periods",
    "resolve_period",
    "bounds_a_period",
    "PeriodValue",
    "REFERENCE_VALUES",
]

REFERENCE_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})

# Season code -> first month (meteorological seasons, as TimeML's SP/SU/FA/WI are read).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_QUARTER_OF = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_FR_ORDINAL = {
    "premier": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "2e": 2,
    "troisième": 3,
    "3e": 3,
    "quatrième": 4,
    "4e": 4,
    "dernier": 4,
}
_ROMAN = {"xix": 19, "xx": 20, "xxi": 21, "xviii": 18}

# Words after a season or holiday that make it a modifier of a noun, not a date.
_NOUNS_AFTER = frozenset(
    """tree trees market markets card cards carol carols song songs lights decorations
    shopping jumper jumpers movie movies film films special spirit message clothes clothing
    sports sport games olympics coat coats tyres tires collection collections season break
    holiday holidays sale sales campaign campaigns offensive wheat crop crops camp camps
    school term semester bonus fashion menu storm storms weather temperatures conditions
    gear fuel stock stocks wave waves""".split()
)


@dataclass(frozen=True)
class _Table:
    references: tuple[tuple[str, str], ...]  # (regex, value)
    season_words: dict[str, str]
    season: re.Pattern[str]
    quarter: re.Pattern[str] | None
    half: re.Pattern[str] | None
    holidays: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, holiday key)
    decade: re.Pattern[str]
    century: re.Pattern[str]
    relation_words: dict[str, str]  # "last" -> "before"
    # "the third quarter" alone is a match's, not a year's, unless the text is about money
    bare_quarter_needs_finance: bool = False


_EN_YEAR_AFTER = r"(?:[ \u00a0](?:of[ \u00a0])?(?P<y>1[89]\d\d|20\d\d)\b)?"
_EN = _Table(
    references=(
        (r"\b(?:now|currently|nowadays|at present|presently)\b", "PRESENT_REF"),
        (r"\b(?:recently|lately|the past)\b", "PAST_REF"),
        (r"\bthe future\b", "FUTURE_REF"),
    ),
    season_words={"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"},
    season=re.compile(
        r"\b(?:(?P<rel>this|last|next|past|coming|the|that|early|late)[ \u00a0](?:(?:early|late|"
        r"mid)[ \u00a0-])?)?(?P<s>spring|summer|autumn|fall|winter)\b" + _EN_YEAR_AFTER
    ),
    quarter=re.compile(
        r"\b(?:the[ \u00a0])?(?P<o>first|second|third|fourth|final)[ \u00a0-]quarter"
        r"(?:[ \u00a0]of[ \u00a0](?:(?P<yr>this|last|next|the)[ \u00a0]year|(?P<y>20\d\d|19\d\d))"
        r"|[ \u00a0](?P<y2>20\d\d))|\bq(?P<q>[1-4])[ \u00a0](?P<y3>20\d\d)\b"
    ),
    half=re.compile(
        r"\b(?:the[ \u00a0])?(?P<o>first|second)[ \u00a0]half[ \u00a0]of[ \u00a0]"
        r"(?:(?P<yr>this|last|next|the)[ \u00a0]year|(?P<y>20\d\d|19\d\d))"
        r"|\bh(?P<q>[12])[ \u00a0](?P<y3>20\d\d)\b"
    ),
    holidays=(
        (re.compile(r"\borthodox[ \u00a0]christmas(?:[ \u00a0]day)?\b"), "orthodox"),
        (re.compile(r"\bchristmas[ \u00a0]eve\b"), "christmas_eve"),
        (re.compile(r"\b(?:christmas[ \u00a0]day|christmas|xmas)\b"), "christmas"),
        (re.compile(r"\bnew[ \u00a0]year'?s[ \u00a0]eve\b"), "new_year_eve"),
        (re.compile(r"\bnew[ \u00a0]year(?:'?s(?:[ \u00a0]day)?)?\b"), "new_year"),
        (re.compile(r"\beaster(?:[ \u00a0](?:sunday|day))?\b"), "easter"),
        (re.compile(r"\bthanksgiving(?:[ \u00a0]day)?\b"), "thanksgiving"),
    ),
    decade=re.compile(r"\b(?:the[ \u00a0])?(?:(?P<c>1[0-9]|20)(?P<d>\d)0s|'(?P<s>\d)0s)\b"),
    century=re.compile(
        r"\b(?:the[ \u00a0])?(?P<n>1[5-9]|2[01])(?:st|nd|rd|th)[ \u00a0-]century\b"
    ),
    relation_words={"this": "this", "last": "before", "past": "before", "next": "after",
                    "coming": "after"},
    bare_quarter_needs_finance=True,
)  # fmt: skip

_FR_YEAR_AFTER = r"(?:[ \u00a0](?:de[ \u00a0])?(?P<y>1[89]\d\d|20\d\d)\b)?"
_FR = _Table(
    references=(
        (r"\b(?:actuellement|désormais|maintenant|à présent|en ce moment|aujourd'hui même)\b",
         "PRESENT_REF"),
        (r"\b(?:récemment|dernièrement|par le passé|autrefois)\b", "PAST_REF"),
        (r"(?<=\bà )l['’]avenir\b", "FUTURE_REF"),
    ),
    season_words={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    season=re.compile(
        r"(?:\b(?P<rel>cet|cette|ce|le|au|en|l['’]|à[ \u00a0]l['’]|de[ \u00a0]l['’]|dès[ \u00a0]l['’])"
        r"[ \u00a0]?)(?P<s>printemps|été|automne|hiver)\b"
        r"(?:[ \u00a0](?P<rel2>dernier|prochain))?" + _FR_YEAR_AFTER
    ),
    quarter=re.compile(
        r"\b(?:le[ \u00a0])?(?P<o>premier|1er|deuxième|second|2e|troisième|3e|"
        r"quatrième|4e|dernier)[ \u00a0]trimestre(?:[ \u00a0](?:de[ \u00a0]l['’]année[ \u00a0]"
        r"(?P<yr>dernière|prochaine)|(?:de[ \u00a0])?(?P<y>20\d\d|19\d\d)))?"
    ),
    half=re.compile(
        r"\b(?:le[ \u00a0])?(?P<o>premier|1er|deuxième|second|2e)[ \u00a0]semestre"
        r"(?:[ \u00a0](?:de[ \u00a0]l['’]année[ \u00a0](?P<yr>dernière|prochaine)|"
        r"(?:de[ \u00a0])?(?P<y>20\d\d|19\d\d)))?"
    ),
    holidays=(
        (re.compile(r"\bnoël[ \u00a0]orthodoxe\b"), "orthodox"),
        (re.compile(r"\b(?:le[ \u00a0])?réveillon[ \u00a0]de[ \u00a0]noël\b"), "christmas_eve"),
        (re.compile(r"\b(?:le[ \u00a0]jour[ \u00a0]de[ \u00a0])?noël\b"), "christmas"),
        (re.compile(r"\b(?:le[ \u00a0])?(?:réveillon[ \u00a0]du[ \u00a0]nouvel[ \u00a0]an|"
                    r"(?:la[ \u00a0])?saint-sylvestre)\b"), "new_year_eve"),
        (re.compile(r"\b(?:le[ \u00a0])?(?:nouvel[ \u00a0]an|jour[ \u00a0]de[ \u00a0]l['’]an)\b"),
         "new_year"),
        (re.compile(r"\bpâques\b"), "easter"),
    ),
    decade=re.compile(r"\b(?:les[ \u00a0])?années[ \u00a0](?:(?P<c>1[0-9]|20)(?P<d>\d)0|(?P<s>\d)0)\b"),
    century=re.compile(
        r"\b(?:le[ \u00a0])?(?:(?P<n>1[5-9]|2[01])e|(?P<r>xviii|xix|xxi|xx)e)"
        r"[ \u00a0]siècle\b"
    ),
    relation_words={"cet": "this", "cette": "this", "ce": "this", "dernier": "before",
                    "prochain": "after"},
)  # fmt: skip

_TABLES = {"en": _EN, "fr": _FR}
_REFERENCE_PATTERNS = {
    lang: [(re.compile(p), v) for p, v in table.references] for lang, table in _TABLES.items()
}
_PAST_DURATION = re.compile(
    r"[ \u00a0]+(?:few|several|couple|\d|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|day|week|month|year|decade|hour|century)"
)
_FR_MODIFIED = re.compile(
    r"\b(?:marché|marchés|sapin|sapins|arbre|cadeau|cadeaux|chant|chants|conte|carte|cartes|"
    r"décorations?|illuminations?|menu|film|esprit|père|vacances|œufs?|chasse)[ \u00a0]+de[ \u00a0]+\Z"
)
_OF_AFTER = re.compile(r"[ \u00a0]+(?:of|de|du|des|d['’])\b")
# A coarse period right after these opens, closes or nears a span of time ("depuis
# l'automne", "since the 1990s", "until the spring", "à l'approche de l'hiver"): it bounds a
# state, it is no happening of its own.
_BOUNDING = re.compile(
    r"\b(?:since|until|till|depuis|jusqu['’](?:à|au|en)|dès|approach[ \u00a0]+of|ahead[ \u00a0]+of"
    r"|approche[ \u00a0]+de|arrivée[ \u00a0]+de)[ \u00a0]+(?:(?:the|le|la|l['’])[ \u00a0]*)?\Z"
)
_COARSE = frozenset({"season", "quarter", "decade"})
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)")
_FINANCE = re.compile(
    r"profit|sales|growth|gdp|revenue|earnings|economy|output|results|quarterly|percent|%"
)


def _starts_word(lowered: str, position: int) -> bool:
    return position == 0 or not (lowered[position - 1].isalnum() or lowered[position - 1] in "-_")


def _modifier_follows(text: str, lowered: str, end: int) -> bool:
    """A lower-case noun after it ("winter clothes"), or a capitalised name ("Christmas
    Island"): a modifier, not a date."""
    m = _NEXT_WORD.match(lowered, end)
    if m is None:
        return False
    word = m.group(1)
    if text[m.start(1)].isupper():
        return True  # "Christmas Island", "Noël Mamère"
    return word in _NOUNS_AFTER


def _period(start: int, end: int, what: str, **extras: object) -> Candidate:
    return Candidate(start, end, "period", extras={"what": what, **extras})


def _year_of(m: re.Match[str]) -> int | None:
    for name in ("y", "y2", "y3"):
        if name in m.re.groupindex and m.group(name):
            return int(m.group(name))
    return None


def _references(text: str, lowered: str, lang: str) -> list[Candidate]:
    found = []
    for pattern, value in _REFERENCE_PATTERNS[lang]:
        for m in pattern.finditer(lowered):
            if m.group() == "the past" and (
                not lowered.endswith("in ", 0, m.start()) or _PAST_DURATION.match(lowered, m.end())
            ):
                continue  # "the past week", "in the past few weeks": durations
            if m.group() == "the future" and not lowered.endswith("in ", 0, m.start()):
                continue
            if m.group() == "now" and lowered.startswith(" on", m.end()):
                continue  # "from now on" still is; "now on sale" is not worth the risk
            found.append(_period(m.start(), m.end(), "reference", value=value))
    return found


def _seasons(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for m in table.season.finditer(lowered):
        if not _starts_word(lowered, m.start()):
            continue
        relation = (m.group("rel") or "").strip()
        relation2 = m.groupdict().get("rel2")
        year = _year_of(m)
        word = m.group("s")
        if word == "fall" and not (relation or year):
            continue  # the verb
        if text[m.start("s")].isupper() and lowered.endswith("arab ", 0, m.start("s")):
            continue  # the Arab Spring
        if not relation and not year:
            continue  # "winter clothes", "spring" alone: too often not a date
        if year is None and (
            _modifier_follows(text, lowered, m.end()) or _OF_AFTER.match(lowered, m.end())
        ):
            continue  # "winter clothes", "the fall of communism", "l'été de la colère"
        start = _season_start(m, relation)
        found.append(
            _period(
                start,
                m.end(),
                "season",
                code=table.season_words[word],
                relation=table.relation_words.get(relation2 or relation),
                year=year,
            )
        )
    return found


# French prepositions before a season (left out of the span, TimeML); the article "l'" stays in.
_FR_PREPOSITIONS = {"au": 0, "en": 0, "à l'": 2, "à l’": 2, "de l'": 3,
                    "de l’": 3, "dès l'": 4, "dès l’": 4}  # fmt: skip


def _season_start(m: re.Match[str], relation: str) -> int:
    """Span start: a determiner is kept ("this summer", "cet été", "l'été"), a preposition
    is not ("au printemps", "en hiver", "à l'automne" -> "l'automne")."""
    if relation in _FR_PREPOSITIONS:
        return (
            m.start("rel") + _FR_PREPOSITIONS[relation]
            if _FR_PREPOSITIONS[relation]
            else (m.start("s"))
        )
    return m.start()


def _ordinal(word: str) -> int:
    return _QUARTER_OF.get(word) or _FR_ORDINAL[word]


def _parts(text: str, lowered: str, lang: str, table: _Table) -> list[Candidate]:
    found = []
    for what, pattern in (("quarter", table.quarter), ("half", table.half)):
        if pattern is None:
            continue
        for m in pattern.finditer(lowered):
            if not _starts_word(lowered, m.start()):
                continue
            q = m.groupdict().get("q")
            number = int(q) if q else _ordinal(m.group("o"))
            if what == "half" and number > 2:
                continue
            relative_year = m.groupdict().get("yr")
            if table.bare_quarter_needs_finance and what == "quarter" and not (q or _year_of(m)):
                sentence = lowered[max(0, m.start() - 200) : m.end() + 200]
                if relative_year is None or not _FINANCE.search(sentence):
                    continue  # "the third quarter" of a match
            found.append(
                _period(
                    m.start(),
                    m.end(),
                    what,
                    number=number,
                    year=_year_of(m),
                    year_relation=relative_year,
                )  # fmt: skip
            )
    return found


def _holidays(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for pattern, holiday in table.holidays:
        for m in pattern.finditer(lowered):
            if not _starts_word(lowered, m.start()) or _modifier_follows(text, lowered, m.end()):
                continue
            if _FR_MODIFIED.search(lowered, max(0, m.start() - 24), m.start()):
                continue  # "le marché de Noël", "le sapin de Noël"
            if holiday in ("new_year", "easter") and not text[m.start()].isupper():
                continue  # "a new year of talks"
            start = m.start()
            relation = None
            before = re.search(
                r"\b(last|next|this|the)[ \u00a0]\Z", lowered[max(0, start - 6) : start]
            )
            if before and before.group(1) != "the":
                relation = _EN.relation_words[before.group(1)]
                start -= len(before.group())
            found.append(_period(start, m.end(), "holiday", holiday=holiday, relation=relation,
                                 year=_after_year(lowered, m.end())))  # fmt: skip
    return found


def _after_year(lowered: str, end: int) -> int | None:
    m = re.match(r"[ \u00a0](1[89]\d\d|20\d\d)\b", lowered[end : end + 6])
    return int(m.group(1)) if m else None


def _ages(text: str, lowered: str, table: _Table) -> list[Candidate]:
    found = []
    for m in table.decade.finditer(lowered):
        if not _starts_word(lowered, m.start()) and lowered[m.start()] != "'":
            continue
        if m.group("c"):
            prefix = f"{m.group('c')}{m.group('d')}"
        else:
            prefix = f"19{m.group('s')}"  # "the '90s", "les années 90"
        found.append(_period(m.start(), m.end(), "decade", prefix=prefix))
    for m in table.century.finditer(lowered):
        number = int(m.group("n")) if m.group("n") else _ROMAN[m.group("r")]
        found.append(_period(m.start(), m.end(), "century", number=number))
    return found


# Words one of which a text must hold for a family to be looked for: a substring test is
# much cheaper than running the family's patterns over every text (most have none).
_TRIGGERS = {
    "en": {
        "references": ("now", "current", "present", "recent", "lately", "past", "future"),
        "seasons": ("spring", "summer", "autumn", "fall", "winter"),
        "parts": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
        "holidays": ("christmas", "xmas", "new year", "easter", "thanksgiving"),
        "ages": ("0s", "centur"),
    },
    "fr": {
        "references": ("actuel", "désormais", "maintenant", "présent", "en ce moment", "même",
                       "récem", "dernièrement", "passé", "autrefois", "avenir"),
        "seasons": ("printemps", "été", "automne", "hiver"),
        "parts": ("trimestre", "semestre"),
        "holidays": ("noël", "nouvel an", "jour de l", "sylvestre", "pâques"),
        "ages": ("années", "siècle"),
    },
}  # fmt: skip


def _triggered(lowered: str, lang: str, family: str) -> bool:
    return any(word in lowered for word in _TRIGGERS[lang][family])


def detect_periods(text: str, lowered: str, lang: str) -> list[Candidate]:
    """Candidates for the periods and references of one text (languages with a table)."""
    table = _TABLES.get(lang)
    if table is None:
        return []
    found: list[Candidate] = []
    if _triggered(lowered, lang, "references"):
        found += _references(text, lowered, lang)
    if _triggered(lowered, lang, "seasons"):
        found += _seasons(text, lowered, table)
    if _triggered(lowered, lang, "parts"):
        found += _parts(text, lowered, lang, table)
    if _triggered(lowered, lang, "holidays"):
        found += _holidays(text, lowered, table)
    if _triggered(lowered, lang, "ages"):
        found += _ages(text, lowered, table)
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


def _holiday_day(holiday: str, year: int) -> date:
    if holiday == "easter":
        return _easter(year)
    if holiday == "thanksgiving":
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    month, day = {
        "christmas": (12, 25),
        "christmas_eve": (12, 24),
        "orthodox": (1, 7),
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
    relation = extras.get("year_relation")
    if relation in ("last", "dernière"):
        return dct.year - 1
    if relation in ("next", "prochaine"):
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


def bounds_a_period(text: str, start: int, precision: str) -> bool:
    """True for a season, quarter or decade right after "since", "until", "depuis"...: the
    event rules take it for the bound of a state, not for a date of its own."""
    if precision not in _COARSE:
        return False
    return _BOUNDING.search(text[max(0, start - 32) : start].lower()) is not None
