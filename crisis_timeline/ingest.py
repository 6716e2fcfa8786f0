"""Adding articles to a store and removing them again, one transaction each.

What a user brings (a file, pasted text, a fetched page) becomes a `Submission`; `prepare`
checks it (size by stat before reading, type, one absurdly long line, a stated date or
language that cannot be used, labels with control or direction characters) and reads it
into a dated `Article`; `preview` extracts its events without writing anything;
`add_articles` writes every accepted article, its events, the clusters of the dates it
touches and the outlet figures in one DuckDB transaction under the store's lock (store.py),
so a kill, a crash or a failed parse leaves the store as it was and two writers at once
each see the other's articles. Duplicates (the same cleaned text, or the same URL) are
reported, not added. `remove_articles` takes articles out the same way.

Incremental clustering: only events whose dates lie near the new (or removed) events can
be compared with them (clusters/candidates.py: overlapping date windows, a day of slack,
an unnamed report looking back UNNAMED_LOOKBACK_DAYS), so only the stories with an event
in that window are clustered again, together with the new events; the others keep their
clusters. The pair scores weigh words and names by their rarity in the events clustered
together, so the window's result can differ from a full rebuild in a few close calls (19 of
602 stories on the 1,000-article generated corpus); a store of up to
settings.FULL_RECLUSTER_MAX_EVENTS events is therefore clustered whole (about 2 s), which
gives exactly a full rebuild's clusters (tests/test_cli_add.py compares them).

Added articles are kept as given (bytes and metadata, table `added_articles`), so a full
rebuild (a new extractor version) reads them again. It never imports streamlit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Literal

import duckdb
import pandas as pd

from crisis_timeline import settings, store
from crisis_timeline.article_metadata import published_problem
from crisis_timeline.articles import Article, SourceMeta, parse_article
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.language import SUPPORTED_LANGUAGES, UNKNOWN
from crisis_timeline.progress import Progress, Stage
from crisis_timeline.untrusted import BIDI_CONTROLS

log = logging.getLogger(__name__)

Status = Literal["added", "duplicate", "rejected"]


@dataclasses.dataclass(frozen=True)
class Submission:
    """One article as a user gives it: a name, its bytes, and what they say about it."""

    name: str
    raw: bytes
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What happened to one submission (or one removal)."""

    name: str
    status: Status | Literal["removed", "missing"]
    article_id: str | None
    events: int
    message: str

    def line(self) -> str:
        """The CLI's one line for it."""
        return f"{self.name}: {self.message}"


@dataclasses.dataclass(frozen=True)
class Preview:
    """A prepared article, its events (cluster_id not set yet) and the article it repeats."""

    article: Article
    events: pd.DataFrame
    duplicate_of: str | None


# ---------------------------------------------------------------------- untrusted labels

_SPACES = re.compile(r"\s+")


def clean_label(value: str | None) -> str | None:
    """A title or outlet name as plain one-line text: control, format (zero-width) and
    direction characters dropped, spaces collapsed, cut to settings.MAX_LABEL_CHARS.
    Markdown or HTML in it stays as written: pages show it escaped."""
    if value is None:
        return None
    kept = "".join(
        " " if char in "\t\n\r" else char
        for char in unicodedata.normalize("NFC", str(value))
        if char not in BIDI_CONTROLS and unicodedata.category(char) not in ("Cc", "Cf", "Cs")
    )
    text = _SPACES.sub(" ", kept).strip()[: settings.MAX_LABEL_CHARS].strip()
    return text or None


def safe_file_name(name: str | None) -> str:
    """The last part of a path-like name ("../../etc/x.txt", "C:\\\\x.txt" -> "x.txt"),
    as a clean label; "pasted.txt" when nothing is left."""
    last = re.split(r"[\\/]", str(name or ""))[-1]
    cleaned = clean_label(last) or ""
    cleaned = cleaned.lstrip(".")  # no hidden files, no "..": a name, not a path
    return cleaned or "pasted.txt"


