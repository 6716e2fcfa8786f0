"""Clustering on several processes, with exactly the clusters of one process.

`cluster_events(events, workers=N)` (local processes) or `cluster_events(events,
spreader=S)` (e.g. a Dask cluster: distributed.DaskMapper) on an input of
WINDOWED_MIN_EVENTS events or more comes here after normalising, passages and the
Scorer, which stay in the calling process.

Why the result is the same. Merging (merging.py) takes the candidate pairs best score
first, and a union's checks read only the two groups it would join (their date spans,
their reports, scores between their members) and the Scorer, whose statistics (document
frequencies, rare words, distinctive concepts) are computed once over the whole input
before any worker starts. So the groups of one connected component of the graph
(passage links + candidate pairs) come out the same whatever happens in the other
components, as long as its own links come first and its pairs follow in the global
order. Hence three steps:

1. search: each block's events, sorted by date, are cut into date windows, swept on the
   workers (candidates.Sweep). An event looks along postings that hold the whole block
   (every worker reads it all), so a window reaches into its neighbours as far as its
   events reach, and the windows together find exactly the pairs one sweep over
   everything finds, with the same scores (the Scorer is shared);
2. stitching, in the calling process: the windows' pairs pooled by score, and the
   connected components of links + pairs; components are shared out by size into one
   batch per worker (a story crossing a window border is one component, so one batch);
3. merging: each worker runs the union-find over its batch's links, then its batch's
   pairs in the global order (score, then positions: Pairs.ordered()), and builds the
   Cluster records of its groups.

Undated events have neither pairs nor links: singleton components like any other.

Who runs what is a `Spreader`, apart from what is computed: it shares a read-only value
with every worker once (`sharing`: the events, passages, Scorer and blocking before
step 1; the pooled pairs and the batches before step 3) and runs a function on each task
with those values (`spread`). `LocalProcesses`, the default, forks: the workers inherit
the shared values, nothing is sent. Its worker count counts this process: it takes tasks
as the workers - 1 forked processes do, each the next one no process has taken yet.
Without fork all runs here. distributed.DaskMapper pickles each value once, sends the
pickle to every Dask worker (100 MB for 185,000 events), where it is unpickled once, and
maps the tasks there. Results do not depend on who took what (pairs are pooled and
sorted, groups built apart).
"""

from __future__ import annotations

import gc
import heapq
import itertools
import multiprocessing
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from math import ceil
from typing import Any, Generic, Protocol, TypeVar, runtime_checkable

import numpy as np

from crisis_timeline.clusters.candidates import Blocking, Pairs, Sweep
from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.clusters.merging import Groups
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.clusters.tuning import WINDOWS_PER_WORKER

Built = TypeVar("Built")  # a Cluster (the package's __init__ builds them)
Window = tuple[int, int, int]  # (block, first position, last position + 1)
Result = TypeVar("Result")


@runtime_checkable
class Spreader(Protocol):
    """Who runs the windowed steps: `workers` to plan for, values shared once with every
    worker, and function(task, *shared values) for every task, results in any order."""

    @property
    def workers(self) -> int: ...

    def sharing(self, value: Any) -> AbstractContextManager[Any]:
        """A handle on `value` for spread() while the block runs; let go of after."""
        ...

    def spread(
        self, function: Callable[..., Result], tasks: Sequence[Any], *shared: Any
    ) -> list[Result]:
        """function(task, *the values behind `shared`) for every task."""
        ...


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored as it was.

    Clustering a dense corpus allocates hundreds of thousands of small tuples, lists and
    records that form no reference cycles; the collector's passes over them cost about a
    tenth of the run and free nothing. Reference counting still frees everything. Forked
    workers inherit the pause; a Dask worker's tasks pause it themselves.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass
class _Shared(Generic[Built]):
    """What every worker reads in the search and the merging (read-only)."""

    events: list[EventFeatures]
    passages: list[tuple[int, int]]
    scorer: Scorer
    build: Callable[[list[EventFeatures]], Built]
    blocking: Blocking


@dataclass
class _Plan:
    """What the merging reads besides _Shared: the pooled pairs and the batches."""

    by_score: dict[float, np.ndarray]  # score -> pair codes (i * size + j)
    batch_of: np.ndarray  # event -> the batch of its component


