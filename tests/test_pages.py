"""AppTest for every page: runs from the entry point, no exception, shows the seeds' data,
and widgets change counts and the URL."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")

PAGES = [
    "pages/overview.py",
    "pages/timeline.py",
    "pages/map.py",
    "pages/outlets.py",
    "pages/articles.py",
    "pages/present.py",
]


def _app(query: dict | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at


def _text(at: AppTest) -> str:
    parts = (
        [m.value for m in at.markdown] + [c.value for c in at.caption] + [t.value for t in at.title]
    )
    parts += (
        [h.value for h in at.subheader] + [i.value for i in at.info] + [e.value for e in at.error]
    )
    return "\n".join(str(p) for p in parts)


def _param(at: AppTest, key: str) -> list[str]:
    value = at.query_params.get(key, [])
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _no_errors(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_exception(app_env, page):
    at = _app().run()
    _no_errors(at)
    at.switch_page(page).run()
    _no_errors(at)


def test_overview_lists_the_five_seed_articles_honestly(app_env):
    at = _app().run()
    _no_errors(at)
    assert at.title[0].value == "Belarus–EU border crisis, 2021"
    assert at.caption[0].value.startswith("Crisis Timeline")
    articles = at.dataframe[0].value
    assert len(articles) == 5
    sources = set(articles["Source"])
    assert {
        "The Independent",
        "France 24",
        "RFI",
        "Unattributed (fr) · 003",
        "Unattributed (fr) · 004",
    } == sources
    row = articles[articles["Source"] == "Unattributed (fr) · 004"].iloc[0]
    assert row["Date basis"] == "inferred" and "15 Nov 2021" in row["Published"]
    assert at.metric[0].value == "5"
    # the span fits its column: days in the value, the year in the label
    assert at.metric[4].label == "Span, 2021"
    assert at.metric[4].value == "10 Nov–14 Dec"


def test_outlet_filter_changes_counts_and_url(app_env):
    at = _app().run()
    total = int(at.metric[1].value)
    at.switch_page("pages/timeline.py").run()
    at.multiselect(key="timeline_outlets").set_value(["RFI"]).run()
    _no_errors(at)
    assert _param(at, "outlet") == ["RFI"]
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert spec["layout"]["yaxis"]["ticktext"] == ["RFI"]  # one lane
    drawn = {round(y) for trace in spec["data"] for y in (trace.get("y") or []) if y is not None}
    assert drawn == {0}
    table = at.dataframe[0].value
    assert 0 < len(table) < total


def test_deep_link_restores_filters_and_selected_event(app_env, seed_store):
    from crisis_timeline.store import read_events

    events = read_events(seed_store)
    call = events[
        (events["outlet"] == "RFI") & events["sentence"].str.contains("one hour and 45 minutes")
    ].iloc[0]
    at = _app({"outlet": ["RFI"], "event": call["event_id"]}).run()
    at.switch_page("pages/timeline.py").run()
    _no_errors(at)
    assert at.multiselect(key="timeline_outlets").value == ["RFI"]
    assert "one hour and 45 minutes" in _text(at)
    assert _param(at, "event") == [call["event_id"]]


def test_a_narrowed_date_filter_sets_the_timeline_zoom(app_env):
    # The default zoom is the crisis window (8-20 Nov); a link asking for December must open
    # on December, not on an empty November.
    at = _app({"from": "2021-12-01", "to": "2021-12-31"}).run()
    at.switch_page("pages/timeline.py").run()
    _no_errors(at)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    start, end = spec["layout"]["xaxis"]["range"]
    # the end is the filter's, or the data's last day when the seeds stop before it
    assert start.startswith("2021-11-30")
    assert "2021-12-14" <= end[:10] <= "2022-01-01"


def test_filters_that_match_nothing_explain_themselves(app_env):
    at = _app({"q": "no such words anywhere"}).run()
    at.switch_page("pages/timeline.py").run()
    _no_errors(at)
    assert any("No events match the filters" in i.value for i in at.info)


def test_background_toggle_shows_background_events(app_env):
    at = _app().run()
    at.switch_page("pages/timeline.py").run()
    hidden = len(at.dataframe[0].value)
    at.toggle(key="timeline_background").set_value(True).run()
    _no_errors(at)
    assert len(at.dataframe[0].value) > hidden
    assert _param(at, "background") == ["1"]


def test_map_draws_outlines_places_and_switches_view(app_env):
    at = _app().run()
    at.switch_page("pages/map.py").run()
    _no_errors(at)
    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    assert deck.get("mapProvider") in (None, "") or "mapProvider" not in deck
    layer_types = [layer["@@type"] for layer in deck["layers"]]
    assert "GeoJsonLayer" in layer_types and "ScatterplotLayer" in layer_types
    region_zoom = deck["initialViewState"]["zoom"]
    at.segmented_control(key="map_view").set_value("crossing").run()
    _no_errors(at)
    crossing = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    assert crossing["initialViewState"]["zoom"] > region_zoom
    assert _param(at, "view") == ["crossing"]
    places = at.dataframe[0].value
    assert "Bruzgi–Kuźnica crossing" in set(places["Place"]) or len(places) > 0


def test_overview_headline_counts_named_outlets_and_shared_stories(app_env):
    # Issue 20: "Outlets" counted unattributed files; "Stories across outlets" counted
    # every story, also those only one outlet reports.
    from crisis_timeline.store import read_articles, read_events

    events = read_events(app_env)
    named = events.dropna(subset=["outlet", "cluster_id"])
    shared = (named.groupby("cluster_id")["outlet"].nunique() >= 2).sum()
    outlets = {a.outlet for a in read_articles(app_env) if a.outlet}
    at = _app().run()
    _no_errors(at)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Outlets"] == str(len(outlets)) and len(outlets) < 5
    assert metrics["Shared stories"] == str(shared)
    assert 0 < shared < events["cluster_id"].nunique()


def test_map_with_a_selected_event_and_a_search_that_finds_nothing(app_env):
    # Issue 20: /map?q=zzz with a selected event sorted an empty frame (KeyError: 'date').
    from crisis_timeline.store import read_events

    events = read_events(app_env)
    event_id = events[events["places"].map(len) > 0].iloc[0]["event_id"]
    at = _app({"q": "zzz", "event": event_id}).run()
    at.switch_page("pages/map.py").run()
    _no_errors(at)
    at.segmented_control(key="map_view").set_value("crossing").run()
    _no_errors(at)


def test_outlets_page_shows_the_duration_disagreement(app_env):
    at = _app().run()
    at.switch_page("pages/outlets.py").run()
    _no_errors(at)
    text = _text(at)
    assert "almost two hours" in text and "one hour and 45 minutes" in text
    profiles = at.dataframe[-1].value if len(at.dataframe) else None
    assert profiles is not None


def test_articles_reader_marks_dates_with_reasons(app_env):
    at = _app({"article": "000_655bb99b2924ade9"}).run()
    at.switch_page("pages/articles.py").run()
    _no_errors(at)
    html = "".join(str(h.proto.body) for h in at.get("html"))
    assert 'class="ct-date"' in html and "ct-furniture" in html
    reasons = at.dataframe[0].value
    assert "Thursday" in " ".join(reasons["Reason"]) or "2021-11-18" in set(reasons["Value"])
    at.toggle(key="articles_furniture").set_value(False).run()
    html_hidden = "".join(str(h.proto.body) for h in at.get("html"))
    assert "Register for free to continue reading" not in html_hidden


def test_present_steps_forward_and_back_and_keeps_step_in_url(app_env):
    at = _app().run()
    at.switch_page("pages/present.py").run()
    _no_errors(at)
    assert _param(at, "step") == ["1"]
    at.button(key="present_next").click().run()
    _no_errors(at)
    assert _param(at, "step") == ["2"]
    at.button(key="present_prev").click().run()
    assert _param(at, "step") == ["1"]
    at.button(key="present_last").click().run()
    last = int(_param(at, "step")[0])
    assert last > 2
    assert at.button(key="present_next").disabled


def _present_html(at: AppTest) -> str:
    return "".join(str(h.proto.body) for h in at.get("html") if "ct-present" in str(h.proto.body))


def test_present_jump_box_follows_every_step_however_reached(app_env):
    at = _app({"step": "5"}).run()
    at.switch_page("pages/present.py").run()
    assert at.selectbox(key="present_jump").value == 5
    for _ in range(3):  # what the → key does: the Next button's shortcut
        at.button(key="present_next").click().run()
    _no_errors(at)
    assert _param(at, "step") == ["8"] and at.selectbox(key="present_jump").value == 8
    at.button(key="present_first").click().run()
    assert at.selectbox(key="present_jump").value == 1
    at.selectbox(key="present_jump").set_value(12).run()
    assert _param(at, "step") == ["12"] and "Step 12 of" in at.caption[0].value


def test_present_pages_through_a_story_told_by_three_outlets(app_env):
    """The 15 November Macron-Putin call: two outlets, then the third; a new step starts over."""
    at = _app().run()
    at.switch_page("pages/present.py").run()
    options = at.selectbox(key="present_jump").options
    call = next(n for n, o in enumerate(options, 1) if "Macron and Putin speak by phone" in o)
    at.selectbox(key="present_jump").set_value(call).run()
    first_page = _present_html(at).split("hidden")[0]
    assert first_page.count("<blockquote") == 2 and "Outlets 1–2 of 3" in at.caption[0].value
    more = at.button(key="present_outlets_button")
    assert more.label.replace("\\", "") == "+1 more outlet"  # literal() escapes the "+"
    more.click().run()
    _no_errors(at)
    assert "Outlets 3 of 3" in at.caption[0].value
    assert at.button(key="present_outlets_button").label == "First outlets"
    assert _param(at, "step") == [str(call)]  # the step stays in the URL
    at.button(key="present_next").click().run()
    at.button(key="present_prev").click().run()
    assert "Outlets 1–2 of 3" in at.caption[0].value


@pytest.mark.parametrize("step", ["abc", "0", "-4", "999", "2.5", ""])
def test_present_opens_on_any_step_parameter_without_error(app_env, step):
    at = _app({"step": step}).run()
    at.switch_page("pages/present.py").run()
    _no_errors(at)
    assert "Step " in at.caption[0].value


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory) -> Path:
    """A store of 150 generated articles: more than the overview lists one by one."""
    from benchmarks.generate_corpus import write_corpus
    from crisis_timeline.store import build_store

    corpus = tmp_path_factory.mktemp("corpus")
    write_corpus(corpus, 150, seed=11)
    path = tmp_path_factory.mktemp("generated-store") / "events.duckdb"
    build_store([corpus], corpus / "sources.csv", path)
    return path


def test_overview_of_a_large_corpus_lists_outlets_not_articles(generated_store, monkeypatch):
    from crisis_timeline import settings

    monkeypatch.setenv(settings.DB_ENV_VAR, str(generated_store))
    at = _app().run()
    _no_errors(at)
    table = at.dataframe[0].value
    assert list(table.columns[:3]) == ["Outlet", "Articles", "Events"]
    assert table["Articles"].sum() == 150 and len(table) < 150
    assert table["Articles"].is_monotonic_decreasing
    assert f"150 articles from {len(table)} outlets, one row per outlet" in _text(at)
    # articles without an outlet are one row per language, never one row each
    unattributed = table[table["Outlet"].str.startswith("Unattributed")]
    assert unattributed["Outlet"].is_unique


def test_overview_lists_the_busiest_outlets_when_there_are_many(generated_store, monkeypatch):
    import ui.page
    from crisis_timeline import settings

    monkeypatch.setenv(settings.DB_ENV_VAR, str(generated_store))
    everyone = _app().run().dataframe[0].value
    monkeypatch.setattr(ui.page, "OUTLET_ROWS", 10)
    at = _app().run()
    _no_errors(at)
    table = at.dataframe[0].value
    assert table.equals(everyone.head(10))  # the ten with most articles, in the same order
    assert f"150 articles from {len(everyone)} outlets, the 10 with most articles listed" in (
        _text(at)
    )


def test_outlets_page_caps_a_widely_reported_story(generated_store, monkeypatch):
    from crisis_timeline import settings

    monkeypatch.setenv(settings.DB_ENV_VAR, str(generated_store))
    at = _app().run()
    at.switch_page("pages/outlets.py").run()
    _no_errors(at)
    text = _text(at)
    # the default story is the most widely reported: more outlets than fit side by side
    assert "The first 6 of" in text and "outlets to publish this story" in text
    sentences = [d.value for d in at.dataframe if "Sentence" in d.value.columns]
    assert len(sentences) == 1 and len(sentences[0]) > 6 * 3


def test_a_loaded_dataset_is_left_out_of_garbage_collection_scans(seed_store):
    """The dataset lives as long as the server: full collections must not walk it on every
    rerun (about 130 ms with 10,000 articles, measured in benchmarks/render.py)."""
    import gc

    from ui import data

    loaded = data._load(str(seed_store), seed_store.stat().st_mtime)
    assert gc.get_freeze_count() > 0
    # gc.get_objects() lists the collected generations, not the frozen one
    assert not any(obj is loaded.articles for obj in gc.get_objects())


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/timeline.py"])
def test_the_timeline_key_is_drawn_under_the_chart_not_in_it(app_env, page):
    at = _app().run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    _no_errors(at)
    keys = [h.value for h in at.html if "ct-chart-key" in h.value]
    assert len(keys) == 1
    assert "Event type:" in keys[0] and "Diplomacy" in keys[0]
    assert keys[0].count("data:image/svg+xml;base64,") >= 3
    chart = at.get("plotly_chart")[0]
    assert json.loads(chart.proto.spec)["layout"]["showlegend"] is False


SHARED_LINKS = [
    {},
    {"outlet": "Reuters", "lang": "en"},
    {"from": "2021-11-14", "to": "2021-11-16", "type": "diplomacy"},
    {"to": "2021-08-01", "from": "2021-11-30"},  # reversed
    {"from": "not-a-date", "outlet": "No such outlet"},
    {"q": "*migrants* [link](http://x) $5 :red[x]", "background": "1"},
    {"place": "Minsk", "actor": "Alexander Lukashenko"},
    {"event": "no-such-event", "lanes": "cluster", "step": "999", "view": "crossing"},
]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_takes_any_shared_link_on_a_larger_store(generated_store, monkeypatch, page):
    """Links a reader may share or mistype, on 150 generated articles: every page answers
    with a view or an explanation, never a traceback."""
    from crisis_timeline import settings

    monkeypatch.setenv(settings.DB_ENV_VAR, str(generated_store))
    for query in SHARED_LINKS:
        at = _app(query).run()
        at.switch_page(page).run()
        assert not at.exception, (query, [e.value for e in at.exception])
        assert not at.error, (query, [e.value for e in at.error])
        assert at.title or at.html, query  # the page drew itself (Present: st.html, no title)


@pytest.mark.parametrize(
    ("narrowed", "with_background", "without_background"),
    [
        # all dates: the box follows the bounds both ways and the URL stays without dates
        (None, ("2014-01-01", "2021-12-14"), ("2021-11-10", "2021-12-14")),
        # a narrowed range inside the crisis is kept through the toggle
        (("2021-11-12", "2021-11-20"), ("2021-11-12", "2021-11-20"), ("2021-11-12", "2021-11-20")),
    ],
)
def test_the_dates_box_follows_the_background_toggle(
    app_env, narrowed, with_background, without_background
):
    # Issue 20: after the toggle the box kept its old range, which then became a date filter.
    from datetime import date

    at = _app().run()
    at.switch_page("pages/timeline.py").run()
    if narrowed:
        at.date_input(key="timeline_dates").set_value(tuple(map(date.fromisoformat, narrowed)))
        at.run()
    for shown, expected in ((True, with_background), (False, without_background)):
        at.toggle(key="timeline_background").set_value(shown).run()
        _no_errors(at)
        box = at.date_input(key="timeline_dates")
        assert tuple(d.isoformat() for d in box.value) == expected
        assert str(box.min) == ("2014-01-01" if shown else "2021-11-10")
        assert _param(at, "from") == ([narrowed[0]] if narrowed else [])


@pytest.mark.parametrize(
    ("query", "disabled"),
    [({"outlet": "RFI", "type": "diplomacy"}, True), ({"outlet": "RFI"}, False)],
)
def test_the_geojson_export_says_when_no_event_in_view_has_a_place(app_env, query, disabled):
    # Issue 20: an empty GeoJSON without a word; RFI's two diplomacy events name no place.
    at = _app(query).run()
    at.switch_page("pages/timeline.py").run()
    _no_errors(at)
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert buttons["GeoJSON"].proto.disabled is disabled
    assert not buttons["CSV"].proto.disabled
    said = "GeoJSON: None of the 2 events in view names a place" in _text(at)
    assert said is disabled


def _checkpoint_event(store) -> str:
    """The Independent's "approached the border checkpoint" event (placed at the crossing)."""
    from crisis_timeline.store import read_events

    events = read_events(store)
    return events[events["sentence"].str.contains("checkpoint separating")].iloc[0]["event_id"]