def article_id_for(file_name: str, raw: bytes) -> str:
    """A stable, safe id: the name's stem in ASCII letters and digits, and a hash of the
    bytes ("kuznica-report-3f9c2a1b"); never a path, never an existing seed's id."""
    stem = Path(file_name).stem
    ascii_stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_stem).strip("-").lower()[:40] or "article"
    return f"{slug}-{hashlib.sha256(raw).hexdigest()[:8]}"


def check_published(value: str | None) -> str | None:
    """A stated publication date as ISO text; CrisisTimelineError for one that is not a
    real day (31 February) or lies outside settings.published_bounds() (9999-01-01): the
    rule sources.csv dates follow (article_metadata.published_problem)."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    problem = published_problem(text)
    if problem:
        raise CrisisTimelineError(f"{problem[:120]}; give the article's real date or none.")
    return datetime.fromisoformat(text).date().isoformat()


def check_language(value: str | None) -> str | None:
    """A stated ISO 639-1 code ("pl", "de"); CrisisTimelineError for anything else.

    A code without a folder in crisis_timeline/lang is accepted: the article is read in
    part (numeric and ISO dates) and the app says so, rather than refusing it."""
    if value is None or not str(value).strip() or str(value).strip().lower() == UNKNOWN:
        return None  # detect it again: an unrecognised language is read in part
    code = str(value).strip().lower()
    if not re.fullmatch(r"[a-z]{2}", code):
        shown = clean_label(code[:20])
        raise CrisisTimelineError(
            f"language {shown!r} is not a two-letter ISO 639-1 code (read in full: "
            f"{', '.join(SUPPORTED_LANGUAGES)}); leave it empty to detect it."
        )
    return code


def check_url(value: str | None) -> str | None:
    """An http(s) address, or CrisisTimelineError (a javascript: or file: link is refused)."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not re.fullmatch(r"https?://[^\s<>\"'\x00-\x1f]{1,2000}", text, re.IGNORECASE):
        raise CrisisTimelineError(
            f"{clean_label(text[:60])!r} is not a web address (http:// or https://)."
        )
    return text


# ---------------------------------------------------------------------- reading input


def _size_limit(name: str) -> int:
    is_pdf = Path(name).suffix.lower() == ".pdf"
    return settings.MAX_PDF_BYTES if is_pdf else settings.MAX_UPLOAD_BYTES


def check_size(name: str, size: int) -> None:
    """CrisisTimelineError for a file over the limit of its type (checked before reading)."""
    limit = _size_limit(name)
    if size > limit:
        raise CrisisTimelineError(
            f"{safe_file_name(name)} is too large ({size / 1_048_576:.1f} MB; the limit is "
            f"{limit // 1_048_576} MB)."
        )


def read_submission(path: Path | str, **stated: str | None) -> Submission:
    """A file as a Submission: its size checked with stat() before it is read."""
    path = Path(path)
    name = safe_file_name(path.name)
    try:
        if path.is_dir():
            raise CrisisTimelineError(f"{name} is a folder; give article files.")
        check_size(name, path.stat().st_size)
        raw = path.read_bytes()
    except FileNotFoundError as error:
        raise CrisisTimelineError(f"{name} does not exist.") from error
    except OSError as error:
        raise CrisisTimelineError(f"{name} could not be read ({error.strerror}).") from error
    return Submission(name=name, raw=raw, **stated)


def _check_lines(name: str, raw: bytes) -> None:
    """One line longer than settings.MAX_LINE_CHARS is not prose (a minified page, a blob)."""
    longest = max((len(line) for line in raw.split(b"\n")), default=0)
    if longest > settings.MAX_LINE_CHARS * 2:  # bytes: a character is 1 to 4 of them
        raise CrisisTimelineError(
            f"{name} has a line of {longest:,} bytes; an article's paragraphs are far shorter "
            f"(the limit is {settings.MAX_LINE_CHARS:,} characters). Is it a minified page?"
        )


