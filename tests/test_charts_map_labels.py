"""charts/map_labels.py: where the map's labels go. On the Present page's 440 x 420 px map
(presenter type) no label may run past the map's edges or be drawn over another one."""

from __future__ import annotations

import itertools
import json

import pydeck as pdk
import pytest

from crisis_timeline import geo
from crisis_timeline.charts import map_labels
from crisis_timeline.charts import map_layers as layers
from crisis_timeline.charts.map import map_deck, view_for_step
from crisis_timeline.charts.palette import THEMES
from crisis_timeline.locations import places_frame
from tests.event_factory import make_events

WIDTH, HEIGHT = 440, 420  # the Present page's map
CROSSING = "Kuźnica–Bruzgi crossing"


def presenter_deck(names: tuple[str, ...], *, width: int = WIDTH, height: int = HEIGHT):
    """The Present page's map for a step naming `names` (their data/places.csv rows)."""
    events = make_events([{"date": "2021-11-15", "places": list(names), "start": 0}])
    summary = geo.place_summary(events, places_frame(names))
    view = view_for_step(summary, names, width_px=width, height_px=height) or "region"
    return map_deck(
        summary,
        view=view,
        large_type=True,
        width=width,
        height=height,
        selected_place=names[0],
    )


def view_box(deck, width: int = WIDTH, height: int = HEIGHT) -> tuple[float, ...]:
    state = deck.initial_view_state
    x, y = geo.to_pixels(float(state.latitude), float(state.longitude), float(state.zoom))
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def drawn_labels(deck) -> list[tuple[str, str, tuple[float, ...]]]:
    """(layer id, label, pixel box) of every text the browser draws, read from the deck's
    JSON as deck.gl reads it: per-record accessors ("@@=anchor") or constants."""
    zoom = float(deck.initial_view_state.zoom)
    drawn = []
    for layer in json.loads(deck.to_json())["layers"]:
        if layer["@@type"] != "TextLayer":
            continue
        for row in layer["data"]:

            def read(key, default, row=row, layer=layer):
                value = layer.get(key, default)
                is_accessor = isinstance(value, str) and value.startswith("@@=")
                return row[value[3:]] if is_accessor else value

            box = map_labels.text_box(
                row,
                zoom,
                layer["getSize"],
                anchor=read("getTextAnchor", "middle"),
                baseline=read("getAlignmentBaseline", "center"),
                offset=read("getPixelOffset", [0, 0]),
                bold=layer.get("fontWeight") == "bold",
            )
            drawn.append((layer["id"], row["label"], box))
    return drawn


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(box, frame) -> bool:
    return frame[0] <= box[0] and frame[1] <= box[1] and box[2] <= frame[2] and box[3] <= frame[3]


@pytest.mark.parametrize(
    "names",
    [
        (CROSSING,),  # the screenshot's step 12: zoom 9.3 on the crossing and its landmarks
        ("Moscow",),  # step 5: zoomed out, "(RUSSIA)" at the left edge
        (CROSSING, "Hrodna"),
        ("Minsk", CROSSING),  # the crossing 56 px from the map's edge
        ("Baghdad", CROSSING),  # zoomed out far: the country names pile up
        ("Kuźnica", "Bruzgi migrant camp", CROSSING),
    ],
)
def test_presenter_map_draws_no_label_past_its_edges_or_over_another(names):
    deck = presenter_deck(names)
    frame = view_box(deck)
    drawn = drawn_labels(deck)
    assert any(layer == "crossing-label" for layer, _, _ in drawn) == (CROSSING in names)
    for layer, label, box in drawn:
        assert inside(box, frame), f"{layer} {label!r} runs past the map's edge"
    for (layer_a, label_a, a), (layer_b, label_b, b) in itertools.combinations(drawn, 2):
        assert not overlap(a, b), f"{layer_a} {label_a!r} is drawn over {layer_b} {label_b!r}"


def test_presenter_crossing_label_leaves_out_its_local_line_only_when_too_wide():
    narrow = layers_of(presenter_deck((CROSSING,)))["crossing-label"]
    (row,) = narrow.data
    assert row["label"] == CROSSING  # "Przejście graniczne ..." alone is wider than 440 px
    wide = layers_of(presenter_deck((CROSSING,), width=1400))["crossing-label"]
    assert wide.data[0]["label"] == f"{CROSSING}\nPrzejście graniczne Kuźnica Białostocka–Bruzgi"


def layers_of(deck) -> dict:
    return {layer.id: layer for layer in deck.layers}


