"""charts/map.py: the border map's deck (layers per view, tooltip, offline by default)."""

from __future__ import annotations

import json

import pandas as pd
import pydeck as pdk
import pytest

from crisis_timeline import geo
from crisis_timeline.charts.map import PLACE_ZOOM, VIEWS, map_deck, view_for_place
from crisis_timeline.charts.map_layers import LABEL_GAP_PX, PLACE_RADIUS_PX
from crisis_timeline.charts.palette import THEMES, rgba
from tests.event_factory import make_events

PLACES = pd.DataFrame(
    [
        ("Kuźnica–Bruzgi crossing", "Kuźnica Białostocka–Bruzgi", "crossing", "PL", 53.587, 23.635),
        ("Kuźnica", "Kuźnica", "village", "PL", 53.511, 23.650),
        ("Grodno", "Hrodna", "city", "BY", 53.676, 23.829),
        ("Vilnius", "Vilnius", "city", "LT", 54.687, 25.280),
        ("Belarus", "Беларусь", "country", "BY", 53.7, 27.95),
        ("Latgale", "Latgola", "region", "LV", 56.3, 27.0),
    ],
    columns=["name", "local_name", "kind", "country", "lat", "lon"],
)


def map_events():
    return make_events(
        [
            {"date": "2021-11-15", "places": ["Kuźnica–Bruzgi crossing", "Kuźnica"], "start": 0},
            {"date": "2021-11-16", "places": ["Grodno"], "sentence": "Camp <moved>.", "start": 9},
            {"date": "2021-11-17", "places": ["Grodno", "Vilnius"], "start": 20},
        ]
    )


def deck_layers(deck):
    return {layer.id: layer for layer in deck.layers}


def test_map_is_offline_by_default_and_online_only_on_request():
    summary = geo.place_summary(map_events(), PLACES)
    offline = json.loads(map_deck(summary).to_json())
    assert "mapProvider" not in offline
    # Streamlit 1.67 fetches a Carto style when mapStyle is absent; this sentinel means none
    assert offline["mapStyle"] == "__MAP_STYLE__"
    assert "http" not in json.dumps(offline)
    online = map_deck(summary, basemap=True, theme="dark")
    assert online.map_provider == "carto" and "dark" in online.map_style


def test_region_view_layers_and_labels():
    summary = geo.place_summary(map_events(), PLACES)
    deck = map_deck(summary, view="region")
    layers = deck_layers(deck)
    assert set(layers) == {
        "countries",
        "country-labels",
        "places",
        "crossing",
        "area-labels",
        "place-labels",
        "crossing-label",
    }  # no precise outline at this scale, no selection ring without a selection
    country_names = {f["properties"]["name"] for f in layers["countries"].data["features"]}
    assert {"Poland", "Belarus", "Lithuania", "Latvia", "Estonia"} <= country_names
    places = {record["name"]: record for record in layers["places"].data}
    assert set(places) == {"Kuźnica", "Grodno", "Vilnius"}  # the crossing has its own layer
    assert places["Grodno"]["event_count"] == 2
    assert places["Grodno"]["radius_m"] > places["Vilnius"]["radius_m"] * 0.9
    assert layers["places"].pickable and layers["crossing"].pickable
    labels = [record["label"] for record in layers["place-labels"].data]
    assert "Grodno\nHrodna" in labels  # local spelling under the English name
    assert all("\n" not in label for label in labels if label.startswith("Vilnius"))


def test_crossing_is_always_marked_with_its_verified_position_when_not_mentioned():
    empty = geo.place_summary(make_events([]), PLACES)
    layers = deck_layers(map_deck(empty, view="crossing"))
    (crossing,) = layers["crossing"].data
    assert (crossing["lat"], crossing["lon"]) == (geo.CROSSING.lat, geo.CROSSING.lon)
    assert crossing["event_count"] == 0
    assert layers["crossing-label"].data[0]["label"].startswith("Bruzgi–Kuźnica crossing")


