"""What the timeline draws when there are too many events to draw one by one.

A timeline of five articles has a few dozen markers; one of 10,000 articles has tens of
thousands, which no browser draws in an instant and no reader can tell apart. Two limits
keep the chart readable and fast:

- lanes: at most MAX_LANES; the lanes with the fewest events are merged into one
  "Other outlets (N)" (or "Other stories (N)") lane at the bottom;
- markers: above AGGREGATE_ABOVE events, at most AGGREGATED_MAX_LANES lanes, one marker per
  lane and day inside the window the chart opens on, and one per lane and month outside it,
  sized by how many events it holds and coloured by its most frequent event type; its hover
  gives the counts per type and the most-reported sentence, and clicking it selects that
  event.

Why those numbers: a browser draws a plotly marker in ~0.3 ms and redraws the chart two or
three times when Streamlit replaces it (measured in Chromium: 1,159 markers, 0.5 s per draw,
1.4 s per filter change), so a filter change stays quick only with a few hundred markers:
12 lanes x (14 days + about 6 months) is under 250.

Large views are aggregated from a TimelineIndex: the per-event values the timeline reads
(day ordinals, flags, lane and type codes), encoded once per event table as numpy arrays.
A filtered view is then a set of positions into it, and a filter change costs a few numpy
passes instead of re-reading 100,000 rows of cells (most of a second in pandas).
charts.timeline_index builds the index; charts.py draws the result.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np
import pandas as pd

from crisis_timeline.charts.palette import EVENT_TYPE_LABELS

MAX_LANES = 30
AGGREGATE_ABOVE = 2500
AGGREGATED_MAX_LANES = 12  # lanes of an aggregated view (see above)
OTHER_LANE = {"outlet": "Other outlets", "cluster": "Other stories"}
NOT_CLUSTERED = "Not clustered"


def other_lane_label(lanes: str, merged: int) -> str:
    return f"{OTHER_LANE.get(lanes, 'Other')} ({merged})"


def lane_rank_key(label: str, in_window: int, total: int) -> tuple:
    """Which lanes a capped view keeps, best first: most events whose day is in the dates the
    chart opens on, then most events, then by name (stable). Without the first, a story view of a
    corpus kept August's big stories as empty lanes across the November window it opens on.
    The one rule for both ways of drawing."""
    return (-in_window, -total, label.casefold())


def cap_lanes(
    frame: pd.DataFrame,
    lanes: str,
    max_lanes: int | None = None,
    window: tuple[date, date] | None = None,
) -> tuple[pd.Series, int]:
    """Lane labels with the least busy lanes merged so at most `max_lanes` remain.

    Returns the new labels and how many lanes were merged (0 when nothing changed). The
    lanes kept are the first by lane_rank_key (frame: "lane", "day", "end_day"; window: the
    first and last day the chart opens on, or None to rank by events alone).
    """
    max_lanes = MAX_LANES if max_lanes is None else max_lanes
    counts = frame["lane"].value_counts()
    if len(counts) <= max_lanes:
        return frame["lane"], 0
    inside = pd.Series(0, index=counts.index)
    if window is not None:
        # an event's marker sits on its first day: a month that merely overlaps the window
        # is drawn outside it
        shown = (frame["day"] >= window[0]) & (frame["day"] <= window[1])
        inside = frame.loc[shown, "lane"].value_counts().reindex(counts.index, fill_value=0)
    ranked = sorted(
        counts.index, key=lambda lane: lane_rank_key(str(lane), inside[lane], counts[lane])
    )
    kept = set(ranked[: max_lanes - 1])
    merged = len(ranked) - len(kept)
    other = other_lane_label(lanes, merged)
    return frame["lane"].where(frame["lane"].isin(kept), other), merged


def detail_window(start: date, end: date) -> tuple[date, date]:
    """The days drawn one marker per day: the view window widened to whole weeks (Monday to
    Sunday), so no week is split between a daily and a weekly marker."""
    return start - timedelta(days=start.weekday()), end + timedelta(days=6 - end.weekday())


# ---- the index ------------------------------------------------------------------------------

_EPOCH = date(1970, 1, 1).toordinal()  # numpy's datetime64[D] counts days from here
# day_groups' priority within a group: (fewer outlets) << 28 | start offset
_START_BITS = 28
_START_LIMIT = 1 << _START_BITS  # offsets past 268 million characters tie
_OUTLET_LIMIT = 1 << 12
_DIRECT_KEYS_LIMIT = 4_000_000  # day_groups: tables indexed by (lane, bucket) key up to this
_PAIR_TABLE_LIMIT = 50_000_000  # outlet_counts: a table of (cluster, outlet) flags, 50 MB


def _codes(values: pd.Series | Iterable[object]) -> tuple[np.ndarray, tuple[str, ...]]:
    """Integer codes into the sorted distinct values (-1 for missing ones)."""
    if not isinstance(values, pd.Series):
        values = pd.Series(list(values), dtype=object)
    # factorize the column as it is: copying an arrow-backed string column into a list
    # first cost 0.2 s per 100,000 rows
    codes, uniques = pd.factorize(values, sort=True)
    return codes.astype(np.int64), tuple(str(u) for u in uniques)


def _same_cells(one: np.ndarray, other: np.ndarray) -> bool:
    """Whether two arrays are views of the same cells in the same order (no comparison of
    460,000 cells when a view is the table the index was built from)."""
    return (
        one.shape == other.shape
        and one.strides == other.strides
        and one.__array_interface__["data"][0] == other.__array_interface__["data"][0]
    )


@dataclass(frozen=True, eq=False)
class TimelineIndex:
    """Per-event arrays of one event table, aligned with its rows (position i = row i)."""

    labels: pd.Index  # the table's row labels: a filtered view's rows map back to positions
    event_id: np.ndarray  # object
    sentence: np.ndarray  # object
    day: np.ndarray  # int64 date ordinal; 0 when undated
    end_day: np.ndarray  # int64, >= day
    background: np.ndarray  # bool
    inferred: np.ndarray  # bool: nobody wrote the date (open marker)
    spans: np.ndarray  # bool: dated to a weekend, week, month or year
    start: np.ndarray  # float64: offset in its article (earliest first among ties)
    event_type: np.ndarray  # int64 codes into `types`
    types: tuple[str, ...]  # sorted, so code order is name order
    outlet: np.ndarray  # int64 codes, -1 when no outlet is known
    cluster: np.ndarray  # int64 codes, -1 when not clustered
    # (cluster, outlet) as one integer, cluster * pair_width + outlet; -1 when either is
    # unknown: outlet_counts marks these instead of combining two columns on every view
    pair: np.ndarray
    pair_width: int
    start_rank: np.ndarray  # int64: `start` rounded and clipped for day_groups' priority
    lane_codes: dict[str, np.ndarray]  # lanes ("outlet", "cluster") -> codes into lane_names
    lane_names: dict[str, tuple[str, ...]]

    @classmethod
    def build(
        cls,
        events: pd.DataFrame,
        *,
        day: np.ndarray,
        end_day: np.ndarray,
        background: Sequence[bool],
        inferred: Sequence[bool],
        lanes: dict[str, pd.Series],
    ) -> TimelineIndex:
        """Encode an event table; day/end_day (date ordinals, 0 when undated), background,
        inferred and lanes are its per-row values as the timeline reads them
        (charts.timeline_index computes them)."""
        event_type, types = _codes(events["event_type"].fillna("other"))
        outlet, _ = _codes(events["outlet"])
        cluster, _ = _codes(events["cluster_id"])
        pair_width = max(int(outlet.max(initial=-1)), 0) + 1
        pair = np.where((cluster >= 0) & (outlet >= 0), cluster * pair_width + outlet, -1)
        start = pd.to_numeric(events["start"], errors="coerce").fillna(0).to_numpy(float)
        lane_codes, lane_names = {}, {}
        for name, labels in lanes.items():
            lane_codes[name], lane_names[name] = _codes(labels)
        return cls(
            labels=events.index,
            event_id=events["event_id"].to_numpy(dtype=object),
            sentence=events["sentence"].to_numpy(dtype=object),
            day=day,
            end_day=np.maximum(end_day, day),
            background=np.asarray(background, dtype=bool),
            inferred=np.asarray(inferred, dtype=bool),
            spans=(events["precision"].fillna("day") != "day").to_numpy(dtype=bool),
            start=start,
            event_type=event_type,
            types=types,
            outlet=outlet,
            cluster=cluster,
            pair=pair,
            pair_width=pair_width,
            start_rank=np.clip(np.rint(start), 0, _START_LIMIT - 1).astype(np.int64),
            lane_codes=lane_codes,
            lane_names=lane_names,
        )

    def positions(self, view: pd.DataFrame) -> np.ndarray | None:
        """Positions of a view's rows, or None when the view is not rows of this table
        (then the caller builds an index of the view itself)."""
        ids = view["event_id"].to_numpy(dtype=object)
        if _same_cells(ids, self.event_id) and view.index.equals(self.labels):
            return np.arange(len(ids), dtype=np.int64)  # the table itself or a shallow copy
        positions = self.labels.get_indexer(view.index)
        if (positions < 0).any():
            return None
        if not np.array_equal(self.event_id[positions], ids):
            return None  # same labels, other rows: an index of another table
        return positions.astype(np.int64)

    def clusters_in(self, positions: np.ndarray) -> int:
        """How many distinct clusters the events at `positions` belong to."""
        clusters = self.cluster[positions]
        clustered = clusters[clusters >= 0]
        if not len(clustered):
            return 0
        return int(np.count_nonzero(np.bincount(clustered)))

    def clusters_across_outlets(self, positions: np.ndarray) -> int:
        """How many clusters at `positions` are reported by two or more known outlets."""
        shared = positions[outlet_counts(self, positions) >= 2]
        return self.clusters_in(shared)

    def span(self, positions: np.ndarray) -> tuple[date, date] | None:
        """First day and last end day of the dated events at `positions` (None if none is)."""
        dated = positions[self.day[positions] > 0]
        if not len(dated):
            return None
        first, last = self.day[dated].min(), self.end_day[dated].max()
        return date.fromordinal(int(first)), date.fromordinal(int(last))

    def latest(self, positions: np.ndarray, count: int) -> np.ndarray:
        """Positions of the `count` latest dated events: latest day first, then the latest
        in its article."""
        dated = positions[self.day[positions] > 0]
        if len(dated) > count:  # the latest days first (a partition, not a sort of them all)
            kth = np.partition(self.day[dated], len(dated) - count)[len(dated) - count]
            dated = dated[self.day[dated] >= kth]
        return dated[np.lexsort((-self.start[dated], -self.day[dated]))[:count]]


@dataclass(frozen=True)
class Drawable:
    """The rows of a view that the timeline can place, and what it left out."""

    positions: np.ndarray
    undated: int
    hidden_background: int


def drawable(index: TimelineIndex, positions: np.ndarray, show_background: bool) -> Drawable:
    hidden = 0
    if not show_background:
        background = index.background[positions]
        hidden = int(background.sum())
        positions = positions[~background]
    dated = index.day[positions] > 0
    return Drawable(positions[dated], int((~dated).sum()), hidden)


def outlet_counts(index: TimelineIndex, positions: np.ndarray) -> np.ndarray:
    """For each row, how many outlets of the view report its cluster (1 without a cluster,
    0 for a cluster no known outlet reports)."""
    cluster = index.cluster[positions]
    clusters = int(index.cluster.max(initial=-1)) + 1
    if not clusters:
        return np.ones(len(positions), dtype=np.int64)
    pairs = index.pair[positions]
    pairs = pairs[pairs >= 0]
    width = index.pair_width
    if clusters * width <= _PAIR_TABLE_LIMIT:  # distinct pairs by marking a table: no sort
        seen = np.zeros(clusters * width, dtype=bool)
        seen[pairs] = True
        distinct = np.flatnonzero(seen)
    else:
        distinct = np.unique(pairs)
    # one slot more, for cluster -1: a row without a cluster counts as one outlet
    per_cluster = np.bincount(distinct // width, minlength=clusters + 1)
    per_cluster[clusters] = 1
    return per_cluster[cluster]


@dataclass(frozen=True)
class Lanes:
    """The lanes of a view: each row's lane number and the lanes' names in display order."""

    of_row: np.ndarray  # int64: position of the row's lane in `names`
    names: list[str]
    merged: int  # lanes folded into the "Other ..." lane (0 when none)


def lane_sort_key(lanes: str, label: str, is_other: bool, first_day: Any) -> tuple:
    """Where a lane sits, top to bottom: outlets by name; stories by the day they start
    (a timeline reads down as well as across), the unclustered lane after them; the merged
    "Other ..." lane last. The one rule for both ways of drawing (first_day: any ordered
    value, only read for stories)."""
    if lanes == "cluster":
        return (is_other, label == NOT_CLUSTERED, first_day, label)
    return (is_other, label.casefold())


def view_lanes(
    index: TimelineIndex,
    positions: np.ndarray,
    lanes: str,
    max_lanes: int | None = None,
    window: tuple[date, date] | None = None,
) -> Lanes:
    """Lanes as cap_lanes keeps them (lane_rank_key), in lane_sort_key order."""
    max_lanes = MAX_LANES if max_lanes is None else max_lanes
    names = index.lane_names[lanes]
    codes = index.lane_codes[lanes][positions]
    counts = np.bincount(codes, minlength=len(names))
    present = np.flatnonzero(counts)
    merged = 0
    other_code = len(names)
    if len(present) > max_lanes:
        inside = np.zeros(len(names), dtype=np.int64)
        if window is not None:
            days = index.day[positions]
            shown = (days >= window[0].toordinal()) & (days <= window[1].toordinal())
            inside = np.bincount(codes[shown], minlength=len(names))
        ranked = sorted(
            present, key=lambda c: lane_rank_key(names[c], int(inside[c]), int(counts[c]))
        )
        kept = np.zeros(len(names) + 1, dtype=bool)
        kept[ranked[: max_lanes - 1]] = True
        merged = len(present) - (max_lanes - 1)
        codes = np.where(kept[codes], codes, other_code)
        present = np.asarray(sorted(ranked[: max_lanes - 1]) + [other_code])
    label = {int(c): names[c] for c in present if c != other_code}
    if merged:
        label[other_code] = other_lane_label(lanes, merged)
    first_day = np.full(len(names) + 1, np.iinfo(np.int64).max)
    if lanes == "cluster":
        np.minimum.at(first_day, codes, index.day[positions])
    order = sorted(
        label, key=lambda c: lane_sort_key(lanes, label[c], c == other_code, int(first_day[c]))
    )
    number = np.zeros(len(names) + 1, dtype=np.int64)
    number[order] = np.arange(len(order))
    return Lanes(number[codes], [label[c] for c in order], merged)


def _first_of_runs(sorted_keys: np.ndarray) -> np.ndarray:
    """Start positions of the runs of equal values in a sorted array."""
    return np.flatnonzero(np.r_[True, sorted_keys[1:] != sorted_keys[:-1]])


def buckets(
    index: TimelineIndex, positions: np.ndarray, window: tuple[date, date] | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first day, last day, monthly) of the bucket of each event at `positions`: its day
    inside `window` (every day when None); outside it, its calendar month cut at the window,
    so "1-7 Nov" before a window opening on 8 November and "22-30 Nov" after one ending on
    the 21st are buckets of their own and never sit on the window's daily markers."""
    return _day_buckets(index.day[positions], window)


