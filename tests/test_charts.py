"""Figure builders, inspected without a browser: palette contrast, timeline, outlets, map."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
import pytest

from crisis_timeline import charts, geo, settings
from crisis_timeline.palette import (
    EVENT_TYPE_COLOURS,
    EVENT_TYPE_SYMBOLS,
    MIN_GRAPHIC_CONTRAST,
    MIN_TEXT_CONTRAST,
    THEMES,
    contrast,
    event_symbol,
)
from crisis_timeline.vocab import EVENT_TYPES
from tests.event_factory import make_events

# ---- palette --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("colour_a", "colour_b", "expected"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),  # symmetric
        ("#777777", "#777777", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the classic "lightest AA grey on white"
        ("#0072B2", "#FFFFFF", 5.19),
    ],
)
def test_contrast_matches_wcag_examples(colour_a, colour_b, expected):
    assert contrast(colour_a, colour_b) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_event_type_has_a_colour_meeting_graphic_contrast(theme):
    colours = EVENT_TYPE_COLOURS[theme]
    assert set(colours) == set(EVENT_TYPES)
    background = THEMES[theme]["background"]
    too_faint = {t: round(contrast(c, background), 2) for t, c in colours.items()}
    assert all(ratio >= MIN_GRAPHIC_CONTRAST for ratio in too_faint.values()), too_faint
    assert len(set(colours.values())) == len(colours)  # no two types share a colour


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize(
    ("foreground", "background", "minimum"),
    [
        ("text", "background", MIN_TEXT_CONTRAST),
        ("muted", "background", MIN_TEXT_CONTRAST),
        ("text", "tooltip_background", MIN_TEXT_CONTRAST),
        ("text", "button", MIN_TEXT_CONTRAST),
        ("text", "land", MIN_TEXT_CONTRAST),  # map labels sit on land
        ("crossing", "background", MIN_TEXT_CONTRAST),  # the crossing's label colour
        ("crossing", "land", MIN_TEXT_CONTRAST),
        ("border", "land", MIN_GRAPHIC_CONTRAST),
        ("place", "land", MIN_GRAPHIC_CONTRAST),
        ("highlight", "land", MIN_GRAPHIC_CONTRAST),
        ("place", "background", MIN_GRAPHIC_CONTRAST),  # coverage cells
    ],
)
def test_theme_colours_meet_wcag_aa(theme, foreground, background, minimum):
    colours = THEMES[theme]
    assert contrast(colours[foreground], colours[background]) >= minimum


def test_each_event_type_has_its_own_valid_plotly_symbol():
    assert set(EVENT_TYPE_SYMBOLS) == set(EVENT_TYPES)
    assert len(set(EVENT_TYPE_SYMBOLS.values())) == len(EVENT_TYPES)
    symbols = [event_symbol(t, open_marker=o) for t in EVENT_TYPES for o in (False, True)]
    go.Scatter(marker={"symbol": symbols})  # raises on a symbol plotly does not know


# ---- timeline -------------------------------------------------------------------------------

REASON = "weekday 'Sunday' before the publication date (Monday 15 November 2021)"


def crisis_events():
    """Two outlets, four event types, one weekend, one month, one inferred, one background."""
    return make_events(
        [
            {
                "outlet": "The Independent",
                "date": "2021-11-15",
                "event_type": "diplomacy",
                "sentence": "Macron and Putin called for a de-escalation <of tensions> & more.",
                "date_reason": REASON,
                "trigger": "Sunday",
                "cluster_id": "c1",
                "time_of_day": "evening",
                "start": 10,
            },
            {
                "outlet": "France 24",
                "date": "2021-11-14",
                "event_type": "diplomacy",
                "sentence": "The call was on Sunday.",
                "cluster_id": "c1",
                "start": 20,
            },
            {
                "outlet": "France 24",
                "date": "2021-11-13",
                "date_end": "2021-11-14",
                "precision": "weekend",
                "event_type": "clash",
                "sentence": "Over the weekend migrants clashed with guards.",
                "start": 30,
            },
            {
                "outlet": "The Independent",
                "date": "2021-11-01",
                "date_end": "2021-11-30",
                "precision": "month",
                "event_type": "humanitarian",
                "sentence": "In November the camps grew.",
                "start": 40,
            },
            {
                "outlet": "Unattributed (fr) · 004",
                "date": "2021-11-16",
                "event_type": "statement",
                "sentence": "Le ministre a déclaré que la frontière restait fermée.",
                "dated_by": "publication",
                "published": "2021-11-16",
                "published_basis": "inferred",
                "start": 50,
            },
            {
                "outlet": "The Independent",
                "date": "2020-08-09",
                "event_type": "other",
                "sentence": "Lukashenko claimed victory in the August 2020 election.",
                "background": True,
                "start": 60,
            },
        ]
    )


def traces(fig, role):
    return [trace for trace in fig.data if (trace.meta or {}).get("role") == role]


def test_timeline_is_valid_plotly_and_serialises():
    for theme in THEMES:
        fig = charts.timeline_figure(crisis_events(), theme=theme, selected_event_id=None)
        go.Figure(fig.to_dict())  # the builder skips validation; validate here, strictly
        assert "<div" in fig.to_html(include_plotlyjs=False, full_html=False)
        assert json.loads(fig.to_json())["layout"]["template"] == {"data": {}, "layout": {}}


def test_one_marker_trace_per_event_type_with_event_ids_as_customdata():
    events = crisis_events()
    fig = charts.timeline_figure(events)
    markers = traces(fig, "events")
    assert [t.meta["event_type"] for t in markers] == [
        "diplomacy",
        "statement",
        "clash",
        "humanitarian",
    ]  # vocabulary order; the background "other" event is hidden
    assert sorted(cid for t in markers for cid in t.customdata) == sorted(
        events.loc[~events["background"].astype(bool), "event_id"]
    )
    diplomacy = markers[0]
    assert diplomacy.name == "Diplomacy" and diplomacy.showlegend is not False
    assert diplomacy.marker.symbol == ("circle", "circle")


def test_marker_size_grows_with_outlets_reporting_the_cluster():
    fig = charts.timeline_figure(crisis_events())
    diplomacy, statement = traces(fig, "events")[:2]
    assert diplomacy.marker.size[0] > statement.marker.size[0]  # c1: two outlets vs one
    assert "Reported by 2 outlets" in diplomacy.hovertext[0]


def test_hover_has_date_outlet_type_sentence_reason_and_is_escaped():
    events = crisis_events()
    fig = charts.timeline_figure(events)
    first_id = events.iloc[0]["event_id"]
    diplomacy = traces(fig, "events")[0]
    hover = diplomacy.hovertext[list(diplomacy.customdata).index(first_id)]
    assert "15 Nov 2021, evening" in hover
    assert "The Independent · Diplomacy" in hover
    assert "&lt;of tensions&gt; &amp;" in hover and "<of" not in hover
    assert "Date: weekday 'Sunday' before the publication date" in hover
    assert 'Dated by: expression ("Sunday")' in hover
    untriggered = diplomacy.hovertext[1 - list(diplomacy.customdata).index(first_id)]
    assert "Dated by: expression<br>" in untriggered  # no trigger: nothing, not "nan"


def test_long_sentences_are_wrapped_and_truncated_in_hover():
    sentence = " ".join(["word"] * 200)  # 999 characters
    fig = charts.timeline_figure(
        make_events([{"date": "2021-11-15", "event_type": "other", "sentence": sentence}])
    )
    hover = traces(fig, "events")[0].hovertext[0]
    assert "…" in hover and hover.count("word") < 70
    assert max(len(line) for line in hover.split("<br>")) <= charts.HOVER_WRAP_CHARS + 10


def test_background_hidden_by_default_and_shown_with_the_flag():
    events = crisis_events()
    background_id = events.loc[events["background"].astype(bool), "event_id"].iloc[0]
    hidden = charts.timeline_figure(events)
    shown = charts.timeline_figure(events, show_background=True)
    ids = lambda fig: {cid for t in traces(fig, "events") for cid in t.customdata}  # noqa: E731
    assert background_id not in ids(hidden) and hidden.layout.meta["hidden_background"] == 1
    assert background_id in ids(shown) and shown.layout.meta["hidden_background"] == 0
    assert "Background (before the crisis)" in traces(shown, "events")[-1].hovertext[0]


def test_weekend_and_month_events_are_drawn_as_spans_to_the_day_after_their_end():
    fig = charts.timeline_figure(crisis_events())
    spans = {t.meta["event_type"]: t for t in traces(fig, "span")}
    assert set(spans) == {"clash", "humanitarian"}  # day events get no span
    weekend = spans["clash"]
    assert list(weekend.x) == ["2021-11-13T00:00:00", "2021-11-15T00:00:00", None]
    lane = list(fig.layout.yaxis.ticktext).index("France 24")
    assert list(weekend.y) == [lane, lane, None]
    assert weekend.mode == "lines" and weekend.line.width >= 8 and weekend.hoverinfo == "skip"
    assert list(spans["humanitarian"].x[:2]) == ["2021-11-01T00:00:00", "2021-12-01T00:00:00"]
    # the marker sits on the first day, and the hover says what the span is
    clash_marker = next(t for t in traces(fig, "events") if t.meta["event_type"] == "clash")
    assert clash_marker.x[0].startswith("2021-11-13")
    assert "13–14 Nov 2021 (weekend)" in clash_marker.hovertext[0]


def test_inferred_dates_get_the_open_symbol_and_say_so():
    fig = charts.timeline_figure(crisis_events())
    statement = next(t for t in traces(fig, "events") if t.meta["event_type"] == "statement")
    assert statement.marker.symbol == ("square-open",)
    assert "(inferred)" in statement.hovertext[0]
    others = [t for t in traces(fig, "events") if t.meta["event_type"] != "statement"]
    assert not any(symbol.endswith("-open") for t in others for symbol in t.marker.symbol)
    assert "Open marker: date inferred" in [t.name for t in traces(fig, "key")]


def test_low_confidence_also_counts_as_inferred():
    events = make_events([{"date": "2021-11-15", "event_type": "military", "confidence": 0.3}])
    marker = traces(charts.timeline_figure(events), "events")[0]
    assert marker.marker.symbol == ("triangle-down-open",)


def test_initial_range_is_the_crisis_window_with_the_whole_span_on_the_slider():
    fig = charts.timeline_figure(crisis_events(), show_background=True)
    xaxis = fig.layout.xaxis
    start, end = (pd.Timestamp(value) for value in xaxis.range)
    assert start == pd.Timestamp(settings.CRISIS_VIEW_START) - pd.Timedelta(hours=12)
    assert end == pd.Timestamp(settings.CRISIS_VIEW_END) + pd.Timedelta(hours=36)
    assert xaxis.rangeslider.visible is True
    slider_start, slider_end = (pd.Timestamp(value) for value in xaxis.rangeslider.range)
    assert slider_start <= pd.Timestamp("2020-08-09") and slider_end >= pd.Timestamp("2021-12-01")
    assert "all" in [button.step for button in xaxis.rangeselector.buttons]


def test_explicit_view_window_and_a_corpus_outside_the_crisis():
    fig = charts.timeline_figure(
        crisis_events(), view_start=date(2021, 11, 14), view_end=date(2021, 11, 15)
    )
    assert pd.Timestamp(fig.layout.xaxis.range[0]) == pd.Timestamp("2021-11-13T12:00")
    later = make_events([{"date": "2022-03-02", "event_type": "other"}])
    fig = charts.timeline_figure(later)  # nothing in the crisis window: open on the data
    assert pd.Timestamp(fig.layout.xaxis.range[0]) == pd.Timestamp("2022-03-01T12:00")


def test_lanes_sorted_and_height_grows_with_them():
    events = crisis_events()
    fig = charts.timeline_figure(events)
    assert list(fig.layout.yaxis.ticktext) == [
        "France 24",
        "The Independent",
        "Unattributed (fr) · 004",
    ]
    assert list(fig.layout.yaxis.tickvals) == [0, 1, 2]
    assert list(fig.layout.yaxis.range) == [2.5, -0.5]  # first lane at the top
    many_lanes = make_events(
        [{"outlet": f"Outlet {n:02d}", "date": "2021-11-15", "start": n} for n in range(12)]
    )
    assert charts.timeline_figure(many_lanes).layout.height > fig.layout.height
    # never shorter than the legend, so no event type scrolls out of sight
    all_types = make_events(
        [{"date": "2021-11-15", "event_type": t, "start": n} for n, t in enumerate(EVENT_TYPES)]
    )
    tall = charts.timeline_figure(all_types, selected_event_id=all_types.iloc[0]["event_id"])
    entries = [t for t in tall.data if t.showlegend is not False]
    assert len(entries) == len(EVENT_TYPES) + 1  # + "Selected event"
    assert tall.layout.height >= charts.LEGEND_ROW_PX * (len(entries) + 1) + 90


def test_cluster_lanes_use_labels_sorted_by_date():
    events = crisis_events()
    labels = {"c1": "Macron–Putin call"}
    fig = charts.timeline_figure(events, lanes="cluster", cluster_labels=labels)
    assert list(fig.layout.yaxis.ticktext) == ["Macron–Putin call", "Not clustered"]
    via_column = charts.timeline_figure(
        events.assign(cluster_label=events["cluster_id"].map(labels)), lanes="cluster"
    )
    assert list(via_column.layout.yaxis.ticktext) == ["Macron–Putin call", "Not clustered"]
    with pytest.raises(ValueError, match="lanes"):
        charts.timeline_figure(events, lanes="actor")


def test_events_on_the_same_day_and_lane_do_not_overlap():
    events = make_events(
        [
            {"date": "2021-11-15", "event_type": "other", "sentence": "One.", "start": 0},
            {"date": "2021-11-15", "event_type": "other", "sentence": "Two.", "start": 10},
            {"date": "2021-11-15", "event_type": "other", "sentence": "Three.", "start": 20},
        ]
    )
    xs = traces(charts.timeline_figure(events), "events")[0].x
    assert len(set(xs)) == 3 and all(x.startswith("2021-11-15") for x in xs)
    assert list(xs) == sorted(xs)  # text order


def test_selected_event_gets_a_ring_and_a_vertical_line():
    events = crisis_events()
    chosen = events.iloc[2]["event_id"]
    fig = charts.timeline_figure(events, selected_event_id=chosen)
    (ring,) = traces(fig, "selected")
    assert list(ring.customdata) == [chosen] and ring.marker.symbol == "circle-open"
    assert ring is fig.data[-1]  # drawn on top
    (line,) = fig.layout.shapes
    assert line.x0 == line.x1 == ring.x[0] and line.yref == "paper"
    none = charts.timeline_figure(events, selected_event_id="not-an-id")
    assert not traces(none, "selected") and not none.layout.shapes


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (make_events([]), "No events match the filters"),
        (
            make_events([{"date": "2020-08-09", "background": True}]),
            "Only background events match",
        ),
        (make_events([{"date": None}]), "no date"),
    ],
)
def test_empty_states_explain_themselves(frame, message):
    fig = charts.timeline_figure(frame)
    assert not fig.data
    assert message in fig.layout.annotations[0].text


@pytest.mark.parametrize("theme", list(THEMES))
def test_theme_colours_are_applied(theme):
    colours = THEMES[theme]
    fig = charts.timeline_figure(crisis_events(), theme=theme)
    assert fig.layout.paper_bgcolor == fig.layout.plot_bgcolor == colours["background"]
    assert fig.layout.font.color == colours["text"]
    assert fig.layout.xaxis.gridcolor == colours["grid"]
    diplomacy = traces(fig, "events")[0]
    assert diplomacy.marker.color == EVENT_TYPE_COLOURS[theme]["diplomacy"]
    assert diplomacy.marker.opacity == 1  # plotly's bubble default (0.7) would fade it
    assert fig.layout.xaxis.rangeselector.font.color == colours["text"]


def test_large_type_for_presenters():
    normal = charts.timeline_figure(crisis_events())
    large = charts.timeline_figure(crisis_events(), large_type=True)
    assert large.layout.font.size >= 20 and large.layout.xaxis.tickfont.size >= 20
    assert large.layout.hoverlabel.font.size >= 20
    assert min(traces(large, "events")[1].marker.size) > min(
        traces(normal, "events")[1].marker.size
    )


def test_timeline_table_is_the_text_alternative_in_display_order():
    events = crisis_events()
    table = charts.timeline_table(events)
    assert list(table.columns) == [
        "event_id",
        "Date",
        "Outlet",
        "Event type",
        "Sentence",
        "How dated",
    ]
    assert table["Date"].tolist()[:3] == [
        "9 Aug 2020",
        "November 2021 (month)",
        "13–14 Nov 2021 (weekend)",
    ]
    assert table.iloc[-1]["Date"] == "16 Nov 2021 (inferred)"
    assert REASON in table["How dated"].tolist()
    assert len(charts.timeline_table(events, show_background=False)) == len(events) - 1
    assert charts.timeline_table(make_events([])).empty


# ---- outlets --------------------------------------------------------------------------------


def test_coverage_matrix_counts_events_per_cluster_and_outlet():
    events = make_events(
        [
            {"outlet": "A", "date": "2021-11-15", "cluster_id": "late", "start": 0},
            {"outlet": "A", "date": "2021-11-15", "cluster_id": "late", "start": 5},
            {"outlet": "B", "date": "2021-11-16", "cluster_id": "late", "start": 0},
            {"outlet": "B", "date": "2021-11-10", "cluster_id": "early", "start": 9},
            {"outlet": "C", "date": "2021-11-12", "start": 0},  # no cluster: left out
        ]
    )
    matrix = charts.coverage_matrix(events, {"late": "Camp cleared"})
    assert list(matrix.columns) == ["A", "B"]
    assert list(matrix.index) == ["10 Nov 2021 · early", "15 Nov 2021 · Camp cleared"]
    assert matrix.to_numpy().tolist() == [[0, 1], [2, 1]]
    assert matrix.attrs["cluster_ids"] == ["early", "late"]
    fig = charts.coverage_matrix_figure(matrix, theme="dark")
    go.Figure(fig.to_dict())
    (heatmap,) = fig.data
    assert [list(row) for row in heatmap.text] == [
        ["–", "1"],
        ["2", "1"],
    ]  # numbers written, not colour alone
    assert heatmap.customdata[1][0] == "late"
    assert fig.layout.paper_bgcolor == THEMES["dark"]["background"]
    assert fig.layout.xaxis.tickangle == -30  # two names: a gentle slant


def test_many_coverage_columns_slant_their_names_steeply_enough_to_part():
    events = make_events(
        [
            {"outlet": f"Outlet {n:02d}", "date": "2021-11-15", "cluster_id": "c", "start": n}
            for n in range(charts.COVERAGE_GENTLE_SLANT_UP_TO + 1)
        ]
    )
    fig = charts.coverage_matrix_figure(charts.coverage_matrix(events))
    assert fig.layout.xaxis.tickangle == -60


def test_coverage_matrix_without_clusters_is_an_explained_empty_figure():
    matrix = charts.coverage_matrix(make_events([{"date": "2021-11-15"}]))
    assert matrix.empty
    fig = charts.coverage_matrix_figure(matrix)
    assert "No clustered events" in fig.layout.annotations[0].text


def test_outlet_lag_figure_has_a_labelled_panel_per_metric():
    profiles = pd.DataFrame(
        {
            "outlet": ["RFI", "France 24"],
            "events": [12, 7],
            "exclusive": [3, 0],
            "median_lag_days": [1.5, None],
        }
    )
    fig = charts.outlet_lag_figure(profiles, theme="dark")
    go.Figure(fig.to_dict())
    assert [t.meta["metric"] for t in fig.data] == ["events", "exclusive", "median_lag_days"]
    assert list(fig.data[0].y) == ["France 24", "RFI"]
    assert list(fig.data[2].text) == ["n/a", "1.5"]
    assert [a.text for a in fig.layout.annotations][0] == "Events"
    assert "No outlets" in charts.outlet_lag_figure(profiles[:0]).layout.annotations[0].text


# ---- map ------------------------------------------------------------------------------------

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
    offline = json.loads(charts.map_deck(summary).to_json())
    assert "mapProvider" not in offline
    # Streamlit 1.67 fetches a Carto style when mapStyle is absent; this sentinel means none
    assert offline["mapStyle"] == "__MAP_STYLE__"
    assert "http" not in json.dumps(offline)
    online = charts.map_deck(summary, basemap=True, theme="dark")
    assert online.map_provider == "carto" and "dark" in online.map_style


def test_region_view_layers_and_labels():
    summary = geo.place_summary(map_events(), PLACES)
    deck = charts.map_deck(summary, view="region")
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
    layers = deck_layers(charts.map_deck(empty, view="crossing"))
    (crossing,) = layers["crossing"].data
    assert (crossing["lat"], crossing["lon"]) == (geo.CROSSING.lat, geo.CROSSING.lon)
    assert crossing["event_count"] == 0
    assert layers["crossing-label"].data[0]["label"].startswith("Bruzgi–Kuźnica crossing")


def test_crossing_uses_the_places_row_when_the_events_mention_it():
    summary = geo.place_summary(map_events(), PLACES)
    (crossing,) = deck_layers(charts.map_deck(summary))["crossing"].data
    assert crossing["name"] == "Kuźnica–Bruzgi crossing" and crossing["event_count"] == 1


def test_crossing_view_adds_the_precise_border_near_the_crossing_only():
    summary = geo.place_summary(map_events(), PLACES)
    deck = charts.map_deck(summary, view="crossing")
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
    crossing, region = charts.VIEWS["crossing"], charts.VIEWS["region"]
    assert crossing.latitude == pytest.approx(53.56, abs=0.05)
    assert crossing.longitude == pytest.approx(23.66, abs=0.05)
    assert 10.5 <= crossing.zoom <= 12
    assert region.latitude == pytest.approx(55.0, abs=0.6) and 4 <= region.zoom <= 5
    # the crossing view shows both Kuźnica and the crossing (deck.gl: 512 px world at zoom 0)
    for lat in (53.511, 53.587):
        _, y = geo.to_pixels(lat, 23.64, crossing.zoom)
        _, centre_y = geo.to_pixels(crossing.latitude, crossing.longitude, crossing.zoom)
        assert abs(y - centre_y) < 260  # inside a 520 px tall map
    fly = charts.view_for_place(53.676, 23.829)
    assert (fly.latitude, fly.longitude, fly.zoom) == (53.676, 23.829, charts.PLACE_ZOOM)
    assert (
        json.loads(pdk.Deck(initial_view_state=fly).to_json())["initialViewState"][
            "transitionDuration"
        ]
        > 0
    )
    deck = charts.map_deck(geo.place_summary(map_events(), PLACES), view=fly)
    assert deck.initial_view_state.latitude == 53.676
    with pytest.raises(ValueError, match="unknown map view"):
        charts.map_deck(geo.place_summary(map_events(), PLACES), view="world")


def test_selected_place_is_highlighted():
    events = map_events()
    summary = geo.place_summary(events, PLACES, selected_event_id=events.iloc[1]["event_id"])
    layers = deck_layers(charts.map_deck(summary))
    (ring,) = layers["selected-place"].data
    assert (ring["lat"], ring["lon"]) == (53.676, 23.829)
    by_name = deck_layers(charts.map_deck(summary, selected_place="Vilnius"))
    assert by_name["selected-place"].data[0]["lon"] == 25.28


def test_tooltip_names_the_place_in_both_spellings_and_lists_events():
    summary = geo.place_summary(map_events(), PLACES)
    deck = charts.map_deck(summary, theme="dark")
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
    layers = deck_layers(charts.map_deck(geo.place_summary(events, PLACES)))
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
    spec = json.loads(charts.map_deck(geo.place_summary(map_events(), PLACES)).to_json())
    labels = next(layer for layer in spec["layers"] if layer["id"] == "place-labels")
    assert labels["characterSet"] == "auto"  # not "@@=auto", an expression deck.gl can't read
    assert labels["getTextAnchor"] == "start"
    assert labels["getText"] == "@@=label"


@pytest.mark.parametrize(("view", "limit_bytes"), [("region", 1_500_000), ("crossing", 600_000)])
def test_deck_json_stays_light(view, limit_bytes):
    summary = geo.place_summary(map_events(), PLACES)
    assert len(charts.map_deck(summary, view=view).to_json()) < limit_bytes


def test_crowded_labels_are_thinned_at_region_scale_but_not_at_the_crossing():
    events = map_events()
    region = deck_layers(charts.map_deck(geo.place_summary(events, PLACES), view="region"))
    crossing = deck_layers(charts.map_deck(geo.place_summary(events, PLACES), view="crossing"))
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
    deck = charts.map_deck(summary, view="region", large_type=large_type)
    layers = deck_layers(deck)
    low, high = charts.PLACE_RADIUS_PX[large_type]
    offsets = {r["label"].split("\n")[0]: r["offset"][0] for r in layers["place-labels"].data}
    assert offsets["Grodno"] == round(high + charts.LABEL_GAP_PX)  # a clamped, largest marker
    assert high > offsets["Vilnius"] > low  # one event: a small marker, a label close to it
    assert layers["place-labels"].get_pixel_offset == "@@=offset"  # read per label
