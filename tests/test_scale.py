"""Large views: what the timeline, tables and profiles do with thousands of events, and the
compact structures that keep a 10,000-article store fast (offset runs)."""

from __future__ import annotations

import pickle
import random
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest

from crisis_timeline import timeline_density
from crisis_timeline.charts.outlets import coverage_matrix, top_of_matrix
from crisis_timeline.charts.timeline import timeline_figure, timeline_index, timeline_table
from crisis_timeline.offsets import OffsetRuns, break_points
from crisis_timeline.outlets import key_terms
from crisis_timeline.presentation import presentation_steps
from tests.event_factory import make_events

TYPES = ("diplomacy", "border_incident", "statement")


def many_events(outlets: int, days: int, per_day: int):
    """outlets x days x per_day events; outlet k reports k+1 times as much on day 0."""
    rows = []
    for o in range(outlets):
        for d in range(days):
            for n in range(per_day + (o + 1 if d == 0 else 0)):
                rows.append(
                    {
                        "outlet": f"Outlet {o:02d}",
                        "date": (date(2021, 11, 8) + timedelta(days=d)).isoformat(),
                        "event_type": TYPES[n % len(TYPES)] if n else "diplomacy",
                        "sentence": f"Event {n} of outlet {o} on day {d}.",
                        "start": n * 100,
                        "cluster_id": f"c{o}-{d}-{n}",
                    }
                )
    return make_events(rows)


# ---- offset runs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "offsets",
    [
        (),
        (0,),
        (0, 1, 2, 3),
        (0, 1, 5, 6, 7, 3, 9, 10),
        (4, 5, 6, 6, 6, 20),
    ],
)
def test_offset_runs_behave_as_the_tuple_they_replace(offsets):
    runs = OffsetRuns.from_offsets(offsets)
    assert len(runs) == len(offsets)
    assert tuple(runs) == offsets
    assert runs == offsets and offsets == runs
    assert [runs[i] for i in range(len(offsets))] == list(offsets)
    if offsets:
        assert runs[-1] == offsets[-1]
        assert runs[1:3] == offsets[1:3]
    with pytest.raises(IndexError):
        runs[len(offsets)]
    assert pickle.loads(pickle.dumps(runs)) == runs
    assert hash(runs) == hash(tuple(offsets))


def test_offset_runs_store_only_the_break_points():
    offsets = tuple(range(10, 1010)) + tuple(range(2000, 3000))
    assert break_points(offsets) == [[0, 10], [1000, 2000]]
    assert OffsetRuns.from_offsets(offsets)[1500] == 2500


def test_break_points_are_where_the_map_stops_going_up_by_one():
    rng = random.Random(5)
    for _ in range(200):
        offsets, value = [], rng.randrange(50)
        for _ in range(rng.randrange(1, 60)):
            offsets.append(value)
            # mostly +1; sometimes a repeat (one character made two), a jump or a step back
            value += rng.choice((1, 1, 1, 1, 0, 2, 7, -3))
        expected = [[i, o] for i, o in enumerate(offsets) if i == 0 or o != offsets[i - 1] + 1]
        assert break_points(offsets) == expected
        assert break_points(tuple(offsets)) == expected


def test_stored_articles_map_offsets_as_loaded_ones(seed_store):
    from crisis_timeline import settings, store
    from crisis_timeline.articles import load_articles

    loaded = {a.id: a for a in load_articles([settings.SEEDS_DIR])[0]}
    for article in store.read_articles(seed_store):
        assert isinstance(article.offset_map, OffsetRuns)
        fresh = loaded[article.id]
        assert article.offset_map == fresh.offset_map
        for start, end in (
            (0, 10),
            (100, 180),
            (len(fresh.cleaned_text) - 5, len(fresh.cleaned_text)),
        ):
            assert article.to_original(start, end) == fresh.to_original(start, end)


# ---- timeline -----------------------------------------------------------------------------


