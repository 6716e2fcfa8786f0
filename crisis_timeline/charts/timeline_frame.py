"""Which events the timeline draws one by one, and where: lane, day, end day, x position,
row within the lane, inferred flag, number of outlets; the range the chart opens on.

Reads the event table (schema.EVENT_COLUMNS); returns frames and plain values, no plotly
(timeline_traces.py turns them into traces). Views too large to draw event by event go
through timeline_density instead (timeline.py decides).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from crisis_timeline import geo, settings, timeline_density
from crisis_timeline.charts.layout import LANE_LABEL_CHARS

LOW_CONFIDENCE = 0.5  # below this an event's date is drawn as inferred (open marker)
# Offsets (in lanes) of the rows that neighbouring markers of a crowded day alternate
# between: lanes are numbers on the y axis (lane i at y = i), so markers can leave the line.
LANE_ROWS = (0.0, -0.27, 0.27)
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

# what prepare_events and the lanes read besides the hover columns
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


def is_true(value: Any) -> bool:
    """A flag cell as a bool: NaN (pandas' None in a mixed column) is False."""
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


def hours_of(time_of_day: Any) -> float | None:
    """ "evening" -> 19.0, "20:32" -> 20.53; None when there is no usable time."""
    if not isinstance(time_of_day, str) or not time_of_day:
        return None
    if time_of_day in PART_OF_DAY_HOURS:
        return PART_OF_DAY_HOURS[time_of_day]
    hours, _, minutes = time_of_day.partition(":")
    if hours.isdigit() and minutes.isdigit() and int(hours) < 24 and int(minutes) < 60:
        return int(hours) + int(minutes) / 60
    return None


def inferred_mask(events: pd.DataFrame) -> pd.Series:
    """True where nobody wrote the date: an inferred (or unknown) publication date carried
    to a lead event, or an extraction confidence below LOW_CONFIDENCE."""
    dated_by_publication = events["dated_by"] == "publication"
    basis_guessed = events["published_basis"].isin(("inferred", "unknown"))
    low = pd.to_numeric(events["confidence"], errors="coerce") < LOW_CONFIDENCE
    return (dated_by_publication & basis_guessed) | low.fillna(False).astype(bool)


def lane_labels(
    events: pd.DataFrame, lanes: str, cluster_labels: dict[str, str] | None
) -> pd.Series:
    """Each row's lane name: its outlet, or its story's label (lanes="cluster")."""
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
        shown = [
            geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)
            if isinstance(cluster, str) and cluster
            else timeline_density.NOT_CLUSTERED
            for cluster in clusters
        ]
        shown = _distinct_story_names(events, codes, list(clusters), shown)
        names = np.array(shown + [timeline_density.NOT_CLUSTERED], dtype=object)  # -1: none
        return pd.Series(names[codes], index=events.index, dtype=object)
    raise ValueError(f"lanes must be 'outlet' or 'cluster', not {lanes!r}")


def _first_days(dates: pd.Series, codes: np.ndarray, groups: int) -> list[date | None]:
    """The earliest date of each group (codes 0..groups-1; -1 belongs to none), None for a
    group without a date: in arrays, where a pandas groupby over 460,000 object cells took
    0.1 s."""
    days = geo.day_ordinals(dates)
    first = np.full(groups, np.iinfo(np.int64).max, dtype=np.int64)
    kept = (codes >= 0) & (days > 0)
    np.minimum.at(first, codes[kept], days[kept])
    return [date.fromordinal(int(day)) if day < np.iinfo(np.int64).max else None for day in first]


def _distinct_story_names(
    events: pd.DataFrame, codes: np.ndarray, clusters: list, shown: list[str]
) -> list[str]:
    """Lane names that never merge two stories: lanes are keyed by name, and two clusters
    can share a label (the 15 Nov and the 14 Dec Macron-Putin calls). A shared name gets the
    story's first day, then a number if that is shared too."""
    counts = Counter(shown)
    if all(counts[name] == 1 or name == timeline_density.NOT_CLUSTERED for name in shown):
        return shown
    first_days = _first_days(events["date"], codes, len(clusters))
    dated = [
        f"{name} · {geo.date_label(first_day)}"
        if counts[name] > 1 and name != timeline_density.NOT_CLUSTERED
        else name
        for name, first_day in zip(shown, first_days, strict=True)
    ]
    seen: Counter[str] = Counter()
    unique = []
    for name in dated:
        seen[name] += 1
        repeated = seen[name] > 1 and name != timeline_density.NOT_CLUSTERED
        unique.append(f"{name} ({seen[name]})" if repeated else name)
    return unique


