"""Overview: headline figures, the timeline, the latest events, and the articles read."""

from __future__ import annotations

import streamlit as st

from ui.data import articles_table, outlets_table, timeline_chart, view_figures
from ui.event_card import date_label
from ui.messages import guard
from ui.page import OUTLET_ROWS, empty_state, show_timeline_key, start, timeline_caption
from ui.text import literal

MAX_DATE_NOTES = 5  # beyond this, a count and a pointer to the Articles page
LATEST_EVENTS = 5
ARTICLE_ROWS = 100  # above this many articles, the overview lists outlets, not articles
# the overview's compact timeline (the Timeline page shows more): 5 lanes and "Other" keep its
# date axis above the fold at 1280x720 (charts.timeline.timeline_height: 40 px a lane); with 8,
# a large store's aggregated view put the dates at 780 px (tests/test_browser_large.py)
OVERVIEW_LANES = 6

st.title("Belarus–EU border crisis, 2021")
# one line at 1280 px; the timeline comes first so that a 720p screen shows it
st.caption("Crisis Timeline · every dated event in the articles: when it happened, who reported it")
with guard("the overview"):
    context = start("Overview", "overview")
    data, events = context.data, context.events
    # from the dataset's per-event arrays, once per view: a span and the latest events of
    # 100,000 rows in milliseconds, where sorting the rows themselves takes a tenth of a second
    figures = view_figures(context.filters, LATEST_EVENTS)
    span = figures.span
    columns = st.columns([1, 1, 1, 1, 1.8])  # the span needs room for two dates
    columns[0].metric("Articles", len(data.article_facts))
    columns[1].metric("Events (filtered)", len(events))
    columns[2].metric(
        "Shared stories",  # fits a fifth of 1280 px; the help says what it counts
        figures.shared_stories,
        help=f"Stories reported by two or more named outlets, of {figures.stories:,} "
        "stories in view.",
    )
    named, unattributed = data.named_outlets, data.unattributed
    columns[3].metric(
        "Outlets",
        len(named),
        help=f"Named outlets; {unattributed:,} article(s) have no known outlet."
        if unattributed
        else "Named outlets.",
    )
    if span is None:
        columns[4].metric("Span", "—")
    else:
        # the full dates do not fit a fifth of 1280 px in the value's type: within a year,
        # days in the value and the year in the label; across years, the years in the value
        # and the days in the label ("1 Mar–31 Dec" under "2014–2022" read as one year)
        first, last = span
        if first.year == last.year:
            columns[4].metric(f"Span, {first:%Y}", f"{first:%-d %b}–{last:%-d %b}")
        else:
            columns[4].metric(f"Span, {first:%-d %b %Y}–{last:%-d %b %Y}", f"{first:%Y}–{last:%Y}")

    st.subheader("Timeline")
    if not empty_state(context, "timeline"):
        figure = timeline_chart(
            context.filters, context.theme, range_slider=False, max_lanes=OVERVIEW_LANES
        )
        st.plotly_chart(
            figure,
            key="overview_timeline",
            config={"displaylogo": False},
            theme=None,
        )
        show_timeline_key(figure)
        timeline_caption(figure)
        st.caption("The table behind this chart, with every event, is on the Timeline page.")
        st.subheader("Latest events")
        latest = events.loc[figures.latest]
        st.markdown(
            "\n".join(
                f"- **{literal(date_label(row))}** · {literal(row['outlet'])}: {literal(row['sentence'])}"
                for _, row in latest.iterrows()
            )
        )

    st.subheader("Articles")
    if len(data.article_facts) <= ARTICLE_ROWS:
        st.dataframe(articles_table(), hide_index=True, width="stretch")
    else:
        # thousands of rows tell a reader less than one row per outlet, and cost every rerun;
        # so do a thousand outlets: the busiest are listed, the Outlets page compares them all
        outlets = outlets_table()
        st.dataframe(outlets.head(OUTLET_ROWS), hide_index=True, width="stretch")
        listed = (
            f"the {OUTLET_ROWS} with most articles listed (the Outlets page compares them all)"
            if len(outlets) > OUTLET_ROWS
            else "one row per outlet"
        )
        st.caption(
            f"{len(data.article_facts):,} articles from {len(outlets):,} outlets, {literal(listed)}; "
            "the Articles page lists and shows each article."
        )
    inferred = data.dated_from_text
    notes = [
        f"{article.source_label}: publication date {article.published_basis} — "
        f"{article.published_reason}"
        for article in inferred[:MAX_DATE_NOTES]
    ]
    if len(inferred) > MAX_DATE_NOTES:
        notes.append(
            f"{len(inferred) - MAX_DATE_NOTES:,} more articles have a publication date read "
            "from their text or inferred: the Articles page says why for each."
        )
    if notes:  # one element, not one per note: each element costs the browser on every rerun
        st.caption("  \n".join(literal(note) for note in notes))
    partial = data.read_in_part  # a language without tables
    if partial:
        st.caption(
            "  \n".join(
                literal(f"{a.source_label}: {a.reading_note}") for a in partial[:MAX_DATE_NOTES]
            )
        )
