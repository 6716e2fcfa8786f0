"""The real-browser suite on a generated store large enough to aggregate the timeline (issue 22).

test_browser.py drives the five seed articles: a few dozen events, every one drawn. Here a
corpus from benchmarks/generate_corpus.py (LARGE_ARTICLES articles, about six events each in
the default view) puts the unfiltered view well above timeline_density.AGGREGATE_ABOVE, so
Overview and Timeline draw one marker per lane and day, the Outlets page caps its matrix and
every page reads tables the size the aggregated views exist for. Every page of the app's menu
(ui/navigation.py) is opened; the two timelines are then narrowed and widened from the
sidebar. Screenshots (1280x720) land in test-artifacts/screens/ as large-*.png.

Skipped like test_browser.py when Debian's chromium is missing.
"""

from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

from playwright.sync_api import Page, expect  # noqa: E402

from crisis_timeline.timeline_density import AGGREGATE_ABOVE, AGGREGATED_MAX_LANES  # noqa: E402
from tests.browser_support import Server, assert_clean, wait_ready  # noqa: E402
from tests.test_browser import shoot  # noqa: E402  (its import skips this module without chromium)

# ~9 events per generated article, ~6 of them outside the background: 700 articles give about
# 4,000 events in the default view, 1.6 times AGGREGATE_ABOVE, built in a few seconds
LARGE_ARTICLES = 700
CORPUS_SEED = 7

# what each page of the menu shows when it has real content (url path -> text)
CONTENT = {
    "": "Belarus–EU border crisis, 2021",
    "timeline": "The events behind the chart",
    "map": "Places on the map",
    "outlets": "Coverage: stories × outlets",
    "articles": "How each date was resolved",
    "present": "Step 1 of",
    "add": "Add articles",
}
# what ui.page.timeline_caption and charts.key.timeline_key say of an aggregated chart
AGGREGATED_CAPTION = re.compile(r"([\d,]+) events are drawn as one marker per lane and day")
AGGREGATED_KEY = "Event type (the most frequent in each marker)"
PLOT = ".js-plotly-plot .main-svg"
DECK = "[data-testid=stDeckGlJsonChart] canvas"


@pytest.fixture(scope="module")
def large_store(tmp_path_factory) -> Path:
    from benchmarks.generate_corpus import write_corpus
    from crisis_timeline.store import build_store

    folder = tmp_path_factory.mktemp("large-corpus")
    write_corpus(folder, LARGE_ARTICLES, seed=CORPUS_SEED)
    path = tmp_path_factory.mktemp("large-store") / "events.duckdb"
    build_store([folder], folder / "sources.csv", path, workers=2)
    return path


@pytest.fixture(scope="module")
def large_server(large_store):
    running = Server(large_store)
    yield running
    running.stop()


def _menu_paths() -> list[str]:
    from ui.navigation import PAGES

    return [entry.url_path or "" for entry in PAGES]


def _largest_outlet(store: Path) -> tuple[str, int]:
    """The outlet with the most events in the default view (background hidden), and how many."""
    from crisis_timeline.store import read_events

    events = read_events(store)
    counts = events.loc[~events["background"].astype(bool), "outlet"].value_counts()
    counts = counts[counts.index.astype(str).str.strip() != ""]
    return str(counts.index[0]), int(counts.iloc[0])


def _events_drawn(page: Page) -> int:
    """The count the aggregated chart's caption gives (ui.page.timeline_caption)."""
    caption = page.get_by_text(AGGREGATED_CAPTION).first
    expect(caption).to_be_visible()
    return int(AGGREGATED_CAPTION.search(caption.inner_text()).group(1).replace(",", ""))


def _lanes(page: Page) -> list[str]:
    return page.evaluate(
        "Array.from(document.querySelectorAll('.js-plotly-plot .ytick text'))"
        ".map(t => t.textContent)"
    )


def test_the_store_is_large_enough_to_aggregate(large_store):
    from crisis_timeline.store import read_events

    events = read_events(large_store)
    shown = events[~events["background"].astype(bool)]
    assert len(shown) > 1.4 * AGGREGATE_ABOVE, len(shown)
    # the outlet filter below narrows the view to one outlet: small enough to draw each event
    assert _largest_outlet(large_store)[1] < AGGREGATE_ABOVE


def test_every_menu_page_has_a_content_check():
    assert sorted(_menu_paths()) == sorted(CONTENT)