def prepare(submission: Submission, known_dates: Sequence[date] = ()) -> Article:
    """The submission read, cleaned and dated; CrisisTimelineError on anything unusable.

    known_dates: the stored articles' publication dates, so a year-less date is read as a
    full rebuild would read it (collection_prior.median_date)."""
    return _dated(read_article(submission), known_dates)


def read_article(submission: Submission) -> Article:
    """The submission read and cleaned, its publication date as stated (or None)."""
    name = safe_file_name(submission.name)
    check_size(name, len(submission.raw))
    extension = Path(name).suffix.lower()
    if extension not in settings.ADD_EXTENSIONS:
        raise CrisisTimelineError(
            f"{name} has an unsupported file type ({extension or 'no extension'}). "
            "Use .txt, .md, .html or a .pdf with a text layer."
        )
    if extension != ".pdf":
        _check_lines(name, submission.raw)
    meta = SourceMeta(
        file=name,
        outlet=clean_label(submission.outlet),
        title=clean_label(submission.title),
        published=check_published(submission.published),
        language=check_language(submission.language),
        url=check_url(submission.url),
    )
    article_id = article_id_for(name, submission.raw)
    article = parse_article(f"{article_id}{extension}", submission.raw, meta)
    article = dataclasses.replace(
        article,
        file_name=name,
        outlet=clean_label(article.outlet),
        title=clean_label(article.title),
        url=_page_url(article.url),
    )
    # An article in another language is kept and read in part (article.reading_note).
    if max((len(line) for line in article.original_text.split("\n")), default=0) > (
        settings.MAX_LINE_CHARS
    ):
        raise CrisisTimelineError(f"{name} has a line over {settings.MAX_LINE_CHARS:,} characters.")
    return article


def _page_url(url: str | None) -> str | None:
    """A URL found in a page's metadata, kept only when it is a web address."""
    try:
        return check_url(url)
    except CrisisTimelineError:
        return None


def _dated(article: Article, known_dates: Sequence[date]) -> Article:
    """resolve_publication_dates for one article among the stored ones (their dates set
    the year prior), without reading the stored articles' texts."""
    from crisis_timeline.publication import resolve_publication_dates

    if article.published is not None:
        return article
    # Stand-ins carrying only a date: the prior is the median of the collection's dates.
    stand_ins = [dataclasses.replace(article, published=day) for day in known_dates]
    return resolve_publication_dates([article, *stand_ins])[0]


def text_key(article: Article) -> str:
    """What makes two articles the same text: the cleaned text, spaces and case folded."""
    folded = " ".join(article.cleaned_text.split()).casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def extract(article: Article) -> pd.DataFrame:
    """The events of one dated article (unclustered); CrisisTimelineError if it fails."""
    from crisis_timeline.event_frames import events_frame
    from crisis_timeline.pipeline import process_article

    try:
        return events_frame(process_article(article))
    except CrisisTimelineError:
        raise
    except Exception as error:  # a bug on odd text: reported as one line, store untouched
        if settings.debug():
            raise
        log.warning(
            "%s: extraction failed (%s: %s)", article.file_name, type(error).__name__, error
        )
        raise CrisisTimelineError(
            f"{article.file_name}: its events could not be extracted ({type(error).__name__}); "
            "nothing was added. This is a bug: please report it with the file."
        ) from error


def preview(submission: Submission, path: Path | None = None) -> Preview:
    """The article and the events adding it would store, and which stored article it
    repeats (None when it is new); nothing is written."""
    path = Path(path or settings.db_path())
    keys = _read_keys(path) if _has_store(path) else _Keys({}, {}, [])
    article = prepare(submission, keys.dates)
    return Preview(article, extract(article), keys.duplicate_of(article))


# ---------------------------------------------------------------------- the store side


