"""The event store: one embedded DuckDB file holding articles, events and clusters.

Writes are all-or-nothing: a build writes a new file beside the old one and renames it
into place, so a failed or interrupted build leaves the previous store untouched. A build
is skipped when the inputs' fingerprint (file contents, sources.csv, reference data, code
version) matches the stored one, so restarting the app re-uses the store.
It does not extract (pipeline.py does) and never imports streamlit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from crisis_timeline import __version__, settings
from crisis_timeline.articles import Article, Span
from crisis_timeline.offsets import OffsetRuns, break_points
from crisis_timeline.outlets import OutletProfile, profiles_of_articles
from crisis_timeline.schema import DATE_COLUMNS, EVENT_COLUMNS, LIST_COLUMNS, validate_events

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
    extras = [*sorted(code_dir.glob("*.py")), *sorted(settings.DATA_DIR.glob("*.csv"))]
    if sources:
        extras.append(Path(sources))
    for path in [*_input_files(paths), *extras]:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _article_row(article: Article) -> dict:
    record = dataclasses.asdict(article)
    record["offset_map"] = break_points(article.offset_map)  # runs, not one int per char
    record["published"] = article.published.isoformat() if article.published else None
    return {"article_id": article.id, "record": json.dumps(record, ensure_ascii=False)}


def _article_from_row(payload: str) -> Article:
    record = json.loads(payload)
    record["offset_map"] = OffsetRuns(record["offset_map"], len(record["cleaned_text"]) + 1)
    record["published"] = date.fromisoformat(record["published"]) if record["published"] else None
    record["furniture"] = tuple(Span(**span) for span in record["furniture"])
    record["captions"] = tuple(Span(**span) for span in record["captions"])
    record["embeds"] = tuple(Span(**span) for span in record.get("embeds", ()))
    return Article(**record)


def _events_for_storage(events: pd.DataFrame) -> pd.DataFrame:
    stored = events.copy()
    for column in LIST_COLUMNS:
        stored[column] = [json.dumps(v, ensure_ascii=False) for v in stored[column]]
    for column in DATE_COLUMNS:
        stored[column] = [
            v.isoformat() if v is not None and not pd.isna(v) else None for v in stored[column]
        ]
    return stored


def _per_distinct(values, parse: Callable[[str], Any]) -> list:
    """parse(text) of each text cell, None for a missing one. Most cells repeat ("[]",
    '["Poland"]', "2021-11-15"), so each distinct text is parsed once (factorize hashes them
    in C: a dict of 100,000 fresh strings cost 0.2 s a column)."""
    codes, texts = pd.factorize(pd.Series(values, dtype=object))
    parsed = [parse(text) if isinstance(text, str) else None for text in texts]
    return [parsed[code] if code >= 0 else None for code in codes.tolist()]


def _decode_lists(values) -> list[list]:
    """JSON list cells -> lists; every row gets its own list (a shallow copy), so changing
    one row's list can never change another's."""
    return [list(cell) if cell else [] for cell in _per_distinct(values, json.loads)]


def _decode_dates(values) -> list[date | None]:
    """ISO date cells -> dates; missing -> None."""
    return _per_distinct(values, date.fromisoformat)


def _events_from_storage(stored: pd.DataFrame) -> pd.DataFrame:
    events = stored.copy().astype(object)
    for column in LIST_COLUMNS:
        events[column] = _decode_lists(events[column])
    for column in DATE_COLUMNS:
        events[column] = _decode_dates(events[column])
    events = events.where(events.notna(), None)
    for column in ("start", "end"):
        events[column] = events[column].astype(int)
    events["confidence"] = events["confidence"].astype(float)
    events["background"] = events["background"].astype(bool)
    return validate_events(events)


def write_store(
    path: Path, key: str, extraction, profiles: Sequence[OutletProfile] = ()
) -> StoreInfo:
    """Write an extraction and its outlet profiles to `path` atomically (temp file + rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        with duckdb.connect(str(temporary)) as con:
            tables = {
                "events": _events_for_storage(extraction.events),
                "articles": pd.DataFrame(
                    [_article_row(a) for a in extraction.articles],
                    columns=["article_id", "record"],
                ),
                "clusters": pd.DataFrame(
                    [
                        {
                            "cluster_id": c.cluster_id,
                            "record": json.dumps(c.to_json(), ensure_ascii=False),
                        }
                        for c in extraction.clusters
                    ],
                    columns=["cluster_id", "record"],
                ),
                "outlet_profiles": pd.DataFrame(
                    [
                        {
                            "outlet": profile.outlet,
                            "record": json.dumps(profile.to_json(), ensure_ascii=False),
                        }
                        for profile in profiles
                    ],
                    columns=["outlet", "record"],
                ),
            }
            for name, frame in tables.items():
                con.register(f"{name}_frame", frame)
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM {name}_frame")
                con.unregister(f"{name}_frame")
            problems = [f"{p.path}: {p.message}" for p in extraction.problems]
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


def stored_fingerprint(path: Path) -> str | None:
    """The fingerprint the store at `path` was built from, None if there is no usable store."""
    if not path.exists():
        return None
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
    except duckdb.Error:
        log.warning("store %s is unreadable; it will be rebuilt", path)
        return None
    return row[0] if row else None


def build_store(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | str | None = None,
    path: Path | None = None,
    *,
    workers: int = 1,
    force: bool = False,
) -> StoreInfo:
    """Extract `paths` into the store unless it already holds exactly these inputs."""
    from crisis_timeline.pipeline import run_pipeline

    path = path or settings.db_path()
    key = fingerprint(paths, sources)
    if not force and stored_fingerprint(path) == key:
        info = read_info(path)
        return dataclasses.replace(info, rebuilt=False)
    extraction = run_pipeline(paths, sources, workers=workers)
    # Once per build, before the store file is opened: on 10,000 articles they take ~25 s,
    # which the Outlets page would otherwise spend on its first visit.
    profiles = profiles_of_articles(extraction.events, extraction.clusters, extraction.articles)
    return write_store(path, key, extraction, profiles)


def _connect(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def read_info(path: Path | None = None) -> StoreInfo:
    path = path or settings.db_path()
    with _connect(path) as con:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        counts = [
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "events", "clusters")
        ]
    return StoreInfo(
        path, meta["fingerprint"], *counts, tuple(json.loads(meta.get("problems", "[]"))), False
    )


def read_events(path: Path | None = None) -> pd.DataFrame:
    """The stored event table, with Python dates and lists as the pipeline made them."""
    with _connect(path or settings.db_path()) as con:
        columns = ", ".join(f'"{column}"' for column in EVENT_COLUMNS)
        stored = con.execute(f"SELECT {columns} FROM events").df()
    return _events_from_storage(stored)


def read_articles(path: Path | None = None) -> list[Article]:
    with _connect(path or settings.db_path()) as con:
        rows = con.execute("SELECT record FROM articles ORDER BY article_id").fetchall()
    return [_article_from_row(payload) for (payload,) in rows]


def read_outlet_profiles(path: Path | None = None) -> list[OutletProfile] | None:
    """The outlet profiles computed when the store was built; None for a store written
    before they were stored (the caller computes them)."""
    with _connect(path or settings.db_path()) as con:
        tables = {name for (name,) in con.execute("SHOW TABLES").fetchall()}
        if "outlet_profiles" not in tables:
            return None
        rows = con.execute("SELECT record FROM outlet_profiles").fetchall()
    profiles = [OutletProfile.from_json(json.loads(payload)) for (payload,) in rows]
    return sorted(profiles, key=lambda profile: profile.outlet)  # as outlet_profiles() sorts


def read_clusters(path: Path | None = None) -> list[dict]:
    """Stored clusters as their JSON objects (ISO dates), in date order."""
    with _connect(path or settings.db_path()) as con:
        rows = con.execute("SELECT record FROM clusters").fetchall()
    return [json.loads(payload) for (payload,) in rows]
