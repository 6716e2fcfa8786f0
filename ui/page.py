"""What every page does first: page config, the dataset, the shared filters, the theme."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from crisis_timeline.charts.key import key_html, timeline_key
from crisis_timeline.filters import Filters
from ui import filters as shared_filters
from ui.data import Dataset, dataset, filtered_events
from ui.navigation import menu
from ui.text import literal

# Article text may hold a word of thousands of characters (a URL, a run of digits, an attack):
# it wraps anywhere instead of widening the page past the screen.
# Streamlit's main column starts 6rem (96 px) down, so a title's letters began about 125 px
# below the top of a 720-px screen; its header is transparent and empty beside an open
# sidebar (toolbarMode "minimal"), so 2.5rem keeps the title clear of it and gives the
# chart under it 56 px more above the fold. Only a <style>, so Streamlit draws no element.
MAIN_PADDING_TOP_REM = 2.5
# The overview lists outlets, most articles first, when a corpus is too large to list its
# articles; this many at most (a thousand rows tell a reader little and cost every rerun).
OUTLET_ROWS = 50
PAGE_CSS = f"""
<style>
[data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"],
[data-testid="stAlertContainer"], [data-testid="stHeading"] {{ overflow-wrap: anywhere; }}
[data-testid="stMainBlockContainer"] {{ padding-top: {MAIN_PADDING_TOP_REM}rem; }}
</style>
"""


@dataclass(frozen=True)
class PageContext:
    data: Dataset
    filters: Filters
    events: pd.DataFrame  # the filtered event table
    theme: str  # "light" or "dark", as the viewer's browser shows the app

    def selected_event(self) -> pd.Series | None:
        """The selected event's row, if it is in the (unfiltered) table."""
        if not self.filters.event_id:
            return None
        rows = self.data.events[self.data.events["event_id"] == self.filters.event_id]
        return None if rows.empty else rows.iloc[0]


def theme() -> str:
    try:
        return "dark" if st.context.theme.type == "dark" else "light"
    except AttributeError:
        return "light"


def start(title: str, page: str, *, sidebar: bool = True) -> PageContext:
    """Set up a page: wide layout, title, data, filters (drawn in the sidebar)."""
    st.set_page_config(
        page_title=f"{title} · Crisis Timeline",
        layout="wide",
        initial_sidebar_state="auto" if sidebar else "collapsed",
    )
    st.html(PAGE_CSS)
    if sidebar:
        with st.sidebar:
            menu()
    data = dataset()
    filters = shared_filters.sidebar(page) if sidebar else shared_filters.current()
    for problem in data.problems:
        st.warning(f"Skipped an input file — {literal(problem)}")
    events = filtered_events(filters)  # cached per view: a rerun does not copy the table
    return PageContext(data=data, filters=filters, events=events, theme=theme())


def empty_state(context: PageContext, what: str) -> bool:
    """Explain an empty result; True when there is nothing to draw."""
    if not context.events.empty:
        return False
    if context.data.events.empty:
        st.info(f"No dated events in the articles yet, so there is no {literal(what)} to show.")
    else:
        st.info(
            f"No events match the filters ({literal(context.filters.describe())}), so the "
            f"{literal(what)} is empty. "
            "Widen the dates or clear a filter in the sidebar."
        )
    return True


def show_timeline_key(figure) -> None:
    """The chart's key (event types and what its symbols mean) as one line under it."""
    st.html(key_html(*timeline_key(figure)))


def timeline_caption(figure) -> None:
    """Say what a large timeline drew instead of every event (charts.timeline_figure meta)."""
    meta = figure.layout.meta or {}
    notes = []
    if meta.get("aggregated"):
        notes.append(
            f"{meta.get('events_drawn', 0):,} events are drawn as one marker per lane and day "
            "in the dates the chart opens on, and per lane and month outside them (size: how "
            "many events; colour: the most frequent type). Narrow the dates or outlets to see "
            "each event."
        )
    if meta.get("merged_lanes"):
        notes.append(f"{meta['merged_lanes']:,} lanes with the fewest events share the last lane.")
    if notes:
        st.caption(" ".join(literal(note) for note in notes))
