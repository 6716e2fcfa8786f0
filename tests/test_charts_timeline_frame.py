"""charts/timeline_frame.py: which events the timeline draws and where (no plotly)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from crisis_timeline import settings
from crisis_timeline.charts import timeline_frame as frame_of
from tests.event_factory import make_events


@pytest.mark.parametrize(
    ("time_of_day", "hours"),
    [
        ("evening", 19.0),
        ("early morning", 5.0),
        ("20:30", 20.5),
        ("07:05", 7 + 5 / 60),
        ("24:00", None),
        ("12:60", None),
        ("noonish", None),
        ("", None),
        (None, None),
        (float("nan"), None),
    ],
)
def test_hours_of(time_of_day, hours):
    assert frame_of.hours_of(time_of_day) == (pytest.approx(hours) if hours else None)


@pytest.mark.parametrize(
    ("value", "expected"), [(True, True), (False, False), (None, False), (np.nan, False), (1, True)]
)
def test_is_true_reads_nan_as_false(value, expected):
    assert frame_of.is_true(value) is expected


@pytest.mark.parametrize(
    ("row", "inferred"),
    [
        ({"dated_by": "publication", "published_basis": "inferred"}, True),
        ({"dated_by": "publication", "published_basis": "unknown"}, True),
        ({"dated_by": "publication", "published_basis": "metadata"}, False),
        ({"dated_by": "expression", "published_basis": "inferred"}, False),
        ({"confidence": 0.3}, True),
        ({"confidence": frame_of.LOW_CONFIDENCE}, False),
    ],
)
def test_inferred_mask(row, inferred):
    events = make_events([{"date": "2021-11-15", **row}])
    assert frame_of.inferred_mask(events).tolist() == [inferred]


def test_lane_labels_by_outlet_or_by_story():
    events = make_events(
        [
            {"outlet": "RFI", "cluster_id": "c1", "start": 0},
            {"outlet": "RFI", "cluster_id": None, "start": 5},
            {"outlet": "BBC", "cluster_id": "c2", "start": 0},
        ]
    )
    assert frame_of.lane_labels(events, "outlet", None).tolist() == ["RFI", "RFI", "BBC"]
    long_label = "A story whose label runs on well past forty characters of text"
    stories = frame_of.lane_labels(events, "cluster", {"c1": "Camp cleared", "c2": long_label})
    assert stories.tolist()[:2] == ["Camp cleared", "Not clustered"]
    assert len(stories.iloc[2]) <= 40 and stories.iloc[2].endswith("…")
    with pytest.raises(ValueError, match="lanes"):
        frame_of.lane_labels(events, "actor", None)


def test_stories_with_one_label_keep_their_own_lanes():
    # Issue 20: the 14 Dec call was drawn in the 15 Nov call's lane (one label, two clusters).
    events = make_events(
        [
            {"cluster_id": "nov", "date": "2021-11-15", "start": 0},
            {"cluster_id": "dec", "date": "2021-12-14", "start": 5},
            {"cluster_id": "dec2", "date": "2021-12-14", "start": 9},
            {"cluster_id": "other", "date": "2021-12-14", "start": 12},
        ]
    )
    call = "Macron and Putin talk by phone"
    labels = {"nov": call, "dec": call, "dec2": call, "other": "Camp cleared"}
    names = frame_of.lane_labels(events, "cluster", labels).tolist()
    assert len(set(names)) == 4
    assert names[0] == f"{call} · 15 Nov 2021" and names[3] == "Camp cleared"
    assert names[1] == f"{call} · 14 Dec 2021" and names[2] == f"{call} · 14 Dec 2021 (2)"


def test_outlets_per_cluster():
    events = make_events(
        [
            {"outlet": "A", "cluster_id": "c", "start": 0},
            {"outlet": "A", "cluster_id": "c", "start": 5},
            {"outlet": "B", "cluster_id": "c", "start": 0},
            {"outlet": "B", "cluster_id": None, "start": 9},
        ]
    )
    assert frame_of.outlets_per_cluster(events).tolist() == [2, 2, 2, 1]


def test_marker_positions_spread_a_crowded_day_and_alternate_rows():
    frame = pd.DataFrame(
        {
            "lane": ["A", "A", "A", "B"],
            "day": [date(2021, 11, 15)] * 4,
            "time_of_day": [None, None, None, "evening"],
            "article_id": ["a"] * 4,
            "start": [20, 0, 10, 0],
        }
    )
    x, row = frame_of.marker_positions(frame)
    hours = [(stamp - pd.Timestamp("2021-11-15")) / pd.Timedelta(hours=1) for stamp in x]
    assert hours[1] < hours[2] < hours[0]  # text order within the day
    assert all(2 <= h <= 22 for h in hours[:3])
    assert sorted(row[:3]) == sorted(frame_of.LANE_ROWS) and row[3] == 0.0
    assert hours[3] == 19.0  # alone on its lane and day: at its time of day


@pytest.mark.parametrize(
    ("view", "data", "expected"),
    [
        ((None, None), (date(2021, 11, 1), date(2021, 11, 30)), settings.CRISIS_VIEW_START),
        ((None, None), (date(2022, 3, 2), date(2022, 3, 9)), date(2022, 3, 2)),
        ((date(2021, 11, 14), None), (date(2021, 11, 1), date(2021, 11, 30)), date(2021, 11, 14)),
    ],
)
def test_initial_range_opens_on_the_filter_the_crisis_or_the_data(view, data, expected):
    overlaps = lambda start, end: data[0] <= end and data[1] >= start  # noqa: E731
    start, end = frame_of.initial_range(*data, overlaps, *view)
    assert start == pd.Timestamp(expected) - pd.Timedelta(hours=12)
    assert frame_of.window_of([start, end])[0] == expected


def test_prepare_events_counts_what_it_leaves_out():
    events = make_events(
        [
            {"date": "2021-11-15", "start": 0},
            {"date": "2020-08-09", "background": True, "start": 5},
            {"date": None, "start": 9},
            {"date": "2021-11-13", "date_end": "2021-11-14", "precision": "weekend", "start": 12},
        ]
    )
    frame, left_out, initial = frame_of.prepare_events(
        events, lanes="outlet", cluster_labels=None, show_background=False
    )
    assert left_out == {
        "undated": 1,
        "hidden_background": 1,
        "merged_lanes": 0,
        "aggregated": False,
        "events_drawn": 2,
    }
    assert frame["end_day"].tolist() == [date(2021, 11, 15), date(2021, 11, 14)]
    assert {"lane", "day", "x", "row", "inferred", "outlet_count"} <= set(frame.columns)
    assert initial[0] == pd.Timestamp(settings.CRISIS_VIEW_START) - pd.Timedelta(hours=12)


def test_lane_order_sorts_outlets_by_name_and_stories_by_first_day():
    frame = pd.DataFrame(
        {"lane": ["b", "A", "Not clustered", "c"], "day": [3, 2, 1, 1]}, dtype=object
    )
    assert frame_of.lane_order(frame, "outlet") == ["A", "b", "c", "Not clustered"]
    assert frame_of.lane_order(frame, "cluster") == ["c", "A", "b", "Not clustered"]
