"""Blocking: which pairs of events are scored at all (never all pairs).

Events are compared only when they share a key (a type family + an actor, a place, a rare
word or a rare concept; or the same two people, or one body's act, whatever the types) and
their date windows overlap (a day is adjacent to the next day; a weekend, week or month
covers its whole span). Reports naming no one and no place below the country also look up
the events sharing one of their distinctive happening concepts. Undated events stay
singletons, and year-precision events only meet other year-precision events. Events
carrying the same evidence (wire copy reprinted by several outlets) are scored once per
pair of distinct evidence (Scorer's signatures).

Reads: EventFeatures and their Scorer. Gives: `Pairs`, the candidate pairs scoring at
least MERGE_THRESHOLD, best first; `Blocking` (what the search reads, prepared once) and
`Sweep` (the pairs found from a run of a block's positions), which windows.py uses to
search date windows on several processes. Does not: merge (merging.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, fields
from operator import attrgetter

from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.clusters.tuning import (
    DAY_SLACK,
    DISJOINT_ACTORS_FACTOR,
    MERGE_THRESHOLD,
    NEIGHBOURS_PER_KEY,
    RARE_WORD_SHARE,
    UNNAMED_LOOKBACK_DAYS,
    WEIGHT_ACTORS,
    WEIGHT_CONCEPTS,
    WEIGHT_PLACES,
    WEIGHT_UNITS,
    WEIGHT_WORDS,
)
from crisis_timeline.text_features import is_person


def _blocking_keys(events: list[EventFeatures], scorer: Scorer) -> list[list[tuple[object, ...]]]:
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
            persons = sorted(a for a in event.actor_set if is_person(a))
            event_keys += [
                (0, first, second)
                for index, first in enumerate(persons)
                for second in persons[index + 1 :]
            ]
        # One body's act meets whatever the types (Scorer.acts: "the EU agreed sanctions",
        # "EU foreign ministers meet to expand sanctions").
        event_keys += [(0, act) for act in scorer.acts[event.row]]
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


class Pairs:
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


def candidate_pairs(events: list[EventFeatures], scorer: Scorer) -> Pairs:
    """Pairs worth merging: inside each (background, year precision) block, events sharing a
    blocking key (_blocking_keys) whose date windows overlap, by a sweep along each key's
    date-sorted postings; then the lookups of unnamed reports (_unnamed_pairs)."""
    blocking = Blocking(events, scorer)
    pairs = Pairs(len(events))
    sweep = Sweep(blocking, pairs)
    for block in blocking.blocks:
        sweep.run(block, 0, len(block.rows))
    return pairs


@dataclass(frozen=True)
class DateBlock:
    """The dated events of one (background, year precision) block in date order."""

    rows: list[int]  # events, sorted by (first day, row)
    starts: list[int]  # their first days, ascending
    postings: dict[object, list[int]]  # blocking key -> positions in `rows`, ascending


class Blocking:
    """What the search reads, prepared once for the whole input: the blocking keys, the
    blocks with their postings, the twin classes. Read-only once built."""

    def __init__(self, events: list[EventFeatures], scorer: Scorer) -> None:
        self.events = events
        self.scorer = scorer
        self.keys = _blocking_keys(events, scorer)
        rows_of: dict[tuple[bool, bool], list[int]] = defaultdict(list)
        for event in events:
            if event.date is not None:
                rows_of[(event.background, event.precision == "year")].append(event.row)
        self.blocks = [self._block(rows) for rows in rows_of.values()]
        # Pairs of one article score by event pair, unless they are twins of a scored pair
        # (an article repeating paragraphs: 5 MB of them made millions of pairs).
        self.twin = twin_classes(events)

    def _block(self, rows: list[int]) -> DateBlock:
        events, keys = self.events, self.keys
        # Sorted by first day, each event reaches forward to its last day plus its slack;
        # _dates_compatible() then decides exactly.
        rows.sort(key=lambda r: (events[r].first_day, r))
        postings: dict[object, list[int]] = defaultdict(list)
        for position, r in enumerate(rows):
            for key in keys[r]:
                postings[key].append(position)
        return DateBlock(rows, [events[r].first_day for r in rows], postings)


class Sweep:
    """The pairs found from runs of a block's positions, added to `pairs`.

    An event looks forward (an unnamed one also back) along postings that hold the whole
    block, so the pairs found from a run of positions are the same whichever other runs
    are swept, and wherever: windows.py sweeps date windows on several processes and
    gets, together, the pairs of one sweep over everything.
    """

    def __init__(self, blocking: Blocking, pairs: Pairs) -> None:
        self.blocking = blocking
        self.pairs = pairs
        # signature pair -> the bucket its pairs go to (None: below the threshold)
        self.bucket_of: dict[int, list[int] | None] = {}
        self.same_article: dict[tuple[int, int], float] = {}  # twin classes -> score
        # The best a pair naming different people can score: every other component perfect.
        everything = WEIGHT_ACTORS + WEIGHT_PLACES + WEIGHT_WORDS + WEIGHT_CONCEPTS + WEIGHT_UNITS
        disjoint_best = (everything - WEIGHT_ACTORS) / everything
        self.disjoint_hopeless = disjoint_best * DISJOINT_ACTORS_FACTOR < MERGE_THRESHOLD

    def run(self, block: DateBlock, first: int, last: int) -> None:
        """The pairs found from the events at positions first..last-1 of `block`."""
        self._named(block, first, last)
        _unnamed_pairs(self.blocking, block, self.pairs, first, last)

    def _named(self, block: DateBlock, first: int, last: int) -> None:
        """Pairs sharing a blocking key, each found from its earlier event's position."""
        events, scorer, pairs = self.blocking.events, self.blocking.scorer, self.pairs
        rows, starts, postings = block.rows, block.starts, block.postings
        actor_bits, person_bits, act_bits = scorer.actor_bits, scorer.person_bits, scorer.act_bits
        size, score, articles = pairs.size, scorer.score, scorer.articles
        signature, width = scorer.signature, scorer.signatures
        keys, twin = self.blocking.keys, self.blocking.twin
        bucket_of, same_article = self.bucket_of, self.same_article
        for position in range(first, last):
            i = rows[position]
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
                start = bisect_right(positions, position)
                found.update(positions[start : start + NEIGHBOURS_PER_KEY])
            hopeless = self.disjoint_hopeless and left_persons
            base = own * width
            for j in [rows[other] for other in found if other < end]:
                # Other people and no shared actor (nor one body's act, which counts as
                # one) cannot reach the threshold: the other evidence weighs at most
                # 1 - WEIGHT_ACTORS, and then the penalty applies.
                if (
                    hopeless
                    and person_bits[j]
                    and not left_actors & actor_bits[j]
                    and not act_bits[i] & act_bits[j]
                ):
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
                    twins = (twin[i], twin[j]) if i < j else (twin[j], twin[i])
                    value = same_article.get(twins)
                    if value is None:
                        value = same_article[twins] = score(i, j)
                    pairs.add(value, i, j)