# What duplicates are found by, one small row per article: reading every article's record
# (its whole text as JSON) to hash it again cost about 2 s on 10,000 articles. A build writes
# a new store without this table; the first add after it fills it from the articles.
KEYS_TABLE = "article_keys"
_KEYS_COLUMNS = "article_id VARCHAR, text_key VARCHAR, url VARCHAR, published VARCHAR"


@dataclasses.dataclass
class _Keys:
    """What duplicates are found by: cleaned-text hash and URL -> article id; and the
    stored publication dates. `missing_rows`: the key table's rows when the store had
    none (the write fills it)."""

    by_text: dict[str, str]
    by_url: dict[str, str]
    dates: list[date]
    missing_rows: list[tuple] | None = None

    def duplicate_of(self, article: Article) -> str | None:
        return self.by_text.get(text_key(article)) or (
            self.by_url.get(article.url) if article.url else None
        )

    def remember(self, article: Article) -> None:
        self.by_text[text_key(article)] = article.id
        if article.url:
            self.by_url[article.url] = article.id
        if article.published:
            self.dates.append(article.published)


def _has_store(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 0


def _key_row(article: Article) -> tuple:
    published = article.published.isoformat() if article.published else None
    return (article.id, text_key(article), article.url, published)


def _keys_of(rows: Iterable[tuple]) -> _Keys:
    keys = _Keys({}, {}, [])
    for article_id, text, url, published in rows:
        keys.by_text[text] = article_id
        if url:
            keys.by_url[url] = article_id
        if published:
            keys.dates.append(date.fromisoformat(published))
    return keys


def _read_keys(path: Path, con: duckdb.DuckDBPyConnection | None = None) -> _Keys:
    if con is None:
        with store._reading(path) as reader:
            return _read_keys(path, reader)
    tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
    ((articles,),) = con.execute("SELECT count(*) FROM articles").fetchall()
    if KEYS_TABLE in tables:
        rows = con.execute(f"SELECT * FROM {KEYS_TABLE}").fetchall()
        if len(rows) == articles:
            return _keys_of(rows)
    rows = []
    for (payload,) in con.execute("SELECT record FROM articles").fetchall():
        record = json.loads(payload)
        cleaned = " ".join(record["cleaned_text"].split()).casefold()
        digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
        rows.append((record["id"], digest, record.get("url"), record.get("published")))
    keys = _keys_of(rows)
    keys.missing_rows = rows
    return keys


def _write_keys(con: duckdb.DuckDBPyConnection, keys: _Keys, articles: Sequence[Article]) -> None:
    """Inside the add's transaction: the key rows of the new articles (and of every stored
    one when the table was missing or out of step)."""
    con.execute(f"CREATE TABLE IF NOT EXISTS {KEYS_TABLE} ({_KEYS_COLUMNS})")
    rows = [_key_row(article) for article in articles]
    if keys.missing_rows is not None:
        con.execute(f"DELETE FROM {KEYS_TABLE}")
        rows = [*keys.missing_rows, *rows]
    if rows:
        con.executemany(f"INSERT INTO {KEYS_TABLE} VALUES (?, ?, ?, ?)", rows)


def add_articles(
    submissions: Iterable[Submission],
    path: Path | None = None,
    *,
    progress: Progress | None = None,
    stage: Stage | None = None,
) -> list[Outcome]:
    """Add every usable submission to the store at `path` in one transaction (module
    docstring); one Outcome per submission, in order. `progress(done, total)` hears of each
    submission read and extracted, `stage(text)` of the clustering and writing that follow
    (the long part on a big store): progress.ProgressBar on the command line, st.progress
    in the app (ui/progress.py)."""
    path = Path(path or settings.db_path())
    submissions = list(submissions)
    store.check_target(path)
    with store.store_lock(path):
        store.check_target(path)
        if not _has_store(path):
            store.create_empty_store(path)
        # Read and extract with the file lock held but the database free, so that readers
        # (the app) wait only for the write itself.
        keys = _read_keys(path)
        outcomes, accepted = _accept(submissions, keys, progress)
        if accepted:
            if stage is not None:
                plural = "s" if len(accepted) != 1 else ""
                stage(f"adding {len(accepted):,} article{plural} to the store…")
            with store.writing(path) as con:
                _write_added(con, accepted, keys, stage)
        return outcomes


Accepted = tuple[Submission, Article, pd.DataFrame]


def _accept(
    submissions: list[Submission], keys: _Keys, progress: Progress | None = None
) -> tuple[list[Outcome], list[Accepted]]:
    outcomes: list[Outcome] = []
    accepted: list[Accepted] = []
    total = len(submissions)
    if progress is not None and total:
        progress(0, total)  # starts the clock, so that the first rate shown is measured
    for done, submission in enumerate(submissions, start=1):
        outcome, taken = _accept_one(submission, keys)
        outcomes.append(outcome)
        if taken is not None:
            accepted.append(taken)
        if progress is not None:
            progress(done, total)
    return outcomes, accepted


def _accept_one(submission: Submission, keys: _Keys) -> tuple[Outcome, Accepted | None]:
    """One submission read, checked against the store's keys and extracted."""
    name = safe_file_name(submission.name)
    try:
        article = prepare(submission, keys.dates)
        duplicate = keys.duplicate_of(article)
        if duplicate:
            return Outcome(name, "duplicate", duplicate, 0, f"duplicate of {duplicate}"), None
        events = extract(article)
    except CrisisTimelineError as error:
        return Outcome(name, "rejected", None, 0, f"rejected: {error}"), None
    keys.remember(article)
    message = f"added as {article.id} with {len(events)} events"
    return Outcome(name, "added", article.id, len(events), message), (submission, article, events)


def _write_added(
    con: duckdb.DuckDBPyConnection,
    accepted: list[Accepted],
    keys: _Keys,
    stage: Stage | None = None,
) -> None:
    """Inside the open transaction: articles, their keys and events, re-clustered stories,
    profiles."""
    new_events = pd.concat([events for _, _, events in accepted], ignore_index=True)
    store.insert_articles(con, [article for _, article, _ in accepted])
    _write_keys(con, keys, [article for _, article, _ in accepted])
    now = datetime.now(UTC).isoformat(timespec="seconds")
    con.executemany(
        "INSERT INTO added_articles VALUES (?, ?, ?, ?, ?)",
        [
            (article.id, article.file_name, submission.raw, _stated(submission), now)
            for submission, article, _ in accepted
        ],
    )
    recluster(con, new_events, removed_event_ids=(), stage=stage)
    store.refresh_profiles(con)


def _stated(submission: Submission) -> str:
    fields = ("outlet", "title", "url", "published", "language")
    return json.dumps({f: getattr(submission, f) for f in fields}, ensure_ascii=False)


def added_article_ids(path: Path | None = None) -> list[str]:
    """The ids of the articles added by hand (not from a built folder): those a user can
    remove for good (a rebuild reads a folder's files again)."""
    with store._reading(Path(path or settings.db_path())) as con:
        tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        if "added_articles" not in tables:
            return []
        rows = con.execute("SELECT article_id FROM added_articles ORDER BY article_id")
        return [article_id for (article_id,) in rows.fetchall()]


def remove_articles(article_ids: Iterable[str], path: Path | None = None) -> list[Outcome]:
    """Take articles (and their events) out of the store in one transaction; their
    stories are clustered again. One Outcome per id."""
    path = Path(path or settings.db_path())
    ids = list(dict.fromkeys(article_ids))
    with store.store_lock(path):
        store.check_target(path)
        if not _has_store(path):
            raise CrisisTimelineError(f"no store at {path}: there is nothing to remove.")
        with store.writing(path) as con:
            present = {
                row[0]
                for row in con.execute(
                    "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))",
                    [ids],
                ).fetchall()
            }
            outcomes = []
            for article_id in ids:
                shown = clean_label(article_id) or "?"
                if article_id not in present:
                    outcomes.append(Outcome(shown, "missing", None, 0, "no such article"))
                    continue
                (count,) = con.execute(
                    "SELECT count(*) FROM events WHERE article_id = ?", [article_id]
                ).fetchone()
                outcomes.append(
                    Outcome(shown, "removed", article_id, count, f"removed with {count} events")
                )
            removed = [o.article_id for o in outcomes if o.status == "removed"]
            if removed:
                _remove(con, removed)
        return outcomes


def _remove(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    gone = store.events_where(con, "article_id IN (SELECT unnest(?))", [article_ids])
    con.execute(f"CREATE TABLE IF NOT EXISTS {KEYS_TABLE} ({_KEYS_COLUMNS})")
    for table in ("articles", "added_articles", KEYS_TABLE):
        con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [article_ids])
    recluster(con, gone, removed_event_ids=tuple(gone["event_id"]))
    store.refresh_profiles(con)


# ---------------------------------------------------------------------- clustering


# How far beyond an event's dates another event can still be compared with it
# (clusters/tuning.py: an unnamed report looks back UNNAMED_LOOKBACK_DAYS; a day of slack).
def _reach_days() -> int:
    from crisis_timeline.clusters.tuning import DAY_SLACK, UNNAMED_LOOKBACK_DAYS

    return UNNAMED_LOOKBACK_DAYS + max(DAY_SLACK.values()) + 1


def date_windows(events: pd.DataFrame) -> list[tuple[str, str]]:
    """Each dated event's reach as ISO (first, last) days, overlapping ones joined: one
    interval per event, not one from the earliest to the latest (an article recalling
    2014 and reporting 2021 would otherwise touch every story in between)."""
    reach = timedelta(days=_reach_days())
    spans = sorted(
        (first - reach, (last or first) + reach)
        for first, last in zip(events["date"], events["date_end"], strict=True)
        if first is not None and not pd.isna(first)
    )
    joined: list[list[date]] = []
    for first, last in spans:
        if joined and first <= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], last)
        else:
            joined.append([first, last])
    return [(first.isoformat(), last.isoformat()) for first, last in joined]


