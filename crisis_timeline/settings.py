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
# The crisis's first day: Minsk forced the Ryanair flight down on 23 May 2021, and the
# migrants Lukashenko said on the 26th he would no longer stop followed. A date written
# without its year from this day on may be the crisis's own (an Irish Times page of July
# told "May 26th" and "May 27th"); one before it is placed in a later year.
CRISIS_BEGAN = date(2021, 5, 23)
# A date at a page's head this many years after the crisis began, in a year the text
# names nowhere else, is the site's date of the day the page was stored ("Penktadienis, 6
# spalio, 2023", "poniedziałek, 2 lutego 2026 06:55" above 2021 reports), not the report's.
SITE_DATE_WIDGET_YEARS = 2
# When an article gives a day and month but no year, and nothing else fixes the year,
# the year closest to this prior is taken (the crisis ran mid-2021 to early 2022).
CRISIS_PRIOR_DATE = date(2021, 11, 15)

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ARTICLE_EXTENSIONS = (".txt", ".md", ".html", ".htm")

# Adding articles (ingest.py, the Add articles page, `python -m crisis_timeline add`).
# A PDF is binary (fonts, images): its text is a small part of it, so it may be larger.
ADD_EXTENSIONS = (*ARTICLE_EXTENSIONS, ".pdf")
MAX_PDF_BYTES = 20 * 1024 * 1024
MAX_FILES_PER_UPLOAD = 20
# A line longer than this is not prose (a minified page, a base64 blob): refused, because
# the sentence splitter and the taggers are then quadratic in it.
MAX_LINE_CHARS = 100_000
# Titles and outlet names typed or found in a page are cut to this many characters.
MAX_LABEL_CHARS = 200
# How long fetching a pasted URL may take before the page says it is offline.
FETCH_TIMEOUT_SECONDS = 10.0
# An add or remove clusters the whole store again up to this many events (exactly a full
# rebuild's clusters, ~2 s at 10,000); above it only the stories near the changed dates.
FULL_RECLUSTER_MAX_EVENTS = 20_000
# Outlet profiles are recomputed inside an add up to this many stored articles; above it
# they are dropped and recomputed on the Outlets page's next visit (25 s at 10,000).
PROFILES_INLINE_MAX_ARTICLES = 3000

# sources.csv is metadata, a few hundred bytes a row: 10,000 articles fit in ~2 MB.
MAX_SOURCES_BYTES = 50 * 1024 * 1024

# A publication date outside these bounds is a typo or a placeholder (9999-12-31,
# 1850-01-01), not a date: it is rejected with a warning and never used, so it cannot
# skew the year that undated articles are given (publication.py).
PUBLISHED_EARLIEST = date(1990, 1, 1)
PUBLISHED_LATEST_AHEAD_DAYS = 366


def published_bounds(today: date | None = None) -> tuple[date, date]:
    """The plausible publication dates: PUBLISHED_EARLIEST .. today + about a year."""
    today = today or date.today()
    return PUBLISHED_EARLIEST, date.fromordinal(today.toordinal() + PUBLISHED_LATEST_AHEAD_DAYS)


# A second build into the same store waits this long for the first to finish, then fails
# with a message (a 10,000-article build takes about 10 minutes on 2 cores).
STORE_LOCK_TIMEOUT_SECONDS = 900.0

# Set to 1 to let unexpected exceptions through with their traceback (the CLI otherwise
# prints one line, and a build skips the article that raised): for tests and debugging.
DEBUG_ENV_VAR = "CRISIS_TIMELINE_DEBUG"


def debug() -> bool:
    """True when $CRISIS_TIMELINE_DEBUG asks for real tracebacks."""
    return os.environ.get(DEBUG_ENV_VAR, "") not in ("", "0")
