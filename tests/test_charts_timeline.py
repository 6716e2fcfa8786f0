"""charts/timeline.py: the timeline figure, inspected without a browser, and its parts
(axes, legend, height, layout) and its text alternative."""

from __future__ import annotations

import json
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import pytest

from crisis_timeline import settings
from crisis_timeline.charts import timeline_hover
from crisis_timeline.charts.layout import axis_style, sizes
from crisis_timeline.charts.palette import EVENT_TYPE_COLOURS, THEMES
from crisis_timeline.charts.timeline import (
    LEGEND_ROW_PX,
    lane_margin,
    legend_style,
    timeline_figure,
    timeline_height,
    timeline_table,
    x_axis,
    y_axis,
)
from crisis_timeline.vocab import EVENT_TYPES
from tests.event_factory import make_events

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
        fig = timeline_figure(crisis_events(), theme=theme, selected_event_id=None)
        go.Figure(fig.to_dict())  # the builder skips validation; validate here, strictly
        assert "<div" in fig.to_html(include_plotlyjs=False, full_html=False)
        assert json.loads(fig.to_json())["layout"]["template"] == {"data": {}, "layout": {}}


def test_one_marker_trace_per_event_type_with_event_ids_as_customdata():
    events = crisis_events()
    fig = timeline_figure(events)
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
    fig = timeline_figure(crisis_events())
    diplomacy, statement = traces(fig, "events")[:2]
    assert diplomacy.marker.size[0] > statement.marker.size[0]  # c1: two outlets vs one
    assert "Reported by 2 outlets" in diplomacy.hovertext[0]


def test_hover_has_date_outlet_type_sentence_reason_and_is_escaped():
    events = crisis_events()
    fig = timeline_figure(events)
    first_id = events.iloc[0]["event_id"]
    diplomacy = traces(fig, "events")[0]
    hover = diplomacy.hovertext[list(diplomacy.customdata).index(first_id)]
    assert "15 Nov 2021, evening" in hover
    assert "The Independent · Diplomacy" in hover
    assert "&lt;of tensions&gt; &amp;" in hover and "<of" not in hover
    # quotes as numeric entities (untrusted.html_text), which plotly shows as quotes
    assert "Date: weekday &#x27;Sunday&#x27; before the publication date" in hover
    assert "Dated by: expression (&#34;Sunday&#34;)" in hover
    untriggered = diplomacy.hovertext[1 - list(diplomacy.customdata).index(first_id)]
    assert "Dated by: expression<br>" in untriggered  # no trigger: nothing, not "nan"


def test_long_sentences_are_wrapped_and_truncated_in_hover():
    sentence = " ".join(["word"] * 200)  # 999 characters
    fig = timeline_figure(
        make_events([{"date": "2021-11-15", "event_type": "other", "sentence": sentence}])
    )
    hover = traces(fig, "events")[0].hovertext[0]
    assert "…" in hover and hover.count("word") < 70
    assert max(len(line) for line in hover.split("<br>")) <= timeline_hover.HOVER_WRAP_CHARS + 10


def test_background_hidden_by_default_and_shown_with_the_flag():
    events = crisis_events()
    background_id = events.loc[events["background"].astype(bool), "event_id"].iloc[0]
    hidden = timeline_figure(events)
    shown = timeline_figure(events, show_background=True)
    ids = lambda fig: {cid for t in traces(fig, "events") for cid in t.customdata}  # noqa: E731
    assert background_id not in ids(hidden) and hidden.layout.meta["hidden_background"] == 1
    assert background_id in ids(shown) and shown.layout.meta["hidden_background"] == 0
    assert "Background (before the crisis)" in traces(shown, "events")[-1].hovertext[0]


def test_weekend_and_month_events_are_drawn_as_spans_to_the_day_after_their_end():
    fig = timeline_figure(crisis_events())
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
    fig = timeline_figure(crisis_events())
    statement = next(t for t in traces(fig, "events") if t.meta["event_type"] == "statement")
    assert statement.marker.symbol == ("square-open",)
    assert "(inferred)" in statement.hovertext[0]
    others = [t for t in traces(fig, "events") if t.meta["event_type"] != "statement"]
    assert not any(symbol.endswith("-open") for t in others for symbol in t.marker.symbol)
    assert "Open marker: date inferred" in [t.name for t in traces(fig, "key")]


def test_low_confidence_also_counts_as_inferred():
    events = make_events([{"date": "2021-11-15", "event_type": "military", "confidence": 0.3}])
    marker = traces(timeline_figure(events), "events")[0]
    assert marker.marker.symbol == ("triangle-down-open",)


