"""The event store: one embedded DuckDB file holding articles, events and clusters.

Every write goes through one path (`build_store` -> `write_store`), which holds these rules:
- all-or-nothing: a build writes `.NAME.PID.tmp` beside the store and renames it into
  place, so a failed, interrupted or killed build leaves the previous store untouched; a
  later build removes the temporary files of processes that no longer run;
- one writer at a time: a build holds `.NAME.lock` (filelock); a second build into the same
  store waits for it (up to settings.STORE_LOCK_TIMEOUT_SECONDS) and then finds the store
  up to date, or fails with a message;
- it only ever replaces a store of its own: a folder, a file that is not DuckDB, or a DuckDB
  file without our `meta` table is refused (an empty, 0-byte file holds nothing to lose and
  is written over);
- it never replaces a store with nothing: a build in which no article could be read (a
  mistyped folder, only empty files) is refused and the store is left as it was.
A build is skipped when the inputs' fingerprint (file contents, sources.csv, reference data,
code version) matches the stored one, so restarting the app re-uses the store. Reads refuse
a file that is not a store of ours with a CrisisTimelineError naming it.
It does not extract (pipeline.py does) and never imports streamlit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
from filelock import FileLock, Timeout

from crisis_timeline import __version__, forked, settings
from crisis_timeline.article_facts import FACT_KEYS, OPENING_KEY, ArticleFacts, fact_values
from crisis_timeline.articles import Article, Span
from crisis_timeline.clusters import Cluster
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.offsets import OffsetRuns, break_points
from crisis_timeline.outlets import OutletProfile, profiles_of_articles
from crisis_timeline.schema import STORED_COLUMNS
from crisis_timeline.stored_events import events_for_storage as _events_for_storage
from crisis_timeline.stored_events import events_from_arrow
from crisis_timeline.stored_events import events_from_storage as _events_from_storage

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class StoreInfo:
    path: Path
    fingerprint: str
    articles: int
    events: int
    clusters: int
    problems: tuple[str, ...]
    rebuilt: bool


def _input_files(paths: Sequence[Path | str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.is_file()))
        elif path.exists():
            files.append(path)
    return files


def fingerprint(paths: Sequence[Path | str], sources: Path | str | None = None) -> str:
    """Hash of everything a build depends on: inputs, reference data and code version."""
    digest = hashlib.sha256(__version__.encode())
    code_dir = Path(__file__).parent
    # rglob: the code lives in packages too (clusters/, charts/); a change there must rebuild.
    extras = [*sorted(code_dir.rglob("*.py")), *sorted(settings.DATA_DIR.glob("*.csv"))]
    if sources:
        extras.append(Path(sources))
    for path in [*_input_files(paths), *extras]:
        digest.update(str(path.name).encode())
        digest.update(_content_key(path))
    return digest.hexdigest()[:16]


def _content_key(path: Path) -> bytes:
    """What the fingerprint hashes for one file: its bytes, or for a file too large to be
    read as an article (it will be skipped) or one that cannot be read, its size and time:
    a 2 GB file in an input folder is never read whole."""
    try:
        status = path.stat()
        if status.st_size > max(settings.MAX_UPLOAD_BYTES, settings.MAX_SOURCES_BYTES):
            return f"size {status.st_size} mtime {status.st_mtime_ns}".encode()
        return path.read_bytes()
    except OSError as error:  # missing or unreadable: the build reports it
        return f"unreadable {error.strerror}".encode()


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_SPAN_FIELDS = ("furniture", "captions", "embeds")


def _article_record(article: Article) -> dict:
    """dataclasses.asdict(article) without its deep copies (a tenth of a 10,000-article
    store's writing went to copying texts and offset maps that are only read)."""
    record = {name: getattr(article, name) for name in _ARTICLE_FIELDS}
    for name in _SPAN_FIELDS:
        record[name] = [{"start": s.start, "end": s.end, "kind": s.kind} for s in record[name]]
    return record


def _article_row(article: Article) -> dict:
    record = _article_record(article)
    record["offset_map"] = break_points(article.offset_map)  # runs, not one int per char
    record["published"] = article.published.isoformat() if article.published else None
    return {
        "article_id": article.id,
        "record": json.dumps(record, ensure_ascii=False),
        # read_article_facts reads these: DuckDB parsing 50,000 whole records took 0.6 s
        _FACTS_COLUMN: fact_values(record),
    }


def _article_from_row(payload: str) -> Article:
    record = json.loads(payload)
    record["offset_map"] = OffsetRuns(record["offset_map"], len(record["cleaned_text"]) + 1)
    record["published"] = date.fromisoformat(record["published"]) if record["published"] else None
    record["furniture"] = tuple(Span(**span) for span in record["furniture"])
    record["captions"] = tuple(Span(**span) for span in record["captions"])
    record["embeds"] = tuple(Span(**span) for span in record.get("embeds", ()))
    return Article(**record)


def write_store(
    path: Path, key: str, extraction, profiles: Sequence[OutletProfile] = ()
) -> StoreInfo:
    """Write an extraction and its outlet profiles to `path` atomically (temp file + rename),
    under the store's lock and its rules (module docstring)."""
    path = Path(path)
    check_target(path)
    with store_lock(path):
        return _write_locked(path, key, extraction, profiles, carried_tables(path))


def _write_locked(
    path: Path,
    key: str,
    extraction,
    profiles: Sequence[OutletProfile] | forked.Pending[list[OutletProfile]],
    carried: Sequence[tuple[str, pd.DataFrame]] = (),
    parquet: Path | None = None,
) -> StoreInfo:
    check_target(path)  # again under the lock: another process may have written it
    if not extraction.articles and _stored_articles(path):
        raise CrisisTimelineError(
            f"nothing to store: no article could be read, and {path} already holds a store; "
            "it was left as it was."
        )
    remove_stale_temporaries(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}{_TEMPORARY_SUFFIX}")
    temporary.unlink(missing_ok=True)
    problems = [f"{p.path}: {p.message}" for p in extraction.problems]
    try:
        with duckdb.connect(str(temporary)) as con:
            _create_tables(con)
            tables = _tables(extraction, profiles, whole_events=parquet is not None)
            for name, frame in itertools.chain(tables, carried):
                if name == "events" and parquet is not None:
                    # build --scheduler: events as Parquet partitions, loaded from there
                    from crisis_timeline import distributed

                    distributed.insert_events(con, distributed.write_partitions(frame, parquet))
                else:
                    _insert_frame(con, name, frame)
            con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("fingerprint", key),
                    ("version", __version__),
                    ("problems", json.dumps(problems)),
                ],
            )
        os.replace(temporary, path)
    except OSError as error:
        raise CrisisTimelineError(
            f"could not write the store {path} ({error.strerror or error})."
        ) from error
    finally:
        temporary.unlink(missing_ok=True)
        Path(f"{temporary}.wal").unlink(missing_ok=True)
    return StoreInfo(
        path,
        key,
        len(extraction.articles),
        len(extraction.events),
        len(extraction.clusters),
        tuple(problems),
        True,
    )


