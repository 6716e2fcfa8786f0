"""Exports of the current (filtered) view: CSV, JSON, TimelineJS3 JSON, GeoJSON, HTML briefing.

Every export says what it holds: the filters, the article count, the generation time, the
store and the tool version (`ExportContext`), and the sources it was built from.
- JSON, TimelineJS, GeoJSON and HTML carry it inside the file (the JSON export under "meta"
  and "sources").
- CSV carries nothing but the table, so that it opens as it is in a spreadsheet and with
  `pandas.read_csv` (comment lines at the top broke both). Its provenance is a sidecar JSON
  file named after it, `NAME.csv.provenance.json` (`provenance_name`): the CLI's
  `export --format csv -o NAME.csv` writes both, and the app offers it as a second download
  beside the CSV. Cells go through `csv_safe` (formula injection neutralised).
The HTML briefing is self-contained and small: its timeline is a static SVG drawn from the
app's timeline figure (no script; plotly.js inlined was 4.8 MB for four events), and no
external script, font or image URL is used, so it opens offline and prints.
A GeoJSON of a view where no event has a place is an empty collection that says why
(`geojson_note`, also shown by the app and printed by the CLI).
File names say what the view holds (`file_name`: dates, outlets, ... slugged and bounded).
It does not read the store or parse command lines (cli.py does), nor choose the stories of
a view (clusters.clusters_in_view does).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pandas as pd

from crisis_timeline import __version__
from crisis_timeline.csv_safe import csv_text
from crisis_timeline.filters import Filters
from crisis_timeline.schema import EVENT_COLUMNS
from crisis_timeline.serialize import event_records

if TYPE_CHECKING:
    from crisis_timeline.clusters import Cluster

FORMATS = ("csv", "json", "timelinejs", "geojson", "html")
MEDIA_TYPES = {
    "csv": "text/csv",
    "json": "application/json",
    "timelinejs": "application/json",
    "geojson": "application/geo+json",
    "html": "text/html",
}
EXTENSIONS = {
    "csv": "csv",
    "json": "json",
    "timelinejs": "timeline.json",
    "geojson": "geojson",
    "html": "html",
}
# The CSV's provenance sidecar: NAME.csv -> NAME.csv.provenance.json.
PROVENANCE_SUFFIX = ".provenance.json"


@dataclass(frozen=True)
class ExportContext:
    """What an export says about itself."""

    filters: Filters
    article_count: int
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))
    title: str = "Belarus–EU border crisis, 2021"
    store: str | None = None  # the store file the view was read from, when known

    def as_dict(self, events: pd.DataFrame) -> dict:
        meta = {
            "title": self.title,
            "tool": f"Crisis Timeline {__version__}",
            "generated_at": self.generated_at.isoformat(),
            "filters": self.filters.describe(),
            "filter_query": self.filters.to_query(),
            "articles": self.article_count,
            "events": int(len(events)),
        }
        if self.store is not None:
            meta["store"] = self.store
        return meta


def _sorted(events: pd.DataFrame) -> pd.DataFrame:
    key = events["date"].map(lambda d: d.toordinal() if d is not None else 10**7)
    return (
        events.assign(_order=key)
        .sort_values(["_order", "article_id", "start"])
        .drop(columns="_order")
    )


def to_csv(events: pd.DataFrame, context: ExportContext) -> str:
    """UTF-8 CSV of the event table: a header row, then one row per event (lists as JSON,
    formulas neutralised by csv_safe). No comment lines: see `provenance` for what it holds."""
    return csv_text(event_records(_sorted(events)), EVENT_COLUMNS)


def provenance(
    events: pd.DataFrame, context: ExportContext, sources: list[dict] | None = None
) -> str:
    """The CSV export's sidecar (JSON): what the export holds, its columns and its sources."""
    payload = {
        "meta": context.as_dict(events),
        "columns": EVENT_COLUMNS,
        "column_notes": "list columns (actors, places, quantities) hold JSON; dates are ISO",
        "sources": sources or [],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def provenance_name(csv_name: str) -> str:
    """The sidecar's file name for a CSV file name: `x.csv` -> `x.csv.provenance.json`."""
    return f"{csv_name}{PROVENANCE_SUFFIX}"


def to_json(events: pd.DataFrame, context: ExportContext, sources: list[dict] | None = None) -> str:
    """{"meta": {...}, "columns": [...], "events": [...], "sources": [...]} with ISO dates."""
    payload = {
        "meta": context.as_dict(events),
        "columns": EVENT_COLUMNS,
        "events": list(event_records(_sorted(events))),
        "sources": sources or [],
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def _date_parts(day) -> dict:
    return {"year": day.year, "month": day.month, "day": day.day}


def to_timelinejs(events: pd.DataFrame, context: ExportContext) -> str:
    """TimelineJS3 JSON: one slide per dated event, grouped by outlet (undated events left out)."""
    meta = context.as_dict(events)
    slides = []
    for record in event_records(_sorted(events)):
        if not record["date"]:
            continue
        start = datetime.fromisoformat(record["date"]).date()
        end = datetime.fromisoformat(record["date_end"]).date() if record["date_end"] else start
        slide = {
            "unique_id": record["event_id"].replace(":", "-").replace("#", "-"),
            "start_date": _date_parts(start),
            "text": {
                "headline": html.escape(
                    f"{record['event_type'].replace('_', ' ').capitalize()}: {', '.join(record['actors'][:2]) or record['outlet']}"
                ),
                "text": (
                    f"<p>{html.escape(record['sentence'])}</p>"
                    f"<p><em>{html.escape(record['outlet'])} ({record['language']}), published {record['published'] or 'unknown'}. "
                    f"Date: {html.escape(record['date_reason'])}</em></p>"
                ),
            },
            "group": record["outlet"],
        }
        if end != start:
            slide["end_date"] = _date_parts(end)
        if record["precision"] in ("month", "year"):
            slide["start_date"].pop("day")
            if record["precision"] == "year":
                slide["start_date"].pop("month")
            slide.pop("end_date", None)
        slides.append(slide)
    document = {
        "title": {
            "text": {
                "headline": html.escape(meta["title"]),
                "text": html.escape(
                    f"{meta['events']} events from {meta['articles']} articles; filters: {meta['filters']}. "
                    f"Generated {meta['generated_at']} by {meta['tool']}."
                ),
            }
        },
        "events": slides,
    }
    return json.dumps(document, ensure_ascii=False, indent=1)


def to_geojson(events: pd.DataFrame, context: ExportContext, places: pd.DataFrame) -> str:
    """GeoJSON FeatureCollection of the places with their events (metadata as a foreign member;
    an empty collection carries `metadata.note`, the reason)."""
    from crisis_timeline.geo import place_summary, places_geojson

    collection = places_geojson(place_summary(events, places), events)
    collection["metadata"] = context.as_dict(events)
    if not collection["features"]:
        collection["metadata"]["note"] = _no_place_reason(events)
    return json.dumps(collection, ensure_ascii=False, indent=1)


def _no_place_reason(events: pd.DataFrame) -> str:
    if events.empty:
        return "No events are in view, so the GeoJSON holds no place."
    named = {name for names in events["places"] for name in names}
    count = f"{len(events):,} event{'s' if len(events) != 1 else ''} in view"
    if not named:
        return f"None of the {count} names a place, so the GeoJSON holds no place."
    return (
        f"The {count} name {len(named):,} place{'s' if len(named) != 1 else ''} "
        f"({', '.join(sorted(named)[:3])}{', …' if len(named) > 3 else ''}) with no known "
        "coordinates, so the GeoJSON holds no place."
    )


def geojson_note(events: pd.DataFrame, places: pd.DataFrame | None = None) -> str | None:
    """Why the GeoJSON export of `events` would hold no place ("None of the 4 events in view
    names a place, ..."), or None when it holds some. The app shows it, the CLI prints it."""
    from crisis_timeline.geo import place_summary
    from crisis_timeline.locations import places_of

    if not events.empty:
        # place_summary keeps only the places with coordinates, as the GeoJSON does
        if len(place_summary(events, places if places is not None else places_of(events))):
            return None
    return _no_place_reason(events)


def to_html(
    events: pd.DataFrame, context: ExportContext, clusters: list[Cluster], sources: list[dict]
) -> str:
    """A self-contained HTML briefing (see module docstring)."""
    from crisis_timeline.briefing import briefing_html

    return briefing_html(events, context.as_dict(events), clusters, sources)


def export(
    fmt: str,
    events: pd.DataFrame,
    context: ExportContext,
    *,
    places: pd.DataFrame | None = None,
    clusters: list[Cluster] | None = None,
    sources: list[dict] | None = None,
) -> str:
    """The export `fmt` (one of FORMATS) of `events` as text."""
    if fmt == "csv":
        return to_csv(events, context)
    if fmt == "json":
        return to_json(events, context, sources)
    if fmt == "timelinejs":
        return to_timelinejs(events, context)
    if fmt == "geojson":
        from crisis_timeline.locations import places_of

        return to_geojson(events, context, places if places is not None else places_of(events))
    if fmt == "html":
        return to_html(events, context, clusters or [], sources or [])
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


FILE_STEM_CHARS = 100  # a file name's stem at most (file systems allow 255 bytes)
# Latin letters NFKD does not split into a base letter and an accent
_LATIN_LETTERS = str.maketrans(
    {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ß": "ss", "Æ": "AE", "æ": "ae"}
    | {"Œ": "OE", "œ": "oe", "Þ": "Th", "þ": "th", "ı": "i"}
)


def _slug(value: str) -> str:
    """ASCII letters, digits and hyphens ("Kuźnica" -> "kuznica"); a value with no Latin
    letter (Cyrillic, say) becomes a short hash, so two such filters still differ."""
    latin = unicodedata.normalize("NFKD", value.translate(_LATIN_LETTERS))
    ascii_text = latin.encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or hashlib.sha1(value.encode()).hexdigest()[:6]


def file_name(fmt: str, context: ExportContext) -> str:
    """A file name that says what the view holds, safe on every system:
    `crisis-timeline_2021-11-08_2021-11-20_rfi-bbc.csv` (dates, then outlets, languages,
    types, actors, places, the text searched, "background"). Only [a-z0-9._-]; a stem over
    FILE_STEM_CHARS is cut and ends with a hash of the whole, so two views never share one."""
    f = context.filters
    parts = ["crisis-timeline"]
    if f.start and f.end:
        parts += [f.start.isoformat(), f.end.isoformat()]
    elif f.start or f.end:
        parts.append(f"from-{f.start.isoformat()}" if f.start else f"to-{f.end.isoformat()}")
    for values in (f.outlets, f.languages, f.event_types, f.actors, f.places):
        if values:
            parts.append("-".join(_slug(v) for v in values))
    if f.text:
        parts.append("q-" + _slug(f.text))
    if f.background:
        parts.append("background")
    stem = "_".join(parts)
    if len(stem) > FILE_STEM_CHARS:
        digest = hashlib.sha1(stem.encode()).hexdigest()[:8]
        stem = f"{stem[: FILE_STEM_CHARS - 9].rstrip('-_')}-{digest}"
    return f"{stem}.{EXTENSIONS[fmt]}"


def source_rows(articles, events: pd.DataFrame | None = None) -> list[dict]:
    """The sources list of a briefing: one row per article (only those in `events` if given)."""
    if events is not None:
        in_view = set(events["article_id"]) if not events.empty else set()
        articles = [a for a in articles if a.id in in_view]
    return [
        {
            "source": a.source_label,
            "outlet": a.outlet or None,  # None: no known outlet ("Unattributed (fr) · 004")
            "title": a.title or a.file_name,
            "language": a.language,
            "published": a.published.isoformat() if a.published else "unknown",
            "basis": a.published_basis,
            "url": a.url or "",
        }
        for a in articles
    ]
