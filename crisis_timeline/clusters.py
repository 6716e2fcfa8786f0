"""The same happening across outlets and languages: clusters of events and their disagreements.

Reads: the event table (event_id, article_id, outlet, language, published, date, date_end,
precision, event_type, actors, places, quantities, background, sentence, trigger, dated_by).
Adds: cluster_id on every row, and a `Cluster` record per happening with a human label,
its date (a range when outlets differ), who reported it first, and the discrepancies
between outlets (quantities, dates, claims only one outlet makes).

How (no translation service; cross-language matching goes through language-neutral keys):
1. Blocking. Events are grouped by (background, event-type family) and swept in date order;
   only events whose date windows overlap are compared (a day is adjacent to the next day;
   a weekend, week or month covers its whole span). Undated events stay singletons, and
   year-precision events only meet other year-precision events. Never all pairs.
2. Pair score, a weighted mean of the evidence both events carry: canonical actors
   (Jaccard, the strongest signal), canonical places, content words (same language only,
   IDF-weighted), language-neutral concept keys from cue tables ("phone", "téléphonique"
   -> call), quantity units. A pair needs an anchor (a shared actor or place, or real word
   overlap in one language); disjoint actor sets are penalised.
3. Union-find over pairs in descending score, with checks that stop chaining: events of one
   article merge only when they are near duplicates, the merged dates stay within one day
   (coarse dates must contain them), and the average score between the two groups must
   stay high (average linkage), so A~B and B~C does not drag in an unrelated C.

Does not: translate, read article text beyond the evidence sentence, or decide which
outlet is right; it shows where they differ.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import pandas as pd

# --------------------------------------------------------------------------------------
# Language tables (adding a language = adding a key to each table)
# --------------------------------------------------------------------------------------

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a about above after again against all almost also am an and any are as at be because
        been before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once only or
        other our ours ourselves out over own same she should so some such than that the their
        theirs them themselves then there these they this those through to too under until up
        very was we were what when where which while who whom why will with would you your yours
        yourself yourselves said says say told according would could may might must shall also
        one two three four five six seven eight nine ten first last new many much mr mrs ms
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week
        weeks day days month months year years ago earlier later late since still yet however
        including around near like just another even well back made make get got within across
        upon whether though although via per s t don didn doesn isn wasn weren hasn haven
        january february march april may june july august september october november december
        """.split()
    ),
    "fr": frozenset(
        """a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les
        leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que
        qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y été étée étées étés
        étant suis es est sommes êtes sont serai sera serons seront serait seraient étais était
        étions étiez étaient fus fut furent sois soit soyons soient ai as avons avez ont aurai
        aura aurons auront aurait auraient avais avait avions aviez avaient eu eue eus eut ceci
        cela celà ça celui celle ceux celles dont lequel laquelle lesquels lesquelles ni non oui
        plus moins très tout tous toute toutes autre autres aussi ainsi alors après avant depuis
        pendant entre sans sous selon chez vers comme si quand donc car puis encore déjà bien
        fait faire dit dire déclaré indiqué selon également notamment lundi mardi mercredi jeudi
        vendredi samedi dimanche aujourd hier demain semaine semaines jour jours mois an ans année
        années janvier février mars avril mai juin juillet août septembre octobre novembre
        décembre deux trois quatre cinq six sept huit neuf dix premier première dernier dernière
        cours fin début lors afin ainsi leur peu être avoir quelque quelques chaque
        """.split()
    ),
}

# French elided articles and pronouns ("l'instrumentalisation" -> "instrumentalisation").
ELISIONS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "fr": frozenset({"l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu"}),
}

