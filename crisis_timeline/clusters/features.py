"""What a report is reduced to for matching: words, concepts, actors, places, figures, dates.

Reads: the event table (event_id, article_id, outlet, language, published, date, date_end,
precision, event_type, actors, places, quantities, background, sentence, start, trigger,
dated_by), from the pipeline, DuckDB or JSON alike (cells.py reads the cells).
Gives: one `EventFeatures` per row, normalised once. Canonical actors without the voices
("a statement from the Elysee Palace said"); places with the places their names hold and
their countries ("Kuźnica–Bruzgi crossing" -> Kuźnica, Bruzgi, Poland, Belarus; a Polish
minister -> Poland); content words; concept keys with a key per event type they imply;
the bit set of type families the event may belong to; quantity units. When the date sits
in a clause of its own ("... since his disputed re-election in August 2020") or the
sentence holds several events, that clause is what is matched; an event of such a sentence
dated by no phrase of its own is matched on the rest. The bodies institutions act for (the
Foreign Affairs Council for the EU) and one body's acts ("sanctions@European Union").

Does not: compare events (scoring.py), or read article text beyond the evidence sentence.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import pandas as pd

from crisis_timeline.cells import as_date, as_list, is_missing, text_value
from crisis_timeline.cluster_lexicon import (
    CLAUSE_OPENERS,
    CONCEPT_TYPES,
    TYPE_FAMILY,
    TYPE_PRIORITY,
)
from crisis_timeline.clusters.tuning import DAY_SLACK
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.settings import ACTORS_CSV, PLACES_CSV
from crisis_timeline.text_features import (
    ConceptTable,
    concept_table,
    stopwords_for,
    voice_actors,
    words,
)


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a third of the normalising
class EventFeatures:
    """What the clustering needs from one row, normalised once (treated as immutable)."""

    row: int  # position in the input frame
    start: int  # offset of the sentence in its article (orders an article's events)
    event_id: str
    article_id: str
    outlet: str
    language: str
    published: date | None
    published_basis: str
    date: date | None
    date_end: date | None
    precision: str
    first_day: int  # ordinals of date / date_end
    last_day: int
    event_type: str
    family: str
    kinds: int  # bit set of the families its type and its concept words point to
    background: bool
    actors: tuple[str, ...]
    actor_set: frozenset[str]
    places: tuple[str, ...]  # as the event names them (labels)
    place_keys: frozenset[str]  # ...with the places their names hold (anchors, blocking)
    place_set: frozenset[str]  # ...and their countries (scoring)
    words: frozenset[str]
    concepts: frozenset[str]
    units: frozenset[str]
    quantities: tuple[dict[str, Any], ...]
    sentence: str
    trigger: str | None
    dated_by: str


def _precision(value: Any, first: date, last: date) -> str:
    """The precision a row gives, else the one its span implies."""
    if isinstance(value, str) and value in DAY_SLACK:
        return value
    span = (last - first).days
    return (
        "day"
        if span == 0
        else "weekend"
        if span <= 3
        else "week"
        if span <= 7
        else "month"
        if span <= 31
        else "year"
    )


_NEEDED = (
    "event_id",
    "article_id",
    "outlet",
    "language",
    "published",
    "published_basis",
    "date",
    "date_end",
    "precision",
    "event_type",
    "actors",
    "places",
    "quantities",
    "background",
    "sentence",
    "start",
    "trigger",
    "dated_by",
)


def normalise(frame: pd.DataFrame, order: Sequence[int] | None = None) -> list[EventFeatures]:
    """One EventFeatures per row of the event table, in row order; with `order`, feature k
    is of the frame's row order[k] (and its `row` is k), as normalise(frame.iloc[order])
    but without that copy of the table's text."""
    # Column lists rather than to_dict("records"): several times faster on 10,000 rows.
    columns = [_column_values(frame, name, order) for name in _NEEDED]
    stop: dict[str, frozenset[str]] = defaultdict(frozenset)
    concept_tables: dict[str, ConceptTable] = {}
    for language in {text_value(value, "en") for value in columns[_NEEDED.index("language")]}:
        stop[language] = stopwords_for(language)
        concept_tables[language] = concept_table(language)
    # Several events of one sentence: each is matched on the clause holding its date, and
    # an event dated by no phrase of its own on the sentence without the others' clauses.
    sentence_triggers: dict[tuple[Any, Any], list[Any]] = defaultdict(list)
    for sentence_key, trigger in zip(
        zip(columns[_NEEDED.index("article_id")], columns[_NEEDED.index("start")], strict=True),
        columns[_NEEDED.index("trigger")],
        strict=True,
    ):
        sentence_triggers[sentence_key].append(None if is_missing(trigger) else str(trigger))
    context = _Context(voice_actors(), stop, concept_tables, sentence_triggers, {}, {})
    return [
        _row_features(row, values, context) for row, values in enumerate(zip(*columns, strict=True))
    ]


