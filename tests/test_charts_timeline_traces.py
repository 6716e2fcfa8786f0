"""charts/timeline_traces.py: each kind of timeline trace, built from plain records."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import plotly.graph_objects as go
import pytest

from crisis_timeline.charts import timeline_traces as traces
from crisis_timeline.charts.layout import sizes
from crisis_timeline.charts.palette import EVENT_TYPE_COLOURS, THEMES

STYLE = sizes(False)
COLOURS = THEMES["light"]


def point(event_id="e1", *, inferred=False, x=datetime(2021, 11, 15, 12), y=0.0, size=10):
    return {"event_id": event_id, "x": x, "y": y, "size": size, "inferred": inferred, "hover": "h"}


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        (datetime(2021, 11, 15, 19), "2021-11-15T19:00:00"),
        (pd.Timestamp("2021-11-15T06:30"), "2021-11-15T06:30:00"),
        (date(2021, 11, 15), "2021-11-15T00:00:00"),
    ],
)
def test_iso(stamp, expected):
    assert traces.iso(stamp) == expected


def test_type_order_follows_the_vocabulary_then_names():
    assert traces.type_order({"zeta", "clash", "diplomacy", "alpha"}) == [
        "diplomacy",
        "clash",
        "alpha",
        "zeta",
    ]


def test_span_trace_runs_to_the_day_after_the_last_day():
    rows = [
        {"event_id": "w", "day": date(2021, 11, 13), "end_day": date(2021, 11, 14), "lane_y": 2.0}
    ]
    span = traces.span_trace("clash", rows, "#D55E00", 9)
    assert span["x"] == ["2021-11-13T00:00:00", "2021-11-15T00:00:00", None]
    assert span["y"] == [2.0, 2.0, None] and span["showlegend"] is False
    assert span["meta"] == {"role": "span", "event_type": "clash", "event_ids": ["w"]}
    go.Scatter(span)


@pytest.mark.parametrize("theme", list(THEMES))
def test_marker_trace_opens_inferred_markers_and_rims_the_others(theme):
    trace = traces.marker_trace("statement", [point("a"), point("b", inferred=True)], theme)
    go.Scatter(trace)  # valid plotly
    colour = EVENT_TYPE_COLOURS[theme]["statement"]
    assert trace["marker"]["symbol"] == ["square", "square-open"]
    assert trace["marker"]["line"]["color"] == [THEMES[theme]["background"], colour]
    assert trace["customdata"] == ["a", "b"] and trace["name"] == "Statement"
    assert trace["meta"] == {"role": "events", "event_type": "statement"}


@pytest.mark.parametrize(
    ("inferred", "bars", "names"),
    [
        (False, False, []),
        (True, False, ["Open marker: date inferred"]),
        (
            True,
            True,
            ["Open marker: date inferred", "Bar: dated to a weekend, week, month or year"],
        ),
        (False, True, ["Bar: dated to a weekend, week, month or year"]),
    ],
)
def test_key_traces_explain_only_what_is_drawn(inferred, bars, names):
    keys = traces.key_traces(COLOURS, STYLE, inferred=inferred, bars=bars)
    assert [k["name"] for k in keys] == names
    assert all(k["meta"] == {"role": "key"} and k["x"] == [None] for k in keys)


@pytest.mark.parametrize(
    ("first", "last", "middle"),
    [
        (date(2021, 11, 15), date(2021, 11, 15), datetime(2021, 11, 15, 12)),
        (date(2021, 10, 1), date(2021, 10, 31), datetime(2021, 10, 16, 12)),
    ],
)
def test_bucket_middle(first, last, middle):
    assert traces.bucket_middle(first, last) == middle


def test_aggregate_traces_size_markers_by_count_one_trace_per_dominant_type():
    groups = pd.DataFrame(
        {
            "lane": [0, 1],
            "bucket": [date(2021, 11, 15), date(2021, 10, 1)],
            "bucket_last": [date(2021, 11, 15), date(2021, 10, 31)],
            "monthly": [False, True],
            "count": [1, 50],
            "spans": [0, 3],
            "types": ["Clash 1", "Diplomacy 40, Clash 10"],
            "sentence": ["One.", "Many."],
            "event_type": ["clash", "diplomacy"],
            "event_id": ["e1", "e2"],
            "outlet_count": [1, 4],
            "inferred": [True, False],  # every date in the group inferred
        }
    )
    diplomacy, clash = traces.aggregate_traces(groups, ["RFI", "BBC"], "light", STYLE)
    assert diplomacy["name"] == "Diplomacy (most frequent)" and diplomacy["meta"]["aggregated"]
    assert clash["marker"]["size"] == [STYLE["marker"]]  # one event: the smallest marker
    assert diplomacy["marker"]["size"][0] > clash["marker"]["size"][0]
    assert diplomacy["y"] == [1] and diplomacy["x"] == ["2021-10-16T12:00:00"]
    assert "October 2021" in diplomacy["hovertext"][0]
    assert clash["marker"]["symbol"] == ["x-open"] and diplomacy["marker"]["symbol"] == ["circle"]


def test_selected_ring_and_line_mark_the_same_x():
    selected = point("chosen", size=14)
    ring = traces.selected_ring(selected, COLOURS, STYLE)
    line = traces.selected_line(selected, COLOURS)
    go.Scatter(ring)
    assert ring["marker"]["size"] == 14 + STYLE["ring_extra"]
    assert ring["marker"]["color"] == COLOURS["highlight"] and ring["customdata"] == ["chosen"]
    assert ring["meta"] == {"role": "selected", "event_id": "chosen"}
    assert line["x0"] == line["x1"] == ring["x"][0] and line["yref"] == "paper"


def test_every_bar_is_drawn_under_every_marker():
    # a year-long bar of one type was drawn over the markers of the types before it
    from crisis_timeline.charts.timeline import timeline_figure
    from tests.event_factory import make_events

    events = make_events(
        [
            {"outlet": "A", "date": "2021-11-15", "event_type": "diplomacy", "start": 0},
            {
                "outlet": "A",
                "date": "2021-01-01",
                "date_end": "2021-12-31",
                "precision": "year",
                "event_type": "statement",
                "start": 10,
            },
            {
                "outlet": "A",
                "date": "2021-11-01",
                "date_end": "2021-11-30",
                "precision": "month",
                "event_type": "diplomacy",
                "start": 20,
            },
        ]
    )
    roles = [(t.meta or {}).get("role") for t in timeline_figure(events).data]
    drawn = [r for r in roles if r in ("span", "events")]
    assert drawn == ["span", "span", "events", "events"]