def test_small_views_draw_every_event():
    events = many_events(outlets=3, days=3, per_day=2)
    fig = timeline_figure(events, view_start=date(2021, 11, 8))
    drawn = sum(len(t.x) for t in fig.data if (t.meta or {}).get("role") == "events")
    assert drawn == len(events)
    assert fig.layout.meta["aggregated"] is False and fig.layout.meta["merged_lanes"] == 0


def test_large_views_draw_one_marker_per_lane_and_day(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 50)
    events = many_events(outlets=4, days=5, per_day=4)
    fig = timeline_figure(events)
    meta = fig.layout.meta
    assert meta["aggregated"] is True and meta["events_drawn"] == len(events)
    markers = [t for t in fig.data if (t.meta or {}).get("role") == "events"]
    points = [(y, x) for t in markers for x, y in zip(t.x, t.y, strict=True)]
    assert len(points) == len(set(points)) == 4 * 5  # one per lane and day
    # the day-0 marker of outlet 3 holds 4 + 4 events and says so, with the type counts
    hovers = [h for t in markers for h in t.hovertext if "Outlet 03" in h and "Mon 08 Nov" in h]
    assert len(hovers) == 1 and "8 events" in hovers[0] and "Diplomacy" in hovers[0]
    # its marker is the largest; customdata still selects a real event
    ids = set(events["event_id"])
    assert all(c in ids for t in markers for c in t.customdata)
    assert not [t for t in fig.data if (t.meta or {}).get("role") == "span"]


def test_lanes_beyond_the_cap_share_an_other_lane(monkeypatch):
    monkeypatch.setattr(timeline_density, "MAX_LANES", 4)
    events = many_events(outlets=7, days=1, per_day=1)
    fig = timeline_figure(events, view_start=date(2021, 11, 8))
    lanes = fig.layout.meta["lanes"]
    assert len(lanes) == 4 and lanes[-1] == "Other outlets (4)"
    # the busiest outlets keep their own lane
    assert lanes[:3] == ["Outlet 04", "Outlet 05", "Outlet 06"]
    assert fig.layout.meta["merged_lanes"] == 4


def test_selected_event_is_ringed_in_an_aggregated_view(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 10)
    events = many_events(outlets=2, days=3, per_day=3)
    chosen = events.iloc[7]["event_id"]
    fig = timeline_figure(events, selected_event_id=chosen)
    ring = [t for t in fig.data if (t.meta or {}).get("role") == "selected"]
    assert len(ring) == 1 and ring[0].customdata[0] == chosen


def test_a_selected_event_counts_every_outlet_of_its_story_in_an_aggregated_view(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 10)
    events = many_events(outlets=3, days=3, per_day=3)
    # one story told by all three outlets, on the first day
    shared = events["sentence"].str.startswith("Event 1 of outlet") & (
        events["date"] == date(2021, 11, 8)
    )
    events.loc[shared, "cluster_id"] = "shared"
    chosen = events[shared].iloc[0]["event_id"]
    fig = timeline_figure(events, selected_event_id=chosen)
    ring = [t for t in fig.data if (t.meta or {}).get("role") == "selected"]
    assert "Reported by 3 outlets" in ring[0].hovertext[0]


def test_timeline_table_limit_keeps_the_display_order():
    events = many_events(outlets=3, days=4, per_day=2).sample(frac=1, random_state=3)
    full = timeline_table(events)
    first = timeline_table(events, limit=5)
    assert len(full) == len(events) and len(first) == 5
    assert list(first["event_id"]) == list(full["event_id"][:5])


# ---- outlets -------------------------------------------------------------------------------


def test_top_of_matrix_keeps_the_widest_stories_of_the_busiest_outlets():
    rows = []
    for story, outlets in enumerate([1, 3, 2, 4, 1]):
        for o in range(outlets):
            rows.append(
                {
                    "outlet": f"Outlet {o}",
                    "date": f"2021-11-{10 + story}",
                    "cluster_id": f"s{story}",
                    "sentence": f"Story {story} by {o}.",
                }
            )
    matrix = coverage_matrix(make_events(rows), {f"s{i}": f"Story {i}" for i in range(5)})
    top = top_of_matrix(matrix, max_rows=2, max_columns=3)
    assert top.attrs["cluster_ids"] == ["s1", "s3"]  # date order among the widest
    assert list(top.columns) == ["Outlet 0", "Outlet 1", "Outlet 2"]
    assert top.attrs["shown_of"] == (5, 4)
    assert top_of_matrix(matrix, 10, 10) is matrix