def test_initial_range_is_the_crisis_window_with_the_whole_span_on_the_slider():
    fig = timeline_figure(crisis_events(), show_background=True)
    xaxis = fig.layout.xaxis
    start, end = (pd.Timestamp(value) for value in xaxis.range)
    assert start == pd.Timestamp(settings.CRISIS_VIEW_START) - pd.Timedelta(hours=12)
    assert end == pd.Timestamp(settings.CRISIS_VIEW_END) + pd.Timedelta(hours=36)
    assert xaxis.rangeslider.visible is True
    slider_start, slider_end = (pd.Timestamp(value) for value in xaxis.rangeslider.range)
    assert slider_start <= pd.Timestamp("2020-08-09") and slider_end >= pd.Timestamp("2021-12-01")
    assert "all" in [button.step for button in xaxis.rangeselector.buttons]


def test_explicit_view_window_and_a_corpus_outside_the_crisis():
    fig = timeline_figure(
        crisis_events(), view_start=date(2021, 11, 14), view_end=date(2021, 11, 15)
    )
    assert pd.Timestamp(fig.layout.xaxis.range[0]) == pd.Timestamp("2021-11-13T12:00")
    later = make_events([{"date": "2022-03-02", "event_type": "other"}])
    fig = timeline_figure(later)  # nothing in the crisis window: open on the data
    assert pd.Timestamp(fig.layout.xaxis.range[0]) == pd.Timestamp("2022-03-01T12:00")


def test_lanes_sorted_and_height_grows_with_them():
    events = crisis_events()
    fig = timeline_figure(events)
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
    assert timeline_figure(many_lanes).layout.height > fig.layout.height
    # never shorter than the legend, so no event type scrolls out of sight
    all_types = make_events(
        [{"date": "2021-11-15", "event_type": t, "start": n} for n, t in enumerate(EVENT_TYPES)]
    )
    tall = timeline_figure(all_types, selected_event_id=all_types.iloc[0]["event_id"])
    entries = [t for t in tall.data if t.showlegend is not False]
    assert len(entries) == len(EVENT_TYPES) + 1  # + "Selected event"
    assert tall.layout.height >= LEGEND_ROW_PX * (len(entries) + 1) + 90


def test_cluster_lanes_use_labels_sorted_by_date():
    events = crisis_events()
    labels = {"c1": "Macron–Putin call"}
    fig = timeline_figure(events, lanes="cluster", cluster_labels=labels)
    assert list(fig.layout.yaxis.ticktext) == ["Macron–Putin call", "Not clustered"]
    via_column = timeline_figure(
        events.assign(cluster_label=events["cluster_id"].map(labels)), lanes="cluster"
    )
    assert list(via_column.layout.yaxis.ticktext) == ["Macron–Putin call", "Not clustered"]
    with pytest.raises(ValueError, match="lanes"):
        timeline_figure(events, lanes="actor")


def test_events_on_the_same_day_and_lane_do_not_overlap():
    events = make_events(
        [
            {"date": "2021-11-15", "event_type": "other", "sentence": "One.", "start": 0},
            {"date": "2021-11-15", "event_type": "other", "sentence": "Two.", "start": 10},
            {"date": "2021-11-15", "event_type": "other", "sentence": "Three.", "start": 20},
        ]
    )
    xs = traces(timeline_figure(events), "events")[0].x
    assert len(set(xs)) == 3 and all(x.startswith("2021-11-15") for x in xs)
    assert list(xs) == sorted(xs)  # text order


def test_selected_event_gets_a_ring_and_a_vertical_line():
    events = crisis_events()
    chosen = events.iloc[2]["event_id"]
    fig = timeline_figure(events, selected_event_id=chosen)
    (ring,) = traces(fig, "selected")
    assert list(ring.customdata) == [chosen] and ring.marker.symbol == "circle-open"
    assert ring is fig.data[-1]  # drawn on top
    (line,) = fig.layout.shapes
    assert line.x0 == line.x1 == ring.x[0] and line.yref == "paper"
    none = timeline_figure(events, selected_event_id="not-an-id")
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
    fig = timeline_figure(frame)
    assert not fig.data
    assert message in fig.layout.annotations[0].text


@pytest.mark.parametrize("theme", list(THEMES))
def test_theme_colours_are_applied(theme):
    colours = THEMES[theme]
    fig = timeline_figure(crisis_events(), theme=theme)
    assert fig.layout.paper_bgcolor == fig.layout.plot_bgcolor == colours["background"]
    assert fig.layout.font.color == colours["text"]
    assert fig.layout.xaxis.gridcolor == colours["grid"]
    diplomacy = traces(fig, "events")[0]
    assert diplomacy.marker.color == EVENT_TYPE_COLOURS[theme]["diplomacy"]
    assert diplomacy.marker.opacity == 1  # plotly's bubble default (0.7) would fade it
    assert fig.layout.xaxis.rangeselector.font.color == colours["text"]


def test_large_type_for_presenters():
    normal = timeline_figure(crisis_events())
    large = timeline_figure(crisis_events(), large_type=True)
    assert large.layout.font.size >= 20 and large.layout.xaxis.tickfont.size >= 20
    assert large.layout.hoverlabel.font.size >= 20
    assert min(traces(large, "events")[1].marker.size) > min(
        traces(normal, "events")[1].marker.size
    )