def test_the_selected_event_card_shows_its_neighbours_and_opens_its_article_in_place(app_env):
    # Issue 20 (student): the card quotes the sentence between its neighbours, and its link
    # is a page link (same tab) to the article with the event selected.
    event_id = _checkpoint_event(app_env)
    at = _app({"event": event_id}).run()
    at.switch_page("pages/timeline.py").run()
    _no_errors(at)
    html = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert 'class="ct-sentence"' in html and "approached the border checkpoint" in html
    assert "amassed at Belarus" in html  # the sentence before, from the article
    assert "Starting in the early morning" in html  # and the one after
    (link,) = [p for p in at.get("page_link") if "source sentence" in p.proto.label]
    assert not link.proto.external  # the same tab: a Markdown link opened a new one
    assert link.proto.page.endswith("articles"), link.proto.page
    query = parse_qs(link.proto.query_string)
    assert query["event"] == [event_id] and query["article"] == [event_id.split(":")[0]]


@pytest.mark.parametrize("page", ["pages/timeline.py", "pages/map.py", "pages/articles.py"])
def test_searching_kuznica_finds_the_crossings_events(app_env, page):
    # Issue 20: "Kuźnica" found nothing: the text filter now matches places' names too
    at = _app({"q": "Kuźnica"}).run()
    at.switch_page(page).run()
    _no_errors(at)
    assert "No events match" not in _text(at) and "No article has events" not in _text(at)
    if page == "pages/timeline.py":
        spec = json.loads(at.get("plotly_chart")[0].proto.spec)
        assert any(trace.get("customdata") for trace in spec["data"])


