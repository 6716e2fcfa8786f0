"""charts/map_layers.py: each layer builder and the records it draws, inspected directly."""

from __future__ import annotations

import json

import pandas as pd
import pydeck as pdk
import pytest

from crisis_timeline import geo
from crisis_timeline.charts import map_labels
from crisis_timeline.charts import map_layers as layers
from crisis_timeline.charts.palette import THEMES, rgba
from tests.test_charts_map import PLACES, map_events

LIGHT = THEMES["light"]
SQUARE = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"name": "Belarus", "iso_a3": "BLR"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[23, 53], [24, 53], [24, 54], [23, 54], [23, 53]]],
            },
        },
        {
            "type": "Feature",
            "properties": {"name": "Poland", "iso_a3": "POL"},
            "geometry": {
                "type": "Polygon",
                "coordinates": [[[22, 53], [23, 53], [23, 54], [22, 54], [22, 53]]],
            },
        },
    ],
}


def record(name="Grodno", *, selected=False, area=False, count=2, lat=53.676, lon=23.829):
    return {
        "name": name,
        "label": name,
        "lat": lat,
        "lon": lon,
        "radius_m": 1000.0,
        "selected": selected,
        "area": area,
        "event_count": count,
        "offset": [12, 0],
    }


def spec(layer: pdk.Layer) -> dict:
    """The layer as the browser receives it."""
    return json.loads(pdk.Deck(layers=[layer], map_provider=None).to_json())["layers"][0]


# ---- records --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("count", "approximate", "expected"),
    [(1, False, "1 event"), (3, False, "3 events"), (2, True, "2 events · approximate position")],
)
def test_count_text(count, approximate, expected):
    assert layers.count_text(count, approximate) == expected


@pytest.mark.parametrize(
    ("name", "local_name", "label", "note"),
    [
        ("Grodno", "Hrodna", "Grodno\nHrodna", " (Hrodna)"),
        ("Kuźnica", "Kuźnica", "Kuźnica", ""),
        ("Minsk", "", "Minsk", ""),
    ],
)
def test_labels_and_tooltips_give_the_local_spelling_only_when_it_differs(
    name, local_name, label, note
):
    assert layers.label(name, local_name) == label
    fields = layers.tooltip_fields(name, local_name, 1, "one <event>", approximate=True)
    assert fields["local_note"] == note
    assert fields["count_text"] == "1 event · approximate position"
    assert fields["events_text"] == "one <event>"  # plain: Streamlit escapes tooltips
    assert "approximate" not in fields


@pytest.mark.parametrize(
    ("count", "large_type", "expected"),
    [(0, False, 4.0), (1, False, 6.5), (10_000, False, 36.0), (0, True, 6.0), (10_000, True, 48.0)],
)
def test_marker_radius_grows_with_events_within_bounds(count, large_type, expected):
    assert layers.marker_px(count, large_type) == pytest.approx(expected)


def test_place_records_leave_out_the_crossing_and_countries_and_offset_labels():
    events = make_summary_events()
    summary = geo.place_summary(events, PLACES)
    records = {r["name"]: r for r in layers.place_records(summary, 4.4, "Kuźnica–Bruzgi crossing")}
    assert set(records) == {"Kuźnica", "Grodno", "Latgale"}
    assert records["Latgale"]["area"] and records["Latgale"]["offset"] == [10, 0]
    grodno = records["Grodno"]
    assert not grodno["area"] and grodno["offset"] == [round(layers.marker_px(2, False) + 5), 0]
    assert grodno["radius_m"] > records["Kuźnica"]["radius_m"]  # two events against one


def make_summary_events():
    from tests.event_factory import make_events

    return make_events(
        [
            {"date": "2021-11-15", "places": ["Kuźnica–Bruzgi crossing", "Kuźnica"], "start": 0},
            {"date": "2021-11-16", "places": ["Grodno", "Belarus"], "start": 9},
            {"date": "2021-11-17", "places": ["Grodno", "Latgale"], "start": 20},
        ]
    )


def test_countries_with_events_tint_only_named_countries_without_editing_the_outlines():
    summary = geo.place_summary(make_summary_events(), PLACES)
    mentioned = layers.countries_with_events(SQUARE, summary)
    (belarus,) = mentioned["features"]
    assert belarus["properties"]["iso_a3"] == "BLR"
    assert belarus["properties"]["count_text"] == "1 event"
    assert belarus["geometry"] is SQUARE["features"][0]["geometry"]  # shared, not copied
    assert "count_text" not in SQUARE["features"][0]["properties"]


