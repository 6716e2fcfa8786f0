"""Quantities in news text: numbers with units, as written and normalised, EN and FR.

Reads: a text (a sentence or a whole article) and its language. Gives: `Quantity` records
with offsets into that text, for the event table's `quantities` column and the per-outlet
comparison ("almost two hours" vs "one hour and 45 minutes").

Normalisation (decisions):
- durations: seconds, minutes, hours -> "minute"; days, nights, weeks -> "day" (a week is
  7 days); months -> "month"; years, decades -> "year". Distances -> "kilometre".
- counts: the noun maps to a canonical English singular ("troops" -> "soldier",
  "personnes" -> "person"); a count of people followed by a death verb ("have died",
  "sont morts") or preceded by one ("killed", "claimed ... lives") is a "death" count,
  and the span then includes the verb.
- qualifiers normalise to at least | at most | about | almost | more than | less than |
  up to; `approximate` is True whenever a qualifier is present or the amount is vague.
- vague amounts: "thousands of" -> 1000, "hundreds of" -> 100, "dozens of" -> 12,
  "des dizaines de" -> 10, with qualifier "at least"; "une dizaine de" -> 10 "about".

Not quantities: a number needs a unit noun (or %, €, $), so years, dates, clock times,
"France 24" and bare figures are skipped; model names ("TU-22M3", "Su-30"), ordinals
("21st"), numbers inside words, URLs and ids, reference numbers ("No. 5", "page 3"),
ages ("12-year-old"), French clock hours ("à 20h30", "à 14 heures") and durations that
anchor a date ("seven years ago", "il y a deux jours", "in two days") are skipped too.
Small counts of people or countries written as words with no qualifier ("one man told",
"the two countries") are noise and skipped; "two migrants died" (a death count), "2
people" (digits) and "two bombers" (objects) are kept. Ranges ("2,000 to 3,000") give
their upper figure only.

The word tables are in `quantity_lexicon.py`; patterns are compiled once per language.
Languages without tables use the English ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from crisis_timeline import quantity_lexicon as lex
from crisis_timeline.lang import tables as language_tables

__all__ = ["QUALIFIER_VALUES", "Quantity", "find_quantities"]

QUALIFIER_VALUES: tuple[str, ...] = (
    "at least",
    "at most",
    "about",
    "almost",
    "more than",
    "less than",
    "up to",
)


@dataclass(frozen=True)
class Quantity:
    """An amount with its unit, e.g. "almost two hours" -> 120.0 minute, almost."""

    value: float
    unit: str
    text: str
    start: int
    end: int
    approximate: bool
    qualifier: str | None

    def to_json(self) -> dict[str, Any]:
        """The record as stored in the event table (whole numbers as int)."""
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "value": value,
            "unit": self.unit,
            "text": self.text,
            "approximate": self.approximate,
            "qualifier": self.qualifier,
        }


_SPACE = r"[ \t\u00a0\u202f]"
_WORD = re.compile(r"\w+")
_GAP_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|[A-Za-z]+-?\d[\w-]*)"


def _norm(phrase: str) -> str:
    """Lookup key of a phrase as matched: lowercase, one space, straight apostrophes."""
    key = " ".join(phrase.lower().replace("’", "'").split())
    return key[:-3] + " de" if key.endswith(" d'") else key


def _phrase(phrase: str) -> str:
    """Regular expression for a literal phrase: any spacing, either apostrophe, "de"/"d'"."""
    words = [re.escape(word).replace("'", "['’]") for word in phrase.replace("’", "'").split()]
    body = r"\s+".join(words)
    if phrase.endswith(" de"):
        elided = r"\s+".join(words[:-1]) + r"\s+d['’]"
        return f"(?:{body}|{elided})"
    return body


def _alternation(phrases: Iterable[str]) -> str:
    """Alternation of literal phrases, longest first (Python takes the first that matches)."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(_phrase(p) for p in unique) or "(?!)"