def test_pages_showing_one_article_never_read_them_all(db, monkeypatch):
    # 50,000 stored articles took 3.7 s to read: the reader, the event card and the map read
    # the one article they show (and the list comes from the articles' facts)
    from crisis_timeline import settings, store

    def read_all(*_args, **_kwargs):
        raise AssertionError("every article was read")

    monkeypatch.setenv(settings.DB_ENV_VAR, str(db))  # a store no earlier test has cached
    event_id = _checkpoint_event(db)
    monkeypatch.setattr(store, "read_articles", read_all)
    at = _app({"event": event_id, "article": event_id.split(":")[0]}).run()
    for page in ("pages/overview.py", "pages/timeline.py", "pages/map.py", "pages/articles.py"):
        at.switch_page(page).run()
        _no_errors(at)
    html = "\n".join(str(h.proto.body) for h in at.get("html"))
    assert "checkpoint separating Belarus and Poland" in html  # the article, read alone
    picker = at.selectbox(key="articles_pick")
    assert len(picker.options) == 5 and any("The Independent" in o for o in picker.options)


def test_present_names_a_place_beyond_the_outlines_instead_of_drawing_it_on_bare_ground(app_env):
    at = _app().run()
    at.switch_page("pages/present.py").run()
    options = at.selectbox(key="present_jump").options
    seen = []
    for number in range(1, len(options) + 1):
        at.selectbox(key="present_jump").set_value(number).run()
        _no_errors(at)
        shown = [c.value.replace("\\", "") for c in at.caption]  # literal() escapes it
        seen += [text for text in shown if "beyond this map's outlines" in text]
    # the seeds' steps about Putin's denials and calls name Moscow
    assert any(caption.startswith("Moscow") for caption in seen), seen
