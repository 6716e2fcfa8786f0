"""The same happening across outlets and languages: clusters of events and their disagreements.

Reads: the event table (event_id, article_id, outlet, language, published, date, date_end,
precision, event_type, actors, places, quantities, background, sentence, trigger, dated_by).
Adds: cluster_id on every row, and a `Cluster` record per happening with a human label,
its date (a range when outlets differ), who reported it first, and the discrepancies
between outlets (quantities, dates, claims only one outlet makes).

How (no translation service; cross-language matching goes through language-neutral keys):
1. What each event is matched on. Canonical actors (voices such as outlets, agencies and
   presidencies are left out: "a statement from the Elysee Palace said"), places with the
   places their names hold and their countries ("Kuźnica–Bruzgi crossing" -> Kuźnica,
   Bruzgi, Poland, Belarus; a Polish minister -> Poland), content words, concept keys
   from per-language tables ("phone", "téléphonique" -> call; "refoulés", "pushbacks" ->
   pushback) with the event type each concept names, and quantity units. When the date
   sits in a clause of its own ("... since his disputed re-election in August 2020") or
   the sentence holds several events, that clause is what is matched.
2. Passages. News tells one happening over several sentences ("Macron had spoken to
   Putin ..." then "The pair spoke on the phone for almost two hours"): consecutive events
   of one article with the same dates, compatible types and participants (or an opener
   that refers back: "The call lasted ...") are joined first and share their
   participants; a sentence naming no one that opens with "the two leaders" / "les deux
   dirigeants" takes the previous passage's people even on another date.
3. Blocking. Events are compared only when they share a key (a type family + an actor, a
   place, a rare word or a rare concept; or the same two people, whatever the types) and
   their date windows overlap (a day is adjacent to the next day; a weekend, week or
   month covers its whole span). Reports naming no one and no place below the country
   also look up the events sharing one of their distinctive happening concepts. Undated
   events stay singletons, and year-precision events only meet other year-precision
   events. Never all pairs. Events carrying the same evidence (wire copy reprinted by
   several outlets) are scored once per pair of distinct evidence, and sums of weights are
   exact (math.fsum), so a run's clusters do not depend on set iteration order.
4. Pair score, a weighted mean of the evidence both events carry: actors and places
   (IDF-weighted Jaccard: Lukashenko and Belarus are everywhere, Makei and Kuźnica are
   telling; institutions weigh half as much as people), concept keys (IDF-weighted, half
   containment: the shorter report's concepts should be in the longer's), content words
   (same language only, and only ever adding evidence), units. Types must match, be of
   one family (a call reported as a statement) or both be named by the sentences' own
   words (a call typed `other` whose sentence says "s'est entretenue"); the same two
   people on the same days match whatever the types. A pair needs an anchor (a shared
   actor, a shared place below the country, real word overlap in one language, two
   shared concepts of which one is distinctive (in at most a tenth of the input: "vote",
   not "talks"), or one distinctive concept naming a happening when the two share a
   country or one names no one and no place below the country); other people (Macron–Putin
   vs Putin–Lukashenko), other villages or other countries are penalised.
5. Union-find over pairs in descending score, with checks that stop chaining: two events
   of one article merge only when they name the same people on the same day or repeat each
   other, the merged dates stay within one day (coarse dates must contain them), and the
   average score between the reports (articles) of the two groups must stay high
   (average linkage, each article scored by its best-matching sentence), so A~B and B~C
   does not drag in an unrelated C. A refused union is not re-examined until one of the
   two groups changes.
6. Each cluster gets a label ("Macron–Putin phone call"), a date (a range when outlets
   differ), its first reporter, and its discrepancies: figures of one unit that differ
   beyond rounding (QUALIFIER_BANDS: "almost two hours" is 108-120 min, so it disagrees
   with "one hour and 45 minutes"; "around 2,000" agrees with "2,000"), day dates that
   differ (only dates an outlet states, not publication-day assumptions), and figures or
   participants only one outlet reports.

Does not: translate, read article text beyond the evidence sentence, or decide which
outlet is right; it shows where they differ.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import islice
from math import fsum
from typing import Any

import pandas as pd

from crisis_timeline.cluster_lexicon import (  # noqa: F401 (re-exported: clusters.X)
    APPROXIMATE_BAND,
    CLAUSE_OPENERS,
    COMPATIBLE_TYPE_FACTOR,
    CONCEPT_TYPES,
    CONCEPTS,
    ELISIONS,
    EXACT_BAND,
    IMPLIED_TYPE_FACTOR,
    LABEL_NOUNS,
    NON_PERSON_WORDS,
    QUALIFIER_BANDS,
    STOPWORDS,
    TYPE_FAMILY,
    TYPE_PRIORITY,
    UNIT_DISPLAY,
    VOICE_ACTORS,
    VOICE_ROLE_WORDS,
)
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.events_lexicon import CONTINUATION, COREFERENT
from crisis_timeline.settings import ACTORS_CSV, PLACES_CSV

# --------------------------------------------------------------------------------------
# Tuning (one place)
# --------------------------------------------------------------------------------------

WEIGHT_ACTORS = 0.40
WEIGHT_PLACES = 0.20
WEIGHT_WORDS = 0.25
WEIGHT_CONCEPTS = 0.25
WEIGHT_UNITS = 0.05
# Evidence below this total weight scales the score down: two sentences that only share
# a concept ("call") are not enough to say they report the same happening.
FULL_EVIDENCE_WEIGHT = 0.30
DISJOINT_ACTORS_FACTOR = 0.6  # both name people, neither set within or half the other's
DISJOINT_PLACES_FACTOR = 0.6  # no local place shared, or no place (country) at all
INSTITUTIONS_SHARE = 0.5  # the actors' weight when one side names no person
CONTAINMENT_SHARE = 0.5  # concept similarity: this much containment, the rest Jaccard
ANCHOR_CONCEPTS = 2  # shared concept keys (one distinctive) that anchor a pair
DISTINCTIVE_CONCEPT_SHARE = 0.1  # a concept in at most this share of events is distinctive
UNNAMED_LOOKBACK_DAYS = 31  # a month-precision event starts at most this long before a day
LEAD_IN_CHARS = 30  # "Lundi," / "On Monday evening," before a sentence's subject
ADJACENT_DAY_FACTOR = 0.9
COARSE_DATE_FACTOR = 0.85
MERGE_THRESHOLD = 0.50  # a pair at or above this may merge two groups
LINKAGE_THRESHOLD = 0.35  # ...if the average score between the groups stays at or above this
ANCHOR_WORD_SIMILARITY = 0.30  # same-language word overlap that counts as an anchor
NEAR_DUPLICATE_SIMILARITY = 0.50  # two events of one article merge only above this
MAX_DAY_SPREAD = 1  # days between the earliest and latest day-precision member
CONTINUATION_OVERLAP = 0.5  # participant overlap that carries a passage on
NEIGHBOURS_PER_KEY = 20  # see _candidate_pairs; the gold-set figures are the same as uncapped
RARE_WORD_SHARE = 0.05  # a word in at most this share of events can be a blocking key
LINKAGE_SAMPLE = 6  # members per side compared when checking average linkage
DAY_SLACK = {"day": 1, "weekend": 0, "week": 0, "month": 0, "year": 0}
FINE_PRECISIONS = ("day", "weekend")
CLUSTER_ID_HEX = 10  # 40 bits: no collision expected below millions of clusters
QUOTE_CHARS = 160

# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ValueGroup:
    """The outlets of a disagreement that say the same thing (a story reported by 80 outlets
    may have five figures, not 80: readers need who says which)."""

    value: str  # what they say, normalised: "100 kilometres", "15 November 2021"
    outlets: tuple[str, ...]  # in order of first publication
    words: str  # how the first of them put it

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "outlets": list(self.outlets), "words": self.words}

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> ValueGroup:
        return cls(
            value=str(record.get("value") or ""),
            outlets=tuple(str(o) for o in record.get("outlets") or ()),
            words=str(record.get("words") or ""),
        )


@dataclass(frozen=True)
class Discrepancy:
    """One way the outlets in a cluster disagree, naming each outlet with its own words."""

    kind: str  # "quantity" | "date" | "claim"
    unit: str | None
    values: dict[str, str]  # outlet -> words as written (ISO dates for kind "date")
    detail: str
    event_ids: tuple[str, ...]
    # the outlets grouped by what they say, the most widely said first
    groups: tuple[ValueGroup, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "unit": self.unit,
            "values": dict(self.values),
            "detail": self.detail,
            "events": list(self.event_ids),
            "groups": [group.to_json() for group in self.groups],
        }

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Discrepancy:
        """The inverse of to_json (the store keeps clusters as JSON)."""
        return cls(
            kind=str(record["kind"]),
            unit=record.get("unit"),
            values={str(k): str(v) for k, v in (record.get("values") or {}).items()},
            detail=str(record.get("detail") or ""),
            event_ids=tuple(record.get("events") or record.get("event_ids") or ()),
            groups=tuple(ValueGroup.from_json(g) for g in record.get("groups") or ()),
        )


@dataclass(frozen=True)
class Cluster:
    """One real-world happening and the events (across outlets) that report it."""

    cluster_id: str
    label: str
    date: date | None
    date_end: date | None  # == date when all outlets agree on one day
    event_type: str
    event_ids: tuple[str, ...]
    outlets: tuple[str, ...]  # earliest publisher first
    first_outlet: str | None
    first_published: date | None
    discrepancies: tuple[Discrepancy, ...]
    first_outlets: tuple[str, ...] = ()  # every outlet tied for first_published

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict with ISO dates (the `clusters` CLI prints a list of these)."""
        return {
            "cluster_id": self.cluster_id,
            "label": self.label,
            "date": _iso(self.date),
            "date_end": _iso(self.date_end),
            "event_type": self.event_type,
            "events": list(self.event_ids),
            "outlets": list(self.outlets),
            "first_outlet": self.first_outlet,
            "first_outlets": list(self.first_outlets),
            "first_published": _iso(self.first_published),
            "discrepancies": [discrepancy.to_json() for discrepancy in self.discrepancies],
        }

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Cluster:
        """The inverse of to_json: ISO strings back to dates, lists back to tuples."""
        return cls(
            cluster_id=str(record["cluster_id"]),
            label=str(record.get("label") or ""),
            date=as_date(record.get("date")),
            date_end=as_date(record.get("date_end")),
            event_type=str(record.get("event_type") or "other"),
            event_ids=tuple(record.get("events") or record.get("event_ids") or ()),
            outlets=tuple(record.get("outlets") or ()),
            first_outlet=record.get("first_outlet"),
            first_published=as_date(record.get("first_published")),
            discrepancies=tuple(
                Discrepancy.from_json(d) for d in record.get("discrepancies") or ()
            ),
            first_outlets=tuple(record.get("first_outlets") or ()),
        )


