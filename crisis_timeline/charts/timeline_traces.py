"""The timeline's plotly traces, as plain dicts: a marker trace per event type, span bars
for events dated to a weekend, week, month or year, aggregated markers for large views, the
legend's key entries, and the ring and line that mark the selected event.

Every trace carries `meta` {"role": "events"|"span"|"key"|"selected", ...} so that tests,
key.py and pages can tell them apart. Positions come from timeline_frame.py; the layout
around them from timeline.py.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time, timedelta
from typing import Any

import pandas as pd

from crisis_timeline.charts.palette import (
    EVENT_TYPE_LABELS,
    event_colour,
    event_symbol,
    rgba_css,
    theme_colours,
)
from crisis_timeline.charts.timeline_frame import records
from crisis_timeline.charts.timeline_hover import aggregate_hover, hover_text
from crisis_timeline.vocab import EVENT_TYPES


def iso(stamp: Any) -> str:
    """A date or timestamp as plotly's ISO x value."""
    if isinstance(stamp, datetime):  # also pd.Timestamp; the common case, without pandas
        return stamp.isoformat()
    return pd.Timestamp(stamp).isoformat()


def type_order(types) -> list[str]:
    """Event types in the vocabulary's order, unknown ones after them by name."""
    return [t for t in EVENT_TYPES if t in types] + sorted(set(types) - set(EVENT_TYPES))


def span_trace(event_type: str, rows: list[dict], colour: str, width: float) -> dict:
    """One trace of bars, each from an event's first day to the day after its last."""
    xs: list[Any] = []
    ys: list[Any] = []
    for record in rows:
        xs += [iso(record["day"]), iso(record["end_day"] + timedelta(days=1)), None]
        ys += [record["lane_y"], record["lane_y"], None]
    return {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "lines",
        "line": {"color": rgba_css(colour, 0.45), "width": width},
        "name": f"{EVENT_TYPE_LABELS.get(event_type, event_type)} (span)",
        "legendgroup": event_type,
        "showlegend": False,
        "hoverinfo": "skip",
        "meta": {
            "role": "span",
            "event_type": event_type,
            "event_ids": [record["event_id"] for record in rows],
        },
    }


def marker_trace(event_type: str, rows: list[dict], theme: str) -> dict:
    """The markers of one event type (rows carry x, y, size, inferred, event_id, hover)."""
    colour = event_colour(event_type, theme)
    background = theme_colours(theme)["background"]
    return {
        "type": "scatter",
        "x": [iso(record["x"]) for record in rows],
        "y": [record["y"] for record in rows],
        "mode": "markers",
        "name": EVENT_TYPE_LABELS.get(event_type, str(event_type)),
        "legendgroup": event_type,
        "marker": {
            "color": colour,
            # plotly draws markers with per-point sizes ("bubbles") at 0.7 opacity by
            # default, which would take the palette below its 3:1 contrast
            "opacity": 1,
            "symbol": [event_symbol(event_type, open_marker=r["inferred"]) for r in rows],
            "size": [int(r["size"]) for r in rows],
            "line": {
                # open markers are drawn by their outline; filled ones get a thin
                # background-coloured rim so overlapping markers stay separable
                "width": [2.5 if r["inferred"] else 1 for r in rows],
                "color": [colour if r["inferred"] else background for r in rows],
            },
        },
        "customdata": [record["event_id"] for record in rows],
        "hovertext": [record["hover"] for record in rows],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "meta": {"role": "events", "event_type": event_type},
    }


def event_traces(frame: pd.DataFrame, theme: str, style: dict) -> list[dict]:
    """One marker per event (one trace per type), plus bars for multi-day precisions."""
    by_type: dict[str, list[dict]] = {}
    for record in records(frame):
        record["hover"] = hover_text(record)
        by_type.setdefault(record["event_type"], []).append(record)
    bars: list[dict] = []
    markers: list[dict] = []
    for event_type in type_order(by_type):
        rows = by_type[event_type]
        spans = [record for record in rows if (record.get("precision") or "day") != "day"]
        if spans:
            bars.append(
                span_trace(event_type, spans, event_colour(event_type, theme), style["span"])
            )
        markers.append(marker_trace(event_type, rows, theme))
    # every bar under every marker: a year-long bar of one type hid the markers of the types
    # drawn before it
    return bars + markers


