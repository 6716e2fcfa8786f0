"""Compiled patterns for the temporal tagger, built once per language from its Lexicon.

Every pattern runs over the lower-cased text (same length and offsets as the original), so
no pattern needs re.IGNORECASE, which is several times slower on long alternations. Word
lists become trie-shaped alternations ("nov(?:ember)?" rather than "november|nov"), which
keeps a scan of a 5,000-character article well under a millisecond per pattern.

What this module does not do: decide whether a match is a date (see `temporal_detect`)
or what date it is (see `temporal`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from .temporal_lexicon import (
    NEWSPAPER_TITLES,
    WORK_TITLES,
    CalendarNames,
    Lexicon,
    Phrase,
    calendar_names,
    lexicon_for,
)

# Horizontal whitespace only: an expression never spans a line break. `\s` in Python's str
# patterns includes U+00A0 and U+202F, which the seeds contain.
SP = r"[^\S\r\n]+"
OSP = r"[^\S\r\n]*"
APOSTROPHE = "['’]"
HYPHEN = "[-‐‑]"
DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])"
YEAR_NUMBER = r"(?:1\d\d\d|20\d\d)"  # 1000-2099; bare years before 1800 get count checks


_KEY_DROP = str.maketrans("", "", " \t\u00a0\u202f\u2009-‐‑'’.")


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """Lookup key of a phrase as written: lower case, without spaces, hyphens, apostrophes, dots."""
    return text.lower().translate(_KEY_DROP)


def _token_regex(token: str) -> str:
    out = []
    for char in token:
        if char == "'":
            out.append(APOSTROPHE)
        elif char == "-":
            out.append(f"(?:{HYPHEN}|{SP})?")
        else:
            out.append(re.escape(char))
    return "".join(out)


def alternation(phrases: Iterable[str]) -> str:
    """A trie-shaped regex matching any of the phrases (longest first), without groups.

    In a phrase, a space matches any horizontal whitespace, `'` either apostrophe and `-`
    a hyphen, a space or nothing.
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for unit in re.findall(r" |'|-|[^ '-]", phrase):
            node = node.setdefault(unit, {})
        node[""] = {}
    return _emit(trie) or "(?!)"