@dataclass(slots=True)  # not frozen: a frozen __init__ costs a third of the normalising
class _Event:
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


# --------------------------------------------------------------------------------------
# Text helpers (shared with outlets.py)
# --------------------------------------------------------------------------------------

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def words(text: str, lang: str) -> list[str]:
    """Lowercased word tokens with elisions and English possessives removed."""
    tokens = _WORD_RE.findall(text.lower())
    if "'" not in text and "’" not in text:
        return tokens
    elisions = ELISIONS.get(lang, frozenset())
    result: list[str] = []
    for token in tokens:
        token = token.replace("’", "'")
        if "'" in token:
            head, _, tail = token.partition("'")
            if head in elisions:
                token = tail
            elif tail == "s":  # English possessive: Belarus's -> belarus
                token = head
        result.append(token)
    return result


def stopwords_for(lang: str) -> frozenset[str]:
    """The stopword table of a language; the union of all tables for an unknown language."""
    if lang in STOPWORDS:
        return STOPWORDS[lang]
    return frozenset().union(*STOPWORDS.values())


def content_words(text: str, lang: str) -> list[str]:
    """Words that carry content: no stopwords, no one-letter tokens."""
    stop = stopwords_for(lang)
    return [token for token in words(text, lang) if len(token) > 1 and token not in stop]


