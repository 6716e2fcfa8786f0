"""Border outlines, place summaries and the places GeoJSON export."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from crisis_timeline import geo
from tests.event_factory import make_events

# ---- outlines -------------------------------------------------------------------------------


def all_points(collection):
    return [p for f in collection["features"] for p in geo._positions(f["geometry"]["coordinates"])]


def rings(collection):
    for feature in collection["features"]:
        geometry = feature["geometry"]
        polygons = (
            [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        )
        for polygon in polygons:
            yield from polygon


def test_borders_are_the_region_countries_rounded_and_cached():
    borders = geo.load_borders()
    assert borders is geo.load_borders()  # read once
    names = {f["properties"]["iso_a3"] for f in borders["features"]}
    assert {"POL", "BLR", "LTU", "LVA", "EST", "RUS", "UKR"} <= names
    assert all(set(f["properties"]) <= {"iso_a3", "name"} for f in borders["features"])
    points = all_points(borders)
    assert all(round(value, 4) == value for point in points for value in point)
    assert all(13 <= lon <= 33 and 48.5 <= lat <= 60.5 for lon, lat in points)


def test_simplified_borders_keep_closed_rings_with_fewer_vertices():
    full = geo.load_borders()
    simple = geo.load_borders(tolerance_deg=0.01)
    assert len(all_points(simple)) < len(all_points(full)) * 0.6
    assert {f["properties"]["iso_a3"] for f in simple["features"]} == {
        f["properties"]["iso_a3"] for f in full["features"]
    }
    for ring in rings(simple):
        assert len(ring) >= 4 and ring[0] == ring[-1]


def test_poland_outline_is_precise_and_never_simplified():
    outline = geo.load_poland_outline()
    assert len(outline["features"]) == 1
    assert len(all_points(outline)) > 2900


def distance_to_segment(point, start, end):
    return (
        geo._perpendicular_distance(point, start, end) if start != end else math.dist(point, start)
    )


def test_verified_crossing_lies_on_the_precise_border_line():
    # README: about 53.587 N 23.635 E, on the border line of poland-outline-prg.geojson
    segment = geo.border_segment(geo.load_poland_outline(), (23.5, 53.5, 23.8, 53.7))
    lines = [f["geometry"]["coordinates"] for f in segment["features"]]
    crossing = [geo.CROSSING.lon, geo.CROSSING.lat]
    nearest = min(
        distance_to_segment(crossing, a, b)
        for line in lines
        for a, b in zip(line, line[1:], strict=False)
    )
    assert nearest < 0.003  # ~200 m


def test_border_segment_keeps_the_part_in_the_box_plus_one_point_each_side():
    square = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[0, 0], [2, 0], [2, 1], [2, 2], [0, 2], [0, 0]]],
                },
            }
        ],
    }
    segment = geo.border_segment(square, (1.5, 0.5, 2.5, 1.5))
    (line,) = [f["geometry"]["coordinates"] for f in segment["features"]]
    assert line == [[2, 0], [2, 1], [2, 2]]
    assert geo.border_segment(square, (5, 5, 6, 6))["features"] == []


def test_features_in_bbox_keeps_only_countries_near_the_crossing():
    near = geo.features_in_bbox(geo.load_borders(), (23.2, 53.2, 24.1, 53.9))
    kept = {f["properties"]["iso_a3"] for f in near["features"]}
    assert {"POL", "BLR"} <= kept  # (bounding boxes: Lithuania's and Russia's reach it too)
    assert not kept & {"SWE", "DEU", "EST", "LVA", "FIN", "CZE", "SVK", "UKR"}


@pytest.mark.parametrize(
    ("coordinates", "expected"),
    [
        ([23.123456, 53.987654], [23.1235, 53.9877]),
        (  # a ring: repeated points after rounding go, the ring stays closed
            [[0.00001, 0.0], [0.00002, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]],
            [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]],
        ),
    ],
)
def test_round_geometry(coordinates, expected):
    assert geo.round_geometry(coordinates) == expected


def test_simplify_line_drops_near_collinear_points_and_keeps_the_ends():
    line = [[0.0, 0.0], [1.0, 0.001], [2.0, 0.0], [3.0, 1.0]]
    assert geo.simplify_line(line, 0.01) == [[0.0, 0.0], [2.0, 0.0], [3.0, 1.0]]
    assert geo.simplify_line(line, 0.0) == line


# ---- web mercator ---------------------------------------------------------------------------


def test_mercator_scale_matches_deck_gl():
    assert geo.metres_per_pixel(0, 0) == pytest.approx(78271.5, rel=1e-4)
    assert geo.metres_per_pixel(1, 60) == pytest.approx(78271.5 / 4, rel=1e-4)
    assert geo.to_pixels(0, 0, 0) == pytest.approx((256, 256))
    x, y = geo.to_pixels(53.587, 23.635, 11)
    x_east, y_north = geo.to_pixels(53.6, 23.7, 11)
    assert x_east > x and y_north < y


# ---- dates as text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2021-11-15", "2021-11-15", "day", "15 Nov 2021"),
        ("2021-11-13", "2021-11-14", "weekend", "13–14 Nov 2021"),
        ("2021-10-30", "2021-11-01", "weekend", "30 Oct – 1 Nov 2021"),
        ("2021-12-31", "2022-01-02", "weekend", "31 Dec 2021 – 2 Jan 2022"),
        ("2021-11-15", "2021-11-21", "week", "week of 15 Nov 2021"),
        ("2021-11-01", "2021-11-30", "month", "November 2021"),
        ("2021-01-01", "2021-12-31", "year", "2021"),
        (None, None, "day", "undated"),
        (float("nan"), None, "day", "undated"),
        (pd.Timestamp("2021-11-15 20:32"), None, "day", "15 Nov 2021"),
    ],
)
def test_date_label(start, end, precision, expected):
    assert geo.date_label(start, end, precision) == expected


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert geo.shorten("one  two\nthree", 50) == "one two three"
    assert geo.shorten("alpha beta gamma delta", 12) == "alpha beta…"


# ---- place summaries ------------------------------------------------------------------------

PLACES = pd.DataFrame(
    [
        ("Kuźnica", "Kuźnica", "village", "PL", 53.511, 23.650, True),
        ("Grodno", "Hrodna", "city", "BY", 53.676, 23.829, True),
        ("Bruzgi logistics centre", "ТЛЦ «Брузги»", "camp", "BY", 53.594, 23.660, False),
        ("Nowhere", "", "village", "PL", float("nan"), float("nan"), False),
    ],
    columns=["name", "local_name", "kind", "country", "lat", "lon", "verified"],
)


def events_at_places():
    return make_events(
        [
            {
                "outlet": "RFI",
                "date": "2021-11-16",
                "places": ["Grodno", "Bruzgi logistics centre"],
                "sentence": "Migrants were moved to a warehouse <near> Bruzgi & Grodno.",
                "start": 0,
            },
            {"outlet": "RFI", "date": "2021-11-15", "places": ["grodno"], "start": 50},
            {
                "outlet": "France 24",
                "date": None,
                "places": ["Grodno", "Grodno", "Atlantis", "Nowhere"],
                "start": 90,
            },
            {"outlet": "France 24", "date": "2021-11-14", "places": [], "start": 120},
        ]
    )


def test_place_summary_counts_events_per_place_and_drops_unlocated_ones():
    events = events_at_places()
    summary = geo.place_summary(events, PLACES)
    assert list(summary.columns) == list(geo.SUMMARY_COLUMNS)
    counts = dict(zip(summary["name"], summary["event_count"], strict=True))
    # "grodno" resolves case-insensitively; a place listed twice in one event counts once
    assert counts == {"Grodno": 3, "Bruzgi logistics centre": 1}
    assert list(summary["name"]) == ["Grodno", "Bruzgi logistics centre"]  # most events first
    assert summary.attrs["unlocated"] == 2
    assert sorted(summary.attrs["unlocated_names"]) == ["Atlantis", "Nowhere"]
    grodno = summary.iloc[0]
    assert (grodno["lat"], grodno["lon"], grodno["local_name"]) == (53.676, 23.829, "Hrodna")
    assert summary.set_index("name")["approximate"].to_dict() == {
        "Grodno": False,
        "Bruzgi logistics centre": True,
    }


def test_events_text_is_dated_earliest_first_and_capped():
    summary = geo.place_summary(events_at_places(), PLACES, max_events_listed=2)
    lines = summary.set_index("name").loc["Grodno", "events_text"].split("\n")
    assert lines[0].startswith("15 Nov 2021 · RFI: ")
    # plain text (the map's tooltip renderer escapes it)
    assert lines[1].startswith("16 Nov 2021 · RFI: Migrants were moved to a warehouse <near>")
    assert lines[2] == "… and 1 more"  # the undated one, listed last, is cut


def test_selected_flag_marks_the_places_of_the_selected_event():
    events = events_at_places()
    summary = geo.place_summary(events, PLACES, selected_event_id=events.iloc[0]["event_id"])
    assert summary.set_index("name")["selected"].to_dict() == {
        "Grodno": True,
        "Bruzgi logistics centre": True,
    }
    other = geo.place_summary(events, PLACES, selected_event_id=events.iloc[1]["event_id"])
    assert other.set_index("name")["selected"].to_dict() == {
        "Grodno": True,  # the event writes "grodno": same place
        "Bruzgi logistics centre": False,
    }
    nothing = geo.place_summary(events, PLACES, selected_event_id="no-such-event")
    assert not nothing["selected"].any()


def test_place_summary_of_nothing_is_an_empty_frame_with_the_columns():
    summary = geo.place_summary(make_events([]), PLACES)
    assert summary.empty and list(summary.columns) == list(geo.SUMMARY_COLUMNS)
    assert summary.attrs["unlocated"] == 0
    no_places = geo.place_summary(events_at_places(), PLACES.iloc[0:0])
    assert no_places.empty and no_places.attrs["unlocated"] == 5  # Grodno, grodno, ...


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Bruzgi–Kuźnica crossing", True),
        ("Kuźnica–Bruzgi crossing", True),
        ("Kuznica-Bruzgi border crossing", True),
        ("Kuźnica", False),
        ("Terespol crossing", False),
        (None, False),
    ],
)
def test_is_crossing_name(name, expected):
    assert geo.is_crossing_name(name) is expected


def test_crossing_record_prefers_the_mentioned_row_over_the_constant():
    places = pd.concat(
        [
            PLACES,
            pd.DataFrame(
                [("Kuźnica–Bruzgi crossing", "", "crossing", "PL", 53.5871, 23.6349, True)],
                columns=PLACES.columns,
            ),
        ]
    )
    events = make_events([{"date": "2021-11-15", "places": ["Kuźnica–Bruzgi crossing"]}])
    record = geo.crossing_record(geo.place_summary(events, places))
    assert (record["name"], record["lat"], record["event_count"]) == (
        "Kuźnica–Bruzgi crossing",
        53.5871,
        1,
    )
    assert record["local_name"] == geo.CROSSING.local_name  # empty local name filled in
    fallback = geo.crossing_record(geo.place_summary(events_at_places(), PLACES))
    assert (fallback["lat"], fallback["lon"], fallback["event_count"]) == (53.587, 23.635, 0)


def test_declutter_keeps_the_higher_ranked_of_two_overlapping_labels():
    records = [
        {"label": "Grodno", "lat": 53.676, "lon": 23.829},
        {"label": "Bruzgi", "lat": 53.597, "lon": 23.680},
        {"label": "Vilnius", "lat": 54.687, "lon": 25.280},
    ]
    at_region = geo.declutter(records, zoom=4.4, font_px=13, offset_px=10)
    assert [r["label"] for r in at_region] == ["Grodno", "Vilnius"]
    at_crossing = geo.declutter(records, zoom=11, font_px=13, offset_px=10)
    assert len(at_crossing) == 3
    blocked = geo.label_box(53.676, 23.829, 4.4, size_px=(400, 40))
    assert [
        r["label"] for r in geo.declutter(records, zoom=4.4, font_px=13, reserved=[blocked])
    ] == ["Vilnius"]


# ---- GeoJSON export -------------------------------------------------------------------------


def test_places_geojson_is_valid_geojson_with_lon_lat_order_and_events():
    events = events_at_places()
    summary = geo.place_summary(events, PLACES)
    collection = geo.places_geojson(summary, events)
    text = json.dumps(collection, allow_nan=False, ensure_ascii=False)  # no NaN sneaks in
    assert json.loads(text)["type"] == "FeatureCollection"
    features = {f["properties"]["name"]: f for f in collection["features"]}
    assert set(features) == {"Grodno", "Bruzgi logistics centre"}
    grodno = features["Grodno"]
    assert grodno["type"] == "Feature" and grodno["geometry"]["type"] == "Point"
    lon, lat = grodno["geometry"]["coordinates"]
    assert (lon, lat) == (23.829, 53.676)  # RFC 7946: longitude first
    assert all(math.isfinite(v) for f in features.values() for v in f["geometry"]["coordinates"])
    props = grodno["properties"]
    assert props["local_name"] == "Hrodna" and props["event_count"] == 3
    assert [e["date"] for e in props["events"]] == ["2021-11-15", "2021-11-16", None]
    assert set(props["events"][0]) == {"event_id", "date", "outlet", "sentence"}
    assert props["events"][1]["sentence"].startswith("Migrants were moved")  # raw, not HTML


def test_places_geojson_of_nothing_is_an_empty_collection():
    empty = geo.places_geojson(geo.place_summary(make_events([]), PLACES), make_events([]))
    assert empty == {"type": "FeatureCollection", "features": []}
