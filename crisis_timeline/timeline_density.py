"""What the timeline draws when there are too many events to draw one by one.

A timeline of five articles has a few dozen markers; one of 10,000 articles has tens of
thousands, which no browser draws in an instant and no reader can tell apart. Two limits
keep the chart readable and fast:

- lanes: at most MAX_LANES; the lanes with the fewest events are merged into one
  "Other outlets (N)" (or "Other stories (N)") lane at the bottom;
- markers: above AGGREGATE_ABOVE events, one marker per lane and day, sized by how many
  events it holds and coloured by the day's most frequent event type; its hover gives the
  counts per type and the most-reported sentence, and clicking it selects that event.

Pure pandas; charts.py draws the result.
"""

from __future__ import annotations

import pandas as pd

from crisis_timeline.palette import EVENT_TYPE_LABELS

MAX_LANES = 30
AGGREGATE_ABOVE = 2500
OTHER_LANE = {"outlet": "Other outlets", "cluster": "Other stories"}


def other_lane_label(lanes: str, merged: int) -> str:
    return f"{OTHER_LANE.get(lanes, 'Other')} ({merged})"


def cap_lanes(frame: pd.DataFrame, lanes: str, max_lanes: int = MAX_LANES) -> tuple[pd.Series, int]:
    """Lane labels with the smallest lanes merged so at most `max_lanes` remain.

    Returns the new labels and how many lanes were merged (0 when nothing changed). The
    lanes kept are those with the most events (ties by name, so the result is stable).
    """
    counts = frame["lane"].value_counts()
    if len(counts) <= max_lanes:
        return frame["lane"], 0
    ranked = sorted(counts.index, key=lambda lane: (-counts[lane], str(lane).casefold()))
    kept = set(ranked[: max_lanes - 1])
    merged = len(ranked) - len(kept)
    other = other_lane_label(lanes, merged)
    return frame["lane"].where(frame["lane"].isin(kept), other), merged


def day_groups(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (lane, day): count, dominant event type, per-type counts, the
    representative event (most outlets reporting, then earliest in its article), whether
    every date in it is inferred, and how many of its events span more than a day.

    `frame` is the timeline's prepared frame (lane, day, event_type, event_id, sentence,
    outlet_count, inferred, precision, start).
    """
    ordered = frame.assign(
        _spans=(frame["precision"].fillna("day") != "day"),
        _start=pd.to_numeric(frame["start"], errors="coerce").fillna(0),
    ).sort_values(["lane", "day", "outlet_count", "_start"], ascending=[True, True, False, True])
    groups = ordered.groupby(["lane", "day"], sort=False)
    rows = groups.agg(
        count=("event_id", "size"),
        event_id=("event_id", "first"),
        sentence=("sentence", "first"),
        outlet_count=("outlet_count", "max"),
        inferred=("inferred", "all"),
        spans=("_spans", "sum"),
    ).reset_index()
    per_type = (
        ordered.groupby(["lane", "day", "event_type"], sort=False).size().rename("n").reset_index()
    )
    per_type = per_type.sort_values(
        ["lane", "day", "n", "event_type"], ascending=[True, True, False, True]
    )
    per_type["label"] = [
        f"{n} {EVENT_TYPE_LABELS.get(t, t)}"
        for t, n in zip(per_type["event_type"], per_type["n"], strict=True)
    ]
    by_day = per_type.groupby(["lane", "day"], sort=False)
    summary = pd.DataFrame(
        {"event_type": by_day["event_type"].first(), "types": by_day["label"].agg(" · ".join)}
    ).reset_index()
    rows = rows.merge(summary, on=["lane", "day"], how="left")
    return rows
