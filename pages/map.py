"""Border map: places with their events, the Bruzgi/Kuźnica crossing, two one-click views."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.charts.map import map_deck
from ui import filters as shared_filters
from ui.data import article_by_id, map_summary
from ui.event_card import date_label, show_event
from ui.messages import guard
from ui.page import empty_state, start
from ui.text import literal

MAX_PLACE_EVENTS = 50  # buttons; a crossing in a large corpus has thousands of events
VIEW_LABELS = {
    "crossing": "Bruzgi/Kuźnica crossing",
    "region": "Poland, Belarus and the Baltic states",
}

st.title("Border map")
with guard("the map"):
    context = start("Map", "map")
    view = shared_filters.url_choice(
        "View", VIEW_LABELS, param="view", default="region", key="map_view"
    )
    basemap = st.toggle(
        "Basemap tiles (needs internet)",
        value=False,
        key="map_basemap",
        help="Outlines and labels are drawn offline; tiles come from Carto when your browser can reach it.",
    )
    shared_filters.publish(context.filters, view=view if view != "region" else None)
    events = context.events
    summary = map_summary(context.filters)
    selected = context.selected_event()
    selected_place = selected["places"][0] if selected is not None and selected["places"] else None
    deck = map_deck(
        summary, view=view, theme=context.theme, selected_place=selected_place, basemap=basemap
    )
    chosen = st.pydeck_chart(
        deck, key="border_map", on_select="rerun", selection_mode="single-object", height=560
    )
    empty_state(context, "map")
    unlocated = summary.attrs.get("unlocated", 0)
    if unlocated:
        st.caption(f"{unlocated:,} place mentions have no known coordinates and are not drawn.")

    picked_objects = [
        obj
        for objs in (chosen.selection.objects.values() if chosen and chosen.selection else [])
        for obj in objs
    ]
    clicked_place = next((o.get("name") for o in picked_objects if o.get("name")), None)
    picked_place = clicked_place or selected_place
    # The map keeps its selection across pages and reruns: only a click not yet handled counts.
    new_click = bool(clicked_place) and clicked_place != st.session_state.get("map_handled_click")
    st.session_state["map_handled_click"] = clicked_place
    if selected is not None:
        st.subheader("Selected event")
        show_event(
            selected,
            context.filters,
            cluster_label=context.data.cluster_labels.get(selected["cluster_id"]),
            article=article_by_id(selected["article_id"]),
        )
    if picked_place:
        st.subheader(f"Events at {literal(picked_place)}")
        # .loc and a bool mask: events[empty object Series] would select (no) columns instead.
        at_place = events.loc[
            events["places"].map(lambda names: picked_place in names).astype(bool)
        ]
        # A place with one event: a new click on it selects that event in every view.
        if new_click and len(at_place) == 1:
            only = at_place.iloc[0]["event_id"]
            if only != context.filters.event_id:
                shared_filters.select_event(only)
                st.rerun()
        if at_place.empty:  # the crossing is drawn even when no event in view names it
            st.caption(f"No events in the current filters mention {literal(picked_place)}.")
        if len(at_place) > MAX_PLACE_EVENTS:
            st.caption(
                f"The first {MAX_PLACE_EVENTS} of {len(at_place):,} events here; narrow the "
                "dates or outlets to list the others."
            )
        for _, row in (
            at_place.sort_values("date", key=lambda s: s.map(lambda d: d.toordinal() if d else 0))
            .head(MAX_PLACE_EVENTS)
            .iterrows()
        ):
            if st.button(
                f"{literal(date_label(row))} · {literal(row['outlet'])}: {literal(row['sentence'][:140])}",
                key=f"map_pick_{row['event_id']}",
            ):
                shared_filters.select_event(row["event_id"])
                st.rerun()

    st.subheader("Places on the map")
    st.dataframe(
        pd.DataFrame(
            {
                "Place": summary.get("name", []),
                "Local name": summary.get("local_name", []),
                "Events": summary.get("event_count", []),
                "Lat": summary.get("lat", []),
                "Lon": summary.get("lon", []),
            }
        ),
        hide_index=True,
        width="stretch",
    )
