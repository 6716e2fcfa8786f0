"""Word tables for the temporal tagger, one `Lexicon` per language (English, French).

This module is data: weekday and month names, the words that license a bare month or year,
parts of the day, deictic phrases ("yesterday", "la semaine dernière"), tense cues, and the
negative cues (newspaper names, holidays, sets, counts). The algorithm lives in
`temporal_grammar` (patterns), `temporal_tense` (clause tense) and `temporal` (anchoring).

Conventions used by every table:
- keys are lower case; a space stands for any run of horizontal whitespace (no-break spaces
  included), `'` for either apostrophe, `-` for a hyphen, a space or nothing ("week-end");
- tense cues are regular-expression fragments over lower-cased text, matched as whole words.

Month and weekday names and the simple deictic phrases are merged with dateparser's locale
data (`calendar_names`), so a new language starts from dateparser's tables; the words that
are too ambiguous in running prose ("sa", "we", "mar", "may" the modal) are kept out by
`Lexicon.capitalised_only` and by allowing abbreviations only next to a day number or year.

English and French are written here (EN, FR); every other language's Lexicon lives in its
folder, `crisis_timeline/lang/<code>/calendar.py`. The tagger reads every language through
the registry: `lexicon_for(code)` (and the read-only mapping `LEXICONS`) gives
`crisis_timeline.lang.tables(code).calendar`, the empty calendar of a partial language
(numeric and ISO dates only) for a code without a folder.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache


@dataclass(frozen=True)
class Phrase:
    """What a fixed phrase means: an offset in some unit from a reference point.

    reference: "dct" (the publication date), "narrative" (the previous date in the text),
    "tense" (direction decided by the clause's tense: "the weekend"), "this", "before"
    (strictly before the publication date: "last weekend") or "after" ("next weekend").
    """

    unit: str  # "day" | "week" | "weekend" | "month" | "year"
    offset: int = 0
    reference: str = "dct"
    time_of_day: str | None = None
    # True for phrases that may take a part of day after them ("yesterday morning", "hier soir").
    takes_part_of_day: bool = False
    # True for "the day before", "la veille": followed by a noun phrase they are relative to an
    # event ("the day before the vote"), not a date.
    relative_to_event: bool = False


@dataclass(frozen=True)
class Lexicon:
    """Everything language-specific the tagger knows about one language."""

    lang: str
    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    # Month names that are also common words: a month only when written with a capital.
    capitalised_only: frozenset[str]
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    day_suffixes: tuple[str, ...]  # ordinal endings after a day number: 15th, 1er
    date_determiners: tuple[str, ...]  # kept in the span: "the 15th of November", "le 12 novembre"
    day_month_links: tuple[str, ...]  # "15th of November"
    month_before_day: bool  # "November 14" is a date order of this language
    # Modifiers kept in the span of a month or year: "early", "mid-", "fin", "début".
    period_modifiers: Mapping[str, str]
    month_licensors: tuple[str, ...]  # words before a bare month that make it a date
    year_licensors: tuple[str, ...]  # words before a bare year that make it a date
    # Licensors also used before counts ("de 2000 migrants"): the year must not be followed
    # by a plural noun.
    weak_year_licensors: tuple[str, ...]
    function_words: frozenset[str]  # words ending in -s that are not plural nouns
    # A year used as a modifier is a date too: "the 2020 election", "la présidentielle 2022",
    # "the 1991 Gulf War" (a determiner, the year, a capitalised name).
    year_nouns_after: frozenset[str]
    year_nouns_before: tuple[str, ...]
    year_determiners: tuple[str, ...]
    range_links: tuple[str, ...]  # "15 to 17 November", "du 15 au 17 novembre"
    # Words that start a noun phrase: "the day before [the vote]" is relative to an event.
    noun_phrase_starts: tuple[str, ...]
    of_words: tuple[str, ...]  # "the morning of", "la nuit de"
    relative_prefixes: Mapping[str, str]  # "last" -> "before", "this" -> "this"
    relative_suffixes: Mapping[str, str]  # "dernier" -> "before", "prochain" -> "after"
    day_part_prefixes: Mapping[str, str]  # "late" Monday -> "late"
    parts_of_day: Mapping[str, str]  # after a day: Monday "evening", lundi "soir"
    part_of_day_of: Mapping[str, str | None]  # "the early hours of" Sunday, "la nuit de" lundi
    # Parts of day standing alone: key -> (time of day, needs one of bare_part_licensors before).
    bare_parts_of_day: Mapping[str, tuple[str, bool]]
    bare_part_licensors: tuple[str, ...]
    # Words before an "-ed" form that make it a passive infinitive, not a past: "to be finished".
    passive_markers: tuple[str, ...]
    # "by June 30", "d'ici le 30 juin": a deadline looks forward unless an auxiliary in the
    # clause says otherwise ("was completed by June 30").
    deadline_prepositions: tuple[str, ...]
    phrases: Mapping[str, Phrase]
    numbers: Mapping[str, int]
    units: Mapping[str, str]
    # "{n} {unit} ago": direction -> templates. ago/ahead are from the publication date,
    # later/earlier from the previous date in the text.
    relative_templates: Mapping[str, tuple[str, ...]]
    # Tense cues: category -> regex fragments, each starting with a word or a (?:a|b) group of
    # words (the scanner looks for those first). Categories: future (strictly after the
    # publication date), reported (future in the past, "would": the nearest), present
    # (the publication day or later), past (the publication day or earlier).
    tense_cues: Mapping[str, tuple[str, ...]]
    # Cues recognised by their ending ("-ed", "-eront"; plain strings, not patterns): only
    # lower-case words count, except at the start of a sentence, and never tense_stopwords.
    tense_endings: Mapping[str, tuple[str, ...]]
    tense_stopwords: frozenset[str]
    set_cues: tuple[str, ...]  # "every Monday", "chaque lundi": a set, not a date
    habitual_determiners: tuple[str, ...]  # French "le lundi" (on Mondays)
    newspaper_before: tuple[str, ...]  # "Journal du" Dimanche
    newspaper_after: frozenset[str]  # Sunday "Times"
    holiday_before: frozenset[str]  # "Good" Friday
    holiday_after: tuple[str, ...]  # Vendredi "saint"
    count_cues: tuple[str, ...]  # "some 2000 migrants" is a count, not a year
    count_nouns: frozenset[str]  # "2000 people"
    clock_patterns: tuple[str, ...]  # regex fragments for a clock time (no groups)
    named_times: Mapping[str, str]  # "noon" -> "12:00"
    pm_markers: tuple[str, ...]
    am_markers: tuple[str, ...]
    time_prepositions: tuple[str, ...]  # Monday "at" 10 a.m., lundi "à" 18 heures
    time_date_links: tuple[str, ...]  # 10 a.m. "on" Monday
    time_zones: tuple[str, ...]
    # --- Scheduled happenings: what makes a bare weekday or year-less date look forward. ---
    # First words of "scheduled" tense cues that are also infinitives, nouns or adjectives
    # ("face", "open", "close", "meet"): a cue only after a subject ("England face Wales",
    # "Polls close"), i.e. a capitalised word, a plural noun or a subject pronoun.
    scheduled_needs_subject: frozenset[str]
    subject_pronouns: frozenset[str]
    # Whether a scheduled present counts only when written before the expression: in French a
    # fronted day with a present after it is often a narrative present ("Lundi, les migrants
    # se rendent à la frontière"), while "Macron se rend jeudi à Varsovie" is ahead.
    scheduled_before_only: bool
    # Words just before a scheduled cue that make it a noun or an infinitive, not a present
    # tense: "to meet", "would open", "the close", "la rencontre", "sa visite".
    cue_blockers: frozenset[str]
    # Forward markers (regex fragments): what follows them in the same clause segment, with no
    # verb in between, is ahead ("ahead of Saturday's final", "en vue du sommet de jeudi").
    forward_markers: tuple[str, ...]
    # Prepositions right before an expression that make it a target, whatever the verb
    # ("un appel lancé pour samedi", "reporté au 30 juin" is a scheduling cue instead).
    forward_prepositions: tuple[str, ...]
    # Prepositions that open a period towards the future when the clause has no past or future
    # cue ("the exhibition runs until Sunday", "jusqu'à lundi", "à partir de mardi").
    open_end_prepositions: tuple[str, ...]
    # Reporting verbs: a clause "..., officials said" around an open end does not make it past
    # ("the crossing stays closed until Thursday, officials said").
    reporting_verbs: frozenset[str]
    # A participle opening a clause segment, or right before the expression, dates it in the
    # past ("Nommé vendredi, il doit présenter ...", "décédée vendredi"): French, where no
    # auxiliary marks it. English "-ed" forms are tense endings already.
    participle_endings: tuple[str, ...]
    participles: frozenset[str]  # irregular ones: "élu", "réuni", "venu"
    participle_stopwords: frozenset[str]  # nouns with those endings: "année", "côté", "été"
    participle_blockers: frozenset[str]  # a determiner or auxiliary before: "la journée", "sera"
    # Words chaining a list after a set cue: "every Tuesday and Friday", "chaque lundi et jeudi".
    list_links: tuple[str, ...]
    # Words after a weekday that make it the start of a title when both are capitalised:
    # "Saturday Night Live", "Monday Night Football".
    title_part_words: frozenset[str]
    # Weekday names are written in lower case in running text (French): a capitalised one
    # mid-sentence is part of a name ("l'invité de « Dimanche en politique »").
    weekdays_lower_case: bool
    # Betting odds written like day/month: "at 5/2", "the 7/2 favourite", and any fraction in
    # a sentence about betting ("Arkle 4/1").
    odds_before: tuple[str, ...]
    odds_after: frozenset[str]
    odds_context: tuple[str, ...]
    # Nouns after "the <Month>" that make the month a date: "the April figures".
    month_nouns_after: frozenset[str]
    # Nouns of measured figures: their month is the period covered ("les chiffres de
    # septembre sont attendus" is last September), whatever the verb's tense.
    statistic_nouns: frozenset[str]
    # Words before "early"/"late" ("tôt"/"tard") that make it an adverb of manner, not a part
    # of the day: "shops close early today", "ferment plus tôt aujourd'hui" (the span is the day).
    manner_verbs: frozenset[str]
    # Auxiliaries of a past in the past ("had", "avait"): under them a forward marker points
    # to the nearest such day, not necessarily one after the publication date.
    pluperfect_auxiliaries: frozenset[str]
    # dateparser locale phrases we do not want ("till date" is not today).
    ignored_locale_phrases: frozenset[str] = field(default_factory=frozenset)
    # Plural endings that make the word after a year-like number a count when a weak licensor
    # stands before it ("in 2000 migrants" -> "migrants"); languages whose plurals do not end
    # so (Polish, Russian, Lithuanian) list their count nouns in `count_nouns` instead.
    count_plural_endings: tuple[str, ...] = ()
    # Nouns with a participle's ending ("société", "autorités"): never read as participles.
    participle_noun_endings: tuple[str, ...] = ()


# Newspaper titles that contain a weekday, whatever the language of the article
# ("Sunday Times", "Journal du Dimanche", "Mail on Sunday").
_NEWSPAPER_BEFORE = ("mail on", "independent on", "journal du", "jdd du")
# Titles whose words would otherwise be dates (matched case-insensitively, any language).
NEWSPAPER_TITLES = (
    "usa today", "russia today", "aujourd'hui en france", "journal du dimanche", "sunday times",
    "mail on sunday", "le jour", "libération du lundi",
)  # fmt: skip
# Shows, books and films whose titles contain a weekday (matched like newspaper titles).
WORK_TITLES = (
    "saturday night live", "monday night football", "thursday night football",
    "sunday night football", "friday night lights", "friday night dinner", "saturday kitchen",
    "sunday politics", "sunday morning live", "monday night raw", "friday night smackdown",
    "dimanche en politique", "vivement dimanche", "vendredi tout est permis",
    "vendredi ou les limbes du pacifique", "vendredi ou la vie sauvage",
    "samedi soir sur la terre", "dimanche ouest-france", "sud ouest dimanche",
    "le parisien dimanche", "la tribune dimanche", "le jdd",
)  # fmt: skip
_NEWSPAPER_AFTER = frozenset(
    {
        "times", "telegraph", "express", "mirror", "post", "people", "herald", "mail", "sport",
        "star", "world", "independent", "tribune", "observer", "business", "record", "sun",
        "night football", "journal",
    }
)  # fmt: skip

_DAY_WORDS_EN = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}

_DAY_WORDS_FR = {
    "aujourd'hui": 0,
    "hier": -1,
    "demain": 1,
    "avant-hier": -2,
    "après-demain": 2,
    "apres-demain": 2,
}


def _day_words(words: Mapping[str, int]) -> dict[str, Phrase]:
    return {key: Phrase("day", offset, takes_part_of_day=True) for key, offset in words.items()}


def _en_period_phrases() -> dict[str, Phrase]:
    """'this week', 'earlier this month', 'the end of last year', 'later in the week'..."""
    phrases = {}
    modifiers = ("", "earlier ", "later ", "early ", "late ", "the end of ", "the beginning of ",
                 "the start of ", "the middle of ")  # fmt: skip
    for unit in ("week", "month", "year"):
        for determiner, offset in (("this", 0), ("last", -1), ("next", 1)):
            for modifier in modifiers:
                phrases[f"{modifier}{determiner} {unit}"] = Phrase(unit, offset)
        for modifier in ("the end of", "the beginning of", "the start of", "the middle of",
                         "earlier in", "later in", "early in", "late in"):  # fmt: skip
            phrases[f"{modifier} the {unit}"] = Phrase(unit)
        for relation, offset in (("before", -1), ("after", 1)):  # "the year before" (the vote)
            phrases[f"the {unit} {relation}"] = Phrase(
                unit, offset, "narrative", relative_to_event=True
            )
    return phrases


def _de(phrase: str) -> str:
    """French 'de' + a period phrase, contracted: 'du mois dernier', 'de l'année prochaine'."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    return "de " + phrase


def _fr_period_phrases() -> dict[str, Phrase]:
    """'cette semaine', 'plus tôt ce mois-ci', 'la fin de l'année dernière'..."""
    periods = {
        "week": {"cette semaine": 0, "la semaine dernière": -1, "la semaine passée": -1,
                 "la semaine prochaine": 1, "la semaine": 0},
        "month": {"ce mois-ci": 0, "ce mois": 0, "le mois dernier": -1, "le mois passé": -1,
                  "le mois prochain": 1, "le mois": 0},
        "year": {"cette année": 0, "l'année dernière": -1, "l'année passée": -1, "l'an dernier": -1,
                 "l'an passé": -1, "l'année prochaine": 1, "l'an prochain": 1, "l'année": 0},
    }  # fmt: skip
    within = {"week": "la semaine", "month": "le mois", "year": "l'année"}
    phrases = {}
    for unit, table in periods.items():
        for phrase, offset in table.items():
            bare = phrase in ("la semaine", "le mois", "l'année")  # a date only with a modifier
            if not bare:
                phrases[phrase] = Phrase(unit, offset)
            for modifier in ("la fin", "le début", "le milieu"):
                phrases[f"{modifier} {_de(phrase)}"] = Phrase(unit, offset)
            if offset == 0 and not bare:
                for modifier in ("plus tôt", "plus tard"):
                    phrases[f"{modifier} {phrase}"] = Phrase(unit)
        for modifier in ("plus tôt", "plus tard", "tôt", "tard"):
            phrases[f"{modifier} dans {within[unit]}"] = Phrase(unit)
        for relation, offset in (("précédent", -1), ("suivant", 1)):
            name = within[unit]
            ending = "e" if name.startswith(("la", "l'")) else ""
            phrases[f"{name} {relation}{ending}"] = Phrase(unit, offset, "narrative")
    return phrases


_EN_PERIOD_PHRASES = _en_period_phrases()
_FR_PERIOD_PHRASES = _fr_period_phrases()


_PHRASES_EN: dict[str, Phrase] = {
    **_day_words(_DAY_WORDS_EN),
    "earlier today": Phrase("day"),
    "later today": Phrase("day"),
    "earlier in the day": Phrase("day"),
    "later in the day": Phrase("day"),
    "tonight": Phrase("day", time_of_day="night"),
    "year-end": Phrase("year"),
    "month-end": Phrase("month"),
    "this morning": Phrase("day", time_of_day="morning"),
    "this afternoon": Phrase("day", time_of_day="afternoon"),
    "this evening": Phrase("day", time_of_day="evening"),
    "last night": Phrase("day", -1, time_of_day="night"),
    **_EN_PERIOD_PHRASES,
    "the weekend": Phrase("weekend", reference="tense"),
    "this weekend": Phrase("weekend", reference="this"),
    "last weekend": Phrase("weekend", reference="before"),
    "this past weekend": Phrase("weekend", reference="before"),
    "next weekend": Phrase("weekend", reference="after"),
    "this coming weekend": Phrase("weekend", reference="after"),
    "the next day": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "the following day": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "the day after": Phrase("day", 1, "narrative", relative_to_event=True),
    "the previous day": Phrase("day", -1, "narrative", takes_part_of_day=True),
    "the day before": Phrase("day", -1, "narrative", relative_to_event=True),
    "the same day": Phrase("day", 0, "narrative"),
    "that same day": Phrase("day", 0, "narrative"),
    "that day": Phrase("day", 0, "narrative"),
    # "Earlier this day, the ministry reported ...": the day the story is telling, not the
    # publication day (wire copy translated from Russian writes "this day" for "that day").
    "earlier that day": Phrase("day", 0, "narrative"),
    "later that day": Phrase("day", 0, "narrative"),
    "earlier this day": Phrase("day", 0, "narrative"),
    "later this day": Phrase("day", 0, "narrative"),
    "the next morning": Phrase("day", 1, "narrative", time_of_day="morning"),
    "the following morning": Phrase("day", 1, "narrative", time_of_day="morning"),
    "that morning": Phrase("day", 0, "narrative", time_of_day="morning"),
    "that afternoon": Phrase("day", 0, "narrative", time_of_day="afternoon"),
    "that evening": Phrase("day", 0, "narrative", time_of_day="evening"),
    "that night": Phrase("day", 0, "narrative", time_of_day="night"),
    "that week": Phrase("week", 0, "narrative"),
    "the following week": Phrase("week", 1, "narrative"),
    "the previous week": Phrase("week", -1, "narrative"),
    "the following month": Phrase("month", 1, "narrative"),
    "the previous month": Phrase("month", -1, "narrative"),
    "the following year": Phrase("year", 1, "narrative"),
    "the previous year": Phrase("year", -1, "narrative"),
}

_PHRASES_FR: dict[str, Phrase] = {
    **_day_words(_DAY_WORDS_FR),
    "plus tôt dans la journée": Phrase("day"),
    "plus tard dans la journée": Phrase("day"),
    "ce matin": Phrase("day", time_of_day="morning"),
    "cet après-midi": Phrase("day", time_of_day="afternoon"),
    "ce soir": Phrase("day", time_of_day="evening"),
    "cette nuit": Phrase("day", time_of_day="night"),
    "la nuit dernière": Phrase("day", -1, time_of_day="night"),
    **_FR_PERIOD_PHRASES,
    "début de semaine": Phrase("week"),
    "milieu de semaine": Phrase("week"),
    "fin de semaine": Phrase("week"),
    "fin de mois": Phrase("month"),
    "début de mois": Phrase("month"),
    "fin d'année": Phrase("year"),
    "début d'année": Phrase("year"),
    "le week-end": Phrase("weekend", reference="tense"),
    "ce week-end": Phrase("weekend", reference="this"),
    "le week-end dernier": Phrase("weekend", reference="before"),
    "le week-end passé": Phrase("weekend", reference="before"),
    "le week-end prochain": Phrase("weekend", reference="after"),
    "le lendemain": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "le surlendemain": Phrase("day", 2, "narrative"),
    "la veille": Phrase("day", -1, "narrative", takes_part_of_day=True, relative_to_event=True),
    "l'avant-veille": Phrase("day", -2, "narrative", relative_to_event=True),
    "le même jour": Phrase("day", 0, "narrative"),
    "le jour même": Phrase("day", 0, "narrative"),
    "ce jour-là": Phrase("day", 0, "narrative"),
    "ce matin-là": Phrase("day", 0, "narrative", time_of_day="morning"),
    "ce soir-là": Phrase("day", 0, "narrative", time_of_day="evening"),
    "cette nuit-là": Phrase("day", 0, "narrative", time_of_day="night"),
    "cette semaine-là": Phrase("week", 0, "narrative"),
    "cette année-là": Phrase("year", 0, "narrative"),
}

_CLOCK_EN = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?(?:[ap]\.m\.|[ap]m\b))?",
    r"(?:[01]\d|2[0-3])\.[0-5]\d(?= (?:gmt|utc|bst|cet|cest|est|edt)\b)",
    r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)? ?(?:[ap]\.m\.|[ap]m\b)",
    r"noon",
    r"midnight",
)
_CLOCK_FR = (
    r"(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?(?!\w)",
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?",
    r"(?:[01]?\d|2[0-3]) heures?(?: [0-5]\d)?(?!\w)",
    r"midi",
    r"minuit",
)