def test_landmark_labels_yield_to_the_crossing_label_but_keep_their_markers():
    found = layers_of(presenter_deck((CROSSING,)))
    labelled = {row["label"] for row in found["landmark-labels"].data}
    # the camp lies 0.5 km from the crossing: its label fell on the crossing's
    assert "Bruzgi migrant camp (approx.)" not in labelled
    assert "Bruzgi (approx.)" in labelled  # room for it where it was placed by hand
    assert "Bruzgi migrant camp" in {row["name"] for row in found["landmarks"].data}
    # the Map page (size unknown, normal type) keeps its hand placement
    events = make_events([{"date": "2021-11-15", "places": [CROSSING], "start": 0}])
    normal = layers_of(
        map_deck(geo.place_summary(events, places_frame([CROSSING])), view="crossing")
    )
    assert "Bruzgi migrant camp (approx.)" in {
        row["label"] for row in normal["landmark-labels"].data
    }


def active_crossing() -> dict:
    empty = geo.place_summary(make_events([]), places_frame([CROSSING]))
    return {**layers.crossing_record(empty), "event_count": 3}


def test_crossing_label_slides_inside_the_map_near_its_edge_and_is_boxed_as_drawn():
    crossing, zoom = active_crossing(), 6.0
    x, y = geo.to_pixels(crossing["lat"], crossing["lon"], zoom)
    frame = (x - 56, y - 200, x + 384, y + 220)  # the ring 56 px from the left edge
    fitted = map_labels.fit_crossing_label(crossing, zoom, large_type=True, view_box=frame)
    box = map_labels.crossing_label_box(fitted, zoom, large_type=True)
    assert inside(box, frame) and fitted["placement"]["offset"][0] > 0  # moved right
    # the layer draws it where the box says
    layer = layers.crossing_label_layer(fitted, THEMES["light"], large_type=True)
    assert layer.get_pixel_offset == fitted["placement"]["offset"]
    assert layer.data[0]["label"] == fitted["label"]
    as_sent = json.loads(pdk.Deck(layers=[layer], map_provider=None).to_json())["layers"][0]
    assert as_sent["getTextAnchor"] == fitted["placement"]["anchor"]
    assert as_sent["getAlignmentBaseline"] == fitted["placement"]["baseline"]
    # no room below the ring: above it
    low = (x - 220, y - 200, x + 220, y + 40)
    above = map_labels.fit_crossing_label(crossing, zoom, large_type=True, view_box=low)
    assert above["placement"]["baseline"] == "bottom"
    assert inside(map_labels.crossing_label_box(above, zoom, large_type=True), low)
    # normal type, or the map's size unknown: as before
    assert (
        map_labels.fit_crossing_label(crossing, zoom, large_type=False, view_box=frame) is crossing
    )
    assert map_labels.fit_crossing_label(crossing, zoom, large_type=True, view_box=None) is crossing


def test_reference_labels_move_to_the_other_side_or_go():
    zoom = 9.3
    x, y = geo.to_pixels(53.676, 23.829, zoom)
    hrodna = {"label": "Hrodna", "lat": 53.676, "lon": 23.829, "anchor": "start", "offset": [9, 0]}
    # the map ends 30 px right of Hrodna: its label moves to the left of its marker
    (kept,) = map_labels.fit_reference_labels(
        [hrodna], zoom, 20, (x - 200, y - 50, x + 30, y + 50), []
    )
    assert (kept["anchor"], kept["offset"]) == ("end", [-9, 0])
    # taken on both sides: left out
    both = [(x - 200, y - 50, x - 1, y + 50), (x + 1, y - 50, x + 200, y + 50)]
    assert (
        map_labels.fit_reference_labels(
            [hrodna], zoom, 20, (x - 400, y - 99, x + 400, y + 99), both
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "font_px", "bold", "measured_px"),
    [
        # widths measured on the presenter's screenshot (Chromium, deck.gl 9)
        ("Bruzgi (approx.)", 20, False, 143),
        ("Emergency zone 2021–22", 20, False, 231),
        ("Kuźnica–Bruzgi crossing", 21, True, 248),
    ],
)
def test_text_width_is_an_upper_bound_closer_than_a_flat_estimate(text, font_px, bold, measured_px):
    width, height = map_labels.text_size_px(text, font_px, bold=bold)
    assert measured_px <= width <= geo.text_size_px(text, font_px)[0] * 1.1
    assert width < measured_px * 1.25 and height == pytest.approx(1.25 * font_px)
    # the widest line counts; other scripts get a generous default
    assert map_labels.text_size_px("Moscow\nМосква", 20)[0] >= 6 * 0.6 * 20