class _ConceptTable(dict):  # token -> concept or None, filled on first sight of a token
    """CONCEPTS of one language compiled for lookup: words, stems ("rapatri*"), word pairs."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.exact = {key: c for key, c in table.items() if " " not in key and "*" not in key}
        self.pairs = {tuple(key.split()): c for key, c in table.items() if " " in key}
        self.pair_starts = frozenset(first for first, _second in self.pairs)
        self.stems = sorted(
            ((key[:-1], c) for key, c in table.items() if key.endswith("*")),
            key=lambda item: -len(item[0]),
        )

    def __missing__(self, token: str) -> str | None:
        found = self.exact.get(token)
        if found is None:
            found = next((c for stem, c in self.stems if token.startswith(stem)), None)
        self[token] = found
        return found

    def concepts(self, tokens: list[str]) -> frozenset[str]:
        found = set(map(self.__getitem__, tokens))
        found.discard(None)
        if not self.pair_starts.isdisjoint(tokens):
            found.update(
                self.pairs[pair]
                for pair in zip(tokens, tokens[1:], strict=False)
                if pair in self.pairs
            )
        return frozenset(found)


@lru_cache(maxsize=16)
def _concept_table(lang: str) -> _ConceptTable:
    return _ConceptTable(CONCEPTS.get(lang, {}))


def concepts(text: str, lang: str) -> frozenset[str]:
    """Language-neutral concept keys of a text ("entretien téléphonique" -> call, talks)."""
    return _concept_table(lang).concepts(words(text, lang))


# --------------------------------------------------------------------------------------
# Row normalisation (the frame may come from the pipeline, DuckDB or JSON)
# --------------------------------------------------------------------------------------


_NAT, _NA = pd.NaT, pd.NA


def _missing(value: Any) -> bool:
    if value is None or value is _NAT or value is _NA:
        return True
    if isinstance(value, float):
        return value != value  # NaN
    if isinstance(value, (str, date, list, tuple, dict, bool, int)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not missing
        return False


def as_date(value: Any) -> date | None:
    """A datetime.date from a date, datetime, Timestamp or ISO string; None when missing."""
    if type(value) is date:  # the pipeline's own rows: the fast path
        return value
    if _missing(value):
        return None
    if isinstance(value, datetime):  # includes pd.Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_list(value: Any) -> list[Any]:
    """A list from a list, array, JSON string or missing value (list columns of the table)."""
    if type(value) is list:
        return value
    if _missing(value):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    if isinstance(value, dict):
        return [value]
    return list(value)


def _text(value: Any, default: str = "") -> str:
    if type(value) is str:
        return value
    return default if _missing(value) else str(value)


def _precision(value: Any, first: date, last: date) -> str:
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


def _normalise(frame: pd.DataFrame) -> list[_Event]:
    # Column lists rather than to_dict("records"): several times faster on 10,000 rows.
    columns = [
        frame[name].tolist() if name in frame.columns else [None] * len(frame) for name in _NEEDED
    ]
    voices = voice_actors()
    stop: dict[str, frozenset[str]] = defaultdict(frozenset)
    concept_tables: dict[str, _ConceptTable] = {}
    for language in {_text(value, "en") for value in columns[_NEEDED.index("language")]}:
        stop[language] = stopwords_for(language)
        concept_tables[language] = _concept_table(language)
    # Several events of one sentence: each is matched on the clause holding its date.
    sentence_events = Counter(
        zip(columns[_NEEDED.index("article_id")], columns[_NEEDED.index("start")], strict=True)
    )
    result: list[_Event] = []
    seen: dict[tuple[object, ...], tuple[Any, ...]] = {}
    for row, values in enumerate(zip(*columns, strict=True)):
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
        language = _text(language, "en")
        first = as_date(first_raw)
        last = as_date(last_raw) or first
        if first and last and last < first:
            first, last = last, first
        precision = _precision(precision_raw, first, last) if first else "day"
        sentence = _text(sentence)
        trigger = None if _missing(trigger) else str(trigger)
        quantities = tuple(q for q in as_list(quantities_raw) if isinstance(q, dict))
        actors = tuple(dict.fromkeys(str(a) for a in as_list(actors_raw) if str(a) not in voices))
        event_type = _text(event_type, "other")
        places = tuple(dict.fromkeys(str(p) for p in as_list(places_raw)))
        family = TYPE_FAMILY.get(event_type, event_type)
        several = sentence_events[(article_id, start)] > 1
        # Outlets reprint wire copy: one sentence, dated and named alike, is read once.
        key = (sentence, trigger, language, actors, places, first, several)
        matched = seen.get(key)
        if matched is None:
            # What is matched: the clause that holds the event's date when the date sits in
            # a clause of its own or the sentence tells of several happenings, else the
            # sentence.
            if trigger:
                all_tokens, matched_actors, matched_places = _matched_parts(
                    sentence, trigger, actors, places, first, language, several=several
                )
            else:
                all_tokens, matched_actors, matched_places = (
                    words(sentence, language),
                    actors,
                    places,
                )
            matched = seen[key] = (
                frozenset(t for t in all_tokens if len(t) > 1 and t not in stop[language]),
                _with_type_keys(concept_tables[language].concepts(all_tokens)),
                frozenset(matched_actors),
                _expand_places(matched_places, matched_actors),
            )
        tokens, event_concepts, actor_set, (place_keys, place_set) = matched
        result.append(
            _Event(
                row,
                row if _missing(start) else int(start),  # numpy ints from a store too
                _text(event_id, f"row-{row}"),
                _text(article_id, f"row-{row}"),
                _text(outlet, "Unknown outlet"),
                language,
                as_date(published),
                _text(published_basis, "unknown"),
                first,
                last,
                precision,
                first.toordinal() if first else 0,
                last.toordinal() if last else 0,
                event_type,
                family,
                _kinds(family, event_concepts),
                False if _missing(background) else bool(background),
                actors,
                actor_set,
                places,
                place_keys,
                place_set,
                tokens,
                event_concepts,
                frozenset(str(q.get("unit")) for q in quantities if q.get("unit")),
                quantities,
                sentence,
                trigger,
                _text(dated_by, "expression"),
            )
        )
    return result


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
    if any(c in CONCEPT_TYPES for c in _concept_table(lang).concepts(clause_tokens)):
        return clause_tokens, clause_actors, clause_places
    if clause_actors or clause_places:
        return words(sentence, lang), clause_actors, clause_places
    return words(sentence, lang), actors, places


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


@lru_cache(maxsize=1)
def _actor_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """(voices, persons): VOICE_ACTORS plus data/actors.csv roles and kinds, when readable."""
    voices, persons = set(VOICE_ACTORS), set()
    try:
        with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name, role = row.get("name") or "", (row.get("role") or "").lower()
                if name and any(word in role for word in VOICE_ROLE_WORDS):
                    voices.add(name)
                if name and (row.get("kind") or "").lower() == "person":
                    persons.add(name)
    except OSError:  # no gazetteer: the built-in table and the name heuristic alone
        pass
    return frozenset(voices), frozenset(persons)


@dataclass(frozen=True)
class _Geography:
    """What data/places.csv and data/actors.csv say about where things are."""

    parts: dict[str, frozenset[str]]  # place -> the gazetteer places its name is made of
    countries_of: dict[str, frozenset[str]]  # place -> its country places (and its parts')
    actor_country: dict[str, str]  # actor -> the country place of its country code
    countries: frozenset[str]  # the country places themselves


@lru_cache(maxsize=1)
def _geography() -> _Geography:
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
        return _Geography({}, {}, {}, frozenset())
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
            if other != name and re.search(rf"(?<!\w){re.escape(other)}(?!\w)", name)
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
    return _Geography(parts, countries_of, actor_country, countries)


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
    geography = _geography()
    specific: set[str] = set(places)
    broad: set[str] = set()
    for place in places:
        specific.update(geography.parts.get(place, ()))
        broad.update(geography.countries_of.get(place, ()))
    broad.update(geography.actor_country[a] for a in actors if a in geography.actor_country)
    return frozenset(specific), frozenset(specific | broad)


def voice_actors() -> frozenset[str]:
    """Canonical actors that are voices (outlets, agencies, presidencies), not participants."""
    return _actor_kinds()[0]


@lru_cache(maxsize=8192)
def _is_person(name: str) -> bool:
    return name in _actor_kinds()[1] or short_actor_name(name) != name


def _continuations(events: list[_Event]) -> tuple[list[_Event], list[tuple[int, int]]]:
    """Consecutive events of one article that carry on the same happening, and inheritance.

    News tells one happening over several sentences: "Macron had spoken to Putin ..." then
    "The pair spoke on the phone for almost two hours". A sentence continues the previous
    one when both have the same dates and compatible types and its participants are none,
    a subset or a superset of the passage's so far (or overlap by half), or it opens with
    words that refer back (events_lexicon.CONTINUATION: "The call lasted about 50 minutes,
    according to BelTA") and names no other people. Members of such a passage share the
    passage's participants, so "the pair" can meet other outlets' reports of Macron and
    Putin. A lone sentence naming no one that opens with words for the previous people
    (events_lexicon.COREFERENT, after a short lead-in: "Lundi, les deux dirigeants avaient
    parlé ...") takes the previous passage's participants, whatever its date. Returns
    the events (with inherited participants) and the links to join before any
    cross-outlet comparison.
    """
    by_article: dict[str, list[_Event]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    links: list[tuple[int, int]] = []
    passages: list[list[_Event]] = []
    for article_events in by_article.values():
        article_events.sort(key=lambda e: (e.start, e.row))
        passage: list[_Event] = []
        participants: dict[str, None] = {}
        for event in article_events:
            if passage and _continues(passage[-1], event, frozenset(participants)):
                links.append((passage[-1].row, event.row))
                passage.append(event)
            else:
                passages.append(passage)
                passage, participants = [event], {}
            participants.update(dict.fromkeys(event.actors))
        passages.append(passage)
    inherited = list(events)
    previous: list[_Event] = []
    for passage in passages:
        if not passage:
            continue
        if len(passage) == 1:
            event = passage[0]
            if previous and _refers_back(event, previous):
                # "Lundi, les deux dirigeants avaient parlé ..." after Wednesday's call:
                # another date, so another passage, but the same pair of leaders.
                shared = frozenset(actor for e in previous for actor in e.actors)
                inherited[event.row] = replace(event, actor_set=shared)
            previous = passage
            continue
        previous = passage
        shared = frozenset(actor for e in passage for actor in e.actors)
        for event in passage:
            # Matching uses the passage's participants; labels and claims keep the event's own.
            inherited[event.row] = replace(event, actor_set=shared)
    return inherited, links


def _refers_back(event: _Event, passage: list[_Event]) -> bool:
    """Whether an event naming no one opens with words for the previous passage's people."""
    previous = passage[-1]
    if event.actors or previous.article_id != event.article_id:
        return False
    if previous.background != event.background or not _type_factor(previous, event):
        return False
    if not any(e.actors for e in passage):
        return False
    return _opens_with(event, COREFERENT)


def _opens_with(event: _Event, table: dict[str, str]) -> bool:
    """Whether the event's sentence opens with a pattern of `table` (events_lexicon)."""
    source = table.get(event.language)
    if source is None:
        return False
    pattern = _opener_pattern(source)
    opening = event.sentence.lstrip()
    # The opener may follow a short lead-in: "Lundi, les deux dirigeants ...".
    head, comma, rest = opening.partition(",")
    candidates = [opening, rest.lstrip()] if comma and len(head) <= LEAD_IN_CHARS else [opening]
    return any(pattern.match(candidate) for candidate in candidates)


@lru_cache(maxsize=64)
def _opener_pattern(source: str) -> re.Pattern[str]:
    # Case-blind: after a lead-in the opener is lower case ("Lundi, les deux dirigeants").
    return re.compile(source, re.IGNORECASE)


def _continues(previous: _Event, event: _Event, participants: frozenset[str]) -> bool:
    if previous.date is None or event.date is None:
        return False
    if (previous.date, previous.date_end) != (event.date, event.date_end):
        return False
    if previous.background != event.background or not _type_factor(previous, event):
        return False
    own = frozenset(event.actors)
    if not own or not participants or _compatible(own, participants):
        return True
    # "The call lasted about 50 minutes, according to BelTA, which said ... the EU": an
    # opener that refers back carries the passage on, unless it names other people.
    return not any(_is_person(actor) for actor in own - participants) and _opens_with(
        event, CONTINUATION
    )


# --------------------------------------------------------------------------------------
# Pair scoring
# --------------------------------------------------------------------------------------


class _Scorer:
    """Scores pairs of events; IDF weights for words, actors and places come from the input.

    Actors and places are weighted by how rare they are in the input (Lukashenko and
    Belarus are everywhere; Kuźnica or Makei say much more), words likewise per language.
    Bit sets (Python ints) give the cheap tests (any shared actor?) on the hot path.
    """

    def __init__(self, events: list[_Event]) -> None:
        self.events = events
        documents: Counter[str] = Counter(event.language for event in events)
        word_frequency: dict[str, Counter[str]] = defaultdict(Counter)
        entity_frequency: Counter[str] = Counter()
        for event in events:
            word_frequency[event.language].update(event.words)
            entity_frequency.update(event.actor_set)
            entity_frequency.update(event.place_set)
            entity_frequency.update(event.concepts)  # concept keys never collide with names
        self.word_frequency = word_frequency  # document frequencies (blocking reads them)
        self.entity_frequency = entity_frequency
        self.idf: dict[str, dict[str, float]] = {
            lang: {word: _idf(documents[lang], df) for word, df in counts.items()}
            for lang, counts in word_frequency.items()
        }
        self.entity_idf = {name: _idf(len(events), df) for name, df in entity_frequency.items()}
        # math.fsum, not sum: a set's iteration order depends on the run's string hashes, and
        # a plain sum's last bit on the order; a score of 1.0000000000000002 instead of 1.0
        # reorders tied pairs and so changed clusters from one run to the next.
        # Each distinct set is weighed once (_per_set): reprints share their sets.
        self.word_mass = _per_set(
            ((e.language, e.words) for e in events),
            lambda item: fsum(map(self.idf[item[0]].__getitem__, item[1])),
        )
        idf = self.entity_idf

        def mass(names: frozenset[str]) -> float:
            return fsum(map(idf.__getitem__, names))

        self.actor_mass = _per_set((e.actor_set for e in events), mass)
        self.place_mass = _per_set((e.place_set for e in events), mass)
        self.concept_mass = _per_set((e.concepts for e in events), mass)
        bits: dict[str, int] = {}

        def as_bits(names: frozenset[str]) -> int:
            return _bits(names, bits)

        self.actor_bits = _per_set((e.actor_set for e in events), as_bits)
        self.place_bits = _per_set((e.place_set for e in events), as_bits)
        self.named_place_bits = _per_set((e.place_keys for e in events), as_bits)
        self.concept_bits = _per_set((e.concepts for e in events), as_bits)
        # Masks over the shared bit index: which names are people, countries, type keys;
        # which concepts are distinctive (in at most DISTINCTIVE_CONCEPT_SHARE of the
        # events: "a vote", "an arrest", not "talks", which every day of diplomacy has)
        # and which of those name a happening ("arrest"; not "checkpoint").
        person_mask = _mask(bits, _is_person)
        country_mask = _mask(bits, _geography().countries.__contains__)
        type_key_mask = _mask(bits, lambda name: name.startswith(TYPE_KEY_PREFIX))
        most = max(2.0, DISTINCTIVE_CONCEPT_SHARE * len(events))
        distinctive = {
            name
            for event in events
            for name in event.concepts
            if entity_frequency[name] <= most and not name.startswith(TYPE_KEY_PREFIX)
        }
        self.distinctive_concepts = frozenset(distinctive)
        self.distinctive = frozenset(name for name in distinctive if name in CONCEPT_TYPES)
        distinctive_mask = _mask(bits, distinctive.__contains__)
        happening_mask = _mask(bits, self.distinctive.__contains__)
        self.person_bits = [b & person_mask for b in self.actor_bits]
        self.local_bits = [b & ~country_mask for b in self.named_place_bits]
        self.plain_concept_bits = [b & ~type_key_mask for b in self.concept_bits]
        self.distinctive_bits = [b & distinctive_mask for b in self.concept_bits]
        self.happening_bits = [b & happening_mask for b in self.concept_bits]
        self.unit_bits = _per_set((e.units for e in events), as_bits)
        # Reports of two articles score by what the events carry (_signature); in a dense
        # corpus many carry the same (wire copy reprinted by several outlets, the same
        # sentence with another figure), so a score is computed once per pair of
        # signatures. Events of one article also depend on their figures and wording
        # (_near_duplicate): those are cached per pair of events.
        signatures: dict[tuple[object, ...], int] = {}
        self.signature = [signatures.setdefault(_signature(e), len(signatures)) for e in events]
        self.signatures = max(1, len(signatures))
        self.articles = [e.article_id for e in events]
        self.cache: dict[int, float] = {}  # signature pair (or event pair) -> score

    def word_similarity(self, i: int, j: int) -> float | None:
        """IDF-weighted Jaccard of content words; None across languages (no translation)."""
        left, right = self.events[i], self.events[j]
        if left.language != right.language or not left.words or not right.words:
            return None
        shared = left.words & right.words
        if not shared:
            return 0.0
        shared_mass = fsum(map(self.idf[left.language].__getitem__, shared))
        union_mass = self.word_mass[i] + self.word_mass[j] - shared_mass
        return shared_mass / union_mass if union_mass > 0 else 1.0

    def entity_similarity(
        self, left: frozenset[str], right: frozenset[str], left_mass: float, right_mass: float
    ) -> float:
        """IDF-weighted Jaccard of two sets of canonical names (masses: their IDF sums)."""
        shared_mass = fsum(map(self.entity_idf.__getitem__, left & right))
        union_mass = left_mass + right_mass - shared_mass
        if union_mass <= 0:
            return 1.0
        return shared_mass / union_mass

    def concept_similarity(self, i: int, j: int) -> float:
        """IDF-weighted overlap of concept keys, between Jaccard and containment.

        One outlet tells more of a happening than another ("spoke by phone for two
        hours about aid" vs "talked"): what the shorter report says should be in the longer.
        """
        left, right = self.events[i].concepts, self.events[j].concepts
        shared = fsum(map(self.entity_idf.__getitem__, left & right))
        smaller = min(self.concept_mass[i], self.concept_mass[j])
        union = self.concept_mass[i] + self.concept_mass[j] - shared
        return CONTAINMENT_SHARE * shared / smaller + (1 - CONTAINMENT_SHARE) * shared / union

    def score(self, i: int, j: int) -> float:
        if i > j:
            i, j = j, i
        if self.articles[i] == self.articles[j]:
            key = -1 - (i * len(self.events) + j)  # negative: apart from signature pairs
        else:
            left, right = self.signature[i], self.signature[j]
            key = (
                left * self.signatures + right if left <= right else right * self.signatures + left
            )
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = self._score(i, j)
        return cached

    def _score(self, i: int, j: int) -> float:
        left, right = self.events[i], self.events[j]
        if left.background != right.background:
            return 0.0
        left_persons, right_persons = self.person_bits[i], self.person_bits[j]
        type_factor = _type_factor(left, right)
        if not type_factor:
            # The same two people on the same days: one happening however it is framed
            # ("agreed on de-escalating tensions" and "a telephone conversation").
            if (left_persons & right_persons).bit_count() < 2:
                return 0.0
            type_factor = 1.0
        if left.precision == "day" and right.precision == "day":  # the common case, inline
            gap = abs(left.first_day - right.first_day)
            date_factor = 1.0 if gap == 0 else ADJACENT_DAY_FACTOR if gap <= 1 else 0.0
        else:
            date_factor = _dates_compatible(left, right)
        if not date_factor:
            return 0.0
        left_actors, right_actors = self.actor_bits[i], self.actor_bits[j]
        shared_actors = left_actors & right_actors
        left_local, right_local = self.local_bits[i], self.local_bits[j]
        shared_places = self.place_bits[i] & self.place_bits[j]
        similarity = self.word_similarity(i, j)
        # What two reports of one happening share: a participant, a place below the
        # country, wording, or what happened (concept keys).
        anchored = (
            shared_actors
            or left_local & right_local
            or (similarity is not None and similarity >= ANCHOR_WORD_SIMILARITY)
            or (
                (self.plain_concept_bits[i] & self.plain_concept_bits[j]).bit_count()
                >= ANCHOR_CONCEPTS
                and self.distinctive_bits[i] & self.distinctive_bits[j]
            )
            or (
                # one word for what happened, when there is little else to compare
                self.happening_bits[i] & self.happening_bits[j]
                and (
                    shared_places
                    or not (left_actors or left_local)
                    or not (right_actors or right_local)
                )
            )
        )
        if not anchored:
            return 0.0
        if left.article_id == right.article_id and not _near_duplicate(left, right, similarity):
            return 0.0
        total = weight = 0.0
        both_persons = left_persons and right_persons
        if left_actors and right_actors:  # evidence only counts when both sides carry it
            # People say which happening it is (Macron-Putin, not Merkel-Lukashenko);
            # institutions ("the EU", "the Government of Belarus") are mostly context.
            actor_weight = WEIGHT_ACTORS if both_persons else WEIGHT_ACTORS * INSTITUTIONS_SHARE
            if shared_actors:
                total += actor_weight * self.entity_similarity(
                    left.actor_set, right.actor_set, self.actor_mass[i], self.actor_mass[j]
                )
            weight += actor_weight
        if left.place_set and right.place_set:
            if shared_places:
                total += WEIGHT_PLACES * self.entity_similarity(
                    left.place_set, right.place_set, self.place_mass[i], self.place_mass[j]
                )
            weight += WEIGHT_PLACES
        left_concepts, right_concepts = self.concept_bits[i], self.concept_bits[j]
        if left_concepts and right_concepts:
            if left_concepts & right_concepts:
                total += WEIGHT_CONCEPTS * self.concept_similarity(i, j)
            weight += WEIGHT_CONCEPTS
        left_units, right_units = self.unit_bits[i], self.unit_bits[j]
        if left_units and right_units:
            total += WEIGHT_UNITS * _bit_jaccard(left_units, right_units)
            weight += WEIGHT_UNITS
        score = _evidence(total, weight)
        if similarity:
            # Shared wording adds evidence; different wording is not evidence against (outlets
            # paraphrase), so that same-language pairs are not judged harder than pairs
            # across languages, which have no words to compare.
            score = max(
                score,
                _evidence(total + WEIGHT_WORDS * similarity, weight + WEIGHT_WORDS),
            )
        if both_persons and not _compatible_bits(left_persons, right_persons):
            # Macron–Putin is not Merkel–Lukashenko, nor Putin–Lukashenko
            score *= DISJOINT_ACTORS_FACTOR
        if (left_local and right_local and not left_local & right_local) or (
            left.place_set and right.place_set and not shared_places
        ):
            # Two villages, two crossings, or places in different countries: two happenings.
            score *= DISJOINT_PLACES_FACTOR
        return score * type_factor * date_factor


def _signature(event: _Event) -> tuple[object, ...]:
    """Everything _Scorer._score reads of an event when the other is from another article."""
    return (
        event.background,
        event.event_type,
        event.precision,
        event.first_day,
        event.last_day,
        event.language,
        event.words,
        event.actor_set,
        event.place_set,
        event.place_keys,
        event.concepts,
        event.units,
    )


def _idf(documents: int, frequency: int) -> float:
    # Smoothed, with a floor of 1: in a small input everything looks common, and a name
    # every event shares must still count for something.
    return math.log((documents + 1) / (frequency + 1)) + 1.0


def _type_factor(left: _Event, right: _Event) -> float:
    """1 for one type, a factor < 1 for compatible types (a call reported as a statement)."""
    if left.event_type == right.event_type:
        return 1.0
    if left.family == right.family:
        return COMPATIBLE_TYPE_FACTOR
    if left.kinds & right.kinds:  # both name, in their own words, one kind of happening
        return IMPLIED_TYPE_FACTOR
    return 0.0


def _evidence(total: float, weight: float) -> float:
    """Weighted mean, scaled down when the evidence present weighs little."""
    if not weight:
        return 0.0
    return total / weight * min(1.0, weight / FULL_EVIDENCE_WEIGHT)


def _per_set(items: Iterable[Any], function: Any) -> list[Any]:
    """function(item) for each item, computed once per distinct item."""
    known: dict[Any, Any] = {}
    values = []
    for item in items:
        value = known.get(item)
        if value is None:
            value = known[item] = function(item)
        values.append(value)
    return values


def _bits(names: frozenset[str], index: dict[str, int]) -> int:
    value = 0
    for name in names:
        value |= 1 << index.setdefault(name, len(index))
    return value


def _compatible_bits(left: int, right: int) -> bool:
    """_compatible() on bit sets: one within the other, or half shared."""
    shared = left & right
    if shared in (left, right):
        return True
    return shared.bit_count() / (left | right).bit_count() >= CONTINUATION_OVERLAP


def _mask(index: dict[str, int], test: Any) -> int:
    """The bits of the indexed names that pass `test`."""
    mask = 0
    for name, bit in index.items():
        if test(name):
            mask |= 1 << bit
    return mask


def _bit_jaccard(left: int, right: int) -> float:
    return (left & right).bit_count() / (left | right).bit_count()


def _dates_compatible(left: _Event, right: _Event) -> float:
    """1.0 same day or span, a factor < 1 for adjacent days or coarse-vs-fine, 0 incompatible."""
    if left.date is None or right.date is None:
        return 0.0
    if (left.precision == "year") != (right.precision == "year"):
        return 0.0
    if left.precision == "day" and right.precision == "day":
        gap = abs(left.first_day - right.first_day)
        return 1.0 if gap == 0 else ADJACENT_DAY_FACTOR if gap <= DAY_SLACK["day"] else 0.0
    slack = min(DAY_SLACK[left.precision], DAY_SLACK[right.precision])
    if left.first_day - slack > right.last_day or right.first_day - slack > left.last_day:
        return 0.0
    same_span = left.first_day == right.first_day and left.last_day == right.last_day
    return 1.0 if same_span else COARSE_DATE_FACTOR


def _near_duplicate(left: _Event, right: _Event, similarity: float | None) -> bool:
    """Whether two events of one article may be one happening (else they never merge).

    An article tells different happenings in different sentences, so two of its events
    merge only when they name the same people on the same day (one set within the other,
    or half shared: "Macron and Putin agreed ..." and "Putin promised Macron ..."), a day
    apart when one is only dated by its publication day (a lead sentence), or, without
    people on both sides, when they repeat each other (the same figure, most words).
    """
    if left.actor_set and right.actor_set:
        if not _compatible(left.actor_set, right.actor_set):
            return False
        allowed_gap = MAX_DAY_SPREAD if "publication" in (left.dated_by, right.dated_by) else 0
        return (
            abs(left.first_day - right.first_day) <= allowed_gap
            and left.last_day - left.first_day == right.last_day - right.first_day
        )
    if left.date != right.date or left.date_end != right.date_end:
        return False
    same_figure = any(
        (a.get("unit"), a.get("value")) == (b.get("unit"), b.get("value"))
        for a in left.quantities
        for b in right.quantities
    )
    return same_figure or (similarity or 0.0) >= NEAR_DUPLICATE_SIMILARITY


def _compatible(left: frozenset[str], right: frozenset[str]) -> bool:
    """Participant sets that can name one happening: one within the other, or half shared."""
    if left <= right or right <= left:
        return True
    return len(left & right) / len(left | right) >= CONTINUATION_OVERLAP


# --------------------------------------------------------------------------------------
# Blocking and merging
# --------------------------------------------------------------------------------------


def _blocking_keys(events: list[_Event], scorer: _Scorer) -> list[list[tuple[object, ...]]]:
    """What two events must share to be compared: a type family and an actor, a place (or
    a place its name holds), a rare word or a rare concept; or the same two people,
    whatever the types.

    Rare words (in at most RARE_WORD_SHARE of a language's events, or two) stand in for
    same-language content overlap; words everyone uses ("migrants", "border") cannot make
    the IDF-weighted overlap reach the anchor level on their own. Concepts are
    language-neutral: rare ones block pairs across languages too.
    """
    documents = Counter(event.language for event in events)
    concept_frequency = scorer.entity_frequency
    concept_limit = max(2, RARE_WORD_SHARE * len(events))
    rare_words = {
        language: frozenset(
            word
            for word, df in frequency.items()
            if df <= max(2, RARE_WORD_SHARE * documents[language])
        )
        for language, frequency in scorer.word_frequency.items()
    }
    keys: list[list[tuple[object, ...]]] = []
    known: dict[tuple[object, ...], list[tuple[object, ...]]] = {}  # reprints: the same keys
    for event in events:
        language = event.language
        carried = (language, event.kinds, event.actor_set, event.place_keys, event.words)
        carried += (event.concepts,)
        if carried in known:
            keys.append(known[carried])
            continue
        names: list[object] = [*event.actor_set, *event.place_keys]
        names += [(language, w) for w in event.words & rare_words[language]]
        names += [c for c in event.concepts if concept_frequency[c] <= concept_limit]
        # Keys carry the type family, so only comparable types meet.
        event_keys: list[tuple[object, ...]] = [
            (family, name) for family in _bit_list(event.kinds) for name in names
        ]
        if len(event.actor_set) > 1:
            # Pairs of people meet whatever the types (family 0: no type family).
            persons = sorted(a for a in event.actor_set if _is_person(a))
            event_keys += [
                (0, first, second)
                for index, first in enumerate(persons)
                for second in persons[index + 1 :]
            ]
        keys.append(event_keys)
        known[carried] = event_keys
    return keys


def _bit_list(bits: int) -> list[int]:
    """The single bits of a bit set (the families an event may belong to)."""
    found = []
    while bits:
        lowest = bits & -bits
        found.append(lowest)
        bits ^= lowest
    return found


class _Pairs:
    """Candidate pairs scoring at least MERGE_THRESHOLD, grouped by score.

    A dense corpus yields hundreds of thousands of pairs but few distinct scores (reprints
    score alike), so pairs are kept as ints (i * size + j, i < j) in one list per score:
    `ordered()` gives them best score first, ties in (i, j) order, without sorting tuples.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.by_score: dict[float, list[int]] = {}

    def bucket(self, score: float) -> list[int]:
        """The list holding the codes of pairs with this score."""
        found = self.by_score.get(score)
        if found is None:
            found = self.by_score[score] = []
        return found

    def add(self, score: float, i: int, j: int) -> None:
        if score >= MERGE_THRESHOLD:
            self.bucket(score).append(i * self.size + j if i < j else j * self.size + i)

    def ordered(self) -> Iterable[tuple[int, int]]:
        size = self.size
        for score in sorted(self.by_score, reverse=True):
            for code in sorted(self.by_score[score]):
                yield divmod(code, size)


def _candidate_pairs(events: list[_Event], scorer: _Scorer) -> _Pairs:
    """Pairs worth merging: inside each (background, year precision) block, events sharing a
    blocking key (_blocking_keys) whose date windows overlap, by a sweep along each key's
    date-sorted postings; then the lookups of unnamed reports (_unnamed_pairs)."""
    blocks: dict[tuple[bool, bool], list[int]] = defaultdict(list)
    for event in events:
        if event.date is not None:
            blocks[(event.background, event.precision == "year")].append(event.row)
    keys = _blocking_keys(events, scorer)
    actor_bits, person_bits = scorer.actor_bits, scorer.person_bits
    # The best a pair naming different people can score: every other component perfect.
    everything = WEIGHT_ACTORS + WEIGHT_PLACES + WEIGHT_WORDS + WEIGHT_CONCEPTS + WEIGHT_UNITS
    disjoint_best = (everything - WEIGHT_ACTORS) / everything
    disjoint_hopeless = disjoint_best * DISJOINT_ACTORS_FACTOR < MERGE_THRESHOLD
    pairs = _Pairs(len(events))
    size = pairs.size
    score, articles = scorer.score, scorer.articles
    signature, width = scorer.signature, scorer.signatures
    # signature pair -> the bucket its pairs go to (None: below the threshold)
    bucket_of: dict[int, list[int] | None] = {}
    for block in blocks.values():
        # Sorted by first day, each event reaches forward to its last day plus its slack;
        # _dates_compatible() then decides exactly.
        block.sort(key=lambda r: (events[r].first_day, r))
        starts = [events[r].first_day for r in block]
        postings: dict[object, list[int]] = defaultdict(list)  # key -> positions, ascending
        for position, r in enumerate(block):
            for key in keys[r]:
                postings[key].append(position)
        for position, i in enumerate(block):
            # Positions from `end` on start after this event's reach (starts ascend).
            end = bisect_right(starts, events[i].last_day + DAY_SLACK[events[i].precision])
            if end <= position + 1:
                continue
            left_actors, left_persons = actor_bits[i], person_bits[i]
            article, own = articles[i], signature[i]
            # Sorted-neighbourhood cap: in a dense corpus a common actor's postings hold
            # thousands of events per month; comparing each with its nearest
            # NEIGHBOURS_PER_KEY along the date axis keeps the cost linear, and a
            # happening reported that often is joined through its nearer reports anyway.
            found: set[int] = set()
            for key in keys[i]:
                positions = postings[key]
                first = bisect_right(positions, position)
                found.update(positions[first : first + NEIGHBOURS_PER_KEY])
            hopeless = disjoint_hopeless and left_persons
            base = own * width
            for j in [block[other] for other in found if other < end]:
                # Other people and no shared actor cannot reach the threshold: the other
                # evidence weighs at most 1 - WEIGHT_ACTORS, and then the penalty applies.
                if hopeless and person_bits[j] and not left_actors & actor_bits[j]:
                    continue
                if articles[j] != article:
                    # Reports of two articles (most pairs): one look-up per signature pair.
                    theirs = signature[j]
                    key = base + theirs if own <= theirs else theirs * width + own
                    bucket = bucket_of.get(key, _UNSEEN)
                    if bucket is _UNSEEN:
                        value = score(i, j)
                        bucket = bucket_of[key] = (
                            pairs.bucket(value) if value >= MERGE_THRESHOLD else None
                        )
                    if bucket is not None:
                        bucket.append(i * size + j if i < j else j * size + i)
                else:
                    pairs.add(score(i, j), i, j)
        _unnamed_pairs(events, block, starts, scorer, pairs)
    return pairs


_UNSEEN: list[int] = []  # a marker: not looked up yet


def _unnamed_pairs(
    events: list[_Event], block: list[int], starts: list[int], scorer: _Scorer, pairs: _Pairs
) -> None:
    """Pairs for reports that name no one and no place below the country, found through
    what happened.

    "Les tentatives de passage ont fortement diminué ... en décembre" has no actor or
    place to block on, and its concept may be too common to be everyone's blocking key.
    Such an event looks up every event of its date window (in both directions) sharing
    one of its distinctive happening concepts, the only ones that can anchor it; other
    events never look up by common concepts, so the cost stays with the unnamed reports.
    """
    local = scorer.local_bits
    wanted: dict[int, frozenset[str]] = {}
    for position, r in enumerate(block):
        if not events[r].actor_set and not local[r]:
            lookup = events[r].concepts & scorer.distinctive
            if lookup:
                wanted[position] = lookup
    if not wanted:
        return
    concepts_wanted = frozenset().union(*wanted.values())
    postings: dict[str, list[int]] = defaultdict(list)  # concept -> positions, ascending
    for position, r in enumerate(block):
        for concept in events[r].concepts & concepts_wanted:
            postings[concept].append(position)
    for position, lookup in wanted.items():
        i = block[position]
        event = events[i]
        # Positions from `end` on start after the event's reach (starts ascend).
        end = bisect_right(starts, event.last_day + DAY_SLACK[event.precision])
        lowest = bisect_left(starts, event.first_day - UNNAMED_LOOKBACK_DAYS)
        found: set[int] = set()
        for concept in lookup:
            positions = postings[concept]
            # the same sorted-neighbourhood cap as named keys: the nearest on either side
            middle = bisect_left(positions, position)
            first = max(bisect_left(positions, lowest), middle - NEIGHBOURS_PER_KEY)
            found.update(positions[first : middle + NEIGHBOURS_PER_KEY])
        found.discard(position)
        for other in found:
            if other < end:
                pairs.add(scorer.score(i, block[other]), i, block[other])


@dataclass(slots=True)
class _Span:
    """A group's dates, kept up to date on union so the coherence check is O(1)."""

    fine_first_min: int | None = None  # over day/weekend members
    fine_first_max: int | None = None
    fine_last_min: int | None = None
    fine_last_max: int | None = None
    coarse_first: int | None = None  # intersection of week/month/year members
    coarse_last: int | None = None

    @classmethod
    def of(cls, event: _Event) -> _Span:
        if event.date is None:
            return cls()
        if event.precision in FINE_PRECISIONS:
            return cls(event.first_day, event.first_day, event.last_day, event.last_day)
        return cls(coarse_first=event.first_day, coarse_last=event.last_day)

    def merged(self, other: _Span) -> _Span | None:
        """The span of both groups, or None when their dates cannot be one happening."""
        span = _Span(
            _pick(min, self.fine_first_min, other.fine_first_min),
            _pick(max, self.fine_first_max, other.fine_first_max),
            _pick(min, self.fine_last_min, other.fine_last_min),
            _pick(max, self.fine_last_max, other.fine_last_max),
            _pick(max, self.coarse_first, other.coarse_first),
            _pick(min, self.coarse_last, other.coarse_last),
        )
        if span.fine_first_max is not None and span.fine_last_min is not None:
            # Day-precision members lie within MAX_DAY_SPREAD days of each other.
            if span.fine_first_max - span.fine_last_min > MAX_DAY_SPREAD:
                return None
        if span.coarse_first is not None and span.coarse_last is not None:
            if span.coarse_first > span.coarse_last:
                return None
            # Coarse members (a week, a month) must contain the days, give or take one.
            if span.fine_first_min is not None and (
                span.fine_first_min > span.coarse_last + 1
                or span.fine_last_max < span.coarse_first - 1
            ):
                return None
        return span


def _pick(choose: Any, left: int | None, right: int | None) -> int | None:
    if left is None:
        return right
    if right is None:
        return left
    return choose(left, right)


class _Groups:
    """Union-find whose unions are vetoed when they would chain unrelated events."""

    def __init__(self, events: list[_Event], scorer: _Scorer) -> None:
        self.events = events
        self.scorer = scorer
        # The root of each event's group, relabelled on merge: the smaller group moves, so an
        # event moves at most log2(n) times, and "same group?" is two list reads.
        self.root = list(range(len(events)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
        # root -> the reports and members _linked samples (built when first needed)
        self.samples: dict[int, list[tuple[str, tuple[int, ...], int | None]]] = {}
        # A union refused stays refused until one of the groups changes (a merge bumps the
        # survivor's version): in a dense corpus most refusals are the same two groups
        # met again through another pair of their members.
        self.version = [0] * len(events)
        self.refused: set[tuple[int, int, int, int]] = set()
        self.spans: dict[int, _Span] = {i: _Span.of(e) for i, e in enumerate(events)}
        # root -> article -> the group's events of that article (a report), in merge order
        self.reports: dict[int, dict[str, list[int]]] = {
            i: {e.article_id: [i]} for i, e in enumerate(events)
        }

    def find(self, i: int) -> int:
        return self.root[i]

    def join(self, i: int, j: int) -> None:
        """Union without the checks: for sentences of one article telling one happening."""
        left, right = self.find(i), self.find(j)
        if left != right:
            self._merge(left, right, self.spans[left].merged(self.spans[right]) or self.spans[left])

    def try_union(self, i: int, j: int) -> bool:
        left, right = self.root[i], self.root[j]
        if left == right:
            return False
        state = (left, self.version[left], right, self.version[right])
        if state in self.refused:
            return False
        span = self.spans[left].merged(self.spans[right])
        if span is None or not self._linked(left, right):
            self.refused.add(state)
            return False
        self._merge(left, right, span)
        return True

    def _merge(self, left: int, right: int, span: _Span) -> None:
        if len(self.members[left]) < len(self.members[right]):
            left, right = right, left
        moved = self.members.pop(right)
        self.version[left] += 1
        root = self.root
        for member in moved:
            root[member] = left
        self.members[left].extend(moved)
        self.samples.pop(right, None)
        reports, moved_reports = self.reports[left], self.reports.pop(right)
        sample = self.samples.get(left)
        # The survivor's sample stands when it is full and no report in it gains members.
        if sample is not None and (
            len(sample) < LINKAGE_SAMPLE or any(a in moved_reports for a, _m, _s in sample)
        ):
            del self.samples[left]
        for article, members in moved_reports.items():
            reports.setdefault(article, []).extend(members)
        self.spans[left] = span
        del self.spans[right]

    def _linked(self, left: int, right: int) -> bool:
        """Average linkage between the groups' reports, and no two different events of one
        article."""
        left_reports, right_reports = self.reports[left], self.reports[right]
        if len(self.members[left]) == 1 and len(self.members[right]) == 1:
            return True  # the pair's own score passed the threshold (and the article rule)
        score = self.scorer.score
        for article in left_reports.keys() & right_reports.keys():
            if any(
                score(a, b) == 0.0 for a in left_reports[article] for b in right_reports[article]
            ):
                return False
        # Linkage between reports, not sentences: an article tells a happening over several
        # sentences, and a continuation ("the talks lasted 50 minutes") need not resemble
        # the other outlet's report; its best-matching sentence speaks for the article.
        # Reports of one article on both sides were checked above; they are not evidence.
        # A sample (the first reports merged, their first sentences) keeps it cheap.
        cache, width = self.scorer.cache, self.scorer.signatures
        total, count = 0.0, 0
        right_sample = self._sample(right)
        for left_article, left_members, left_signature in self._sample(left):
            for right_article, right_members, right_signature in right_sample:
                if left_article == right_article:
                    continue
                if left_signature is not None and right_signature is not None:
                    # one sentence each, two articles: score() inlined
                    value = cache.get(
                        left_signature * width + right_signature
                        if left_signature <= right_signature
                        else right_signature * width + left_signature
                    )
                    if value is None:
                        value = score(left_members[0], right_members[0])
                    total += value
                else:
                    total += max([score(a, b) for a in left_members for b in right_members])
                count += 1
        return not count or total / count >= LINKAGE_THRESHOLD

    def _sample(self, root: int) -> list[tuple[str, tuple[int, ...], int | None]]:
        """The reports _linked compares: the group's first LINKAGE_SAMPLE reports, each with
        its first LINKAGE_SAMPLE members less those with the signature of an earlier one
        (across articles a score depends only on the signatures, so the best is the same),
        and the signature of a report reduced to one member."""
        sample = self.samples.get(root)
        if sample is None:
            signature = self.scorer.signature
            sample = []
            for article, members in islice(self.reports[root].items(), LINKAGE_SAMPLE):
                kept: dict[int, int] = {}
                for member in members[:LINKAGE_SAMPLE]:
                    kept.setdefault(signature[member], member)
                only = next(iter(kept)) if len(kept) == 1 else None
                sample.append((article, tuple(kept.values()), only))
            self.samples[root] = sample
        return sample


# --------------------------------------------------------------------------------------
# Public entry point
# --------------------------------------------------------------------------------------


def cluster_events(events: pd.DataFrame) -> tuple[pd.DataFrame, list[Cluster]]:
    """Group events reporting the same happening; returns (copy with cluster_id, clusters by date).

    Every row gets a cluster (a singleton when nothing matches). Cluster ids hash the sorted
    member event ids, so they do not depend on row order or on the run.
    """
    result = events.copy()
    if result.empty:
        result["cluster_id"] = pd.Series([], dtype=object)
        return result, []
    with _no_cyclic_gc():
        return _cluster_frame(result)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored as it was.

    Clustering a dense corpus allocates hundreds of thousands of small tuples, lists and
    records that form no reference cycles; the collector's passes over them cost about a
    tenth of the run and free nothing. Reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _cluster_frame(result: pd.DataFrame) -> tuple[pd.DataFrame, list[Cluster]]:
    """cluster_events() on its own copy of a non-empty frame."""
    # Work in event_id order so that every tie is broken the same way whatever the input order.
    event_ids = [str(event_id) for event_id in result["event_id"]]
    order = sorted(range(len(result)), key=lambda p: (event_ids[p], p))
    normalised, passages = _continuations(_normalise(result.iloc[order]))
    scorer = _Scorer(normalised)
    groups = _Groups(normalised, scorer)
    for i, j in passages:
        groups.join(i, j)
    root = groups.root
    # Best score first, ties by position (event_id order).
    for i, j in _candidate_pairs(normalised, scorer).ordered():
        if root[i] != root[j]:  # most pairs of a dense corpus: already one group
            groups.try_union(i, j)

    clusters: list[Cluster] = []
    cluster_of_position: list[str | None] = [None] * len(result)
    for members in groups.members.values():
        cluster = _build_cluster([normalised[m] for m in sorted(members)])
        clusters.append(cluster)
        for m in members:
            cluster_of_position[order[normalised[m].row]] = cluster.cluster_id
    result["cluster_id"] = pd.Series(cluster_of_position, index=result.index, dtype=object)
    clusters.sort(key=lambda c: (c.date is None, c.date or date.min, c.label, c.cluster_id))
    return result, clusters


def cluster_id_for(event_ids: Iterable[str]) -> str:
    """Stable id of the cluster holding these events: "c-" + a hash of the sorted ids."""
    digest = hashlib.sha1("\n".join(sorted(event_ids)).encode("utf-8")).hexdigest()
    return f"c-{digest[:CLUSTER_ID_HEX]}"


# --------------------------------------------------------------------------------------
# Cluster records: date, first reporter, label, discrepancies
# --------------------------------------------------------------------------------------

_BASIS_RANK = {"metadata": 0, "text": 1, "inferred": 2, "unknown": 3}


def _build_cluster(members: list[_Event]) -> Cluster:
    dated = [e for e in members if e.date is not None]
    fine = [e for e in dated if e.precision in FINE_PRECISIONS] or dated
    first_day = min((e.date for e in fine), default=None)
    last_day = max((e.date_end or e.date for e in fine), default=None)

    published = [e for e in members if e.published is not None]
    first_published = min((e.published for e in published), default=None)
    tied = sorted(
        {e.outlet: e for e in published if e.published == first_published}.values(),
        key=lambda e: (_BASIS_RANK.get(e.published_basis, 3), e.outlet),
    )
    first_outlets = tuple(dict.fromkeys(e.outlet for e in tied))

    earliest: dict[str, date] = {}
    for e in members:
        if e.published is not None and (
            e.outlet not in earliest or e.published < earliest[e.outlet]
        ):
            earliest[e.outlet] = e.published
    outlets = tuple(
        sorted(
            {e.outlet for e in members},
            key=lambda o: (o not in earliest, earliest.get(o, date.max), o),
        )
    )
    event_type = _majority_type(members)
    return Cluster(
        cluster_id=cluster_id_for(e.event_id for e in members),
        label=_label(members, event_type),
        date=first_day,
        date_end=last_day,
        event_type=event_type,
        event_ids=tuple(e.event_id for e in members),
        outlets=outlets,
        first_outlet=first_outlets[0] if first_outlets else None,
        first_published=first_published,
        discrepancies=tuple(_discrepancies(members)) if len(outlets) > 1 else (),
        first_outlets=first_outlets,
    )


def _majority_type(members: list[_Event]) -> str:
    counts = Counter(e.event_type for e in members)
    rank = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))


def short_actor_name(name: str) -> str:
    """A person's surname ("Emmanuel Macron" -> "Macron"); organisations and places whole."""
    parts = name.split()
    if len(parts) < 2 or len(parts) > 4:
        return name
    if any(not part[:1].isupper() or part.lower() in NON_PERSON_WORDS for part in parts):
        return name
    return parts[-1]


def _label(members: list[_Event], event_type: str) -> str:
    """ "Macron–Putin phone call": main actors' short names + a noun for the happening."""
    concept_counts = Counter(c for e in members for c in e.concepts)
    noun, best = LABEL_NOUNS["other"][-1][1], 0  # "event"
    # The noun whose concept most members mention; the type's fallback noun otherwise.
    for concept, candidate in LABEL_NOUNS.get(event_type, LABEL_NOUNS["other"]):
        count = concept_counts[concept] if concept else 0
        if count > best or (concept is None and best == 0):
            noun, best = candidate, count
            if concept is None:
                break

    names = _main_names(members, "actors") or _main_names(members, "places")
    if not names:
        return noun[:1].upper() + noun[1:]
    return f"{'–'.join(short_actor_name(n) for n in names)} {noun}"


def _main_names(members: list[_Event], field: str, limit: int = 3) -> list[str]:
    """Names most members carry, as the sentences order them; people before institutions.

    "Macron–Putin", not "Macron–Putin–European Union": when two or more people qualify,
    organisations are left out of the label.
    """
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    carriers = 0
    for e in members:
        names = e.actors if field == "actors" else tuple(sorted(e.places))
        carriers += bool(names)
        for position, name in enumerate(names):
            counts[name] += 1
            positions[name].append(position)
    if not counts:
        return []
    needed = max(1, math.ceil(carriers / 2))
    chosen = [n for n in counts if counts[n] >= needed] or [
        n for n in counts if counts[n] == max(counts.values())
    ]
    if field == "actors":
        people = [n for n in chosen if _is_person(n)]
        chosen = people if len(people) >= 2 else chosen
    chosen.sort(key=lambda n: (-counts[n], n))
    chosen = chosen[:limit]
    return sorted(chosen, key=lambda n: (sum(positions[n]) / len(positions[n]), -counts[n], n))


def _discrepancies(members: list[_Event]) -> list[Discrepancy]:
    return (
        _quantity_discrepancies(members)
        + _date_discrepancies(members)
        + _claim_discrepancies(members)
    )


def _band(quantity: dict[str, Any]) -> tuple[float, float]:
    """(low, high) values a reported figure stands for, from its qualifier or text."""
    value = float(quantity.get("value") or 0.0)
    qualifier = _text(quantity.get("qualifier")).lower().strip()
    band = QUALIFIER_BANDS.get(qualifier)
    if band is None:
        text = _text(quantity.get("text")).lower()
        # The longest qualifier found at the start of the text, or a vague magnitude inside it.
        for words_ in _qualifiers_longest_first():
            if text.startswith(words_ + " ") or (QUALIFIER_BANDS[words_][1] > 1 and words_ in text):
                band = QUALIFIER_BANDS[words_]
                break
    if band is None:
        band = APPROXIMATE_BAND if quantity.get("approximate") is True else EXACT_BAND
    low, high = value * (1 + band[0]), value * (1 + band[1])
    return (min(low, high), max(low, high))


@lru_cache(maxsize=1)
def _qualifiers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(QUALIFIER_BANDS, key=len, reverse=True))


def _format_value(value: Any, unit: str) -> str:
    number = float(value)
    shown = f"{int(number):,}" if number.is_integer() else f"{number:,.1f}"
    return f"{shown} {UNIT_DISPLAY.get(unit, ('', '', unit))[2]}".strip()


def unit_title(unit: str) -> str:
    """How a unit is named in a heading ("Duration", "Number of migrants")."""
    return UNIT_DISPLAY.get(unit, (unit.replace("_", " ").capitalize(), "", ""))[0]


def _quantity_discrepancies(members: list[_Event]) -> list[Discrepancy]:
    by_unit: dict[str, dict[str, list[tuple[dict[str, Any], _Event]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for e in members:
        for q in e.quantities:
            if q.get("unit") and not _missing(q.get("value")):
                by_unit[str(q["unit"])][e.outlet].append((q, e))
    found: list[Discrepancy] = []
    for unit in sorted(by_unit):
        outlets = by_unit[unit]
        if len(outlets) < 2:
            continue
        bands = {o: [_band(q) for q, _ in reported] for o, reported in outlets.items()}
        names = sorted(outlets)
        disagree = any(
            not any(a[0] <= b[1] and b[0] <= a[1] for a in bands[x] for b in bands[y])
            for index, x in enumerate(names)
            for y in names[index + 1 :]
        )
        if not disagree:
            continue
        ordered = _outlet_order(members, outlets)
        values = {
            o: "; ".join(_text(q.get("text"), str(q.get("value"))) for q, _ in outlets[o])
            for o in ordered
        }
        said = ", ".join(
            f"{o} says "
            + "; ".join(
                f"{_text(q.get('text'), str(q.get('value')))} ({_format_value(q['value'], unit)})"
                for q, _ in outlets[o]
            )
            for o in ordered
        )
        figures = {
            o: [(_format_value(q["value"], unit), _text(q.get("text"), "")) for q, _ in outlets[o]]
            for o in ordered
        }
        found.append(
            Discrepancy(
                kind="quantity",
                unit=unit,
                values=values,
                detail=f"{unit_title(unit)}: {said}",
                event_ids=tuple(dict.fromkeys(e.event_id for o in ordered for _, e in outlets[o])),
                groups=_value_groups(ordered, figures),
            )
        )
    return found


def _value_groups(
    ordered: list[str], said: dict[str, list[tuple[str, str]]]
) -> tuple[ValueGroup, ...]:
    """Outlets (in order of first publication) grouped by each value they give (`said`:
    outlet -> (value, its words) pairs; an outlet giving two figures is in both groups),
    the most widely given first; a group quotes its first outlet's words."""
    members: dict[str, list[str]] = {}
    first_words: dict[str, str] = {}
    for outlet in ordered:
        for value, words in said[outlet]:
            if outlet not in members.setdefault(value, []):
                members[value].append(outlet)
                first_words.setdefault(value, words or value)
    groups = [
        ValueGroup(value, tuple(outlets), first_words[value]) for value, outlets in members.items()
    ]
    return tuple(sorted(groups, key=lambda group: -len(group.outlets)))


def _outlet_order(members: list[_Event], outlets: Iterable[str]) -> list[str]:
    """Outlets in order of first publication, then name (the order the cluster lists them)."""
    earliest: dict[str, date] = {}
    for e in members:
        if e.published is not None and (
            e.outlet not in earliest or e.published < earliest[e.outlet]
        ):
            earliest[e.outlet] = e.published
    return sorted(outlets, key=lambda o: (o not in earliest, earliest.get(o, date.max), o))


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _long_date(day: date) -> str:
    # A table, not strftime("%B"): month names must not depend on the machine's locale.
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _date_discrepancies(members: list[_Event]) -> list[Discrepancy]:
    # Only dates an outlet states (or carries through its narrative) count: a lead event
    # dated by its publication day is the pipeline's assumption, not the outlet's claim.
    stated: dict[str, list[_Event]] = defaultdict(list)
    for e in members:
        if e.date is not None and e.precision == "day" and e.dated_by != "publication":
            stated[e.outlet].append(e)
    if len(stated) < 2 or len({e.date for reported in stated.values() for e in reported}) < 2:
        return []
    ordered = _outlet_order(members, stated)
    values: dict[str, str] = {}
    said: dict[str, list[tuple[str, str]]] = {}
    parts: list[str] = []
    for outlet in ordered:
        days = sorted({e.date for e in stated[outlet]})
        values[outlet] = ", ".join(d.isoformat() for d in days)
        triggers = list(dict.fromkeys(e.trigger for e in stated[outlet] if e.trigger))
        quoted = f" (“{'”, “'.join(triggers)}”)" if triggers else ""
        parts.append(f"{outlet} says {' and '.join(_long_date(d) for d in days)}{quoted}")
        # each date in the words that gave it (the first trigger of the events on that day)
        said[outlet] = [
            (
                _long_date(day),
                next((f"“{e.trigger}”" for e in stated[outlet] if e.date == day and e.trigger), ""),
            )
            for day in days
        ]
    return [
        Discrepancy(
            kind="date",
            unit=None,
            values=values,
            detail=f"Date: {', '.join(parts)}",
            event_ids=tuple(e.event_id for o in ordered for e in stated[o]),
            groups=_value_groups(ordered, said),
        )
    ]


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 1].rstrip() + "…"


def _claim_discrepancies(members: list[_Event]) -> list[Discrepancy]:
    """Figures of a unit, or actors, that only one outlet of the cluster reports."""
    found: list[Discrepancy] = []
    unit_outlets: dict[str, dict[str, list[tuple[dict[str, Any], _Event]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    actor_outlets: dict[str, dict[str, list[_Event]]] = defaultdict(lambda: defaultdict(list))
    for e in members:
        for q in e.quantities:
            if q.get("unit"):
                unit_outlets[str(q["unit"])][e.outlet].append((q, e))
        for actor in e.actors:
            actor_outlets[actor][e.outlet].append(e)
    for unit in sorted(unit_outlets):
        if len(unit_outlets[unit]) != 1:
            continue
        ((outlet, reported),) = unit_outlets[unit].items()
        text = "; ".join(_text(q.get("text"), str(q.get("value"))) for q, _ in reported)
        noun = UNIT_DISPLAY.get(unit, ("", f"a figure in {unit}", ""))[1]
        found.append(
            Discrepancy(
                kind="claim",
                unit=unit,
                values={outlet: text},
                detail=f"Only {outlet} gives {noun}: “{text}”",
                event_ids=tuple(dict.fromkeys(e.event_id for _, e in reported)),
                groups=(ValueGroup(text, (outlet,), text),),
            )
        )
    for actor in sorted(actor_outlets):
        if len(actor_outlets[actor]) != 1:
            continue
        ((outlet, reported),) = actor_outlets[actor].items()
        found.append(
            Discrepancy(
                kind="claim",
                unit=None,
                values={outlet: _quote(reported[0].sentence)},
                detail=f"Only {outlet} mentions {actor}: “{_quote(reported[0].sentence)}”",
                event_ids=tuple(e.event_id for e in reported),
                groups=(ValueGroup(actor, (outlet,), _quote(reported[0].sentence)),),
            )
        )
    return found


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def clusters_to_json(clusters: Iterable[Cluster]) -> list[dict[str, Any]]:
    """The `clusters` CLI's JSON: a list of Cluster.to_json() dicts."""
    return [cluster.to_json() for cluster in clusters]
