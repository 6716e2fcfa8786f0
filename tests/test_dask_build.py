"""`build --scheduler` on a real local Dask cluster (a scheduler and two worker processes)
gives exactly the store a local build gives: events row for row, articles, clusters,
problems; and its Parquet dataset, partitioned by month, is queryable by DuckDB in place."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from benchmarks.generate_corpus import write_corpus
from crisis_timeline import settings, store
from crisis_timeline.cli import main
from crisis_timeline.distributed import dataset_glob

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


def test_scheduler_build_equals_local_build(corpus, cluster, tmp_path, capsys):
    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    parquet = tmp_path / "events.parquet"
    inputs = [str(p) for p in corpus]
    assert main(["build", *inputs, "--db", str(local_db)]) == 0
    code = main(
        [
            "build",
            *inputs,
            "--db",
            str(dask_db),
            "--scheduler",
            cluster.scheduler_address,
            "--parquet",
            str(parquet),
        ]
    )
    assert code == 0
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