def test_pooled_keyness_matches_comparing_each_outlet_with_the_others():
    texts = {
        "A": "hybrid attack hybrid attack border guards border guards " * 3,
        "B": "human trafficking human trafficking border guards migrants " * 3,
        "C": "border guards migrants migrants camp camp " * 3,
    }
    scores = key_terms(texts, languages=dict.fromkeys(texts, "en"), min_count=2, min_keyness=0)
    assert scores["A"][0][0] in {"hybrid attack", "hybrid", "attack"}
    assert "trafficking" in {t for t, _ in scores["B"]}
    assert all(t not in {"border", "guards"} for t, _ in scores["A"][:3])


# ---- presenter ------------------------------------------------------------------------------


def test_presentation_steps_are_in_date_order_with_one_quote_per_outlet():
    events = make_events(
        [
            {
                "outlet": "RFI",
                "date": "2021-11-15",
                "cluster_id": "call",
                "sentence": "Appel.",
                "confidence": 0.6,
            },
            {
                "outlet": "RFI",
                "date": "2021-11-15",
                "cluster_id": "call",
                "sentence": "Autre.",
                "confidence": 0.9,
                "start": 50,
            },
            {"outlet": "BBC", "date": "2021-11-16", "cluster_id": "call", "sentence": "Call."},
            {"outlet": "BBC", "date": "2021-11-08", "cluster_id": "march", "sentence": "March."},
            {"outlet": "BBC", "date": None, "cluster_id": "undated", "sentence": "Undated."},
        ]
    )
    steps = presentation_steps(events, {"call": "Phone call"})
    assert [s.cluster_id for s in steps] == ["march", "call", "undated"]
    call = steps[1]
    assert call.headline == "Phone call"
    assert [q.outlet for q in call.quotes] == ["RFI", "BBC"]
    assert call.quotes[0].sentence == "Autre."  # the most confident sentence of RFI
    assert call.date_label == "15 November – 16 November 2021"


def test_outside_the_opening_window_markers_are_monthly_cut_at_the_window(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 10)
    days = ("2021-10-04", "2021-10-06", "2021-10-30", "2021-11-02", "2021-11-15", "2021-11-16")
    days += ("2021-11-29",)
    rows = [
        {"outlet": "BBC", "date": day, "sentence": f"Event {n} on {day}.", "start": n}
        for day in days
        for n in range(3)
    ]
    fig = timeline_figure(make_events(rows))  # opens on 8-20 November (weeks 8-21)
    markers = [t for t in fig.data if (t.meta or {}).get("role") == "events"]
    hovers = {h.split("</b>")[0][3:]: h for t in markers for h in t.hovertext}
    assert set(hovers) == {
        "October 2021",  # 4, 6 and 30 Oct: one month
        "1–7 Nov 2021",  # November before the window
        "Mon 15 Nov 2021",
        "Tue 16 Nov 2021",
        "22–30 Nov 2021",  # and after it
    }
    assert "9 events" in hovers["October 2021"] and "3 events" in hovers["1–7 Nov 2021"]
    # a month's marker sits in the middle of its days, never on the window's days
    xs = {h.split("</b>")[0][3:]: x for t in markers for h, x in zip(t.hovertext, t.x, strict=True)}
    assert xs["1–7 Nov 2021"].startswith("2021-11-04T12")
    assert xs["22–30 Nov 2021"].startswith("2021-11-26")