# Rows per insert: a table's stored form (JSON lists, ISO dates) is built a batch at a time,
# so a 10,000-article build never holds a second copy of all its events or articles.
WRITE_BATCH_ROWS = 20_000
ARTICLE_BATCH_ROWS = 1_000


def _tables(
    extraction,
    profiles: Sequence[OutletProfile] | forked.Pending[list[OutletProfile]],
    *,
    whole_events: bool = False,
) -> Iterator[tuple[str, pd.DataFrame]]:
    """(table, rows) in insertion order, each batch built when the previous one is stored
    (`whole_events`: the event table in one piece, for the Parquet path; `profiles` may
    still be under way, forked.Pending, and are waited for last)."""
    events = extraction.events
    step = max(len(events), 1) if whole_events else WRITE_BATCH_ROWS
    for start in range(0, len(events), step):
        yield "events", _events_for_storage(events.iloc[start : start + step])
    articles = extraction.articles
    for start in range(0, len(articles), ARTICLE_BATCH_ROWS):
        batch = articles[start : start + ARTICLE_BATCH_ROWS]
        yield (
            "articles",
            pd.DataFrame(
                [_article_row(a) for a in batch], columns=["article_id", "record", _FACTS_COLUMN]
            ),
        )
    yield (
        "clusters",
        pd.DataFrame(
            [
                {"cluster_id": c.cluster_id, "record": json.dumps(c.to_json(), ensure_ascii=False)}
                for c in extraction.clusters
            ],
            columns=["cluster_id", "record"],
        ),
    )
    yield (
        "outlet_profiles",
        pd.DataFrame(
            [
                {"outlet": p.outlet, "record": json.dumps(p.to_json(), ensure_ascii=False)}
                for p in (profiles.result() if isinstance(profiles, forked.Pending) else profiles)
            ],
            columns=["outlet", "record"],
        ),
    )


