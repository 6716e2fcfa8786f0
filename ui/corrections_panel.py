"""Corrections by hand from the event card: "corrected by hand" with the machine's reading,
and an expander to change the date (with precision), type or places, mark the sentence as
not an event, merge the event's story with another, split the event out of its story, or
undo the latest correction. Each change is one call into crisis_timeline.corrections (kept
apart from extraction, so it survives a rebuild); the page then reads the store again.
It does not validate values itself (the core does, and its message is shown)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

import pandas as pd
import streamlit as st

from crisis_timeline import corrections, settings
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.vocab import EVENT_TYPES, PRECISIONS
from ui import data
from ui.text import literal, plain_text

MESSAGE_KEY = "ct_correction_message"  # what the last save did, shown after the rerun


def corrected_note(row: pd.Series) -> None:
    """ "Corrected by hand" with the machine's reading beside it, when the row was corrected."""
    if bool(row.get("corrected")):
        st.caption(
            f":orange-badge[corrected by hand] machine's reading: "
            f"{literal(row.get('machine_reading') or 'not kept')}"
        )


def _save(action: Callable[[], corrections.Correction], done: str) -> None:
    """Run one correction; on success keep a message, read the store again and rerun."""
    try:
        made = action()
    except CrisisTimelineError as error:
        st.error(literal(error))
        return
    st.session_state[MESSAGE_KEY] = f"{done} (correction {made.correction_id})."
    data.refresh()
    st.rerun()


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None


def corrections_panel(row: pd.Series) -> None:
    """The corrected-by-hand note and the "Correct this event" expander for one event row."""
    corrected_note(row)
    message = st.session_state.pop(MESSAGE_KEY, None)
    if message:
        st.success(literal(message))
    event_id = str(row["event_id"])
    key = "fix_" + hashlib.sha1(event_id.encode()).hexdigest()[:10]
    path = settings.db_path()
    with st.expander("Correct this event"):
        _date_form(row, key, path)
        _type_and_places(row, key, path)
        _story_tools(row, key, path)
        st.divider()
        if st.button("Undo the last correction", key=f"{key}_undo"):
            _save(lambda: corrections.undo_last(path), "Undone")


def _date_form(row: pd.Series, key: str, path) -> None:
    first = _day(row["date"]) or settings.CRISIS_PRIOR_DATE
    left, middle, right = st.columns(3)
    start = left.date_input("Date", first, key=f"{key}_date", format="YYYY-MM-DD")
    end = middle.date_input(
        "Last day", _day(row["date_end"]) or first, key=f"{key}_end", format="YYYY-MM-DD"
    )
    precision = right.selectbox(
        "Precision",
        PRECISIONS,
        index=PRECISIONS.index(row["precision"]) if row["precision"] in PRECISIONS else 0,
        key=f"{key}_precision",
    )
    if st.button("Save the date", key=f"{key}_save_date"):
        value = {"date": start.isoformat(), "date_end": end.isoformat(), "precision": precision}
        _save(
            lambda: corrections.add_correction(path, "date", str(row["event_id"]), value),
            "Date corrected",
        )


def _type_and_places(row: pd.Series, key: str, path) -> None:
    left, right = st.columns(2)
    kind = left.selectbox(
        "Type",
        EVENT_TYPES,
        index=EVENT_TYPES.index(row["event_type"]) if row["event_type"] in EVENT_TYPES else 0,
        format_func=lambda t: plain_text(t.replace("_", " ")),
        key=f"{key}_type",
    )
    if left.button("Save the type", key=f"{key}_save_type"):
        _save(
            lambda: corrections.add_correction(
                path, "type", str(row["event_id"]), {"event_type": kind}
            ),
            "Type corrected",
        )
    places = right.text_input(
        "Places (comma-separated)", ", ".join(row["places"] or []), key=f"{key}_places"
    )
    if right.button("Save the places", key=f"{key}_save_places"):
        chosen = [p.strip() for p in places.split(",") if p.strip()]
        _save(
            lambda: corrections.add_correction(
                path, "places", str(row["event_id"]), {"places": chosen}
            ),
            "Places corrected",
        )
    if st.button("This sentence is not an event", key=f"{key}_not_event"):
        _save(
            lambda: corrections.add_correction(path, "not_event", str(row["event_id"])),
            "Marked as not an event (hidden; undo brings it back)",
        )


def _story_tools(row: pd.Series, key: str, path) -> None:
    story = row.get("cluster_id")
    if not story:
        return
    labels = data.dataset().cluster_labels
    others = [c for c in labels if c != story and "-split-" not in c]
    st.caption(f"Story: {literal(labels.get(story, story))}")
    left, right = st.columns(2)
    if others:
        into = left.selectbox(
            "Merge this story with",
            others,
            format_func=lambda c: plain_text(labels.get(c, c)),
            key=f"{key}_into",
        )
        if left.button("Merge the stories", key=f"{key}_merge"):
            _save(
                lambda: corrections.add_correction(path, "merge", str(story), {"into": into}),
                "Stories merged",
            )
    if right.button("Split this event out of its story", key=f"{key}_split"):
        _save(
            lambda: corrections.split_out(path, str(row["event_id"])),
            "Event split out of its story",
        )
