"""Present: step through the filtered stories in large type, the map following each step."""

from __future__ import annotations

import streamlit as st

from crisis_timeline.charts.map import map_deck, step_map_note, view_for_step
from crisis_timeline.geo import place_summary
from crisis_timeline.presentation import initial_step, outlets_pager, step_choice, step_html
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
.ct-present .ct-language { font-weight: 400; margin-left: 0.4rem; }
.ct-present .ct-quotes[hidden] { display: none; }
.ct-present blockquote { max-height: 13rem; overflow-y: auto; }  /* a pathological quote scrolls */
.ct-present.ct-compact blockquote { font-size: 1.2rem; line-height: 1.4; margin: .4rem 0; }
</style>
"""
# After a choice in "Jump to" the focus stays in the box, where Streamlit's shortcuts skip
# keys: the box gives up ← → Home End (its list closed) so that they keep stepping.
PRESENTER_KEYS_JS = """<script>
window.ctPresentKeys || document.addEventListener("keydown", (event) => {
  const field = event.target, keys = ["ArrowLeft", "ArrowRight", "Home", "End"];
  if (!keys.includes(event.key) || !field.closest?.("[data-testid=stSelectbox]")) return;
  if (!document.querySelector(".ct-present") || field.ariaExpanded === "true") return;
  event.preventDefault(); event.stopPropagation(); field.blur();
  document.body.dispatchEvent(new KeyboardEvent("keydown", {key: event.key, bubbles: true}));
}, true);
window.ctPresentKeys = true;
</script>"""
# key -> (icon, shortcut), and label, of the step buttons, two each side of the "Jump to" box
STEP_BUTTONS = {
    "present_first": (":material/first_page:", "Home"),
    "present_prev": (":material/chevron_left:", "Left"),
    "present_next": (":material/chevron_right:", "Right"),
    "present_last": (":material/last_page:", "End"),
}
STEP_LABELS = {"present_first": "First", "present_prev": "Previous"}
STEP_LABELS |= {"present_next": "Next", "present_last": "Last"}


def _go(step: int) -> None:
    st.session_state["present_step"] = step
    st.session_state["present_outlets"] = 0  # a new step opens on its first outlets


def _outlets(page: int) -> None:
    st.session_state["present_outlets"] = page


with guard("the presentation"):
    context = start("Present", "present", sidebar=False)
    st.html(PRESENTER_CSS)
    st.html(PRESENTER_KEYS_JS, unsafe_allow_javascript=True)
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

    targets = {"present_first": 1, "present_prev": number - 1}
    targets |= {"present_next": number + 1, "present_last": len(steps)}
    controls = st.columns([1, 1, 4, 1, 1])
    for column, (key, (icon, shortcut)) in zip(
        [*controls[:2], *controls[3:]], STEP_BUTTONS.items(), strict=True
    ):
        column.button(
            STEP_LABELS[key],
            icon=icon,
            on_click=_go,
            args=(targets[key],),
            disabled=not 1 <= targets[key] <= len(steps) or targets[key] == number,
            shortcut=shortcut,
            key=key,
            width="stretch",
        )
    # The box shows the current step however it was reached (keys, buttons, the URL): its
    # state is set before it is drawn, since a selectbox's `index` only seeds its first run.
    st.session_state["present_jump"] = number
    controls[2].selectbox(
        "Jump to",
        range(1, len(steps) + 1),
        key="present_jump",
        label_visibility="collapsed",
        format_func=lambda n: step_choice(steps[n - 1], n, len(steps)),
        on_change=lambda: _go(st.session_state["present_jump"]),
    )

    text_column, map_column = st.columns([3, 2])
    with text_column:
        page = st.session_state.get("present_outlets", 0)
        st.html(step_html(step, page))
        shown, more = outlets_pager(step, page)
        pager = st.columns([3, 2] if shown else [1])
        pager[0].caption(
            f"Step {number:d} of {len(steps)} · keys: ← previous, → next, Home, End"
            + (f" · {literal(shown)}" if shown else "")
            + f" · {literal(step.event_type.replace('_', ' '))}"
        )
        if shown:  # ↓ pages through the outlets; on the last page ↑ (or the button) goes back
            pager[1].button(
                literal(more) if more else "First outlets",
                icon=":material/expand_more:" if more else ":material/expand_less:",
                on_click=_outlets,
                args=(page + 1 if more else 0,),
                shortcut="Down" if more else "Up",
                key="present_outlets_button",
                width="stretch",
            )
    with map_column:
        step_events = context.events[context.events["event_id"].isin(step.event_ids)]
        summary = place_summary(step_events, places_for(step_events))
        # the step's places and the crossing, fitted with a margin (charts.map.view_for_step)
        view = view_for_step(summary, step.places, width_px=440, height_px=420)
        deck = map_deck(
            summary,
            view=view or "region",
            theme=context.theme,
            selected_place=step.places[0] if step.places else None,
            large_type=True,
            width=440,
            height=420,
        )
        st.pydeck_chart(deck, key="present_map", height=420)
        note = step_map_note(summary, step.places, fitted=view is not None)
        if note:
            st.caption(literal(note))
