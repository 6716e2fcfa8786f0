"""The same happening across outlets and languages: clusters of events and their disagreements.

Reads: the event table (event_id, article_id, outlet, language, published, date, date_end,
precision, event_type, actors, places, quantities, background, sentence, trigger, dated_by).
Adds: cluster_id on every row, and a `Cluster` record per happening with a human label,
its date (a range when outlets differ), who reported it first, and the discrepancies
between outlets (quantities, dates, claims only one outlet makes).

How (no translation service; cross-language matching goes through language-neutral keys):
1. Passages. News tells one happening over several sentences ("Macron had spoken to
   Putin ..." then "The pair spoke on the phone for almost two hours"): consecutive events
   of one article with the same dates, type family and compatible participants are joined
   first, and share their participants for matching. Voices (outlets, news agencies,
   presidencies: "a statement from the Elysee Palace said") are not participants.
2. Blocking. Events are compared only when they share a key (type family + an actor, a
   place or a rare word) and their date windows overlap (a day is adjacent to the next
   day; a weekend, week or month covers its whole span). Undated events stay singletons,
   and year-precision events only meet other year-precision events. Never all pairs.
3. Pair score, a weighted mean of the evidence both events carry: canonical actors and
   places (IDF-weighted Jaccard: Lukashenko and Belarus are everywhere, Makei and Kuźnica
   are telling), content words (same language only, IDF-weighted, and only ever adding
   evidence), language-neutral concept keys from cue tables ("phone", "téléphonique" ->
   call), quantity units. A pair needs an anchor (a shared actor or place, or real word
   overlap in one language); disjoint participant sets are penalised.
4. Union-find over pairs in descending score, with checks that stop chaining: two events
   of one article merge only when they name the same people on the same day or repeat each
   other, the merged dates stay within one day (coarse dates must contain them), and the
   average score between the two groups must stay high (average linkage), so A~B and B~C
   does not drag in an unrelated C.
5. Each cluster gets a label ("Macron–Putin phone call"), a date (a range when outlets
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
import hashlib
import json
import math
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pandas as pd

from crisis_timeline.settings import ACTORS_CSV

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
        "talk": "talks",
        "talked": "talks",
        "spoke": "talks",
        "spoken": "talks",
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

# Actors that are voices, not participants: outlets, news agencies and presidencies that a
# sentence cites ("a statement from the Elysee Palace said"). They say nothing about which
# happening a sentence reports, so matching and labels ignore them. data/actors.csv adds
# every actor whose role contains one of VOICE_ROLE_WORDS.
VOICE_ACTORS: frozenset[str] = frozenset(
    {
        "Élysée Palace",
        "Kremlin",
        "White House",
        "Reuters",
        "Agence France-Presse",
        "Associated Press",
        "Belarusian state media",
        "BelTA",
        "TASS",
        "RIA Novosti",
        "Sputnik",
        "Interfax",
        "Polish Press Agency",
        "Journal du Dimanche",
        "NEXTA",
        "France 24",
        "Radio France Internationale",
        "The Independent",
    }
)
VOICE_ROLE_WORDS: tuple[str, ...] = (
    "news agency",
    "news outlet",
    "media",
    "newspaper",
    "broadcaster",
    "television",
    "channel",
    "presidency",
    "presidential administration",
)

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
FULL_EVIDENCE_WEIGHT = 0.30
DISJOINT_ACTORS_FACTOR = 0.6  # both name participants, none shared
ADJACENT_DAY_FACTOR = 0.9
COARSE_DATE_FACTOR = 0.85
MERGE_THRESHOLD = 0.50  # a pair at or above this may merge two groups
LINKAGE_THRESHOLD = 0.40  # ...if the average score between the groups stays at or above this
ANCHOR_WORD_SIMILARITY = 0.30  # same-language word overlap that counts as an anchor
NEAR_DUPLICATE_SIMILARITY = 0.50  # two events of one article merge only above this
MAX_DAY_SPREAD = 1  # days between the earliest and latest day-precision member
CONTINUATION_OVERLAP = 0.5  # participant overlap that carries a passage on
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

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Discrepancy:
        """The inverse of to_json (the store keeps clusters as JSON)."""
        return cls(
            kind=str(record["kind"]),
            unit=record.get("unit"),
            values={str(k): str(v) for k, v in (record.get("values") or {}).items()},
            detail=str(record.get("detail") or ""),
            event_ids=tuple(record.get("events") or record.get("event_ids") or ()),
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
    result: list[_Event] = []
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
        tokens = content_words(sentence, language)
        concept_table = CONCEPTS.get(language, {})
        quantities = tuple(q for q in as_list(quantities_raw) if isinstance(q, dict))
        actors = tuple(dict.fromkeys(str(a) for a in as_list(actors_raw) if str(a) not in voices))
        event_type = _text(event_type, "other")
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
                TYPE_FAMILY.get(event_type, event_type),
                False if _missing(background) else bool(background),
                actors,
                frozenset(actors),
                frozenset(str(p) for p in as_list(places_raw)),
                frozenset(tokens),
                frozenset(concept_table[t] for t in tokens if t in concept_table),
                frozenset(str(q.get("unit")) for q in quantities if q.get("unit")),
                quantities,
                sentence,
                None if _missing(trigger) else str(trigger),
                _text(dated_by, "expression"),
            )
        )
    return result


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


def voice_actors() -> frozenset[str]:
    """Canonical actors that are voices (outlets, agencies, presidencies), not participants."""
    return _actor_kinds()[0]


def _is_person(name: str) -> bool:
    return name in _actor_kinds()[1] or short_actor_name(name) != name


def _continuations(events: list[_Event]) -> tuple[list[_Event], list[tuple[int, int]]]:
    """Consecutive events of one article that carry on the same happening, and inheritance.

    News tells one happening over several sentences: "Macron had spoken to Putin ..." then
    "The pair spoke on the phone for almost two hours". A sentence continues the previous
    one when both have the same dates and type family and its participants are none, a
    subset or a superset of the passage's so far (or overlap by half). Members of such a
    passage share the passage's participants, so "the pair" can meet other outlets'
    reports of Macron and Putin. Returns the events (with inherited participants) and the
    links to join before any cross-outlet comparison.
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
    for passage in passages:
        if len(passage) < 2:
            continue
        shared = tuple(dict.fromkeys(actor for e in passage for actor in e.actors))
        for event in passage:
            # Matching uses the passage's participants; labels and claims keep the event's own.
            inherited[event.row] = replace(event, actor_set=frozenset(shared))
    return inherited, links