# Word -> language-neutral concept key. These carry meaning across languages where the
# canonical entities do not: "spoke on the phone" and "entretien téléphonique" are both a call.
CONCEPTS: dict[str, dict[str, str]] = {
    "en": {
        "phone": "call",
        "telephone": "call",
        "phoned": "call",
        "conversation": "call",
        "talks": "talks",
        "talked": "talks",
        "negotiations": "talks",
        "meeting": "meeting",
        "met": "meeting",
        "summit": "meeting",
        "visit": "visit",
        "visited": "visit",
        "sanction": "sanctions",
        "sanctions": "sanctions",
        "sanctioned": "sanctions",
        "flight": "flight",
        "flights": "flight",
        "plane": "flight",
        "airline": "flight",
        "airlines": "flight",
        "repatriation": "repatriation",
        "repatriated": "repatriation",
        "crossed": "crossing",
        "crossing": "crossing",
        "storm": "storming",
        "stormed": "storming",
        "storming": "storming",
        "checkpoint": "checkpoint",
        "gas": "tear_gas",
        "cannon": "water_cannon",
        "cannons": "water_cannon",
        "stones": "stones",
        "died": "death",
        "dead": "death",
        "death": "death",
        "deaths": "death",
        "killed": "death",
        "body": "death",
        "bodies": "death",
        "arrested": "arrest",
        "detained": "arrest",
        "arrests": "arrest",
        "aid": "aid",
        "tents": "aid",
        "heaters": "aid",
        "food": "aid",
        "camp": "camp",
        "camps": "camp",
        "troops": "troops",
        "soldiers": "troops",
        "bombers": "aircraft",
        "jets": "aircraft",
        "drills": "drills",
        "exercises": "drills",
        "fence": "fence",
        "wall": "fence",
        "tweet": "tweet",
        "twitter": "tweet",
        "asylum": "asylum",
        "pushbacks": "pushback",
    },
    "fr": {
        "téléphonique": "call",
        "téléphone": "call",
        "appel": "call",
        "conversation": "call",
        "entretien": "talks",
        "pourparlers": "talks",
        "négociations": "talks",
        "rencontre": "meeting",
        "rencontré": "meeting",
        "réunion": "meeting",
        "sommet": "meeting",
        "visite": "visit",
        "sanction": "sanctions",
        "sanctions": "sanctions",
        "vol": "flight",
        "vols": "flight",
        "avion": "flight",
        "rapatriement": "repatriation",
        "rapatriés": "repatriation",
        "rapatrier": "repatriation",
        "franchi": "crossing",
        "franchir": "crossing",
        "traversé": "crossing",
        "poste-frontière": "checkpoint",
        "lacrymogène": "tear_gas",
        "lacrymogènes": "tear_gas",
        "canons": "water_cannon",
        "pierres": "stones",
        "mort": "death",
        "morts": "death",
        "décès": "death",
        "tués": "death",
        "corps": "death",
        "arrêtés": "arrest",
        "interpellés": "arrest",
        "aide": "aid",
        "tentes": "aid",
        "nourriture": "aid",
        "camp": "camp",
        "campement": "camp",
        "troupes": "troops",
        "soldats": "troops",
        "bombardiers": "aircraft",
        "exercices": "drills",
        "manœuvres": "drills",
        "clôture": "fence",
        "mur": "fence",
        "tweet": "tweet",
        "asile": "asylum",
        "refoulements": "pushback",
    },
}

# --------------------------------------------------------------------------------------
# Language-neutral tables: event types, labels, units, quantity qualifiers
# --------------------------------------------------------------------------------------

# Types that can describe the same happening: a call is often reported as what was said in it.
TYPE_FAMILY: dict[str, str] = {"diplomacy": "talk", "statement": "talk"}
COMPATIBLE_TYPE_FACTOR = 0.85

# A cluster's type is its members' majority type; ties go to the more specific one.
TYPE_PRIORITY: tuple[str, ...] = (
    "casualties",
    "repatriation",
    "clash",
    "sanctions",
    "military",
    "border_crossing",
    "diplomacy",
    "humanitarian",
    "statement",
    "other",
)

# event type -> (concept, noun) in preference order; concept None is the fallback noun.
LABEL_NOUNS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "diplomacy": (
        ("call", "phone call"),
        ("meeting", "meeting"),
        ("visit", "visit"),
        (None, "talks"),
    ),
    "statement": (("tweet", "tweet"), (None, "statement")),
    "sanctions": ((None, "sanctions"),),
    "border_crossing": (
        ("storming", "border storming"),
        ("arrest", "border arrests"),
        ("pushback", "pushbacks"),
        ("camp", "border camp"),
        (None, "border crossing"),
    ),
    "clash": (
        ("tear_gas", "clash (tear gas)"),
        ("water_cannon", "clash (water cannon)"),
        (None, "clash"),
    ),
    "humanitarian": (("aid", "aid"), (None, "humanitarian situation")),
    "military": (
        ("aircraft", "air patrol"),
        ("drills", "military drills"),
        ("troops", "troop deployment"),
        (None, "military move"),
    ),
    "casualties": ((None, "deaths"),),
    "repatriation": (("flight", "repatriation flight"), (None, "repatriation")),
    "other": ((None, "event"),),
}

