"""Registry of language data: one folder per language, `crisis_timeline/lang/<code>/`.

A language folder is a package whose `__init__.py` exposes `TABLES`, a `LanguageTables`
record holding every table the pipeline reads for that language (the way spaCy keeps
`spacy/lang/fr/`): calendar words and date grammar with tense cues (`calendar`, a
`temporal_lexicon.Lexicon`), event and event-type cues, quantities and units, attribution
verbs, sentence rules and abbreviations, page furniture, cluster concepts, stop words and
calendar periods (seasons, quarters, holidays, decades, vague references), the words of
the crisis' landmark days (crisis_calendar.py), plus the name of the lemmatizer that reads
its inflected names.

Every language offers the same table groups with the same keys (`TABLE_KEYS`; checked by
tests/test_lang_registry.py), so an algorithm reads `tables(code).quantities["UNITS"]` and
never branches on a language code.

What this module does not do: detect a text's language (`crisis_timeline.language`) or use
the tables (the tagger, extractor and cluster modules do).

An unknown or unloadable code never raises: `tables(code)` gives the *partial* record
(`partial=True`, `note` saying why), whose word tables are empty, so numeric and ISO dates
are still read and the article is kept, marked as read in part.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from crisis_timeline.crisis_calendar import BACKGROUND_KEYS, LANDMARK_KEYS
from crisis_timeline.temporal_lexicon import Lexicon

# The table groups every language provides, and the keys each group must hold. The names are
# those the tables had as module-level dicts (PAST_NARRATIVE of the old events lexicon,
# quantity_lexicon.UNITS, ...), so a table kept its name when it moved into the folders.
TABLE_KEYS: dict[str, tuple[str, ...]] = {
    "events": (
        "PAST_NARRATIVE", "STATE_MARKERS", "CONTINUATION", "EMBEDDING", "REPORTED_CLAUSE",
        "COREFERENT", "NOT_AN_EVENT_DATE", "VAGUE_TIME", "LEAD_HAPPENING", "MODAL", "REPORTING",
        "PRESENT_REPORT", "FIGURE_PAST", "CUMULATIVE", "ASSESSMENT", "PRESENT_CLAIM",
        "FUTURE_PERFECT", "SOURCE_LINE", "NOT_A_CUE", "HEADLINE_TAG", "RUMOUR",
        "REPORT_TAIL", "SIMILAR_HAPPENING", "FORCE_NOT_USED", "BREAKDOWN", "DAY_AFTER",
        "STANCE", "CONJUNCTION", "PRESENT_LEAD", "HABITUAL", "ACCUSATION",
        "COMPARED_SINCE", "QUESTION_WORDS",
    ),
    "quantities": (
        "ARTICLES", "NUMBER_WORDS", "NUMBER_JOINERS", "NUMBER_FORMATS", "SCALE_WORDS", "VAGUE_AMOUNTS",
        "FIXED_AMOUNTS", "HALF_BEFORE_UNIT", "HALF_AFTER_UNIT", "DURATION_JOINERS", "OF_WORDS",
        "ADJECTIVES", "UNITS", "HYPHEN_UNITS", "QUALIFIERS", "COUNT_ONLY_QUALIFIERS",
        "DEATH_AUXILIARIES", "DEATH_WORDS_AFTER", "LIVES_LOST_AFTER", "DEATH_WORDS_BEFORE",
        "LIVES_TAKEN_BEFORE", "TEMPORAL_AFTER", "TEMPORAL_BEFORE", "AGE_AFTER", "AGE_BEFORE",
        "CLOCK_BEFORE", "DURATION_CUES", "YEAR_BEFORE", "REFERENCE_BEFORE",
    ),
    "attribution": (
        "ARTICLE", "CUES", "MEDIUM_CUES", "GENERIC_SOURCES", "GENERIC_INTRO", "GENERIC_PHRASE",
        "NAME_CUES",
    ),
    "sentences": ("prefixes", "before_number", "ambiguous", "openers"),
    "furniture": (
        "FURNITURE", "CAPTION_STRONG", "CAPTION_DESCRIPTION", "CAPTION_DATE_ENDING",
        "TWEET_INTRO_CUES",
    ),
    "clusters": ("STOPWORDS", "ELISIONS", "CLAUSE_OPENERS", "CONCEPTS"),
    "periods": (
        "REFERENCES", "TRIGGERS", "SEASON_WORDS", "SEASON", "SEASON_ALONE", "SEASON_NAME_BEFORE",
        "PREPOSITIONS", "RELATIONS", "QUARTER", "HALF", "ORDINALS", "YEAR_RELATIONS",
        "BARE_QUARTER_NEEDS_FINANCE", "FINANCE", "HOLIDAYS", "HOLIDAY_BEFORE",
        "CAPITALISED_HOLIDAYS", "MODIFIED_BEFORE", "NOUNS_AFTER", "NAME_AFTER_CAPITAL",
        "OF_AFTER", "DECADE", "DECADE_WORDS", "CENTURY", "BOUNDING", "RECORD_BEFORE", "YEAR_WORDS", "YEAR_LINKS",
        "SPELLED_YEAR_BEFORE",
    ),
    # the words telling each landmark day of crisis_calendar.CALENDAR
    "landmarks": LANDMARK_KEYS,
    # the words telling each background happening of crisis_calendar.BACKGROUND
    "background": (*BACKGROUND_KEYS, "CLAUSE_JOINERS"),
}  # fmt: skip

# Event types a language's type cues may name (event_type_lexicon.EVENT_TYPE_ORDER).
EVENT_TYPES: tuple[str, ...] = (
    "casualties", "repatriation", "clash", "sanctions", "military", "border_crossing",
    "diplomacy", "humanitarian", "statement", "other",
)  # fmt: skip

# Lemmatizers a folder may name: maintained libraries, never hand-made suffix lists.
LEMMATIZERS: tuple[str, ...] = ("none", "simplemma", "pymorphy3")

_FOLDER = Path(__file__).parent


@dataclass(frozen=True)
class LanguageTables:
    """Every table one language provides (see TABLE_KEYS for the keys of each group)."""

    code: str  # ISO 639-1
    name: str  # English name, as the app's filter shows it: "Polish"
    native_name: str  # "polski"
    calendar: Lexicon  # month/weekday words, date grammar, tense cues (temporal_lexicon)
    events: Mapping[str, str]  # regex per table of lang/<code>/events.py
    event_types: tuple[tuple[str, float, tuple[str, ...]], ...]  # (type, weight, cue regexes)
    quantities: Mapping[str, Any]
    attribution: Mapping[str, Any]
    sentences: Mapping[str, tuple[str, ...]]
    furniture: Mapping[str, Any]
    clusters: Mapping[str, Any]
    stop_words: frozenset[str]  # for the place fallback and the outlets' vocabulary
    periods: Mapping[str, Any]  # seasons, quarters, holidays, decades, references (periods.py)
    # landmark key -> patterns all found in one sentence that tells it (landmarks.py)
    landmarks: Mapping[str, tuple[str, ...]]
    # background key -> patterns all found in one sentence that tells it (background_years.py)
    background: Mapping[str, tuple[str, ...]]
    lemmatizer: str = "none"  # one of LEMMATIZERS
    # Partial tables: an unsupported or broken language, read for numeric and ISO dates only.
    partial: bool = False
    note: str | None = None  # why the language is read in part, for the app to show


# Where a folder keeps each table: LanguageTables field -> (module of the folder, name in it).
FOLDER_TABLES: dict[str, tuple[str, str]] = {
    "calendar": ("calendar", "LEXICON"),
    "events": ("events", "EVENTS"),
    "event_types": ("events", "EVENT_TYPES"),
    "quantities": ("quantities", "QUANTITIES"),
    "attribution": ("attribution", "ATTRIBUTION"),
    "sentences": ("sentences", "SENTENCES"),
    "furniture": ("furniture", "FURNITURE"),
    "clusters": ("clusters", "CLUSTERS"),
    "stop_words": ("stop_words", "STOP_WORDS"),
    "periods": ("periods", "PERIODS"),
    "landmarks": ("landmarks", "LANDMARKS"),
    "background": ("landmarks", "BACKGROUND_HAPPENINGS"),
}


def folder_tables(package: str, *, name: str, native_name: str, lemmatizer: str) -> LanguageTables:
    """A language folder's record, its tables read from the folder's modules (FOLDER_TABLES):
    a folder's __init__.py names the language and this does the rest, the same for all."""
    found = {
        field: getattr(importlib.import_module(f"{package}.{module}"), table)
        for field, (module, table) in FOLDER_TABLES.items()
    }
    code = package.rsplit(".", 1)[-1]
    return LanguageTables(
        code=code, name=name, native_name=native_name, lemmatizer=lemmatizer, **found
    )