# ------------------------------------------------------------------ the store's rules

_TEMPORARY_SUFFIX = ".tmp"
_OUR_TABLES = frozenset({"meta", "events", "articles", "clusters"})
# Bytes 8..11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def _not_ours(path: Path) -> str | None:
    """Why the existing file `path` is not a store of ours, None if it is one."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        return f"{path} cannot be read ({error.strerror})"
    if head[8:12] != _DUCKDB_MAGIC:
        return f"{path} is not a Crisis Timeline store (not a DuckDB file)"
    try:
        with _connect(path, read_only=True) as con:
            tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
            keys = (
                {key for (key,) in con.execute("SELECT key FROM meta").fetchall()}
                if "meta" in tables
                else set()
            )
    except duckdb.Error as error:
        return f"{path} is a DuckDB file that cannot be opened ({_first_line(error)})"
    if not _OUR_TABLES <= tables or "fingerprint" not in keys:
        return f"{path} is a DuckDB file but not a Crisis Timeline store"
    return None


def check_target(path: Path) -> None:
    """CrisisTimelineError unless a build may write the store at `path`: a new file in an
    existing or creatable folder, an empty file, or a store of ours."""
    if path.is_dir():
        raise CrisisTimelineError(
            f"{path} is a folder; --db takes a store file, e.g. {path / 'events.duckdb'}"
        )
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise CrisisTimelineError(f"cannot create {path}: {parent} is not a folder")
            break
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        return
    problem = _not_ours(path)
    if problem:
        raise CrisisTimelineError(
            f"{problem}; it was left as it was. Choose another --db file, or move it away."
        )


def _stored_articles(path: Path) -> int:
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with _reading(path) as con:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]


def lock_path(path: Path) -> Path:
    """The lock file of the store at `path`: `.NAME.lock` beside it."""
    return path.with_name(f".{path.name}.lock")


@contextmanager
def store_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the store's write lock; wait up to `timeout` seconds (default
    settings.STORE_LOCK_TIMEOUT_SECONDS) for another build, then CrisisTimelineError."""
    timeout = settings.STORE_LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(lock_path(path))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            log.warning(
                "another build is writing %s; waiting for it (%.0f s at most)", path, timeout
            )
            lock.acquire(timeout=timeout)
    except Timeout as error:
        raise CrisisTimelineError(
            f"another build is still writing {path} after {timeout:.0f} s "
            f"(lock {lock_path(path).name}); try again when it has finished."
        ) from error
    except OSError as error:
        raise CrisisTimelineError(
            f"cannot write in {path.parent} ({error.strerror or error})."
        ) from error
    try:
        yield
    finally:
        lock.release()


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it runs
        return True
    return True


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove `.NAME.PID.tmp` (and its `.wal`) left beside the store by a build that was
    killed (kill -9, power cut): only those whose process no longer runs. Returns them."""
    pattern = re.compile(rf"\.{re.escape(path.name)}\.(\d+)\.tmp(?:\.wal)?")
    removed = []
    if not path.parent.is_dir():
        return removed
    for candidate in path.parent.iterdir():
        match = pattern.fullmatch(candidate.name)
        if match and int(match.group(1)) != os.getpid() and not _pid_running(int(match.group(1))):
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    if removed:
        log.info("removed %d temporary files of killed builds beside %s", len(removed), path)
    return removed


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint the store at `path` was built from, None if there is no usable store."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with _reading(path) as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except CrisisTimelineError as error:
        log.warning("%s; it will be rebuilt", error)
        return None
    return row[0] if row else None


def build_store(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | str | None = None,
    path: Path | None = None,
    *,
    workers: int = 1,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    mapper: Callable | None = None,
    parquet: Path | None = None,
) -> StoreInfo:
    """Extract `paths` into the store unless it already holds exactly these inputs.

    `progress(done, total)` hears of each article read (progress.ProgressBar); `mapper`
    runs the per-article work elsewhere (distributed.py's Dask cluster) instead of on
    `workers` local processes; with `parquet`, the events go through a Parquet dataset
    partitioned by month in that folder (distributed.write_partitions).
    CrisisTimelineError when no article could be read (the store is left as it was), when
    `path` is not a store of ours, or when another build holds the store too long."""
    from crisis_timeline.pipeline import run_pipeline

    path = Path(path or settings.db_path())
    check_target(path)
    with store_lock(path):
        key = fingerprint(paths, sources)
        if not force and stored_fingerprint(path) == key:
            return dataclasses.replace(read_info(path), rebuilt=False)
        # Articles added by hand and corrections live only in the store: read again and
        # carried into the new one (ingest.py, corrections.py).
        carried = carried_tables(path)
        added = dict(carried).get("added_articles")
        submissions = []
        if added is not None and len(added):
            from crisis_timeline.ingest import added_submissions

            submissions = added_submissions(added)  # read again, on the workers too
        extraction = run_pipeline(
            paths,
            sources,
            workers=workers,
            progress=progress,
            mapper=mapper,
            added=submissions,
            find_sources=True,  # the outlet profiles below read them
        )
        if not extraction.articles:
            raise CrisisTimelineError(_nothing_read(paths, extraction.problems, path))
        # Once per build (the Outlets page would otherwise spend seconds on its first
        # visit), and with more than one worker in a forked child while this process writes
        # the other tables (a 10,000-article build spent 7 s on them before writing).
        profiles = forked.Pending(
            lambda: profiles_of_articles(
                extraction.events, extraction.clusters, extraction.articles
            ),
            fork=workers > 1 or mapper is not None,
        )
        try:
            return _write_locked(path, key, extraction, profiles, carried, parquet)
        finally:
            profiles.close()


def _nothing_read(paths: Sequence[Path | str], problems, path: Path) -> str:
    shown = "; ".join(p.message.rstrip(".") for p in problems[:3])
    more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
    inputs = ", ".join(str(p) for p in paths[:3])
    state = "left as it was" if path.exists() else "not created"
    return (
        f"no article could be read from {inputs}: {shown or 'no .txt, .md or .html file there'}"
        f"{more}. The store {path} was {state}."
    )


@contextmanager
def _reading(path: Path | None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the store at `path`; CrisisTimelineError naming the file
    when it is missing, a folder, or not a store of ours."""
    path = Path(path or settings.db_path())
    if path.is_dir():
        raise CrisisTimelineError(f"{path} is a folder, not a store file.")
    if not path.exists():
        raise CrisisTimelineError(
            f"no store at {path}: run `python -m crisis_timeline build --db {path}` first."
        )
    try:
        with _connect(path, read_only=True) as con:
            yield con
    except duckdb.Error as error:
        raise CrisisTimelineError(
            f"{path} is not a readable Crisis Timeline store ({_first_line(error)})."
        ) from error


def read_info(path: Path | None = None) -> StoreInfo:
    path = Path(path or settings.db_path())
    with _reading(path) as con:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        counts = [
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "clusters")
        ]
    if "fingerprint" not in meta:
        raise CrisisTimelineError(f"{path} is a DuckDB file but not a Crisis Timeline store.")
    return StoreInfo(
        path, meta["fingerprint"], *counts, tuple(json.loads(meta.get("problems", "[]"))), False
    )