def _reference_groups(events, window):
    """day_groups re-done plainly in pandas: (lane, first day) -> (count, dominant type,
    representative event)."""
    frame = events.assign(
        day=[date.fromisoformat(str(d)) for d in events["date"]],
        n=events.groupby("cluster_id")["outlet"].transform("nunique"),
        lane=events["outlet"],
        position=range(len(events)),  # table order breaks the remaining ties
    )
    low, high = window
    result = {}
    for (lane, day), group in frame.groupby(["lane", "day"]):
        if low <= day <= high:
            key = (lane, day)
        elif day > high:
            key = (lane, max(day.replace(day=1), high + timedelta(days=1)))
        else:
            key = (lane, day.replace(day=1))
        result.setdefault(key, []).append(group)
    expected = {}
    for key, parts in result.items():
        group = pd.concat(parts).sort_values("position")
        types = group["event_type"].value_counts()
        dominant = sorted(types.index, key=lambda t: (-types[t], t))[0]
        best = group.sort_values(["n", "start"], ascending=[False, True], kind="stable")
        expected[key] = (len(group), dominant, best["event_id"].iloc[0])
    return expected


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("table_limit", [timeline_density._DIRECT_KEYS_LIMIT, 0])
def test_day_groups_match_a_plain_pandas_reference(seed, table_limit, monkeypatch):
    # both ways of grouping: tables indexed by key, and sorting the rows (keys far apart)
    monkeypatch.setattr(timeline_density, "_DIRECT_KEYS_LIMIT", table_limit)
    rng = random.Random(seed)
    rows = [
        {
            "outlet": f"Outlet {rng.randrange(5)}",
            "date": (date(2021, 10, 1) + timedelta(days=rng.randrange(90))).isoformat(),
            "event_type": rng.choice(TYPES),
            "sentence": f"Event {n}.",
            "start": rng.randrange(50) * 10,
            "cluster_id": f"c{rng.randrange(60)}",
        }
        for n in range(400)
    ]
    events = make_events(rows).sample(frac=1, random_state=seed)
    window = (date(2021, 11, 8), date(2021, 11, 21))
    index = timeline_index(events)
    positions = np.arange(len(events))
    lanes = timeline_density.view_lanes(index, positions, "outlet")
    groups = timeline_density.day_groups(index, positions, lanes, window)
    got = {
        (lanes.names[lane], first): (count, kind, event_id)
        for lane, first, count, kind, event_id in zip(
            groups["lane"],
            groups["bucket"],
            groups["count"],
            groups["event_type"],
            groups["event_id"],
            strict=True,
        )
    }
    assert got == _reference_groups(events, window)


def test_day_groups_survive_dates_centuries_apart(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 5)
    rows = [
        {"outlet": f"Outlet {o}", "date": day, "sentence": f"Event {n} on {day}.", "start": n}
        for o in range(4)
        for day in ("1680-01-03", "2021-11-15", "2260-12-30")  # pandas' Timestamp range
        for n in range(3 + o)
    ]
    fig = timeline_figure(make_events(rows), show_background=True)
    hovers = [h for t in fig.data if (t.meta or {}).get("role") == "events" for h in t.hovertext]
    assert len(hovers) == 12
    assert sum("6 events" in h for h in hovers) == 3  # Outlet 3, on each of the three days


def test_a_filtered_view_draws_the_same_from_the_corpus_index(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 30)
    events = many_events(outlets=5, days=12, per_day=3)
    index = timeline_index(events)
    view = events[events["outlet"] != "Outlet 02"]
    with_index = timeline_figure(view, index=index, selected_event_id=view.iloc[40]["event_id"])
    alone = timeline_figure(view, selected_event_id=view.iloc[40]["event_id"])
    assert with_index.layout.meta["aggregated"] is True
    assert with_index.to_dict() == alone.to_dict()
    # an index of another table is not used for this one
    other = many_events(outlets=2, days=12, per_day=3)
    other["event_id"] = "other-" + other["event_id"]  # same row labels, other events
    assert index.positions(other) is None
    assert timeline_figure(other, index=index).to_dict() == timeline_figure(other).to_dict()