def languages() -> tuple[str, ...]:
    """Codes of the language folders, sorted ("en", "fr", "lt", "pl", "ru")."""
    return tuple(
        sorted(
            info.name
            for info in pkgutil.iter_modules([str(_FOLDER)])
            if info.ispkg and not info.name.startswith("_")
        )
    )


def is_supported(code: str | None) -> bool:
    """True when `code` names a language folder whose tables load."""
    return bool(code) and not tables(str(code)).partial


@cache
def tables(code: str) -> LanguageTables:
    """The tables of language `code`; the partial record (never an exception) otherwise."""
    code = (code or "").strip().lower()
    if code in ("", "unknown"):
        return partial_tables(code, "Language not recognised")
    if code not in languages():
        return partial_tables(code, f"No word tables for language '{code}'")
    try:
        module = importlib.import_module(f"{__name__}.{code}")
        record = module.TABLES
    except Exception as error:  # a broken folder must not stop a batch: read it in part
        return partial_tables(code, f"The tables of language '{code}' did not load ({error})")
    if not isinstance(record, LanguageTables):
        return partial_tables(code, f"crisis_timeline/lang/{code}/ has no LanguageTables")
    return record


def names() -> dict[str, str]:
    """Code -> English name of every supported language ({"en": "English", ...})."""
    return {code: tables(code).name for code in languages() if not tables(code).partial}