def test_crossing_uses_the_places_row_when_the_events_mention_it():
    summary = geo.place_summary(map_events(), PLACES)
    (crossing,) = deck_layers(map_deck(summary))["crossing"].data
    assert crossing["name"] == "Kuźnica–Bruzgi crossing" and crossing["event_count"] == 1


def test_crossing_view_adds_the_precise_border_near_the_crossing_only():
    summary = geo.place_summary(map_events(), PLACES)
    deck = map_deck(summary, view="crossing")
    layers = deck_layers(deck)
    assert "border-detail" in layers
    lines = layers["border-detail"].data["features"]
    assert lines and all(f["geometry"]["type"] == "LineString" for f in lines)
    points = [p for f in lines for p in f["geometry"]["coordinates"]]
    assert all(22.5 < lon < 24.5 and 52.5 < lat < 54.5 for lon, lat in points)
    assert {f["properties"]["iso_a3"] for f in layers["countries"].data["features"]} >= {
        "POL",
        "BLR",
    }
    assert "SWE" not in {f["properties"]["iso_a3"] for f in layers["countries"].data["features"]}
    assert layers["countries"].stroked is False  # the coarse 1:10m seam is not drawn here


def test_views_centres_and_fly_to():
    crossing, region = VIEWS["crossing"], VIEWS["region"]
    assert crossing.latitude == pytest.approx(53.56, abs=0.05)
    assert crossing.longitude == pytest.approx(23.66, abs=0.05)
    assert 9 <= crossing.zoom <= 10
    assert region.latitude == pytest.approx(55.0, abs=0.6) and 4 <= region.zoom <= 5
    # the crossing view shows Sokółka, Kuźnica, the crossing and Hrodna, 40 px or more inside
    # an 820 x 520 px map (deck.gl: 512 px world at zoom 0)
    centre_x, centre_y = geo.to_pixels(crossing.latitude, crossing.longitude, crossing.zoom)
    for lat, lon in ((53.407, 23.502), (53.511, 23.650), (53.587, 23.635), (53.676, 23.829)):
        x, y = geo.to_pixels(lat, lon, crossing.zoom)
        assert abs(y - centre_y) < 260 - 40 and abs(x - centre_x) < 410 - 40
    fly = view_for_place(53.676, 23.829)
    assert (fly.latitude, fly.longitude, fly.zoom) == (53.676, 23.829, PLACE_ZOOM)
    assert (
        json.loads(pdk.Deck(initial_view_state=fly).to_json())["initialViewState"][
            "transitionDuration"
        ]
        > 0
    )
    deck = map_deck(geo.place_summary(map_events(), PLACES), view=fly)
    assert deck.initial_view_state.latitude == 53.676
    with pytest.raises(ValueError, match="unknown map view"):
        map_deck(geo.place_summary(map_events(), PLACES), view="world")


def test_selected_place_is_highlighted():
    events = map_events()
    summary = geo.place_summary(events, PLACES, selected_event_id=events.iloc[1]["event_id"])
    layers = deck_layers(map_deck(summary))
    (ring,) = layers["selected-place"].data
    assert (ring["lat"], ring["lon"]) == (53.676, 23.829)
    by_name = deck_layers(map_deck(summary, selected_place="Vilnius"))
    assert by_name["selected-place"].data[0]["lon"] == 25.28


