"""The event store: round trip, reuse when inputs are unchanged, all-or-nothing writes."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from crisis_timeline import settings, store


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