def _clusters_in_windows(
    con: duckdb.DuckDBPyConnection, windows: Sequence[tuple[str, str]]
) -> set[str]:
    """The stories with an event dated within one of the windows (ISO text compares as
    dates; only the ids are read, not the events)."""
    if not windows:
        return set()
    frame = pd.DataFrame(windows, columns=["first_day", "last_day"])
    con.register("ingest_windows", frame)
    try:
        rows = con.execute(
            "SELECT DISTINCT e.cluster_id FROM events e JOIN ingest_windows w "
            'ON e."date" <= w.last_day AND coalesce(e."date_end", e."date") >= w.first_day '
            "WHERE e.cluster_id IS NOT NULL"
        ).fetchall()
    finally:
        con.unregister("ingest_windows")
    return {cluster_id for (cluster_id,) in rows}


def affected_events(
    con: duckdb.DuckDBPyConnection, changed: pd.DataFrame, removed_event_ids: Sequence[str]
) -> pd.DataFrame:
    """The stored events whose stories the changed events can touch: every member of a
    story with an event dated within reach of one of them (or holding one of them)."""
    ((stored,),) = con.execute("SELECT count(*) FROM events").fetchall()
    if stored <= settings.FULL_RECLUSTER_MAX_EVENTS:
        # Small enough to cluster all again: the same clusters as a full rebuild, exactly.
        return store.events_where(
            con, "event_id NOT IN (SELECT unnest(?))", [list(removed_event_ids)]
        )
    cluster_ids = set(changed["cluster_id"].dropna())
    cluster_ids |= _clusters_in_windows(con, date_windows(changed))
    found = store.events_where(con, "cluster_id IN (SELECT unnest(?))", [sorted(cluster_ids)])
    return found[~found["event_id"].isin(set(removed_event_ids))]


