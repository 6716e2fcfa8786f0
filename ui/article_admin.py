"""Remove an added article from the Articles page: a button, a confirmation, then one call
into crisis_timeline.ingest.remove_articles (one transaction; its stories are clustered
again) and a fresh read of the store. Only articles added by hand (the store's
`added_articles` table) offer it: the seeds and built folders come back with any rebuild,
so removing them here would not last. It never parses text."""

from __future__ import annotations

import streamlit as st

from crisis_timeline import ingest, settings
from crisis_timeline.errors import CrisisTimelineError
from ui import data
from ui.text import literal

MESSAGE_KEY = "ct_removed_message"  # what the removal did, shown after the rerun


@st.cache_data(show_spinner=False, max_entries=4)
def _added_ids(path_key: tuple[str, float]) -> frozenset[str]:
    from pathlib import Path

    return frozenset(ingest.added_article_ids(Path(path_key[0])))


def remove_button(article_id: str) -> None:
    """For an article added by hand: "Remove this article" with a confirmation; afterwards
    (on every article) the message saying what was removed."""
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        st.success(literal(message))
    path = settings.db_path()
    if not path.exists() or article_id not in _added_ids((str(path), path.stat().st_mtime)):
        return
    key = f"remove_{article_id}"
    if not st.button("Remove this article", key=key, icon=":material/delete:"):
        if not st.session_state.get(f"{key}_asked"):
            return
    st.session_state[f"{key}_asked"] = True
    st.warning("Remove this article and its events from the store? This cannot be undone.")
    yes, no = st.columns(2)
    if no.button("Keep it", key=f"{key}_no"):
        st.session_state.pop(f"{key}_asked", None)
        st.rerun()
    if yes.button("Yes, remove it", key=f"{key}_yes", type="primary"):
        st.session_state.pop(f"{key}_asked", None)
        try:
            outcomes = ingest.remove_articles([article_id], path)
        except CrisisTimelineError as error:
            st.error(literal(error))
            return
        st.session_state[MESSAGE_KEY] = "; ".join(o.line() for o in outcomes)
        st.session_state.pop("articles_pick", None)  # the picker's choice is gone
        data.refresh()
        st.rerun()
