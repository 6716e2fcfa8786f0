"""Presenter steps: one story per step in date order; the map flies only within the outlines."""

from __future__ import annotations

from datetime import date

import pandas as pd

from crisis_timeline.presentation import fly_to_place, initial_step, presentation_steps
from tests.event_factory import make_events


def test_one_step_per_story_in_date_order():
    events = make_events(
        [
            {
                "event_id": "b",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
                "outlet": "RFI",
            },
            {
                "event_id": "a",
                "cluster_id": "c1",
                "date": date(2021, 11, 13),
                "date_end": date(2021, 11, 14),
                "precision": "weekend",
            },
            {
                "event_id": "c",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
                "outlet": "France 24",
            },
            {"event_id": "d", "cluster_id": "c3", "date": None, "date_end": None},
        ]
    )
    steps = presentation_steps(events, {"c1": "Putin statement", "c2": "Macron–Putin phone call"})
    assert [s.cluster_id for s in steps] == ["c1", "c2", "c3"]
    assert steps[0].date_label == "13 November – 14 November 2021"
    assert steps[1].headline == "Macron–Putin phone call"
    assert {q.outlet for q in steps[1].quotes} == {"RFI", "France 24"}
    assert steps[2].date_label == "Undated"


def test_fly_to_only_mapped_places_inside_the_outlines():
    summary = pd.DataFrame(
        [
            {"name": "Caucasus", "kind": "region", "lat": 42.0, "lon": 44.0},
            {"name": "Erbil", "kind": "city", "lat": 36.19, "lon": 44.01},
            {"name": "Kuźnica", "kind": "village", "lat": 53.511, "lon": 23.65},
        ]
    )
    assert fly_to_place(summary, ("Caucasus", "Erbil")) is None
    assert fly_to_place(summary, ("Caucasus", "Kuźnica"))["name"] == "Kuźnica"
    assert fly_to_place(summary.iloc[0:0], ("Kuźnica",)) is None


def test_initial_step_from_url_then_selection():
    events = make_events(
        [
            {
                "event_id": "a",
                "cluster_id": "c1",
                "date": date(2021, 11, 13),
                "date_end": date(2021, 11, 13),
            },
            {
                "event_id": "b",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
            },
        ]
    )
    steps = presentation_steps(events, {})
    assert initial_step(steps, "2", None) == 2
    assert initial_step(steps, "99", None) == 2 and initial_step(steps, "-3", None) == 1
    assert initial_step(steps, "abc", "b") == 1
    assert initial_step(steps, None, "b") == 2
    assert initial_step(steps, None, None) == 1