# Nouns after a year that make it a date: "the 1985 quake", "the 2004 tsunami".
_EN_EVENT_NOUNS = frozenset(
    {
        "quake", "earthquake", "tsunami", "flood", "floods", "hurricane", "storm",
        "wildfires", "famine", "massacre", "bombing", "bombings", "riots", "strike",
        "strikes", "crash", "disaster", "pandemic", "outbreak", "final", "finals",
        "championship", "championships", "tournament", "edition", "treaty",
        "constitution", "plan", "target", "targets", "figures", "accounts", "harvest",
        "recession", "merger", "visit", "tour", "race", "marathon", "genocide",
        "shooting", "shootings", "killings", "victory", "defeat", "film", "album", "novel",
        "mission", "launch", "heatwave", "drought", "spending", "forecast", "forecasts",
        "mid-term", "midterm", "midterms", "primary", "primaries", "runoff", "contest",
    }
)  # fmt: skip

_EN_SCHEDULED_NEEDS_SUBJECT = frozenset(
    {
        "face", "meet", "play", "host", "open", "close", "reopen", "resume", "start", "begin",
        "end", "vote", "expire", "kick", "go", "travel", "head", "fly", "take", "come", "run",
        "last", "get",
    }
)  # fmt: skip

_EN_CUE_BLOCKERS = frozenset(
    {
        "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
        "that", "these", "those", "will", "would", "could", "should", "can", "may", "might",
        "must", "shall", "did", "does", "do", "not", "no", "never", "don't", "doesn't",
        "didn't", "won't", "wouldn't", "can't", "cannot", "new", "first", "last", "next",
        "whose", "of", "one", "two", "three", "several", "many", "some", "any", "every",
        "each", "all", "both", "is", "are", "was", "were", "be", "been", "being", "had",
    }
)  # fmt: skip

