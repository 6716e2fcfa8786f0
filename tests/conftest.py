"""Shared fixtures: a store built from the seeds in a temporary folder, used by page tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from crisis_timeline import settings

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def own_cache_dir(tmp_path_factory):
    """The suite's own disk cache (disk_cache.py), not the user's ~/.cache: what a test run
    sees does not depend on earlier runs. App servers started by the tests inherit it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(settings.CACHE_ENV_VAR, str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory) -> Path:
    """A DuckDB store of the seeds, built once per test session."""
    from crisis_timeline.store import build_store

    path = tmp_path_factory.mktemp("store") / "events.duckdb"
    build_store([settings.SEEDS_DIR], None, path)
    return path


@pytest.fixture()
def app_env(seed_store, monkeypatch) -> Path:
    """Point the app at the seed store through the one environment variable settings reads."""
    monkeypatch.setenv(settings.DB_ENV_VAR, str(seed_store))
    monkeypatch.chdir(ROOT)
    return seed_store


@pytest.fixture(scope="session")
def seed_extraction():
    from crisis_timeline.pipeline import run_pipeline

    return run_pipeline([settings.SEEDS_DIR])


@pytest.fixture(autouse=True)
def real_bugs_fail_loudly(monkeypatch):
    """In-process CLI runs keep the one-line contract; tests that want a traceback set it."""
    monkeypatch.delenv(settings.DEBUG_ENV_VAR, raising=False)


@pytest.fixture()
def db(tmp_path, seed_store) -> Path:
    """A copy of the seed store that a test may try to damage."""
    path = tmp_path / "events.duckdb"
    shutil.copy(seed_store, path)
    return path


@pytest.fixture(scope="module")
def server(seed_store):
    """Streamlit serving the seed store, one per browser test module."""
    from tests.browser_support import Server

    running = Server(seed_store)
    yield running
    running.stop()


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    from tests.browser_support import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    """A 1280x720 tab that records the page's uncaught errors in `page_errors`."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.page_errors = errors
    yield opened
    context.close()


def pytest_collection_modifyitems(config, items):
    # Browser tests last: they are the slowest and need the rest to be sound.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