def read_events(path: Path | None = None, *, corrected: bool = True) -> pd.DataFrame:
    """The stored event table, with Python dates and lists as the pipeline made them, and
    the corrections made by hand applied (corrections.py) unless `corrected` is False."""
    with _reading(path) as con:
        columns = ", ".join(f'"{column}"' for column in STORED_COLUMNS)
        # through Arrow: DuckDB's .df() took 3.9 s for 463,741 events, Arrow 0.2 s
        stored = con.sql(f"SELECT {columns} FROM events").to_arrow_table()
    events = events_from_arrow(stored)
    if not corrected:
        return events
    from crisis_timeline.corrections import apply_corrections, list_corrections

    return apply_corrections(events, list_corrections(path))


def select_events(path: Path | None, where: str, params: list) -> pd.DataFrame:
    """Stored events matching a SQL condition, as extraction made them (no correction
    applied): a correction reads the one event or story it changes, not the whole table."""
    with _reading(path) as con:
        return events_where(con, where, params)


def read_corrections(path: Path | None = None) -> list[tuple]:
    """The corrections table's rows, oldest first (none for a store without the table)."""
    with _reading(path) as con:
        tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        if "corrections" not in tables:
            return []
        return con.execute(
            "SELECT * FROM corrections ORDER BY created_at, correction_id"
        ).fetchall()