_EN_PARTICIPLES = frozenset(
    {
        "sworn", "chosen", "taken", "given", "born", "beaten", "driven", "written", "shown",
        "seen", "stolen", "frozen", "broken", "spoken", "hidden", "forgotten", "overtaken",
        "withdrawn", "drawn", "thrown", "flown", "shaken", "ridden", "fallen", "struck",
        "caught", "brought", "bought", "sought", "taught", "won", "lost",
    }
)  # fmt: skip

_EN_PARTICIPLE_BLOCKERS = frozenset(
    {
        "be", "been", "being", "is", "are", "was", "were", "will", "would", "to", "has",
        "have", "had", "the", "a", "an",
    }
)  # fmt: skip

_EN_MONTH_NOUNS_AFTER = frozenset(
    {
        "figures", "figure", "data", "numbers", "statistics", "report", "reading", "jobs",
        "inflation", "sales", "payrolls", "payroll", "election", "elections", "vote",
        "meeting", "summit", "session", "deadline", "visit", "attack", "attacks", "talks",
        "rally", "protest", "protests", "strike", "budget", "poll", "polls", "results",
        "survey", "edition", "issue", "index", "decision", "release", "unemployment",
        "trade", "exports", "imports", "output", "announcement", "hearing", "trial",
        "referendum", "ceasefire", "offensive",
    }
)  # fmt: skip

