"""Figure builders: the timeline, the coverage matrix, outlet figures (plotly), the map (pydeck).

Pure functions: a dataframe in, a figure out; no Streamlit, no I/O except the cached
border outlines that map_deck loads through geo.py when none are passed. Every chart has a
text alternative (timeline_table, coverage_matrix) and none depends on colour alone
(symbols per event type, numbers written in cells, labels on the map).

Pages should draw plotly figures with `st.plotly_chart(fig, theme=None)`: Streamlit's own
theme would otherwise replace the colours chosen here for contrast.
"""

from __future__ import annotations

import calendar
import html
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from crisis_timeline import geo, settings, timeline_density
from crisis_timeline.palette import (
    EVENT_TYPE_LABELS,
    event_colour,
    event_symbol,
    rgba,
    rgba_css,
    theme_colours,
)
from crisis_timeline.vocab import EVENT_TYPES

FONT_FAMILY = '"Source Sans Pro", "Source Sans 3", Arial, sans-serif'
NO_EVENTS_MESSAGE = "No events match the filters"
COVERAGE_GENTLE_SLANT_UP_TO = 8  # coverage matrix columns whose names slant at 30 degrees
LOW_CONFIDENCE = 0.5  # below this an event's date is drawn as inferred (open marker)
SENTENCE_HOVER_CHARS = 300
HOVER_WRAP_CHARS = 72
LANE_LABEL_CHARS = 40
# Offsets (in lanes) of the rows that neighbouring markers of a crowded day alternate
# between: lanes are numbers on the y axis (lane i at y = i), so markers can leave the line.
LANE_ROWS = (0.0, -0.27, 0.27)
LEGEND_ROW_PX, LEGEND_ROW_PX_LARGE = 30, 42  # 30 measured in chromium at font 13; 42 scaled to 20
# what the timeline reads per point once the frame is prepared (to_dict on fewer columns)
HOVER_COLUMNS = (
    "event_id",
    "event_type",
    "outlet",
    "sentence",
    "date",
    "date_end",
    "precision",
    "time_of_day",
    "date_reason",
    "dated_by",
    "trigger",
    "background",
    "lane",
    "day",
    "end_day",
    "x",
    "inferred",
    "outlet_count",
    "size",
    "y",
    "lane_y",
)

# what _prepare_events and the lanes read besides the hover columns
PREPARE_COLUMNS = (
    "article_id",
    "cluster_id",
    "cluster_label",
    "start",
    "published_basis",
    "confidence",
)

# A part of the day -> where its marker sits within the day (hours after midnight).
PART_OF_DAY_HOURS: dict[str, float] = {
    "early morning": 5.0,
    "morning": 9.0,
    "afternoon": 15.0,
    "evening": 19.0,
    "late": 22.0,
    "night": 23.0,
}


# ---- timeline -------------------------------------------------------------------------------


def _style(large_type: bool) -> dict[str, float]:
    """Sizes for normal and presenter mode (legible when 1080p is shared at 720p)."""
    if large_type:
        return {
            "font": 20,
            "marker": 16,
            "marker_step": 5,
            "marker_max": 36,
            "span": 14,
            "lane": 64,
            "ring_extra": 12,
        }
    return {
        "font": 13,
        "marker": 10,
        "marker_step": 4,
        "marker_max": 26,
        "span": 9,
        "lane": 40,
        "ring_extra": 9,
    }


def _hours_of(time_of_day: Any) -> float | None:
    """ "evening" -> 19.0, "20:32" -> 20.53; None when there is no usable time."""
    if not isinstance(time_of_day, str) or not time_of_day:
        return None
    if time_of_day in PART_OF_DAY_HOURS:
        return PART_OF_DAY_HOURS[time_of_day]
    hours, _, minutes = time_of_day.partition(":")
    if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
        return int(hours) + int(minutes) / 60
    return None


def _is_true(value: Any) -> bool:
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


def inferred_mask(events: pd.DataFrame) -> pd.Series:
    """True where nobody wrote the date: an inferred (or unknown) publication date carried
    to a lead event, or an extraction confidence below LOW_CONFIDENCE."""
    dated_by_publication = events["dated_by"] == "publication"
    basis_guessed = events["published_basis"].isin(("inferred", "unknown"))
    low = pd.to_numeric(events["confidence"], errors="coerce") < LOW_CONFIDENCE
    return (dated_by_publication & basis_guessed) | low.fillna(False).astype(bool)


def _escape(text: str) -> str:
    """Escape for plotly's text labels, which read <b>, <br> and entities, not quotes."""
    return html.escape(text, quote=False)


def _wrap(text: str, width: int = HOVER_WRAP_CHARS) -> str:
    """HTML-escape then wrap at spaces for a plotly hover label (which reads <br>).

    A plain greedy wrap: textwrap.wrap costs ~0.2 ms per call, too much for every
    point of a large corpus on every rerun.
    """
    lines: list[str] = []
    current = ""
    # escaping first is safe: entities contain no spaces, so no line breaks inside one
    for word in _escape(text).split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "<br>".join(lines)


def _when_text(event: dict) -> str:
    when = geo.date_label(event.get("date"), event.get("date_end"), event.get("precision"))
    time_of_day = event.get("time_of_day")
    if isinstance(time_of_day, str) and time_of_day:
        when += f", {time_of_day}"
    precision = _text(event.get("precision")) or "day"
    if precision != "day":
        when += f" ({precision})"
    if event.get("inferred"):
        when += " (inferred)"
    return when


def _text(value: Any) -> str:
    """A cell as text: "" for None and NaN (pandas turns None into NaN in mixed columns)."""
    return value if isinstance(value, str) else ""


def _hover_text(event: dict) -> str:
    lines = [f"<b>{_escape(_when_text(event))}</b>"]
    type_label = EVENT_TYPE_LABELS.get(event.get("event_type"), str(event.get("event_type")))
    lines.append(_escape(f"{_text(event.get('outlet')) or 'Unknown outlet'} · {type_label}"))
    lines.append(_wrap(geo.shorten(_text(event.get("sentence")), SENTENCE_HOVER_CHARS)))
    reason = _text(event.get("date_reason"))
    if reason:
        lines.append(_wrap(f"Date: {reason}"))
    dated_by = _text(event.get("dated_by")) or "unknown"
    trigger = _text(event.get("trigger"))
    how = f"Dated by: {dated_by}" + (f' ("{trigger}")' if trigger else "")
    lines.append(_wrap(how))
    if event.get("outlet_count", 1) > 1:
        lines.append(f"Reported by {event['outlet_count']} outlets")
    if _is_true(event.get("background")):
        lines.append("Background (before the crisis)")
    return "<br>".join(lines)


def _lane_labels(
    events: pd.DataFrame, lanes: str, cluster_labels: dict[str, str] | None
) -> pd.Series:
    if lanes == "outlet":
        return events["outlet"].fillna("Unknown outlet").astype(str)
    if lanes == "cluster":
        labels = dict(cluster_labels or {})
        if "cluster_label" in events.columns:  # a page may carry the labels as a column
            for cluster, label in zip(events["cluster_id"], events["cluster_label"], strict=True):
                if isinstance(label, str) and label:
                    labels.setdefault(cluster, label)
        # one label per distinct cluster (a corpus has ~1,500 for 100,000 rows)
        codes, clusters = pd.factorize(events["cluster_id"])
        names = np.array(
            [
                geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)
                if isinstance(cluster, str) and cluster
                else timeline_density.NOT_CLUSTERED
                for cluster in clusters
            ]
            + [timeline_density.NOT_CLUSTERED],  # code -1: no cluster
            dtype=object,
        )
        return pd.Series(names[codes], index=events.index, dtype=object)
    raise ValueError(f"lanes must be 'outlet' or 'cluster', not {lanes!r}")