@dataclass(frozen=True)
class _Context:
    """What normalise() reads for every row: tables per language, and what it has seen."""

    voices: frozenset[str]
    stop: dict[str, frozenset[str]]
    concept_tables: dict[str, ConceptTable]
    # (article_id, start) -> the triggers of the sentence's events (None: dated otherwise)
    sentence_triggers: dict[tuple[Any, Any], list[str | None]]
    # Outlets reprint wire copy: one sentence, dated and named alike, is read once.
    seen: dict[tuple[object, ...], tuple[Any, ...]]
    # Equal word sets and name tuples held once: most events share their units, places
    # and actors, and a set per event was a third of a 50,000-article clustering's memory.
    shared: dict[Any, Any]

    def one(self, value: Hashable) -> Any:
        """`value`, or the equal value seen before (immutable: safe to share)."""
        return self.shared.setdefault(value, value)


def _column_values(frame: pd.DataFrame, name: str, order: Sequence[int] | None) -> list[Any]:
    """A column as a list (in `order`). Equal texts come out as one str: tolist() made a
    new str per cell of a text column, and ids, outlets and sentences repeat."""
    if name not in frame.columns:
        return [None] * (len(frame) if order is None else len(order))
    column = frame[name]
    if column.dtype == object or not pd.api.types.is_string_dtype(column.dtype):
        values = column.tolist()
    else:
        codes, uniques = pd.factorize(column)
        distinct = [*uniques.tolist(), column.dtype.na_value]  # code -1: missing, as tolist
        values = [distinct[code] for code in codes.tolist()]
    return values if order is None else [values[position] for position in order]


def _row_features(row: int, values: tuple[Any, ...], context: _Context) -> EventFeatures:
    """The EventFeatures of one row (`values` in _NEEDED order)."""
    (
        event_id,
        article_id,
        outlet,
        language,
        published,
        published_basis,
        first_raw,
        last_raw,
        precision_raw,
        event_type,
        actors_raw,
        places_raw,
        quantities_raw,
        background,
        sentence,
        start,
        trigger,
        dated_by,
    ) = values
    language = text_value(language, "en")
    first, last, precision = _dates(first_raw, last_raw, precision_raw)
    sentence = text_value(sentence)
    trigger = None if is_missing(trigger) else str(trigger)
    quantities = tuple(q for q in as_list(quantities_raw) if isinstance(q, dict))
    voices = context.voices
    actors = context.one(
        tuple(dict.fromkeys(str(a) for a in as_list(actors_raw) if str(a) not in voices))
    )
    event_type = text_value(event_type, "other")
    places = context.one(tuple(dict.fromkeys(str(p) for p in as_list(places_raw))))
    family = TYPE_FAMILY.get(event_type, event_type)
    others = list(context.sentence_triggers[(article_id, start)])
    others.remove(trigger)  # the sentence's other events
    key = (sentence, trigger, language, actors, places, first, tuple(others))
    tokens, event_concepts, actor_set, (place_keys, place_set) = _seen_features(key, context)
    return EventFeatures(
        row,
        row if is_missing(start) else int(start),  # numpy ints from a store too
        text_value(event_id, f"row-{row}"),
        text_value(article_id, f"row-{row}"),
        text_value(outlet, "Unknown outlet"),
        language,
        as_date(published),
        text_value(published_basis, "unknown"),
        first,
        last,
        precision,
        first.toordinal() if first else 0,
        last.toordinal() if last else 0,
        event_type,
        family,
        _kinds(family, event_concepts),
        False if is_missing(background) else bool(background),
        actors,
        actor_set,
        places,
        place_keys,
        place_set,
        tokens,
        event_concepts,
        context.one(frozenset(str(q.get("unit")) for q in quantities if q.get("unit"))),
        quantities,
        sentence,
        trigger,
        text_value(dated_by, "expression"),
    )