_EN_STATISTIC_NOUNS = frozenset(
    {
        "figures", "figure", "data", "numbers", "statistics", "reading", "jobs", "inflation",
        "sales", "payrolls", "payroll", "results", "survey", "index", "unemployment",
        "trade", "exports", "imports", "output",
    }
)  # fmt: skip

_EN_MANNER_VERBS = frozenset(
    {
        "close", "closes", "closed", "closing", "shut", "shuts", "shutting", "finish",
        "finishes", "finished", "finishing", "leave", "leaves", "left", "leaving", "retire",
        "retires", "retired", "knock", "clock", "wrap", "wraps", "wrapped",
    }
)  # fmt: skip

_EN_ODDS_CONTEXT = (
    "odds", "favourite", "favorite", "bookmakers", "bookmaker", "bookies", "betting",
    "punters", "each-way", "outsider", "paddy power", "william hill", "ladbrokes",
)  # fmt: skip

EN = Lexicon(
    lang="en",
    months={
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    },
    month_abbreviations={
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    capitalised_only=frozenset({"may", "march", "mar"}),
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    weekday_abbreviations={
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    },
    day_suffixes=("st", "nd", "rd", "th"),
    date_determiners=("the",),
    day_month_links=("of",),
    month_before_day=True,
    period_modifiers={
        "early": "start",
        "late": "end",
        "mid": "mid",
        "the end of": "end",
        "the beginning of": "start",
        "the start of": "start",
        "the middle of": "mid",
        "the first half of": "start",
        "the second half of": "end",
        "the first months of": "start",
        "the final months of": "end",
        "the last months of": "end",
        "the final weeks of": "end",
        "the last weeks of": "end",
        "fiscal": "fiscal",
    },
    month_licensors=(
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "throughout",
        "during",
        "from",
        "before",
        "after",
        "between",
        "last",
        "next",
        "this",
        "of",
        "the year to",
        "the month of",
    ),
    year_licensors=(
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "throughout",
        "during",
        "from",
        "before",
        "after",
        "between",
        "of",
        "the year",
        "for",
        "welcome",
        "welcomed",
        "welcoming",
        "ring in",
        "rang in",
        "usher in",
        "ushered in",
        "see in",
        "saw in",
    ),
    # "for 2000 years", "welcome 2000 refugees": counts when a plural noun follows.
    weak_year_licensors=("of", "from", "for", "welcome", "welcomed", "welcoming"),
    year_nouns_after=frozenset(
        {
            "election",
            "elections",
            "presidential",
            "parliamentary",
            "general",
            "vote",
            "referendum",
            "census",
            "olympics",
            "summit",
            "crisis",
            "war",
            "invasion",
            "annexation",
            "protests",
            "uprising",
            "revolution",
            "campaign",
            "budget",
            "season",
            "agreement",
            "accord",
            "deal",
            "ceasefire",
            "talks",
            "attack",
            "attacks",
            "coup",
            "report",
            "law",
        }
    )
    | _EN_EVENT_NOUNS,
    year_nouns_before=(),
    year_determiners=("the", "a", "an", "its", "his", "her", "their", "this", "that"),
    function_words=frozenset(
        {
            "this",
            "thus",
            "across",
            "always",
            "towards",
            "unless",
            "whereas",
            "perhaps",
            "does",
            "less",
            "plus",
            "afterwards",
            "besides",
            "was",
            "has",
            "its",
            "his",
            "hers",
            "ours",
        }
    ),  # fmt: skip
    range_links=("-", "–", "to", "and", "through"),
    noun_phrase_starts=("the", "a", "an", "his", "her", "its", "their", "this", "that", "of"),
    of_words=("of",),
    relative_prefixes={
        "last": "before",
        "this past": "before",
        "next": "after",
        "this coming": "after",
        "this": "this",
    },
    relative_suffixes={},
    day_part_prefixes={
        "early": "early morning",
        "early on": "early morning",
        "late": "late",
        "late on": "late",
    },
    parts_of_day={
        "morning": "morning",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
        "at dawn": "early morning",
        "at daybreak": "early morning",
    },
    part_of_day_of={
        "the morning of": "morning",
        "the afternoon of": "afternoon",
        "the evening of": "evening",
        "the night of": "night",
        "the early hours of": "early morning",
        "the early morning of": "early morning",
        "the small hours of": "early morning",
    },
    bare_parts_of_day={
        "the morning": ("morning", True),
        "the afternoon": ("afternoon", True),
        "the evening": ("evening", True),
        "the night": ("night", True),
        "the early morning": ("early morning", True),
        "the early hours": ("early morning", True),
        "the late afternoon": ("afternoon", True),
        "the late evening": ("evening", True),
        "early in the morning": ("early morning", False),
        "dawn": ("early morning", True),
        "daybreak": ("early morning", True),
    },
    bare_part_licensors=("in", "during", "overnight into", "at", "before", "after"),
    passive_markers=("be", "being", "remain", "remains", "stay", "stays"),
    deadline_prepositions=("by", "no later than", "not later than"),
    phrases=_PHRASES_EN,
    numbers={
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "a couple of": 2,
    },
    units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
    relative_templates={
        "ago": ("{n} {unit} ago",),
        "ahead": ("{n} {unit} from now", "in {n} {unit}' time", "in {n} {unit}'s time"),
        "later": ("{n} {unit} later",),
        "earlier": ("{n} {unit} earlier",),
    },
    tense_cues={
        "future": (
            "will",
            "won't",
            "shall",
            "(?:is|are|am|'re|'s) (?:not )?(?:due|set|scheduled|slated|expected|poised|going|"
            "supposed|planning|preparing|likely|unlikely) to",
            "(?:is|are) (?:expected|forecast|scheduled|slated|planned|due)",
            "(?:set|scheduled|slated|fixed|planned|postponed|adjourned|rescheduled|pushed back|"
            "delayed|deferred|brought forward) (?:for|until|to|back to)",
            # "postponed the hearing until January 15": the object may come in between.
            "(?:postponed|adjourned|delayed|deferred|rescheduled|pushed back)"
            "(?=(?: \\S+){1,4} (?:until|till) )",
            "(?:plans?|intends?|aims?|hopes?|vows?|pledges?|promises?|threatens?|wants?|"
            "expects?) to",
            "to be held",
            "gonna",
            "upcoming",
        ),
        "reported": (
            "would",
            "wouldn't",
            "(?:was|were) (?:not )?(?:due|set|scheduled|slated|expected|poised|going|supposed|"
            "planning|preparing|likely|forecast|tipped|projected|predicted) to",
            "(?:planned|intended|aimed|hoped|vowed|pledged|promised|threatened|wanted|agreed|"
            "decided|expected) to",
        ),
        # Present tense of a scheduled happening (fixtures, openings, deadlines, laws): news
        # uses it for what is ahead ("England face Wales on Wednesday", "polls close on
        # Sunday"). Bare forms need a subject before them (scheduled_needs_subject).
        "scheduled": (
            "(?:faces?|meets?|plays?|hosts?|opens?|closes?|reopens?|resumes?|starts?|begins?|"
            "ends?|vote|expires?|arrives)",
            "(?:kick|kicks) off",
            "(?:go|goes) (?:on sale|ahead|to the polls)",
            "(?:travel|travels|head|heads|fly|flies) to",
            "(?:take|takes) (?:effect|over)",
            "(?:come|comes) into (?:force|effect)",
            "(?:run|runs|last|lasts) (?:until|till|through)",
            "(?:get|gets) under ?way",
            "(?:forecast|tipped|projected|predicted) to",
            "(?:has|have) (?:only )?until",
        ),
        "present": (
            "(?:is|are|am|'re) (?:still |now |currently )?[a-z]+ing",
            "(?:has|have) to",
            "may",
            "can",
            "must",
            "should",
            "could",
            "might",
        ),
        "past": (
            "has",
            "have",
            "had",
            "hasn't",
            "haven't",
            "hadn't",
            "'ve",
            "was",
            "were",
            "wasn't",
            "weren't",
            "did",
            "didn't",
            "said",
            "told",
            "met",
            "spoke",
            "went",
            "came",
            "took",
            "gave",
            "made",
            "held",
            "left",
            "sent",
            "saw",
            "began",
            "became",
            "fell",
            "found",
            "got",
            "led",
            "lost",
            "ran",
            "rose",
            "sat",
            "shot",
            "stood",
            "struck",
            "thought",
            "won",
            "wrote",
            "brought",
            "bought",
            "caught",
            "fought",
            "flew",
            "drove",
            "broke",
            "chose",
            "knew",
            "grew",
            "threw",
            "kept",
            "meant",
            "paid",
            "sought",
            "sold",
            "understood",
            "withdrew",
            "arose",
            "froze",
            "hid",
            "swore",
            "tore",
            "wore",
            "spent",
            "built",
            "dealt",
            "felt",
            "heard",
            "lent",
            "slept",
            "stuck",
            "swept",
            "taught",
            "fled",
            "ago",
        ),
    },
    tense_endings={"past": ("ed",), "future": ("'ll",)},
    tense_stopwords=frozenset(
        {
            "need",
            "speed",
            "feed",
            "seed",
            "indeed",
            "proceed",
            "exceed",
            "succeed",
            "breed",
            "bleed",
            "greed",
            "weed",
            "deed",
            "steed",
            "hundred",
            "bed",
            "shed",
            "embed",
            "united",
            "red",
            "ahmed",
            "mohammed",
            "mohamed",
            "muhammed",
            "limited",
            "interested",
        }
    ),
    set_cues=(
        "every",
        "each",
        "every year on",
        "each year on",
        "every year in",
        "each year in",
        "annually on",
    ),
    habitual_determiners=(),
    newspaper_before=_NEWSPAPER_BEFORE,
    newspaper_after=_NEWSPAPER_AFTER,
    holiday_before=frozenset(
        {
            "black",
            "good",
            "super",
            "bloody",
            "easter",
            "palm",
            "ash",
            "holy",
            "cyber",
            "maundy",
            "shrove",
            "whit",
            "giving",
        }
    ),
    holiday_after=(),
    count_cues=(
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "over",
        "than",
        "least",
        "approximately",
        "roughly",
        "estimated",
        "up to",
        "only",
        "just",
        "of the",
        "another",
    ),
    count_nouns=frozenset({"people", "men", "women", "children", "km", "police", "staff"}),
    clock_patterns=_CLOCK_EN,
    named_times={"noon": "12:00", "midnight": "00:00"},
    pm_markers=("p.m.", "pm"),
    am_markers=("a.m.", "am"),
    time_prepositions=(
        "at",
        "around",
        "about",
        "shortly after",
        "shortly before",
        "just after",
        "just before",
        "from",
        "until",
    ),  # fmt: skip
    time_date_links=("on",),
    time_zones=("gmt", "utc", "bst", "cet", "cest", "est", "edt", "local time", "moscow time"),
    ignored_locale_phrases=frozenset(
        {
            "till date",
            "this mo",
            "last mo",
            "next mo",
            "this wk",
            "last wk",
            "next wk",
            "this yr",
            "last yr",
            "next yr",
        }
    ),  # fmt: skip
    scheduled_needs_subject=_EN_SCHEDULED_NEEDS_SUBJECT,
    subject_pronouns=frozenset({"they", "we", "you", "i"}),
    scheduled_before_only=False,
    cue_blockers=_EN_CUE_BLOCKERS,
    forward_markers=(
        "ahead of(?! (?:schedule|time|the curve|the pack|expectations|forecasts|rivals))",
        "in the (?:run|lead|build)-?up to",
        "in preparation for",
        "in time for",
    ),
    forward_prepositions=(),
    open_end_prepositions=(
        "until",
        "till",
        "starting",
        "starting from",
        "starting on",
        "as of",
        "as from",
        "effective",
        "with effect from",
    ),
    reporting_verbs=frozenset(
        {"said", "says", "told", "announced", "added", "stated", "confirmed", "warned"}
    ),
    participle_endings=(),  # "-ed" is a tense ending already
    # Irregular participles not listed as past cues: "Sworn in on Tuesday, the mayor will ...".
    participles=_EN_PARTICIPLES,
    participle_stopwords=frozenset(),
    participle_blockers=_EN_PARTICIPLE_BLOCKERS,
    list_links=("and", "or", "to", "through", "-", "–", ","),
    title_part_words=frozenset({"night", "nights", "morning", "evening", "afternoon"}),
    weekdays_lower_case=False,
    odds_before=(
        "at",
        "odds of",
        "priced at",
        "backed at",
        "cut to",
        "out to",
        "drifted to",
        "shortened to",
        "into",
    ),
    odds_after=frozenset(
        {"favourite", "favorite", "fav", "shot", "chance", "outsider", "joint", "second", "bet"}
    ),
    odds_context=_EN_ODDS_CONTEXT,
    month_nouns_after=_EN_MONTH_NOUNS_AFTER,
    statistic_nouns=_EN_STATISTIC_NOUNS,
    manner_verbs=_EN_MANNER_VERBS,
    pluperfect_auxiliaries=frozenset({"had", "hadn't"}),
    count_plural_endings=("s", "x"),
)


_FR_CUE_BLOCKERS = frozenset(
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "sa", "son", "ses", "leur",
        "leurs", "cette", "ce", "cet", "ces", "notre", "nos", "votre", "vos", "mon", "ma",
        "mes", "première", "dernière", "nouvelle", "prochaine",
    }
)  # fmt: skip