def _before(phrases: Iterable[str]) -> re.Pattern[str]:
    """Matches one of the phrases ending right before a position (search with endpos)."""
    return re.compile(rf"(?<!\w)(?i:(?P<phrase>{_alternation(phrases)}))(?:\s+|(?<=['’]))\Z")


@dataclass(frozen=True)
class _Tables:
    lang: str
    master: re.Pattern[str]
    word_token: re.Pattern[str]
    unit_after: re.Pattern[str]
    hyphen_unit: re.Pattern[str]
    half_before: re.Pattern[str]
    half_after: re.Pattern[str]
    minutes_tail: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    death_after: re.Pattern[str]
    lives_lost_after: re.Pattern[str]
    death_before: re.Pattern[str]
    lives_taken_before: re.Pattern[str]
    temporal_after: re.Pattern[str]
    temporal_before: re.Pattern[str]
    age_after: re.Pattern[str]
    age_before: re.Pattern[str]
    clock_before: re.Pattern[str]
    duration_cue: re.Pattern[str]
    year_before: re.Pattern[str]
    reference_before: re.Pattern[str]
    name_before: re.Pattern[str]
    grouped_number: re.Pattern[str]
    plain_number: re.Pattern[str]
    number_words: dict[str, tuple[float, str]]
    joiners: frozenset[str]
    scales: dict[str, float]
    vague: dict[str, tuple[float, str]]
    fixed: dict[str, tuple[float, str]]
    units: dict[str, tuple[str, float]]
    qualifiers: dict[str, str]
    count_only_qualifiers: frozenset[str]
    starters: frozenset[str]  # first words of the number phrases, lowercase


# A count of something in digits: "380 passengers", "1 200 personnes".
DIGIT_COUNT = re.compile(r"\b\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})*\s+[^\W\d_]{3,}")


def counts_something(text: str, lang: str) -> bool:
    """Whether the text counts something: in digits ("380 passengers") or with a number word
    before a noun ("One soldier was injured", "deux policiers", "dwóch funkcjonariuszy")."""
    if DIGIT_COUNT.search(text):
        return True
    found = _word_count(lang)
    if found is None:
        return False
    pattern, spans = found
    return any(
        # "up to three months", "deux jours": a span of time, not a count of anything;
        # "the one who", "at one point": a pronoun, not a number
        _norm(m.group("noun")) not in spans
        and m.group("noun").lower() not in _PRONOUN_AFTER
        and (m.group("before") or "").lower() not in _PRONOUN_BEFORE
        for m in pattern.finditer(text)
    )


# Words around "one" that make it a pronoun or a point in time, not a count ("at one point",
# "the one who", "no one else", "one day")
_PRONOUN_BEFORE = frozenset({"at", "the", "no", "any", "some", "every", "each", "which", "this"})
_PRONOUN_AFTER = frozenset(
    {"who", "whom", "that", "which", "else", "another", "other", "day", "time"}
)


# Units that measure time: a number word before them is a duration
_TIME_SENSES = frozenset({"minute", "day", "month", "year"})
MINUTES = "minute"  # the unit of seconds, minutes and hours: a talk's or a call's length