def bucket_middle(first: date, last: date) -> datetime:
    """Where a bucket's marker sits: the middle of its days (noon of a single day)."""
    return datetime.combine(first, time()) + timedelta(hours=12 * ((last - first).days + 1))


def aggregate_traces(
    groups: pd.DataFrame, lane_names: list[str], theme: str, style: dict
) -> list[dict]:
    """One marker per group of timeline_density.day_groups (lane and day, or lane and month),
    one trace per dominant type; the marker's area grows with the number of events it holds."""
    groups = groups.assign(lane=[lane_names[n] for n in groups["lane"]], y=groups["lane"])
    groups["x"] = [
        bucket_middle(first, last)
        for first, last in zip(groups["bucket"], groups["bucket_last"], strict=True)
    ]
    largest = max(int(groups["count"].max()), 1)
    groups["size"] = [
        style["marker"] + (style["marker_max"] - style["marker"]) * math.sqrt((n - 1) / largest)
        for n in groups["count"]
    ]
    traces = []
    by_type: dict[str, list[dict]] = {}
    for record in groups.to_dict("records"):
        record["hover"] = aggregate_hover(record)
        by_type.setdefault(record["event_type"], []).append(record)
    for event_type in type_order(by_type):
        trace = marker_trace(event_type, by_type[event_type], theme)
        trace["name"] += " (most frequent)"
        trace["meta"]["aggregated"] = True
        traces.append(trace)
    return traces


def key_traces(colours: dict[str, str], style: dict, *, inferred: bool, bars: bool) -> list[dict]:
    """Legend entries for what colour cannot say: the open symbol (when some date is
    `inferred`) and the span bar (when `bars` are drawn)."""
    keys = []
    if inferred:
        keys.append(
            {
                "type": "scatter",
                "x": [None],
                "y": [None],
                "mode": "markers",
                "name": "Open marker: date inferred",
                "marker": {"symbol": "circle-open", "color": colours["text"], "size": 10},
                "legendgroup": "key",
                "hoverinfo": "skip",
                "meta": {"role": "key"},
            }
        )
    if bars:
        keys.append(
            {
                "type": "scatter",
                "x": [None],
                "y": [None],
                "mode": "lines",
                "name": "Bar: dated to a weekend, week, month or year",
                "line": {"color": rgba_css(colours["muted"], 0.6), "width": style["span"]},
                "legendgroup": "key",
                "hoverinfo": "skip",
                "meta": {"role": "key"},
            }
        )
    return keys


def selected_ring(selected: dict, colours: dict[str, str], style: dict) -> dict:
    """A ring around the selected event's marker (drawn last, so on top)."""
    return {
        "type": "scatter",
        "x": [iso(selected["x"])],
        "y": [selected["y"]],
        "mode": "markers",
        "name": "Selected event",
        "marker": {
            "symbol": "circle-open",
            "color": colours["highlight"],
            "size": int(selected["size"] + style["ring_extra"]),
            "line": {"width": 3},
        },
        "customdata": [selected["event_id"]],
        "hovertext": [selected["hover"]],
        "hovertemplate": "%{hovertext}<extra></extra>",
        "legendgroup": "key",
        "meta": {"role": "selected", "event_id": selected["event_id"]},
    }


def selected_line(selected: dict, colours: dict[str, str]) -> dict:
    """A dotted vertical line through the selected event, across every lane (a shape)."""
    return {
        "type": "line",
        "x0": iso(selected["x"]),
        "x1": iso(selected["x"]),
        "y0": 0,
        "y1": 1,
        "xref": "x",
        "yref": "paper",
        "line": {"color": colours["highlight"], "width": 1.5, "dash": "dot"},
        "layer": "below",
    }