def _day_buckets(
    day: np.ndarray, window: tuple[date, date] | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """buckets() of date ordinals."""
    if window is None:
        return day, day, np.zeros(len(day), dtype=bool)
    low, high = window[0].toordinal(), window[1].toordinal()
    monthly = (day < low) | (day > high)
    month = (day - _EPOCH).astype("datetime64[D]").astype("datetime64[M]")
    month_first = month.astype("datetime64[D]").astype(np.int64) + _EPOCH
    month_last = (month + 1).astype("datetime64[D]").astype(np.int64) + _EPOCH - 1
    first = np.where(day > high, np.maximum(month_first, high + 1), month_first)
    last = np.where(day < low, np.minimum(month_last, low - 1), month_last)
    return np.where(monthly, first, day), np.where(monthly, last, day), monthly


def _bucket_firsts(
    index: TimelineIndex, positions: np.ndarray, window: tuple[date, date] | None
) -> np.ndarray:
    """buckets()' first days, looked up in a table of the days from the rows' first to their
    last: two passes over 460,000 rows where buckets() makes a dozen (a tenth of a filter
    change's server time at 50,000 articles)."""
    day = index.day[positions]
    if window is None:
        return day
    first_day, last_day = int(day.min()), int(day.max())
    if first_day <= 0 or last_day - first_day >= _DIRECT_KEYS_LIMIT:
        return _day_buckets(day, window)[0]  # undated rows, or dates centuries apart
    table = _day_buckets(np.arange(first_day, last_day + 1, dtype=np.int64), window)[0]
    return table[day - first_day]


def _groups(key: np.ndarray, priority: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group number of each row, representative row of each group): groups are the rows'
    distinct keys numbered in key order; a group's representative is its row of lowest
    priority, the first in row order among equals."""
    keys = int(key.max()) + 1
    if keys > _DIRECT_KEYS_LIMIT:  # keys far apart (impossible dates): sort the rows
        order = np.lexsort((priority, key))  # stable: row order breaks the last ties
        firsts = _first_of_runs(key[order])
        group = np.empty(len(key), dtype=np.int64)
        group[order] = np.cumsum(np.r_[False, key[order][1:] != key[order][:-1]])
        return group, order[firsts]
    # a table indexed by key, no sort of the rows: 460,000 rows took 0.035 s sorted
    best = np.full(keys, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(best, key, priority)
    candidates = np.flatnonzero(priority == best[key])  # ascending: row order
    present, first = np.unique(key[candidates], return_index=True)
    number = np.zeros(keys, dtype=np.int64)
    number[present] = np.arange(len(present))
    return number[key], candidates[first]


def day_groups(
    index: TimelineIndex,
    positions: np.ndarray,
    lanes: Lanes,
    window: tuple[date, date] | None = None,
) -> pd.DataFrame:
    """One row per (lane, bucket) of the drawable rows at `positions` (see buckets: days
    inside `window`, the rest of each month outside it), so the days the chart opens on are
    detailed and the rest of a long corpus costs few markers.

    Columns: lane (its number in lanes.names), bucket and bucket_last (its first and last
    day), monthly, count, dominant event_type (most events, then name), types (counts per
    type, largest first), the representative event_id and sentence (most outlets reporting,
    then earliest in its article, then table order), outlet_count, inferred (every date in
    it inferred), spans (how many of its events are dated to more than a day).
    """
    columns = ["lane", "bucket", "bucket_last", "monthly", "count", "event_id", "sentence"]
    columns += ["outlet_count", "inferred", "spans", "event_type", "types"]
    if not len(positions):
        return pd.DataFrame(columns=columns)
    bucket = _bucket_firsts(index, positions, window)
    lowest = int(bucket.min())
    span = int(bucket.max()) - lowest + 1
    key = lanes.of_row * span + (bucket - lowest)
    outlets = outlet_counts(index, positions)
    # Representative of each group: most outlets, then earliest in its article (one int64
    # per row, smaller first), then table order
    fewer_outlets = _OUTLET_LIMIT - 1 - np.clip(outlets, 0, _OUTLET_LIMIT - 1)
    group, firsts = _groups(key, (fewer_outlets << _START_BITS) | index.start_rank[positions])
    groups = len(firsts)
    representative = positions[firsts]
    # a group's bucket is one lane's day or one month's part, so its last day and whether
    # it is monthly follow from any of its rows
    _, bucket_last, monthly = buckets(index, representative, window)
    counts = np.bincount(group, minlength=groups)
    not_inferred = np.bincount(group, weights=~index.inferred[positions], minlength=groups)
    spans = np.bincount(group, weights=index.spans[positions], minlength=groups)
    # per type: a groups x types table of counts; the dominant type is the first largest
    # count (codes are in name order), the label lists them largest first
    kinds = len(index.types)
    per_type = np.bincount(
        group * kinds + index.event_type[positions], minlength=groups * kinds
    ).reshape(groups, kinds)
    ranked = np.argsort(-per_type, axis=1, kind="stable")
    names = [EVENT_TYPE_LABELS.get(name, name) for name in index.types]
    labels = [
        " · ".join(f"{row[c]} {names[c]}" for c in codes if row[c])
        for row, codes in zip(per_type.tolist(), ranked.tolist(), strict=True)
    ]
    dominant = ranked[:, 0]
    group_key = key[firsts]
    return pd.DataFrame(
        {
            "lane": group_key // span,
            "bucket": [date.fromordinal(int(n) + lowest) for n in group_key % span],
            "bucket_last": [date.fromordinal(int(n)) for n in bucket_last],
            "monthly": monthly,
            "count": counts,
            "event_id": index.event_id[representative],
            "sentence": index.sentence[representative],
            "outlet_count": outlets[firsts],
            "inferred": not_inferred == 0,
            "spans": spans.astype(np.int64),
            "event_type": [index.types[c] for c in dominant],
            "types": labels,
        },
        columns=columns,
    )


# ---- lanes with nothing in the opening window --------------------------------------------


@dataclass(frozen=True)
class LaneNote:
    """Where the events of a lane the opening window leaves empty are."""

    lane: int  # the lane's position (its y)
    side: str  # "before" or "after" the window
    text: str  # "events in Dec 2021 →", "← events in Aug 2020"


def _month_text(days: list[date]) -> str:
    """ "in Dec 2021", "in 2014", "in Oct–Dec 2021", "in Aug 2020–Jan 2022"."""
    first, last = min(days), max(days)
    if first.year != last.year:
        return f"in {first:%b %Y}–{last:%b %Y}"
    if (first.month, last.month) == (1, 12):
        return f"in {first.year}"
    if first.month == last.month:
        return f"in {first:%b %Y}"
    return f"in {first:%b}–{last:%b %Y}"


def lane_notes(
    marks: Iterable[tuple[int, date, date]], lanes: int, window: tuple[date, date]
) -> list[LaneNote]:
    """For each of `lanes` lanes with no mark in `window` (first and last day shown): where
    its marks are, nearest month first. `marks`: (lane, first day, last day) of each marker or
    bar drawn. Without this, a lane whose events all fall in December shows as an empty line
    across the November window, as if its outlet had said nothing.

    >>> lane_notes([(0, date(2021, 11, 15), date(2021, 11, 15)),
    ...             (1, date(2021, 12, 14), date(2021, 12, 14))], 2,
    ...            (date(2021, 11, 8), date(2021, 11, 20)))
    [LaneNote(lane=1, side='after', text='events in Dec 2021 →')]
    """
    start, end = window
    before: dict[int, list[date]] = {}
    after: dict[int, list[date]] = {}
    shown: set[int] = set()
    for lane, first, last in marks:
        if last < start:
            before.setdefault(lane, []).extend((first, last))
        elif first > end:
            after.setdefault(lane, []).extend((first, last))
        else:
            shown.add(lane)
    notes = []
    for lane in range(lanes):
        if lane in shown:
            continue
        if lane in before:
            notes.append(LaneNote(lane, "before", f"← events {_month_text(before[lane])}"))
        if lane in after:
            notes.append(LaneNote(lane, "after", f"events {_month_text(after[lane])} →"))
    return notes
