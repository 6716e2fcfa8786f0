"""`build --scheduler ADDRESS`: the per-article work on a Dask cluster, events as Parquet.

    python -m crisis_timeline build ARTICLES --db store.duckdb --scheduler tcp://HOST:8786 \
        [--parquet events.parquet]

What runs where:
- the cluster's workers run pipeline.load_and_extract, the function local worker
  processes run, on chunks of CHUNK_SIZE files (a task per file would cost more in
  scheduling than in work). Every worker must see the input files at the same paths (a
  shared disk) and have this package installed;
- this process lists the files, keeps the results in input order (so the store is the
  same as a local build's, row for row), settles the publication dates that need the
  whole collection, and clusters all events once at the end, here. Its merges go best
  score first across the whole input; clusters/windows.py splits the work by date window
  and by connected component with the same clusters, but its processes read the whole
  input in shared memory (forked), so it runs on local processes, not on the Dask
  cluster (a known gap: on millions of events it is the part that does not scale out);
- the clustered events are written as a Parquet dataset partitioned by month of the
  event's date (`month=2021-11/`, `month=undated/`; Hive layout), and the store's events
  table is loaded from it. DuckDB queries the dataset in place, without the store:

      SELECT month, count(*) FROM read_parquet('events.parquet/**/*.parquet',
                                               hive_partitioning = true) GROUP BY month

Needs dask.distributed (requirements.txt); without it, --scheduler fails with a message.
It never imports streamlit.
"""

from __future__ import annotations

import logging
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.schema import EVENT_COLUMNS

log = logging.getLogger(__name__)

CHUNK_SIZE = 16  # files per Dask task
IN_FLIGHT_PER_WORKER = 4  # chunks submitted ahead per worker: workers never wait, memory stays flat
CONNECT_TIMEOUT_SECONDS = 20
ROW_COLUMN = "row"  # position in the event table: the store keeps the local build's order
MONTH_COLUMN = "month"
UNDATED = "undated"


def _run_chunk(function: Callable[[Any], Any], items: list) -> list:
    """function over a chunk of items, on a worker."""
    return [function(item) for item in items]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def dask_mapper(client: Any, chunk_size: int = CHUNK_SIZE) -> Callable:
    """map(function, items) on the client's cluster, results in input order, with a
    bounded number of chunks in flight (a million files are not a million futures)."""

    def mapped(function: Callable, items: Iterable) -> Iterator:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = workers * IN_FLIGHT_PER_WORKER
        pending: deque = deque()
        for chunk in _chunks(items, chunk_size):
            pending.append(client.submit(_run_chunk, function, chunk, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    return mapped


@contextmanager
def connect(address: str) -> Iterator[Any]:
    """A dask.distributed Client on the scheduler at `address`; CrisisTimelineError when
    dask is not installed or the scheduler cannot be reached."""
    try:
        from distributed import Client
    except ImportError as error:
        raise CrisisTimelineError(
            "--scheduler needs dask.distributed (pip install -r requirements.txt); "
            "use --workers N for local processes"
        ) from error
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
    except (OSError, TimeoutError) as error:
        raise CrisisTimelineError(
            f"could not reach the Dask scheduler at {address} ({error}); check the address "
            "(e.g. tcp://127.0.0.1:8786) and that `dask scheduler` runs there."
        ) from error
    try:
        yield client
    finally:
        client.close()


# ------------------------------------------------------------------ Parquet partitions


def _month(value: object) -> str:
    return value[:7] if isinstance(value, str) and len(value) >= 7 else UNDATED


def write_partitions(stored: pd.DataFrame, folder: Path) -> Path:
    """Write the event table in its stored form (store._events_for_storage) as a Parquet
    dataset partitioned by month, replacing `folder`; with the row order as a column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise CrisisTimelineError(f"--parquet {folder} is a file; give a folder.")
    if folder.is_dir():
        if any(p.suffix not in {".parquet", ""} for p in folder.rglob("*") if p.is_file()):
            raise CrisisTimelineError(
                f"--parquet {folder} holds other files than Parquet; choose an empty folder."
            )
        shutil.rmtree(folder)
    columns = [column for column in EVENT_COLUMNS if column in stored.columns]
    frame = stored[columns].copy()
    frame[ROW_COLUMN] = range(len(frame))
    frame[MONTH_COLUMN] = [_month(v) for v in frame["date"]]
    # Every text column as text, even when all missing (else Parquet writes a null type).
    schema = pa.schema([(name, _arrow_type(name)) for name in [*columns, ROW_COLUMN, MONTH_COLUMN]])
    table = pa.Table.from_pandas(frame, schema=schema, preserve_index=False)
    pq.write_to_dataset(table, folder, partition_cols=[MONTH_COLUMN])
    return folder


def _arrow_type(name: str):
    import pyarrow as pa

    types = {"start": pa.int64(), "end": pa.int64(), "confidence": pa.float64()}
    types |= {"background": pa.bool_(), ROW_COLUMN: pa.int64()}
    return types.get(name, pa.string())


def dataset_glob(folder: Path) -> str:
    """The read_parquet pattern of a dataset written by write_partitions."""
    return str(Path(folder) / "**" / "*.parquet")


def insert_events(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Fill the store's events table from the Parquet dataset, in the table's row order."""
    con.execute(
        f"INSERT INTO events BY NAME SELECT * EXCLUDE ({ROW_COLUMN}, {MONTH_COLUMN}) "
        f"FROM read_parquet(?, hive_partitioning = true) ORDER BY {ROW_COLUMN}",
        [dataset_glob(folder)],
    )


def build_on_cluster(
    paths: Sequence[Path | str],
    sources: Path | str | None,
    db: Path | None,
    address: str,
    *,
    parquet: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    force: bool = False,
):
    """store.build_store with the per-article work on the Dask cluster at `address` and
    the events written as Parquet partitions (default: NAME.parquet beside the store)."""
    from crisis_timeline import settings
    from crisis_timeline.store import build_store

    store_path = Path(db or settings.db_path())
    folder = Path(parquet) if parquet else store_path.with_name(f"{store_path.name}.parquet")
    with connect(address) as client:
        return build_store(
            paths,
            sources,
            store_path,
            force=force,
            progress=progress,
            mapper=dask_mapper(client),
            parquet=folder,
        )