_UNSEEN: list[int] = []  # a marker: not looked up yet


def _unnamed_pairs(
    blocking: Blocking, block: DateBlock, pairs: Pairs, first: int, last: int
) -> None:
    """Pairs for reports that name no one and no place below the country, found through
    what happened, from the positions first..last-1 of `block`.

    "Les tentatives de passage ont fortement diminué ... en décembre" has no actor or
    place to block on, and its concept may be too common to be everyone's blocking key.
    Such an event looks up every event of its date window (in both directions) sharing
    one of its distinctive happening concepts, the only ones that can anchor it; other
    events never look up by common concepts, so the cost stays with the unnamed reports.
    """
    events, scorer = blocking.events, blocking.scorer
    rows, starts = block.rows, block.starts
    local = scorer.local_bits
    wanted: dict[int, frozenset[str]] = {}
    for position in range(first, last):
        r = rows[position]
        if not events[r].actor_set and not local[r]:
            lookup = events[r].concepts & scorer.distinctive
            if lookup:
                wanted[position] = lookup
    if not wanted:
        return
    # Postings over the whole block (both directions), for the concepts looked up.
    concepts_wanted = frozenset().union(*wanted.values())
    postings: dict[str, list[int]] = defaultdict(list)  # concept -> positions, ascending
    for position, r in enumerate(rows):
        for concept in events[r].concepts & concepts_wanted:
            postings[concept].append(position)
    for position, lookup in wanted.items():
        i = rows[position]
        event = events[i]
        # Positions from `end` on start after the event's reach (starts ascend).
        end = bisect_right(starts, event.last_day + DAY_SLACK[event.precision])
        lowest = bisect_left(starts, event.first_day - UNNAMED_LOOKBACK_DAYS)
        found: set[int] = set()
        for concept in lookup:
            positions = postings[concept]
            # the same sorted-neighbourhood cap as named keys: the nearest on either side
            middle = bisect_left(positions, position)
            start = max(bisect_left(positions, lowest), middle - NEIGHBOURS_PER_KEY)
            found.update(positions[start : middle + NEIGHBOURS_PER_KEY])
        found.discard(position)
        for other in found:
            if other < end:
                pairs.add(scorer.score(i, rows[other]), i, rows[other])


# What identifies an event rather than describes it: two events equal in every other field
# are twins (a paragraph an article repeats), and Scorer._score cannot tell them apart.
_IDENTITY_FIELDS = frozenset({"row", "start", "event_id"})


def twin_classes(events: list[EventFeatures]) -> list[int]:
    """A class number per event; events of one class are equal in every field but their
    identity (`_IDENTITY_FIELDS`), so each scores exactly alike against any other event."""
    names = [f.name for f in fields(EventFeatures) if f.name not in _IDENTITY_FIELDS]
    described = attrgetter(*names)
    figures = names.index("quantities")
    classes: dict[tuple[object, ...], int] = {}
    twins = []
    for event in events:
        key = described(event)
        # quantities are dicts (unhashable): their repr, equal for equal figures in one order
        key = (*key[:figures], repr(key[figures]), *key[figures + 1 :])
        twins.append(classes.setdefault(key, len(classes)))
    return twins