def recluster(
    con: duckdb.DuckDBPyConnection,
    changed: pd.DataFrame,
    removed_event_ids: Sequence[str],
    stage: Stage | None = None,
) -> None:
    """Inside a transaction: cluster again the stories `changed` events touch, with the
    new events (those without a cluster_id yet), and store what changed: the new events,
    the cluster_id of moved ones, the stories that appeared or went. `stage(text)` hears
    when each step starts: finding those stories, clustering them, writing them."""
    from crisis_timeline.clusters import cluster_events

    if stage is not None:
        stage("finding the stories to cluster again…")
    affected = affected_events(con, changed, removed_event_ids)
    new = changed[changed["cluster_id"].isna()] if not removed_event_ids else changed.iloc[0:0]
    old_clusters = set(affected["cluster_id"].dropna())
    old_clusters |= set(changed["cluster_id"].dropna()) if removed_event_ids else set()
    frames = [frame for frame in (affected, new) if len(frame)]
    together = pd.concat(frames, ignore_index=True) if frames else affected
    if stage is not None:
        stage(f"clustering {len(together):,} events…")
    clustered, clusters = cluster_events(together)
    if stage is not None:
        stage("writing the store…")
    if len(removed_event_ids):
        con.execute(
            "DELETE FROM events WHERE event_id IN (SELECT unnest(?))", [list(removed_event_ids)]
        )
    before = dict(zip(affected["event_id"], affected["cluster_id"], strict=True))
    stored = clustered["event_id"].isin(before.keys())
    moved = [
        before.get(event_id) != cluster_id
        for event_id, cluster_id in zip(clustered["event_id"], clustered["cluster_id"], strict=True)
    ]
    store.update_cluster_ids(con, clustered[stored & pd.Series(moved, index=clustered.index)])
    store.replace_events(con, removed_ids=(), events=clustered[~stored])
    # A cluster id hashes its members: the same id is the same story, already stored.
    kept = old_clusters & {c.cluster_id for c in clusters}
    store.replace_clusters(
        con,
        removed_ids=sorted(old_clusters - kept),
        clusters=[c for c in clusters if c.cluster_id not in kept],
    )


