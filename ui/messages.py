"""How a page shows problems: expected ones as a clear message, unexpected ones logged.

Every page body runs inside `guard()`, so no traceback ever reaches the page. A store that
cannot be used (CRISIS_TIMELINE_DB naming a folder, a text file, another program's DuckDB
file, or a path where no store can be built) is an expected problem: `store_problem` says
which file, what is wrong with it and what to do, instead of "try clearing the filters".
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import duckdb
import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException, StopException

from crisis_timeline import settings
from crisis_timeline.errors import CrisisTimelineError
from ui.text import literal

log = logging.getLogger("crisis_timeline.ui")

# Bytes 8..11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"


@contextlib.contextmanager
def guard(where: str) -> Iterator[None]:
    """Run a page body; show CrisisTimelineError as is and anything else as a friendly error."""
    try:
        yield
    except (RerunException, StopException):
        raise  # Streamlit's own control flow (st.rerun, st.stop), not errors
    except CrisisTimelineError as error:
        st.error(literal(error))  # messages name files and quote input: shown as written
    except Exception:  # noqa: BLE001 - the page must never show a traceback
        log.exception("unexpected error on %s", where)
        st.error(
            f"Something went wrong while drawing {literal(where)}. The error was logged on the "
            "server; try clearing the filters or reloading the page."
        )


def _first_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return (str(error).strip().splitlines() or [type(error).__name__])[0].rstrip(".")


def _tables(path: Path) -> set[str] | None:
    """The tables of the DuckDB file at `path`, None when it cannot be opened."""
    try:
        with duckdb.connect(str(path), read_only=True) as con:
            return {name for (name,) in con.execute("SHOW TABLES").fetchall()}
    except duckdb.Error:
        return None


def _what_is_wrong(path: Path, error: BaseException) -> str:
    """What is wrong with the store file at `path`, as the end of "..., which ..."."""
    if path.is_dir():
        return "is a folder, not a store file"
    if not path.exists():
        return f"does not exist, and no store could be built there ({_first_line(error)})"
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as read_error:
        return f"cannot be read ({_first_line(read_error)})"
    if not head:
        return "is an empty file, not a store"
    if head[8:12] != _DUCKDB_MAGIC:
        return "is not a DuckDB file (a text or other file), so not a store"
    tables = _tables(path)
    if tables is not None and not {"meta", "events", "articles"} <= tables:
        return "is a DuckDB file but not a Crisis Timeline event store (it lacks its tables)"
    return f"is a DuckDB file that could not be read as a store ({_first_line(error)})"


def store_problem(path: Path, error: BaseException) -> str:
    """One message for a store the app cannot use: which file, what is wrong, what to do."""
    named_by = (
        f"{settings.DB_ENV_VAR} points at {path}"
        if os.environ.get(settings.DB_ENV_VAR)
        else f"The event store is {path}"
    )
    return (
        f"The app cannot open its event store. {named_by}, which {_what_is_wrong(path, error)}. "
        f"Set {settings.DB_ENV_VAR} to a store built with “python -m crisis_timeline build "
        "--db FILE” or to a new file in a folder you can write to (the app builds it from the "
        f"seed articles), or unset it to use {settings.DEFAULT_DB_PATH}; then restart the app."
    )
