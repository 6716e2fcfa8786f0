"""Figure builders: the timeline, the coverage matrix, outlet figures (plotly), the map (pydeck).

Pure functions: a dataframe in, a figure out; no Streamlit, no I/O except the cached
border outlines that map_deck loads through geo.py when none are passed. Every chart has a
text alternative (timeline_table, coverage_matrix) and none depends on colour alone
(symbols per event type, numbers written in cells, labels on the map).

Pages should draw plotly figures with `st.plotly_chart(fig, theme=None)`: Streamlit's own
theme would otherwise replace the colours chosen here for contrast.
"""

from __future__ import annotations

import html
import math
import textwrap
from datetime import date, timedelta
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
from plotly.subplots import make_subplots

from crisis_timeline import geo, settings
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
LOW_CONFIDENCE = 0.5  # below this an event's date is drawn as inferred (open marker)
SENTENCE_HOVER_CHARS = 300
HOVER_WRAP_CHARS = 72
LANE_LABEL_CHARS = 40

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


def is_inferred(event: dict) -> bool:
    """A date nobody wrote: inferred publication date carried to a lead event, or low confidence."""
    dated_by_publication = event.get("dated_by") == "publication"
    basis_guessed = event.get("published_basis") in ("inferred", "unknown")
    try:
        low = float(event.get("confidence")) < LOW_CONFIDENCE
    except (TypeError, ValueError):
        low = False
    return (dated_by_publication and basis_guessed) or low


def _wrap(text: str, width: int = HOVER_WRAP_CHARS) -> str:
    """HTML-escape then wrap for a plotly hover label (which reads <br>, not newlines)."""
    return "<br>".join(html.escape(line) for line in textwrap.wrap(text, width) or [""])


def _when_text(event: dict) -> str:
    when = geo.date_label(event.get("date"), event.get("date_end"), event.get("precision"))
    time_of_day = event.get("time_of_day")
    if isinstance(time_of_day, str) and time_of_day:
        when += f", {time_of_day}"
    precision = event.get("precision") or "day"
    if precision != "day":
        when += f" ({precision})"
    if event.get("inferred"):
        when += " (inferred)"
    return when


def _hover_text(event: dict) -> str:
    lines = [f"<b>{html.escape(_when_text(event))}</b>"]
    type_label = EVENT_TYPE_LABELS.get(event.get("event_type"), str(event.get("event_type")))
    lines.append(html.escape(f"{event.get('outlet') or 'Unknown outlet'} · {type_label}"))
    lines.append(_wrap(geo.shorten(event.get("sentence"), SENTENCE_HOVER_CHARS)))
    reason = event.get("date_reason")
    if reason:
        lines.append(_wrap(f"Date: {reason}"))
    dated_by = event.get("dated_by") or "unknown"
    trigger = event.get("trigger")
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
        return events["cluster_id"].map(
            lambda cluster: (
                geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)
                if isinstance(cluster, str) and cluster
                else "Not clustered"
            )
        )
    raise ValueError(f"lanes must be 'outlet' or 'cluster', not {lanes!r}")


def _outlets_per_cluster(events: pd.DataFrame) -> pd.Series:
    """How many outlets report each row's cluster (1 for rows without a cluster)."""
    clustered = events["cluster_id"].notna()
    counts = events[clustered].groupby("cluster_id")["outlet"].nunique()
    return events["cluster_id"].map(counts).fillna(1).astype(int)


def _marker_positions(frame: pd.DataFrame) -> pd.Series:
    """x of each marker: the day's noon, or its time of day; several events on one lane and
    day are spread across that day in text order so none hides another. Within a day the
    x position orders events; it is not a clock time (the hover gives the real one)."""
    positions = pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns]")
    order = frame.assign(
        _hours=frame["time_of_day"].map(_hours_of),
        _start=pd.to_numeric(frame["start"], errors="coerce").fillna(0),
    )
    for (_, day), group in order.groupby(["lane", "day"], sort=False):
        midnight = pd.Timestamp(day)
        if len(group) == 1:
            hours = group["_hours"].iloc[0]
            positions[group.index[0]] = midnight + pd.Timedelta(
                hours=12.0 if hours is None or pd.isna(hours) else hours
            )
            continue
        ranked = group.sort_values(["_hours", "article_id", "_start"], na_position="first")
        slot = 20.0 / len(ranked)  # spread between 02:00 and 22:00
        for rank, index in enumerate(ranked.index):
            positions[index] = midnight + pd.Timedelta(hours=2.0 + (rank + 0.5) * slot)
    return positions


