"""Merging: union-find over the candidate pairs, best score first, with checks that stop
chaining.

Two events of one article merge only when they name the same people on the same day or
repeat each other (scoring.py scores other pairs of one article 0); the merged dates stay
within MAX_DAY_SPREAD days (coarse dates must contain them); and the average score
between the reports (articles) of the two groups must stay at LINKAGE_THRESHOLD or above
(average linkage, each article scored by its best-matching sentence), so A~B and B~C
does not drag in an unrelated C. A refused union is not re-examined until one of the two
groups changes.

Reads: EventFeatures and their Scorer. Gives: `Groups`, whose `members` are the clusters.
Does not: choose pairs (candidates.py) or describe the clusters (labels.py,
disagreements.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from crisis_timeline.clusters.candidates import twin_classes
from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.clusters.tuning import (
    FINE_PRECISIONS,
    LINKAGE_SAMPLE,
    LINKAGE_THRESHOLD,
    MAX_DAY_SPREAD,
)


@dataclass(slots=True)
class Span:
    """A group's dates, kept up to date on union so the coherence check is O(1)."""

    fine_first_min: int | None = None  # over day/weekend members
    fine_first_max: int | None = None
    fine_last_min: int | None = None
    fine_last_max: int | None = None
    coarse_first: int | None = None  # intersection of week/month/year members
    coarse_last: int | None = None

    @classmethod
    def of(cls, event: EventFeatures) -> Span:
        if event.date is None:
            return cls()
        if event.precision in FINE_PRECISIONS:
            return cls(event.first_day, event.first_day, event.last_day, event.last_day)
        return cls(coarse_first=event.first_day, coarse_last=event.last_day)

    def merged(self, other: Span) -> Span | None:
        """The span of both groups, or None when their dates cannot be one happening."""
        span = Span(
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


class Groups:
    """Union-find whose unions are vetoed when they would chain unrelated events."""

    def __init__(
        self,
        events: list[EventFeatures],
        scorer: Scorer,
        *,
        rows: Sequence[int] | None = None,
        twin: list[int] | None = None,
    ) -> None:
        """Every event its own group; with `rows`, only those events (windows.py merges
        whole components apart, each on the rows of its batch); `twin`: twin_classes(events)
        when already known."""
        self.events = events
        self.scorer = scorer
        rows = range(len(events)) if rows is None else rows
        # The root of each event's group, relabelled on merge: the smaller group moves, so an
        # event moves at most log2(n) times, and "same group?" is two list reads.
        self.root = list(range(len(events)))
        self.members: dict[int, list[int]] = {i: [i] for i in rows}
        # root -> the reports and members _linked samples (built when first needed)
        self.samples: dict[int, list[tuple[str, tuple[int, ...], int | None]]] = {}
        # A union refused stays refused until one of the groups changes (a merge bumps the
        # survivor's version): in a dense corpus most refusals are the same two groups
        # met again through another pair of their members.
        self.version = [0] * len(events)
        self.refused: set[tuple[int, int, int, int]] = set()
        self.spans: dict[int, Span] = {i: Span.of(events[i]) for i in rows}
        # root -> article -> the group's events of that article (a report), in merge order
        self.reports: dict[int, dict[str, list[int]]] = {
            i: {events[i].article_id: [i]} for i in rows
        }
        self.twin = twin_classes(events) if twin is None else twin

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

    def _merge(self, left: int, right: int, span: Span) -> None:
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
            # One member per twin class on each side: twins score alike against anything,
            # so the answer is the same, and a paragraph repeated a hundred times in one
            # article is compared once, not 100 x 100 times.
            lefts = self._distinct(left_reports[article])
            rights = self._distinct(right_reports[article])
            if any(score(a, b) == 0.0 for a in lefts for b in rights):
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

    def _distinct(self, members: list[int]) -> list[int]:
        """The first member of each twin class among `members`, in their order."""
        if len(members) < 2:
            return members
        twin = self.twin
        first: dict[int, int] = {}
        for member in members:
            first.setdefault(twin[member], member)
        return list(first.values())

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