def _seen_features(key: tuple[Any, ...], context: _Context) -> tuple[Any, ...]:
    """_matched_features of `key`, each set shared with equal ones; once per distinct key."""
    matched = context.seen.get(key)
    if matched is None:
        language = key[2]
        tokens, concepts, actor_set, (keys, place_set) = _matched_features(
            key, context.stop[language], context.concept_tables[language]
        )
        one = context.one
        matched = context.seen[key] = (
            one(tokens),
            one(concepts),
            one(actor_set),
            (one(keys), one(place_set)),
        )
    return matched


def _dates(first_raw: Any, last_raw: Any, precision_raw: Any) -> tuple[date | None, date, str]:
    """(date, date_end, precision) of a row: the end defaults to the start, a reversed span
    is put right, and a missing precision is read off the span."""
    first = as_date(first_raw)
    last = as_date(last_raw) or first
    if first and last and last < first:
        first, last = last, first
    precision = _precision(precision_raw, first, last) if first else "day"
    return first, last, precision


def _matched_features(
    key: tuple[Any, ...], stop: frozenset[str], table: ConceptTable
) -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[frozenset[str], ...]]:
    """(content words, concept keys, actors, (place keys, place set)) an event is matched on.

    `key` is (sentence, trigger, language, actors, places, date, the triggers of the
    sentence's other events). What is matched: the clause that holds the event's date when
    the date sits in a clause of its own or the sentence tells of several happenings; for
    an event dated by no phrase of its own, the sentence without the others' clauses; else
    the sentence.
    """
    sentence, trigger, language, actors, places, first, others = key
    if trigger:
        all_tokens, matched_actors, matched_places = _matched_parts(
            sentence, trigger, actors, places, first, language, several=bool(others)
        )
    else:
        all_tokens, matched_actors, matched_places = _without_clauses(
            sentence, others, actors, places, first, language
        )
    return (
        frozenset(t for t in all_tokens if len(t) > 1 and t not in stop),
        _with_type_keys(table.concepts(all_tokens)),
        frozenset(matched_actors),
        _expand_places(matched_places, matched_actors),
    )


_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]«»“”\"—–]|\s-\s")  # not 17,000


def _date_clause(sentence: str, trigger: str, lang: str, *, several: bool) -> str | None:
    """The clause of `sentence` holding `trigger`, when it is not the whole sentence's.

    The clause runs from the last punctuation break (or clause opener, CLAUSE_OPENERS)
    before the date expression to the next break after it. It is used when the date
    sits in a clause of its own (an opener starts it) or the sentence holds several
    events; otherwise None (the sentence tells one happening).
    """
    at = sentence.find(trigger)
    if at < 0:
        return None
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, at)]
    begin = breaks[-1] if breaks else 0
    opener = _opener_regex(lang)
    openers = [m.start() for m in opener.finditer(sentence, begin, at)] if opener else []
    if openers:
        begin = openers[-1]
    elif not several:
        return None
    after = _CLAUSE_BREAK.search(sentence, at + len(trigger))
    clause = sentence[begin : after.start() if after else len(sentence)].strip()
    return clause if clause and len(clause) < len(sentence.strip()) else None


@lru_cache(maxsize=16)
def _opener_regex(lang: str) -> re.Pattern[str] | None:
    openers = CLAUSE_OPENERS.get(lang)
    if not openers:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, openers))})(?!\w)", re.IGNORECASE)


def _matched_parts(
    sentence: str,
    trigger: str,
    actors: tuple[str, ...],
    places: tuple[str, ...],
    on: date | None,
    lang: str,
    *,
    several: bool,
) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """(tokens, actors, places) to match an event on: its date's clause, else its sentence.

    "Merkel and Lukashenko held an hour-long call late Monday, the first ... since his
    disputed re-election in August 2020": the August 2020 event is the election, matched
    on "since his disputed re-election in August 2020" (no Merkel, no call). The clause
    is used when it names a kind of happening (a concept with a type); when it only
    names people or places ("since the first one left Minsk on November 18"), those
    replace the sentence's and the sentence still says what happened.
    """
    clause = _date_clause(sentence, trigger, lang, several=several) if on else None
    if clause is None:
        return words(sentence, lang), actors, places
    try:
        gazetteer = load_gazetteer()
    except OSError:  # no gazetteer to tell which names the clause holds: the sentence
        return words(sentence, lang), actors, places
    named = {m.name for m in gazetteer.find_actors(clause, on=on)}
    named.update(m.name for m in gazetteer.find_places(clause, fallback=False, on=on))
    clause_actors = tuple(a for a in actors if a in named)
    clause_places = tuple(p for p in places if p in named)
    clause_tokens = words(clause, lang)
    if any(c in CONCEPT_TYPES for c in concept_table(lang).concepts(clause_tokens)):
        return clause_tokens, clause_actors, clause_places
    if clause_actors or clause_places:
        return words(sentence, lang), clause_actors, clause_places
    return words(sentence, lang), actors, places