def _continues(previous: _Event, event: _Event, participants: frozenset[str]) -> bool:
    if previous.date is None or event.date is None:
        return False
    if (previous.date, previous.date_end) != (event.date, event.date_end):
        return False
    if previous.family != event.family or previous.background != event.background:
        return False
    own = frozenset(event.actors)
    return not own or not participants or _compatible(own, participants)


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
        self.idf: dict[str, dict[str, float]] = {
            lang: {word: _idf(documents[lang], df) for word, df in counts.items()}
            for lang, counts in word_frequency.items()
        }
        self.entity_idf = {name: _idf(len(events), df) for name, df in entity_frequency.items()}
        self.word_mass = [sum(self.idf[e.language][w] for w in e.words) for e in events]
        idf = self.entity_idf
        self.actor_mass = [sum(idf[name] for name in e.actor_set) for e in events]
        self.place_mass = [sum(idf[name] for name in e.place_set) for e in events]
        bits: dict[str, int] = {}
        self.actor_bits = [_bits(e.actor_set, bits) for e in events]
        self.place_bits = [_bits(e.place_set, bits) for e in events]
        self.concept_bits = [_bits(e.concepts, bits) for e in events]
        self.unit_bits = [_bits(e.units, bits) for e in events]
        self.cache: dict[tuple[int, int], float] = {}

    def word_similarity(self, i: int, j: int) -> float | None:
        """IDF-weighted Jaccard of content words; None across languages (no translation)."""
        left, right = self.events[i], self.events[j]
        if left.language != right.language or not left.words or not right.words:
            return None
        shared = left.words & right.words
        if not shared:
            return 0.0
        idf = self.idf[left.language]
        shared_mass = sum(idf[w] for w in shared)
        union_mass = self.word_mass[i] + self.word_mass[j] - shared_mass
        return shared_mass / union_mass if union_mass > 0 else 1.0

    def entity_similarity(
        self, left: frozenset[str], right: frozenset[str], left_mass: float, right_mass: float
    ) -> float:
        """IDF-weighted Jaccard of two sets of canonical names (masses: their IDF sums)."""
        shared_mass = sum(self.entity_idf[name] for name in left & right)
        union_mass = left_mass + right_mass - shared_mass
        return shared_mass / union_mass if union_mass > 0 else 1.0

    def score(self, i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        cached = self.cache.get(key)
        if cached is None:
            cached = self.cache[key] = self._score(*key)
        return cached

    def _score(self, i: int, j: int) -> float:
        left, right = self.events[i], self.events[j]
        if left.background != right.background:
            return 0.0
        type_factor = _type_factor(left, right)
        if not type_factor:
            return 0.0
        if left.precision == "day" and right.precision == "day":  # the common case, inline
            gap = abs(left.first_day - right.first_day)
            date_factor = 1.0 if gap == 0 else ADJACENT_DAY_FACTOR if gap <= 1 else 0.0
        else:
            date_factor = _dates_compatible(left, right)
        if not date_factor:
            return 0.0
        left_actors, right_actors = self.actor_bits[i], self.actor_bits[j]
        shared_places = self.place_bits[i] & self.place_bits[j]
        similarity = self.word_similarity(i, j)
        shared_actors = left_actors & right_actors
        anchored = (
            shared_actors
            or shared_places
            or (similarity is not None and similarity >= ANCHOR_WORD_SIMILARITY)
        )
        if not anchored:
            return 0.0
        if left.article_id == right.article_id and not _near_duplicate(left, right, similarity):
            return 0.0
        total = weight = 0.0
        if left_actors and right_actors:  # evidence only counts when both sides carry it
            if shared_actors:
                total += WEIGHT_ACTORS * self.entity_similarity(
                    left.actor_set, right.actor_set, self.actor_mass[i], self.actor_mass[j]
                )
            weight += WEIGHT_ACTORS
        if left.place_set and right.place_set:
            if shared_places:
                total += WEIGHT_PLACES * self.entity_similarity(
                    left.place_set, right.place_set, self.place_mass[i], self.place_mass[j]
                )
            weight += WEIGHT_PLACES
        left_bits, right_bits = self.concept_bits[i], self.concept_bits[j]
        if left_bits and right_bits:
            total += WEIGHT_CONCEPTS * _bit_jaccard(left_bits, right_bits)
            weight += WEIGHT_CONCEPTS
        left_bits, right_bits = self.unit_bits[i], self.unit_bits[j]
        if left_bits and right_bits:
            total += WEIGHT_UNITS * _bit_jaccard(left_bits, right_bits)
            weight += WEIGHT_UNITS
        score = _evidence(total, weight)
        if similarity is not None:
            # Shared wording adds evidence; different wording is not evidence against (outlets
            # paraphrase), so that same-language pairs are not judged harder than pairs
            # across languages, which have no words to compare.
            score = max(
                score,
                _evidence(total + WEIGHT_WORDS * similarity, weight + WEIGHT_WORDS),
            )
        if left_actors and right_actors and not shared_actors:
            score *= DISJOINT_ACTORS_FACTOR
        return score * type_factor * date_factor


def _idf(documents: int, frequency: int) -> float:
    # Smoothed, with a floor of 1: in a small input everything looks common, and a name
    # every event shares must still count for something.
    return math.log((documents + 1) / (frequency + 1)) + 1.0


def _type_factor(left: _Event, right: _Event) -> float:
    """1 for one type, a factor < 1 for compatible types (a call reported as a statement)."""
    if left.event_type == right.event_type:
        return 1.0
    return COMPATIBLE_TYPE_FACTOR if left.family == right.family else 0.0


def _evidence(total: float, weight: float) -> float:
    """Weighted mean, scaled down when the evidence present weighs little."""
    if not weight:
        return 0.0
    return total / weight * min(1.0, weight / FULL_EVIDENCE_WEIGHT)


def _bits(names: frozenset[str], index: dict[str, int]) -> int:
    value = 0
    for name in names:
        value |= 1 << index.setdefault(name, len(index))
    return value


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


def _blocking_keys(events: list[_Event]) -> list[tuple[object, ...]]:
    """What two events must share to be compared: an actor, a place or a rare word.

    Rare words (in at most RARE_WORD_SHARE of a language's events, or two) stand in for
    same-language content overlap; words everyone uses ("migrants", "border") cannot make
    the IDF-weighted overlap reach the anchor level on their own.
    """
    document_frequency: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        document_frequency[event.language].update(event.words)
    documents = Counter(event.language for event in events)
    keys: list[tuple[object, ...]] = []
    # Keys carry the type family, so only comparable types meet.
    for event in events:
        limit = max(2, RARE_WORD_SHARE * documents[event.language])
        df = document_frequency[event.language]
        family, language = event.family, event.language
        keys.append(
            tuple((family, "actor", a) for a in event.actor_set)
            + tuple((family, "place", p) for p in event.place_set)
            + tuple((family, language, w) for w in event.words if df[w] <= limit)
        )
    return keys


def _candidate_pairs(events: list[_Event], scorer: _Scorer) -> list[tuple[float, int, int]]:
    """Pairs worth merging: inside each (background, year precision) block, events sharing a
    blocking key (type family + actor, place or rare word) whose date windows overlap, by a
    sweep along each key's date-sorted postings."""
    blocks: dict[tuple[bool, bool], list[int]] = defaultdict(list)
    for event in events:
        if event.date is not None:
            blocks[(event.background, event.precision == "year")].append(event.row)
    keys = _blocking_keys(events)
    actor_bits = scorer.actor_bits
    # The best a pair with disjoint actor sets can score: every other component perfect.
    everything = WEIGHT_ACTORS + WEIGHT_PLACES + WEIGHT_WORDS + WEIGHT_CONCEPTS + WEIGHT_UNITS
    disjoint_best = (everything - WEIGHT_ACTORS) / everything
    disjoint_hopeless = disjoint_best * DISJOINT_ACTORS_FACTOR < MERGE_THRESHOLD
    pairs: list[tuple[float, int, int]] = []
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
            reach = events[i].last_day + DAY_SLACK[events[i].precision]
            left_actors = actor_bits[i]
            seen: set[int] = set()
            for key in keys[i]:
                positions = postings[key]
                for index in range(bisect_right(positions, position), len(positions)):
                    other = positions[index]
                    if starts[other] > reach:
                        break
                    if other in seen:
                        continue
                    seen.add(other)
                    j = block[other]
                    # Disjoint actor sets cannot reach the threshold: the other evidence
                    # weighs at most 1 - WEIGHT_ACTORS, and then the penalty applies.
                    right_actors = actor_bits[j]
                    if (
                        disjoint_hopeless
                        and left_actors
                        and right_actors
                        and not left_actors & right_actors
                    ):
                        continue
                    score = scorer.score(i, j)
                    if score >= MERGE_THRESHOLD:
                        pairs.append((score, i, j) if i < j else (score, j, i))
    return pairs


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
        self.parent = list(range(len(events)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(events))}
        self.spans: dict[int, _Span] = {i: _Span.of(e) for i, e in enumerate(events)}
        self.articles: dict[int, set[str]] = {i: {e.article_id} for i, e in enumerate(events)}

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def join(self, i: int, j: int) -> None:
        """Union without the checks: for sentences of one article telling one happening."""
        left, right = self.find(i), self.find(j)
        if left != right:
            self._merge(left, right, self.spans[left].merged(self.spans[right]) or self.spans[left])

    def try_union(self, i: int, j: int) -> bool:
        left, right = self.find(i), self.find(j)
        if left == right:
            return False
        span = self.spans[left].merged(self.spans[right])
        if span is None or not self._linked(left, right):
            return False
        self._merge(left, right, span)
        return True

    def _merge(self, left: int, right: int, span: _Span) -> None:
        if len(self.members[left]) < len(self.members[right]):
            left, right = right, left
        self.parent[right] = left
        self.members[left].extend(self.members.pop(right))
        self.articles[left] |= self.articles.pop(right)
        self.spans[left] = span
        del self.spans[right]

    def _linked(self, left: int, right: int) -> bool:
        """Average linkage between the groups, and no two different events of one article."""
        left_members, right_members = self.members[left], self.members[right]
        if len(left_members) == 1 and len(right_members) == 1:
            return True  # the pair's own score passed the threshold (and the article rule)
        shared_articles = self.articles[left] & self.articles[right]
        for b in right_members if shared_articles else ():
            article = self.events[b].article_id
            if article in shared_articles:
                for a in left_members:
                    if self.events[a].article_id == article and self.scorer.score(a, b) == 0.0:
                        return False
        # A deterministic sample keeps the check cheap when groups grow large.
        left_sample = sorted(left_members)[:LINKAGE_SAMPLE]
        right_sample = sorted(right_members)[:LINKAGE_SAMPLE]
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
    event_ids = [str(event_id) for event_id in result["event_id"]]
    order = sorted(range(len(result)), key=lambda p: (event_ids[p], p))
    normalised, passages = _continuations(_normalise(result.iloc[order]))
    scorer = _Scorer(normalised)
    groups = _Groups(normalised, scorer)
    for i, j in passages:
        groups.join(i, j)
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
    """Names most members carry, as the sentences order them; people before institutions.

    "Macron–Putin", not "Macron–Putin–European Union": when two or more people qualify,
    organisations are left out of the label.
    """
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    carriers = 0
    for e in members:
        names = e.actors if field == "actors" else tuple(sorted(e.place_set))
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