def test_tooltip_names_the_place_in_both_spellings_and_lists_events():
    summary = geo.place_summary(map_events(), PLACES)
    deck = map_deck(summary, theme="dark")
    tooltip = deck._tooltip
    for field in ("{name}", "{local_note}", "{count_text}", "{events_text}"):
        assert field in tooltip["html"]
    assert tooltip["style"]["backgroundColor"] == THEMES["dark"]["tooltip_background"]
    assert tooltip["style"]["whiteSpace"] == "pre-line"  # one event per line
    # centred under the pointer (CSS translate adds to deck.gl's inline transform), so a
    # place near the right edge keeps its tooltip on the map; tests/test_browser measures it
    assert tooltip["style"]["translate"].startswith("-50% ")
    grodno = next(r for r in deck_layers(deck)["places"].data if r["name"] == "Grodno")
    assert grodno["local_note"] == " (Hrodna)" and grodno["count_text"] == "2 events"
    # plain text: Streamlit escapes tooltip values itself, so "&lt;" would show as such
    assert "Camp <moved>." in grodno["events_text"] and "&lt;" not in grodno["events_text"]
    kuznica = next(r for r in deck_layers(deck)["places"].data if r["name"] == "Kuźnica")
    assert kuznica["local_note"] == ""  # no "Kuźnica (Kuźnica)"
    # every pickable layer's objects carry every field the tooltip reads
    fields = {"name", "local_note", "count_text", "events_text"}
    for layer in deck.layers:
        if layer.pickable:
            rows = layer.data["features"] if isinstance(layer.data, dict) else layer.data
            assert all(fields <= set(row.get("properties", row)) for row in rows), (
                f"{layer.id} lacks tooltip fields"
            )


def test_countries_are_not_points_and_regions_are_labels_without_markers():
    events = make_events(
        [
            {"date": "2021-11-15", "places": ["Belarus", "Grodno"], "start": 0},
            {"date": "2021-11-16", "places": ["Latgale"], "start": 9},
        ]
    )
    layers = deck_layers(map_deck(geo.place_summary(events, PLACES)))
    assert {r["name"] for r in layers["places"].data} == {"Grodno"}
    (belarus,) = layers["mentioned-countries"].data["features"]
    assert belarus["properties"]["iso_a3"] == "BLR"
    assert belarus["properties"]["count_text"] == "1 event"
    assert belarus["properties"]["local_note"] == " (Беларусь)"
    assert layers["mentioned-countries"].pickable
    (region,) = layers["area-labels"].data
    assert region["label"] == "Latgale\nLatgola" and region["count_text"] == "1 event"
    # the cached outlines were not edited in place
    assert "count_text" not in geo.load_borders()["features"][0]["properties"]


def test_labels_handle_non_ascii_and_stay_constants_in_the_json():
    spec = json.loads(map_deck(geo.place_summary(map_events(), PLACES)).to_json())
    labels = next(layer for layer in spec["layers"] if layer["id"] == "place-labels")
    assert labels["characterSet"] == "auto"  # not "@@=auto", an expression deck.gl can't read
    assert labels["getTextAnchor"] == "@@=anchor"  # an accessor: each record's "anchor"
    assert {record["anchor"] for record in labels["data"]} == {"start"}
    assert labels["getText"] == "@@=label"


@pytest.mark.parametrize(("view", "limit_bytes"), [("region", 1_500_000), ("crossing", 600_000)])
def test_deck_json_stays_light(view, limit_bytes):
    summary = geo.place_summary(map_events(), PLACES)
    assert len(map_deck(summary, view=view).to_json()) < limit_bytes


def test_crowded_labels_are_thinned_at_region_scale_but_not_at_the_crossing():
    events = map_events()
    region = deck_layers(map_deck(geo.place_summary(events, PLACES), view="region"))
    crossing = deck_layers(map_deck(geo.place_summary(events, PLACES), view="crossing"))
    region_labels = {r["label"].split("\n")[0] for r in region["place-labels"].data}
    crossing_labels = {r["label"].split("\n")[0] for r in crossing["place-labels"].data}
    # Kuźnica sits 8 km from the crossing: one label's width apart at zoom 11, not at 4.4
    assert "Kuźnica" not in region_labels and "Kuźnica" in crossing_labels
    assert "Vilnius" in region_labels