def windowed_clusters(
    events: list[EventFeatures],
    passages: list[tuple[int, int]],
    scorer: Scorer,
    spreader: Spreader,
    build: Callable[[list[EventFeatures]], Built],
) -> list[tuple[list[int], Built]]:
    """(members, build(member events)) of each group, as cluster_events' one process finds
    them, found by the spreader's workers."""
    workers = max(1, spreader.workers)
    shared = _Shared(events, passages, scorer, build, Blocking(events, scorer))
    with spreader.sharing(shared) as read:
        found = spreader.spread(_window_pairs, windows(shared.blocking, workers), read)
        plan = merge_plan(stitched(found), len(events), passages, workers)
        with spreader.sharing(plan) as planned:
            built = spreader.spread(_batch_clusters, list(range(workers)), read, planned)
    return [group for batch in built for group in batch]


def windows(blocking: Blocking, workers: int) -> list[Window]:
    """Each block's date order cut into runs of about the same number of events:
    WINDOWS_PER_WORKER per worker over all blocks, so a busy month does not hold up
    the others. A cut may fall inside a day: each event's search reads the whole block."""
    dated = sum(len(block.rows) for block in blocking.blocks)
    length = max(1, ceil(dated / (workers * WINDOWS_PER_WORKER)))
    return [
        (index, first, min(first + length, len(block.rows)))
        for index, block in enumerate(blocking.blocks)
        for first in range(0, len(block.rows), length)
    ]


def _window_pairs(window: Window, shared: _Shared[Any]) -> dict[float, np.ndarray]:
    """In a worker: the pairs found from one window, as {score: pair codes}."""
    blocking = shared.blocking
    index, first, last = window
    pairs = Pairs(len(blocking.events))
    with no_cyclic_gc():
        Sweep(blocking, pairs).run(blocking.blocks[index], first, last)
    return {score: np.array(codes, dtype=np.int64) for score, codes in pairs.by_score.items()}


def stitched(found: Iterable[dict[float, np.ndarray]]) -> dict[float, np.ndarray]:
    """The windows' pair codes by score, every repeat kept (as one sweep keeps them)."""
    by_score: dict[float, list[np.ndarray]] = defaultdict(list)
    for window in found:
        for score, codes in window.items():
            by_score[score].append(codes)
    return {score: np.concatenate(runs) for score, runs in by_score.items()}