def read_articles(path: Path | None = None) -> list[Article]:
    with _reading(path) as con:
        # sorted here, not by ORDER BY: DuckDB sorting 50,000 records of text took 2.6 s, the
        # fetch alone 0.8 s (Python's order of str is DuckDB's byte order of UTF-8)
        rows = con.execute("SELECT article_id, record FROM articles").fetchall()
    rows.sort(key=lambda row: row[0])
    return [_article_from_row(payload) for (_, payload) in rows]


def read_article(path: Path | None, article_id: str) -> Article | None:
    """One stored article whole, or None when the store has no article of that id."""
    with _reading(path) as con:
        row = con.execute(
            "SELECT record FROM articles WHERE article_id = ?", [article_id]
        ).fetchone()
    return _article_from_row(row[0]) if row else None


def read_article_facts(path: Path | None = None) -> list[ArticleFacts]:
    """Every stored article's ArticleFacts (no text), in article_id order as read_articles."""
    paths = ", ".join(f"'$.{key}'" for key in (*FACT_KEYS, OPENING_KEY))
    picked = f"SELECT article_id, json_extract_string(record, [{paths}]) FROM articles"
    with _reading(path) as con:
        columns = {row[0] for row in con.execute("DESCRIBE articles").fetchall()}
        if _FACTS_COLUMN not in columns:  # a store from before the column
            rows = con.execute(picked).fetchall()
        else:  # without touching the records (reading them costs more than the facts)
            rows = con.execute(
                f"SELECT article_id, {_FACTS_COLUMN} FROM articles WHERE {_FACTS_COLUMN} NOT NULL"
            ).fetchall()
            rows += con.execute(f"{picked} WHERE {_FACTS_COLUMN} IS NULL").fetchall()
    rows.sort(key=lambda row: row[0])
    return [ArticleFacts.from_values(article_id, values) for article_id, values in rows]


def read_outlet_profiles(path: Path | None = None) -> list[OutletProfile] | None:
    """The outlet profiles computed when the store was built; None for a store written
    before they were stored (the caller computes them)."""
    with _reading(path) as con:
        tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        if "outlet_profiles" not in tables:
            return None
        if con.execute("SELECT 1 FROM meta WHERE key = 'profiles'").fetchone():
            return None  # an add on a large store left them to be computed (refresh_profiles)
        rows = con.execute("SELECT record FROM outlet_profiles").fetchall()
    profiles = [OutletProfile.from_json(json.loads(payload)) for (payload,) in rows]
    return sorted(profiles, key=lambda profile: profile.outlet)  # as outlet_profiles() sorts