def _without_clauses(
    sentence: str,
    others: tuple[str | None, ...],
    actors: tuple[str, ...],
    places: tuple[str, ...],
    on: date | None,
    lang: str,
) -> tuple[list[str], tuple[str, ...], tuple[str, ...]]:
    """(tokens, actors, places) of an event dated by no phrase of its own (a lead, a
    narrative): its sentence without the clauses holding the other events' dates.

    "... as the EU decided on new sanctions against Minsk, first taken after a contested
    election in August 2020 that Lukashenko says he won": the election is the August 2020
    event's; the sanctions decided today are matched without it (no election, no
    Lukashenko). A name the rest of the sentence also holds stays.
    """
    clauses = [
        clause
        for trigger in others
        if trigger
        for clause in [_date_clause(sentence, trigger, lang, several=True)]
        if clause
    ]
    if not clauses:
        return words(sentence, lang), actors, places
    rest = sentence
    for clause in clauses:
        rest = rest.replace(clause, " ")
    try:
        gazetteer = load_gazetteer()
    except OSError:  # no gazetteer to tell which names the clauses hold: the sentence's
        return words(rest, lang), actors, places
    removed = " ".join(clauses)
    gone = {m.name for m in gazetteer.find_actors(removed, on=on)}
    gone.update(m.name for m in gazetteer.find_places(removed, fallback=False, on=on))
    kept = {m.name for m in gazetteer.find_actors(rest, on=on)}
    kept.update(m.name for m in gazetteer.find_places(rest, fallback=False, on=on))
    gone -= kept
    return (
        words(rest, lang),
        tuple(a for a in actors if a not in gone),
        tuple(p for p in places if p not in gone),
    )


def _family_bit(family: str) -> int:
    """The bit of a type family; families outside TYPE_PRIORITY get the next free bits."""
    index = _FAMILY_INDEX.get(family)
    if index is None:
        index = _FAMILY_INDEX.setdefault(family, len(_FAMILY_INDEX))
    return 1 << index


_FAMILY_INDEX: dict[str, int] = {}
for _type in TYPE_PRIORITY:
    _FAMILY_INDEX.setdefault(TYPE_FAMILY.get(_type, _type), len(_FAMILY_INDEX))


@lru_cache(maxsize=8192)
def _kinds(family: str, event_concepts: frozenset[str]) -> int:
    """Bit set of the type families an event may belong to: its own, and its words' types."""
    bits = _family_bit(family)
    for concept in event_concepts:
        for implied in _implied_types(concept):
            bits |= _family_bit(TYPE_FAMILY.get(implied, implied))
    return bits


def _implied_types(concept: str) -> tuple[str, ...]:
    implied = CONCEPT_TYPES.get(concept, ())
    return (implied,) if isinstance(implied, str) else implied


TYPE_KEY_PREFIX = "type:"


@lru_cache(maxsize=4096)
def _with_type_keys(found: frozenset[str]) -> frozenset[str]:
    """Concept keys plus a key per type they imply: "gathering" and "march" both add
    type:border_crossing, so two reports that name one happening with different words
    still share something (weakly: every report of that type carries the key)."""
    return found | {TYPE_KEY_PREFIX + t for concept in found for t in _implied_types(concept)}


@dataclass(frozen=True)
class Geography:
    """What data/places.csv and data/actors.csv say about where things are."""

    parts: dict[str, frozenset[str]]  # place -> the gazetteer places its name is made of
    countries_of: dict[str, frozenset[str]]  # place -> its country places (and its parts')
    actor_country: dict[str, str]  # actor -> the country place of its country code
    countries: frozenset[str]  # the country places themselves


