"""crisis_timeline.clusters.scoring: the pair score and its rules, called directly."""

from __future__ import annotations

import pytest

from crisis_timeline.cluster_lexicon import COMPATIBLE_TYPE_FACTOR, IMPLIED_TYPE_FACTOR
from crisis_timeline.clusters.scoring import Scorer, compatible, type_factor
from crisis_timeline.clusters.tuning import MERGE_THRESHOLD
from tests.cluster_cases import CALL, normalised


@pytest.mark.parametrize(
    ("left_type", "right_type", "factor"),
    [
        ("diplomacy", "diplomacy", 1.0),
        ("diplomacy", "statement", COMPATIBLE_TYPE_FACTOR),  # one family: talk
        ("diplomacy", "clash", 0.0),
    ],
)
def test_type_factor(left_type, right_type, factor):
    left, right = normalised(
        [
            {**CALL, "outlet": "A", "event_type": left_type, "sentence": "It happened."},
            {**CALL, "outlet": "B", "event_type": right_type, "sentence": "It happened again."},
        ]
    )
    assert type_factor(left, right) == factor


def test_a_type_named_by_the_sentence_s_own_words_is_implied():
    left, right = normalised(
        [
            {
                **CALL,
                "outlet": "A",
                "event_type": "other",
                "language": "fr",
                "sentence": "Macron s'est entretenu par téléphone avec Poutine.",
            },
            {**CALL, "outlet": "B"},
        ]
    )
    assert type_factor(left, right) == IMPLIED_TYPE_FACTOR


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ({"a", "b"}, {"a", "b", "c"}, True),  # one within the other
        ({"a", "b", "c"}, {"a", "b", "d"}, True),  # half shared
        ({"a", "b"}, {"c", "d"}, False),
        ({"a", "b", "c"}, {"a", "d", "e"}, False),  # a fifth shared
    ],
)
def test_compatible_participants(left, right, expected):
    assert compatible(frozenset(left), frozenset(right)) is expected


@pytest.mark.parametrize(
    ("other", "scored"),
    [
        ({}, True),
        ({"date": "2021-11-16"}, True),  # a day apart
        ({"date": "2021-11-17"}, False),
        ({"background": True}, False),
        (
            {
                "event_type": "clash",
                "actors": ["Emmanuel Macron"],
                "sentence": "Guards fired water cannon at Macron's convoy.",
            },
            False,
        ),
        ({"actors": ["Angela Merkel", "Alexander Lukashenko"], "sentence": "They spoke."}, False),
    ],
)
def test_pair_score(other, scored):
    events = normalised([{**CALL, "outlet": "A"}, {**CALL, "outlet": "B", **other}])
    scorer = Scorer(events)
    score = scorer.score(0, 1)
    assert score == scorer.score(1, 0)
    assert 0.0 <= score <= 1.0
    assert (score >= MERGE_THRESHOLD) is scored, score