@lru_cache(maxsize=16)
def _word_count(lang: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    record = language_tables(lang)
    if record.partial:
        return None
    spans = frozenset(
        _norm(surface)
        for forms, (sense, _) in record.quantities["UNITS"].items()
        if sense in _TIME_SENSES
        for surface in forms
    )
    # Units only ("two", "deux"): a bare "hundred" or "thousand" scales a number
    articles = set(record.quantities["ARTICLES"])
    words = [
        w
        for w, (_, kind) in record.quantities["NUMBER_WORDS"].items()
        if kind == "unit" and w not in articles
    ]
    if not words:
        return None
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # The word before starts a run of letters and is taken whole (possessive): the same
    # matches as letting it start anywhere and backtrack, which tried every tail of every
    # word and was most of the time spent here.
    pattern = re.compile(
        rf"(?:(?<![^\W\d_])(?P<before>[^\W\d_]++)\s+)?"
        rf"(?<![\w-])(?:{alternation})\s+(?P<noun>[^\W\d_]{{3,}})",
        re.IGNORECASE,
    )
    return pattern, spans


@lru_cache(maxsize=16)
def _tables(lang: str) -> _Tables | None:
    """The language's compiled tables (None for a partial language: no figures are read)."""
    record = language_tables(lang)
    if record.partial:
        return None
    q = record.quantities
    number_words = {_norm(w): v for w, v in q["NUMBER_WORDS"].items()}
    joiners = q["NUMBER_JOINERS"]
    vague = {_norm(w): v for w, v in q["VAGUE_AMOUNTS"].items()}
    fixed = {_norm(w): v for w, v in q["FIXED_AMOUNTS"].items()}
    units = {_norm(surface): sense for forms, sense in q["UNITS"].items() for surface in forms}
    word = rf"(?:{_alternation(number_words)})\b"
    word_sequence = (
        rf"{word}(?:(?:{_SPACE}+|-|{_SPACE}+(?:{_alternation(joiners)}){_SPACE}+){word})*"
    )
    return _Tables(
        lang=lang,
        word_token=re.compile(rf"(?i:{_alternation(number_words)}|{_alternation(joiners)})\b"),
        **_amount_patterns(q, word_sequence, vague, fixed),
        **_unit_patterns(q, units, word_sequence),
        **_cue_patterns(q),
        number_words=number_words,
        joiners=frozenset(_norm(j) for j in joiners),
        scales={_norm(w): v for w, v in q["SCALE_WORDS"].items()},
        vague=vague,
        fixed=fixed,
        units=units,
        qualifiers={_norm(p): q for p, q in q["QUALIFIERS"].items()},
        count_only_qualifiers=frozenset(_norm(q) for q in q["COUNT_ONLY_QUALIFIERS"]),
        starters=frozenset(
            _WORD.match(phrase).group()  # type: ignore[union-attr]
            for phrase in (*number_words, *vague, *fixed)
        ),
    )


def _amount_patterns(
    q: Mapping[str, Any], word_sequence: str, vague: dict[str, Any], fixed: dict[str, Any]
) -> dict[str, re.Pattern[str]]:
    """The master pattern of an amount (vague, fixed, "1h45", digits, words) and its parts."""
    scales = {_norm(w) for w in q["SCALE_WORDS"]}
    group = re.escape(q["NUMBER_FORMATS"]["group"])
    decimal = re.escape(q["NUMBER_FORMATS"]["decimal"])
    grouped = re.compile(
        rf"(?P<int>\d{{1,3}}(?:[{group}]\d{{3}})+)(?![\d])(?:[{decimal}](?P<frac>\d+))?"
    )
    plain = re.compile(rf"(?P<int>\d+)(?:[{decimal}](?P<frac>\d+))?")
    numeric = f"{grouped.pattern}|{plain.pattern}".replace("?P<int>", "").replace("?P<frac>", "")
    hour_minute = (
        rf"(?P<hm_h>\d{{1,2}}){_SPACE}?h{_SPACE}?(?P<hm_m>[0-5]\d)(?!\d)"
        rf"(?:{_SPACE}?(?i:minutes|min|mn)\b)?"
    )
    master = re.compile(
        r"(?<![\w.,/:@#+])(?:"
        rf"(?P<vague>(?i:{_alternation(vague)}))\b"
        rf"|(?P<fixed>(?i:{_alternation(fixed)}))\b"
        rf"|{hour_minute}"
        rf"|(?P<num>{numeric})(?:{_SPACE}+(?P<scale>(?i:{_alternation(scales)}))\b)?"
        rf"|(?P<words>(?i:{word_sequence}))"
        r")"
    )
    return {"master": master, "grouped_number": grouped, "plain_number": plain}


def _unit_patterns(
    q: Mapping[str, Any], units: dict[str, tuple[str, float]], word_sequence: str
) -> dict[str, re.Pattern[str]]:
    """What follows an amount: its unit ("of", adjectives between), a half, the minutes."""
    gap_adjectives = _alternation(q["ADJECTIVES"])
    unit_after = re.compile(
        rf"(?P<sep>{_SPACE}*\n?{_SPACE}*)"
        rf"(?:(?P<of>(?i:{_alternation(q['OF_WORDS'])}))(?:{_SPACE}+|(?<=['’])))?"
        rf"(?P<gap>(?:(?:{_GAP_WORD}|(?i:{gap_adjectives})\b){_SPACE}+){{0,2}}?)"
        rf"(?P<unit>(?i:{_alternation(units)}))(?!\w)"
    )
    minute_forms = [s for s, (unit, factor) in units.items() if unit == "minute" and factor == 1]
    minutes_tail = re.compile(
        rf"(?:{_SPACE}*,)?{_SPACE}+(?:(?i:{_alternation(q['DURATION_JOINERS'])}){_SPACE}+)?"
        rf"(?P<minutes>\d{{1,2}}|(?i:{word_sequence})){_SPACE}*"
        rf"(?i:{_alternation(minute_forms)})\b"
    )
    return {
        "unit_after": unit_after,
        "hyphen_unit": re.compile(rf"-(?P<unit>(?i:{_alternation(q['HYPHEN_UNITS'])}))\b"),
        "half_before": re.compile(rf"{_SPACE}+(?i:{_alternation(q['HALF_BEFORE_UNIT'])})\b"),
        "half_after": re.compile(rf"{_SPACE}+(?i:{_alternation(q['HALF_AFTER_UNIT'])})\b"),
        "minutes_tail": minutes_tail,
    }


def _cue_patterns(q: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    """The words around an amount that qualify it or say it is no quantity."""
    death_words = _alternation(q["DEATH_WORDS_AFTER"])
    auxiliaries = _alternation(q["DEATH_AUXILIARIES"])
    return {
        "qualifier_before": _before(q["QUALIFIERS"]),
        "death_after": re.compile(
            rf"(?:{_SPACE}+(?i:{auxiliaries})\b){{0,3}}{_SPACE}+(?i:{death_words})\b"
        ),
        "lives_lost_after": re.compile(rf"{_SPACE}+(?i:{_alternation(q['LIVES_LOST_AFTER'])})\b"),
        "death_before": _before(q["DEATH_WORDS_BEFORE"]),
        "lives_taken_before": _before(q["LIVES_TAKEN_BEFORE"]),
        "temporal_after": re.compile(rf"{_SPACE}+(?i:{_alternation(q['TEMPORAL_AFTER'])})\b"),
        "temporal_before": _before(q["TEMPORAL_BEFORE"]),
        "age_after": re.compile(rf"(?i:{_alternation(q['AGE_AFTER'])})\b"),
        "age_before": _before(q["AGE_BEFORE"]),
        "clock_before": _before(q["CLOCK_BEFORE"]),
        "duration_cue": _before(q["DURATION_CUES"]),
        "year_before": _before(q["YEAR_BEFORE"]),
        "reference_before": re.compile(
            rf"(?<!\w)(?i:{_alternation(q['REFERENCE_BEFORE'])}){_SPACE}*\Z"
        ),
        "name_before": re.compile(rf"\b(?:{_alternation(lex.NAMES_WITH_NUMBERS)}){_SPACE}+\Z"),
    }


@dataclass
class _Amount:
    """A number as read, before its unit: where it is and how it was written."""

    start: int
    end: int
    value: float
    in_words: bool = False
    vague_qualifier: str | None = None
    unit_sense: tuple[str, float] | None = None  # fixed phrases and "1h45" carry their unit
    unit_word: str | None = None


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """All quantities in `text`, left to right, with offsets into it.

    >>> [q.to_json()["value"] for q in find_quantities("talks lasted around 50 minutes", "en")]
    [50]
    """
    tables = _tables(lang)
    if tables is None:
        return []
    found: list[Quantity] = []
    position = 0
    # Try the big pattern only where an amount can start (a digit or a number-ish word):
    # scanning every character with it is several times slower.
    for token in _WORD.finditer(text):
        if token.start() < position:
            continue
        word = token.group()
        if not (word[0].isdigit() or word.lower() in tables.starters):
            continue
        match = tables.master.match(text, token.start())
        if match is None:
            continue
        amount = _read_amount(match, tables)
        quantity = None if amount is None else _complete(text, amount, tables)
        if quantity is not None:
            found.append(quantity)
            position = quantity.end
        elif amount is not None and amount.end > match.start():
            position = amount.end  # a cut run of words: "two and three hours" resumes at "three"
        else:
            position = match.end()
    return found


def _read_amount(match: re.Match[str], tables: _Tables) -> _Amount | None:
    start = match.start()
    if match.group("vague"):
        value, qualifier = tables.vague[_norm(match.group("vague"))]
        return _Amount(start, match.end(), value, in_words=True, vague_qualifier=qualifier)
    if match.group("fixed"):
        value, unit_word = tables.fixed[_norm(match.group("fixed"))]
        return _Amount(
            start,
            match.end(),
            value,
            in_words=True,
            unit_sense=tables.units[_norm(unit_word)],
            unit_word=_norm(unit_word),
        )
    if match.group("hm_h"):
        minutes = int(match.group("hm_h")) * 60 + int(match.group("hm_m"))
        return _Amount(start, match.end(), minutes / 60, unit_sense=("minute", 60.0), unit_word="h")
    if match.group("num"):
        value = _parse_numeric(match.group("num"), tables)
        if match.group("scale"):
            value *= tables.scales[_norm(match.group("scale"))]
        return _Amount(start, match.end(), value)
    return _read_words(match, tables)


def _parse_numeric(digits: str, tables: _Tables) -> float:
    """ "2,000" -> 2000 in English, "15 000" -> 15000 and "1,5" -> 1.5 in French."""
    parts = tables.grouped_number.fullmatch(digits) or tables.plain_number.fullmatch(digits)
    if parts is None:  # unreachable: the master pattern only matches these two forms
        raise ValueError(f"not a number: {digits!r}")
    whole = re.sub(r"\D", "", parts.group("int"))
    return float(f"{whole}.{parts.group('frac') or 0}")


def _read_words(match: re.Match[str], tables: _Tables) -> _Amount | None:
    """Value of a run of number words, cut where the run stops being one number."""
    total = 0.0
    current = 0.0
    previous: tuple[float, str] | None = None
    pending_joiner = False
    end = match.start()
    for token in tables.word_token.finditer(match.string, match.start(), match.end()):
        key = _norm(token.group())
        if key in tables.joiners:
            if previous is None or not _joiner_allowed(previous):
                break
            pending_joiner = True
            continue
        value, role = tables.number_words[key]
        if previous is not None and not _follows(previous, (value, role), pending_joiner):
            break
        if role == "unit":
            current += value
        elif role == "hundred":
            current = (current or 1) * value
        else:
            total += (current or 1) * value
            current = 0.0
        previous = (value, role)
        pending_joiner = False
        end = token.end()
    if previous is None:
        return None
    return _Amount(match.start(), end, total + current, in_words=True)


def _joiner_allowed(previous: tuple[float, str]) -> bool:
    value, role = previous
    return role in ("hundred", "scale") or (role == "unit" and value in (20, 30, 40, 50, 60))


def _follows(previous: tuple[float, str], token: tuple[float, str], joined: bool) -> bool:
    """Whether `token` continues the number ("twenty" "five") or starts another ("two" "three")."""
    prev_value, prev_role = previous
    value, role = token
    if role != "unit":
        return True
    if prev_role != "unit":
        return True
    if joined:
        return value in (1, 11)  # "vingt et un", "soixante et onze"
    # "twenty-five", "soixante-dix", "quatre-vingt-dix-sept"
    return prev_value % 10 == 0 and prev_value > value and prev_value >= 10


def _complete(text: str, amount: _Amount, tables: _Tables) -> Quantity | None:
    """Attach unit, qualifier and cues to an amount; None when it is not a quantity."""
    if _is_excluded_number(text, amount, tables):
        return None
    measured = _measure(text, amount, tables)
    if measured is None:
        return None
    value, unit_word, (canonical, _factor), end = measured
    kind = lex.UNIT_KINDS.get(canonical, "object")
    # after _measure: a currency sign before the number has moved the amount's start
    qualifier, outer_start = _qualify(text, amount, kind, tables)
    if kind == "duration":
        if _is_not_a_duration(text, outer_start, end, amount, unit_word, qualifier, tables):
            return None
    elif kind in ("people", "life"):
        death_end = _death_end(text, end, outer_start, kind, tables)
        if death_end is not None:
            canonical, kind, end = "death", "death", death_end
    if _is_noise(amount, kind, value, qualifier):
        return None
    return Quantity(
        value=float(value),
        unit=canonical,
        text=text[outer_start:end],
        start=outer_start,
        end=end,
        approximate=qualifier is not None,
        qualifier=qualifier,
    )


def _measure(
    text: str, amount: _Amount, tables: _Tables
) -> tuple[float, str | None, tuple[str, float], int] | None:
    """The amount in its unit: (value, unit word, unit sense, end); None without a unit.

    Reads the unit after the number, the halves ("two and a half hours", "deux heures et
    demie") and the minutes after hours ("one hour and 45 minutes").
    """
    end = amount.end
    value = amount.value
    unit_word = amount.unit_word
    sense = amount.unit_sense
    if sense is None:
        half = tables.half_before.match(text, end)
        if half:
            value += 0.5
            end = half.end()
        found = _unit_after(text, end, amount, tables)
        if found is None:
            return None
        unit_word, sense, end = found
    canonical, factor = sense
    if lex.UNIT_KINDS.get(canonical, "object") == "duration" and unit_word != "h":
        half = tables.half_after.match(text, end)
        if half:
            value += 0.5
            end = half.end()
    value *= factor
    if canonical == "minute" and factor == 60.0:
        tail = tables.minutes_tail.match(text, end)
        if tail:
            minutes = _minutes_value(tail.group("minutes"), tables)
            if minutes is not None:
                value += minutes
                end = tail.end()
    return value, unit_word, sense, end


def _qualify(text: str, amount: _Amount, kind: str, tables: _Tables) -> tuple[str | None, int]:
    """The amount's qualifier ("at least") and where the quantity's text starts."""
    outer_start = amount.start
    qualifier = amount.vague_qualifier
    written = tables.qualifier_before.search(text, max(0, amount.start - 40), amount.start)
    if written:
        key = _norm(written.group("phrase"))
        # "plus de deux heures" qualifies a duration; count-only qualifiers do not
        if not (kind == "duration" and key in tables.count_only_qualifiers):
            qualifier = tables.qualifiers[key]
            outer_start = written.start()
    return qualifier, outer_start


def _is_not_a_duration(
    text: str,
    start: int,
    end: int,
    amount: _Amount,
    unit_word: str | None,
    qualifier: str | None,
    tables: _Tables,
) -> bool:
    """A duration that dates something ("two days ago"), an age, or a clock time."""
    if _is_temporal_anchor(text, start, end, tables):
        return True
    if tables.age_after.match(text, end) or _before_match(tables.age_before, text, start):
        return True
    return unit_word in ("h", "heure", "heures") and _is_clock_time(
        text, start, amount, unit_word, qualifier, tables
    )


def _is_noise(amount: _Amount, kind: str, value: float, qualifier: str | None) -> bool:
    """Small counts written as words with no qualifier ("one man told", "the two countries")."""
    return (
        kind in lex.NOISE_KINDS
        and amount.in_words
        and amount.vague_qualifier is None
        and qualifier is None
        and value < lex.NOISE_BELOW
    )


def _unit_after(
    text: str, position: int, amount: _Amount, tables: _Tables
) -> tuple[str, tuple[str, float], int] | None:
    hyphen = tables.hyphen_unit.match(text, position)
    if hyphen:
        word = _norm(hyphen.group("unit"))
        return word, tables.units[word], hyphen.end()
    found = tables.unit_after.match(text, position)
    if found is not None:
        word = _norm(found.group("unit"))
        attached = not (found.group("sep") or found.group("of") or found.group("gap"))
        if not attached or word in lex.ATTACHED_UNITS:
            return word, tables.units[word], found.end()
    # "€10", "$5 million": the currency sign before the number is the unit
    for sign, unit in lex.CURRENCY_PREFIXES.items():
        if text.startswith(sign, amount.start - len(sign)):
            if position < len(text) and (text[position].isalnum()):
                return None
            amount.start -= len(sign)
            return sign, (unit, 1.0), position
    return None


def _minutes_value(written: str, tables: _Tables) -> float | None:
    if written.isdigit():
        return float(written)
    match = tables.master.match(written)
    amount = _read_words(match, tables) if match and match.group("words") else None
    return amount.value if amount and amount.end == len(written) else None


def _before_match(pattern: re.Pattern[str], text: str, position: int) -> re.Match[str] | None:
    return pattern.search(text, max(0, position - 40), position)


def _is_excluded_number(text: str, amount: _Amount, tables: _Tables) -> bool:
    """Numbers that are parts of something else: model names, times, years, references."""
    start, end = amount.start, amount.end
    if amount.in_words:
        return False
    # "Su-30", "TU-22M3", "COVID-19": a number glued to a word by a hyphen
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True
    following = text[end : end + 2]
    if len(following) == 2 and following[0] in ".,:/" and following[1].isdigit():
        return True  # "20:32", "24/7", "1,5" read in English
    if amount.unit_word is None and following[:1].isalpha():
        # "21st", "3e", "22M3" unless a unit is attached ("50km", "1h")
        glued = re.match(r"[^\W\d_]+", text[end : end + 8])
        if glued is None or _norm(glued.group()) not in lex.ATTACHED_UNITS:
            return True
    digits = text[start:end]
    if (
        re.fullmatch(r"(19|20)\d\d", digits)
        and _before_match(tables.year_before, text, start) is not None
    ):
        return True
    window = text[max(0, start - 30) : start]
    return bool(tables.reference_before.search(window) or tables.name_before.search(window))


def _is_temporal_anchor(text: str, start: int, end: int, tables: _Tables) -> bool:
    return bool(
        tables.temporal_after.match(text, end) or _before_match(tables.temporal_before, text, start)
    )


def _is_clock_time(
    text: str,
    start: int,
    amount: _Amount,
    unit_word: str,
    qualifier: str | None,
    tables: _Tables,
) -> bool:
    """French hours: "à 20h30", "vers 14 h", "à 14 heures" are times of day."""
    hours = amount.value
    if hours >= 24:
        return False
    if _before_match(tables.clock_before, text, start):
        return True
    if unit_word != "h" or qualifier is not None:
        return False
    return hours >= 10 and _before_match(tables.duration_cue, text, start) is None


def _death_end(text: str, end: int, start: int, kind: str, tables: _Tables) -> int | None:
    """End of the death verb when the count is a death toll, else None."""
    after = tables.death_after.match(text, end)
    if after:
        return after.end()
    if kind == "life":
        lost = tables.lives_lost_after.match(text, end)
        if lost:
            return lost.end()
        if _before_match(tables.lives_taken_before, text, start):
            return end
    if _before_match(tables.death_before, text, start):
        return end
    return None