def test_labelled_places_put_the_selected_first_and_keep_clear_of_the_crossing():
    crossing = layers.crossing_record(pd.DataFrame(columns=list(geo.SUMMARY_COLUMNS)))
    near_crossing = record("Bruzgi", lat=crossing["lat"], lon=crossing["lon"] - 0.01, count=9)
    chosen = record("Vilnius", selected=True, count=1, lat=54.687, lon=25.28)
    labelled = map_labels.labelled_places(
        [near_crossing, record("Grodno"), chosen], crossing, 11.0, large_type=False
    )
    assert [r["name"] for r in labelled] == ["Vilnius", "Grodno"]


# ---- layers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("detailed", "basemap", "stroked", "alpha"),
    [(False, False, True, 255), (True, False, False, 255), (False, True, True, 90)],
)
def test_countries_layer(detailed, basemap, stroked, alpha):
    layer = layers.countries_layer(SQUARE, LIGHT, detailed=detailed, basemap=basemap)
    assert layer.id == "countries" and layer.data is SQUARE
    assert layer.stroked is stroked and layer.get_fill_color == rgba(LIGHT["land"], alpha)
    assert not layer.pickable


def test_mentioned_countries_layer_only_at_region_scale_and_when_named():
    summary = geo.place_summary(make_summary_events(), PLACES)
    layer = layers.mentioned_countries_layer(SQUARE, summary, LIGHT, detailed=False)
    assert layer.id == "mentioned-countries" and layer.pickable
    assert [f["properties"]["iso_a3"] for f in layer.data["features"]] == ["BLR"]
    assert layers.mentioned_countries_layer(SQUARE, summary, LIGHT, detailed=True) is None
    no_country = geo.place_summary(map_events(), PLACES)
    assert layers.mentioned_countries_layer(SQUARE, no_country, LIGHT, detailed=False) is None


def test_border_detail_layer_draws_the_outline_inside_the_box_as_lines():
    layer = layers.border_detail_layer(SQUARE, (22.5, 52.5, 23.5, 54.5), LIGHT)
    assert layer.id == "border-detail" and layer.stroked and not layer.filled
    assert layer.data["features"]
    for feature in layer.data["features"]:
        assert feature["geometry"]["type"] == "LineString"
        # each part has a point in the box (and one beyond it, to run off-screen)
        assert any(22.5 <= lon <= 23.5 for lon, _ in feature["geometry"]["coordinates"])


@pytest.mark.parametrize(("detailed", "scale"), [(False, "region"), (True, "crossing")])
def test_country_labels_layer(detailed, scale):
    layer = layers.country_labels_layer(LIGHT, detailed=detailed, large_type=False)
    assert layer.id == "country-labels"
    assert [r["label"] for r in layer.data] == [name for name, *_ in geo.COUNTRY_LABELS[scale]]
    assert layer.get_color == rgba(LIGHT["muted"]) and layer.get_size == 13


@pytest.mark.parametrize(("large_type", "bounds"), [(False, (4.0, 36.0)), (True, (6.0, 48.0))])
def test_places_layer_is_pickable_and_clamps_its_discs(large_type, bounds):
    layer = layers.places_layer([record()], LIGHT, large_type=large_type)
    assert layer.id == "places" and layer.pickable
    assert (layer.radius_min_pixels, layer.radius_max_pixels) == bounds
    assert "label" not in layer.data[0] and layer.data[0]["name"] == "Grodno"


def test_selected_place_layer_rings_the_selection_or_is_left_out():
    assert layers.selected_place_layer([record()], LIGHT, large_type=False) is None
    layer = layers.selected_place_layer(
        [record(), record("Vilnius", selected=True, lat=54.687, lon=25.28)],
        LIGHT,
        large_type=False,
    )
    assert layer.id == "selected-place" and not layer.filled
    assert layer.data == [{"lat": 54.687, "lon": 25.28, "radius_m": 1600.0}]


def active_crossing(count: int = 1) -> dict:
    """The crossing's record with `count` events naming it."""
    crossing = layers.crossing_record(pd.DataFrame(columns=list(geo.SUMMARY_COLUMNS)))
    return {**crossing, "event_count": count}