def read_clusters(path: Path | None = None) -> list[Cluster]:
    """Stored clusters as `Cluster` records (stored as their JSON), in date order."""
    with _reading(path) as con:
        rows = con.execute("SELECT record FROM clusters").fetchall()
    clusters = [Cluster.from_json(json.loads(payload)) for (payload,) in rows]
    if not read_corrections(path):
        return clusters
    from crisis_timeline.corrections import apply_to_clusters

    return apply_to_clusters(clusters, read_events(path))


# ------------------------------------------------------- tables, and writes in place (ingest)

# Every table with its column types: an empty or all-missing column would otherwise be
# created with DuckDB's NULL type, into which a later insert of text fails.
_EVENT_TYPES = {"start": "BIGINT", "end": "BIGINT", "confidence": "DOUBLE", "background": "BOOLEAN"}
_RECORD_TABLES = {"articles": "article_id", "clusters": "cluster_id", "outlet_profiles": "outlet"}
_FACTS_COLUMN = "facts"  # articles: their FACT_KEYS values (read_article_facts)
# Written by hand, not by extraction: kept across rebuilds (carried_tables).
KEPT_TABLES: dict[str, str] = {
    "added_articles": "article_id VARCHAR, file_name VARCHAR, raw BLOB, stated VARCHAR, "
    "added_at VARCHAR",
    "corrections": "correction_id VARCHAR, created_at VARCHAR, kind VARCHAR, target VARCHAR, "
    "value VARCHAR, machine VARCHAR, note VARCHAR",
}


def _create_tables(con: duckdb.DuckDBPyConnection) -> None:
    columns = ", ".join(f'"{c}" {_EVENT_TYPES.get(c, "VARCHAR")}' for c in STORED_COLUMNS)
    con.execute(f"CREATE TABLE IF NOT EXISTS events ({columns})")
    for name, key in _RECORD_TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({key} VARCHAR, record VARCHAR)")
    _ensure_facts_column(con)
    ensure_kept_tables(con)


def _ensure_facts_column(con: duckdb.DuckDBPyConnection) -> None:
    """The articles' FACT_KEYS values beside their records (a store from before has none:
    its rows get NULL, and readers pick the facts out of the record instead)."""
    con.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {_FACTS_COLUMN} VARCHAR[]")


def ensure_kept_tables(con: duckdb.DuckDBPyConnection) -> None:
    """The tables of added articles and corrections (a store built before them has none)."""
    for name, columns in KEPT_TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")


