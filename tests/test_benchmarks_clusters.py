"""benchmarks/clusters.py: the dense benchmark's scoring (--dense)."""

from __future__ import annotations

import pandas as pd


def _gold(happening: str, kind: str, start: int, text: str):
    from benchmarks.generate_corpus import GoldSentence

    return GoldSentence(happening, kind, start, start + len(text), text)


DENSE_GOLD = {
    "A": (
        _gold("H1", "event", 0, "On Monday, migrants marched to Kuźnica."),
        _gold("H2", "quote", 41, "“We will defend our border,” Duda said on Tuesday."),
    ),
    "B": (_gold("H1", "event", 10, "Migrants marched to Kuźnica on Monday."),),
    "C": (_gold("H2", "quote", 0, "“We will defend our border,” Duda said on Tuesday."),),
    # One quote told twice about two happenings: only the offset tells them apart.
    "D": (
        _gold("H1", "quote", 0, "“It is a hybrid attack,” Kamiński said."),
        _gold("H2", "quote", 100, "“It is a hybrid attack,” Kamiński said."),
    ),
}


def _dense_frame(rows: list[tuple[str, str, str, int, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["event_id", "article_id", "sentence", "start", "cluster_id"])


def test_dense_labels_take_the_happening_of_the_sentence_holding_the_event():
    from benchmarks.clusters import dense_labels

    frame = _dense_frame(
        [
            ("a1", "A", "On Monday, migrants marched to Kuźnica.", 0, "c1"),
            ("a2", "A", "“We will defend our border,”", 41, "c2"),  # a split-off part
            ("a3", "A", "Lukashenko won the election in August 2020.", 300, "c1"),  # unlabelled
            ("b1", "B", "Migrants  marched to\nKuźnica on Monday.", 10, "c1"),  # whitespace
            ("d1", "D", "“It is a hybrid attack,” Kamiński said.", 100, "c3"),
            ("d2", "D", "“It is a hybrid attack,” Kamiński said.", 500, "c3"),  # ambiguous
            ("e1", "E", "On Monday, migrants marched to Kuźnica.", 0, "c1"),  # no gold article
            ("x1", "C", "“We will defend our border,” Duda said on Tuesday.", 0, None),
        ]
    )
    assert dense_labels(frame, DENSE_GOLD) == [
        ("c1", "H1", "event"),
        ("c2", "H2", "quote"),
        ("c1", "H1", "event"),
        ("c3", "H2", "quote"),
        ("singleton:x1", "H2", "quote"),
    ]


def test_dense_scores_on_a_hand_made_clustering():
    from benchmarks.clusters import dense_labels, dense_scores

    frame = _dense_frame(
        [
            ("a1", "A", "On Monday, migrants marched to Kuźnica.", 0, "c1"),
            ("a2", "A", "“We will defend our border,” Duda said on Tuesday.", 41, "c2"),
            ("b1", "B", "Migrants marched to Kuźnica on Monday.", 10, "c1"),
            ("x1", "C", "“We will defend our border,” Duda said on Tuesday.", 0, "c1"),  # wrong
            ("x2", "C", "“We will defend our border,” Duda said on Tuesday.", 0, None),
        ]
    )
    # Clusters: c1 = {H1, H1, H2}, c2 = {H2}, singleton = {H2}.
    # Purity (2 + 1 + 1) / 5; inverse purity (2 + 1) / 5.
    # B-cubed precision (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 0.733; recall (1 + 1 + 3 * 1/3) / 5
    # = 0.6; F1 = 2PR / (P + R) = 0.66.
    scores = dense_scores(dense_labels(frame, DENSE_GOLD))
    assert scores == {
        "events_scored": 5,
        "predicted_clusters": 3,
        "gold_happenings": 2,
        "purity": 0.8,
        "inverse_purity": 0.6,
        "bcubed_precision": 0.733,
        "bcubed_recall": 0.6,
        "bcubed_f1": 0.66,
    }