@pytest.mark.parametrize(
    ("large_type", "count", "radius", "width", "colour"),
    [
        (False, 1, 9, 4, "crossing"),
        (True, 3, 12, 5, "crossing"),
        # no event in view names it (a step about Moscow): grey and thin, not highlighted
        (False, 0, 9, 2, "muted"),
        (True, 0, 12, 2, "muted"),
    ],
)
def test_crossing_layer_is_a_ring_in_its_own_colour_when_named(
    large_type, count, radius, width, colour
):
    layer = layers.crossing_layer(active_crossing(count), LIGHT, large_type=large_type)
    assert layer.id == "crossing" and layer.pickable
    assert (layer.get_radius, layer.get_line_width) == (radius, width)
    assert layer.get_line_color == rgba(LIGHT[colour])
    assert layer.data[0]["event_count"] == count and "label" not in layer.data[0]


def test_area_and_place_labels_split_the_labelled_records():
    labelled = [record(), record("Latgale", area=True, lat=56.3, lon=27.0)]
    areas = layers.area_labels_layer(labelled, LIGHT, large_type=False)
    places = layers.place_labels_layer(labelled, LIGHT, large_type=True)
    assert (areas.id, places.id) == ("area-labels", "place-labels")
    assert [r["name"] for r in areas.data] == ["Latgale"] and areas.pickable
    assert places.data == [
        {"label": "Grodno", "lat": 53.676, "lon": 23.829, "offset": [12, 0], "anchor": "start"}
    ]
    assert not places.pickable and places.get_size == 20
    # per label: one at the map's right edge moves to the left of its point (fit_labels)
    assert spec(places)["getTextAnchor"] == "@@=anchor"


@pytest.mark.parametrize(
    ("large_type", "anchor", "offset"), [(False, "end", [-14, 0]), (True, "middle", [0, 20])]
)
def test_crossing_label_layer_sits_beside_the_ring_or_under_it(large_type, anchor, offset):
    layer = layers.crossing_label_layer(active_crossing(), LIGHT, large_type=large_type)
    as_sent = spec(layer)
    assert layer.id == "crossing-label" and as_sent["fontWeight"] == "bold"
    assert as_sent["getTextAnchor"] == anchor and layer.get_pixel_offset == offset
    assert layer.get_size == map_labels.label_px(large_type) + 1
    assert layer.data[0]["label"].startswith("Bruzgi–Kuźnica crossing")


def test_text_layer_keeps_non_ascii_and_outlines_in_the_background():
    layer = layers.text_layer("t", [record("Брузгі")], LIGHT["text"], LIGHT["background"], 13)
    as_sent = spec(layer)
    assert as_sent["characterSet"] == "auto" and as_sent["getText"] == "@@=label"
    assert layer.outline_color == rgba(LIGHT["background"])


# ---- the crossing's references: landmarks, road, emergency zone -----------------------------

LANDMARKS = pd.DataFrame(
    [
        ("Kuźnica", "Kuźnica", "village", 53.511, 23.650, "geonames 766927 within 0.0 km"),
        ("Bruzgi", "Брузгі", "village", 53.597, 23.680, "approximate: not in GeoNames 500+"),
        ("Bruzgi migrant camp", "Лагерь", "camp", 53.589, 23.642, "approximate: not in..."),
    ],
    columns=["name", "local_name", "kind", "lat", "lon", "verified"],
)


def test_landmarks_are_hollow_references_marked_approximate_where_they_are():
    records = layers.landmark_records(LANDMARKS, drawn={"Kuźnica"})  # Kuźnica has events
    assert [r["name"] for r in records] == ["Bruzgi", "Bruzgi migrant camp"]
    assert records[0]["label"] == "Bruzgi (approx.)" and records[0]["local_note"] == " (Брузгі)"
    assert records[0]["count_text"] == "approximate position"
    # hand-placed: the camp's label under the crossing's ring, not over it
    assert (records[1]["anchor"], records[1]["offset"]) == layers.LANDMARK_LABELS[
        "Bruzgi migrant camp"
    ]
    layer = layers.landmarks_layer(records, LIGHT, large_type=False)
    assert layer.id == "landmarks" and layer.pickable
    assert layer.get_fill_color == rgba(LIGHT["background"], 220)  # hollow: not an event
    assert layer.get_line_color == rgba(LIGHT["muted"])
    labels = layers.landmark_labels_layer(records + layers.note_labels(), LIGHT, large_type=False)
    assert spec(labels)["getTextAnchor"] == "@@=anchor"
    assert any("approx. 3 km strip" in r["label"] for r in labels.data)
    assert layers.landmarks_layer([], LIGHT, large_type=False) is None


