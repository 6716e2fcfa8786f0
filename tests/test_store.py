"""The event store: round trip, reuse when inputs are unchanged, all-or-nothing writes, and
the rules of its one writing path (never empty, never over a file not its own, one writer)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

from crisis_timeline import settings, store
from crisis_timeline.errors import CrisisTimelineError


def test_round_trip_keeps_the_event_table(seed_extraction, seed_store):
    stored = store.read_events(seed_store)
    original = seed_extraction.events
    assert list(stored.columns) == list(original.columns)
    assert len(stored) == len(original)
    merged = stored.set_index("event_id").sort_index()
    source = original.set_index("event_id").sort_index()
    for column in (
        "date",
        "date_end",
        "published",
        "actors",
        "places",
        "quantities",
        "sentence",
        "cluster_id",
    ):
        assert list(merged[column]) == list(source[column]), column


def test_articles_round_trip_with_offsets(seed_extraction, seed_store):
    articles = {a.id: a for a in store.read_articles(seed_store)}
    for article in seed_extraction.articles:
        again = articles[article.id]
        assert again == article


def test_article_facts_are_the_stored_articles_fields(seed_store):
    # the overview counts and lists articles from these, read without the text
    articles = store.read_articles(seed_store)
    facts = store.read_article_facts(seed_store)
    assert [f.id for f in facts] == [a.id for a in articles]
    for fact, article in zip(facts, articles, strict=True):
        for name in ("outlet", "language", "language_basis", "published", "published_basis"):
            assert getattr(fact, name) == getattr(article, name), name
        for name in ("source_label", "title", "file_name"):
            assert getattr(fact, name) == getattr(article, name), name
        assert fact.published_reason == article.published_reason
        assert fact.reading_note == article.reading_note
        assert article.cleaned_text.startswith(fact.opening) and fact.opening
        assert fact.length == len(article.cleaned_text)
        assert store.read_article(seed_store, article.id) == article
    assert store.read_article(seed_store, "no-such-article") is None


def test_a_store_from_before_the_facts_column_reads_the_same_facts(db):
    # the facts are written beside each record; older stores have only the record
    import duckdb

    written = store.read_article_facts(db)
    assert written and all(f.language for f in written)
    with duckdb.connect(str(db)) as con:
        (missing,) = con.execute("SELECT count(*) FROM articles WHERE facts IS NULL").fetchone()
        assert missing == 0  # the fast path is the one taken
        con.execute(
            "UPDATE articles SET facts = NULL WHERE article_id = (SELECT min(article_id) FROM articles)"
        )
    assert store.read_article_facts(db) == written  # a row without them: read from its record
    with duckdb.connect(str(db)) as con:
        con.execute("ALTER TABLE articles DROP COLUMN facts")
    assert store.read_article_facts(db) == written


def test_clusters_read_back_as_the_records_that_were_stored(seed_extraction, seed_store):
    """Typed across layers: pages read `cluster.discrepancies`, and the records read back
    write exactly the JSON that was stored (the `clusters` CLI prints the same)."""
    import json

    import duckdb

    from crisis_timeline.clusters import Cluster

    read = store.read_clusters(seed_store)
    assert read and all(isinstance(c, Cluster) for c in read)
    assert {c.cluster_id: c for c in read} == {c.cluster_id: c for c in seed_extraction.clusters}
    with duckdb.connect(str(seed_store), read_only=True) as con:
        stored = dict(con.execute("SELECT cluster_id, record FROM clusters").fetchall())
    assert {c.cluster_id: json.dumps(c.to_json(), ensure_ascii=False) for c in read} == stored
    assert any(d.groups for c in read for d in c.discrepancies)


def test_outlet_profiles_are_stored_as_computed(seed_extraction, seed_store):
    from crisis_timeline.outlets import profiles_of_articles

    computed = profiles_of_articles(
        seed_extraction.events, seed_extraction.clusters, seed_extraction.articles
    )
    stored = store.read_outlet_profiles(seed_store)
    assert stored is not None and len(stored) == len(computed) > 1
    assert [p.to_json() for p in stored] == [p.to_json() for p in computed]
    independent = next(p for p in stored if p.outlet == "The Independent")
    assert independent.events > 0 and independent.sources_cited


def test_a_store_without_stored_profiles_reads_as_none(tmp_path, seed_store):
    import duckdb

    old = tmp_path / "old.duckdb"
    shutil.copy(seed_store, old)
    with duckdb.connect(str(old)) as con:
        con.execute("DROP TABLE outlet_profiles")
    assert store.read_outlet_profiles(old) is None


def test_build_is_skipped_when_inputs_are_unchanged(tmp_path):
    path = tmp_path / "events.duckdb"
    first = store.build_store([settings.SEEDS_DIR], None, path)
    second = store.build_store([settings.SEEDS_DIR], None, path)
    assert first.rebuilt and not second.rebuilt
    assert first.fingerprint == second.fingerprint


def test_a_failed_build_leaves_the_previous_store_untouched(tmp_path, monkeypatch):
    path = tmp_path / "events.duckdb"
    store.build_store([settings.SEEDS_DIR], None, path)
    before = store.read_events(path)
    extra = tmp_path / "more"
    shutil.copytree(settings.SEEDS_DIR, extra)
    (extra / "005_new.txt").write_text(
        "Poland closed the Kuźnica crossing on Tuesday 9 November 2021.", encoding="utf-8"
    )

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_events_for_storage", explode)
    with pytest.raises(RuntimeError):
        store.build_store([extra], None, path)
    after = store.read_events(path)
    pd.testing.assert_frame_equal(before, after)
    assert not list(tmp_path.glob(".*.tmp"))


# ------------------------------------------------------------- the store-writing rules


@pytest.fixture()
def built(tmp_path, seed_store) -> Path:
    """A copy of the seed store in its own folder (tests may try to damage it)."""
    path = tmp_path / "events.duckdb"
    shutil.copy(seed_store, path)
    return path


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize(
    "make_inputs",
    [
        lambda folder: [folder / "seedz"],  # a mistyped folder
        lambda folder: [_write(folder / "empty.txt", "")],  # only an empty file
        lambda folder: [_write(folder / "a.pdf", "%PDF-1.4 not an article")],
    ],
    ids=["missing-folder", "empty-file", "pdf"],
)
def test_a_build_that_reads_nothing_never_replaces_the_store(built, tmp_path, make_inputs):
    before = _bytes(built)
    with pytest.raises(CrisisTimelineError, match="no article could be read.*left as it was"):
        store.build_store(make_inputs(tmp_path), None, built)
    assert _bytes(built) == before


def test_a_build_that_reads_nothing_creates_no_store(tmp_path):
    path = tmp_path / "new.duckdb"
    with pytest.raises(CrisisTimelineError, match="not created"):
        store.build_store([tmp_path / "seedz"], None, path)
    assert not path.exists()


def test_write_store_refuses_an_empty_extraction_over_a_store(built):
    from crisis_timeline.pipeline import Extraction

    empty = Extraction(
        events=store.read_events(built).iloc[:0], articles=[], clusters=[], problems=[]
    )
    before = _bytes(built)
    with pytest.raises(CrisisTimelineError, match="nothing to store"):
        store.write_store(built, "key", empty)
    assert _bytes(built) == before


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _foreign_duckdb(path: Path) -> Path:
    import duckdb

    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE accounts (name VARCHAR)")
        con.execute("INSERT INTO accounts VALUES ('keep me')")
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: _write(d / "notes.txt", "my notes\n"), "not a DuckDB file"),
        (lambda d: _foreign_duckdb(d / "other.duckdb"), "not a Crisis Timeline store"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "file", "x") / "events.duckdb", "not a folder"),
    ],
    ids=["text-file", "foreign-duckdb", "folder", "under-a-file"],
)
def test_build_never_writes_over_what_is_not_its_store(tmp_path, make, message):
    target = make(tmp_path)
    before = {p: _bytes(p) for p in tmp_path.rglob("*") if p.is_file()}
    with pytest.raises(CrisisTimelineError, match=message):
        store.build_store([settings.SEEDS_DIR], None, target)
    assert {p: _bytes(p) for p in tmp_path.rglob("*") if p.is_file()} == before


def test_an_empty_file_holds_nothing_to_lose(tmp_path):
    target = _write(tmp_path / "made-by-mktemp.duckdb", "")
    info = store.build_store([settings.SEEDS_DIR], None, target)
    assert info.rebuilt and store.read_info(target).articles == 5


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "typo.duckdb", "no store at .*typo.duckdb"),
        (lambda d: _write(d / "notes.txt", "my notes\n"), "notes.txt is not a readable"),
        (lambda d: _foreign_duckdb(d / "other.duckdb"), "other.duckdb is not a readable"),
        (lambda d: d, "is a folder"),
    ],
    ids=["missing", "text-file", "foreign-duckdb", "folder"],
)
def test_reads_name_the_file_that_is_not_a_store(tmp_path, make, message):
    target = make(tmp_path)
    for read in (store.read_events, store.read_articles, store.read_clusters, store.read_info):
        with pytest.raises(CrisisTimelineError, match=message):
            read(target)
    assert not (tmp_path / "typo.duckdb").exists()


def test_a_second_build_fails_clearly_when_the_first_holds_the_lock(built, monkeypatch):
    monkeypatch.setattr(settings, "STORE_LOCK_TIMEOUT_SECONDS", 0.2)
    before = _bytes(built)
    with store.store_lock(built):
        with pytest.raises(CrisisTimelineError, match="another build is still writing"):
            store.build_store([settings.SEEDS_DIR], None, built, force=True)
    assert _bytes(built) == before


def test_a_second_build_waits_for_the_first(built):
    import threading
    import time

    holding = threading.Event()

    def first_build():
        with store.store_lock(built):
            holding.set()
            time.sleep(0.5)
            built.touch()

    thread = threading.Thread(target=first_build)
    thread.start()
    holding.wait(5)
    started = time.monotonic()
    info = store.build_store([settings.SEEDS_DIR], None, built)
    thread.join()
    assert time.monotonic() - started >= 0.4, "it waited for the lock"
    assert info.articles == 5


def test_temporaries_of_killed_builds_are_removed(built):
    dead = built.with_name(f".{built.name}.999999999.tmp")
    dead_wal = built.with_name(f".{built.name}.999999999.tmp.wal")
    alive = built.with_name(f".{built.name}.{os.getppid()}.tmp")  # a running process's
    other = built.with_name(".notes.txt.999999999.tmp")  # another file's: not ours to remove
    for path in (dead, dead_wal, alive, other):
        path.write_bytes(b"partial")
    store.build_store([settings.SEEDS_DIR], None, built, force=True)
    assert not dead.exists() and not dead_wal.exists()
    assert alive.exists() and other.exists()


def test_an_unexpected_error_in_one_article_skips_only_that_article(tmp_path, monkeypatch):
    from crisis_timeline import pipeline

    monkeypatch.delenv(settings.DEBUG_ENV_VAR, raising=False)
    real = pipeline.process_article

    def flaky(article):
        if article.id.startswith("002"):
            raise KeyError("a bug")
        return real(article)

    monkeypatch.setattr(pipeline, "process_article", flaky)
    path = tmp_path / "events.duckdb"
    info = store.build_store([settings.SEEDS_DIR], None, path)
    assert info.articles == 4 and info.events > 0
    assert any("002" in p and "KeyError" in p and "skipped" in p for p in info.problems)
    assert not any(a.id.startswith("002") for a in store.read_articles(path))


def test_debug_lets_an_unexpected_error_through(tmp_path, monkeypatch):
    from crisis_timeline import pipeline

    monkeypatch.setenv(settings.DEBUG_ENV_VAR, "1")
    monkeypatch.setattr(pipeline, "process_article", lambda article: {}["boom"])
    with pytest.raises(KeyError):
        store.build_store([settings.SEEDS_DIR], None, tmp_path / "events.duckdb")