def language_name(code: str | None) -> str:
    """What the app calls a language: "Polish" for a folder, the code itself otherwise."""
    code = (code or "").strip().lower()
    if code in ("", "unknown"):
        return "Unknown language"
    record = tables(code)
    return code if record.partial else record.name


def reading_note(code: str | None) -> str | None:
    """What the app says about an article in this language (None when read in full)."""
    record = tables(code or "")
    return record.note if record.partial else None


def _emptied(value: Any) -> Any:
    """A table of the same type with nothing in it (a pattern that never matches)."""
    if isinstance(value, str):
        return "(?!)"
    if isinstance(value, bool):
        return value
    if isinstance(value, (dict, Mapping)):
        return {}
    if isinstance(value, frozenset):
        return frozenset()
    if isinstance(value, (tuple, list)):
        return type(value)()
    return value


def _empty_lexicon(template: Lexicon, code: str) -> Lexicon:
    changes = {
        f.name: _emptied(getattr(template, f.name))
        for f in dataclasses.fields(template)
        if f.name != "lang"
    }
    # Keep the shapes the grammar indexes and a day-first order for "12.11.2021".
    changes.update(lang=code, month_before_day=False, weekdays_lower_case=False)
    return dataclasses.replace(template, **changes)


@cache
def partial_tables(code: str, reason: str) -> LanguageTables:
    """Tables with the keys of English and nothing in them: only numeric/ISO dates are read."""
    english = tables("en")
    group: Callable[[Mapping[str, Any]], dict[str, Any]] = lambda table: {  # noqa: E731
        key: _emptied(value) for key, value in table.items()
    }
    return LanguageTables(
        code=code,
        name=code or "unknown",
        native_name=code or "unknown",
        calendar=_empty_lexicon(english.calendar, code),
        events=group(english.events),
        event_types=(),
        quantities=group(english.quantities),
        attribution=group(english.attribution),
        sentences=group(english.sentences),
        furniture=group(english.furniture),
        clusters=group(english.clusters),
        stop_words=frozenset(),
        periods=group(english.periods),
        landmarks=group(english.landmarks),
        background=group(english.background),
        partial=True,
        note=f"{reason}: read in part (numeric and ISO dates only).",
    )


def lemmatizer(code: str) -> Callable[[str], str]:
    """A word -> lemma function for the language (identity when it names none)."""
    from crisis_timeline.lang._lemmas import lemma_function

    return lemma_function(tables(code).lemmatizer, code)


__all__ = [
    "EVENT_TYPES",
    "LEMMATIZERS",
    "TABLE_KEYS",
    "LanguageTables",
    "is_supported",
    "language_name",
    "languages",
    "lemmatizer",
    "names",
    "partial_tables",
    "reading_note",
    "tables",
]
