"""What the timeline draws when there are too many events to draw one by one.

A timeline of five articles has a few dozen markers; one of 10,000 articles has tens of
thousands, which no browser draws in an instant and no reader can tell apart. Two limits
keep the chart readable and fast:

- lanes: at most MAX_LANES; the lanes with the fewest events are merged into one
  "Other outlets (N)" (or "Other stories (N)") lane at the bottom;
- markers: above AGGREGATE_ABOVE events, one marker per lane and day inside the window the
  chart opens on, and one per lane and week outside it, sized by how many events it holds
  and coloured by its most frequent event type; its hover gives the counts per type and
  the most-reported sentence, and clicking it selects that event.

Pure pandas; charts.py draws the result.
"""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from crisis_timeline.palette import EVENT_TYPE_LABELS

MAX_LANES = 30
AGGREGATE_ABOVE = 2500
OTHER_LANE = {"outlet": "Other outlets", "cluster": "Other stories"}


def other_lane_label(lanes: str, merged: int) -> str:
    return f"{OTHER_LANE.get(lanes, 'Other')} ({merged})"


def cap_lanes(
    frame: pd.DataFrame, lanes: str, max_lanes: int | None = None
) -> tuple[pd.Series, int]:
    """Lane labels with the smallest lanes merged so at most `max_lanes` remain.

    Returns the new labels and how many lanes were merged (0 when nothing changed). The
    lanes kept are those with the most events (ties by name, so the result is stable).
    """
    max_lanes = MAX_LANES if max_lanes is None else max_lanes
    counts = frame["lane"].value_counts()
    if len(counts) <= max_lanes:
        return frame["lane"], 0
    ranked = sorted(counts.index, key=lambda lane: (-counts[lane], str(lane).casefold()))
    kept = set(ranked[: max_lanes - 1])
    merged = len(ranked) - len(kept)
    other = other_lane_label(lanes, merged)
    return frame["lane"].where(frame["lane"].isin(kept), other), merged


def detail_window(start: date, end: date) -> tuple[date, date]:
    """The days drawn one marker per day: the view window widened to whole weeks (Monday to
    Sunday), so no week is split between a daily and a weekly marker."""
    return start - timedelta(days=start.weekday()), end + timedelta(days=6 - end.weekday())


def day_groups(frame: pd.DataFrame, window: tuple[date, date] | None = None) -> pd.DataFrame:
    """One row per (lane, bucket): a bucket is a day inside `window` (all days when None)
    and a Monday-to-Sunday week outside it, so the days the chart opens on are detailed and
    the rest of a long corpus costs few markers.

    Columns: lane, bucket (its first day), weekly, count, dominant event_type, types (counts
    per type), the representative event_id and sentence (most outlets reporting, then
    earliest in its article), outlet_count, inferred (every date in it inferred), spans (how
    many of its events are dated to more than a day).

    `frame` is the timeline's prepared frame (lane, day, event_type, event_id, sentence,
    outlet_count, inferred, precision, start).
    """
    # group on day ordinals (ints), not date objects: several times faster on 100,000 rows
    ordinals = {d: d.toordinal() for d in set(frame["day"])}
    day_numbers = np.fromiter((ordinals[d] for d in frame["day"]), dtype=np.int64, count=len(frame))
    if window is None:
        weekly = np.zeros(len(frame), dtype=bool)
    else:
        weekly = (day_numbers < window[0].toordinal()) | (day_numbers > window[1].toordinal())
    # date.toordinal() of a Monday is 1 mod 7
    bucket = np.where(weekly, day_numbers - (day_numbers - 1) % 7, day_numbers)
    keys = ["lane", "bucket", "weekly"]
    ordered = frame.assign(
        bucket=bucket,
        weekly=weekly,
        _spans=(frame["precision"].fillna("day") != "day"),
        _start=pd.to_numeric(frame["start"], errors="coerce").fillna(0),
    ).sort_values([*keys, "outlet_count", "_start"], ascending=[True, True, True, False, True])
    groups = ordered.groupby(keys, sort=False)
    rows = groups.agg(
        count=("event_id", "size"),
        event_id=("event_id", "first"),
        sentence=("sentence", "first"),
        outlet_count=("outlet_count", "max"),
        inferred=("inferred", "all"),
        spans=("_spans", "sum"),
    ).reset_index()
    per_type = ordered.groupby([*keys, "event_type"], sort=False).size().rename("n").reset_index()
    per_type = per_type.sort_values(
        [*keys, "n", "event_type"], ascending=[True, True, True, False, True]
    )
    per_type["label"] = [
        f"{n} {EVENT_TYPE_LABELS.get(t, t)}"
        for t, n in zip(per_type["event_type"], per_type["n"], strict=True)
    ]
    by_bucket = per_type.groupby(keys, sort=False)
    summary = pd.DataFrame(
        {"event_type": by_bucket["event_type"].first(), "types": by_bucket["label"].agg(" · ".join)}
    ).reset_index()
    rows = rows.merge(summary, on=keys, how="left")
    rows["bucket"] = [date.fromordinal(int(n)) for n in rows["bucket"]]
    return rows
