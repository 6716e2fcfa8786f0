"""The pair score: how likely two events report the same happening, from 0 to 1.

A weighted mean of the evidence both events carry (tuning.py's WEIGHT_*): actors and
places (IDF-weighted Jaccard: Lukashenko and Belarus are everywhere, Makei and Kuźnica are
telling; institutions weigh half as much as people), concept keys (IDF-weighted, half
containment: the shorter report's concepts should be in the longer's), content words
(same language only, and only ever adding evidence), units. Types must match, be of one
family (a call reported as a statement) or both be named by the sentences' own words (a
call typed `other` whose sentence says "s'est entretenue"); the same two people on the
same days match whatever the types. A pair needs an anchor (a shared actor, a shared
place below the country, real word overlap in one language, two shared concepts of which
one is distinctive, or one distinctive concept naming a happening when the two share a
country or one names no one and no place below the country); other people (Macron–Putin
vs Putin–Lukashenko), other villages or other countries are penalised. One body's act (a
distinctive happening and an institution of one state or union: "the EU agreed sanctions",
"EU foreign ministers meet to expand sanctions") counts as the same participants and, when
it names one of the two types, as one type. Two events of one article score only when they
may be one happening (_near_duplicate).

Sums of weights are exact (math.fsum), so scores, and so clusters, do not depend on set
iteration order. Reads: EventFeatures. Does not: choose which pairs to score
(candidates.py) or merge (merging.py).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from math import fsum
from typing import Any

from crisis_timeline.cluster_lexicon import (
    COMPATIBLE_TYPE_FACTOR,
    CONCEPT_TYPES,
    IMPLIED_TYPE_FACTOR,
)
from crisis_timeline.clusters.features import (
    ACT_SEPARATOR,
    TYPE_KEY_PREFIX,
    EventFeatures,
    acts_of,
    geography,
)
from crisis_timeline.clusters.tuning import (
    ADJACENT_DAY_FACTOR,
    ANCHOR_CONCEPTS,
    ANCHOR_WORD_SIMILARITY,
    COARSE_DATE_FACTOR,
    CONTAINMENT_SHARE,
    CONTINUATION_OVERLAP,
    DAY_SLACK,
    DISJOINT_ACTORS_FACTOR,
    DISJOINT_PLACES_FACTOR,
    DISTINCTIVE_CONCEPT_SHARE,
    FULL_EVIDENCE_WEIGHT,
    INSTITUTIONS_SHARE,
    MAX_DAY_SPREAD,
    NEAR_DUPLICATE_SIMILARITY,
    WEIGHT_ACTORS,
    WEIGHT_CONCEPTS,
    WEIGHT_PLACES,
    WEIGHT_UNITS,
    WEIGHT_WORDS,
)
from crisis_timeline.text_features import is_person


class Scorer:
    """Scores pairs of events; IDF weights for words, actors and places come from the input.

    Actors and places are weighted by how rare they are in the input (Lukashenko and
    Belarus are everywhere; Kuźnica or Makei say much more), words likewise per language.
    Bit sets (Python ints) give the cheap tests (any shared actor?) on the hot path.
    """

    def __init__(self, events: list[EventFeatures]) -> None:
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
        person_mask = _mask(bits, is_person)
        country_mask = _mask(bits, geography().countries.__contains__)
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
        # One body's act (features.acts_of): "the EU agreed sanctions", "EU foreign
        # ministers meet to expand sanctions": one participant doing one distinctive thing.
        self.acts = [acts_of(e.actor_set, e.concepts & self.distinctive) for e in events]
        self.act_bits = _per_set(self.acts, as_bits)
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
        one_act = bool(self.act_bits[i] & self.act_bits[j])
        type_weight = self._type_weight(i, j, one_act)
        if not type_weight:
            # The same two people on the same days: one happening however it is framed
            # ("agreed on de-escalating tensions" and "a telephone conversation").
            if (self.person_bits[i] & self.person_bits[j]).bit_count() < 2:
                return 0.0
            type_weight = 1.0
        if left.precision == "day" and right.precision == "day":  # the common case, inline
            gap = abs(left.first_day - right.first_day)
            date_weight = 1.0 if gap == 0 else ADJACENT_DAY_FACTOR if gap <= 1 else 0.0
        else:
            date_weight = _dates_compatible(left, right)
        if not date_weight:
            return 0.0
        similarity = self.word_similarity(i, j)
        if not self._anchored(i, j, similarity):
            return 0.0
        if left.article_id == right.article_id and not _near_duplicate(left, right, similarity):
            return 0.0
        score = self._penalised(i, j, self._evidence_score(i, j, similarity, one_act=one_act))
        return score * type_weight * date_weight

    def _type_weight(self, i: int, j: int, one_act: bool) -> float:
        """type_factor(), or 1 for two reports of one body's act naming one of their types:
        the act told as the act ("agreed sanctions") and as the meeting or statement that
        makes it ("ministers meet to expand sanctions")."""
        left, right = self.events[i], self.events[j]
        weight = type_factor(left, right)
        if one_act and weight < 1.0:
            if self._act_types(i, j) & {left.event_type, right.event_type}:
                return 1.0
        return weight

    def _act_types(self, i: int, j: int) -> set[str]:
        """The event types the two events' shared acts name ("sanctions@..." -> sanctions)."""
        types: set[str] = set()
        for act in self.acts[i] & self.acts[j]:
            implied = CONCEPT_TYPES.get(act.split(ACT_SEPARATOR, 1)[0], ())
            types.update((implied,) if isinstance(implied, str) else implied)
        return types

    def _penalised(self, i: int, j: int, score: float) -> float:
        """The score, cut for other people and for other places."""
        left, right = self.events[i], self.events[j]
        left_persons, right_persons = self.person_bits[i], self.person_bits[j]
        if left_persons and right_persons and not _compatible_bits(left_persons, right_persons):
            # Macron–Putin is not Merkel–Lukashenko, nor Putin–Lukashenko
            score *= DISJOINT_ACTORS_FACTOR
        left_local, right_local = self.local_bits[i], self.local_bits[j]
        if (left_local and right_local and not left_local & right_local) or (
            left.place_set and right.place_set and not self.place_bits[i] & self.place_bits[j]
        ):
            # Two villages, two crossings, or places in different countries: two happenings.
            score *= DISJOINT_PLACES_FACTOR
        return score

    def _anchored(self, i: int, j: int, similarity: float | None) -> bool:
        """Whether the pair shares what two reports of one happening share: a participant,
        a place below the country, wording, or what happened (concept keys)."""
        left_actors, right_actors = self.actor_bits[i], self.actor_bits[j]
        left_local, right_local = self.local_bits[i], self.local_bits[j]
        return bool(
            left_actors & right_actors
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
                    self.place_bits[i] & self.place_bits[j]
                    or not (left_actors or left_local)
                    or not (right_actors or right_local)
                )
            )
        )

    def _evidence_score(
        self, i: int, j: int, similarity: float | None, *, one_act: bool = False
    ) -> float:
        """The weighted mean of the evidence both events carry, before the penalties.

        `one_act`: the two share one body's act, so their participants agree whatever
        names they use (the EU, its council) and whatever else they name (the target).
        """
        left, right = self.events[i], self.events[j]
        total = weight = 0.0
        left_actors, right_actors = self.actor_bits[i], self.actor_bits[j]
        if left_actors and right_actors:  # evidence only counts when both sides carry it
            # People say which happening it is (Macron-Putin, not Merkel-Lukashenko);
            # institutions ("the EU", "the Government of Belarus") are mostly context.
            both_persons = self.person_bits[i] and self.person_bits[j]
            actor_weight = WEIGHT_ACTORS if both_persons else WEIGHT_ACTORS * INSTITUTIONS_SHARE
            if one_act:
                total += actor_weight
            elif left_actors & right_actors:
                total += actor_weight * self.entity_similarity(
                    left.actor_set, right.actor_set, self.actor_mass[i], self.actor_mass[j]
                )
            weight += actor_weight
        if left.place_set and right.place_set:
            if self.place_bits[i] & self.place_bits[j]:
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
        return score


def _signature(event: EventFeatures) -> tuple[object, ...]:
    """Everything Scorer._score reads of an event when the other is from another article."""
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


def type_factor(left: EventFeatures, right: EventFeatures) -> float:
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
    """compatible() on bit sets: one within the other, or half shared."""
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


def _dates_compatible(left: EventFeatures, right: EventFeatures) -> float:
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


def _near_duplicate(left: EventFeatures, right: EventFeatures, similarity: float | None) -> bool:
    """Whether two events of one article may be one happening (else they never merge).

    An article tells different happenings in different sentences, so two of its events
    merge only when they name the same people on the same day (one set within the other,
    or half shared: "Macron and Putin agreed ..." and "Putin promised Macron ..."), a day
    apart when one is only dated by its publication day (a lead sentence), or, without
    people on both sides, when they repeat each other (the same figure, most words).
    """
    if left.actor_set and right.actor_set:
        if not compatible(left.actor_set, right.actor_set):
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


def compatible(left: frozenset[str], right: frozenset[str]) -> bool:
    """Participant sets that can name one happening: one within the other, or half shared."""
    if left <= right or right <= left:
        return True
    return len(left & right) / len(left | right) >= CONTINUATION_OVERLAP
