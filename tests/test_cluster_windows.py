"""crisis_timeline.clusters.windows: clustering on several processes, the same clusters.

cluster_events(events, workers=2) must give exactly the cluster_id column and the Cluster
list of the one-process run: on the seeds, on a generated corpus, and on a hand-made
frame whose story crosses a window border. The threshold below which one process is
used is lowered to 0 here, so small inputs take the windowed path (forked workers).
"""

from __future__ import annotations

import random
from datetime import date

import numpy as np
import pandas as pd
import pytest

import crisis_timeline.clusters as clusters_package
from crisis_timeline.clusters import cluster_events, windows
from crisis_timeline.clusters.candidates import Blocking
from crisis_timeline.clusters.features import normalise
from crisis_timeline.clusters.passages import continuations
from crisis_timeline.clusters.scoring import Scorer
from tests.cluster_cases import EVENTS
from tests.event_factory import make_event, make_events


@pytest.fixture()
def windowed(monkeypatch):
    """Any input takes the windowed path when workers > 1."""
    monkeypatch.setattr(clusters_package, "WINDOWED_MIN_EVENTS", 0)


def _assert_same_clusters(events: pd.DataFrame, workers: int = 2) -> list:
    """The windowed run equals the one-process run: frame, cluster ids, Cluster records."""
    single_frame, single = cluster_events(events)
    windowed_frame, parallel = cluster_events(events, workers=workers)
    assert windowed_frame["cluster_id"].tolist() == single_frame["cluster_id"].tolist()
    pd.testing.assert_frame_equal(windowed_frame, single_frame)
    assert parallel == single
    assert [c.to_json() for c in parallel] == [c.to_json() for c in single]
    return single


def test_seeds_cluster_alike_on_two_processes(windowed, seed_extraction):
    events = seed_extraction.events.drop(columns=["cluster_id"])
    single = _assert_same_clusters(events)
    assert any(len(c.event_ids) > 1 for c in single)  # there was merging to get right


def test_a_generated_corpus_clusters_alike_on_two_and_three_processes(windowed, tmp_path):
    from benchmarks.generate_corpus import write_corpus
    from crisis_timeline.pipeline import run_pipeline

    write_corpus(tmp_path, 150, seed=11)
    events = run_pipeline([tmp_path], tmp_path / "sources.csv").events
    events = events.drop(columns=["cluster_id"])
    single = _assert_same_clusters(events)
    _assert_same_clusters(events, workers=3)
    # Not a trivial input: stories of several reports, and many windows to stitch.
    assert sum(len(c.event_ids) > 2 for c in single) >= 10
    normalised, _links = continuations(normalise(events))
    assert len(windows.windows(Blocking(normalised, Scorer(normalised)), 2)) > 4


def border_frame() -> pd.DataFrame:
    """The named events, the call reported a day later by another outlet, one article
    telling the call over two sentences, a month-dated report and an undated one."""
    rows = [dict(EVENTS[name]) for name in EVENTS]
    rows.append(
        dict(
            EVENTS["independent_call"],
            outlet="Le Soir",
            article_id="late",
            published="2021-11-16",
            date="2021-11-16",
        )
    )
    rows.append(dict(EVENTS["rfi_call"], article_id="two", start=0, outlet="Two Sentences"))
    rows.append(
        dict(
            article_id="two",
            start=200,
            outlet="Two Sentences",
            published="2021-11-16",
            date="2021-11-15",
            event_type="diplomacy",
            sentence="The call lasted about 45 minutes, according to the Elysée.",
        )
    )
    rows.append(dict(EVENTS["sanctions"], article_id="month", date="2021-11-01", precision="month"))
    rows.append(dict(EVENTS["crossing"], article_id="undated", date=None, precision=None))
    return make_events(rows)


def test_a_story_across_window_borders_is_stitched_exactly(windowed, monkeypatch):
    # One event per window: every pair of the story crosses a window border.
    monkeypatch.setattr(windows, "WINDOWS_PER_WORKER", 10**6)
    frame = border_frame()
    normalised, _links = continuations(normalise(frame))
    blocking = Blocking(normalised, Scorer(normalised))
    assert all(last - first == 1 for _block, first, last in windows.windows(blocking, 2))

    single = _assert_same_clusters(frame)
    call_ids = {make_event(**EVENTS[name])["event_id"] for name in ("independent_call", "rfi_call")}
    call = next(c for c in single if call_ids <= set(c.event_ids))
    assert call.date == date(2021, 11, 15)
    assert "Le Soir" in call.outlets and "Two Sentences" in call.outlets
    _assert_same_clusters(frame, workers=3)


def test_without_fork_the_same_steps_run_in_one_process(windowed, monkeypatch):
    monkeypatch.setattr(windows.multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(windows, "WINDOWS_PER_WORKER", 10**6)
    _assert_same_clusters(border_frame(), workers=3)


def _plain_components(size: int, edges: list[tuple[int, int]]) -> list[int]:
    """A root per element, by a textbook union-find."""
    parent = list(range(size))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    return [find(x) for x in range(size)]


def test_components_match_a_plain_union_find():
    rng = random.Random(5)
    for size in (1, 2, 30, 400):
        edges = [(rng.randrange(size), rng.randrange(size)) for _ in range(size // 2)]
        roots = _plain_components(size, edges)
        left = np.array([a for a, _ in edges], dtype=np.int64)
        right = np.array([b for _, b in edges], dtype=np.int64)
        labels = windows.components(size, left, right).tolist()
        pairs = [(a, b) for a in range(size) for b in range(a + 1, size)]
        assert [labels[a] == labels[b] for a, b in pairs] == [
            roots[a] == roots[b] for a, b in pairs
        ]


def test_batches_keep_components_whole_and_even():
    labels = np.array([0, 0, 0, 0, 4, 4, 6, 7, 8, 9])
    batch_of = windows.batches(labels, 2).tolist()
    assert len({batch_of[i] for i in range(4)}) == 1 and batch_of[4] == batch_of[5]
    assert sorted(np.bincount(batch_of).tolist()) == [5, 5]


def test_small_inputs_stay_in_one_process(monkeypatch):
    called = []
    monkeypatch.setattr(clusters_package, "windowed_clusters", lambda *a: called.append(a))
    cluster_events(make_events([EVENTS["independent_call"], EVENTS["rfi_call"]]), workers=2)
    assert called == []