_FR_REPORTING_VERBS = frozenset(
    {
        "dit", "indiqué", "déclaré", "annoncé", "affirmé", "précisé", "ajouté", "expliqué",
        "assuré", "souligné", "confirmé", "averti", "prévenu",
    }
)  # fmt: skip

_FR_PARTICIPLES = frozenset(
    {
        "élu", "élue", "élus", "élues", "réuni", "réunie", "réunis", "réunies", "parti",
        "partie", "partis", "parties", "venu", "venue", "venus", "venues", "revenu",
        "revenue", "reçu", "reçue", "reçus", "reçues", "mort", "morte", "morts", "mortes",
        "né", "née", "nés", "nées", "pris", "prise", "prises", "mis", "mise", "mises",
        "détenu", "détenue", "détenus", "retenu", "retenue", "retenus", "tenu", "tenue",
        "interrompu", "interrompue", "battu", "battue", "battus", "vaincu", "vaincue",
        "sorti", "sortie", "sortis", "disparu", "disparue", "disparus", "survenu", "survenue",
        "intervenu", "parvenu", "parvenue", "conquis", "surpris", "soumis", "abattu",
        "abattue", "abattus", "ouvert", "ouverte", "dit", "dite", "écrit", "écrite",
        "saisi", "saisie", "saisis", "choisi", "choisie", "choisis", "établi", "établie",
        "réussi", "accueilli", "accueillie", "accueillis", "conclu", "conclue", "perdu",
        "perdue", "perdus", "vendu", "vendue", "rendu", "rendue", "entendu", "entendue",
        "suspendu", "suspendue", "descendu", "obtenu", "obtenue", "maintenu", "maintenue",
        "soutenu", "soutenue", "convaincu", "reconnu", "reconnue", "servi", "suivi", "suivie",
        "poursuivi", "poursuivie", "investi", "investie", "envahi", "fini", "finie",
        "averti", "avertie", "interdit", "interdite", "promis", "promise", "remis", "remise",
        "transmis", "commis", "admis", "admise", "compris", "repris", "reprise", "appris",
        "acquis", "requis", "condamné", "inculpé",
        "fait", "faite", "atteint", "atteinte", "éteint", "éteinte", "construit",
        "construite", "conduit", "conduite", "produit", "détruit", "détruite",
    }
)  # fmt: skip

