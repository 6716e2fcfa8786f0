"""disk_cache: built once, read back by later processes, rebuilt when unreadable or stale."""

from __future__ import annotations

import pytest

from crisis_timeline import disk_cache, entities


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("CRISIS_TIMELINE_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_built_value_is_read_back_instead_of_rebuilt(cache_dir):
    build, calls = _counting({"minsk": [1, 2]})
    assert disk_cache.load_or_build("index", "v1", build) == {"minsk": [1, 2]}
    assert disk_cache.load_or_build("index", "v1", build) == {"minsk": [1, 2]}
    assert len(calls) == 1
    assert [p.name for p in cache_dir.iterdir()] == ["index-v1.pickle"]


def test_a_new_version_is_built_and_replaces_the_old_file(cache_dir):
    disk_cache.load_or_build("index", "v1", lambda: "old")
    disk_cache.load_or_build("other", "v1", lambda: "kept")
    assert disk_cache.load_or_build("index", "v2", lambda: "new") == "new"
    assert sorted(p.name for p in cache_dir.iterdir()) == ["index-v2.pickle", "other-v1.pickle"]


def test_an_unreadable_file_is_rebuilt_and_rewritten(cache_dir, caplog):
    cache_dir.mkdir()
    disk_cache.path_for("index", "v1").write_bytes(b"half a pickle")
    assert disk_cache.load_or_build("index", "v1", lambda: [1, 2, 3]) == [1, 2, 3]
    assert "unreadable" in caplog.text
    build, calls = _counting(None)
    assert disk_cache.load_or_build("index", "v1", build) == [1, 2, 3]
    assert not calls


def test_an_unwritable_cache_folder_costs_only_the_rebuild(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CRISIS_TIMELINE_CACHE", str(blocker / "cache"))
    build, calls = _counting("value")
    assert disk_cache.load_or_build("index", "v1", build) == "value"
    assert disk_cache.load_or_build("index", "v1", build) == "value"
    assert len(calls) == 2
    assert list(tmp_path.iterdir()) == [blocker]  # no temporary file left behind


def test_the_geonames_fallback_index_is_built_once_across_processes(cache_dir, monkeypatch):
    minsk = entities._GeoName(625144, "Minsk", "BY", 53.9, 27.57, 1_742_124, True)
    build, calls = _counting(entities._GeoNamesIndex({"minsk": [minsk]}))
    monkeypatch.setattr(entities._GeoNamesIndex, "build", staticmethod(build))
    entities._shared_geonames_index.cache_clear()  # a new process
    try:
        assert entities._shared_geonames_index().lookup("minsk") == minsk
        entities._shared_geonames_index.cache_clear()  # another one
        assert entities._shared_geonames_index().lookup("minsk") == minsk
    finally:
        entities._shared_geonames_index.cache_clear()  # later tests read the real index
    assert len(calls) == 1