def _insert_frame(con: duckdb.DuckDBPyConnection, name: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    con.register("incoming_frame", frame)
    try:
        con.execute(f"INSERT INTO {name} BY NAME SELECT * FROM incoming_frame")
    finally:
        con.unregister("incoming_frame")


def carried_tables(path: Path) -> list[tuple[str, pd.DataFrame]]:
    """The KEPT_TABLES of the store at `path` (empty when there is none yet)."""
    if not path.is_file() or path.stat().st_size == 0 or _not_ours(path):
        return []
    with _reading(path) as con:
        present = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        return [(n, con.execute(f"SELECT * FROM {n}").df()) for n in KEPT_TABLES if n in present]


def create_empty_store(path: Path) -> None:
    """A store with no article yet (the first `add` into a new file); caller holds the lock."""
    from crisis_timeline.event_frames import events_frame
    from crisis_timeline.pipeline import Extraction

    _write_locked(path, "", Extraction(events_frame([]), [], [], []), ())


# A reader (the app) holds the file for the milliseconds of a query; a writer waits.
_CONNECT_ATTEMPTS = 200
_CONNECT_PAUSE_SECONDS = 0.05


def _connect(path: Path, *, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, retried while another process holds the file (DuckDB lets one
    process write or several read); CrisisTimelineError after about 10 s."""
    import time

    for attempt in range(_CONNECT_ATTEMPTS):
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as error:
            if "lock" not in str(error).lower() or attempt == _CONNECT_ATTEMPTS - 1:
                raise
            time.sleep(_CONNECT_PAUSE_SECONDS)
    raise AssertionError("unreachable")


@contextmanager
def writing(path: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction on the store at `path`: committed when the block ends, rolled back
    (the store as it was) when it raises. The caller holds store_lock(path)."""
    try:
        con = _connect(path, read_only=False)
    except duckdb.Error as error:
        raise CrisisTimelineError(
            f"{path} could not be opened for writing ({_first_line(error)})."
        ) from error
    try:
        con.execute("BEGIN TRANSACTION")
        ensure_kept_tables(con)
        yield con
        con.execute("COMMIT")
    except BaseException:
        try:
            con.execute("ROLLBACK")
        except duckdb.Error:  # the transaction may already be aborted
            pass
        raise
    finally:
        con.close()


def insert_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> None:
    _ensure_facts_column(con)  # adding to a store from before the column
    _insert_frame(
        con,
        "articles",
        pd.DataFrame([_article_row(a) for a in articles]) if articles else pd.DataFrame(),
    )


def events_where(con: duckdb.DuckDBPyConnection, where: str, params: list) -> pd.DataFrame:
    """Stored events matching a SQL condition, as the pipeline's table."""
    columns = ", ".join(f'"{column}"' for column in STORED_COLUMNS)
    stored = con.execute(f"SELECT {columns} FROM events WHERE {where}", params).df()
    return _events_from_storage(stored)


def replace_events(
    con: duckdb.DuckDBPyConnection, removed_ids: Sequence[str], events: pd.DataFrame
) -> None:
    """Delete events by id, then insert `events` (inside the caller's transaction)."""
    if len(removed_ids):
        con.execute("DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [list(removed_ids)])
    _insert_frame(con, "events", _events_for_storage(events)[list(STORED_COLUMNS)])


def update_cluster_ids(con: duckdb.DuckDBPyConnection, changes: pd.DataFrame) -> None:
    """Set the cluster_id of stored events (`changes`: event_id, cluster_id) in place:
    re-clustering moves a few events, and rewriting every row of a story cost seconds."""
    if changes.empty:
        return
    con.register("cluster_changes", changes[["event_id", "cluster_id"]].astype(object))
    try:
        con.execute(
            "UPDATE events SET cluster_id = c.cluster_id FROM cluster_changes c "
            "WHERE events.event_id = c.event_id"
        )
    finally:
        con.unregister("cluster_changes")


def replace_clusters(con: duckdb.DuckDBPyConnection, removed_ids: Sequence[str], clusters) -> None:
    if len(removed_ids):
        con.execute(
            "DELETE FROM clusters WHERE cluster_id IN (SELECT unnest(?))", [list(removed_ids)]
        )
    rows = [
        {"cluster_id": c.cluster_id, "record": json.dumps(c.to_json(), ensure_ascii=False)}
        for c in clusters
    ]
    _insert_frame(con, "clusters", pd.DataFrame(rows))


def refresh_profiles(con: duckdb.DuckDBPyConnection) -> None:
    """Outlet figures after a change: recomputed up to settings.PROFILES_INLINE_MAX_ARTICLES
    stored articles; above it the table is emptied and `read_outlet_profiles` says so
    (None: the app computes them on the Outlets page's next visit)."""
    con.execute("DELETE FROM outlet_profiles")
    (count,) = con.execute("SELECT count(*) FROM articles").fetchone()
    if count > settings.PROFILES_INLINE_MAX_ARTICLES:
        con.execute("DELETE FROM meta WHERE key = 'profiles'")
        con.execute("INSERT INTO meta VALUES ('profiles', 'stale')")
        return
    events = events_where(con, "true", [])
    clusters = [
        Cluster.from_json(json.loads(p))
        for (p,) in con.execute("SELECT record FROM clusters").fetchall()
    ]
    articles = [
        _article_from_row(p)
        for (p,) in con.execute("SELECT record FROM articles ORDER BY article_id").fetchall()
    ]
    rows = [
        {"outlet": p.outlet, "record": json.dumps(p.to_json(), ensure_ascii=False)}
        for p in profiles_of_articles(events, clusters, articles)
    ]
    _insert_frame(con, "outlet_profiles", pd.DataFrame(rows))