def test_span_and_latest_read_the_index():
    events = many_events(outlets=2, days=4, per_day=2)
    index = timeline_index(events)
    positions = np.arange(len(events))
    assert index.span(positions) == (date(2021, 11, 8), date(2021, 11, 11))
    latest = events.iloc[index.latest(positions, 3)]
    assert set(latest["date"].astype(str)) == {"2021-11-11"}
    assert list(latest["start"]) == sorted(latest["start"], reverse=True)
    assert index.span(positions[:0]) is None
    assert index.clusters_in(positions) == events["cluster_id"].nunique()
    assert index.clusters_in(positions[:3]) == events["cluster_id"][:3].nunique()


@pytest.mark.parametrize("aggregate_above", [10, 2500])
def test_a_compact_chart_asks_for_fewer_lanes(monkeypatch, aggregate_above):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", aggregate_above)
    events = many_events(outlets=7, days=2, per_day=2)
    fig = timeline_figure(events, view_start=date(2021, 11, 8), max_lanes=3)
    lanes = fig.layout.meta["lanes"]
    assert len(lanes) == 3 and lanes[-1] == "Other outlets (5)"
    assert fig.layout.meta["aggregated"] is (aggregate_above == 10)


def test_markers_of_a_crowded_day_alternate_rows_around_their_lane():
    events = many_events(outlets=2, days=1, per_day=5)  # 6 and 7 events on one day
    fig = timeline_figure(events, view_start=date(2021, 11, 8))
    markers = [t for t in fig.data if (t.meta or {}).get("role") == "events"]
    points = [(x, y) for t in markers for x, y in zip(t.x, t.y, strict=True)]
    assert len(points) == len(set(points)) == len(events)
    lanes = {round(y) for _, y in points}
    assert lanes == {0, 1}
    assert all(abs(y - round(y)) <= 0.3 for _, y in points)
    # consecutive markers of a lane sit on different rows
    first_lane = sorted((x, y) for x, y in points if round(y) == 0)
    assert all(a[1] != b[1] for a, b in zip(first_lane, first_lane[1:], strict=False))


@pytest.mark.parametrize("lanes", ["outlet", "cluster"])
def test_both_ways_of_drawing_order_lanes_alike(monkeypatch, lanes):
    """Event by event (pandas) and aggregated (numpy) share one lane rule: outlets by name,
    stories by first day with the unclustered lane after them, "Other" last."""
    events = many_events(outlets=5, days=3, per_day=1)
    # stories start on different days, in an order unlike their names; some unclustered
    events["cluster_id"] = [
        None if i % 7 == 0 else f"story {9 - (i % 4)}" for i in range(len(events))
    ]
    events["date"] = [
        date(2021, 11, 8) + timedelta(days=i % 4 if i % 4 != 1 else 5) for i in range(len(events))
    ]
    labels = {f"story {n}": f"Story {n}" for n in range(10)}
    orders = []
    for aggregate_above in (10_000, 5):
        monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", aggregate_above)
        fig = timeline_figure(
            events,
            lanes=lanes,
            cluster_labels=labels,
            view_start=date(2021, 11, 8),
            max_lanes=4 if lanes == "outlet" else 6,
        )
        assert fig.layout.meta["aggregated"] is (aggregate_above == 5)
        orders.append(fig.layout.meta["lanes"])
    assert orders[0] == orders[1]
    if lanes == "outlet":
        assert orders[0] == ["Outlet 02", "Outlet 03", "Outlet 04", "Other outlets (2)"]
    else:  # first days 8, 10, 11 and 13 Nov
        assert orders[0] == [
            "Story 9",
            "Story 7",
            "Story 6",
            "Story 8",
            timeline_density.NOT_CLUSTERED,
        ]


