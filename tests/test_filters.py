"""Filters <-> URL round trip and filtering of the event table."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.filters import Filters
from crisis_timeline.urls import view_url
from tests.event_factory import make_events


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(start=date(2021, 11, 8), end=date(2021, 11, 20)),
        Filters(
            outlets=("RFI", "Unattributed (fr) · 004"),
            languages=("fr",),
            event_types=("diplomacy",),
        ),
        Filters(
            actors=("Vladimir Putin",),
            places=("Kuźnica",),
            text="tear gas",
            background=True,
            event_id="000:1-2#3",
        ),
    ],
)
def test_round_trip_through_the_url(filters):
    query = filters.to_query()
    as_params = {k: v if isinstance(v, list) else [v] for k, v in query.items()}
    assert Filters.from_query(as_params) == filters


def test_bad_dates_in_a_link_are_ignored_not_fatal():
    assert Filters.from_query({"from": ["15/11/2021"]}).start is None


def test_apply_filters_each_dimension():
    events = make_events(
        [
            {
                "event_id": "a",
                "outlet": "RFI",
                "language": "en",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
                "event_type": "diplomacy",
                "actors": ["Vladimir Putin"],
                "sentence": "Putin spoke",
            },
            {
                "event_id": "b",
                "outlet": "France 24",
                "language": "en",
                "date": date(2021, 11, 14),
                "date_end": date(2021, 11, 14),
                "event_type": "sanctions",
                "places": ["Kuźnica"],
                "sentence": "Sanctions agreed",
            },
            {
                "event_id": "c",
                "outlet": "RFI",
                "language": "en",
                "date": date(2020, 8, 1),
                "date_end": date(2020, 8, 31),
                "precision": "month",
                "background": True,
                "sentence": "Election",
            },
            {
                "event_id": "d",
                "outlet": "Unattributed (fr) · 004",
                "language": "fr",
                "date": None,
                "date_end": None,
                "sentence": "Macron a demandé",
            },
        ]
    )
    ids = lambda f: list(f.apply(events)["event_id"])  # noqa: E731
    assert ids(Filters()) == ["a", "b", "d"]
    assert ids(Filters(background=True)) == ["a", "b", "c", "d"]
    assert ids(Filters(outlets=("RFI",))) == ["a"]
    assert ids(Filters(languages=("fr",))) == ["d"]
    assert ids(Filters(start=date(2021, 11, 15))) == ["a", "d"]
    assert ids(Filters(end=date(2021, 11, 14))) == ["b", "d"]
    assert ids(Filters(actors=("Vladimir Putin",))) == ["a"]
    assert ids(Filters(places=("Kuźnica",))) == ["b"]
    assert ids(Filters(text="SANCTIONS")) == ["b"]
    assert ids(Filters(event_types=("diplomacy",))) == ["a"]


def test_view_url_reproduces_filters_and_page_state():
    url = view_url("timeline", Filters(outlets=("RFI",), event_id="x:1-2"), lanes="cluster")
    assert url == "timeline?outlet=RFI&event=x%3A1-2&lanes=cluster"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place's own name, a part of it, another spelling, without diacritics
        ("Kuźnica", {"checkpoint", "village"}),
        ("kuznica", {"checkpoint", "village"}),
        ("Bruzgi", {"checkpoint"}),  # the crossing's name holds "Bruzgi"
        ("Grodno", {"hrodna"}),  # an alias of Hrodna
        ("Гродно", {"hrodna"}),
        ("approached", {"checkpoint"}),  # the sentence still counts
        ("Warsaw", set()),
        ("z", set()),  # one letter is in many names: only the sentence could match it
    ],
)
def test_text_filter_matches_places_under_any_of_their_names(text, expected):
    events = make_events(
        [
            {
                "sentence": "Hundreds approached the border checkpoint.",
                "places": ["Kuźnica–Bruzgi crossing"],
                "start": 0,
            },
            {"sentence": "Police met at the village.", "places": ["Kuźnica"], "start": 50},
            {"sentence": "A city said so.", "places": ["Hrodna"], "start": 90},
            {"sentence": "Nothing here.", "places": [], "start": 120},
        ]
    )
    names = {0: "checkpoint", 50: "village", 90: "hrodna", 120: "none"}
    kept = Filters(text=text).apply(events)
    assert {names[start] for start in kept["start"]} == expected


def test_list_filters_read_shared_and_missing_cells_row_by_row():
    # a stored table gives equal lists one shared object (stored_events); the filters test
    # each distinct object once and must still answer for every row
    shared = ["Minsk"]
    events = make_events(
        [
            {"event_id": "a", "sentence": "One.", "places": shared, "actors": ["Lukashenko"]},
            {"event_id": "b", "sentence": "Two.", "places": shared, "actors": []},
            {"event_id": "c", "sentence": "Three.", "places": ["Minsk"], "actors": []},
            {"event_id": "d", "sentence": "Four.", "places": ["Grodno"], "actors": []},
        ]
    )
    events.at[events.index[3], "actors"] = None  # a missing cell names nobody
    ids = lambda f: list(f.apply(events)["event_id"])  # noqa: E731
    assert ids(Filters(places=("Minsk",))) == ["a", "b", "c"]
    assert ids(Filters(actors=("Lukashenko",))) == ["a"]
    assert ids(Filters(text="minsk")) == ["a", "b", "c"]
    assert ids(Filters(text="four")) == ["d"]