@pytest.mark.parametrize("large_type", [False, True])
def test_place_labels_start_beyond_their_markers_edge(large_type):
    """A place with thousands of events gets the largest marker; its label must start past
    the marker's edge, not inside it (dark text on the marker's blue was unreadable)."""
    events = make_events(
        [{"date": "2021-11-16", "places": ["Grodno"], "start": n} for n in range(2000)]
        + [{"date": "2021-11-17", "places": ["Vilnius"], "start": 9999}]
    )
    summary = geo.place_summary(events, PLACES)
    deck = map_deck(summary, view="region", large_type=large_type)
    layers = deck_layers(deck)
    low, high = PLACE_RADIUS_PX[large_type]
    offsets = {r["label"].split("\n")[0]: r["offset"][0] for r in layers["place-labels"].data}
    assert offsets["Grodno"] == round(high + LABEL_GAP_PX)  # a clamped, largest marker
    assert high > offsets["Vilnius"] > low  # one event: a small marker, a label close to it
    assert layers["place-labels"].get_pixel_offset == "@@=offset"  # read per label


def test_fit_view_keeps_every_point_inside_the_map_with_its_margin():
    from crisis_timeline.charts.map import FIT_MAX_ZOOM, fit_view

    points = [(53.587, 23.635), (55.752, 37.618)]  # the crossing and Moscow
    view = fit_view(points, width_px=440, height_px=420, padding_px=56)
    centre = geo.to_pixels(view.latitude, view.longitude, view.zoom)
    for lat, lon in points:
        x, y = geo.to_pixels(lat, lon, view.zoom)
        assert abs(x - centre[0]) <= 220 - 55 and abs(y - centre[1]) <= 210 - 55
    # one point: the closest zoom allowed, centred on it
    alone = fit_view([(53.676, 23.829)], width_px=440, height_px=420)
    assert alone.zoom == FIT_MAX_ZOOM and (alone.latitude, alone.longitude) == (53.676, 23.829)
    with pytest.raises(ValueError):
        fit_view([], width_px=440, height_px=420)


def test_a_step_about_moscow_keeps_the_map_on_its_outlines_and_names_moscow_beyond_them():
    from crisis_timeline.charts.map import places_beyond_outlines, view_for_step

    events = make_events(
        [
            {"date": "2021-11-10", "places": ["Moscow"], "start": 0},
            {"date": "2021-11-10", "places": ["Minsk"], "start": 50},
        ]
    )
    places = pd.DataFrame(
        [
            ("Moscow", "Москва", "capital", "RU", 55.752, 37.618),
            ("Minsk", "Мінск", "capital", "BY", 53.900, 27.567),
        ],
        columns=["name", "local_name", "kind", "country", "lat", "lon"],
    )
    summary = geo.place_summary(events, places)
    # Moscow lies east of the outlines' edge (32.5 E): no view is fitted to it
    assert view_for_step(summary, ("Moscow",), width_px=440, height_px=420) is None
    assert places_beyond_outlines(summary, ("Moscow",)) == ["Moscow"]
    # beside a place on the outlines, the view fits that place and the crossing only
    view = view_for_step(summary, ("Moscow", "Minsk"), width_px=440, height_px=420)
    assert view is not None and 23.6 < view.longitude < 27.6
    width_deg = 440 / (geo.TILE_SIZE * 2**view.zoom) * 360
    assert view.longitude + width_deg / 2 < 37.6  # Moscow stays off the map
    assert places_beyond_outlines(summary, ("Moscow", "Minsk")) == ["Moscow"]
    assert places_beyond_outlines(summary, ("Minsk",)) == []
    deck = map_deck(summary, view="region", large_type=True, width=440, height=420)
    found = deck_layers(deck)
    assert "crossing-label" not in found  # no events name the crossing: no big label
    assert found["crossing"].get_line_color == rgba(THEMES["light"]["muted"])
    # a step naming only countries or regions keeps the whole region
    assert view_for_step(summary, ("Belarus",), width_px=440, height_px=420) is None


