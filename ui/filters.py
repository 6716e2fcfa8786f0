"""The shared filters: one record in st.session_state, mirrored in the URL, drawn by every page.

Why every page calls `sidebar()` (and not app.py): a deep link opened first runs the page
file alone, so filters drawn in the entry point would be missing (STYLE.md). The record
lives under a permanent session key seeded from st.query_params; each page's widgets get
page-local keys, seeded from the record, and write back to the record and the URL.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import streamlit as st

from crisis_timeline.filters import Filters
from crisis_timeline.lang import language_name
from crisis_timeline.vocab import EVENT_TYPES
from ui.data import filter_choices
from ui.text import plain_text

STATE_KEY = "ct_filters"


def _plain_label(value: str) -> str:
    return plain_text(value.replace("_", " "))


# Options shown by name rather than code: "pl" reads "Polish" (crisis_timeline.lang).
_LABELS = {"languages": lambda code: plain_text(language_name(code))}
PAGE_PARAMS = ("step", "view", "lanes", "cluster", "article")  # page-local URL state kept as is


def _query_mapping() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def current() -> Filters:
    """The shared filter record (seeded from the URL on a session's first page)."""
    if STATE_KEY not in st.session_state:
        st.session_state[STATE_KEY] = Filters.from_query(_query_mapping())
    return st.session_state[STATE_KEY]


def publish(filters: Filters, **page_params: str | None) -> None:
    """Store the record and write it (plus page-local parameters) to the URL."""
    st.session_state[STATE_KEY] = filters
    query: dict[str, str | list[str]] = dict(filters.to_query())
    for key in PAGE_PARAMS:
        value = page_params.get(key, st.query_params.get(key))
        if value:
            query[key] = str(value)
    if {k: st.query_params.get_all(k) for k in st.query_params.keys()} != {
        k: v if isinstance(v, list) else [v] for k, v in query.items()
    }:
        st.query_params.from_dict(query)


def page_param(name: str) -> str | None:
    """A page-local URL parameter (one of PAGE_PARAMS) as the shared link gave it."""
    return st.query_params.get(name)


def url_choice(label: str, options: dict[str, str], *, param: str, default: str, key: str) -> str:
    """A segmented control seeded from the URL parameter `param`, falling back to `default`.

    The one "URL parameter -> default -> widget" step pages share; the page then passes
    the value to publish() (None when it is the default, which keeps links short)."""
    wanted = page_param(param)
    chosen = st.segmented_control(
        label,
        list(options),
        format_func=options.get,
        default=wanted if wanted in options else default,
        key=key,
    )
    return chosen or default


def select_event(event_id: str | None) -> None:
    """Select an event in every view; callers then st.rerun(), and that run's publish()
    writes the URL. (Writing it here too would be lost: the rerun interrupts this run, and
    the next one would find the server's copy of the URL already up to date.)"""
    st.session_state[STATE_KEY] = current().with_event(event_id)


def _date_range(page: str, bounds: tuple[date, date], filters: Filters) -> tuple[date, ...]:
    """The Dates box: the record's range clamped to `bounds`, following the bounds when they
    change (the background toggle widens or narrows them)."""
    low, high = bounds
    chosen = (max(filters.start or low, low), min(filters.end or high, high))
    if chosen[0] > chosen[1]:
        chosen = (low, high)
    key, drawn_with = f"{page}_dates", f"{page}_dates_bounds"
    # A keyed date_input keeps its own value when its bounds change (only key and format are
    # its identity), so "all dates" would stay the old bounds and then filter on them. Seeding
    # the value through session state (and passing no value=) makes the widget take it.
    if key not in st.session_state or st.session_state.get(drawn_with) != bounds:
        st.session_state[key] = chosen
    st.session_state[drawn_with] = bounds
    return st.date_input("Dates", min_value=low, max_value=high, key=key, format="YYYY-MM-DD")


def sidebar(page: str) -> Filters:
    """Draw the filter widgets for `page`; return the filters the user set."""
    filters = current()
    choices = filter_choices()
    # The calendar spans what can be shown: background dates only when they are shown. The
    # toggle is drawn below the dates, so this run's value is read from its session key.
    background_key = f"{page}_background"
    shown = bool(st.session_state.get(background_key, filters.background))
    bounds = choices["bounds"] if shown else choices["bounds_without_background"]
    with st.sidebar:
        st.header("Filters")
        date_range = _date_range(page, bounds, filters) if bounds else ()
        chosen_lists = {
            field: st.multiselect(
                label,
                choices,
                default=[v for v in getattr(filters, field) if v in choices],
                key=f"{page}_{key}",
                placeholder=placeholder,
                format_func=lambda v, f=field: plain_text(_LABELS.get(f, _plain_label)(v)),
            )
            for field, label, key, choices, placeholder in (
                ("outlets", "Outlets", "outlets", choices["outlet"], "All outlets"),
                (
                    "languages",
                    "Languages",
                    "languages",
                    choices["language"],
                    "All languages",
                ),
                ("event_types", "Event types", "types", list(EVENT_TYPES), "All types"),
                ("actors", "Actors", "actors", choices["actors"], "Anyone"),
                ("places", "Places", "places", choices["places"], "Anywhere"),
            )
        }
        text = st.text_input(
            "Text contains",
            value=filters.text,
            key=f"{page}_text",
            placeholder="e.g. sanctions, Kuźnica",
        )
        background = st.toggle(
            "Show background events",
            value=filters.background,
            key=background_key,
            help="Context older than the crisis: the 2020 election, 2014 Crimea, old photos.",
        )
    start = end = None
    if bounds and len(date_range) == 2:
        start = date_range[0] if date_range[0] != bounds[0] else None
        end = date_range[1] if date_range[1] != bounds[1] else None
    updated = replace(
        filters,
        start=start,
        end=end,
        **{field: tuple(values) for field, values in chosen_lists.items()},
        text=text.strip(),
        background=background,
    )
    publish(updated)
    return updated
