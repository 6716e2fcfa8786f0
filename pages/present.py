"""Present: step through the filtered stories in large type, the map following each step."""

from __future__ import annotations

import streamlit as st

from crisis_timeline.charts.map import map_deck, view_for_place
from crisis_timeline.geo import place_summary
from crisis_timeline.presentation import fly_to_place, initial_step, step_choice, step_html
from ui import filters as shared_filters
from ui.data import places_for, presentation_steps_cached
from ui.messages import guard
from ui.page import start
from ui.text import literal

# Legible when a 1080p screen is shared at 720p: ~1.5x the normal type.
PRESENTER_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"] { display: none; }
.ct-present { overflow-wrap: anywhere; }
.ct-present h1 { font-size: 2.6rem; line-height: 1.15; margin: 0 0 .3rem 0; }
.ct-present .ct-date { font-size: 1.6rem; font-weight: 700; }
.ct-present blockquote { font-size: 1.45rem; line-height: 1.45; margin: .6rem 0; border-left: .35rem solid currentColor; padding-left: .8rem; }
.ct-present .ct-outlet { font-size: 1.15rem; font-weight: 700; }
</style>
"""


def _go(step: int) -> None:
    st.session_state["present_step"] = step


with guard("the presentation"):
    context = start("Present", "present", sidebar=False)
    st.html(PRESENTER_CSS)
    st.page_link("pages/timeline.py", label="Exit presentation", icon=":material/close:")
    steps = presentation_steps_cached(context.filters)
    if not steps:
        st.title("Present")
        st.info(
            "No events match the current filters, so there is nothing to present. "
            "Exit the presentation to change the filters."
        )
        st.stop()
    if "present_step" not in st.session_state:
        st.session_state["present_step"] = initial_step(
            steps, st.query_params.get("step"), context.filters.event_id
        )
    number = min(max(st.session_state["present_step"], 1), len(steps))
    step = steps[number - 1]
    shared_filters.publish(context.filters, step=str(number))

    controls = st.columns([1, 1, 4, 1, 1])
    controls[0].button(
        "First",
        icon=":material/first_page:",
        on_click=_go,
        args=(1,),
        disabled=number == 1,
        shortcut="Home",
        key="present_first",
        width="stretch",
    )
    controls[1].button(
        "Previous",
        icon=":material/chevron_left:",
        on_click=_go,
        args=(number - 1,),
        disabled=number == 1,
        shortcut="Left",
        key="present_prev",
        width="stretch",
    )
    controls[2].selectbox(
        "Jump to",
        range(1, len(steps) + 1),
        index=number - 1,
        key="present_jump",
        label_visibility="collapsed",
        format_func=lambda n: step_choice(steps[n - 1], n, len(steps)),
        on_change=lambda: _go(st.session_state["present_jump"]),
    )
    controls[3].button(
        "Next",
        icon=":material/chevron_right:",
        on_click=_go,
        args=(number + 1,),
        disabled=number == len(steps),
        shortcut="Right",
        key="present_next",
        width="stretch",
    )
    controls[4].button(
        "Last",
        icon=":material/last_page:",
        on_click=_go,
        args=(len(steps),),
        disabled=number == len(steps),
        shortcut="End",
        key="present_last",
        width="stretch",
    )

    text_column, map_column = st.columns([3, 2])
    with text_column:
        st.html(step_html(step))
        st.caption(
            f"Step {number:d} of {len(steps)} · keys: ← previous, → next, Home, End · "
            f"{literal(step.event_type.replace('_', ' '))}"
        )
    with map_column:
        step_events = context.events[context.events["event_id"].isin(step.event_ids)]
        summary = place_summary(step_events, places_for(step_events))
        target = fly_to_place(summary, step.places)
        view = view_for_place(target["lat"], target["lon"]) if target else None
        deck = map_deck(
            summary,
            view=view or "region",
            theme=context.theme,
            selected_place=step.places[0] if step.places else None,
            large_type=True,
        )
        st.pydeck_chart(deck, key="present_map", height=420)
        if target is None:
            st.caption("This story names no town, village or crossing: the map shows the region.")