@lru_cache(maxsize=1)
def geography() -> Geography:
    """Read once: parts ("Kuźnica–Bruzgi crossing" holds Kuźnica and Bruzgi; "Usnarz Górny
    camp" holds Usnarz Górny), countries of places and of actors (Duda -> Poland)."""
    rows: list[tuple[str, str, str]] = []
    actor_codes: dict[str, str] = {}
    try:
        with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                if name:
                    kind, code = (row.get("kind") or "").strip(), (row.get("country") or "").strip()
                    rows.append((name, kind, code))
        with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("name"):
                    actor_codes[row["name"].strip()] = (row.get("country") or "").strip()
    except OSError:  # no gazetteer: names match only themselves
        return Geography({}, {}, {}, frozenset())
    country_of_code = {code: name for name, kind, code in rows if kind == "country"}
    countries = frozenset(country_of_code.values())
    code_of = {name: code for name, _kind, code in rows}
    names = sorted(code_of, key=len, reverse=True)
    parts: dict[str, frozenset[str]] = {}
    countries_of: dict[str, frozenset[str]] = {}
    for name, kind, _code in rows:
        inside = {
            other
            for other in names
            # the plain test first: a regex per pair of 150 names cost 70 ms per process
            if other != name
            and other in name
            and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", name)
        }
        around = set() if kind == "country" else {country_of_code.get(code_of[name])}
        around.update(country_of_code.get(code_of[part]) for part in inside)
        around |= inside & countries  # "Belarus–Poland border" lies in both
        parts[name] = frozenset(inside - countries)
        countries_of[name] = frozenset(c for c in around if c and c != name)
    actor_country = {
        actor: country_of_code[code]
        for actor, code in actor_codes.items()
        if code in country_of_code
    }
    return Geography(parts, countries_of, actor_country, countries)


@lru_cache(maxsize=8192)
def _expand_places(
    places: tuple[str, ...], actors: tuple[str, ...]
) -> tuple[frozenset[str], frozenset[str]]:
    """(places with their parts, the same plus their and the actors' countries) for matching.

    One outlet writes "the Kuźnica crossing", another "Kuźnica"; a Polish spokesman and
    "Warsaw", the Iraqi foreign ministry and "Baghdad", Iraqi Airways and "Iraq" share a
    country: weak evidence (every report of the crisis names Belarus, so IDF weighs it
    little) that still tells the Iraqi flight from the Polish decree.
    """
    known = geography()
    specific: set[str] = set(places)
    broad: set[str] = set()
    for place in places:
        specific.update(known.parts.get(place, ()))
        broad.update(known.countries_of.get(place, ()))
    broad.update(known.actor_country[a] for a in actors if a in known.actor_country)
    return frozenset(specific), frozenset(specific | broad)


@lru_cache(maxsize=1)
def bodies() -> dict[str, str]:
    """Institution or state -> the state or union it acts for, from data/actors.csv.

    "EU foreign ministers agreed ..." (the Foreign Affairs Council) and "the EU agreed ..."
    tell one act of one body; so do the Polish Border Guard and the Government of Poland.
    An institution acts for the body of its country code: the code's one government, else
    its one organisation (the European Union for "EU"); a code with several organisations
    (international ones, the press) names no body. People and other organisations are
    participants in their own right and act for no body here.
    """
    rows: list[tuple[str, str, str]] = []
    try:
        with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name = (row.get("name") or "").strip()
                kind = (row.get("kind") or "").strip().lower()
                code = (row.get("country") or "").strip()
                if name and code:
                    rows.append((name, kind, code))
    except OSError:  # no gazetteer: no body is known
        return {}
    states: dict[str, list[str]] = defaultdict(list)
    organisations: dict[str, list[str]] = defaultdict(list)
    for name, kind, code in rows:
        if kind == "government":
            states[code].append(name)
        elif kind == "organisation":
            organisations[code].append(name)
    with_institutions = {code for _name, kind, code in rows if kind == "institution"}
    # an organisation is a body only for a code whose institutions it holds (not an airline)
    body_of_code = {
        code: names[0]
        for code, names in organisations.items()
        if len(names) == 1 and code in with_institutions
    }
    body_of_code.update({code: names[0] for code, names in states.items() if len(names) == 1})
    found: dict[str, str] = {}
    for name, kind, code in rows:
        body = body_of_code.get(code)
        if body and (kind == "institution" or name == body):
            found[name] = body
    return found


ACT_SEPARATOR = "@"


@lru_cache(maxsize=8192)
def acts_of(actors: frozenset[str], happenings: frozenset[str]) -> frozenset[str]:
    """One body's acts: "sanctions@European Union" for an event naming the EU's Foreign
    Affairs Council (or the EU) and sanctions. `happenings`: the concepts to pair with the
    bodies (the scorer passes the distinctive ones that name a happening)."""
    if not happenings:
        return frozenset()
    known = bodies()
    acting = {known[actor] for actor in actors if actor in known}
    return frozenset(f"{what}{ACT_SEPARATOR}{body}" for what in happenings for body in acting)
