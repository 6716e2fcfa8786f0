"""`build --scheduler` on a real local Dask cluster (a scheduler and two worker processes)
gives exactly the store a local build gives: events row for row, articles, clusters,
problems; and its Parquet dataset, partitioned by month, is queryable by DuckDB in place.

Clustering goes windowed (clusters/windows.py) from WINDOWED_MIN_EVENTS events; the
threshold is lowered to 0 here, so the build's clustering runs its window searches and
merge batches on the cluster (seen in the scheduler's task stream) while the local
one-worker build clusters in one process: the cluster ids and the clusters table must
still be the same, on stories that cross window borders.
"""

from __future__ import annotations

import pickle
import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import pytest

import crisis_timeline.clusters as clusters_package
from benchmarks.generate_corpus import write_corpus
from crisis_timeline import settings, store
from crisis_timeline.cli import main
from crisis_timeline.clusters import cluster_events, windows
from crisis_timeline.clusters.candidates import Blocking
from crisis_timeline.clusters.features import normalise
from crisis_timeline.clusters.passages import continuations
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.distributed import DaskMapper, Pickled, dataset_glob
from tests.test_cluster_windows import border_frame

distributed = pytest.importorskip("distributed")

GENERATED_ARTICLES = 50


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("dask-corpus")
    seeds = root / "seeds"
    shutil.copytree(settings.SEEDS_DIR, seeds)
    generated = root / "generated"
    write_corpus(generated, GENERATED_ARTICLES, 11)
    return [seeds, generated]


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as local:
        yield local


def _table(path: Path, name: str, order: str) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute(f"SELECT * FROM {name} ORDER BY {order}").fetchall()


def _rows_in_order(path: Path) -> list[tuple]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT * FROM events").fetchall()  # stored order, not sorted


def _tasks_run(cluster, run: Callable[[], Any]) -> tuple[Any, Counter]:
    """run()'s result, and how many tasks of each function the cluster's workers ran
    meanwhile (by the task keys' function names)."""
    with (
        distributed.Client(cluster.scheduler_address) as observer,
        distributed.get_task_stream(client=observer) as stream,
    ):
        result = run()
    return result, Counter(str(task["key"]).split("-")[0] for task in stream.data)


def _windows_of(events: pd.DataFrame) -> dict[str, int]:
    """event_id -> its date window in a two-worker windowed run (undated: none)."""
    event_ids = events["event_id"].astype(str).tolist()
    order = sorted(range(len(event_ids)), key=lambda p: (event_ids[p], p))
    normalised, _links = continuations(normalise(events, order))
    blocking = Blocking(normalised, Scorer(normalised))
    return {
        normalised[row].event_id: number
        for number, (block, first, last) in enumerate(windows.windows(blocking, 2))
        for row in blocking.blocks[block].rows[first:last]
    }


def _window_count(events: pd.DataFrame) -> int:
    return len(set(_windows_of(events).values()))


def _stories_across_borders(events: pd.DataFrame) -> int:
    """Clusters of the (clustered) events whose members lie in more than one window."""
    window_of = _windows_of(events)
    spans = events.groupby("cluster_id")["event_id"].agg(
        lambda ids: len({window_of[i] for i in ids if i in window_of})
    )
    return int((spans > 1).sum())