def _prepare_events(
    events: pd.DataFrame,
    *,
    lanes: str,
    cluster_labels: dict[str, str] | None,
    show_background: bool,
) -> tuple[pd.DataFrame, dict[str, int]]:
    """Rows to draw, with lane, day, end_day, x, inferred, outlet_count; plus what was left out."""
    frame = events.copy()
    frame["outlet_count"] = _outlets_per_cluster(frame)
    background = frame["background"].map(_is_true)
    hidden_background = int(background.sum()) if not show_background else 0
    if not show_background:
        frame = frame[~background]
    frame["day"] = frame["date"].map(geo.as_date)
    frame["end_day"] = [
        max(geo.as_date(end) or start, start) if start else None
        for start, end in zip(frame["day"], frame["date_end"], strict=True)
    ]
    undated = int(frame["day"].isna().sum())
    frame = frame[frame["day"].notna()].copy()
    frame["lane"] = _lane_labels(frame, lanes, cluster_labels)
    frame["inferred"] = [is_inferred(row) for row in frame.to_dict("records")]
    if not frame.empty:
        frame["x"] = _marker_positions(frame)
    else:
        frame["x"] = pd.Series(dtype="datetime64[ns]")
    return frame, {"undated": undated, "hidden_background": hidden_background}


def _lane_order(frame: pd.DataFrame, lanes: str) -> list[str]:
    if lanes == "cluster":
        first_day = frame.groupby("lane")["day"].min()
        return sorted(
            first_day.index, key=lambda lane: (lane == "Not clustered", first_day[lane], lane)
        )
    return sorted(frame["lane"].unique(), key=str.casefold)