def _check_charts(page: Page, path: str) -> None:
    """What each page draws, beyond its text."""
    if path in ("", "timeline"):
        expect(page.locator(PLOT).first).to_be_visible()
        expect(page.locator(".js-plotly-plot .scatterlayer .point").first).to_be_attached()
        expect(page.get_by_text(AGGREGATED_KEY).first).to_be_visible()
        assert _events_drawn(page) > AGGREGATE_ABOVE
        lanes = _lanes(page)  # capped, the smallest outlets merged into the last lane
        assert 2 < len(lanes) <= AGGREGATED_MAX_LANES, lanes
        assert lanes[-1].startswith("Other outlets ("), lanes
    if path == "":  # as on the seeds (test_browser.py): the date axis is above the fold at 720p
        ticks = page.evaluate(
            "Array.from(document.querySelectorAll('.js-plotly-plot .xtick text'))"
            ".map(t => t.getBoundingClientRect().bottom)"
        )
        assert ticks and max(ticks) < 720, ticks
    if path in ("map", "present"):
        expect(page.locator(DECK).first).to_be_visible()
        page.wait_for_timeout(1_000)  # deck.gl draws after its first frame
    if path == "outlets":
        expect(page.locator(PLOT).first).to_be_visible()
        expect(page.get_by_text("stories reported by the most outlets").first).to_be_visible()
    if path == "articles":
        expect(page.locator(".ct-article").first).to_be_visible()
    if path == "add":
        expect(page.locator("[data-testid=stFileUploaderDropzoneInput]")).to_be_attached()


@pytest.mark.parametrize("path", list(CONTENT))
def test_every_page_renders_the_large_store(large_server, page, path):
    page.goto(f"{large_server.url}/{path}")
    wait_ready(page)
    assert_clean(page)
    expect(page.get_by_text(CONTENT[path]).first).to_be_visible()
    _check_charts(page, path)
    shot = shoot(page, f"large-{path or 'overview'}")
    assert shot.stat().st_size > 20_000
    assert not page.page_errors, page.page_errors


@pytest.mark.parametrize("path", ["", "timeline"])
def test_the_aggregated_timeline_follows_the_sidebar(large_server, large_store, page, path):
    """Background shown: still aggregated, more events drawn. One outlet picked: few enough
    events to draw one by one, in that outlet's lane only."""
    page.goto(f"{large_server.url}/{path}")
    wait_ready(page)
    drawn = _events_drawn(page)
    page.get_by_role("switch", name="Show background events").check(force=True)
    page.wait_for_function("location.search.includes('background=1')", timeout=15_000)
    wait_ready(page)
    assert_clean(page)
    assert _events_drawn(page) > drawn
    shoot(page, f"large-{path or 'overview'}-background")

    outlet, _ = _largest_outlet(large_store)
    sidebar = page.locator("[data-testid=stSidebar]")
    # typed first: the list draws only the options in view (react-aria virtualises it)
    outlets_box = sidebar.get_by_role("combobox", name="Outlets")
    outlets_box.click()
    outlets_box.fill(outlet)
    page.get_by_role("option", name=outlet, exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_function("location.search.includes('outlet=')", timeout=15_000)
    wait_ready(page)
    assert_clean(page)
    query = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    assert query["outlet"] == [outlet] and query["background"] == ["1"], query
    expect(sidebar.get_by_text(outlet).first).to_be_visible()
    expect(page.get_by_text(AGGREGATED_CAPTION)).to_have_count(0)
    expect(page.get_by_text(AGGREGATED_KEY)).to_have_count(0)
    expect(page.locator(".js-plotly-plot .scatterlayer .point").first).to_be_attached()
    assert set(_lanes(page)) == {outlet}, _lanes(page)
    shoot(page, f"large-{path or 'overview'}-outlet")
    assert not page.page_errors, page.page_errors


def _step(page: Page) -> tuple[int, int]:
    caption = page.get_by_text(re.compile(r"^Step \d+ of \d+")).first.inner_text()
    number, total = re.match(r"Step (\d+) of (\d+)", caption).groups()
    return int(number), int(total)


def test_present_steps_through_the_large_store(large_server, page):
    page.goto(f"{large_server.url}/present")
    wait_ready(page)
    number, total = _step(page)
    assert number == 1 and total > 10, total
    page.get_by_role("button", name="Next").click()
    wait_ready(page)
    assert _step(page) == (2, total)
    for _ in range(2):
        page.locator("body").press("ArrowRight")
        wait_ready(page)
    assert _step(page) == (4, total) and "step=4" in page.url
    page.locator("body").press("End")
    wait_ready(page)
    assert _step(page) == (total, total) and f"step={total}" in page.url
    assert_clean(page)
    expect(page.locator(DECK).first).to_be_visible()
    shoot(page, "large-present-last")
    assert not page.page_errors, page.page_errors


def test_an_article_opens_from_the_picker(large_server, page):
    page.goto(f"{large_server.url}/articles")
    wait_ready(page)
    first_text = page.locator(".ct-article").first.inner_text()
    page.locator("[data-testid=stSelectbox]").first.click()
    options = page.get_by_role("option")
    expect(options.nth(3)).to_be_visible()
    wanted = options.nth(3).inner_text()
    options.nth(3).click()
    page.wait_for_function("location.search.includes('article=')", timeout=15_000)
    wait_ready(page)
    assert_clean(page)
    source = wanted.split(" · ")[0]
    expect(page.get_by_text(source).first).to_be_visible()
    assert page.locator(".ct-article").first.inner_text() != first_text
    expect(page.get_by_text("Events from this article")).to_be_visible()
    shoot(page, "large-articles-picked")
    assert not page.page_errors, page.page_errors