def outlets_per_cluster(events: pd.DataFrame) -> pd.Series:
    """How many outlets report each row's cluster (1 for rows without a cluster)."""
    clustered = events["cluster_id"].notna()
    counts = events[clustered].groupby("cluster_id")["outlet"].nunique()
    return events["cluster_id"].map(counts).fillna(1).astype(int)


def marker_positions(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """x of each marker and its row offset within the lane.

    x: the day's noon, or its time of day; several events on one lane and day are spread
    across that day in text order, and alternate between rows of the lane, so none hides
    another. Within a day the x position orders events; it is not a clock time (the hover
    gives the real one)."""
    order = pd.DataFrame(
        {
            "lane": frame["lane"],
            "day": frame["day"],
            "hours": frame["time_of_day"].map(hours_of).astype(float),
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


def flags(values: pd.Series) -> np.ndarray:
    """A flag column as booleans (is_true per cell; a bool column as it is)."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return values.to_numpy(dtype=bool)
    return values.map(is_true).to_numpy(dtype=bool)


def as_dates(values: pd.Series) -> list[date | None]:
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


def padded(start: date, end: date) -> list[pd.Timestamp]:
    """An axis range covering the days start..end (inclusive) with half a day either side."""
    return [
        pd.Timestamp(start) - pd.Timedelta(hours=12),
        pd.Timestamp(end) + pd.Timedelta(days=1, hours=12),
    ]


def initial_range(
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
            return padded(first, last)
        return padded(window_start, window_end)
    return padded(view_start or first, view_end or last)


def window_of(initial: list[pd.Timestamp]) -> tuple[date, date]:
    """The first and last whole day of an initial x range (padded adds half a day)."""
    return (initial[0] + timedelta(days=1)).date(), (initial[1] - timedelta(days=1)).date()


def prepare_events(
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
    (Views above AGGREGATE_ABOVE events are aggregated instead: see timeline.py.)"""
    # only what the chart reads: copying every column of 100,000 events costs more than drawing
    needed = {*HOVER_COLUMNS, *PREPARE_COLUMNS}
    frame = events[[c for c in events.columns if c in needed]].copy()
    frame["outlet_count"] = outlets_per_cluster(frame)
    background = frame["background"].map(is_true).astype(bool)
    hidden_background = int(background.sum()) if not show_background else 0
    if not show_background:
        frame = frame[~background]
    frame["day"] = as_dates(frame["date"])
    frame["end_day"] = [
        max(end or start, start) if start else None
        for start, end in zip(frame["day"], as_dates(frame["date_end"]), strict=True)
    ]
    undated = int(frame["day"].isna().sum())
    frame = frame[frame["day"].notna()].copy()
    frame["lane"] = lane_labels(frame, lanes, cluster_labels)
    initial = None
    if not frame.empty:
        initial = initial_range(
            min(frame["day"]),
            max(frame["end_day"]),
            lambda start, end: bool(((frame["end_day"] >= start) & (frame["day"] <= end)).any()),
            view_start,
            view_end,
        )
    frame["lane"], merged_lanes = timeline_density.cap_lanes(
        frame, lanes, max_lanes, window_of(initial) if initial else None
    )
    frame["inferred"] = inferred_mask(frame)
    frame["row"] = 0.0
    if frame.empty:
        frame["x"] = pd.Series(dtype=object)
    else:
        frame["x"], frame["row"] = marker_positions(frame)
    left_out = {
        "undated": undated,
        "hidden_background": hidden_background,
        "merged_lanes": merged_lanes,
        "aggregated": False,
        "events_drawn": len(frame),
    }
    return frame, left_out, initial


def lane_order(frame: pd.DataFrame, lanes: str) -> list[str]:
    """The lanes top to bottom: by name (outlets) or by first day (stories), "Other" last."""
    other = timeline_density.OTHER_LANE[lanes]
    first_day = frame.groupby("lane")["day"].min() if lanes == "cluster" else None
    return sorted(
        frame["lane"].unique(),
        key=lambda lane: timeline_density.lane_sort_key(
            lanes, lane, lane.startswith(other), None if first_day is None else first_day[lane]
        ),
    )


def records(frame: pd.DataFrame) -> list[dict]:
    """The prepared rows as dicts, with only the columns a trace or its hover reads."""
    return frame[[column for column in HOVER_COLUMNS if column in frame.columns]].to_dict("records")