# Words that make a canonical actor name an organisation or group, not a person, so the
# label keeps the whole name ("European Union") instead of a surname.
NON_PERSON_WORDS: frozenset[str] = frozenset(
    """union commission council parliament ministry office palace agency organization
    organisation guard guards police army forces government nations cross media airlines
    airline committee court bank service services kremlin elysee élysée nato unhcr iom
    european polish belarusian lithuanian latvian estonian russian german french iraqi
    turkish british american syrian ukrainian kurdish international united state states
    republic border""".split()
)

# unit -> (title in a detail line, noun in "Only X gives ...", abbreviation after a value)
UNIT_DISPLAY: dict[str, tuple[str, str, str]] = {
    "minute": ("Duration", "a duration", "min"),
    "hour": ("Duration", "a duration", "h"),
    "day": ("Duration", "a duration", "days"),
    "person": ("Number of people", "a number of people", "people"),
    "people": ("Number of people", "a number of people", "people"),
    "migrant": ("Number of migrants", "a number of migrants", "migrants"),
    "soldier": ("Number of soldiers", "a number of soldiers", "soldiers"),
    "troop": ("Number of troops", "a number of troops", "troops"),
    "death": ("Deaths", "a death toll", "deaths"),
    "km": ("Distance", "a distance", "km"),
    "euro": ("Amount", "an amount", "EUR"),
}

# How far a figure can be from its stated value and still agree, as (low, high) relative
# bands. Exact figures allow rounding (2%); "around" 10% either way; "almost" means a bit
# under, so "almost two hours" (108-120 min) disagrees with "one hour and 45 minutes"
# (105 min) while "around 2,000" agrees with "2,000".
EXACT_BAND = (-0.02, 0.02)
APPROXIMATE_BAND = (-0.10, 0.10)
QUALIFIER_BANDS: dict[str, tuple[float, float]] = {
    # en
    "around": APPROXIMATE_BAND,
    "about": APPROXIMATE_BAND,
    "approximately": APPROXIMATE_BAND,
    "roughly": APPROXIMATE_BAND,
    "some": APPROXIMATE_BAND,
    "almost": (-0.10, 0.0),
    "nearly": (-0.10, 0.0),
    "just under": (-0.10, 0.0),
    "more than": (0.0, 0.5),
    "over": (0.0, 0.5),
    "at least": (0.0, 0.5),
    "upwards of": (0.0, 0.5),
    "less than": (-0.5, 0.0),
    "fewer than": (-0.5, 0.0),
    "under": (-0.5, 0.0),
    "up to": (-0.5, 0.0),
    "at most": (-0.5, 0.0),
    # fr
    "environ": APPROXIMATE_BAND,
    "près de": APPROXIMATE_BAND,
    "quelque": APPROXIMATE_BAND,
    "autour de": APPROXIMATE_BAND,
    "presque": (-0.10, 0.0),
    "quasiment": (-0.10, 0.0),
    "pas loin de": (-0.10, 0.0),
    "plus de": (0.0, 0.5),
    "au moins": (0.0, 0.5),
    "moins de": (-0.5, 0.0),
    "jusqu'à": (-0.5, 0.0),
    # vague magnitudes ("hundreds of migrants", "des milliers"): the value is a floor
    "dozens": (0.0, 9.0),
    "hundreds": (0.0, 9.0),
    "thousands": (0.0, 9.0),
    "dizaines": (0.0, 9.0),
    "centaines": (0.0, 9.0),
    "milliers": (0.0, 9.0),
}

# --------------------------------------------------------------------------------------
# Tuning (one place)
# --------------------------------------------------------------------------------------

