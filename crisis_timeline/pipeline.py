"""The whole extraction, from article files to a clustered event table.

    files + sources.csv --articles--> Article --publication--> dated Article
        --events--> Event rows --clusters--> cluster_id + discrepancies

Articles stream: each input file is one job (`ArticleJob`), and `load_and_extract` loads,
cleans and extracts one article in one call, so `run_pipeline` sends file names to its
worker processes (or a Dask cluster, distributed.py) and gets back the article, its
offset map as runs (OffsetRuns, not one int per character), compressed by the worker, and
its events as rows of the event table: no process holds a copy of the corpus it does not
need. The publication step needs the whole collection only for articles with no stated
date (their year comes from the median of the others'), so those few wait for the rest
and are extracted last; the result is the same as loading everything first. Clustering
runs once, at the end, on all events. Meanwhile the main process keeps each article as it
came, compressed (a zlib'd pickle, about a sixth of its size), unpacked only when the
store needs it: on 50,000 articles the texts held at once were gigabytes, and every page
held when clustering forks its workers counts again in each of them. Its events are kept
as event-table rows (tuples of the table's values, which the table holds anyway, smaller
than the Event records they replace).

`process_article` is a pure function of one dated article. An unexpected exception in one
article (a bug, not bad input) is logged with the file's name and that article is skipped
with a problem, so one odd file cannot stop a build of thousands; with
$CRISIS_TIMELINE_DEBUG=1 it is raised instead (tests see real bugs).
It does not store anything (store.py does) and never imports streamlit.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import logging
import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from crisis_timeline import articles as article_files
from crisis_timeline import settings
from crisis_timeline.articles import Article, LoadProblem, SourceMeta
from crisis_timeline.attribution import sources_cited_in
from crisis_timeline.clusters import Cluster, Spreader, cluster_events
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.event_frames import event_rows, events_frame, events_frame_of_rows
from crisis_timeline.events import extract_article_events
from crisis_timeline.offsets import OffsetRuns
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.schema import Event

if TYPE_CHECKING:  # ingest (the store, web fetching) loads only for added articles
    from crisis_timeline.ingest import Submission

log = logging.getLogger(__name__)

# Called as progress(articles done, articles in all); see progress.py.
Progress = Callable[[int, int], None]
# Jobs a worker process takes at a time: large enough to amortise the round trip, small
# enough that the progress bar moves and the last worker does not finish alone.
CHUNK_SIZE = 8


@dataclass(frozen=True)
class Extraction:
    """Everything the views need: the event table, the articles, the clusters, the problems."""

    events: pd.DataFrame
    articles: list[Article]
    clusters: list[Cluster]
    problems: list[LoadProblem]


@dataclass(frozen=True)
class ArticleJob:
    """One input file and its metadata row; `before` holds the problems load_articles
    reports just before this file (a missing path, a bad sources.csv beside it). An article
    added by hand is a job too: its `submission` (ingest.Submission: name, bytes, what the
    user said) instead of a file, and `path` its name."""

    path: str
    meta: SourceMeta | None
    before: tuple[LoadProblem, ...] = ()
    submission: Submission | None = None
    # Also find the sources the article cites (a store's outlet profiles need them; the
    # worker reads the text anyway, the one process writing the store need not again)
    find_sources: bool = False


@dataclass(frozen=True)
class ArticleResult:
    """What `load_and_extract` gives for one job: the article (None when it could not be
    read), its events (None while its publication date waits for the collection's; a
    LoadProblem when extraction failed) and the problems of reading it."""

    article: Article | None
    events: list[Event] | LoadProblem | None
    problems: tuple[LoadProblem, ...]


def process_article(article: Article) -> list[Event]:
    """Events of one article whose publication date is resolved (pure; safe in a worker)."""
    return extract_article_events(article, load_gazetteer())


def _process_or_problem(article: Article) -> list[Event] | LoadProblem:
    """process_article, or the problem that an unexpected exception in it makes."""
    try:
        return process_article(article)
    except Exception as error:  # one article's bug must not stop a build of thousands
        if settings.debug():
            raise
        log.warning(
            "%s: events could not be extracted (%s: %s); the article is skipped",
            article.file_name,
            type(error).__name__,
            error,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        return LoadProblem(
            article.file_name,
            f"{article.file_name}: unexpected error while extracting its events "
            f"({type(error).__name__}: {error}); the article was skipped. This is a bug: "
            "please report it with the file.",
        )


def compact(article: Article, find_sources: bool = False) -> Article:
    """The article as a worker sends it back: its offset map as runs (the same values, a
    few ints instead of one per character: the map was most of a 10,000-article build's
    memory), and, when asked, the sources it cites, found here rather than in the one
    process that writes the outlet profiles (they were a sixth of a 10,000-article build)."""
    changes: dict[str, object] = {}
    if not isinstance(article.offset_map, OffsetRuns):
        changes["offset_map"] = OffsetRuns.from_offsets(article.offset_map)
    if find_sources and article.cited_sources is None:
        changes["cited_sources"] = sources_cited_in(article)
    return dataclasses.replace(article, **changes) if changes else article


def load_and_extract(job: ArticleJob) -> ArticleResult:
    """Load one file and, when it states its publication date, extract its events: the
    per-article function every worker (local process or Dask) runs."""
    problems: list[LoadProblem] = []
    article = article_files._load_file(Path(job.path), job.meta, problems)
    if article is None:
        return ArticleResult(None, None, tuple(problems))
    events = _process_or_problem(article) if article.published is not None else None
    return ArticleResult(compact(article, job.find_sources), events, tuple(problems))


def article_jobs(
    paths: Sequence[Path | str], sources: Path | str | None = None
) -> list[ArticleJob]:
    """One job per input file, as load_articles lists them (folders: their article files,
    sorted; a file given twice once), each with the problems reported before it."""
    explicit = article_files.read_sources(Path(sources)) if sources is not None else None
    files, pending = article_files.article_paths(paths)
    beside: dict[Path, dict[str, SourceMeta]] = {}
    seen: set[Path] = set()
    jobs = []
    for path in files:
        resolved = path.resolve()
        if resolved in seen:
            continue
        seen.add(resolved)
        metadata = explicit
        if metadata is None:
            if path.parent not in beside:
                beside[path.parent] = article_files._sources_beside(path.parent, pending)
            metadata = beside[path.parent]
        jobs.append(ArticleJob(str(path), metadata.get(path.name), tuple(pending)))
        pending = []
    if pending:  # nothing to read after them: they still belong to the run
        jobs.append(ArticleJob("", None, tuple(pending)))
    return jobs


Mapper = Callable[[Callable, Iterable], Iterator]


def local_mapper(workers: int) -> tuple[Mapper, Callable[[], None]]:
    """map(function, items) in order on `workers` local processes (this one when 1), and
    what closes them."""
    if workers <= 1:
        return map, lambda: None
    import multiprocessing

    pool = multiprocessing.get_context("fork").Pool(workers)

    def mapped(function: Callable, items: Iterable) -> Iterator:
        return pool.imap(function, items, chunksize=CHUNK_SIZE)

    def close() -> None:
        pool.terminate()
        pool.join()

    return mapped, close


def _run_job(job: ArticleJob) -> ArticleResult:
    if job.submission is not None:
        return _read_and_extract(job.submission, job.find_sources)
    if not job.path:
        return ArticleResult(None, None, ())
    return load_and_extract(job)


def _read_and_extract(submission: Submission, find_sources: bool = False) -> ArticleResult:
    """load_and_extract for an article added by hand, read again from its bytes (so a
    rebuild with a new extractor sees it as it sees the files)."""
    from crisis_timeline.ingest import read_article

    try:
        article = read_article(submission)
    except CrisisTimelineError as error:
        return ArticleResult(None, None, (LoadProblem(submission.name, str(error)),))
    events = _process_or_problem(article) if article.published is not None else None
    return ArticleResult(compact(article, find_sources), events, ())


def extract_jobs(
    jobs: Sequence[ArticleJob], mapper: Mapper = map, progress: Progress | None = None
) -> tuple[pd.DataFrame, list[Article], list[LoadProblem]]:
    """The unclustered event table, the dated articles (sorted by id) and the problems of
    `jobs`, streamed through `mapper` (local processes or a Dask cluster)."""
    events, packed, problems = extract_packed(jobs, mapper, progress)
    return events, unpack_articles(packed), problems


@dataclass
class _Received:
    """One article as extract_packed keeps it while the others arrive: compressed, with
    its publication date and its events as event-table rows (None while its publication
    date waits; a LoadProblem when they failed)."""

    article_id: str
    file_name: str
    published: date | None
    article: bytes
    events: list[tuple] | LoadProblem | None

    @classmethod
    def of(cls, article: Article, events: list[Event] | LoadProblem | None) -> _Received:
        # Rows, not Event records: the table's own values, which it will hold anyway (and
        # a tuple is smaller than the record); pickling and compressing them cost more
        # than a tenth of a run and saved nothing, since the table needs them all at once.
        if events is not None and not isinstance(events, LoadProblem):
            events = event_rows(events)
        return cls(article.id, article.file_name, article.published, _packed(article), events)


@dataclass(frozen=True)
class _PackedResult:
    """_run_job's result as a worker sends it: the article already compressed and its
    events as rows, so the one process gathering them neither unpickles a whole article
    nor compresses it again (on 10,000 articles that took a sixth of a core from the two
    workers)."""

    received: _Received | None
    problems: tuple[LoadProblem, ...]


def _run_packed_job(job: ArticleJob) -> _PackedResult:
    result = _run_job(job)
    article = result.article
    received = _Received.of(article, result.events) if article is not None else None
    return _PackedResult(received, result.problems)


def extract_packed(
    jobs: Sequence[ArticleJob], mapper: Mapper = map, progress: Progress | None = None
) -> tuple[pd.DataFrame, list[bytes], list[LoadProblem]]:
    """extract_jobs with the articles compressed (unpack_articles reads them). Each article
    is compressed as it arrives, so this process never holds every article's text (a
    50,000-article build held gigabytes), and its events become rows of the event table."""
    total = sum(1 for job in jobs if job.path)
    problems: list[LoadProblem] = []
    received: dict[str, _Received] = {}
    for done, (job, result) in enumerate(zip(jobs, mapper(_run_packed_job, jobs), strict=True)):
        problems.extend(job.before)
        problems.extend(result.problems)
        arrived = result.received
        if arrived is not None and arrived.article_id in received and job.submission is not None:
            # an added article whose file has since come among the inputs (the file's wins),
            # or a second added article with an earlier one's id: kept once, as before
            pass
        elif arrived is not None and arrived.article_id in received:
            other = received[arrived.article_id].file_name
            problems.append(
                LoadProblem(
                    job.path,
                    f"{Path(job.path).name}: another article already has the id "
                    f"{arrived.article_id} ({other}); rename one of them.",
                )
            )
        elif arrived is not None:
            received[arrived.article_id] = arrived
        if progress is not None and job.path:
            progress(min(done + 1, total), total)
    ids = sorted(received)
    _extract_waiting(received, ids, mapper)
    kept = [key for key in ids if not isinstance(received[key].events, LoadProblem)]
    skipped = [e for key in ids if isinstance(e := received[key].events, LoadProblem)]
    packed = [received[key].article for key in kept]
    return events_frame_of_rows(_rows_of(received, kept)), packed, [*problems, *skipped]


def _extract_waiting(received: dict[str, _Received], ids: list[str], mapper: Mapper) -> None:
    """Date the articles that state no publication date (from the collection's dates, so
    once all have arrived) and extract their events, in `received`."""
    undated = [key for key in ids if received[key].events is None]
    if not undated:
        return  # all dated: resolve_publication_dates would give every article back as is
    # Only the undated articles' texts are needed; the others' dates set the year prior.
    collection = [received[key].published for key in ids]
    waiting = resolve_publication_dates(
        unpack_articles(received[key].article for key in undated), collection
    )
    for article, events in zip(waiting, mapper(_process_or_problem, waiting), strict=True):
        received[article.id] = _Received.of(article, events)


def _rows_of(received: dict[str, _Received], kept: list[str]) -> list[tuple]:
    """The event rows of the `kept` articles in order (each article's let go of once read)."""
    rows: list[tuple] = []
    for key in kept:
        events = received.pop(key).events
        assert isinstance(events, list)
        rows.extend(events)
    return rows


def extract_all(
    articles: Sequence[Article], workers: int = 1
) -> tuple[pd.DataFrame, list[Article], list[LoadProblem]]:
    """The unclustered event table of dated articles on `workers` processes, the articles
    it holds, and the articles skipped after an unexpected error."""
    with fewer_collections():
        mapper, close = local_mapper(workers if len(articles) > 1 else 1)
        try:
            results = list(mapper(_process_or_problem, articles))
        finally:
            close()
    kept = [a for a, r in zip(articles, results, strict=True) if not isinstance(r, LoadProblem)]
    problems = [r for r in results if isinstance(r, LoadProblem)]
    batches = [r for r in results if not isinstance(r, LoadProblem)]
    return events_frame(event for batch in batches for event in batch), kept, problems


def events_for_articles(articles: Sequence[Article], workers: int = 1) -> pd.DataFrame:
    """The unclustered event table of dated articles, on `workers` processes."""
    return extract_all(articles, workers)[0]


def extract_events(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,), sources: Path | str | None = None
) -> tuple[pd.DataFrame, list[Article], list[LoadProblem]]:
    """Event table (clustered), dated articles and load problems for files or folders."""
    extraction = run_pipeline(paths, sources)
    return extraction.events, extraction.articles, extraction.problems