# ---------------------------------------------------------------------- full rebuilds


def added_submissions(rows: pd.DataFrame) -> list[Submission]:
    """The added_articles table's rows as the Submissions they were."""
    result = []
    for name, raw, stated in zip(rows["file_name"], rows["raw"], rows["stated"], strict=True):
        result.append(Submission(name=name, raw=bytes(raw), **json.loads(stated)))
    return result


# ---------------------------------------------------------------------- from the web


def fetch_submission(url: str) -> Submission:
    """A web page as a Submission (trafilatura reads it as any .html file); one clear
    CrisisTimelineError when the address is not http(s) or the page cannot be fetched."""
    import trafilatura
    from trafilatura.settings import use_config

    address = check_url(url)
    if address is None:
        raise CrisisTimelineError("paste the article's address (http:// or https://).")
    config = use_config()
    config.set("DEFAULT", "DOWNLOAD_TIMEOUT", str(int(settings.FETCH_TIMEOUT_SECONDS)))
    config.set("DEFAULT", "MAX_FILE_SIZE", str(settings.MAX_UPLOAD_BYTES))
    try:
        page = trafilatura.fetch_url(address, config=config)
    except Exception as error:  # network stacks raise many kinds; the user needs one line
        log.info("fetching %s failed: %s", address, error)
        page = None
    if not page:
        raise CrisisTimelineError(
            f"could not fetch {clean_label(address[:80])} (offline, or the site refused). "
            "Save the page and upload it, or paste its text."
        )
    return Submission(name="page.html", raw=page.encode("utf-8"), url=address)