WEIGHT_ACTORS = 0.40
WEIGHT_PLACES = 0.20
WEIGHT_WORDS = 0.25
WEIGHT_CONCEPTS = 0.10
WEIGHT_UNITS = 0.05
# Evidence below this total weight scales the score down: two sentences that only share
# a concept ("call") are not enough to say they report the same happening.
FULL_EVIDENCE_WEIGHT = 0.40
DISJOINT_ACTORS_FACTOR = 0.6
ADJACENT_DAY_FACTOR = 0.9
COARSE_DATE_FACTOR = 0.85
MERGE_THRESHOLD = 0.50  # a pair at or above this may merge two groups
LINKAGE_THRESHOLD = 0.40  # ...if the average score between the groups stays at or above this
ANCHOR_WORD_SIMILARITY = 0.30  # same-language word overlap that counts as an anchor
NEAR_DUPLICATE_SIMILARITY = 0.50  # two events of one article merge only above this
MAX_DAY_SPREAD = 1  # days between the earliest and latest day-precision member
LINKAGE_SAMPLE = 12  # members per side compared when checking average linkage
DAY_SLACK = {"day": 1, "weekend": 0, "week": 0, "month": 0, "year": 0}
FINE_PRECISIONS = ("day", "weekend")
CLUSTER_ID_HEX = 10  # 40 bits: no collision expected below millions of clusters
QUOTE_CHARS = 160

# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Discrepancy:
    """One way the outlets in a cluster disagree, naming each outlet with its own words."""

    kind: str  # "quantity" | "date" | "claim"
    unit: str | None
    values: dict[str, str]  # outlet -> words as written (ISO dates for kind "date")
    detail: str
    event_ids: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "unit": self.unit,
            "values": dict(self.values),
            "detail": self.detail,
            "events": list(self.event_ids),
        }


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


@dataclass(frozen=True, slots=True)
class _Event:
    """What the clustering needs from one row, normalised once."""

    row: int  # position in the input frame
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
    background: bool
    actors: tuple[str, ...]
    actor_set: frozenset[str]
    place_set: frozenset[str]
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
    elisions = ELISIONS.get(lang, frozenset())
    tokens: list[str] = []
    for match in _WORD_RE.finditer(text.lower()):
        token = match.group().replace("’", "'")
        if "'" in token:
            head, _, tail = token.partition("'")
            if head in elisions:
                token = tail
            elif tail == "s":  # English possessive: Belarus's -> belarus
                token = head
        tokens.append(token)
    return tokens


def stopwords_for(lang: str) -> frozenset[str]:
    """The stopword table of a language; the union of all tables for an unknown language."""
    if lang in STOPWORDS:
        return STOPWORDS[lang]
    return frozenset().union(*STOPWORDS.values())


def content_words(text: str, lang: str) -> list[str]:
    """Words that carry content: no stopwords, no one-letter tokens."""
    stop = stopwords_for(lang)
    return [token for token in words(text, lang) if len(token) > 1 and token not in stop]


# --------------------------------------------------------------------------------------
# Row normalisation (the frame may come from the pipeline, DuckDB or JSON)
# --------------------------------------------------------------------------------------


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not missing
        return False


def as_date(value: Any) -> date | None:
    """A datetime.date from a date, datetime, Timestamp or ISO string; None when missing."""
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


def _normalise(frame: pd.DataFrame) -> list[_Event]:
    records = frame.to_dict("records")
    result: list[_Event] = []
    for row, record in enumerate(records):
        language = _text(record.get("language"), "en")
        first = as_date(record.get("date"))
        last = as_date(record.get("date_end")) or first
        if first and last and last < first:
            first, last = last, first
        precision = _precision(record.get("precision"), first, last) if first else "day"
        sentence = _text(record.get("sentence"))
        tokens = content_words(sentence, language)
        concept_table = CONCEPTS.get(language, {})
        quantities = tuple(q for q in as_list(record.get("quantities")) if isinstance(q, dict))
        actors = tuple(dict.fromkeys(str(a) for a in as_list(record.get("actors"))))
        event_type = _text(record.get("event_type"), "other")
        result.append(
            _Event(
                row=row,
                event_id=_text(record.get("event_id"), f"row-{row}"),
                article_id=_text(record.get("article_id"), f"row-{row}"),
                outlet=_text(record.get("outlet"), "Unknown outlet"),
                language=language,
                published=as_date(record.get("published")),
                published_basis=_text(record.get("published_basis"), "unknown"),
                date=first,
                date_end=last,
                precision=precision,
                first_day=first.toordinal() if first else 0,
                last_day=last.toordinal() if last else 0,
                event_type=event_type,
                family=TYPE_FAMILY.get(event_type, event_type),
                background=bool(record.get("background"))
                if not _missing(record.get("background"))
                else False,
                actors=actors,
                actor_set=frozenset(actors),
                place_set=frozenset(str(p) for p in as_list(record.get("places"))),
                words=frozenset(tokens),
                concepts=frozenset(concept_table[t] for t in tokens if t in concept_table),
                units=frozenset(str(q.get("unit")) for q in quantities if q.get("unit")),
                quantities=quantities,
                sentence=sentence,
                trigger=None if _missing(record.get("trigger")) else str(record.get("trigger")),
                dated_by=_text(record.get("dated_by"), "expression"),
            )
        )
    return result


