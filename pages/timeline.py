"""Timeline: events on a time axis by outlet or story; select a point or a row to inspect it."""

from __future__ import annotations

import streamlit as st

from ui import filters as shared_filters
from ui.data import article_by_id, timeline_chart, timeline_rows
from ui.event_card import show_event
from ui.exports_panel import exports_panel
from ui.messages import guard
from ui.page import empty_state, show_timeline_key, start, timeline_caption

MAX_TABLE_ROWS = 5000  # a browser table of 60,000 sentences takes seconds to send and draw
LANES = {"outlet": "Outlets", "cluster": "Stories (clusters)"}

st.title("Timeline")
with guard("the timeline"):
    context = start("Timeline", "timeline")
    lanes = shared_filters.url_choice(
        "Lanes", LANES, param="lanes", default="outlet", key="timeline_lanes"
    )
    shared_filters.publish(context.filters, lanes=lanes if lanes != "outlet" else None)
    if not empty_state(context, "timeline"):
        events = context.events
        figure = timeline_chart(context.filters, context.theme, lanes=lanes)
        chosen = st.plotly_chart(
            figure,
            key="timeline_chart",
            on_select="rerun",
            selection_mode="points",
            config={"displaylogo": False},
            theme=None,
        )
        show_timeline_key(figure)
        points = chosen.selection.points if chosen and chosen.selection else []
        picked = next((p.get("customdata") for p in points if p.get("customdata")), None)
        if isinstance(picked, list):
            picked = picked[0]
        if picked and picked != context.filters.event_id:
            shared_filters.select_event(picked)
            st.session_state["timeline_scroll_to_card"] = True
            st.rerun()

        # right under the chart, and scrolled into view after a click: below the caption it
        # started under the fold at 1280x720, and a click seemed to do nothing
        selected = context.selected_event()
        if selected is not None:
            st.subheader("Selected event")
            show_event(
                selected,
                context.filters,
                cluster_label=context.data.cluster_labels.get(selected["cluster_id"]),
                article=article_by_id(selected["article_id"]),
                scroll=st.session_state.pop("timeline_scroll_to_card", False),
            )
        timeline_caption(figure)

        st.subheader("The events behind the chart")
        # the chart's points cannot take keyboard focus (plotly draws them in SVG without
        # tabindex); the table can, and a selected row selects the event on every page
        st.caption(
            "Select a row to show its event above and on every page. Keyboard: Tab into "
            "the table, arrow keys to a row, Shift+Space to select it."
        )
        table = timeline_rows(context.filters, MAX_TABLE_ROWS)
        if len(events) > MAX_TABLE_ROWS:
            st.caption(
                f"Showing the first {MAX_TABLE_ROWS:,} of {len(events):,} events; narrow the "
                "filters to see the others, or export them all below."
            )
        rows = st.dataframe(
            table.drop(columns=["event_id"], errors="ignore"),
            hide_index=True,
            width="stretch",
            on_select="rerun",
            selection_mode="single-row",
            key="timeline_table",
        )
        if rows and rows.selection.rows:
            row_event = table.iloc[rows.selection.rows[0]]["event_id"]
            if row_event != context.filters.event_id:
                shared_filters.select_event(row_event)
                st.session_state["timeline_scroll_to_card"] = True
                st.rerun()
        exports_panel(context)