def test_road_joins_its_waypoints_in_order_and_says_it_is_approximate():
    path = layers.road_path(LANDMARKS, ("Kuźnica", "Missing", "Bruzgi"))
    assert path == [[23.65, 53.511], [23.68, 53.597]]
    layer = layers.road_layer(path, "DK19 / M6", "approximate line", LIGHT)
    assert layer.type == "PathLayer" and layer.data[0]["count_text"] == "approximate line"
    assert layers.road_layer(path[:1], "DK19 / M6", "approximate line", LIGHT) is None


def test_emergency_zone_is_a_3_km_strip_inside_poland_along_the_belarusian_border():
    from crisis_timeline import emergency_zone
    from crisis_timeline.entities import distance_km

    outline = geo.load_poland_outline()
    border = emergency_zone.border_with_belarus(outline)
    # from the Lithuanian tripoint (north) to the Ukrainian one (south), east of Poland
    assert border[0][1] > 53.9 and border[-1][1] < 51.6
    feature = emergency_zone.zone_feature(outline)
    ring = feature["geometry"]["coordinates"][0]
    assert ring[0] == ring[-1] and "approximate" in feature["properties"]["note"]
    inner = ring[len(border) : -1]
    # the inner edge lies about 3 km from the border, on the Polish side (west of it)
    for lon, lat in inner[5:-5:7]:
        nearest = min(distance_km(lat, lon, b_lat, b_lon) for b_lon, b_lat in border)
        assert 1.5 <= nearest <= 3.5, (lat, lon, nearest)
    near_kuznica = min(inner, key=lambda p: abs(p[1] - 53.511))
    assert near_kuznica[0] < 23.665  # west of the border there (23.66 E)
    layer = layers.emergency_zone_layer(feature, LIGHT)
    assert layer.id == "emergency-zone" and layer.get_fill_color[3] < 80  # a light tint
    assert layer.data["features"][0]["properties"]["count_text"] == "approximate area"
    assert layers.emergency_zone_layer(None, LIGHT) is None


@pytest.mark.parametrize("large_type", [False, True])
def test_no_label_is_drawn_over_the_crossings_label(large_type):
    crossing = {
        **layers.crossing_record(pd.DataFrame(columns=list(geo.SUMMARY_COLUMNS))),
        "event_count": 2,
    }
    zoom = 4.4
    # the border line's label, on the crossing's point (what hid the crossing's label)
    border = {**record("Belarus–Poland border", area=True, lat=53.19, lon=23.88), "offset": [14, 0]}
    near = {
        **record("Białystok", lat=crossing["lat"] + 0.3, lon=crossing["lon"]),
        "offset": [10, 0],
    }
    labelled = map_labels.labelled_places([border, near], crossing, zoom, large_type=large_type)
    box = map_labels.crossing_label_box(crossing, zoom, large_type=large_type)
    for kept in labelled:
        size = geo.text_size_px(kept["label"], map_labels.label_px(large_type))
        other = geo.label_box(
            kept["lat"], kept["lon"], zoom, size_px=size, offset_px=kept["offset"][0]
        )
        assert not (
            other[0] < box[2] and box[0] < other[2] and other[1] < box[3] and box[1] < other[3]
        )


def test_labels_past_the_maps_edge_move_left_or_go():
    zoom = 5.0
    x, y = geo.to_pixels(55.75, 37.62, zoom)
    moscow = {**record("Moscow", lat=55.75, lon=37.62), "offset": [10, 0]}
    # the map ends 20 px right of Moscow: its label moves to the left of its point
    view_box = (x - 400, y - 200, x + 20, y + 200)
    (kept,) = map_labels.fit_labels([moscow], zoom, 13, view_box)
    assert kept["anchor"] == "end" and kept["offset"] == [-10, 0]
    # no room on either side: left out (the marker stays)
    assert map_labels.fit_labels([moscow], zoom, 13, (x - 20, y - 200, x + 20, y + 200)) == []
    inside = (x - 400, y - 200, x + 400, y + 200)
    assert map_labels.fit_labels([moscow], zoom, 13, inside) == [moscow]
