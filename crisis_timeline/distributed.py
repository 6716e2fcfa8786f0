"""`build --scheduler ADDRESS`: the per-article work on a Dask cluster, events as Parquet.

    python -m crisis_timeline build ARTICLES --db store.duckdb --scheduler tcp://HOST:8786 \
        [--parquet events.parquet]

What runs where:
- the cluster's workers run pipeline.load_and_extract, the function local worker
  processes run, on chunks of CHUNK_SIZE files (a task per file would cost more in
  scheduling than in work). Every worker must see the input files at the same paths (a
  shared disk) and have this package installed;
- this process lists the files, keeps the results in input order (so the store is the
  same as a local build's, row for row) and settles the publication dates that need the
  whole collection;
- clustering runs once at the end, on all events. From WINDOWED_MIN_EVENTS events
  (clusters/tuning.py) its search and merging run on the cluster's workers
  (clusters/windows.py, with the same clusters as one process): this process normalises
  the events and builds the Scorer, pickles them once and sends the pickle to every
  worker (`Pickled`: 100 MB for the 185,000 events of 20,000 generated articles, each
  worker unpickles it once), maps the date windows' searches there, pools their pairs
  into connected components, sends those once more and maps the merge batches there, one
  per worker. Below the threshold it clusters here. Every worker holds the whole
  normalised input (the search reads whole blocks): a worker's memory, not the cluster's
  size, bounds the events one build can cluster;
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
import pickle
import shutil
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crisis_timeline.clusters.windows import no_cyclic_gc
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


class DaskMapper:
    """The client's cluster as pipeline.run_pipeline's mapper and as the clustering's
    Spreader (clusters/windows.py), so a build given it runs both there.

    Called as map(function, items): results in input order, with a bounded number of
    chunks in flight (a million files are not a million futures)."""

    def __init__(self, client: Any, chunk_size: int = CHUNK_SIZE) -> None:
        self.client = client
        self.chunk_size = chunk_size

    def __call__(self, function: Callable, items: Iterable) -> Iterator:
        window = self.workers * IN_FLIGHT_PER_WORKER
        pending: deque = deque()
        for chunk in _chunks(items, self.chunk_size):
            pending.append(self.client.submit(_run_chunk, function, chunk, pure=False))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    @property
    def workers(self) -> int:
        """The cluster's worker processes now (at least 1)."""
        return max(1, len(self.client.scheduler_info().get("workers", {})))

    @contextmanager
    def sharing(self, value: Any) -> Iterator[Any]:
        """`value` sent once to every worker, pickled here (a future the tasks read),
        released after."""
        future = self.client.scatter(Pickled.of(value), broadcast=True, hash=False)
        try:
            yield future
        finally:
            self.client.cancel([future])

    def spread(self, function: Callable, tasks: Sequence[Any], *shared: Any) -> list:
        """function(task, *shared values) for every task, on the workers; in task order."""
        columns = [[handle] * len(tasks) for handle in shared]
        # Keys named after the function, not _call, as the dashboard and task stream show them.
        run = f"{getattr(function, '__name__', 'task')}-{uuid.uuid4().hex}"
        keys = [f"{run}-{index}" for index in range(len(tasks))]
        futures = self.client.map(_call, [function] * len(tasks), tasks, *columns, key=keys)
        return self.client.gather(futures)


class Pickled:
    """A value as its pickle, unpickled once per worker process by the first task that
    reads it (with the cyclic collector paused), then kept beside the pickle.

    Why not scatter the value itself: a broadcast scatter reaches one worker, which
    unpickles the value and pickles it again for the next worker, and so on; the
    windowed clustering's shared input is millions of small objects (100 MB pickled for
    185,000 events), so each hop cost seconds. Bytes travel as they are."""

    def __init__(self, blob: bytes) -> None:
        self.__setstate__(blob)

    @classmethod
    def of(cls, value: Any) -> Pickled:
        return cls(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))

    def value(self) -> Any:
        with self._lock:
            if self._value is _UNREAD:
                with no_cyclic_gc():
                    self._value = pickle.loads(self.blob)  # noqa: S301 (our own, of())
            return self._value

    def __getstate__(self) -> bytes:
        return self.blob

    def __setstate__(self, blob: bytes) -> None:
        self.blob = blob
        self._value: Any = _UNREAD
        self._lock = threading.Lock()  # a worker with several threads unpickles once

    def __sizeof__(self) -> int:  # what Dask counts in a worker's memory: the pickle at least
        return object.__sizeof__(self) + len(self.blob)


_UNREAD = object()


def _call(function: Callable, task: Any, *shared: Pickled) -> Any:
    """On a worker: function(task, *the shared values)."""
    return function(task, *(pickled.value() for pickled in shared))


def dask_mapper(client: Any, chunk_size: int = CHUNK_SIZE) -> DaskMapper:
    """map(function, items) on the client's cluster (DaskMapper), which clusters there too."""
    return DaskMapper(client, chunk_size)


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