_FR_PARTICIPLE_STOPWORDS = frozenset(
    {
        "année", "journée", "soirée", "matinée", "côté", "été", "société", "liberté",
        "sécurité", "activité", "entrée", "arrivée", "armée", "pensée", "idée", "musée",
        "lycée", "allée", "durée", "fumée", "marée", "rentrée", "tournée", "assemblée",
        "délégué", "député", "comité", "marché", "clergé", "congé", "degré", "café", "thé",
        "bébé", "résumé", "communiqué", "employé", "salarié", "allié", "alliés", "associé",
        "invité", "réfugié", "réfugiés", "émigré", "blessé", "blessés", "andré", "rené",
        "josé", "aimé", "noé", "désiré", "honoré", "chloé", "zoé", "renée", "andrée",
        "santé", "qualité", "quantité", "majorité", "autorité", "autorités", "unité",
        "communauté", "université", "solidarité", "vérité", "identité", "électricité",
        "difficulté", "nationalité", "priorité", "fraternité", "égalité", "dignité",
        "réalité", "capacité", "volonté", "beauté", "cité", "traité", "traités", "procédé",
        "défilé", "dégradé", "opéra", "épée", "vallée", "poupée", "chaussée", "randonnée",
        "destinée", "corvée", "bouchée", "portée", "montée", "visée", "mosquée", "odyssée",
        "trophée", "pâté", "gré", "pré", "blé", "clé", "clés", "thés", "cafés", "revenu",
        "revenus",
    }
)  # fmt: skip

_FR_PARTICIPLE_BLOCKERS = frozenset(
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "sa", "son", "ses",
        "leur", "leurs", "cette", "ce", "cet", "ces", "notre", "nos", "votre", "vos",
        "être", "été", "sera", "seront", "serait", "seraient", "est", "sont", "soit",
        "soient", "était", "étaient", "va", "vont", "doit", "doivent", "devra", "devront",
        "a", "ont", "avait", "avaient", "aura", "auront", "sera-t-il", "sera-t-elle",
    }
)  # fmt: skip

_FR_STATISTIC_NOUNS = frozenset(
    {
        "chiffres", "chiffre", "données", "statistiques", "résultats", "bilan", "inflation",
        "ventes", "exportations", "importations", "sondage",
    }
)  # fmt: skip

_FR_MANNER_VERBS = frozenset(
    {
        "plus", "trop", "très", "assez", "si", "aussi", "ferme", "ferment", "fermera",
        "fermeront", "quitte", "quittent", "partent", "termine", "terminent",
    }
)  # fmt: skip

# Nouns whose complement month is a date: "les chiffres d'avril".
_FR_DATED_NOUNS = (
    "chiffres", "chiffre", "données", "statistiques", "résultats", "bilan",
    "rapport", "inflation", "élections", "élection", "scrutin", "sommet", "réunion",
    "session", "édition", "manifestation", "manifestations", "attentats", "attentat",
    "grève", "grèves", "ventes", "exportations", "importations", "sondage",
    "référendum", "conseil", "décision", "annonce", "vote",
)  # fmt: skip

