"""Configuration in one place: paths, limits, the default date window.

The app and the tests point the store elsewhere through one environment variable,
CRISIS_TIMELINE_DB (a DuckDB file path).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
SEEDS_DIR = PROJECT_ROOT / "seeds"
BORDERS_GEOJSON = DATA_DIR / "borders.geojson"
POLAND_OUTLINE_GEOJSON = DATA_DIR / "poland-outline-prg.geojson"
ACTORS_CSV = DATA_DIR / "actors.csv"
PLACES_CSV = DATA_DIR / "places.csv"

DB_ENV_VAR = "CRISIS_TIMELINE_DB"
DEFAULT_DB_PATH = DATA_DIR / "store" / "events.duckdb"


CACHE_ENV_VAR = "CRISIS_TIMELINE_CACHE"


def cache_dir() -> Path:
    """Rebuildable lookup structures (disk_cache): $CRISIS_TIMELINE_CACHE, else
    $XDG_CACHE_HOME/crisis-timeline (~/.cache/crisis-timeline)."""
    if os.environ.get(CACHE_ENV_VAR):
        return Path(os.environ[CACHE_ENV_VAR])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "crisis-timeline"


def db_path() -> Path:
    """The event store file: $CRISIS_TIMELINE_DB, else data/store/events.duckdb."""
    return Path(os.environ.get(DB_ENV_VAR) or DEFAULT_DB_PATH)


# The crisis window: the timeline opens zoomed on it; events older than
# BACKGROUND_BEFORE are context (the 2020 election, 2014 Crimea), not crisis events.
CRISIS_VIEW_START = date(2021, 11, 8)
CRISIS_VIEW_END = date(2021, 11, 20)
BACKGROUND_BEFORE = date(2021, 6, 1)
# When an article gives a day and month but no year, and nothing else fixes the year,
# the year closest to this prior is taken (the crisis ran mid-2021 to early 2022).
CRISIS_PRIOR_DATE = date(2021, 11, 15)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm")
