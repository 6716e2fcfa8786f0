"""crisis_timeline.clusters.candidates: which pairs are scored at all."""

from __future__ import annotations

from crisis_timeline.clusters.candidates import Pairs, candidate_pairs
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.clusters.tuning import MERGE_THRESHOLD
from tests.cluster_cases import CALL, normalised


def test_candidates_are_blocked_by_key_and_date():
    events = normalised(
        [
            {**CALL, "outlet": "A"},
            {**CALL, "outlet": "B"},
            {**CALL, "outlet": "C", "date": "2021-12-14"},  # another month
            {**CALL, "outlet": "D", "date": None},  # undated: never a candidate
        ]
    )
    assert list(candidate_pairs(events, Scorer(events)).ordered()) == [(0, 1)]


def test_pairs_come_best_first_ties_in_order_and_below_threshold_never():
    pairs = Pairs(10)
    pairs.add(0.6, 5, 2)
    pairs.add(0.9, 3, 4)
    pairs.add(0.6, 1, 7)
    pairs.add(MERGE_THRESHOLD - 0.01, 0, 1)
    assert list(pairs.ordered()) == [(3, 4), (1, 7), (2, 5)]
