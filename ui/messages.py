"""How a page shows problems: expected ones as a clear message, unexpected ones logged.

Every page body runs inside `guard()`, so no traceback ever reaches the page.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException, StopException

from crisis_timeline.errors import CrisisTimelineError

log = logging.getLogger("crisis_timeline.ui")


@contextlib.contextmanager
def guard(where: str) -> Iterator[None]:
    """Run a page body; show CrisisTimelineError as is and anything else as a friendly error."""
    try:
        yield
    except (RerunException, StopException):
        raise  # Streamlit's own control flow (st.rerun, st.stop), not errors
    except CrisisTimelineError as error:
        st.error(str(error))
    except Exception:  # noqa: BLE001 - the page must never show a traceback
        log.exception("unexpected error on %s", where)
        st.error(
            f"Something went wrong while drawing {where}. The error was logged on the server; "
            "try clearing the filters or reloading the page."
        )
