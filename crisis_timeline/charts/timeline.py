"""The timeline: events on a time axis, one lane per outlet or story, and its text
alternative (timeline_table).

timeline_figure draws a view event by event (timeline_frame.py places each event), or, above
timeline_density.AGGREGATE_ABOVE events, one marker per lane and day or month (from a
timeline_index); either way timeline_traces.py makes the traces and this module the axes
and layout. Pure: a dataframe in, a figure out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from crisis_timeline import geo, timeline_density
from crisis_timeline.charts.layout import base_layout, empty_figure, figure, sizes
from crisis_timeline.charts.palette import EVENT_TYPE_LABELS, rgba_css, theme_colours
from crisis_timeline.charts.timeline_frame import (
    flags,
    inferred_mask,
    initial_range,
    is_true,
    lane_labels,
    lane_order,
    padded,
    prepare_events,
    records,
    window_of,
)
from crisis_timeline.charts.timeline_hover import hover_text, text_of, when_text
from crisis_timeline.charts.timeline_traces import (
    aggregate_traces,
    bucket_middle,
    event_traces,
    iso,
    key_traces,
    selected_line,
    selected_ring,
)
from crisis_timeline.untrusted import html_text

NO_EVENTS_MESSAGE = "No events match the filters"
LEGEND_ROW_PX, LEGEND_ROW_PX_LARGE = 30, 42  # 30 measured in chromium at font 13; 42 scaled to 20
LANE_CHAR_EM = 0.6  # width of a lane name's character, in ems (wide enough for "Mm")


@dataclass(frozen=True)
class _ViewOptions:
    """What timeline_figure was asked for, as both ways of drawing and the layout read it."""

    theme: str
    style: dict
    lanes: str
    cluster_labels: dict[str, str] | None
    show_background: bool
    selected_event_id: str | None
    view_start: date | None
    view_end: date | None
    max_lanes: int | None
    large_type: bool = False
    range_slider: bool = True
    legend: bool = True


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


def timeline_index(
    events: pd.DataFrame, cluster_labels: dict[str, str] | None = None
) -> timeline_density.TimelineIndex:
    """Per-event arrays of an event table for drawing large views of it fast.

    Build it once per table (the dataset's, before filtering) and pass it to timeline_figure
    with any filtered view of that table: a filter change then aggregates from it instead of
    re-reading every cell (timeline_density explains why)."""
    return timeline_density.TimelineIndex.build(
        events,
        day=geo.day_ordinals(events["date"]),
        end_day=geo.day_ordinals(events["date_end"]),
        background=flags(events["background"]),
        inferred=inferred_mask(events).to_numpy(dtype=bool),
        lanes={name: lane_labels(events, name, cluster_labels) for name in ("outlet", "cluster")},
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


# ---- the two ways of drawing ----------------------------------------------------------------


def _selected_record(frame: pd.DataFrame, event_id: str | None) -> dict | None:
    """The selected event as a drawable record (with its hover), or None if not drawn."""
    if not event_id:
        return None
    rows = frame[frame["event_id"] == event_id]
    if rows.empty:
        return None
    record = records(rows.head(1))[0]
    record["hover"] = hover_text(record)
    return record


def _event_view(events: pd.DataFrame, options: _ViewOptions) -> _Drawn | str:
    """Every event its own marker (views up to AGGREGATE_ABOVE events); or why none is drawn."""
    theme, style, lanes = options.theme, options.style, options.lanes
    frame, left_out, initial = prepare_events(
        events,
        lanes=lanes,
        cluster_labels=options.cluster_labels,
        show_background=options.show_background,
        max_lanes=options.max_lanes,
        view_start=options.view_start,
        view_end=options.view_end,
    )
    if frame.empty or initial is None:
        return _nothing_drawn(left_out)
    order = lane_order(frame, lanes)
    lane_index = {lane: i for i, lane in enumerate(order)}
    frame["lane_y"] = frame["lane"].map(lane_index).astype(float)
    frame["y"] = frame["lane_y"] + frame["row"]
    frame["size"] = (style["marker"] + style["marker_step"] * (frame["outlet_count"] - 1)).clip(
        upper=style["marker_max"]
    )
    first, last = min(frame["day"]), max(frame["end_day"])
    traces = event_traces(frame, theme, style)
    spans = bool((frame["precision"].fillna("day") != "day").any())
    traces += key_traces(
        theme_colours(theme), style, inferred=bool(frame["inferred"].any()), bars=spans
    )
    selected = _selected_record(frame, options.selected_event_id)
    return _Drawn(traces, order, initial, first, last, left_out, selected)


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
    if lanes not in timeline_density.OTHER_LANE:
        raise ValueError(f"lanes must be 'outlet' or 'cluster', not {lanes!r}")
    index, positions = indexed(events, index, options.cluster_labels)
    shown = timeline_density.drawable(index, positions, options.show_background)
    if len(shown.positions) <= timeline_density.AGGREGATE_ABOVE:
        return None
    rows = shown.positions
    day, end_day = index.day[rows], index.end_day[rows]
    first, last = date.fromordinal(int(day.min())), date.fromordinal(int(end_day.max()))
    initial = initial_range(
        first,
        last,
        lambda start, end: bool(((end_day >= start.toordinal()) & (day <= end.toordinal())).any()),
        options.view_start,
        options.view_end,
    )
    view_lanes = timeline_density.view_lanes(
        index,
        rows,
        lanes,
        min(
            options.max_lanes or timeline_density.MAX_LANES,
            timeline_density.AGGREGATED_MAX_LANES,
        ),
        window=window_of(initial),
    )
    window = timeline_density.detail_window(*window_of(initial))
    # open on every day drawn day by day: the window is widened to whole weeks, and a day
    # just past the axis's end was drawn on its edge, its markers cut in half
    initial = padded(*window)
    groups = timeline_density.day_groups(index, rows, view_lanes, window)
    traces = aggregate_traces(groups, view_lanes.names, theme, style)
    traces += key_traces(
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
    if options.selected_event_id:
        found = np.flatnonzero(index.event_id[rows] == options.selected_event_id)
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
    record = records(events.loc[[index.labels[position]]])[0]
    # the outlets of the view reporting its story, as its group's marker counts them
    count = int(timeline_density.outlet_counts(index, rows)[found])
    first, last, _ = timeline_density.buckets(index, rows[found : found + 1], window)
    day = date.fromordinal(int(index.day[position]))
    # on its group's marker: the day's inside the window, the month's outside it
    x = bucket_middle(date.fromordinal(int(first[0])), date.fromordinal(int(last[0])))
    record.update(
        day=day,
        outlet_count=count,
        x=x,
        y=float(lanes.of_row[found]),
        size=min(style["marker"] + style["marker_step"] * (count - 1), style["marker_max"]),
    )
    record["hover"] = hover_text(record)
    return record


# ---- axes and layout ------------------------------------------------------------------------


def x_axis(
    base: dict,
    initial: list[pd.Timestamp],
    extent: list[pd.Timestamp],
    colours: dict[str, str],
    font: float,
    *,
    range_slider: bool,
) -> dict:
    """The time axis: opens on `initial`; its slider covers the data's `extent` and the
    initial window, so both are reachable; buttons for a week, a month, all (full chart)."""
    slider_range = [min(extent[0], initial[0]), max(extent[1], initial[1])]
    axis = {
        **base,
        "type": "date",
        "range": [iso(initial[0]), iso(initial[1])],
        "autorange": False,
        "ticklabelmode": "period",  # "15 Nov" sits in the middle of its day, where markers are
        "rangeslider": {
            "visible": range_slider,
            "autorange": False,
            "range": [iso(slider_range[0]), iso(slider_range[1])],
            "thickness": 0.1,
            "bgcolor": colours["background"],
            "bordercolor": colours["grid"],
            "borderwidth": 1,
        },
    }
    if range_slider:  # the full chart; the compact one (the overview's) stays light to draw
        axis["rangeselector"] = {
            "buttons": [
                {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"label": "All", "step": "all"},
            ],
            "bgcolor": colours["button"],
            "activecolor": colours["button_active"],
            "font": {"color": colours["text"], "size": font},
        }
    return axis


def y_axis(base: dict, lanes: list[str]) -> dict:
    """The lanes: numbers (lane i at y = i, named by its tick) so that markers of a crowded
    day can sit just above and below their lane's line; the first lane at the top."""
    return {
        **base,
        "type": "linear",
        "tickmode": "array",
        "tickvals": list(range(len(lanes))),
        # outlet names and story labels come from outside: plotly reads tick text as HTML
        "ticktext": [html_text(lane) for lane in lanes],
        "range": [len(lanes) - 0.5, -0.5],  # first lane at the top, like a table
        "zeroline": False,
        # a margin sized from the longest lane name rather than automargin, which makes
        # plotly draw the whole chart a second time (half of each draw, measured in Chromium)
        "automargin": False,
        "fixedrange": True,
    }


def legend_style(base: dict, colours: dict[str, str], font: float) -> dict:
    """plotly's legend, titled "Event type", one click toggling one entry."""
    return {
        **base,
        "title": {"text": "Event type", "font": {"size": font, "color": colours["text"]}},
        "itemsizing": "constant",
        "bgcolor": rgba_css(colours["background"], 0),
        "groupclick": "toggleitem",
    }


def lane_margin(lanes: list[str], font_size: float) -> int:
    """Left margin that fits the longest lane name (tick labels, font_size px)."""
    longest = max((len(lane) for lane in lanes), default=0)
    return int(16 + LANE_CHAR_EM * font_size * longest)


def lane_note_annotations(
    traces: list[dict], lanes: int, initial: list[pd.Timestamp], colours: dict, font: float
) -> list[dict]:
    """A note on each lane the opening window leaves empty, at the window's edge, saying where
    its events are (timeline_density.lane_notes). Placed on the data (not the paper), so it
    moves out of view when the reader pans to those events."""
    marks = []
    for trace in traces:
        role = (trace.get("meta") or {}).get("role")
        points = [
            (pd.Timestamp(x), y)
            for x, y in zip(trace.get("x") or (), trace.get("y") or (), strict=False)
            if x is not None and y is not None
        ]
        if role == "events":
            marks += [(round(y), x.date(), x.date()) for x, y in points]
        elif role == "span":  # (start, end) pairs; the end is the midnight after the last day
            marks += [
                (round(y), x.date(), (end - pd.Timedelta(seconds=1)).date())
                for (x, y), (end, _) in zip(points[0::2], points[1::2], strict=False)
            ]
    return [
        {
            "x": iso(initial[1] if note.side == "after" else initial[0]),
            "y": note.lane,
            "xref": "x",
            "yref": "y",
            "xanchor": "right" if note.side == "after" else "left",
            "text": note.text,
            "showarrow": False,
            "font": {"color": colours["muted"], "size": font},
            "bgcolor": colours["background"],
        }
        for note in timeline_density.lane_notes(marks, lanes, window_of(initial))
    ]


def timeline_height(
    traces: list[dict], lanes: list[str], style: dict, *, large_type: bool, legend: bool
) -> int:
    """Tall enough for every lane and, with a legend, for all of it (a scrolling legend
    hides types)."""
    legend_entries = sum(1 for trace in traces if trace.get("showlegend", True))
    legend_px = 40 + (LEGEND_ROW_PX_LARGE if large_type else LEGEND_ROW_PX) * (legend_entries + 1)
    lanes_px = 170 + style["lane"] * len(lanes)
    return int(max(lanes_px, legend_px + 90 if legend else 0) + (60 if large_type else 0))


def timeline_layout(
    drawn: _Drawn, traces: list[dict], shapes: list[dict], options: _ViewOptions
) -> dict:
    """The layout around the drawn traces: axes, legend, height, margins, interaction."""
    colours = theme_colours(options.theme)
    font = options.style["font"]
    layout = base_layout(options.theme, font)
    layout["xaxis"] = x_axis(
        layout["xaxis"],
        drawn.initial,
        padded(drawn.first, drawn.last),
        colours,
        font,
        range_slider=options.range_slider,
    )
    layout["yaxis"] = y_axis(layout["yaxis"], drawn.lane_order)
    # no axis title: the lane names say what they are, and a title collides with long ones
    layout["legend"] = legend_style(layout["legend"], colours, font)
    # the range selector's buttons need the top 40 px; a compact chart (the overview's, under
    # the fold at 720p with them) has none and is as much shorter
    top = 50 if options.large_type else (40 if options.range_slider else 12)
    layout.update(
        showlegend=options.legend,
        height=timeline_height(
            traces,
            drawn.lane_order,
            options.style,
            large_type=options.large_type,
            legend=options.legend,
        )
        - (40 - top if top < 40 else 0),
        margin={
            "l": lane_margin(drawn.lane_order, font),
            "r": 10,
            "t": top,
            # the slider makes room for the date labels; without it they need their two
            # lines ("Nov 7" over "2021") below the axis, else they are cut off
            "b": 10 if options.range_slider else int(3 * font),
        },
        hovermode="closest",
        clickmode="event+select",
        dragmode="zoom",
        shapes=shapes,
        # keeps the user's zoom across Streamlit reruns until the lanes or window change
        uirevision=f"{options.lanes}|{drawn.initial[0]}|{drawn.initial[1]}",
        meta={**drawn.left_out, "lanes": drawn.lane_order},
        annotations=lane_note_annotations(
            traces, len(drawn.lane_order), drawn.initial, colours, font
        ),
    )
    return layout


# ---- the figure and its table ---------------------------------------------------------------


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
    legend=False leaves out plotly's legend for a page that shows key.timeline_key
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
    style = sizes(large_type)
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
        large_type=large_type,
        range_slider=range_slider,
        legend=legend,
    )
    drawn: _Drawn | str | None = None
    if len(events) > timeline_density.AGGREGATE_ABOVE:
        drawn = _aggregated_view(events, index, options)
    if drawn is None:
        drawn = _event_view(events, options)
    if isinstance(drawn, str):
        return empty_figure(drawn, theme=theme, large_type=large_type)
    traces, shapes = drawn.traces, []
    if drawn.selected is not None:
        colours = theme_colours(theme)
        traces.append(selected_ring(drawn.selected, colours, style))
        shapes.append(selected_line(drawn.selected, colours))
    return figure(traces, timeline_layout(drawn, traces, shapes, options))


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
        frame = frame[~frame["background"].map(is_true).astype(bool)]
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
        how = text_of(record.get("date_reason")) or (
            f"dated by {text_of(record.get('dated_by')) or 'unknown'}"
        )
        rows.append(
            {
                "event_id": record["event_id"],
                "Date": when_text(record),
                "Outlet": text_of(record.get("outlet")) or "Unknown outlet",
                "Event type": EVENT_TYPE_LABELS.get(record["event_type"], record["event_type"]),
                "Sentence": text_of(record.get("sentence")),
                "How dated": how,
            }
        )
    return pd.DataFrame(rows, columns=columns)