# Extraction allocates millions of small objects that live until the event table is built;
# with the default young-generation threshold (700) the cyclic collector runs thousands of
# times over them for nothing (about a tenth of a 1,000-article run). Raised while the
# pipeline runs, restored after. At 10,000 it still collected for ~0.1 s of a 4 s
# 1,000-article run, at 100,000 for ~0.03 s (and the 10,000-article peak did not grow).
BULK_GC_THRESHOLD = 100_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Collect garbage less often while the block runs (the collector stays on)."""
    previous = gc.get_threshold()
    gc.set_threshold(max(previous[0], BULK_GC_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def run_pipeline(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | str | None = None,
    *,
    workers: int = 1,
    progress: Progress | None = None,
    mapper: Mapper | None = None,
    added: Sequence[Submission] = (),
    find_sources: bool = False,
) -> Extraction:
    """Load, date, extract and cluster: the whole pipeline in one call, articles streamed
    through `workers` local processes (or `mapper`, e.g. a Dask cluster's); a big input
    is clustered on the mapper's cluster when it is a clusters.Spreader (a Dask cluster's
    is: distributed.DaskMapper), else on `workers` local processes (clusters/windows.py,
    the same clusters either way). `added`: the articles added by hand (ingest.Submission),
    read after the files; a file with the same article id wins. `find_sources`: each
    article also carries the sources it cites (Article.cited_sources), for a store's
    outlet profiles."""
    jobs = article_jobs(paths, sources)
    jobs += [ArticleJob(s.name, None, submission=s) for s in added]
    if find_sources:
        jobs = [dataclasses.replace(job, find_sources=True) for job in jobs]
    close: Callable[[], None] = lambda: None  # noqa: E731
    spreader = mapper if isinstance(mapper, Spreader) else None
    with fewer_collections():
        if mapper is None:  # forked workers inherit the threshold
            mapper, close = local_mapper(workers if len(jobs) > 1 else 1)
        try:
            events, packed, problems = extract_packed(jobs, mapper, progress)
        finally:
            close()
        # Clustering reads events, never article texts: the articles wait compressed, so
        # neither this process nor the clustering's forked workers hold their texts.
        release_free_memory()
        events, clusters = cluster_events(events, workers=workers, spreader=spreader)
        articles = unpack_articles(packed)
    return Extraction(events=events, articles=articles, clusters=clusters, problems=problems)


# Fast zlib: an article's two texts (original and cleaned) are nearly the same, so even
# level 1 keeps about a sixth of its memory; 50,000 articles take a few seconds each way.
_PACK_LEVEL = 1


def _packed(value: object) -> bytes:
    return zlib.compress(pickle.dumps(value, pickle.HIGHEST_PROTOCOL), _PACK_LEVEL)


def unpack_articles(packed: Iterable[bytes]) -> list[Article]:
    """The articles extract_packed compressed, equal to those the workers sent."""
    return [pickle.loads(zlib.decompress(blob)) for blob in packed]  # noqa: S301 (our own)


def release_free_memory() -> None:
    """Give memory freed by large objects (article texts) back to the system: glibc keeps
    it for its own later use, which small objects, allocated elsewhere, never make; and a
    forked worker counts every page this process still holds. A no-op elsewhere."""
    try:
        trim = ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