def merge_plan(
    by_score: dict[float, np.ndarray], size: int, passages: list[tuple[int, int]], workers: int
) -> _Plan:
    """The pooled pairs and a batch per event: the connected components of the passage
    links and the pairs, shared out into `workers` batches."""
    codes = np.concatenate([np.zeros(0, dtype=np.int64), *by_score.values()])
    links = np.array(passages, dtype=np.int64).reshape(-1, 2)
    left = np.concatenate([links[:, 0], codes // size])
    right = np.concatenate([links[:, 1], codes % size])
    return _Plan(by_score, batches(components(size, left, right), workers))


def ordered_pairs(
    by_score: dict[float, np.ndarray], size: int, wanted: np.ndarray
) -> Iterator[tuple[int, int]]:
    """The pairs whose first event is `wanted`, in Pairs.ordered()'s order: best score
    first, then by code (i * size + j: by position pair)."""
    for score in sorted(by_score, reverse=True):
        codes = by_score[score]
        codes = np.sort(codes[wanted[codes // size]])
        yield from zip((codes // size).tolist(), (codes % size).tolist(), strict=True)


def components(size: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """A label per event, one per connected component of the edges (left[k], right[k]).

    A label is an event of the component, never above the event's own position. Each
    round lowers the label of both ends of every edge to the lower end, follows labels to
    their labels until they stand, then keeps only the edges between different labels,
    as edges between those labels; it ends when no edge is left.
    """
    labels = np.arange(size, dtype=np.int64)
    while len(left):
        lowest = np.minimum(left, right)
        np.minimum.at(labels, left, lowest)
        np.minimum.at(labels, right, lowest)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        left, right = labels[left], labels[right]
        apart = left != right
        left, right = left[apart], right[apart]
    return labels


def batches(labels: np.ndarray, workers: int) -> np.ndarray:
    """A batch per event, whole components to one batch: the largest component first to
    the batch holding the fewest events so far."""
    _roots, component_of, sizes = np.unique(labels, return_inverse=True, return_counts=True)
    batch_of_component = np.empty(len(sizes), dtype=np.int64)
    loads = [(0, batch) for batch in range(workers)]
    for component in np.argsort(-sizes, kind="stable").tolist():
        load, batch = heapq.heappop(loads)
        batch_of_component[component] = batch
        heapq.heappush(loads, (load + int(sizes[component]), batch))
    return batch_of_component[component_of.reshape(-1)]


def _batch_clusters(batch: int, shared: _Shared[Any], plan: _Plan) -> list[tuple[list[int], Any]]:
    """In a worker: union-find over one batch's links and pairs, in the global order, and
    the built groups of that batch."""
    with no_cyclic_gc():
        return _merged(batch, shared, plan)


def _merged(batch: int, shared: _Shared[Any], plan: _Plan) -> list[tuple[list[int], Any]]:
    """_batch_clusters' work."""
    events, size = shared.events, len(shared.events)
    mine = plan.batch_of == batch
    in_batch = mine.tolist()
    rows = np.flatnonzero(mine).tolist()
    groups = Groups(events, shared.scorer, rows=rows, twin=shared.blocking.twin)
    for i, j in shared.passages:
        if in_batch[i]:  # a link is an edge of the components: j is in the batch too
            groups.join(i, j)
    root = groups.root
    for i, j in ordered_pairs(plan.by_score, size, mine):
        if root[i] != root[j]:
            groups.try_union(i, j)
    build = shared.build
    return [
        (members, build([events[m] for m in sorted(members)]))
        for members in groups.members.values()
    ]


# ------------------------------------------------------------------ local processes

_SHARED: dict[int, Any] = {}  # handle -> a value shared while its block runs (forks inherit it)
_HANDLES = itertools.count()
_NEXT: Any = None  # the index of the next task _drain takes (a shared multiprocessing.Value)


@dataclass(frozen=True)
class LocalProcesses:
    """The Spreader without a cluster: this process and workers - 1 forked ones, which
    inherit the shared values (never sent) and send back only their results. Without
    fork, or in a daemon (a pool's worker may not fork), all runs here."""

    workers: int

    @contextmanager
    def sharing(self, value: Any) -> Iterator[int]:
        """`value` where forked workers find it, under the handle given."""
        handle = next(_HANDLES)
        _SHARED[handle] = value
        try:
            yield handle
        finally:
            del _SHARED[handle]

    def spread(
        self, function: Callable[..., Result], tasks: Sequence[Any], *shared: int
    ) -> list[Result]:
        """function(task, *shared values) for every task, each process taking the next
        task not yet taken; the results in no particular order."""
        if (
            self.workers <= 1
            or "fork" not in multiprocessing.get_all_start_methods()
            or multiprocessing.current_process().daemon
        ):
            values = [_SHARED[handle] for handle in shared]
            return [function(task, *values) for task in tasks]
        global _NEXT
        context = multiprocessing.get_context("fork")
        _NEXT = context.Value("q", 0)  # before the fork: every process shares the counter
        pool = context.Pool(self.workers - 1)
        try:
            job = (function, tasks, shared)
            pending = pool.map_async(_drain, [job] * (self.workers - 1), chunksize=1)
            here = _drain(job)
            return here + [result for theirs in pending.get() for result in theirs]
        finally:
            pool.terminate()
            pool.join()
            _NEXT = None


def _drain(job: tuple[Callable[..., Result], Sequence[Any], tuple[int, ...]]) -> list[Result]:
    """function(task, *shared values) for tasks not taken yet by another process, until
    none is left."""
    function, tasks, shared = job
    values = [_SHARED[handle] for handle in shared]
    results = []
    while True:
        with _NEXT.get_lock():
            index = _NEXT.value
            _NEXT.value = index + 1
        if index >= len(tasks):
            return results
        results.append(function(tasks[index], *values))
