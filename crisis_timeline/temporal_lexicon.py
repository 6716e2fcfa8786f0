"""The shape of the temporal tagger's word tables (`Lexicon`, `Phrase`), the tables shared by
every language, and the registry's view of each language's calendar.

A `Lexicon` holds weekday and month names, the words that license a bare month or year,
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

Every language's Lexicon lives in its folder, `crisis_timeline/lang/<code>/calendar.py`
(`LEXICON`); what is here holds whatever the language (newspaper and work titles, number
pairs that are not dates). The tagger reads every language through
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
    # Words between a year written first and its month: Lithuanian "2021 m. lapkričio"
    # ("m." = metų, "of the year"), "2021 m. lapkričio 8 d.". Empty: no year-first dates.
    year_month_links: tuple[str, ...] = ()
    # Separators of an all-numeric year-first date besides ISO's hyphen, month and day on two
    # digits: Lithuanian "2021 12 04", "2021.12.04". Empty: ISO only.
    year_first_separators: tuple[str, ...] = ()
    # Nouns of a rule or timetable: a clock time right after one (no verb between) or right
    # before one is the rule's hour, not a happening ("le couvre-feu à 18 heures", "the
    # 10 p.m. curfew"). Lower case, matched as whole words.
    schedule_nouns: tuple[str, ...] = ()
    # Words that make a clock time in their sentence a daily habit ("closes at 9 p.m. every
    # day", "ouvre à 9h00 tous les jours"). Lower case, matched as whole words.
    daily_markers: tuple[str, ...] = ()
    # Prepositions that close a period at the expression ("until 10 December", "jusqu'au",
    # "do 1 marca", "до 10 декабря", "iki gruodžio"): its day is the period's last, often
    # ahead of the writer's, so publication-date inference never takes it for theirs.
    until_prepositions: tuple[str, ...] = ()
    # Right before a date, a word that puts it before the writer's day whatever the verb
    # ("les fils barbelés érigés depuis septembre" under a future "viendra remplacer").
    # Only words that always look back: Polish "od", Russian "с", Lithuanian "nuo" also
    # mean "from" a day ahead ("od 1 grudnia wejdzie w życie"), so they are not listed.
    since_prepositions: tuple[str, ...] = ()
    # Of `open_end_prepositions`, those that also mean "since" (Russian "с": "с 8 ноября" is
    # "since 8 November" under "остается напряженной", "from 1 December" under "вводится"):
    # before a dated day or a month they give the occurrence closest to the writer's day,
    # not the next one; before a weekday they still open a period ahead ("с понедельника").
    since_or_from_prepositions: tuple[str, ...] = ()
    # A rolling day ("in the last 24 hours", "за последние сутки"), a border guard's daily
    # count: the tagger gives the report's day (the publication's); an event it dates spans
    # the day before too (events.py). Each is also one of `phrases` (a day of the
    # dct); it dates a sentence with no other date and yields to one beside it ("per
    # praėjusią parą, nuo ketvirtadienio vidurnakčio iki penktadienio"). Lower case.
    rolling_day_phrases: tuple[str, ...] = ()
    # Right before a day, words that make it the end of a rolling day ("in the 24 hours to
    # Friday morning", "au cours des 24 heures qui se sont terminées vendredi matin"): the
    # count spans that day and the one before, as a rolling day does. Lower case.
    rolling_day_ends: tuple[str, ...] = ()
    # Between two days of one happening (events.py joins them into one ranged date): a
    # range ("from Saturday to Monday", "od soboty do poniedziałku", "с субботы по
    # понедельник", "nuo ketvirtadienio iki penktadienio") and a pair of next days ("on
    # Wednesday and Thursday"). Each may be followed by one of `day_range_determiners`
    # ("to [on] Monday", "au [le] 16"). Lower case; "-" and "–" link in every language.
    day_range_links: tuple[str, ...] = ()
    # Between the two days of one night, besides the range links ("w nocy z soboty na
    # niedzielę", "в ночь с субботы на воскресенье", "naktį iš šeštadienio į sekmadienį"):
    # the night is one, dated by its first day
    night_range_links: tuple[str, ...] = ()
    # A weekly count before a list of weekdays ("four days a week – Tuesday, Wednesday"): a
    # timetable, when a second weekday follows
    timetable_cues: tuple[str, ...] = ()
    day_pair_links: tuple[str, ...] = ()
    day_range_determiners: tuple[str, ...] = ()
    # Before the first of two days, a word that makes their pair link a range ("between 25
    # and 27 March", "entre le 25 et le 27 mars", "między 25 a 27 marca", "между 25 и 27
    # марта"): the days in between are the happening's too. Before two months it may be
    # the turn of them ("na przełomie sierpnia i września", "на рубеже августа и сентября").
    day_range_openers: tuple[str, ...] = ()
    # Before the first of days listed with one month, a word that makes them dates even
    # when they skip days ("on 18, 22 and 25 November", "les 18, 22 et 25 novembre"); without
    # it only days that follow one another are a list ("counted 12, 26 and 27 November")
    day_list_openers: tuple[str, ...] = ()
    # What joins the two days after such an opener, beyond the pair links ("a" in Polish)
    day_between_links: tuple[str, ...] = ()
    # Month forms that date a clause by themselves, with no preposition before them: the
    # Lithuanian accusative and locative ("Spalį pranešta", "lapkrityje"). Lower case.
    adverbial_month_forms: tuple[str, ...] = ()
    # Period modifiers written after the month ("rugsėjo pabaigoje", "lapkričio viduryje"),
    # as `period_modifiers` before it; they also make the month a date.
    period_modifiers_after: Mapping[str, str] = field(default_factory=dict)
    # The year of a bare month told relative to the publication's, in words after the month
    # ("w sierpniu ubiegłego roku", "в августе прошлого года", "w listopadzie br.") or before
    # it ("praėjusių metų rugpjūtį"): the offset in years. English and French say it with
    # a year phrase the tagger reads on its own ("August last year", "août de l'an dernier").
    month_years_after: Mapping[str, int] = field(default_factory=dict)
    month_years_before: Mapping[str, int] = field(default_factory=dict)


# Newspaper titles that contain a weekday, whatever the language of the article
# ("Sunday Times", "Journal du Dimanche", "Mail on Sunday"): the words before a weekday
# (NEWSPAPER_BEFORE) or after it (NEWSPAPER_AFTER) that make it a title; the language
# calendars use them.
NEWSPAPER_BEFORE = ("mail on", "independent on", "journal du", "jdd du")
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
NEWSPAPER_AFTER = frozenset(
    {
        "times", "telegraph", "express", "mirror", "post", "people", "herald", "mail", "sport",
        "star", "world", "independent", "tribune", "observer", "business", "record", "sun",
        "night football", "journal",
    }
)  # fmt: skip


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