def _outlets_per_cluster(events: pd.DataFrame) -> pd.Series:
    """How many outlets report each row's cluster (1 for rows without a cluster)."""
    clustered = events["cluster_id"].notna()
    counts = events[clustered].groupby("cluster_id")["outlet"].nunique()
    return events["cluster_id"].map(counts).fillna(1).astype(int)


def _marker_positions(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """x of each marker and its row offset within the lane.

    x: the day's noon, or its time of day; several events on one lane and day are spread
    across that day in text order, and alternate between rows of the lane, so none hides
    another. Within a day the x position orders events; it is not a clock time (the hover
    gives the real one)."""
    order = pd.DataFrame(
        {
            "lane": frame["lane"],
            "day": frame["day"],
            "hours": frame["time_of_day"].map(_hours_of).astype(float),
            "article": frame["article_id"].astype(str),
            "start": pd.to_numeric(frame["start"], errors="coerce").fillna(0),
        },
        index=frame.index,
    ).sort_values(["lane", "day", "hours", "article", "start"], na_position="first")
    groups = order.groupby(["lane", "day"], sort=False)
    rank = groups.cumcount()
    size = groups["day"].transform("size")
    spread = 2.0 + (rank + 0.5) * 20.0 / size  # between 02:00 and 22:00
    hours = spread.where(size > 1, order["hours"].fillna(12.0))
    midnight = pd.to_datetime(order["day"])
    # neighbours in a crowded day also alternate between rows of the lane (see LANE_ROWS)
    row = (rank % len(LANE_ROWS)).where(size > 1, 0).map(lambda r: LANE_ROWS[r])
    x = (midnight + pd.to_timedelta(hours, unit="h")).reindex(frame.index)
    return x, row.reindex(frame.index)


def _as_dates(values: pd.Series) -> list[date | None]:
    """geo.as_date over a column, once per distinct value (a corpus has a few hundred days,
    a view of 10,000 articles 100,000 cells)."""
    converted: dict[Any, date | None] = {}
    result = []
    for value in values:
        try:
            day = converted[value]
        except KeyError:
            day = converted[value] = geo.as_date(value)
        except TypeError:  # unhashable cell
            day = geo.as_date(value)
        result.append(day)
    return result


def _prepare_events(
    events: pd.DataFrame,
    *,
    lanes: str,
    cluster_labels: dict[str, str] | None,
    show_background: bool,
    max_lanes: int | None = None,
    view_start: date | None = None,
    view_end: date | None = None,
) -> tuple[pd.DataFrame, dict[str, int], list[pd.Timestamp] | None]:
    """Rows to draw one by one, with lane, day, end_day, x, row, inferred, outlet_count;
    what was left out; and the x range the chart opens on (None when nothing is dated).
    (Views above AGGREGATE_ABOVE events go through _aggregated_view.)"""
    # only what the chart reads: copying every column of 100,000 events costs more than drawing
    needed = {*HOVER_COLUMNS, *PREPARE_COLUMNS}
    frame = events[[c for c in events.columns if c in needed]].copy()
    frame["outlet_count"] = _outlets_per_cluster(frame)
    background = frame["background"].map(_is_true).astype(bool)
    hidden_background = int(background.sum()) if not show_background else 0
    if not show_background:
        frame = frame[~background]
    frame["day"] = _as_dates(frame["date"])
    frame["end_day"] = [
        max(end or start, start) if start else None
        for start, end in zip(frame["day"], _as_dates(frame["date_end"]), strict=True)
    ]
    undated = int(frame["day"].isna().sum())
    frame = frame[frame["day"].notna()].copy()
    frame["lane"] = _lane_labels(frame, lanes, cluster_labels)
    initial = None
    if not frame.empty:
        initial = _initial_range(
            min(frame["day"]),
            max(frame["end_day"]),
            lambda start, end: bool(((frame["end_day"] >= start) & (frame["day"] <= end)).any()),
            view_start,
            view_end,
        )
    frame["lane"], merged_lanes = timeline_density.cap_lanes(
        frame, lanes, max_lanes, _window_of(initial) if initial else None
    )
    frame["inferred"] = inferred_mask(frame)
    frame["row"] = 0.0
    if frame.empty:
        frame["x"] = pd.Series(dtype=object)
    else:
        frame["x"], frame["row"] = _marker_positions(frame)
    left_out = {
        "undated": undated,
        "hidden_background": hidden_background,
        "merged_lanes": merged_lanes,
        "aggregated": False,
        "events_drawn": len(frame),
    }
    return frame, left_out, initial


def _window_of(initial: list[pd.Timestamp]) -> tuple[date, date]:
    """The first and last whole day of an initial x range (_padded adds half a day)."""
    return (initial[0] + timedelta(days=1)).date(), (initial[1] - timedelta(days=1)).date()


def _lane_order(frame: pd.DataFrame, lanes: str) -> list[str]:
    other = timeline_density.OTHER_LANE[lanes]
    first_day = frame.groupby("lane")["day"].min() if lanes == "cluster" else None
    return sorted(
        frame["lane"].unique(),
        key=lambda lane: timeline_density.lane_sort_key(
            lanes, lane, lane.startswith(other), None if first_day is None else first_day[lane]
        ),
    )


def _figure(traces: list[dict], layout: dict) -> go.Figure:
    """A figure from plain dicts, skipping plotly's per-property validation.

    Validation costs ~20x the build time for a few hundred points (it walks every value);
    the tests re-validate each builder's output (go.Figure(fig.to_dict())) instead.
    """
    return go.Figure({"data": traces, "layout": layout}, _validate=False)


def _axis_style(colours: dict[str, str], font_size: float) -> dict:
    return {
        "showgrid": True,
        "gridcolor": colours["grid"],
        "showline": True,
        "linecolor": colours["border"],
        "zeroline": False,
        "color": colours["text"],
        "tickfont": {"color": colours["text"], "size": font_size},
        "title": {"font": {"color": colours["text"], "size": font_size}},
    }


def _base_layout(theme: str, font_size: float) -> dict:
    """A layout with every colour set from the theme and an empty template, so nothing else
    paints over them (and no template is deep-copied into each figure)."""
    colours = theme_colours(theme)
    return {
        # an empty template, as a dict: _figure() skips validation, which is what turns
        # template names into dicts, and plotly.io.to_html expects a dict here
        "template": {"data": {}, "layout": {}},
        "paper_bgcolor": colours["background"],
        "plot_bgcolor": colours["background"],
        "font": {"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
        "hoverlabel": {
            "bgcolor": colours["tooltip_background"],
            "bordercolor": colours["border"],
            "font": {"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
            "align": "left",
        },
        "legend": {"font": {"color": colours["text"], "size": font_size}},
        "xaxis": _axis_style(colours, font_size),
        "yaxis": _axis_style(colours, font_size),
    }


def empty_figure(message: str, *, theme: str = "light", large_type: bool = False) -> go.Figure:
    """A blank chart that says why it is blank (never an empty frame with axes)."""
    colours = theme_colours(theme)
    font = _style(large_type)["font"]
    layout = _base_layout(theme, font)
    layout["xaxis"] = {"visible": False}
    layout["yaxis"] = {"visible": False}
    layout.update(
        height=260,
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[
            {
                "text": _escape(message),
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": font + 3, "color": colours["text"]},
            }
        ],
        meta={"empty": True, "message": message},
    )
    return _figure([], layout)


def _padded(start: date, end: date) -> list[pd.Timestamp]:
    """An axis range covering the days start..end (inclusive) with half a day either side."""
    return [
        pd.Timestamp(start) - pd.Timedelta(hours=12),
        pd.Timestamp(end) + pd.Timedelta(days=1, hours=12),
    ]


def _initial_range(
    first: date,
    last: date,
    overlaps: Callable[[date, date], bool],
    view_start: date | None,
    view_end: date | None,
) -> list[pd.Timestamp]:
    """The x range the chart opens on: the filter's dates, else the crisis window (8-20
    November 2021) when any event `overlaps` it, else the data's first..last day."""
    if view_start is None and view_end is None:
        window_start, window_end = settings.CRISIS_VIEW_START, settings.CRISIS_VIEW_END
        if not overlaps(window_start, window_end):
            # another corpus: the crisis window would be empty, open on the data instead
            return _padded(first, last)
        return _padded(window_start, window_end)
    return _padded(view_start or first, view_end or last)


def _iso(stamp: Any) -> str:
    if isinstance(stamp, datetime):  # also pd.Timestamp; the common case, without pandas
        return stamp.isoformat()
    return pd.Timestamp(stamp).isoformat()


def _span_trace(event_type: str, rows: list[dict], colour: str, width: float) -> dict:
    xs: list[Any] = []
    ys: list[Any] = []
    for record in rows:
        xs += [_iso(record["day"]), _iso(record["end_day"] + timedelta(days=1)), None]
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


def _marker_trace(event_type: str, rows: list[dict], theme: str) -> dict:
    colour = event_colour(event_type, theme)
    background = theme_colours(theme)["background"]
    return {
        "type": "scatter",
        "x": [_iso(record["x"]) for record in rows],
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


def _records(frame: pd.DataFrame) -> list[dict]:
    return frame[[column for column in HOVER_COLUMNS if column in frame.columns]].to_dict("records")


def _selected_record(frame: pd.DataFrame, event_id: str | None) -> dict | None:
    """The selected event as a drawable record (with its hover), or None if not drawn."""
    if not event_id:
        return None
    rows = frame[frame["event_id"] == event_id]
    if rows.empty:
        return None
    record = _records(rows.head(1))[0]
    record["hover"] = _hover_text(record)
    return record


def _event_traces(frame: pd.DataFrame, theme: str, style: dict) -> list[dict]:
    """One marker per event (one trace per type), plus bars for multi-day precisions."""
    by_type: dict[str, list[dict]] = {}
    for record in _records(frame):
        record["hover"] = _hover_text(record)
        by_type.setdefault(record["event_type"], []).append(record)
    traces: list[dict] = []
    for event_type in _type_order(by_type):
        rows = by_type[event_type]
        spans = [record for record in rows if (record.get("precision") or "day") != "day"]
        if spans:
            traces.append(
                _span_trace(event_type, spans, event_colour(event_type, theme), style["span"])
            )
        traces.append(_marker_trace(event_type, rows, theme))
    return traces


def _type_order(types) -> list[str]:
    return [t for t in EVENT_TYPES if t in types] + sorted(set(types) - set(EVENT_TYPES))


def _bucket_label(first: date, last: date) -> str:
    """ "October 2021" for a whole month, "22–30 Nov 2021" for the part outside a window."""
    if first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]:
        return f"{first:%B %Y}"
    return f"{first.day}–{last:%-d %b %Y}"


def _bucket_middle(first: date, last: date) -> datetime:
    """Where a bucket's marker sits: the middle of its days (noon of a single day)."""
    return datetime.combine(first, time()) + timedelta(hours=12 * ((last - first).days + 1))


def _aggregate_hover(group: dict) -> str:
    first = group["bucket"]
    when = (
        _bucket_label(first, group["bucket_last"]) if group["monthly"] else f"{first:%a %d %b %Y}"
    )
    lines = [
        f"<b>{when}</b>",
        _escape(f"{group['lane']} · {group['count']} events"),
        _wrap(group["types"]),
    ]
    if group["spans"]:
        lines.append(f"{group['spans']} of them dated to a week, month or year")
    lines.append(_wrap("Most reported: " + geo.shorten(_text(group["sentence"]), 160)))
    lines.append("Click to select it; narrow the dates or outlets to see each event")
    return "<br>".join(lines)


def _aggregate_traces(
    groups: pd.DataFrame, lane_names: list[str], theme: str, style: dict
) -> list[dict]:
    """One marker per group of timeline_density.day_groups (lane and day, or lane and month),
    one trace per dominant type; the marker's area grows with the number of events it holds."""
    groups = groups.assign(lane=[lane_names[n] for n in groups["lane"]], y=groups["lane"])
    groups["x"] = [
        _bucket_middle(first, last)
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
        record["hover"] = _aggregate_hover(record)
        by_type.setdefault(record["event_type"], []).append(record)
    for event_type in _type_order(by_type):
        trace = _marker_trace(event_type, by_type[event_type], theme)
        trace["name"] += " (most frequent)"
        trace["meta"]["aggregated"] = True
        traces.append(trace)
    return traces


def _key_traces(colours: dict[str, str], style: dict, *, inferred: bool, bars: bool) -> list[dict]:
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
                "name": "Bar: weekend, week or month",
                "line": {"color": rgba_css(colours["muted"], 0.6), "width": style["span"]},
                "legendgroup": "key",
                "hoverinfo": "skip",
                "meta": {"role": "key"},
            }
        )
    return keys


@dataclass(frozen=True)
class _ViewOptions:
    """What timeline_figure was asked for, as both ways of drawing read it."""

    theme: str
    style: dict
    lanes: str
    cluster_labels: dict[str, str] | None
    show_background: bool
    selected_event_id: str | None
    view_start: date | None
    view_end: date | None
    max_lanes: int | None


@dataclass
class _Drawn:
    """What both ways of drawing the timeline (event by event, aggregated) hand to the layout."""

    traces: list[dict]
    lane_order: list[str]
    initial: list[pd.Timestamp]  # the x range the chart opens on
    first: date  # the data's first day and last end day
    last: date
    left_out: dict[str, Any]
    selected: dict | None  # the selected event's drawable record (x, y, size, hover...)


LANE_CHAR_EM = 0.6  # width of a lane name's character, in ems (wide enough for "Mm")


def _lane_margin(lanes: list[str], font_size: float) -> int:
    """Left margin that fits the longest lane name (tick labels, font_size px)."""
    longest = max((len(lane) for lane in lanes), default=0)
    return int(16 + LANE_CHAR_EM * font_size * longest)


def timeline_index(
    events: pd.DataFrame, cluster_labels: dict[str, str] | None = None
) -> timeline_density.TimelineIndex:
    """Per-event arrays of an event table for drawing large views of it fast.

    Build it once per table (the dataset's, before filtering) and pass it to timeline_figure
    with any filtered view of that table: a filter change then aggregates from it instead of
    re-reading every cell (timeline_density explains why)."""
    return timeline_density.TimelineIndex.build(
        events,
        days=_as_dates(events["date"]),
        end_days=_as_dates(events["date_end"]),
        background=events["background"].map(_is_true).to_numpy(dtype=bool),
        inferred=inferred_mask(events).to_numpy(dtype=bool),
        lanes={name: _lane_labels(events, name, cluster_labels) for name in ("outlet", "cluster")},
    )


def indexed(
    events: pd.DataFrame,
    index: timeline_density.TimelineIndex | None,
    cluster_labels: dict[str, str] | None = None,
) -> tuple[timeline_density.TimelineIndex, np.ndarray]:
    """`index` and the positions of `events` in it; when `events` are not rows of the table
    `index` was built from (or there is none), an index of `events` themselves."""
    positions = index.positions(events) if index is not None else None
    if index is None or positions is None:
        return timeline_index(events, cluster_labels), np.arange(len(events), dtype=np.int64)
    return index, positions


def _event_view(events: pd.DataFrame, options: _ViewOptions) -> _Drawn | str:
    """Every event its own marker (views up to AGGREGATE_ABOVE events); or why none is drawn."""
    theme, style, lanes = options.theme, options.style, options.lanes
    view_start, view_end = options.view_start, options.view_end
    frame, left_out, initial = _prepare_events(
        events,
        lanes=lanes,
        cluster_labels=options.cluster_labels,
        show_background=options.show_background,
        max_lanes=options.max_lanes,
        view_start=view_start,
        view_end=view_end,
    )
    if frame.empty or initial is None:
        return _nothing_drawn(left_out)
    lane_order = _lane_order(frame, lanes)
    lane_index = {lane: i for i, lane in enumerate(lane_order)}
    frame["lane_y"] = frame["lane"].map(lane_index).astype(float)
    frame["y"] = frame["lane_y"] + frame["row"]
    frame["size"] = (style["marker"] + style["marker_step"] * (frame["outlet_count"] - 1)).clip(
        upper=style["marker_max"]
    )
    first, last = min(frame["day"]), max(frame["end_day"])
    traces = _event_traces(frame, theme, style)
    spans = bool((frame["precision"].fillna("day") != "day").any())
    traces += _key_traces(
        theme_colours(theme), style, inferred=bool(frame["inferred"].any()), bars=spans
    )
    selected = _selected_record(frame, options.selected_event_id)
    return _Drawn(traces, lane_order, initial, first, last, left_out, selected)


def _nothing_drawn(left_out: dict[str, Any]) -> str:
    if left_out["hidden_background"]:
        return "Only background events match the filters: switch on background to see them"
    if left_out["undated"]:
        return "The matching events have no date: see them in the table"
    return NO_EVENTS_MESSAGE


def _aggregated_view(
    events: pd.DataFrame, index: timeline_density.TimelineIndex | None, options: _ViewOptions
) -> _Drawn | str | None:
    """One marker per lane and day (month outside the opening window) for views above
    AGGREGATE_ABOVE drawable events, from `index` (built from `events` when it is not an
    index of the table they were filtered from). None when the view is small enough to draw
    event by event."""
    theme, style, lanes = options.theme, options.style, options.lanes
    view_start, view_end, selected_event_id = (
        options.view_start,
        options.view_end,
        options.selected_event_id,
    )
    if lanes not in timeline_density.OTHER_LANE:
        raise ValueError(f"lanes must be 'outlet' or 'cluster', not {lanes!r}")
    index, positions = indexed(events, index, options.cluster_labels)
    shown = timeline_density.drawable(index, positions, options.show_background)
    if len(shown.positions) <= timeline_density.AGGREGATE_ABOVE:
        return None
    rows = shown.positions
    day, end_day = index.day[rows], index.end_day[rows]
    first, last = date.fromordinal(int(day.min())), date.fromordinal(int(end_day.max()))
    initial = _initial_range(
        first,
        last,
        lambda start, end: bool(((end_day >= start.toordinal()) & (day <= end.toordinal())).any()),
        view_start,
        view_end,
    )
    view_lanes = timeline_density.view_lanes(
        index,
        rows,
        lanes,
        min(
            options.max_lanes or timeline_density.MAX_LANES,
            timeline_density.AGGREGATED_MAX_LANES,
        ),
        window=_window_of(initial),
    )
    window = timeline_density.detail_window(*_window_of(initial))
    groups = timeline_density.day_groups(index, rows, view_lanes, window)
    traces = _aggregate_traces(groups, view_lanes.names, theme, style)
    traces += _key_traces(
        theme_colours(theme), style, inferred=bool(index.inferred[rows].any()), bars=False
    )
    left_out = {
        "undated": shown.undated,
        "hidden_background": shown.hidden_background,
        "merged_lanes": view_lanes.merged,
        "aggregated": True,
        "events_drawn": len(rows),
    }
    selected = None
    if selected_event_id:
        found = np.flatnonzero(index.event_id[rows] == selected_event_id)
        if len(found):
            selected = _selected_in_aggregate(
                events, index, rows, found[0], view_lanes, window, style
            )
    return _Drawn(traces, view_lanes.names, initial, first, last, left_out, selected)


def _selected_in_aggregate(
    events: pd.DataFrame,
    index: timeline_density.TimelineIndex,
    rows: np.ndarray,
    found: int,
    lanes: timeline_density.Lanes,
    window: tuple[date, date],
    style: dict,
) -> dict:
    """The selected event's record, placed on its group's marker."""
    position = int(rows[found])
    record = _records(events.loc[[index.labels[position]]])[0]
    count = int(timeline_density.outlet_counts(index, rows[found : found + 1])[0])
    first, last, _ = timeline_density.buckets(index, rows[found : found + 1], window)
    day = date.fromordinal(int(index.day[position]))
    # on its group's marker: the day's inside the window, the month's outside it
    x = _bucket_middle(date.fromordinal(int(first[0])), date.fromordinal(int(last[0])))
    record.update(
        day=day,
        outlet_count=count,
        x=x,
        y=float(lanes.of_row[found]),
        size=min(style["marker"] + style["marker_step"] * (count - 1), style["marker_max"]),
    )
    record["hover"] = _hover_text(record)
    return record


def timeline_figure(
    events: pd.DataFrame,
    *,
    theme: str = "light",
    lanes: str = "outlet",
    selected_event_id: str | None = None,
    show_background: bool = False,
    view_start: date | None = None,
    view_end: date | None = None,
    large_type: bool = False,
    cluster_labels: dict[str, str] | None = None,
    range_slider: bool = True,
    index: timeline_density.TimelineIndex | None = None,
    max_lanes: int | None = None,
    legend: bool = True,
) -> go.Figure:
    """Events on a time axis, one lane per outlet (or cluster), one trace per event type.

    range_slider=False leaves out the overview slider (a compact chart, drawn once, not twice).
    legend=False leaves out plotly's legend for a page that shows chart_key.timeline_key
    beside the chart instead (the plot then gets the legend's third of the width).

    Reads the event table (schema.EVENT_COLUMNS; lanes="cluster" labels lanes from
    cluster_labels, else a `cluster_label` column, else cluster_id). Markers: colour and
    symbol by event type, size by the number of outlets reporting the cluster, open symbol
    when the date is inferred; weekend/week/month/year events also get a bar over their
    whole span. Each marker's customdata is its event_id, so a plotly selection gives back
    event ids. Trace `meta` says what a trace is: {"role": "events"|"span"|"key"|"selected",
    ...}; layout.meta has {"undated", "hidden_background", "merged_lanes", "aggregated",
    "events_drawn", "lanes"}.

    Large views follow timeline_density: at most MAX_LANES lanes (the smallest merged into
    "Other ..."), and above AGGREGATE_ABOVE events one marker per lane and day (meta
    "aggregated": True; its customdata is the day's most-reported event). `index`
    (timeline_index of the table `events` was filtered from) makes those fast. max_lanes:
    fewer lanes than MAX_LANES (a compact chart).
    """
    colours = theme_colours(theme)
    style = _style(large_type)
    if events is None or events.empty:
        return empty_figure(NO_EVENTS_MESSAGE, theme=theme, large_type=large_type)
    options = _ViewOptions(
        theme=theme,
        style=style,
        lanes=lanes,
        cluster_labels=cluster_labels,
        show_background=show_background,
        selected_event_id=selected_event_id,
        view_start=view_start,
        view_end=view_end,
        max_lanes=max_lanes,
    )
    drawn: _Drawn | str | None = None
    if len(events) > timeline_density.AGGREGATE_ABOVE:
        drawn = _aggregated_view(events, index, options)
    if drawn is None:
        drawn = _event_view(events, options)
    if isinstance(drawn, str):
        return empty_figure(drawn, theme=theme, large_type=large_type)
    traces, lane_order, initial = drawn.traces, drawn.lane_order, drawn.initial
    left_out, selected = drawn.left_out, drawn.selected

    shapes = []
    if selected is not None:
        traces.append(
            {
                "type": "scatter",
                "x": [_iso(selected["x"])],
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
        )
        shapes.append(
            {
                "type": "line",
                "x0": _iso(selected["x"]),
                "x1": _iso(selected["x"]),
                "y0": 0,
                "y1": 1,
                "xref": "x",
                "yref": "paper",
                "line": {"color": colours["highlight"], "width": 1.5, "dash": "dot"},
                "layer": "below",
            }
        )

    extent = _padded(drawn.first, drawn.last)
    # the slider always covers the data and the initial window, so both are reachable
    slider_range = [min(extent[0], initial[0]), max(extent[1], initial[1])]
    font = style["font"]
    layout = _base_layout(theme, font)
    layout["xaxis"].update(
        type="date",
        range=[_iso(initial[0]), _iso(initial[1])],
        autorange=False,
        ticklabelmode="period",  # "15 Nov" sits in the middle of its day, where markers are
        rangeslider={
            "visible": range_slider,
            "autorange": False,
            "range": [_iso(slider_range[0]), _iso(slider_range[1])],
            "thickness": 0.1,
            "bgcolor": colours["background"],
            "bordercolor": colours["grid"],
            "borderwidth": 1,
        },
    )
    if range_slider:  # the full chart; the compact one (the overview's) stays light to draw
        layout["xaxis"]["rangeselector"] = {
            "buttons": [
                {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"label": "All", "step": "all"},
            ],
            "bgcolor": colours["button"],
            "activecolor": colours["button_active"],
            "font": {"color": colours["text"], "size": font},
        }
    layout["yaxis"].update(
        # lanes are numbers (lane i at y = i, named by its tick) so that markers of a
        # crowded day can sit just above and below their lane's line
        type="linear",
        tickmode="array",
        tickvals=list(range(len(lane_order))),
        ticktext=lane_order,
        range=[len(lane_order) - 0.5, -0.5],  # first lane at the top, like a table
        zeroline=False,
        # a margin sized from the longest lane name rather than automargin, which makes
        # plotly draw the whole chart a second time (half of each draw, measured in Chromium)
        automargin=False,
        fixedrange=True,
    )
    # no axis title: the lane names say what they are, and a title collides with long ones
    layout["legend"].update(
        title={"text": "Event type", "font": {"size": font, "color": colours["text"]}},
        itemsizing="constant",
        bgcolor=rgba_css(colours["background"], 0),
        groupclick="toggleitem",
    )
    # tall enough for every lane and for the whole legend (a scrolling legend hides types)
    legend_entries = sum(1 for trace in traces if trace.get("showlegend", True))
    legend_px = 40 + (LEGEND_ROW_PX_LARGE if large_type else LEGEND_ROW_PX) * (legend_entries + 1)
    lanes_px = 170 + style["lane"] * len(lane_order)
    layout.update(
        showlegend=legend,
        height=int(max(lanes_px, legend_px + 90 if legend else 0) + (60 if large_type else 0)),
        margin={
            "l": _lane_margin(lane_order, font),
            "r": 10,
            "t": 50 if large_type else 40,
            # the slider makes room for the date labels; without it they need their two
            # lines ("Nov 7" over "2021") below the axis, else they are cut off
            "b": 10 if range_slider else int(3 * font),
        },
        hovermode="closest",
        clickmode="event+select",
        dragmode="zoom",
        shapes=shapes,
        # keeps the user's zoom across Streamlit reruns until the lanes or window change
        uirevision=f"{lanes}|{initial[0]}|{initial[1]}",
        meta={**left_out, "lanes": lane_order},
    )
    return _figure(traces, layout)


def timeline_table(
    events: pd.DataFrame, *, show_background: bool = True, limit: int | None = None
) -> pd.DataFrame:
    """The timeline's text alternative: one row per event, in display order.

    Columns event_id (to map a selected row back to its event; hide it when drawing),
    Date, Outlet, Event type, Sentence, How dated. Undated events come last (the figure
    cannot place them). show_background=False drops background rows, as the figure does.
    limit: only the first `limit` rows (the order is decided on every event first).
    """
    columns = ["event_id", "Date", "Outlet", "Event type", "Sentence", "How dated"]
    if events is None or events.empty:
        return pd.DataFrame(columns=columns)
    frame = events
    if not show_background:
        frame = frame[~frame["background"].map(_is_true).astype(bool)]
    # decide the order on a narrow frame, then format only the rows that are kept
    order = pd.DataFrame(
        {
            "_order": [geo.as_date(value) or date.max for value in frame["date"]],
            "outlet": frame["outlet"].to_numpy(),
            "article_id": frame["article_id"].to_numpy(),
            "_start": pd.to_numeric(frame["start"], errors="coerce").to_numpy(),
            "_position": range(len(frame)),
        },
    ).sort_values(["_order", "outlet", "article_id", "_start"], na_position="last")
    kept = order["_position"].to_numpy()
    frame = frame.iloc[kept if limit is None else kept[:limit]].copy()
    frame["inferred"] = inferred_mask(frame)
    rows = []
    for record in frame.to_dict("records"):
        how = _text(record.get("date_reason")) or (
            f"dated by {_text(record.get('dated_by')) or 'unknown'}"
        )
        rows.append(
            {
                "event_id": record["event_id"],
                "Date": _when_text(record),
                "Outlet": _text(record.get("outlet")) or "Unknown outlet",
                "Event type": EVENT_TYPE_LABELS.get(record["event_type"], record["event_type"]),
                "Sentence": _text(record.get("sentence")),
                "How dated": how,
            }
        )
    return pd.DataFrame(rows, columns=columns)


# ---- outlets: coverage matrix and per-outlet figures ----------------------------------------


def coverage_matrix(
    events: pd.DataFrame, cluster_labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """Clusters (rows, earliest first, labelled "15 Nov 2021 · label") x outlets (columns).

    A cell is the number of that outlet's events in the cluster (0 when it did not report
    it). Events without a cluster are left out. `attrs["cluster_ids"]` lists the row clusters.
    """
    labels = cluster_labels or {}
    clustered = (
        events[events["cluster_id"].notna()].copy() if events is not None else pd.DataFrame()
    )
    if clustered.empty:
        matrix = pd.DataFrame(dtype=int)
        matrix.attrs["cluster_ids"] = []
        return matrix
    clustered["outlet"] = clustered["outlet"].fillna("Unknown outlet")
    clustered["_day"] = clustered["date"].map(geo.as_date)
    counts = pd.crosstab(clustered["cluster_id"], clustered["outlet"])
    first_day = {
        cluster: min((day for day in group if day is not None), default=None)
        for cluster, group in clustered.groupby("cluster_id")["_day"]
    }
    cluster_ids = sorted(
        counts.index, key=lambda cluster: (first_day[cluster] or date.max, str(cluster))
    )
    counts = counts.loc[cluster_ids, sorted(counts.columns, key=str.casefold)]
    row_labels: list[str] = []
    taken: set[str] = set()
    for cluster in cluster_ids:
        when = geo.date_label(first_day[cluster])
        label = f"{when} · {geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)}"
        while label in taken:  # two clusters with the same label and day stay two rows
            label += " ·"
        taken.add(label)
        row_labels.append(label)
    matrix = pd.DataFrame(
        counts.to_numpy(dtype=int), index=row_labels, columns=[str(c) for c in counts.columns]
    )
    matrix.index.name = "cluster"
    matrix.columns.name = "outlet"
    matrix.attrs["cluster_ids"] = list(cluster_ids)
    return matrix


def top_of_matrix(matrix: pd.DataFrame, max_rows: int, max_columns: int) -> pd.DataFrame:
    """The part of a coverage matrix a chart can show: the outlets with the most events and,
    among the stories they cover, those reported by the most outlets (then earliest first,
    as in the full matrix). Returns the matrix itself when it already fits."""
    if matrix.empty or (len(matrix.index) <= max_rows and len(matrix.columns) <= max_columns):
        return matrix
    cluster_ids = list(matrix.attrs.get("cluster_ids") or matrix.index)
    columns = matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index[:max_columns]
    kept_columns = [c for c in matrix.columns if c in set(columns)]
    narrowed = matrix[kept_columns]
    reach = (narrowed > 0).sum(axis=1).to_numpy()
    positions = sorted(range(len(narrowed)), key=lambda i: (-reach[i], i))[:max_rows]
    positions = [i for i in sorted(positions) if reach[i] > 0]
    top = narrowed.iloc[positions].copy()
    top.attrs["cluster_ids"] = [cluster_ids[i] for i in positions]
    top.attrs["shown_of"] = (len(matrix.index), len(matrix.columns))
    return top


def coverage_matrix_figure(
    matrix: pd.DataFrame, *, theme: str = "light", large_type: bool = False
) -> go.Figure:
    """Heatmap of coverage_matrix(): each cell writes its count (– for none), so the numbers,
    not the shading, carry the information. customdata holds the row's cluster_id."""
    colours = theme_colours(theme)
    font = _style(large_type)["font"]
    if matrix is None or matrix.empty:
        return empty_figure("No clustered events match the filters", theme=theme)
    counts = matrix.to_numpy(dtype=int)
    cluster_ids = matrix.attrs.get("cluster_ids") or list(matrix.index)
    trace = {
        "type": "heatmap",
        "z": counts.tolist(),
        "x": [str(column) for column in matrix.columns],
        "y": [str(index) for index in matrix.index],
        "text": [[str(value) if value else "–" for value in row] for row in counts.tolist()],
        "texttemplate": "%{text}",
        "textfont": {"size": font},
        # from the background to the theme's place colour: zero cells vanish into the page
        "colorscale": [[0.0, colours["background"]], [1.0, colours["place"]]],
        "zmin": 0,
        "zmax": max(int(counts.max()), 1),
        "showscale": False,
        "xgap": 2,
        "ygap": 2,
        "customdata": [[str(cluster)] * len(matrix.columns) for cluster in cluster_ids],
        "hovertemplate": "%{y}<br>%{x}: %{z} event(s)<extra></extra>",
        "meta": {"role": "coverage"},
    }
    layout = _base_layout(theme, font)
    # outlet names slant over their columns; past a handful of columns a 30-degree slant
    # runs each name into its neighbours', a steeper one keeps them apart
    tickangle = -30 if len(matrix.columns) <= COVERAGE_GENTLE_SLANT_UP_TO else -60
    layout["xaxis"].update(
        side="top", showgrid=False, automargin=True, tickangle=tickangle, title=None
    )
    layout["yaxis"].update(autorange="reversed", showgrid=False, automargin=True)
    layout.update(
        height=int(120 + (40 if large_type else 28) * len(matrix.index)),
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
    )
    return _figure([trace], layout)


OUTLET_METRICS: tuple[tuple[str, str], ...] = (
    ("events", "Events"),
    ("exclusive", "Stories only this outlet has"),
    ("median_lag_days", "Median lag (days)"),
)


def outlet_lag_figure(
    profiles_frame: pd.DataFrame, *, theme: str = "light", large_type: bool = False
) -> go.Figure:
    """Per outlet: events, exclusive clusters, median lag behind the first report (days).

    Three bar panels sharing the outlet axis, each bar labelled with its value (n/a when an
    outlet shares no cluster, so a lag is undefined). Reads columns outlet, events,
    exclusive, median_lag_days.
    """
    colours = theme_colours(theme)
    font = _style(large_type)["font"]
    if profiles_frame is None or profiles_frame.empty:
        return empty_figure("No outlets match the filters", theme=theme)
    frame = profiles_frame.sort_values("outlet", key=lambda column: column.str.casefold())
    outlets = frame["outlet"].astype(str).tolist()
    layout = _base_layout(theme, font)
    axis = layout.pop("xaxis")
    gap = 0.06
    width = (1 - gap * (len(OUTLET_METRICS) - 1)) / len(OUTLET_METRICS)
    traces, annotations = [], []
    for number, (column, title) in enumerate(OUTLET_METRICS, start=1):
        suffix = "" if number == 1 else str(number)
        left = (number - 1) * (width + gap)
        values = pd.to_numeric(frame[column], errors="coerce")
        labels = [
            "n/a"
            if pd.isna(value)
            else (f"{value:.1f}" if column == "median_lag_days" else f"{value:g}")
            for value in values
        ]
        traces.append(
            {
                "type": "bar",
                "x": values.fillna(0).tolist(),
                "y": outlets,
                "xaxis": f"x{suffix}",
                "yaxis": "y",
                "orientation": "h",
                "name": title,
                "marker": {"color": colours["place"]},
                "text": labels,
                "textposition": "outside",
                "cliponaxis": False,
                "hovertemplate": "%{y}: %{text}<extra>" + _escape(title) + "</extra>",
                "showlegend": False,
                "meta": {"role": "outlet_metric", "metric": column},
            }
        )
        layout[f"xaxis{suffix}"] = {
            **axis,
            "domain": [left, left + width],
            "anchor": "y",
            "rangemode": "tozero",
        }
        annotations.append(
            {
                "text": _escape(title),
                "x": left + width / 2,
                "y": 1.0,
                "xref": "paper",
                "yref": "paper",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": font, "color": colours["text"]},
            }
        )
    layout["yaxis"].update(autorange="reversed", automargin=True, type="category")
    layout.update(
        annotations=annotations,
        height=int(140 + (48 if large_type else 32) * len(outlets)),
        margin={"l": 10, "r": 40, "t": 60, "b": 10},
        bargap=0.35,
    )
    return _figure(traces, layout)


# ---- map ------------------------------------------------------------------------------------

VIEW_LABELS: dict[str, str] = {
    "crossing": "Bruzgi/Kuźnica crossing",
    "region": "Poland, Belarus and the Baltic states",
}
# Centres and zooms for a ~500 px tall map (deck.gl zoom: the world is 512 px at zoom 0).
# crossing: Kuźnica (53.511 N) to the crossing (53.587 N), ~16 km across at 1280x720;
# region: southern Poland (49 N) to Tallinn (59.4 N).
VIEWS: dict[str, pdk.ViewState] = {
    "crossing": pdk.ViewState(latitude=53.555, longitude=23.65, zoom=11.0, pitch=0, bearing=0),
    "region": pdk.ViewState(latitude=54.6, longitude=24.0, zoom=4.4, pitch=0, bearing=0),
}
PLACE_ZOOM = 8.0
FLY_DURATION_MS = 1500
DETAIL_MIN_ZOOM = 9.0  # from here on the 1:10m outline is visibly off; draw the PRG border
REGION_TOLERANCE_DEG = 0.01  # ~1/3 px at the region zoom: invisible, and ~4x fewer vertices
# How far around a zoomed-in view's centre the precise border and the countries are sent
# (degrees lon, lat): a few screens of panning room at zoom 11, a fraction of the payload.
DETAIL_HALF_SPAN_DEG = (0.45, 0.375)
TOOLTIP_MAX_PX, TOOLTIP_GAP_PX = 360, 14  # the map's tooltip: width cap, gap below the pointer
# place markers' radius bounds in pixels (normal, presenter type); labels start
# LABEL_GAP_PX right of a marker's edge, an area's label AREA_LABEL_OFFSET_PX right of its
# point, the crossing's CROSSING_LABEL_OFFSET_PX left of its ring
PLACE_RADIUS_PX = {False: (4.0, 36.0), True: (6.0, 48.0)}
LABEL_GAP_PX = 5
AREA_LABEL_OFFSET_PX = {False: 10, True: 14}
CROSSING_LABEL_OFFSET_PX = {False: 10, True: 14}
MAX_PLACE_LABELS = 30


def view_for_place(lat: float, lon: float, *, zoom: float = PLACE_ZOOM) -> pdk.ViewState:
    """A view centred on a place, animated from the previous one (the Present page's fly-to)."""
    return pdk.ViewState(
        latitude=float(lat),
        longitude=float(lon),
        zoom=zoom,
        pitch=0,
        bearing=0,
        transition_duration=FLY_DURATION_MS,
    )


def _view_state(view: str | pdk.ViewState) -> tuple[str, pdk.ViewState]:
    if isinstance(view, pdk.ViewState):
        return "place", view
    if view not in VIEWS:
        raise ValueError(f"unknown map view {view!r}; expected one of {', '.join(VIEWS)}")
    template = VIEWS[view]
    # a fresh object: pydeck ViewStates are mutable and VIEWS is shared
    fresh = pdk.ViewState(
        latitude=template.latitude,
        longitude=template.longitude,
        zoom=template.zoom,
        pitch=0,
        bearing=0,
    )
    return view, fresh


def detail_bbox(view_state: pdk.ViewState) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) around a zoomed-in view's centre."""
    half_lon, half_lat = DETAIL_HALF_SPAN_DEG
    lon, lat = float(view_state.longitude), float(view_state.latitude)
    return (lon - half_lon, lat - half_lat, lon + half_lon, lat + half_lat)


def _quoted(text: str) -> str:
    """pydeck reads bare strings as accessor expressions; double quotes make a constant."""
    return f'"{text}"'


def _count_text(count: int, approximate: bool = False) -> str:
    text = f"{count} event" + ("" if count == 1 else "s")
    return text + (" · approximate position" if approximate else "")


def _tooltip_fields(name: str, local_name: str, count: int, events_text: str, **extra) -> dict:
    """The fields the map tooltip reads, as plain text: Streamlit (1.67) HTML-escapes every
    value it puts into a tooltip, so escaping here would show "&lt;" to the reader."""
    return {
        "name": name,
        "local_name": local_name,
        "local_note": f" ({local_name})" if local_name and local_name != name else "",
        "count_text": _count_text(count, extra.pop("approximate", False)),
        "event_count": count,
        "events_text": events_text,
        **extra,
    }


def _label(name: str, local_name: str) -> str:
    """English name, local spelling on a second line when it differs."""
    return name + (f"\n{local_name}" if local_name and local_name != name else "")


def _marker_px(count: int, large_type: bool) -> float:
    """A place marker's radius in pixels at the view's zoom: its area grows with its events,
    within PLACE_RADIUS_PX (deck.gl clamps the same way)."""
    low, high = PLACE_RADIUS_PX[large_type]
    return min(max(4.0 + 2.5 * math.sqrt(count), low), high)


def _place_records(
    summary: pd.DataFrame, zoom: float, crossing_name: str, large_type: bool = False
) -> list[dict]:
    records = []
    for row in summary.to_dict("records"):
        if row["name"] == crossing_name or row.get("kind") == geo.COUNTRY_KIND:
            continue  # the crossing has its own layer; countries are shown by their outline
        count = int(row["event_count"])
        local_name = row.get("local_name") if isinstance(row.get("local_name"), str) else ""
        records.append(
            _tooltip_fields(
                str(row["name"]),  # as in the summary, so a selection maps back
                local_name,
                count,
                row.get("events_text") or "",
                approximate=bool(row.get("approximate")),
                lat=round(float(row["lat"]), 5),
                lon=round(float(row["lon"]), 5),
                area=row.get("kind") == geo.REGION_KIND,
                selected=bool(row.get("selected")),
                # a marker's area grows with its events; metres at this view's scale
                radius_m=round(
                    geo.metres_per_pixel(zoom, float(row["lat"])) * (4.0 + 2.5 * math.sqrt(count)),
                    1,
                ),
                label=_label(str(row["name"]), local_name),
                # right of the marker's edge: Minsk's marker is 36 px wide on 10,000 articles,
                # and a label at a fixed 10 px sat inside it, dark text on the marker's blue
                # (an area has no marker: its label starts beside its point)
                offset=[
                    AREA_LABEL_OFFSET_PX[large_type]
                    if row.get("kind") == geo.REGION_KIND
                    else round(_marker_px(count, large_type) + LABEL_GAP_PX),
                    0,
                ],
            )
        )
    return records


def _crossing_record(summary: pd.DataFrame) -> dict:
    record = geo.crossing_record(summary)
    return _tooltip_fields(
        record["name"],
        record["local_name"],
        int(record["event_count"]),
        record["events_text"],
        lat=record["lat"],
        lon=record["lon"],
        label=_label(record["name"], record["local_name"]),
    )


def _countries_with_events(borders: dict, summary: pd.DataFrame) -> dict:
    """The outlines of the countries the events name ("Belarus said..."), with tooltip
    fields in each feature's properties: those events have no point of their own."""
    mentioned: dict[str, dict] = {}
    if not summary.empty:
        for row in summary[summary["kind"] == geo.COUNTRY_KIND].to_dict("records"):
            iso3 = geo.ISO2_TO_ISO3.get(str(row.get("country") or "").upper())
            if iso3:
                mentioned[iso3] = row
    features = []
    for feature in borders["features"]:
        properties = feature["properties"]
        row = mentioned.get(properties.get("iso_a3"))
        if row is None:
            continue
        local_name = row["local_name"] if isinstance(row["local_name"], str) else ""
        fields = _tooltip_fields(
            properties.get("name", ""), local_name, int(row["event_count"]), row["events_text"]
        )
        # a new feature dict sharing the (cached, read-only) geometry
        features.append(
            {
                "type": "Feature",
                "properties": {**properties, **fields},
                "geometry": feature["geometry"],
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _text_layer(
    layer_id: str, records: list[dict], colour: str, background: str, size: float, **extra
):
    return pdk.Layer(
        "TextLayer",
        data=records,
        id=layer_id,
        get_position=["lon", "lat"],
        get_text="label",
        get_size=size,
        size_units=_quoted("pixels"),
        get_color=rgba(colour),
        font_family=_quoted("Source Sans Pro, Arial, sans-serif"),
        # Kuźnica, Białystok, Брузгі: non-ASCII glyphs need the automatic character set
        character_set=_quoted("auto"),
        # an outline in the background colour keeps labels legible over lines and markers
        font_settings={"sdf": True, "fontSize": 64, "buffer": 6},
        outline_width=3,
        outline_color=rgba(background),
        **extra,
    )


def map_deck(
    places: pd.DataFrame,
    *,
    view: str | pdk.ViewState = "region",
    theme: str = "light",
    selected_place: str | None = None,
    basemap: bool = False,
    borders: dict | None = None,
    border_detail: dict | None = None,
    large_type: bool = False,
    height: int = 520,
) -> pdk.Deck:
    """The border map: country outlines, places sized by events, labels, the crossing.

    places: geo.place_summary() output. view: "crossing", "region" or a pdk.ViewState (e.g.
    view_for_place()). Offline by default (no map provider, no style URL); basemap=True
    adds Carto tiles under semi-transparent outlines. Places of kind "country" are not
    points: their events show in the country outline's tooltip; kind "region" places get a
    label without a marker. Layer ids: countries, mentioned-countries (region scale, when
    events name a country), border-detail (crossing view or zoom >= 9), country-labels,
    places, selected-place, crossing, area-labels, place-labels, crossing-label. Pickable
    (tooltip, selection): mentioned-countries, places, crossing, area-labels; a picked
    place object carries its summary "name".
    """
    colours = theme_colours(theme)
    view_name, view_state = _view_state(view)
    zoom = float(view_state.zoom)
    detailed = view_name == "crossing" or zoom >= DETAIL_MIN_ZOOM
    summary = places if places is not None else pd.DataFrame(columns=list(geo.SUMMARY_COLUMNS))
    if selected_place is not None and not summary.empty:
        summary = summary.assign(selected=summary["name"] == selected_place)

    if borders is None:
        borders = geo.load_borders(tolerance_deg=0.0 if detailed else REGION_TOLERANCE_DEG)
    if detailed:
        # only the countries around the view; their coarse seam stays unstroked, the
        # precise border line is drawn on top
        borders = geo.features_in_bbox(borders, detail_bbox(view_state))
    layers = [
        pdk.Layer(
            "GeoJsonLayer",
            data=borders,
            id="countries",
            filled=True,
            stroked=not detailed,
            get_fill_color=rgba(colours["land"], 90 if basemap else 255),
            get_line_color=rgba(colours["border"]),
            line_width_units=_quoted("pixels"),
            get_line_width=1,
            line_width_min_pixels=1,
            pickable=False,
        )
    ]
    mentioned = _countries_with_events(borders, summary)
    if mentioned["features"] and not detailed:
        # a light tint of the place colour: "events name this country"; hover lists them
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                data=mentioned,
                id="mentioned-countries",
                filled=True,
                stroked=False,
                get_fill_color=rgba(colours["place"], 28),
                pickable=True,
                auto_highlight=True,
                highlight_color=rgba(colours["place"], 60),
            )
        )
    if detailed:
        outline = border_detail if border_detail is not None else geo.load_poland_outline()
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                data=geo.border_segment(outline, detail_bbox(view_state)),
                id="border-detail",
                filled=False,
                stroked=True,
                get_line_color=rgba(colours["border"]),
                line_width_units=_quoted("pixels"),
                get_line_width=3,
                line_width_min_pixels=2,
                pickable=False,
            )
        )
    label_size = 20 if large_type else 13
    country_labels = geo.COUNTRY_LABELS.get("crossing" if detailed else "region", ())
    layers.append(
        _text_layer(
            "country-labels",
            [{"label": name, "lat": lat, "lon": lon} for name, lat, lon in country_labels],
            colours["muted"],
            colours["land"],
            label_size,
            get_text_anchor=_quoted("middle"),
            get_alignment_baseline=_quoted("center"),
            pickable=False,
        )
    )

    crossing = _crossing_record(summary)
    records = _place_records(summary, zoom, crossing_name=crossing["name"], large_type=large_type)
    points = [r for r in records if not r["area"]]
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data=[{key: r[key] for key in r if key != "label"} for r in points],
            id="places",
            get_position=["lon", "lat"],
            get_radius="radius_m",
            radius_units=_quoted("meters"),
            radius_min_pixels=PLACE_RADIUS_PX[large_type][0],
            radius_max_pixels=PLACE_RADIUS_PX[large_type][1],
            get_fill_color=rgba(colours["place"], 210),
            stroked=True,
            get_line_color=rgba(colours["background"]),
            line_width_min_pixels=1,
            pickable=True,
            auto_highlight=True,
            highlight_color=rgba(colours["highlight"], 90),
        )
    )
    selected_records = [r for r in points if r["selected"]]
    if selected_records:
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                data=[
                    {"lat": r["lat"], "lon": r["lon"], "radius_m": round(r["radius_m"] * 1.6, 1)}
                    for r in selected_records
                ],
                id="selected-place",
                get_position=["lon", "lat"],
                get_radius="radius_m",
                radius_units=_quoted("meters"),
                radius_min_pixels=11 if large_type else 9,
                filled=False,
                stroked=True,
                get_line_color=rgba(colours["highlight"]),
                line_width_min_pixels=3,
                pickable=False,
            )
        )
    # the crossing: a ring (a different shape from the places' discs) in its own colour
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data=[{key: crossing[key] for key in crossing if key != "label"}],
            id="crossing",
            get_position=["lon", "lat"],
            get_radius=12 if large_type else 9,
            radius_units=_quoted("pixels"),
            filled=True,
            get_fill_color=rgba(colours["background"], 230),
            stroked=True,
            get_line_color=rgba(colours["crossing"]),
            line_width_units=_quoted("pixels"),
            get_line_width=5 if large_type else 4,
            pickable=True,
            auto_highlight=True,
            highlight_color=rgba(colours["highlight"], 90),
        )
    )
    offset = [CROSSING_LABEL_OFFSET_PX[large_type], 0]
    crossing_box = geo.label_box(
        crossing["lat"],
        crossing["lon"],
        zoom,
        size_px=geo.text_size_px(crossing["label"], label_size + 1),
        offset_px=offset[0] + 4,
        anchor="end",
    )
    # selected first, then points before areas, then by events: the most useful labels win
    ranked = sorted(
        records, key=lambda r: (not r["selected"], r["area"], -r["event_count"], r["name"])
    )
    labelled = geo.declutter(ranked, zoom=zoom, font_px=label_size, reserved=[crossing_box])[
        :MAX_PLACE_LABELS
    ]
    layers.append(
        _text_layer(
            "area-labels",
            [r for r in labelled if r["area"]],
            colours["muted"],
            colours["background"],
            label_size,
            get_text_anchor=_quoted("start"),
            get_alignment_baseline=_quoted("center"),
            get_pixel_offset="offset",
            pickable=True,
        )
    )
    layers.append(
        _text_layer(
            "place-labels",
            [
                {"label": r["label"], "lat": r["lat"], "lon": r["lon"], "offset": r["offset"]}
                for r in labelled
                if not r["area"]
            ],
            colours["text"],
            colours["background"],
            label_size,
            get_text_anchor=_quoted("start"),
            get_alignment_baseline=_quoted("center"),
            get_pixel_offset="offset",
            pickable=False,
        )
    )
    layers.append(
        _text_layer(
            "crossing-label",
            [{"label": crossing["label"], "lat": crossing["lat"], "lon": crossing["lon"]}],
            colours["crossing"],
            colours["background"],
            label_size + 1,
            # left of the ring; in presenter type (a narrow map beside the quotes, big
            # letters) that runs off the map's left edge, so centred under the ring instead
            get_text_anchor=_quoted("middle" if large_type else "end"),
            get_alignment_baseline=_quoted("top" if large_type else "center"),
            get_pixel_offset=[0, offset[0] + 6] if large_type else [-offset[0] - 4, 0],
            font_weight=_quoted("bold"),
            pickable=False,
        )
    )

    tooltip = {
        "html": "<b>{name}</b>{local_note}<br/>{count_text}<br/>{events_text}",
        "style": {
            "backgroundColor": colours["tooltip_background"],
            "color": colours["text"],
            "border": f"1px solid {colours['border']}",
            "fontFamily": "Source Sans Pro, Arial, sans-serif",
            "fontSize": "16px" if large_type else "13px",
            "maxWidth": f"{TOOLTIP_MAX_PX}px",
            # events_text is plain text with one event per line
            "whiteSpace": "pre-line",
            # deck.gl puts the tooltip's corner on the pointer (its inline `transform`), so a
            # place near the map's right edge had its tooltip cut off there. The separate CSS
            # `translate` adds to that transform: centred under the pointer, a tooltip is cut
            # only within half its width of either edge.
            "translate": f"-50% {TOOLTIP_GAP_PX}px",
        },
    }
    if basemap:
        return pdk.Deck(
            layers=layers,
            initial_view_state=view_state,
            map_provider="carto",
            map_style=pdk.map_styles.CARTO_DARK if theme == "dark" else pdk.map_styles.CARTO_LIGHT,
            tooltip=tooltip,
            height=height,
        )
    # No tiles, no network: the outlines are the map. map_style is left at pydeck's
    # "__MAP_STYLE__" sentinel on purpose: Streamlit 1.67's deck component reads that as "no
    # style", whereas a missing mapStyle (what map_style=None serialises to) makes it fetch
    # Carto's positron/dark-matter style from the internet.
    return pdk.Deck(
        layers=layers,
        initial_view_state=view_state,
        map_provider=None,
        tooltip=tooltip,
        height=height,
    )
