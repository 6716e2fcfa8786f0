"""disk_cache: built once, read back by later processes, rebuilt when unreadable or stale."""

from __future__ import annotations

import pytest

from crisis_timeline import disk_cache, geonames_fallback


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
    assert [p.name for p in cache_dir.iterdir()] == ["index--v1.pickle"]


def test_new_versions_are_built_and_only_the_latest_few_kept(cache_dir):
    for number in range(1, disk_cache.KEPT_VERSIONS + 2):
        built = disk_cache.load_or_build("index", f"v{number}", lambda n=number: f"value {n}")
        assert built == f"value {number}"
    disk_cache.load_or_build("index-extra", "v1", lambda: "another name, kept")
    assert sorted(p.name for p in cache_dir.iterdir()) == [
        "index--v2.pickle",
        "index--v3.pickle",
        "index--v4.pickle",
        "index-extra--v1.pickle",
    ]
    # an older version still on disk is read, not rebuilt (another checkout may use it)
    build, calls = _counting("rebuilt")
    assert disk_cache.load_or_build("index", "v2", build) == "value 2"
    assert not calls


def test_a_value_not_worth_keeping_is_returned_but_not_written(cache_dir):
    assert disk_cache.load_or_build("index", "v1", dict, keep=bool) == {}
    assert not cache_dir.exists() or not list(cache_dir.iterdir())


@pytest.mark.parametrize(
    "content",
    [
        b"half a pickle",
        # a whole pickle of something this Python cannot make (a class that does not exist)
        b"\x80\x04\x95\x1d\x00\x00\x00\x00\x00\x00\x00\x8c\x08builtins\x94\x8c\x0bNoSuchThing\x94\x93\x94.",
    ],
)
def test_an_unreadable_file_is_rebuilt_and_rewritten(cache_dir, caplog, content):
    cache_dir.mkdir()
    disk_cache.path_for("index", "v1").write_bytes(content)
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
    minsk = geonames_fallback.GeoName(625144, "Minsk", "BY", 53.9, 27.57, 1_742_124, True)
    build, calls = _counting(geonames_fallback.GeoNamesIndex({"minsk": [minsk]}))
    monkeypatch.setattr(geonames_fallback.GeoNamesIndex, "build", staticmethod(build))
    geonames_fallback.shared_geonames_index.cache_clear()  # a new process
    try:
        assert geonames_fallback.shared_geonames_index().lookup("minsk") == minsk
        geonames_fallback.shared_geonames_index.cache_clear()  # another one
        assert geonames_fallback.shared_geonames_index().lookup("minsk") == minsk
    finally:
        geonames_fallback.shared_geonames_index.cache_clear()  # later tests read the real index
    assert len(calls) == 1