def test_the_outlines_frame_is_the_box_the_bundled_outlines_were_clipped_to():
    # data/README.md: clipped to 13.5-32.5 E, 49-60.2 N
    min_lon, min_lat, max_lon, max_lat = geo.outlines_frame()
    assert (round(min_lon, 1), round(min_lat, 1)) == (13.5, 49.0)
    assert (round(max_lon, 1), round(max_lat, 1)) == (32.5, 60.2)
    assert geo.within_frame(53.587, 23.635, geo.outlines_frame())  # the crossing
    assert not geo.within_frame(55.752, 37.618, geo.outlines_frame())  # Moscow
    assert not geo.within_frame(33.341, 44.401, geo.outlines_frame())  # Baghdad


def test_the_crossing_view_draws_its_landmarks_road_and_emergency_zone():
    found = deck_layers(map_deck(geo.place_summary(map_events(), PLACES), view="crossing"))
    landmarks = {r["name"] for r in found["landmarks"].data}
    # Kuźnica and Hrodna ("Grodno" here) have events: drawn as places, not twice
    assert {"Bruzgi", "Sokółka", "Bruzgi migrant camp", "Bruzgi logistics centre"} <= landmarks
    assert "Kuźnica" not in landmarks
    assert len(found["road"].data[0]["path"]) == 5
    assert found["emergency-zone"].data["features"][0]["geometry"]["type"] == "Polygon"
    # at region scale the strip would be a pixel wide and the villages a heap
    region = deck_layers(map_deck(geo.place_summary(map_events(), PLACES), view="region"))
    assert not {"landmarks", "road", "emergency-zone"} & set(region)


@pytest.mark.parametrize("selected", [None, "missing", 0, 1, 2])
def test_marking_a_selection_equals_summarising_with_it(selected):
    # the app summarises a view once and marks each selection on it (ui/data.map_summary)
    events = map_events()
    event_id = events.iloc[selected]["event_id"] if isinstance(selected, int) else selected
    base = geo.place_summary(events, PLACES)
    marked = geo.mark_selected(base, events, PLACES, event_id)
    expected = geo.place_summary(events, PLACES, selected_event_id=event_id)
    assert marked.equals(expected) and marked.attrs == expected.attrs
    assert bool(marked["selected"].any()) == isinstance(selected, int)
    assert not base["selected"].any()  # the summary it was marked on is left as it was


def test_each_place_lists_its_earliest_events_first_and_counts_them_all():
    rows = [
        {
            "date": f"2021-11-{day:02d}",
            "places": ["Grodno"],
            "sentence": f"Day {day}.",
            "start": day,
        }
        for day in (20, 3, 11, 7, 15, 9, 1)
    ]
    rows.append({"date": None, "places": ["grodno"], "sentence": "Undated.", "start": 99})
    events = make_events(rows)
    summary = geo.place_summary(events, PLACES, max_events_listed=3)
    (row,) = summary.to_dict("records")
    assert row["event_count"] == 8
    lines = row["events_text"].split("\n")
    assert [line.split(" · ")[0] for line in lines[:3]] == [
        "1 Nov 2021",
        "3 Nov 2021",
        "7 Nov 2021",
    ]
    assert lines[3] == "… and 5 more"
    undated = events.loc[events["date"].isna(), "event_id"].iloc[0]
    assert len(row["event_ids"]) == 8 and row["event_ids"][-1] == undated  # undated last


def test_the_step_note_names_places_left_off_or_says_why_the_region_is_shown():
    from crisis_timeline.charts.map import step_map_note

    events = make_events([{"date": "2021-11-10", "places": ["Moscow"], "start": 0}])
    places = pd.DataFrame(
        [("Moscow", "Москва", "capital", "RU", 55.752, 37.618)],
        columns=["name", "local_name", "kind", "country", "lat", "lon"],
    )
    summary = geo.place_summary(events, places)
    assert step_map_note(summary, ("Moscow",), fitted=False) == (
        "Moscow: beyond this map's outlines, so not drawn. The map shows the region."
    )
    assert step_map_note(summary, ("Belarus",), fitted=False).startswith("This story names no")
    assert step_map_note(summary, ("Belarus",), fitted=True) is None
