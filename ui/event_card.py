"""The selected event, shown the same way on every page, one click from its source sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from crisis_timeline.filters import Filters
from crisis_timeline.urls import view_url
from ui.text import literal


def date_label(row: pd.Series | Mapping[str, Any]) -> str:
    """ "Mon 15 Nov 2021, late" / "13–14 Nov 2021 (weekend)" / "undated" (an event row, or
    its dict: a dict is much cheaper to make for thousands of rows)."""
    start, end = row["date"], row["date_end"]
    if start is None:
        return "undated (publication date unknown)"
    if row["precision"] == "day":
        text = f"{start:%a %d %b %Y}"
    elif row["precision"] == "month":
        text = f"{start:%B %Y}"
    elif row["precision"] == "year":
        text = f"{start:%Y}"
    else:
        text = f"{start:%d %b}–{end:%d %b %Y} ({row['precision']})"
    if row.get("time_of_day"):
        text += f", {row['time_of_day']}"
    if row.get("published_basis") == "inferred" and row["dated_by"] != "expression":
        text += " (inferred)"
    return text


def show_event(row: pd.Series, filters: Filters, *, cluster_label: str | None = None) -> None:
    """A bordered card: date with its reason, outlet, the sentence, and a link to the article."""
    with st.container(border=True):
        st.markdown(
            f"**{literal(date_label(row))}** · {literal(row['outlet'])} · "
            f"{literal(row['language'])} · {literal(row['event_type'].replace('_', ' '))}"
        )
        st.markdown(f"> {literal(row['sentence'])}")
        st.caption(
            f"How the date was resolved: {literal(row['date_reason'])} "
            f"(confidence {row['confidence']:.2f})"
        )
        details = []
        if row["actors"]:
            details.append("Actors: " + ", ".join(row["actors"]))
        if row["places"]:
            details.append("Places: " + ", ".join(row["places"]))
        if row["quantities"]:
            details.append("Figures: " + ", ".join(q["text"] for q in row["quantities"]))
        if cluster_label:
            details.append(f"Story: {cluster_label}")
        if details:
            st.caption(" · ".join(literal(detail) for detail in details))
        link = view_url("articles", filters, article=row["article_id"])
        # backslash escapes hold in a link's address too: the URL arrives as built
        st.markdown(f"[Read the source sentence in its article →]({literal(link)})")