FR = Lexicon(
    lang="fr",
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    month_abbreviations={
        "janv": 1,
        "févr": 2,
        "fév": 2,
        "fevr": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "déc": 12,
        "dec": 12,
    },
    capitalised_only=frozenset(),
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    weekday_abbreviations={
        "lun": 0,
        "mar": 1,
        "mer": 2,
        "jeu": 3,
        "ven": 4,
        "sam": 5,
        "dim": 6,
    },
    day_suffixes=("er",),
    date_determiners=("le",),
    day_month_links=(),
    month_before_day=False,
    period_modifiers={
        "début": "start",
        "fin": "end",
        "mi": "mid",
        "courant": "mid",
        "la fin de": "end",
        "le début de": "start",
        "la mi": "mid",
        "la fin de l'année": "end",
        "le début de l'année": "start",
        "la fin de l'an": "end",
        "les derniers mois de": "end",
        "les premiers mois de": "start",
    },
    month_licensors=(
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "jusqu'à",
        "avant",
        "après",
        "entre",
        "d'ici",
        "au mois de",
        "le mois de",
        "du mois de",
        "au mois d'",
        "le mois d'",
        "du mois d'",
        # A month as the complement of a dated noun: "les chiffres d'avril".
        *(f"{noun} {de}" for noun in _FR_DATED_NOUNS for de in ("de", "d'")),  # fmt: skip
    ),
    year_licensors=(
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "avant",
        "après",
        "entre",
        "d'ici",
        "de",
        "d'",
        "l'année",
        "l'an",
        "pour",
    ),
    # "de 2000 migrants", "pour 2000 personnes": counts when a plural noun follows.
    weak_year_licensors=("de", "d'", "pour"),
    year_nouns_after=frozenset(),
    year_nouns_before=(
        "présidentielle",
        "présidentielles",
        "élection",
        "élections",
        "législatives",
        "municipales",
        "européennes",
        "régionales",
        "scrutin",
        "budget",
        "exercice",
    ),
    year_determiners=(),
    function_words=frozenset(
        {
            "dans",
            "sous",
            "sans",
            "plus",
            "tous",
            "après",
            "depuis",
            "vers",
            "alors",
            "puis",
            "ainsi",
            "lors",
            "leurs",
            "moins",
            "jamais",
            "toujours",
            "mais",
            "très",
            "près",
            "selon",
            "avons",
            "avez",
            "sommes",
            "êtes",
            "sont",
            "ils",
            "elles",
            "nous",
            "vous",
        }
    ),  # fmt: skip
    range_links=("-", "–", "au", "et", "à"),
    noun_phrase_starts=("le", "la", "les", "l'", "de", "du", "des", "d'", "son", "sa", "ses"),
    of_words=("de", "du", "d'"),
    relative_prefixes={"ce": "this"},
    relative_suffixes={"dernier": "before", "passé": "before", "prochain": "after"},
    day_part_prefixes={"tôt": "early morning", "tard": "late"},
    parts_of_day={
        "matin": "morning",
        "après-midi": "afternoon",
        "soir": "evening",
        "en soirée": "evening",
        "en matinée": "morning",
        "dans la soirée": "evening",
        "dans la matinée": "morning",
        "dans la nuit": "night",
        "dans l'après-midi": "afternoon",
        "en fin de journée": "late",
        "en fin d'après-midi": "afternoon",
        "en début de soirée": "evening",
        "en début d'après-midi": "afternoon",
        "en fin de matinée": "morning",
        "en début de matinée": "early morning",
        "au matin": "morning",
        "au soir": "evening",
        "au petit matin": "early morning",
        "à l'aube": "early morning",
        "au lever du jour": "early morning",
        "à la mi-journée": "afternoon",
    },
    part_of_day_of={
        "la nuit de": "night",
        "la nuit du": "night",
        "la soirée de": "evening",
        "la soirée du": "evening",
        "la matinée de": "morning",
        "la matinée du": "morning",
        "l'après-midi de": "afternoon",
        "l'après-midi du": "afternoon",
        "la journée de": None,
        "la journée du": None,
    },
    bare_parts_of_day={
        "la matinée": ("morning", True),
        "l'après-midi": ("afternoon", True),
        "la soirée": ("evening", True),
        "la nuit": ("night", True),
        "matinée": ("morning", True),
        "soirée": ("evening", True),
        "fin de journée": ("late", True),
        "fin d'après-midi": ("afternoon", True),
        "fin de matinée": ("morning", True),
        "début de soirée": ("evening", True),
        "début de matinée": ("early morning", True),
        "début d'après-midi": ("afternoon", True),
        "petit matin": ("early morning", True),
        "tôt le matin": ("early morning", False),
        "tôt dans la matinée": ("early morning", False),
        "tard dans la soirée": ("evening", False),
        "tard dans la nuit": ("night", False),
        "le petit matin": ("early morning", True),
        "l'aube": ("early morning", True),
    },
    bare_part_licensors=("dans", "en", "au", "dès", "durant", "pendant", "à"),
    passive_markers=(),
    deadline_prepositions=("d'ici", "d'ici au", "d'ici à", "au plus tard"),
    phrases=_PHRASES_FR,
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
    },
    units={
        "jour": "day",
        "jours": "day",
        "semaine": "week",
        "semaines": "week",
        "mois": "month",
        "an": "year",
        "ans": "year",
        "année": "year",
        "années": "year",
    },
    relative_templates={
        "ago": ("il y a {n} {unit}",),
        "ahead": ("dans {n} {unit}",),
        "later": ("{n} {unit} plus tard",),
        "earlier": ("{n} {unit} plus tôt", "{n} {unit} auparavant"),
    },
    tense_cues={
        "future": (
            "(?:va|vont|vais|vas|allons|allez) (?:(?:bientôt|encore|aussi|également|ensuite|"
            "donc|pas|se|s'|y|en|lui|leur|les|la|le|l'|me|te|nous|vous) ?)*"
            "[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:doit|doivent) (?:(?:se|s'|y|en|lui|leur|les|la|le|l'|encore|aussi|également|"
            "notamment|bientôt) ?)*[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:est|sont) (?:(?:également|aussi|notamment) )?(?:prévue?s?|attendue?s?|"
            "programmée?s?|censée?s?)",
            "prévoi(?:t|ent) (?:de|d')",
            # "repoussé à samedi" schedules; "ont repoussé des migrants samedi" narrates.
            "(?:report|repouss|ajourn|décal)(?:ée?s?|er|e|ent)"
            "(?=(?: (?:l'|l’)?\\w+){0,3} (?:à|au|aux|pour|jusqu))",
            "(?:fixée?s?|programmée?s?|prévue?s?|attendue?s?)",
            "aura lieu",
            "auront lieu",
            "sera",
            "seront",
            "aura",
            "auront",
            "fera",
            "feront",
            "ira",
            "iront",
            "pourra",
            "pourront",
            "devra",
            "devront",
            "viendra",
            "viendront",
            # The conditional of "devoir" forecasts: "les températures devraient atteindre
            # 38 degrés mercredi" is ahead, not a future in the past.
            "devrait",
            "devraient",
            "verra",
            "verront",
            "voudra",
            "faudra",
            "tiendra",
            "tiendront",
            "saura",
            "irons",
            "irez",
            "serons",
            "serez",
            "aurons",
            "aurez",
            "ferons",
            "ferez",
        ),
        "reported": (
            "serait",
            "seraient",
            "aurait",
            "auraient",
            "ferait",
            "feraient",
            "irait",
            "iraient",
            "(?:devait|devaient|allait|allaient) (?:(?:se|s'|y|en|lui|leur|les|la|le|l') ?)*"
            "[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:était|étaient) (?:prévue?s?|attendue?s?|censée?s?)",
            "(?:risque|risquent|risquait|risquaient) (?:de|d')",
        ),
        # Present tense of a scheduled happening: "La France affronte l'Irlande jeudi",
        # "le sommet se tient lundi", "les électeurs ont jusqu'à dimanche".
        "scheduled": (
            "(?:affronte|affrontent|rencontre|rencontrent|reçoit|reçoivent|accueille|"
            "accueillent|ouvre|ouvrent|rouvre|rouvrent|ferment|referment|débute|débutent|"
            "commence|commencent|démarre|démarrent|reprend|reprennent|expire|expirent|joue|"
            "jouent|dispute|disputent|votent|défilent|manifestent)",
            "(?:entre|entrent) en vigueur",
            "(?:prend|prennent) (?:effet|fin)",
            "(?:a|ont) lieu",
            "ferme (?:ses|leurs) portes",
            "se (?:tient|tiennent|déroule|déroulent|rend|rendent|réunit|réunissent|termine|"
            "terminent)",
            "s'(?:ouvre|ouvrent|achève|achèvent)",
            "(?:appelle|appellent) (?:à|au|aux)",
            "(?:a|as|ont|avez|avons) (?:encore )?jusqu'(?:à|au|en)",
        ),
        "present": (
            "(?:est|sont) en train de",
            "(?:peut|peuvent)",
        ),
        "past": (
            "(?:a|ont|avait|avaient|ai|avons|avez|eu) (?:(?:également|aussi|"
            "déjà|notamment|bien|encore|pas|ensuite|alors|récemment|enfin|finalement|toutefois|"
            "cependant|d'abord|lui-même|elle-même|par ailleurs|ainsi) )*"
            "[^\\W\\d_][^\\W\\d_-]*(?:é|ée|és|ées|i|is|ie|ies|it|ite|u|us|ue|ues|ert|erte|ort|"
            "orte|eint|aint|uit|ait)",
            "(?:a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle|on)) "
            "[^\\W\\d_][^\\W\\d_-]*(?:é|ée|és|ées|i|is|ie|ies|it|ite|u|us|ue|ues|ert|erte|ort)",
            "(?:est|sont|était|étaient|s'est|se sont|s'était|s'étaient|fut|furent) "
            "(?:(?:également|aussi|déjà|notamment|bien|encore|pas|ensuite|alors|récemment|"
            "enfin|finalement) )*"
            "[^\\W\\d_][^\\W\\d_-]*(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|it|ite|ort|orte|enu|"
            "enue|enus|enues)",
            "fut",
            "furent",
            "eut",
            "eurent",
        ),
    },
    tense_endings={
        # Conditional and future endings that imperfects and nouns do not share
        # ("déclarait" is past, "déclarerait" reported, "caméra" nothing).
        "future": (
            "era",
            "eront",
            "erons",
            "erez",
            "irons",
            "irez",
            "rrons",
            "rrez",
            "drons",
            "drez",
            "vrons",
            "vrez",
            "ira",
            "iront",
            "rra",
            "rront",
            "dra",
            "dront",
            "vra",
            "vront",
            "ttra",
            "ttront",
            "îtra",
            "îtront",
        ),
        "reported": (
            "erait",
            "eraient",
            "irait",
            "iraient",
            "rrait",
            "rraient",
            "drait",
            "draient",
            "vrait",
            "vraient",
        ),
        "past": ("ait", "aient", "èrent"),
    },
    tense_stopwords=frozenset(
        {
            "front",
            "affront",
            "contra",
            "extra",
            "opéra",
            "caméra",
            "sahara",
            "ankara",
            "tora",
            "cobra",
            "mantra",
            "para",
            "terra",
            "sierra",
            "agora",
            "hydra",
            "zebra",
            "algèbre",
            "angora",
            "samara",
            "ultra",
            "vera",
            "era",
            "dera",
            "tiara",
            "portrait",
            "retrait",
            "extrait",
            "attrait",
            "trait",
            "distrait",
            "abstrait",
            "soustrait",
            "lait",
            "souhait",
            "parfait",
            "bienfait",
            "forfait",
            "méfait",
            "fait",
            "plait",
            "plaît",
            "sujet",
            "jamais",
            "ferait",
            "quatre",
            "contrat",
            "autrement",
            "mira",
            "chimera",
            "opera",
            "environs",
            "vignerons",
            "bûcherons",
            "forgerons",
            "biberons",
            "hérons",
            "escadrons",
            "chaudrons",
            "perez",
            "xerez",
        }
    ),
    set_cues=(
        "chaque",
        "tous les",
        "toutes les",
        "chaque année",
        "chaque année en",
        "tous les ans",
        "tous les ans en",
    ),
    habitual_determiners=("le",),
    newspaper_before=_NEWSPAPER_BEFORE,
    newspaper_after=_NEWSPAPER_AFTER,
    holiday_before=frozenset(),
    holiday_after=(
        "saint",
        "gras",
        "de pâques",
        "de pentecôte",
        "des rameaux",
        "des cendres",
        "noir",
        "saints",
    ),  # fmt: skip
    count_cues=(
        "environ",
        "près de",
        "plus de",
        "moins de",
        "quelque",
        "au moins",
        "jusqu'à",
        "d'environ",
        "quelques",
        "sur",
        "des",
        "les",
    ),
    count_nouns=frozenset({"km", "euros", "personnes", "gens"}),
    clock_patterns=_CLOCK_FR,
    named_times={"midi": "12:00", "minuit": "00:00"},
    pm_markers=(),
    am_markers=(),
    time_prepositions=(
        "à",
        "vers",
        "dès",
        "peu après",
        "peu avant",
        "aux alentours de",
        "autour de",
        "jusqu'à",
    ),  # fmt: skip
    time_date_links=("le",),
    time_zones=("gmt", "utc", "heure locale", "heure de paris", "heure française", "hec"),
    scheduled_needs_subject=frozenset(),
    subject_pronouns=frozenset(),
    scheduled_before_only=True,
    cue_blockers=_FR_CUE_BLOCKERS,
    forward_markers=(
        "en vue (?:de|du|des|d')",
        "en prévision (?:de|du|des|d')",
        "à l'approche (?:de|du|des|d')",
        "dans la perspective (?:de|du|des|d')",
        "en amont (?:de|du|des|d')",
    ),
    forward_prepositions=("pour",),
    open_end_prepositions=(
        "jusqu'à",
        "jusqu'au",
        "jusqu'en",
        "à partir de",
        "à partir du",
        "à compter de",
        "à compter du",
    ),
    reporting_verbs=_FR_REPORTING_VERBS,
    participle_endings=("é", "ée", "és", "ées"),
    participles=_FR_PARTICIPLES,
    participle_stopwords=_FR_PARTICIPLE_STOPWORDS,
    participle_blockers=_FR_PARTICIPLE_BLOCKERS,
    list_links=("et", "ou", "au", "à", "-", "–", ","),
    title_part_words=frozenset(),
    weekdays_lower_case=True,
    odds_before=(),
    odds_after=frozenset(),
    odds_context=("cote", "cotes", "bookmakers", "parieurs", "paris sportifs", "turf", "pmu"),
    month_nouns_after=frozenset(),
    statistic_nouns=_FR_STATISTIC_NOUNS,
    manner_verbs=_FR_MANNER_VERBS,
    pluperfect_auxiliaries=frozenset({"avait", "avaient", "était", "étaient", "s'était"}),
    count_plural_endings=("s", "x"),
    participle_noun_endings=("ité", "ités"),
)