# --------------------------------------------------------------------------------------
# Pair scoring
# --------------------------------------------------------------------------------------


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    shared = len(left & right)
    return shared / (len(left) + len(right) - shared) if shared else 0.0


class _Scorer:
    """Scores pairs of events; word weights (IDF) come from the whole input, per language."""

    def __init__(self, events: list[_Event]) -> None:
        self.events = events
        document_frequency: dict[str, Counter[str]] = defaultdict(Counter)
        documents: Counter[str] = Counter()
        for event in events:
            documents[event.language] += 1
            document_frequency[event.language].update(event.words)
        self.idf: dict[str, dict[str, float]] = {
            lang: {
                word: math.log((documents[lang] + 1) / (df + 0.5)) for word, df in counts.items()
            }
            for lang, counts in document_frequency.items()
        }
        self.cache: dict[tuple[int, int], float] = {}

    def word_similarity(self, left: _Event, right: _Event) -> float | None:
        if left.language != right.language or not left.words or not right.words:
            return None
        shared = left.words & right.words
        if not shared:
            return 0.0
        idf = self.idf[left.language]
        union = left.words | right.words
        return sum(idf[w] for w in shared) / sum(idf[w] for w in union)

    def dates_compatible(self, left: _Event, right: _Event) -> float:
        """1.0 same day, a factor < 1 for adjacent or coarse matches, 0.0 incompatible."""
        if left.date is None or right.date is None:
            return 0.0
        if (left.precision == "year") != (right.precision == "year"):
            return 0.0
        slack = min(DAY_SLACK[left.precision], DAY_SLACK[right.precision])
        if left.precision == "day" and right.precision == "day":
            gap = abs(left.first_day - right.first_day)
            return 1.0 if gap == 0 else ADJACENT_DAY_FACTOR if gap <= slack else 0.0
        if left.first_day - slack > right.last_day or right.first_day - slack > left.last_day:
            return 0.0
        same_span = left.first_day == right.first_day and left.last_day == right.last_day
        return 1.0 if same_span else COARSE_DATE_FACTOR

    def score(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = self._score(self.events[key[0]], self.events[key[1]])
        return cached

    def _score(self, left: _Event, right: _Event) -> float:
        if left.background != right.background or left.family != right.family:
            return 0.0
        date_factor = self.dates_compatible(left, right)
        if not date_factor:
            return 0.0
        similarity = self.word_similarity(left, right)
        anchored = (
            not left.actor_set.isdisjoint(right.actor_set)
            or not left.place_set.isdisjoint(right.place_set)
            or (similarity is not None and similarity >= ANCHOR_WORD_SIMILARITY)
        )
        if not anchored:
            return 0.0
        if left.article_id == right.article_id and not self._near_duplicate(
            left, right, similarity
        ):
            return 0.0
        total = weight = 0.0
        for component_weight, value in (
            (
                WEIGHT_ACTORS,
                _jaccard(left.actor_set, right.actor_set)
                if left.actor_set and right.actor_set
                else None,
            ),
            (
                WEIGHT_PLACES,
                _jaccard(left.place_set, right.place_set)
                if left.place_set and right.place_set
                else None,
            ),
            (WEIGHT_WORDS, similarity),
            (
                WEIGHT_CONCEPTS,
                _jaccard(left.concepts, right.concepts)
                if left.concepts and right.concepts
                else None,
            ),
            (
                WEIGHT_UNITS,
                _jaccard(left.units, right.units) if left.units and right.units else None,
            ),
        ):
            if value is not None:
                total += component_weight * value
                weight += component_weight
        score = total / weight * min(1.0, weight / FULL_EVIDENCE_WEIGHT)
        if left.actor_set and right.actor_set and left.actor_set.isdisjoint(right.actor_set):
            score *= DISJOINT_ACTORS_FACTOR
        if left.event_type != right.event_type:
            score *= COMPATIBLE_TYPE_FACTOR
        return score * date_factor

    @staticmethod
    def _near_duplicate(left: _Event, right: _Event, similarity: float | None) -> bool:
        """Two events of one article are one happening only when they repeat each other."""
        if left.date != right.date or left.date_end != right.date_end:
            return False
        if left.actor_set and right.actor_set and left.actor_set != right.actor_set:
            return False
        same_figure = any(
            (a.get("unit"), a.get("value")) == (b.get("unit"), b.get("value"))
            for a in left.quantities
            for b in right.quantities
        )
        return same_figure or (similarity or 0.0) >= NEAR_DUPLICATE_SIMILARITY


# --------------------------------------------------------------------------------------
# Blocking and merging
# --------------------------------------------------------------------------------------


def _candidate_pairs(events: list[_Event], scorer: _Scorer) -> list[tuple[float, int, int]]:
    """Pairs worth merging, found by a date sweep inside each (background, type family) block."""
    blocks: dict[tuple[bool, str, bool], list[_Event]] = defaultdict(list)
    for event in events:
        if event.date is not None:
            blocks[(event.background, event.family, event.precision == "year")].append(event)
    pairs: list[tuple[float, int, int]] = []
    for block in blocks.values():
        # Sweep on windows widened by the day slack; dates_compatible() then decides exactly.
        block.sort(key=lambda e: (e.first_day - DAY_SLACK[e.precision], e.row))
        for position, left in enumerate(block):
            reach = left.last_day + DAY_SLACK[left.precision]
            for right in block[position + 1 :]:
                if right.first_day - DAY_SLACK[right.precision] > reach:
                    break
                # Cheap prefilter before the full score: a pair needs some shared evidence.
                if (
                    left.actor_set.isdisjoint(right.actor_set)
                    and left.place_set.isdisjoint(right.place_set)
                    and (left.language != right.language or left.words.isdisjoint(right.words))
                ):
                    continue
                score = scorer.score(left.row, right.row)
                if score >= MERGE_THRESHOLD:
                    pairs.append((score, left.row, right.row))
    return pairs


class _Groups:
    """Union-find whose unions are vetoed when they would chain unrelated events."""

    def __init__(self, events: list[_Event], scorer: _Scorer) -> None:
        self.events = events
        self.scorer = scorer
        self.parent = list(range(len(events)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(events))}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def try_union(self, i: int, j: int) -> bool:
        left, right = self.find(i), self.find(j)
        if left == right:
            return False
        left_members, right_members = self.members[left], self.members[right]
        if not self._dates_coherent(left_members + right_members):
            return False
        if not self._linked(left_members, right_members):
            return False
        if len(left_members) < len(right_members):
            left, right = right, left
        self.parent[right] = left
        self.members[left].extend(self.members.pop(right))
        return True

    def _dates_coherent(self, members: list[int]) -> bool:
        """Day-precision members within MAX_DAY_SPREAD of each other; coarse ones contain them."""
        fine = [self.events[m] for m in members if self.events[m].precision in FINE_PRECISIONS]
        coarse = [
            self.events[m] for m in members if self.events[m].precision not in FINE_PRECISIONS
        ]
        if fine and max(e.first_day for e in fine) - min(e.last_day for e in fine) > MAX_DAY_SPREAD:
            return False
        if coarse:
            common_first = max(e.first_day for e in coarse)
            common_last = min(e.last_day for e in coarse)
            if common_first > common_last:
                return False
            if fine and (
                min(e.first_day for e in fine) > common_last + 1
                or max(e.last_day for e in fine) < common_first - 1
            ):
                return False
        return True

    def _linked(self, left: list[int], right: list[int]) -> bool:
        """Average linkage between the groups, and no two different events of one article."""
        left_articles = {self.events[m].article_id for m in left}
        for b in right:
            if self.events[b].article_id in left_articles:
                for a in left:
                    same_article = self.events[a].article_id == self.events[b].article_id
                    if same_article and self.scorer.score(a, b) == 0.0:
                        return False
        # A deterministic sample keeps the check cheap when groups grow large.
        left_sample = sorted(left)[:LINKAGE_SAMPLE]
        right_sample = sorted(right)[:LINKAGE_SAMPLE]
        total = sum(self.scorer.score(a, b) for a in left_sample for b in right_sample)
        return total / (len(left_sample) * len(right_sample)) >= LINKAGE_THRESHOLD


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
    # Work in event_id order so that every tie is broken the same way whatever the input order.
    order = sorted(range(len(result)), key=lambda p: (str(result["event_id"].iloc[p]), p))
    normalised = _normalise(result.iloc[order])
    scorer = _Scorer(normalised)
    groups = _Groups(normalised, scorer)
    for _score, i, j in sorted(
        _candidate_pairs(normalised, scorer), key=lambda t: (-t[0], t[1], t[2])
    ):
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
    noun, best = LABEL_NOUNS["other"][0][1], 0
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
    """Names carried by at least half the members, most frequent first, then as written."""
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    for e in members:
        names = e.actors if field == "actors" else tuple(sorted(e.place_set))
        for position, name in enumerate(names):
            counts[name] += 1
            positions[name].append(position)
    needed = max(1, math.ceil(len(members) / 2))
    chosen = [n for n in counts if counts[n] >= needed] or list(counts)
    chosen.sort(key=lambda n: (-counts[n], sum(positions[n]) / len(positions[n]), n))
    return chosen[:limit]


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
        for words_ in sorted(QUALIFIER_BANDS, key=len, reverse=True):
            if text.startswith(words_ + " ") or (QUALIFIER_BANDS[words_][1] > 1 and words_ in text):
                band = QUALIFIER_BANDS[words_]
                break
    if band is None:
        band = APPROXIMATE_BAND if quantity.get("approximate") is True else EXACT_BAND
    low, high = value * (1 + band[0]), value * (1 + band[1])
    return (min(low, high), max(low, high))


def _format_value(value: Any, unit: str) -> str:
    number = float(value)
    shown = f"{int(number):,}" if number.is_integer() else f"{number:,.1f}"
    return f"{shown} {UNIT_DISPLAY.get(unit, ('', '', unit))[2]}".strip()


def _unit_title(unit: str) -> str:
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
        found.append(
            Discrepancy(
                kind="quantity",
                unit=unit,
                values=values,
                detail=f"{_unit_title(unit)}: {said}",
                event_ids=tuple(dict.fromkeys(e.event_id for o in ordered for _, e in outlets[o])),
            )
        )
    return found


def _outlet_order(members: list[_Event], outlets: Iterable[str]) -> list[str]:
    """Outlets in order of first publication, then name (the order the cluster lists them)."""
    earliest: dict[str, date] = {}
    for e in members:
        if e.published is not None and (
            e.outlet not in earliest or e.published < earliest[e.outlet]
        ):
            earliest[e.outlet] = e.published
    return sorted(outlets, key=lambda o: (o not in earliest, earliest.get(o, date.max), o))


def _long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


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
    parts: list[str] = []
    for outlet in ordered:
        days = sorted({e.date for e in stated[outlet]})
        values[outlet] = ", ".join(d.isoformat() for d in days)
        triggers = list(dict.fromkeys(e.trigger for e in stated[outlet] if e.trigger))
        quoted = f" (“{'”, “'.join(triggers)}”)" if triggers else ""
        parts.append(f"{outlet} says {' and '.join(_long_date(d) for d in days)}{quoted}")
    return [
        Discrepancy(
            kind="date",
            unit=None,
            values=values,
            detail=f"Date: {', '.join(parts)}",
            event_ids=tuple(e.event_id for o in ordered for e in stated[o]),
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
            )
        )
    return found


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def clusters_to_json(clusters: Iterable[Cluster]) -> list[dict[str, Any]]:
    """The `clusters` CLI's JSON: a list of Cluster.to_json() dicts."""
    return [cluster.to_json() for cluster in clusters]