def _theme_layout(fig: go.Figure, theme: str, font_size: float) -> None:
    """Apply a theme's colours to every part of a figure plotly would otherwise colour."""
    colours = theme_colours(theme)
    fig.update_layout(
        template="plotly_dark" if theme == "dark" else "plotly_white",
        paper_bgcolor=colours["background"],
        plot_bgcolor=colours["background"],
        font={"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
        hoverlabel={
            "bgcolor": colours["tooltip_background"],
            "bordercolor": colours["border"],
            "font": {"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
            "align": "left",
        },
        legend={"font": {"color": colours["text"], "size": font_size}},
    )
    axis_style = {
        "gridcolor": colours["grid"],
        "linecolor": colours["border"],
        "zerolinecolor": colours["grid"],
        "tickfont": {"color": colours["text"], "size": font_size},
        "title": {"font": {"color": colours["text"], "size": font_size}},
    }
    fig.update_xaxes(**axis_style)
    fig.update_yaxes(**axis_style)


def empty_figure(message: str, *, theme: str = "light", large_type: bool = False) -> go.Figure:
    """A blank chart that says why it is blank (never an empty frame with axes)."""
    colours = theme_colours(theme)
    font = _style(large_type)["font"]
    fig = go.Figure()
    _theme_layout(fig, theme, font)
    fig.add_annotation(
        text=html.escape(message),
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": font + 3, "color": colours["text"]},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    fig.update_layout(height=260, margin={"l": 20, "r": 20, "t": 20, "b": 20})
    return fig


def _padded(start: date, end: date) -> list[pd.Timestamp]:
    """An axis range covering the days start..end (inclusive) with half a day either side."""
    return [
        pd.Timestamp(start) - pd.Timedelta(hours=12),
        pd.Timestamp(end) + pd.Timedelta(days=1, hours=12),
    ]


def _initial_range(
    frame: pd.DataFrame, view_start: date | None, view_end: date | None
) -> list[pd.Timestamp]:
    first, last = min(frame["day"]), max(frame["end_day"])
    if view_start is None and view_end is None:
        window_start, window_end = settings.CRISIS_VIEW_START, settings.CRISIS_VIEW_END
        if not ((frame["end_day"] >= window_start) & (frame["day"] <= window_end)).any():
            # another corpus: the crisis window would be empty, open on the data instead
            return _padded(first, last)
        return _padded(window_start, window_end)
    return _padded(view_start or first, view_end or last)


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
) -> go.Figure:
    """Events on a time axis, one lane per outlet (or cluster), one trace per event type.

    Reads the event table (schema.EVENT_COLUMNS). Markers: colour and symbol by event type,
    size by the number of outlets reporting the cluster, open symbol when the date is
    inferred; weekend/week/month/year events also get a bar over their whole span. Each
    marker's customdata is its event_id, so a plotly selection gives back event ids.
    Trace `meta` says what a trace is: {"role": "events"|"span"|"key"|"selected", ...};
    layout.meta has {"undated", "hidden_background", "lanes"}.
    """
    colours = theme_colours(theme)
    style = _style(large_type)
    if events is None or events.empty:
        return empty_figure(NO_EVENTS_MESSAGE, theme=theme, large_type=large_type)
    frame, left_out = _prepare_events(
        events, lanes=lanes, cluster_labels=cluster_labels, show_background=show_background
    )
    if frame.empty:
        if left_out["hidden_background"]:
            message = "Only background events match the filters: switch on background to see them"
        elif left_out["undated"]:
            message = "The matching events have no date: see them in the table"
        else:
            message = NO_EVENTS_MESSAGE
        return empty_figure(message, theme=theme, large_type=large_type)

    frame["size"] = (style["marker"] + style["marker_step"] * (frame["outlet_count"] - 1)).clip(
        upper=style["marker_max"]
    )
    records = frame.to_dict("records")
    for record in records:
        record["hover"] = _hover_text(record)

    fig = go.Figure()
    present = set(frame["event_type"])
    type_order = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    for event_type in type_order:
        rows = [record for record in records if record["event_type"] == event_type]
        colour = event_colour(event_type, theme)
        label = EVENT_TYPE_LABELS.get(event_type, str(event_type))
        spans = [record for record in rows if (record.get("precision") or "day") != "day"]
        if spans:
            xs: list[Any] = []
            ys: list[Any] = []
            for record in spans:
                xs += [
                    pd.Timestamp(record["day"]),
                    pd.Timestamp(record["end_day"] + timedelta(days=1)),
                    None,
                ]
                ys += [record["lane"], record["lane"], None]
            fig.add_trace(
                go.Scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    line={"color": rgba_css(colour, 0.45), "width": style["span"]},
                    name=f"{label} (span)",
                    legendgroup=event_type,
                    showlegend=False,
                    hoverinfo="skip",
                    meta={
                        "role": "span",
                        "event_type": event_type,
                        "event_ids": [record["event_id"] for record in spans],
                    },
                )
            )
        fig.add_trace(
            go.Scatter(
                x=[record["x"] for record in rows],
                y=[record["lane"] for record in rows],
                mode="markers",
                name=label,
                legendgroup=event_type,
                marker={
                    "color": colour,
                    "symbol": [event_symbol(event_type, open_marker=r["inferred"]) for r in rows],
                    "size": [r["size"] for r in rows],
                    "line": {
                        # open markers are drawn by their outline; filled ones get a thin
                        # background-coloured rim so overlapping markers stay separable
                        "width": [2.5 if r["inferred"] else 1 for r in rows],
                        "color": [colour if r["inferred"] else colours["background"] for r in rows],
                    },
                },
                customdata=[record["event_id"] for record in rows],
                hovertext=[record["hover"] for record in rows],
                hovertemplate="%{hovertext}<extra></extra>",
                meta={"role": "events", "event_type": event_type},
            )
        )

    # a key for what colour cannot say: the open symbol and the span bar
    if frame["inferred"].any():
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="markers",
                name="Open marker: date inferred",
                marker={"symbol": "circle-open", "color": colours["text"], "size": style["marker"]},
                legendgroup="key",
                hoverinfo="skip",
                meta={"role": "key"},
            )
        )
    if (frame["precision"].fillna("day") != "day").any():
        fig.add_trace(
            go.Scatter(
                x=[None],
                y=[None],
                mode="lines",
                name="Bar: weekend, week or month",
                line={"color": rgba_css(colours["muted"], 0.6), "width": style["span"]},
                legendgroup="key",
                hoverinfo="skip",
                meta={"role": "key"},
            )
        )

    selected = frame[frame["event_id"] == selected_event_id] if selected_event_id else frame[:0]
    if not selected.empty:
        row = selected.iloc[0]
        fig.add_trace(
            go.Scatter(
                x=[row["x"]],
                y=[row["lane"]],
                mode="markers",
                name="Selected event",
                marker={
                    "symbol": "circle-open",
                    "color": colours["highlight"],
                    "size": row["size"] + style["ring_extra"],
                    "line": {"width": 3},
                },
                customdata=[row["event_id"]],
                hovertext=[records[frame.index.get_loc(row.name)]["hover"]],
                hovertemplate="%{hovertext}<extra></extra>",
                legendgroup="key",
                meta={"role": "selected", "event_id": row["event_id"]},
            )
        )
        fig.add_shape(
            type="line",
            x0=row["x"],
            x1=row["x"],
            y0=0,
            y1=1,
            xref="x",
            yref="paper",
            line={"color": colours["highlight"], "width": 1.5, "dash": "dot"},
            layer="below",
        )

    lane_order = _lane_order(frame, lanes)
    extent = _padded(min(frame["day"]), max(frame["end_day"]))
    initial = _initial_range(frame, view_start, view_end)
    # the slider always covers the data and the initial window, so both are reachable
    slider_range = [min(extent[0], initial[0]), max(extent[1], initial[1])]
    font = style["font"]
    _theme_layout(fig, theme, font)
    fig.update_layout(
        height=int(170 + style["lane"] * len(lane_order) + (60 if large_type else 0)),
        margin={"l": 10, "r": 10, "t": 50 if large_type else 40, "b": 10},
        legend={
            "title": {"text": "Event type", "font": {"size": font, "color": colours["text"]}},
            "itemsizing": "constant",
            "bgcolor": rgba_css(colours["background"], 0),
            "groupclick": "toggleitem",
        },
        hovermode="closest",
        clickmode="event+select",
        uirevision=f"{lanes}|{initial[0]}|{initial[1]}",
        meta={**left_out, "lanes": lane_order},
    )
    fig.update_xaxes(
        type="date",
        range=initial,
        autorange=False,
        ticklabelmode="period",  # "15 Nov" sits in the middle of its day, where the marker is
        showgrid=True,
        rangeslider={
            "visible": True,
            "range": slider_range,
            "thickness": 0.1,
            "bgcolor": colours["background"],
            "bordercolor": colours["grid"],
            "borderwidth": 1,
        },
        rangeselector={
            "buttons": [
                {"count": 7, "label": "1w", "step": "day", "stepmode": "backward"},
                {"count": 1, "label": "1m", "step": "month", "stepmode": "backward"},
                {"label": "All", "step": "all"},
            ],
            "bgcolor": colours["button"],
            "activecolor": colours["button_active"],
            "font": {"color": colours["text"], "size": font},
        },
    )
    fig.update_yaxes(
        type="category",
        categoryorder="array",
        categoryarray=lane_order,
        autorange="reversed",  # first lane at the top, like a table
        automargin=True,
        title={"text": "Outlet" if lanes == "outlet" else "Event (cluster)"},
        fixedrange=True,
    )
    return fig