# The two calendars written in this module; crisis_timeline/lang/en and /fr read them here.
BUILT_IN: dict[str, Lexicon] = {"en": EN, "fr": FR}


def lexicon_for(lang: str) -> Lexicon:
    """The calendar of `lang` from the registry (a partial language's empty one: never raises)."""
    from crisis_timeline.lang import tables  # the registry imports this module

    return tables(lang).calendar


class _RegistryLexicons(Mapping[str, Lexicon]):
    """Read-only {code: Lexicon} over the registry's fully supported languages."""

    def __getitem__(self, lang: str) -> Lexicon:
        from crisis_timeline.lang import is_supported

        if not is_supported(lang):
            raise KeyError(lang)
        return lexicon_for(lang)

    def __iter__(self):
        from crisis_timeline.lang import languages

        return iter(languages())

    def __len__(self) -> int:
        from crisis_timeline.lang import languages

        return len(languages())


LEXICONS: Mapping[str, Lexicon] = _RegistryLexicons()

# Number pairs that look like day/month but name something else (any language).
NUMERIC_NOT_DATES = frozenset({"24/7", "9/11", "7/7", "50/50", "11/9"})

_DATEPARSER_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_DATEPARSER_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_DATEPARSER_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year"}


@dataclass(frozen=True)
class CalendarNames:
    """Month and weekday names and deictic phrases: a lexicon merged with dateparser's locale."""

    months: Mapping[str, int]
    month_abbreviations: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_abbreviations: Mapping[str, int]
    phrases: Mapping[str, Phrase]


def _locale_phrase(relative_key: str) -> Phrase | None:
    """dateparser's "1 week ago" / "in 2 day" keys as a Phrase (None for units we do not date)."""
    parts = relative_key.split()
    if len(parts) == 3 and parts[2] == "ago" and parts[0].isdigit():
        amount, unit = -int(parts[0]), parts[1]
    elif len(parts) == 3 and parts[0] == "in" and parts[1].isdigit():
        amount, unit = int(parts[1]), parts[2]
    else:
        return None
    if unit not in _DATEPARSER_UNITS:
        return None
    return Phrase(_DATEPARSER_UNITS[unit], amount, takes_part_of_day=unit == "day")


@cache
def calendar_names(lang: str) -> CalendarNames:
    """The language's names, completed from dateparser's locale data (ours win on conflicts).

    dateparser contributes abbreviations (used only beside a day number or a year) and its
    simple deictic phrases; one- and two-letter abbreviations ("sa", "we", "je") are ignored.
    """
    lexicon = lexicon_for(lang)
    months = dict(lexicon.months)
    month_abbreviations = dict(lexicon.month_abbreviations)
    weekdays = dict(lexicon.weekdays)
    weekday_abbreviations = dict(lexicon.weekday_abbreviations)
    phrases = dict(lexicon.phrases)
    try:
        from dateparser.languages.loader import default_loader

        # A partial language reads numeric and ISO dates only: no month names from dateparser.
        info = (
            {}
            if lexicon.lang != lang or not lexicon.months
            else default_loader.get_locale(lang).info
        )
    except Exception:  # pragma: no cover - dateparser lacks the language: our tables suffice
        info = {}
    for number, key in enumerate(_DATEPARSER_MONTHS, start=1):
        for name in info.get(key, ()):
            name = name.lower().rstrip(".")
            if len(name) >= 3 and name not in months:
                month_abbreviations.setdefault(name, number)
    for number, key in enumerate(_DATEPARSER_WEEKDAYS):
        for name in info.get(key, ()):
            name = name.lower().rstrip(".")
            if len(name) >= 3 and name not in weekdays:
                weekday_abbreviations.setdefault(name, number)
    for relative_key, texts in (info.get("relative-type") or {}).items():
        phrase = _locale_phrase(relative_key)
        if phrase is None:
            continue
        for text in texts:
            text = text.lower()
            if text not in lexicon.ignored_locale_phrases and text not in phrases:
                phrases[text] = phrase
    return CalendarNames(months, month_abbreviations, weekdays, weekday_abbreviations, phrases)