@pytest.mark.parametrize("aggregate_above", [10_000, 5])
def test_a_capped_view_keeps_the_lanes_busy_in_the_dates_it_opens_on(monkeypatch, aggregate_above):
    """August's big stories must not take the lanes of a chart that opens on November: the
    lanes kept are the busiest in the opening window, then the busiest overall."""
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", aggregate_above)
    rows = []
    for story, day, count in [
        ("august-a", "2021-08-10", 9),
        ("august-b", "2021-08-12", 8),
        ("november-a", "2021-11-15", 2),
        ("november-b", "2021-11-16", 1),
        ("november-c", "2021-11-17", 1),
    ]:
        rows += [
            {"date": day, "cluster_id": story, "sentence": f"{story} {n}.", "start": n}
            for n in range(count)
        ]
    # a story dated to the whole month: it overlaps the window but its markers sit on 1 Nov,
    # outside it, so its five events do not earn it a lane
    rows += [
        {
            "date": "2021-11-01",
            "date_end": "2021-11-30",
            "precision": "month",
            "cluster_id": "november-month",
            "sentence": f"november-month {n}.",
            "start": n,
        }
        for n in range(5)
    ]
    events = make_events(rows)
    labels = {story: story.capitalize() for story in {r["cluster_id"] for r in rows}}
    fig = timeline_figure(
        events, lanes="cluster", cluster_labels=labels, max_lanes=3, show_background=True
    )
    assert fig.layout.meta["aggregated"] is (aggregate_above == 5)
    assert fig.layout.meta["lanes"] == ["November-a", "November-b", "Other stories (4)"]
    # opened on August instead, August's stories are the ones kept
    fig = timeline_figure(
        events,
        lanes="cluster",
        cluster_labels=labels,
        max_lanes=3,
        show_background=True,
        view_start=date(2021, 8, 1),
        view_end=date(2021, 8, 31),
    )
    assert fig.layout.meta["lanes"] == ["August-a", "August-b", "Other stories (4)"]


WINDOW = (date(2021, 11, 8), date(2021, 11, 20))


@pytest.mark.parametrize(
    ("marks", "notes"),
    [
        ([(0, "2021-11-15", "2021-11-15")], []),
        ([(0, "2021-12-14", "2021-12-14")], [(0, "after", "events in Dec 2021 →")]),
        ([(0, "2020-08-01", "2020-08-31")], [(0, "before", "← events in Aug 2020")]),
        ([(0, "2014-01-01", "2014-12-31")], [(0, "before", "← events in 2014")]),
        (
            [(0, "2021-12-01", "2021-12-01"), (0, "2022-01-05", "2022-01-05")],
            [(0, "after", "events in Dec 2021–Jan 2022 →")],
        ),
        (
            [(0, "2021-10-02", "2021-10-02"), (0, "2021-12-02", "2021-12-02")],
            [(0, "before", "← events in Oct 2021"), (0, "after", "events in Dec 2021 →")],
        ),
        # a month-long bar over the window is in it; so is one event in it among others
        ([(0, "2021-11-01", "2021-11-30")], []),
        ([(0, "2021-12-14", "2021-12-14"), (0, "2021-11-08", "2021-11-08")], []),
        ([(1, "2021-12-14", "2021-12-14")], [(1, "after", "events in Dec 2021 →")]),
    ],
)
def test_a_lane_empty_in_the_opening_window_says_where_its_events_are(marks, notes):
    parsed = [(lane, date.fromisoformat(a), date.fromisoformat(b)) for lane, a, b in marks]
    found = timeline_density.lane_notes(parsed, 2, WINDOW)
    assert [(n.lane, n.side, n.text) for n in found] == notes


# the aggregated view opens on whole weeks (timeline_density.detail_window): to Sunday 21st
@pytest.mark.parametrize(
    ("aggregate_above", "axis_end"), [(2500, "2021-11-21"), (10, "2021-11-22")]
)
def test_the_chart_notes_lanes_whose_events_are_outside_the_window(
    monkeypatch, aggregate_above, axis_end
):
    # Issue 20: a lane with nothing in the opening window looked like a silent outlet.
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", aggregate_above)
    events = many_events(outlets=2, days=3, per_day=2)
    late = events["outlet"] == "Outlet 01"
    events.loc[late, "date"] = events.loc[late, "date"].map(lambda d: d + timedelta(days=35))
    fig = timeline_figure(events, view_start=date(2021, 11, 8), view_end=date(2021, 11, 20))
    notes = [(a.y, a.text, a.xanchor, a.x[:10]) for a in fig.layout.annotations]
    lane = fig.layout.yaxis.ticktext.index("Outlet 01")
    assert notes == [(lane, "events in Dec 2021 →", "right", axis_end)]