def timeline_table(events: pd.DataFrame, *, show_background: bool = True) -> pd.DataFrame:
    """The timeline's text alternative: one row per event, in display order.

    Columns event_id (to map a selected row back to its event; hide it when drawing),
    Date, Outlet, Event type, Sentence, How dated. Undated events come last (the figure
    cannot place them). show_background=False drops background rows, as the figure does.
    """
    columns = ["event_id", "Date", "Outlet", "Event type", "Sentence", "How dated"]
    if events is None or events.empty:
        return pd.DataFrame(columns=columns)
    frame = events.copy()
    if not show_background:
        frame = frame[~frame["background"].map(_is_true)]
    frame["_day"] = frame["date"].map(geo.as_date)
    frame["_order"] = frame["_day"].map(lambda day: day or date.max)
    frame["_start"] = pd.to_numeric(frame["start"], errors="coerce")
    frame = frame.sort_values(["_order", "outlet", "article_id", "_start"], na_position="last")
    rows = []
    for record in frame.to_dict("records"):
        record["inferred"] = is_inferred(record)
        how = record.get("date_reason") or f"dated by {record.get('dated_by') or 'unknown'}"
        rows.append(
            {
                "event_id": record["event_id"],
                "Date": _when_text(record),
                "Outlet": record.get("outlet") or "Unknown outlet",
                "Event type": EVENT_TYPE_LABELS.get(record["event_type"], record["event_type"]),
                "Sentence": record.get("sentence") or "",
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
    if events is None or events.empty:
        matrix = pd.DataFrame(dtype=int)
        matrix.attrs["cluster_ids"] = []
        return matrix
    clustered = events[events["cluster_id"].notna()].copy()
    if clustered.empty:
        matrix = pd.DataFrame(dtype=int)
        matrix.attrs["cluster_ids"] = []
        return matrix
    clustered["outlet"] = clustered["outlet"].fillna("Unknown outlet")
    clustered["_day"] = clustered["date"].map(geo.as_date)
    counts = pd.crosstab(clustered["cluster_id"], clustered["outlet"])
    first_day = clustered.groupby("cluster_id")["_day"].min()
    cluster_ids = sorted(
        counts.index, key=lambda cluster: (first_day[cluster] or date.max, cluster)
    )
    counts = counts.loc[cluster_ids, sorted(counts.columns, key=str.casefold)]
    row_labels: list[str] = []
    for cluster in cluster_ids:
        day = first_day[cluster]
        when = geo.date_label(day) if day else "undated"
        label = f"{when} · {geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)}"
        while label in row_labels:  # two clusters with the same label and day stay two rows
            label += " ·"
        row_labels.append(label)
    matrix = pd.DataFrame(
        counts.to_numpy(dtype=int), index=row_labels, columns=list(counts.columns)
    )
    matrix.index.name = "cluster"
    matrix.columns.name = "outlet"
    matrix.attrs["cluster_ids"] = list(cluster_ids)
    return matrix


def _sequential_scale(colours: dict[str, str]) -> list[list[Any]]:
    return [[0.0, colours["background"]], [1.0, colours["place"]]]


def coverage_matrix_figure(
    matrix: pd.DataFrame, *, theme: str = "light", large_type: bool = False
) -> go.Figure:
    """Heatmap of coverage_matrix(): each cell writes its count (– for none), so the numbers,
    not the shading, carry the information."""
    colours = theme_colours(theme)
    font = _style(large_type)["font"]
    if matrix is None or matrix.empty:
        return empty_figure("No clustered events match the filters", theme=theme)
    counts = matrix.to_numpy()
    text = [[str(int(value)) if value else "–" for value in row] for row in counts]
    fig = go.Figure(
        go.Heatmap(
            z=counts,
            x=[str(column) for column in matrix.columns],
            y=[str(index) for index in matrix.index],
            text=text,
            texttemplate="%{text}",
            textfont={"size": font},
            colorscale=_sequential_scale(colours),
            zmin=0,
            zmax=max(int(counts.max()), 1),
            showscale=False,
            xgap=2,
            ygap=2,
            customdata=[
                [cluster] * len(matrix.columns)
                for cluster in matrix.attrs.get("cluster_ids", list(matrix.index))
            ],
            hovertemplate="%{y}<br>%{x}: %{z} event(s)<extra></extra>",
            meta={"role": "coverage"},
        )
    )
    _theme_layout(fig, theme, font)
    fig.update_layout(
        height=int(120 + (40 if large_type else 28) * len(matrix.index)),
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
    )
    fig.update_xaxes(side="top", showgrid=False, title={"text": "Outlet"})
    fig.update_yaxes(autorange="reversed", showgrid=False, automargin=True, title={"text": ""})
    return fig


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
    frame = profiles_frame.sort_values("outlet", key=lambda s: s.str.casefold())
    outlets = frame["outlet"].astype(str).tolist()
    fig = make_subplots(
        rows=1,
        cols=len(OUTLET_METRICS),
        shared_yaxes=True,
        subplot_titles=[title for _, title in OUTLET_METRICS],
        horizontal_spacing=0.06,
    )
    for column_number, (column, title) in enumerate(OUTLET_METRICS, start=1):
        values = pd.to_numeric(frame[column], errors="coerce")
        labels = [
            "n/a"
            if pd.isna(value)
            else (f"{value:.1f}" if column == "median_lag_days" else f"{value:g}")
            for value in values
        ]
        fig.add_trace(
            go.Bar(
                x=values.fillna(0).tolist(),
                y=outlets,
                orientation="h",
                name=title,
                marker={"color": colours["place"]},
                text=labels,
                textposition="outside",
                cliponaxis=False,
                hovertemplate="%{y}: %{text}<extra>" + html.escape(title) + "</extra>",
                showlegend=False,
                meta={"role": "outlet_metric", "metric": column},
            ),
            row=1,
            col=column_number,
        )
    _theme_layout(fig, theme, font)
    for annotation in fig.layout.annotations:
        annotation.font = {"size": font, "color": colours["text"]}
    fig.update_yaxes(autorange="reversed", automargin=True)
    fig.update_xaxes(rangemode="tozero", showgrid=True)
    fig.update_layout(
        height=int(140 + (48 if large_type else 32) * len(outlets)),
        margin={"l": 10, "r": 40, "t": 60, "b": 10},
        bargap=0.35,
    )
    return fig


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
# Where the precise border matters: around the crossing, with room to pan.
CROSSING_BBOX = (23.2, 53.2, 24.1, 53.95)
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


def _quoted(text: str) -> str:
    """pydeck reads bare strings as accessor expressions; double quotes make a constant."""
    return f'"{text}"'


def _place_records(summary: pd.DataFrame, zoom: float, crossing_name: str) -> list[dict]:
    records = []
    for row in summary.to_dict("records"):
        if row["name"] == crossing_name:
            continue  # drawn by the crossing layer
        count = int(row["event_count"])
        local_name = row.get("local_name") or ""
        name = html.escape(str(row["name"]), quote=False)
        local = html.escape(str(local_name), quote=False)
        records.append(
            {
                "name": str(row["name"]),  # as in the summary, so a selection maps back
                "name_html": name,
                "local_name": str(local_name),
                "local_note": f" ({local})" if local and local != name else "",
                "count_text": f"{count} event"
                + ("" if count == 1 else "s")
                + (" · approximate position" if row.get("approximate") else ""),
                "lat": round(float(row["lat"]), 5),
                "lon": round(float(row["lon"]), 5),
                "event_count": count,
                "events_text": row.get("events_text") or "",
                "selected": bool(row.get("selected")),
                # a marker's area grows with its events; metres at this view's scale
                "radius_m": round(
                    geo.metres_per_pixel(zoom, float(row["lat"])) * (4.0 + 2.5 * math.sqrt(count)),
                    1,
                ),
                "label": str(row["name"])
                + (f"\n{local_name}" if local_name and local_name != row["name"] else ""),
            }
        )
    return records


def _crossing_record(summary: pd.DataFrame) -> dict:
    record = geo.crossing_record(summary)
    count = int(record["event_count"])
    name = html.escape(record["name"], quote=False)
    local = html.escape(record["local_name"], quote=False)
    return {
        "name": record["name"],
        "name_html": name,
        "local_name": record["local_name"],
        "local_note": f" ({local})" if local and local != name else "",
        "count_text": f"{count} event" + ("" if count == 1 else "s"),
        "lat": record["lat"],
        "lon": record["lon"],
        "event_count": count,
        "events_text": record["events_text"],
        "label": f"{record['name']}\n{record['local_name']}",
    }


def _text_layer(layer_id: str, records: list[dict], colours: dict[str, str], size: float, **extra):
    return pdk.Layer(
        "TextLayer",
        data=records,
        id=layer_id,
        get_position=["lon", "lat"],
        get_text="label",
        get_size=size,
        size_units=_quoted("pixels"),
        get_color=rgba(colours["text"]),
        font_family=_quoted("Source Sans Pro, Arial, sans-serif"),
        # Kuźnica, Białystok, Брузгі: non-ASCII glyphs need the automatic character set
        character_set=_quoted("auto"),
        # an outline in the background colour keeps labels legible over lines and markers
        font_settings={"sdf": True, "fontSize": 64, "buffer": 6},
        outline_width=3,
        outline_color=rgba(colours["background"]),
        pickable=False,
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
    view_for_place()). Offline by default (map_provider=None draws no tiles); basemap=True
    adds Carto tiles under semi-transparent outlines. Layer ids: countries, border-detail
    (crossing view or zoom >= 9), country-labels, places, selected-place, crossing,
    place-labels, crossing-label; "places" and "crossing" are pickable (tooltips, selection).
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
        # only the countries around the crossing; the coarse seam stays unstroked
        borders = geo.features_in_bbox(borders, CROSSING_BBOX)
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
    if detailed:
        outline = border_detail if border_detail is not None else geo.load_poland_outline()
        layers.append(
            pdk.Layer(
                "GeoJsonLayer",
                data=geo.border_segment(outline, CROSSING_BBOX),
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
            {**colours, "text": colours["muted"]},
            label_size,
            get_text_anchor=_quoted("middle"),
            get_alignment_baseline=_quoted("center"),
        )
    )

    crossing = _crossing_record(summary)
    records = _place_records(summary, zoom, crossing_name=geo.crossing_record(summary)["name"])
    layers.append(
        pdk.Layer(
            "ScatterplotLayer",
            data=[{key: r[key] for key in r if key != "label"} for r in records],
            id="places",
            get_position=["lon", "lat"],
            get_radius="radius_m",
            radius_units=_quoted("meters"),
            radius_min_pixels=6 if large_type else 4,
            radius_max_pixels=48 if large_type else 36,
            get_fill_color=rgba(colours["place"], 210),
            stroked=True,
            get_line_color=rgba(colours["background"]),
            line_width_min_pixels=1,
            pickable=True,
            auto_highlight=True,
            highlight_color=rgba(colours["highlight"], 90),
        )
    )
    selected_records = [r for r in records if r["selected"]]
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
    box = (230.0, 44.0) if large_type else (150.0, 30.0)
    ranked = sorted(records, key=lambda r: (not r["selected"], -r["event_count"], r["name"]))
    labelled = geo.declutter(ranked, zoom=zoom, box_px=box, reserved=[crossing])
    labelled = labelled[:MAX_PLACE_LABELS]
    offset = [14, 0] if large_type else [10, 0]
    layers.append(
        _text_layer(
            "place-labels",
            [{"label": r["label"], "lat": r["lat"], "lon": r["lon"]} for r in labelled],
            colours,
            label_size,
            get_text_anchor=_quoted("start"),
            get_alignment_baseline=_quoted("center"),
            get_pixel_offset=offset,
        )
    )
    layers.append(
        _text_layer(
            "crossing-label",
            [{"label": crossing["label"], "lat": crossing["lat"], "lon": crossing["lon"]}],
            {**colours, "text": colours["crossing"]},
            label_size + 1,
            get_text_anchor=_quoted("end"),
            get_alignment_baseline=_quoted("center"),
            get_pixel_offset=[-offset[0] - 4, 0],
            font_weight=_quoted("bold"),
        )
    )

    tooltip = {
        "html": "<b>{name_html}</b>{local_note}<br/>{count_text}<br/>{events_text}",
        "style": {
            "backgroundColor": colours["tooltip_background"],
            "color": colours["text"],
            "border": f"1px solid {colours['border']}",
            "fontFamily": "Source Sans Pro, Arial, sans-serif",
            "fontSize": "16px" if large_type else "13px",
            "maxWidth": "420px",
            "whiteSpace": "normal",
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
    return pdk.Deck(
        layers=layers,
        initial_view_state=view_state,
        map_provider=None,  # no tiles, no network: the outlines are the map
        map_style=None,
        tooltip=tooltip,
        height=height,
    )