def _emit(node: dict) -> str:
    branches = []
    terminal = False
    # Longer continuations first, so the longest phrase wins at a given position.
    for unit in sorted(node, key=lambda u: (u == "", u)):
        if unit == "":
            terminal = True
            continue
        piece = SP if unit == " " else _token_regex(unit)
        branches.append(piece + _emit(node[unit]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if terminal else body


def fragment(source: str) -> str:
    """A lexicon regex fragment with its spaces and apostrophes made text-proof."""
    return source.replace(" ?", OSP).replace(" ", SP).replace("'", APOSTROPHE)


# How far back a left-context pattern can reach, so a search scans only that many characters:
# by id(pattern), because hashing a compiled pattern hashes its whole program on every call
# (a fifth of the cost of the small searches it bounds). _LEFT_PATTERNS keeps every pattern
# alive, so no other object can take its id.
LEFT_REACH: dict[int, int] = {}
_LEFT_PATTERNS: list[re.Pattern[str]] = []


def _left(words: Iterable[str], *, group: str = "x") -> re.Pattern[str]:
    """Matches one of `words` (then whitespace) ending exactly where the searched slice ends."""
    words = list(words)
    plain = [w for w in words if not w.endswith("'")]
    elided = [w for w in words if w.endswith("'")]
    branches = []
    if plain:
        branches.append(f"(?<![\\w'’-])(?P<{group}>{alternation(plain)}){SP}\\Z")
    if elided:
        branches.append(f"(?<![\\w'’-])(?P<{group}e>{alternation(elided)}){OSP}\\Z")
    pattern = re.compile("|".join(branches) or "(?!)")
    # Room for the words, the spaces between them (possibly several) and the lookbehind.
    LEFT_REACH[id(pattern)] = max((len(w) + 2 * w.count(" ") for w in words), default=0) + 6
    _LEFT_PATTERNS.append(pattern)
    return pattern


@dataclass(frozen=True)
class Grammar:
    """Patterns and lookup tables for one language.

    Scanners run over the whole lower-cased text; each starts with a literal or a trie of
    literals, which lets the regex engine skip ahead instead of trying every position.
    Anchored patterns are then tried at a scanner's hit (`pattern.match(lowered, position)`),
    and left-context patterns are searched in the few characters before it (they end in \\Z).
    """

    lexicon: Lexicon
    names: CalendarNames
    # Scanners.
    digits: re.Pattern[str]
    month_token: re.Pattern[str]
    weekday_token: re.Pattern[str]
    phrase: re.Pattern[str]
    bare_part: re.Pattern[str]
    relative: tuple[tuple[str, str, re.Pattern[str]], ...]  # (direction, keyword, pattern)
    tense_lead: re.Pattern[str]  # the first words of tense cues
    tense: re.Pattern[str]  # anchored at a tense_lead hit
    tense_ending: re.Pattern[str]
    # Anchored at a scanner hit.
    explicit_dm: re.Pattern[str]
    explicit_md: re.Pattern[str] | None
    numeric: re.Pattern[str]
    year_first_numeric: re.Pattern[str]  # "2021 12 04" (languages that write it so)
    year: re.Pattern[str]
    month: re.Pattern[str]
    weekday: re.Pattern[str]
    newspaper_title: re.Pattern[str]
    # Anchored at the end of an expression.
    relation_after: re.Pattern[str]
    part_after: re.Pattern[str]
    time_after: re.Pattern[str]
    night_range_after: re.Pattern[str]
    night_day_after: re.Pattern[str]  # "[the night of November 13] to 14"
    day_number_after: re.Pattern[str]
    holiday_after: re.Pattern[str]
    event_after: re.Pattern[str]  # a noun phrase follows: "the day before [the vote]"
    of_after: re.Pattern[str]  # "the morning [of] the attack"
    range_to_number: re.Pattern[str]  # "2000 [to 3000]"
    month_range_after: re.Pattern[str]  # "d'août [à octobre]": a month opening a range
    range_link: re.Pattern[str]  # "[ to ]", "[ - ]": between the two ends of a range
    modifier_right: re.Pattern[str]  # "rugsėjo pabaigoje": a modifier after the month
    month_year_after: re.Pattern[str]  # "sierpniu [ubiegłego roku]": the month's year
    # Left context: searched in the characters before an expression, ending at its start.
    date_left: re.Pattern[str]
    determiner_left: re.Pattern[str]
    modifier_left: re.Pattern[str]
    relation_left: re.Pattern[str]
    deadline_before: re.Pattern[str]
    part_of_before: re.Pattern[str]
    day_part_before: re.Pattern[str]
    time_before: re.Pattern[str]
    licensor_before: re.Pattern[str]
    month_licensor_before: re.Pattern[str]
    year_licensor_before: re.Pattern[str]
    year_noun_before: re.Pattern[str]
    year_determiner_before: re.Pattern[str]
    bare_licensor_before: re.Pattern[str]
    set_before: re.Pattern[str]
    habitual_before: re.Pattern[str]
    count_before: re.Pattern[str]
    newspaper_before: re.Pattern[str]
    range_before: re.Pattern[str]
    night_day_before: re.Pattern[str]  # "[w nocy z] 17 na [18 grudnia]"
    timetable_before: re.Pattern[str]  # "four days a week – " before a listed weekday
    weekday_listed_after: re.Pattern[str]  # ", [we] Wednesday" after a weekday
    night_weekday_day_before: re.Pattern[str]  # "[la nuit du] mercredi 10 au [jeudi 11]"
    list_day_before: re.Pattern[str]  # "[25], 26 и 27 ноября": a day listed before a range's
    list_pair_before: re.Pattern[str]  # "25, [26], and 27 November": the Oxford comma
    list_opener_before: re.Pattern[str]  # "on [18], 22 and 25 November"
    listed_day_after: re.Pattern[str]  # "November 18[, 22] and 25"
    paired_day_after: re.Pattern[str]  # "November 18, 22[ and 25]." (the list's end)
    month_range_before: re.Pattern[str]
    year_range_before: re.Pattern[str]
    year_before_month: re.Pattern[str]  # "[2021 m.] lapkričio"
    month_year_before: re.Pattern[str]  # "[praėjusių metų] rugpjūtį": the month's year
    forward_before: re.Pattern[str]  # "pour [samedi]"
    open_end_before: re.Pattern[str]  # "until [Sunday]", "jusqu'à [lundi]"
    until_before: re.Pattern[str]  # "until [10 December]", "do [1 marca]": a period's end
    since_before: re.Pattern[str]  # "since [September]", "depuis [septembre]": a day before
    odds_before: re.Pattern[str]  # "at [5/2]"
    # Searched over a clause segment or a line.
    forward_marker: re.Pattern[str]  # "ahead of", "en vue de"
    odds_context: re.Pattern[str]  # "favourite", "bookmakers"
    list_gap: re.Pattern[str]  # what may separate two listed weekdays: ", ", " and "
    clock: re.Pattern[str]
    # "à [13h45]", "at [10:30 a.m.]": a clock time after its preposition, no day with it
    bare_clock: re.Pattern[str]
    # Lookups by key().
    month_numbers: Mapping[str, int]
    month_is_abbreviation: Mapping[str, bool]
    weekday_numbers: Mapping[str, int]
    phrases: Mapping[str, Phrase]
    modifiers: Mapping[str, str]
    relative_prefixes: Mapping[str, str]
    relative_suffixes: Mapping[str, str]
    day_part_prefixes: Mapping[str, str]
    parts_of_day: Mapping[str, str]
    part_of_day_of: Mapping[str, str | None]
    bare_parts_of_day: Mapping[str, tuple[str, bool]]
    numbers: Mapping[str, int]
    units: Mapping[str, str]
    tense_endings: Mapping[str, str]  # ending -> category
    capitalised_only: frozenset[str]
    adverbial_months: frozenset[str]  # month forms that are dates alone ("spalį")
    month_year_offsets: Mapping[str, int]  # "ubiegłego roku" -> -1
    tense_stopwords: frozenset[str]
    passive_markers: frozenset[str]
    scheduled_needs_subject: frozenset[str]
    cue_blockers: frozenset[str]


def _keyed(table: Mapping[str, object]) -> dict:
    keyed: dict = {}
    for text, value in table.items():
        k = key(text)
        if k in keyed and keyed[k] != value:
            raise ValueError(f"two lexicon entries share the key {k!r}")
        keyed[k] = value
    return keyed


def _or_never(words: Iterable[str]) -> str:
    words = list(words)
    return alternation(words) if words else "(?!)"


def _separators(separators: Iterable[str]) -> str:
    """Literal separators as one alternation (never matching when there are none)."""
    escaped = [re.escape(s) for s in separators]
    return "|".join(escaped) if escaped else "(?!)"


def _fragments(sources: Iterable[str]) -> str:
    """Lexicon regex fragments as one alternation (never matching when there are none)."""
    sources = list(sources)
    return "|".join(fragment(s) for s in sources) if sources else "(?!)"


def _lead_words(cues: Mapping[str, tuple[str, ...]]) -> list[str]:
    """The words a tense-cue fragment can start with: 'will', or each of '(?:is|are) ...'."""
    leads = set()
    for sources in cues.values():
        for source in sources:
            alternatives = [source]
            if source.startswith("(?:"):
                alternatives, depth, current = [], 0, ""
                for char in source[3:]:
                    depth += {"(": 1, ")": -1}.get(char, 0)
                    if depth < 0:
                        break
                    if char == "|" and depth == 0:
                        alternatives.append(current)
                        current = ""
                    else:
                        current += char
                alternatives.append(current)
            for alternative in alternatives:
                lead = re.match(r"[^\W\d_'’]+|['’][^\W\d_]+", alternative)
                if lead is None:
                    raise ValueError(f"tense cue {source!r} must start with a word")
                word = lead.group()
                if alternative[lead.end() : lead.end() + 1] in ("?", "*"):
                    word = word[:-1]  # "plans?" starts with "plan"
                leads.add(word)
    return sorted(leads)


def _relative_template(template: str, numbers: str, units: str) -> tuple[str, re.Pattern[str]]:
    """'{n} {unit} ago' -> (its keyword 'ago', the pattern); the keyword gates the search."""
    words = [w for w in re.split(r"\{n\}|\{unit\}|\s+", template) if w]
    keyword = max(words, key=len)
    source = []
    for token in re.split(r"(\{n\}|\{unit\}| )", template):
        if token == "{n}":
            source.append(f"(?P<n>\\d{{1,3}}|{numbers})")
        elif token == "{unit}":
            source.append(f"(?P<u>{units})")
        elif token == " ":
            source.append(SP)
        elif token:
            source.append(_token_regex(token))
    pattern = re.compile("(?<![\\w'’-])" + "".join(source) + "(?![\\w-])")
    return keyword.replace("'", ""), pattern


@dataclass(frozen=True)
class _Pieces:
    """Regex fragments shared by several of a language's patterns."""

    month: str
    weekday_full: str
    weekday_any: str
    suffix: str  # ordinal ending after a day number, optional
    determiner: str
    link: str  # "15th [of] November", optional
    rel_suffix: str
    clock_pattern: str
    range_link: str


def _pieces(lex: Lexicon, names: CalendarNames) -> _Pieces:
    full_months = alternation(names.months)
    abbreviated_months = _or_never(names.month_abbreviations)
    clock = "|".join(fragment(p) for p in lex.clock_patterns)
    zones = alternation(lex.time_zones)
    range_words = _or_never(w for w in lex.range_links if w not in "-–")
    return _Pieces(
        month=f"(?:(?:{full_months})\\b|(?:{abbreviated_months})(?:\\.|\\b))",
        weekday_full=alternation(names.weekdays),
        weekday_any=alternation([*names.weekdays, *names.weekday_abbreviations]),
        suffix=f"(?:{alternation(lex.day_suffixes)})?" if lex.day_suffixes else "",
        determiner=_or_never(lex.date_determiners),
        link=f"(?:{SP}(?:{alternation(lex.day_month_links)}))?" if lex.day_month_links else "",
        rel_suffix=_or_never(lex.relative_suffixes),
        clock_pattern=f"(?:{clock})(?:{SP}(?:{zones})\\b|{OSP}\\((?:{zones})\\))?",
        range_link=f"(?:{OSP}[-–]{OSP}|{SP}(?:{range_words}){SP})",
    )


def _date_patterns(lex: Lexicon, p: _Pieces) -> dict:
    """The patterns anchored at a scanner hit: explicit, numeric, year, month, weekday."""
    explicit_md = None
    if lex.month_before_day:
        explicit_md = re.compile(
            f"(?P<m2>{p.month}){SP}(?:(?:{p.determiner}){SP})?(?P<d2>{DAY_NUMBER}){p.suffix}(?![\\d\\w])"
            f"(?:(?:,{OSP}|{SP})(?P<y2>{YEAR_NUMBER})(?!\\d))?"
        )
    return {
        "explicit_dm": re.compile(
            f"(?P<d1>{DAY_NUMBER}){p.suffix}(?!\\d){p.link}{SP}"
            f"(?P<m1>{p.month})(?:,?{SP}(?P<y1>{YEAR_NUMBER})(?!\\d))?"
        ),
        "explicit_md": explicit_md,
        "numeric": re.compile(
            r"(?:(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-3]\d)"
            r"|(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?)"
            r"(?![\w/%]|[.,:]\d|-\d)"
        ),
        "year_first_numeric": re.compile(
            f"(?P<y>(?:19|20)\\d\\d)(?P<sep>{_separators(lex.year_first_separators)})"
            r"(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>[0-3]\d)(?![\w/%]|[.,:]\d)"
        ),
        "year": re.compile(f"(?P<y>{YEAR_NUMBER})(?![\\w%]|[.,]\\d|{OSP}%)"),
        "month": re.compile(
            f"(?P<m>{p.month})(?:{p.link}{SP}(?P<y>{YEAR_NUMBER})(?![\\d\\w])|{SP}(?P<post>{p.rel_suffix})\\b)?"
        ),
        "weekday": re.compile(
            f"(?P<wd>{p.weekday_full})\\b(?!{HYPHEN})(?:{SP}(?P<post>{p.rel_suffix})\\b)?"
        ),
    }


def _scanners(lex: Lexicon, names: CalendarNames, p: _Pieces) -> dict:
    """The patterns run over the whole text, and the tense cues."""
    numbers = alternation(lex.numbers)
    units = alternation(lex.units)
    relative = []
    for direction, templates in lex.relative_templates.items():
        for template in templates:
            keyword, pattern = _relative_template(template, numbers, units)
            relative.append((direction, keyword, pattern))
    cues = [
        f"(?P<{category}>{'|'.join(fragment(s) for s in sources)})"
        for category, sources in lex.tense_cues.items()
    ]
    endings = _endings(lex)
    return {
        "digits": re.compile(r"\d+"),
        "month_token": re.compile(alternation([*names.months, *names.month_abbreviations])),
        "weekday_token": re.compile(p.weekday_full),
        # not before a year of its own: "przed rokiem 2015" is "before 2015", not "a year ago"
        "phrase": re.compile(
            f"{alternation(names.phrases)}(?![\\w-])(?!\\s+(?:19|20)\\d\\d(?![\\d-]))"
        ),
        "bare_part": re.compile(f"{alternation(lex.bare_parts_of_day)}(?![\\w-])"),
        "relative": tuple(relative),
        "tense_lead": re.compile(f"\\b(?:{alternation(_lead_words(lex.tense_cues))})"),
        "tense": re.compile(f"(?:{'|'.join(cues)})(?![\\w'’-])"),
        "tense_ending": re.compile(f"{_or_never(endings)}(?![\\w'’-])"),
        "newspaper_title": re.compile(
            f"{alternation([*NEWSPAPER_TITLES, *WORK_TITLES])}(?![\\w-])"
        ),
    }


def _endings(lex: Lexicon) -> dict[str, str]:
    return {ending: category for category, group in lex.tense_endings.items() for ending in group}


def _right_context(lex: Lexicon, p: _Pieces) -> dict:
    """The patterns anchored at the end of an expression."""
    return {
        "relation_after": re.compile(f"{SP}(?P<post>{p.rel_suffix})(?![\\w-])"),
        "part_after": re.compile(f"{SP}(?P<pod>{alternation(lex.parts_of_day)})(?![\\w-])"),
        "time_after": re.compile(
            f"(?:{OSP},)?{SP}(?:(?:{alternation(lex.time_prepositions)}){SP})?(?P<time>{p.clock_pattern})"
        ),
        "night_range_after": re.compile(
            f"(?:{p.range_link}|{SP}(?:{_or_never(lex.night_range_links)}){SP})"
            f"(?P<wd>{p.weekday_full})\\b"
        ),
        "night_day_after": re.compile(
            f"(?:{p.range_link}|{SP}(?:{_or_never(lex.night_range_links)}){SP})"
            # a month after it makes it another month's date ("of 13 November to 14 December")
            f"(?P<d1>{DAY_NUMBER}){p.suffix}(?![\\w/:]|[.,]\\d|{SP}{p.month})"
        ),
        "day_number_after": re.compile(f",?{SP}(?P<day>{DAY_NUMBER}){p.suffix}(?![\\w/:]|[.,]\\d)"),
        "holiday_after": re.compile(f"{SP}(?:{_or_never(lex.holiday_after)})(?![\\w-])"),
        "event_after": re.compile(f"{SP}(?:{alternation(lex.noun_phrase_starts)})(?![\\w-])"),
        "of_after": re.compile(f"{SP}(?:{alternation(lex.of_words)})(?![\\w-])"),
        "range_to_number": re.compile(f"{p.range_link}(\\d+)(?![\\d.,])"),
        "month_range_after": re.compile(f"{p.range_link}{p.month}"),
        "range_link": re.compile(p.range_link),
        "listed_day_after": re.compile(
            f"{OSP},{OSP}(?P<d0>{DAY_NUMBER}){p.suffix}(?![\\w/:]|[.,]\\d)"
        ),
        # the last day of a list ends a clause: "November 18 and 19 migrants" is a count
        "paired_day_after": re.compile(
            f"(?:{OSP},)?{SP}(?:{_or_never(lex.day_pair_links)}){SP}(?P<d0>{DAY_NUMBER}){p.suffix}"
            f'(?![\\w/:]|[.,]\\d)(?={OSP}(?:[,.;:!?)»”"]|\\Z))'
        ),
        "modifier_right": re.compile(
            f"{SP}(?P<x>{_or_never(lex.period_modifiers_after)})(?![\\w-])"
        ),
        # an abbreviation's closing dot belongs to it ("br."), so no word boundary after one
        "month_year_after": re.compile(
            f"{SP}(?P<y>{_or_never(lex.month_years_after)})(?:(?<=\\.)|(?![\\w-]))"
        ),
    }


_WORD_START = "(?<![\\w'’-])"


def _list_gap(lex: Lexicon) -> str:
    """What may separate two listed weekdays: ", ", " and ", " – "."""
    words = _or_never(w for w in lex.list_links if w[0].isalpha())
    return f"{OSP}(?:,{OSP})?(?:(?:{words}){SP}|[-–]{OSP})?"


def _left_context(lex: Lexicon, names: CalendarNames, p: _Pieces) -> dict:
    """The patterns searched in the characters before an expression (ending in \\Z)."""
    word_start = _WORD_START
    pair_words = _or_never(lex.day_pair_links)
    return {
        "date_left": re.compile(
            f"{word_start}(?:(?P<det0>{p.determiner}){SP})?(?P<wd>{p.weekday_any})(?:\\.|\\b),?{SP}"
            f"(?:(?P<det>{p.determiner}){SP})?\\Z"
        ),
        "determiner_left": re.compile(f"{word_start}(?P<det>{p.determiner}){SP}\\Z"),
        "modifier_left": re.compile(
            # "la première semaine d'août": after an elided "d'" the month follows at once
            f"{word_start}(?P<x>{alternation(lex.period_modifiers)})(?:{HYPHEN}|{SP}|(?<=['’]))\\Z"
        ),
        "relation_left": _left(lex.relative_prefixes),
        "deadline_before": _left(lex.deadline_prepositions),
        "part_of_before": _left(lex.part_of_day_of),
        "day_part_before": _left(lex.day_part_prefixes),
        "time_before": re.compile(
            f"(?<![\\w:.])(?P<time>{p.clock_pattern})(?:{OSP},)?"
            f"(?:{SP}(?:{alternation(lex.time_date_links)}))?{SP}\\Z"
        ),
        "licensor_before": _left(lex.month_licensors),
        "month_licensor_before": _left(lex.month_licensors),
        "year_licensor_before": _left(lex.year_licensors),
        "year_noun_before": _left(lex.year_nouns_before),
        "year_determiner_before": _left(lex.year_determiners),
        "bare_licensor_before": _left(lex.bare_part_licensors),
        "set_before": _left(lex.set_cues),
        "timetable_before": _left(lex.timetable_cues),
        "weekday_listed_after": re.compile(
            f"{_list_gap(lex)}(?:[^\\W\\d_]{{1,2}}{SP})?(?:{p.weekday_full})(?![\\w'’-])"
        ),
        "habitual_before": _left(lex.habitual_determiners),
        "count_before": _left(lex.count_cues),
        "newspaper_before": _left(lex.newspaper_before),
        "range_before": re.compile(
            f"(?<![\\w/.,])(?P<d0>{DAY_NUMBER}){p.suffix}{p.range_link}(?:(?:{p.determiner}){SP})?\\Z"
        ),
        # "[w nocy z] 17 na [18 grudnia]", "[в ночь с] 13 на [14 ноября]": a night's first day
        # before the date of its second
        "night_day_before": re.compile(
            f"(?<![\\w/.,])(?P<d0>{DAY_NUMBER}){p.suffix}{SP}(?:{_or_never(lex.night_range_links)}){SP}\\Z"
        ),
        # "[la nuit du] mercredi 10 au [jeudi 11 novembre]", "[в ночь со] среды 10 на
        # [четверг 11 ноября]": the night's first day with its weekday
        "night_weekday_day_before": re.compile(
            f"(?<![\\w-])(?P<wd0>{p.weekday_full}),?{SP}(?P<d0>{DAY_NUMBER}){p.suffix}"
            f"(?:{p.range_link}|{SP}(?:{_or_never(lex.night_range_links)}){SP})\\Z"
        ),
        "list_day_before": re.compile(f"(?<![\\w/.,])(?P<d0>{DAY_NUMBER}){p.suffix}{OSP},{OSP}\\Z"),
        "list_pair_before": re.compile(
            f"(?<![\\w/.,])(?P<d0>{DAY_NUMBER}){p.suffix}{OSP},{SP}(?:{pair_words}){SP}\\Z"
        ),
        "list_opener_before": _left(lex.day_list_openers),
        "month_range_before": re.compile(
            # after an elided "d'" too: "d'août à octobre"
            f"(?<![\\w-])(?:{alternation([*names.months, *names.month_abbreviations])}){p.range_link}\\Z"
        ),
        "year_range_before": re.compile(f"(?<![\\w])(?:1[89]|20)\\d\\d{p.range_link}\\Z"),
        "year_before_month": re.compile(
            f"(?<![\\w.,/-])(?P<y>{YEAR_NUMBER}){SP}(?:{_or_never(lex.year_month_links)}){SP}\\Z"
        ),
        "month_year_before": _left(lex.month_years_before),
        "forward_before": _left(lex.forward_prepositions),
        "open_end_before": _left(lex.open_end_prepositions),
        "until_before": _left(lex.until_prepositions),
        "since_before": _left(lex.since_prepositions),
        "odds_before": _left(lex.odds_before),
    }


def _segment_patterns(lex: Lexicon, p: _Pieces) -> dict:
    """The patterns searched over a clause segment or a line."""
    word_start = _WORD_START
    return {
        "forward_marker": re.compile(
            f"{word_start}(?:{_fragments(lex.forward_markers)})(?:(?<=['’])|(?![\\w'’-]))"
        ),
        "odds_context": re.compile(f"{word_start}(?:{_or_never(lex.odds_context)})(?![\\w'’-])"),
        "list_gap": re.compile(_list_gap(lex)),
        "clock": re.compile(p.clock_pattern),
        "bare_clock": re.compile(
            f"(?<![\\w'’-])(?:{_or_never(lex.time_prepositions)}){SP}(?P<time>{p.clock_pattern})"
            "(?![\\w:]|[.,]\\d)"
        ),
    }


def _lookups(lex: Lexicon, names: CalendarNames) -> dict:
    """The tables looked up by key()."""
    return {
        "month_numbers": _keyed({**names.month_abbreviations, **names.months}),
        "month_is_abbreviation": {
            **{key(m): True for m in names.month_abbreviations},
            **{key(m): False for m in names.months},
        },
        "weekday_numbers": _keyed({**names.weekday_abbreviations, **names.weekdays}),
        "phrases": _keyed(names.phrases),
        "modifiers": _keyed({**lex.period_modifiers, **lex.period_modifiers_after}),
        "relative_prefixes": _keyed(lex.relative_prefixes),
        "relative_suffixes": _keyed(lex.relative_suffixes),
        "day_part_prefixes": _keyed(lex.day_part_prefixes),
        "parts_of_day": _keyed(lex.parts_of_day),
        "part_of_day_of": _keyed(lex.part_of_day_of),
        "bare_parts_of_day": _keyed(lex.bare_parts_of_day),
        "numbers": _keyed(lex.numbers),
        "units": _keyed(lex.units),
        "tense_endings": {key(ending): category for ending, category in _endings(lex).items()},
        "capitalised_only": frozenset(key(w) for w in lex.capitalised_only),
        "adverbial_months": frozenset(key(w) for w in lex.adverbial_month_forms),
        "month_year_offsets": _keyed({**lex.month_years_after, **lex.month_years_before}),
        "tense_stopwords": lex.tense_stopwords,
        "passive_markers": frozenset(lex.passive_markers),
        "scheduled_needs_subject": lex.scheduled_needs_subject,
        "cue_blockers": lex.cue_blockers,
    }


@cache
def grammar(lang: str) -> Grammar:
    """The compiled grammar of a language (built on first use, then cached).

    Any code works: one without a folder gets the partial calendar, whose grammar finds
    numeric and ISO dates only."""
    lex = lexicon_for(lang)
    names = calendar_names(lang)
    pieces = _pieces(lex, names)
    return Grammar(
        lexicon=lex,
        names=names,
        **_scanners(lex, names, pieces),
        **_date_patterns(lex, pieces),
        **_right_context(lex, pieces),
        **_left_context(lex, names, pieces),
        **_segment_patterns(lex, pieces),
        **_lookups(lex, names),
    )


def parse_clock(text: str, lexicon: Lexicon) -> str | None:
    """'8:30 p.m.' -> '20:32'-style 'HH:MM' (None if it is not a valid time of day)."""
    lowered = text.lower()
    for name, value in lexicon.named_times.items():
        if lowered.startswith(name):
            return value
    digits = re.findall(r"\d+", lowered)
    if not digits:
        return None
    hour = int(digits[0])
    minute = int(digits[1]) if len(digits) > 1 else 0
    compact = lowered.replace(" ", "")
    if any(marker in compact for marker in lexicon.pm_markers) and hour < 12:
        hour += 12
    elif any(marker in compact for marker in lexicon.am_markers) and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"