def test_the_aggregated_view_opens_on_every_day_it_draws_by_day(monkeypatch):
    # markers of the detail window's last day sat on the axis's edge, cut in half
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 10)
    events = many_events(outlets=2, days=16, per_day=2)  # from Mon 8 Nov, to Tue 23 Nov
    fig = timeline_figure(events, view_start=date(2021, 11, 8), view_end=date(2021, 11, 20))
    low, high = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    drawn = [
        pd.Timestamp(x) for t in fig.data if (t.meta or {}).get("role") == "events" for x in t.x
    ]
    inside = [x for x in drawn if low <= x <= high]
    assert max(inside) == pd.Timestamp("2021-11-21 12:00")  # Sunday's markers, whole
    assert all(x <= high - pd.Timedelta(hours=12) or x > high for x in drawn)


# ---- streamed pipeline (issue 22): the same result as loading everything first ------------


def _load_everything_first(paths):
    """The pipeline as it was before articles streamed: load all, date all, extract all."""
    from crisis_timeline.articles import load_articles
    from crisis_timeline.clusters import cluster_events
    from crisis_timeline.pipeline import extract_all
    from crisis_timeline.publication import resolve_publication_dates

    articles, problems = load_articles(paths)
    events, articles, skipped = extract_all(resolve_publication_dates(articles))
    events, clusters = cluster_events(events)
    return events, articles, clusters, [*problems, *skipped]


@pytest.mark.parametrize("workers", [1, 2])
def test_streamed_pipeline_equals_loading_everything_first(tmp_path, workers):
    import shutil

    from crisis_timeline import settings
    from crisis_timeline.pipeline import run_pipeline

    gold = tmp_path / "gold"
    # The gold articles include one with no stated date (dated from the collection's
    # median); a file given twice is read once; a missing path and an empty file are problems.
    shutil.copytree(settings.PROJECT_ROOT / "benchmarks" / "gold" / "articles", gold)
    seeds = tmp_path / "seeds"
    shutil.copytree(settings.SEEDS_DIR, seeds)
    first_seed = sorted(seeds.glob("*.txt"))[0]
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    paths = [gold, seeds, first_seed, tmp_path / "missing"]
    events, articles, clusters, problems = _load_everything_first(paths)
    seen = []
    streamed = run_pipeline(paths, workers=workers, progress=lambda d, t: seen.append((d, t)))
    pd.testing.assert_frame_equal(streamed.events, events)
    assert streamed.articles == articles
    assert [c.to_json() for c in streamed.clusters] == [c.to_json() for c in clusters]
    assert streamed.problems == problems and len(problems) >= 2
    assert any(a.published_basis == "inferred" or a.published_basis == "text" for a in articles)
    assert seen[-1][0] == seen[-1][1] == len(seen)
    assert [d for d, _ in seen] == list(range(1, len(seen) + 1))


def test_positions_of_the_table_itself_and_of_other_rows():
    events = many_events(outlets=3, days=4, per_day=3)
    index = timeline_index(events)
    everything = np.arange(len(events))
    assert np.array_equal(index.positions(events), everything)
    assert np.array_equal(index.positions(events.copy(deep=False)), everything)
    assert np.array_equal(index.positions(events.iloc[3:8]), everything[3:8])
    # the same cells in another order under the same labels are not the table's rows
    assert index.positions(events.iloc[::-1].reset_index(drop=True)) is None
    assert index.positions(events.copy().assign(event_id=lambda f: f["event_id"] + "x")) is None