def test_timeline_table_is_the_text_alternative_in_display_order():
    events = crisis_events()
    table = timeline_table(events)
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
    assert len(timeline_table(events, show_background=False)) == len(events) - 1
    assert timeline_table(make_events([])).empty


# ---- parts: axes, legend, size --------------------------------------------------------------

LIGHT = THEMES["light"]
WINDOW = [pd.Timestamp("2021-11-07T12:00"), pd.Timestamp("2021-11-21T12:00")]


@pytest.mark.parametrize(
    ("extent", "slider"),
    [
        (WINDOW, ["2021-11-07T12:00:00", "2021-11-21T12:00:00"]),
        (  # data beyond the window on both sides: the slider reaches it
            [pd.Timestamp("2020-08-08T12:00"), pd.Timestamp("2021-12-01T12:00")],
            ["2020-08-08T12:00:00", "2021-12-01T12:00:00"],
        ),
        (  # data inside the window: the slider still covers the window
            [pd.Timestamp("2021-11-14T12:00"), pd.Timestamp("2021-11-15T12:00")],
            ["2021-11-07T12:00:00", "2021-11-21T12:00:00"],
        ),
    ],
)
def test_x_axis_opens_on_the_window_and_slides_over_window_and_data(extent, slider):
    axis = x_axis(axis_style(LIGHT, 13), WINDOW, extent, LIGHT, 13, range_slider=True)
    assert axis["range"] == ["2021-11-07T12:00:00", "2021-11-21T12:00:00"]
    assert axis["rangeslider"]["range"] == slider and axis["rangeslider"]["visible"]
    assert axis["gridcolor"] == LIGHT["grid"]  # the base axis is kept
    assert [b["label"] for b in axis["rangeselector"]["buttons"]] == ["1w", "1m", "All"]
    compact = x_axis({}, WINDOW, extent, LIGHT, 13, range_slider=False)
    assert "rangeselector" not in compact and compact["rangeslider"]["visible"] is False


@pytest.mark.parametrize(
    ("lanes", "tickvals", "axis_range"),
    [(["A"], [0], [0.5, -0.5]), (["A", "B", "C"], [0, 1, 2], [2.5, -0.5]), ([], [], [-0.5, -0.5])],
)
def test_y_axis_numbers_the_lanes_first_at_the_top(lanes, tickvals, axis_range):
    axis = y_axis(axis_style(LIGHT, 13), lanes)
    assert axis["tickvals"] == tickvals and axis["ticktext"] == lanes
    assert axis["range"] == axis_range and axis["fixedrange"] and not axis["automargin"]
    go.layout.YAxis(axis)  # valid plotly


def test_legend_style_titles_the_event_types():
    legend = legend_style({"font": {"size": 13}}, THEMES["dark"], 13)
    assert legend["title"]["text"] == "Event type" and legend["font"] == {"size": 13}
    assert legend["bgcolor"] == "rgba(18,20,23,0)"  # see-through, in the dark background


@pytest.mark.parametrize(
    ("lanes", "font", "margin"),
    [([], 13, 16), (["RFI"], 13, int(16 + 0.6 * 13 * 3)), (["France 24", "RFI"], 20, 124)],
)
def test_lane_margin_fits_the_longest_lane_name(lanes, font, margin):
    assert lane_margin(lanes, font) == margin


@pytest.mark.parametrize(
    ("entries", "lanes", "large_type", "legend", "height"),
    [
        (2, 1, False, True, 40 + 30 * 3 + 90),  # the legend (2 entries + title) is taller
        (2, 1, False, False, 170 + 40),  # without the legend only the lanes count
        (12, 1, False, True, 40 + 30 * 13 + 90),
        (12, 1, False, False, 170 + 40),
        (2, 10, True, True, 170 + 64 * 10 + 60),  # ten presenter lanes, taller than the legend
    ],
)
def test_timeline_height_fits_lanes_and_the_legend(entries, lanes, large_type, legend, height):
    shown = [{"name": f"t{n}"} for n in range(entries)]
    hidden = [{"name": "span", "showlegend": False}]  # not a legend entry
    style = sizes(large_type)
    got = timeline_height(
        shown + hidden, ["l"] * lanes, style, large_type=large_type, legend=legend
    )
    assert got == height


@pytest.mark.parametrize("lanes", ["outlet", "cluster"])
def test_hostile_lane_names_reach_the_tick_labels_escaped(lanes):
    hostile = '<a href="https://evil.example">RFI</a><span style="font-size:80px">!</span>'
    events = make_events(
        [{"outlet": hostile, "date": "2021-11-15", "cluster_id": "c1", "start": 0}]
    )
    fig = timeline_figure(events, lanes=lanes, cluster_labels={"c1": hostile})
    ticks = list(fig.layout.yaxis.ticktext)
    assert ticks and all("<" not in tick for tick in ticks), ticks
    assert any(t.startswith("&lt;a") for t in ticks), ticks  # story lanes are shortened
    assert "<a href" not in fig.to_json() and "<span style" not in fig.to_json()