def test_scheduler_build_equals_local_build(corpus, cluster, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(clusters_package, "WINDOWED_MIN_EVENTS", 0)
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    parquet = tmp_path / "events.parquet"
    inputs = [str(p) for p in corpus]
    assert main(["build", *inputs, "--db", str(local_db)]) == 0  # one process clusters
    argv = ["build", *inputs, "--db", str(dask_db), "--scheduler", cluster.scheduler_address]
    code, ran = _tasks_run(cluster, lambda: main([*argv, "--parquet", str(parquet)]))
    assert code == 0

    # The clustering ran windowed on the cluster: a search per window, a merge per worker,
    # on windows that stories cross (their pairs and unions span a border).
    events = store.read_events(local_db, corrected=False)
    assert ran["_window_pairs"] == _window_count(events) > 4
    assert ran["_batch_clusters"] == 2 and ran["_run_chunk"] > 0
    assert _stories_across_borders(events) >= 5
    local, remote = store.read_info(local_db), store.read_info(dask_db)
    assert (remote.articles, remote.events, remote.clusters) == (
        local.articles,
        local.events,
        local.clusters,
    )
    assert local.articles == 5 + GENERATED_ARTICLES and local.events > 100
    assert remote.problems == local.problems
    assert remote.fingerprint == local.fingerprint
    assert _rows_in_order(dask_db) == _rows_in_order(local_db)
    for name, key in (("articles", "article_id"), ("clusters", "cluster_id"), ("meta", "key")):
        assert _table(dask_db, name, key) == _table(local_db, name, key), name
    assert _table(dask_db, "outlet_profiles", "outlet") == _table(
        local_db, "outlet_profiles", "outlet"
    )

    # The Parquet dataset: one folder per month, all the events, queryable in place.
    months = sorted(p.name for p in parquet.iterdir() if p.is_dir())
    assert months and all(m.startswith("month=") for m in months)
    with duckdb.connect() as con:
        (count,) = con.execute(
            "SELECT count(*) FROM read_parquet(?, hive_partitioning = true)",
            [dataset_glob(parquet)],
        ).fetchone()
        november = con.execute(
            "SELECT count(*) FROM read_parquet(?, hive_partitioning = true) "
            "WHERE month = '2021-11'",
            [dataset_glob(parquet)],
        ).fetchone()[0]
    assert count == local.events
    assert 0 < november < count


# Our own words: an article a user added by hand, kept in the store across rebuilds.
ADDED_ARTICLE = (
    "Polish guards closed the Kuźnica crossing on Tuesday 9 November 2021, officials said.\n\n"
    "Lithuania declared a state of emergency on 10 November 2021 along its border.\n"
)


def test_a_store_with_an_added_article_is_rebuilt_on_the_cluster(corpus, cluster, tmp_path):
    seeds, generated = corpus
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    added = tmp_path / "kuznica.txt"
    added.write_text(ADDED_ARTICLE, encoding="utf-8")
    assert main(["build", str(seeds), "--db", str(local_db)]) == 0
    assert main(["add", str(added), "--db", str(local_db)]) == 0
    shutil.copy(local_db, dask_db)
    # new inputs: both stores are rebuilt, carrying the added article
    inputs = [str(seeds), str(generated)]
    assert main(["build", *inputs, "--db", str(local_db)]) == 0
    argv = ["build", *inputs, "--db", str(dask_db), "--scheduler", cluster.scheduler_address]
    code, ran = _tasks_run(cluster, lambda: main(argv))
    assert code == 0
    assert ran["_run_chunk"] > 0  # the articles, the added one among them, read there
    ids = [a.id for a in store.read_articles(dask_db)]
    assert len(ids) == 5 + GENERATED_ARTICLES + 1
    assert any(i.startswith("kuznica-") for i in ids)
    assert _rows_in_order(dask_db) == _rows_in_order(local_db)
    for name, key in (("articles", "article_id"), ("added_articles", "article_id")):
        assert _table(dask_db, name, key) == _table(local_db, name, key), name


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:9"], "could not reach the Dask scheduler"),
        (["--parquet", "somewhere"], "--parquet goes with --scheduler"),
    ],
)
def test_scheduler_errors_are_one_line(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("crisis_timeline.distributed.CONNECT_TIMEOUT_SECONDS", 2)
    code = main(["build", str(settings.SEEDS_DIR), "--db", str(tmp_path / "s.duckdb"), *argv])
    error = capsys.readouterr().err
    assert code == 2
    assert message in error and "Traceback" not in error
    assert not (tmp_path / "s.duckdb").exists()


def test_windowed_clustering_on_the_cluster_stitches_stories_across_borders(cluster, monkeypatch):
    # One event per window: every pair of the story crosses a window border, and a window
    # merged on its own could not join any two reports.
    monkeypatch.setattr(clusters_package, "WINDOWED_MIN_EVENTS", 0)
    monkeypatch.setattr(windows, "WINDOWS_PER_WORKER", 10**6)
    frame = border_frame()
    single_frame, single = cluster_events(frame)
    with distributed.Client(cluster.scheduler_address) as client:
        spreader = DaskMapper(client)
        (spread_frame, spread), ran = _tasks_run(
            cluster, lambda: cluster_events(frame, spreader=spreader)
        )
    assert ran["_window_pairs"] == _window_count(frame) == frame["date"].notna().sum()
    assert ran["_batch_clusters"] == 2
    assert spread_frame["cluster_id"].tolist() == single_frame["cluster_id"].tolist()
    pd.testing.assert_frame_equal(spread_frame, single_frame)
    assert [c.to_json() for c in spread] == [c.to_json() for c in single]
    assert max(len(c.event_ids) for c in single) > 2


def test_a_shared_value_travels_as_its_pickle_and_is_unpickled_once():
    value = {"events": [("a", 1), ("b", 2)], "scores": [0.5, 0.75]}
    shared = Pickled.of(value)
    arrived = pickle.loads(pickle.dumps(shared))  # as a worker receives it
    first = arrived.value()
    assert first == value and first is not value
    assert arrived.value() is first  # every task of the worker reads one copy
    # Sent on (a worker to another), it is still the bytes, not the value pickled again.
    assert pickle.dumps(arrived) == pickle.dumps(shared)
