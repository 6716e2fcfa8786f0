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
The HTML briefing is self-contained: plotly's JavaScript is inlined and no external script,
font or image URL is used, so it opens offline and prints.
It does not read the store or parse command lines (cli.py does).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd

from crisis_timeline import __version__
from crisis_timeline.csv_safe import csv_text
from crisis_timeline.filters import Filters
from crisis_timeline.schema import EVENT_COLUMNS
from crisis_timeline.serialize import event_records

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
    """GeoJSON FeatureCollection of the places with their events (metadata as a foreign member)."""
    from crisis_timeline.geo import place_summary, places_geojson

    collection = places_geojson(place_summary(events, places), events)
    collection["metadata"] = context.as_dict(events)
    return json.dumps(collection, ensure_ascii=False, indent=1)


def to_html(
    events: pd.DataFrame, context: ExportContext, clusters: list[dict], sources: list[dict]
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
    clusters: list[dict] | None = None,
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


def clusters_in_view(clusters: list[dict], events: pd.DataFrame) -> list[dict]:
    """The stored clusters as the filtered view sees them: only clusters with events in view,
    and in each disagreement only the outlets in view (a disagreement needs two of them, a
    lone claim one)."""
    if events.empty:
        return []
    shown = set(events["cluster_id"])
    outlets = set(events["outlet"])
    result = []
    for cluster in clusters:
        if cluster["cluster_id"] not in shown:
            continue
        kept = []
        for discrepancy in cluster.get("discrepancies", []):
            values = {o: w for o, w in discrepancy["values"].items() if o in outlets}
            if len(values) >= (1 if discrepancy["kind"] == "claim" else 2):
                kept.append({**discrepancy, "values": values})
        result.append(
            {
                **cluster,
                "discrepancies": kept,
                "outlets": [o for o in cluster["outlets"] if o in outlets],
            }
        )
    return result


def file_name(fmt: str, context: ExportContext) -> str:
    return f"crisis-timeline-{context.generated_at:%Y%m%d-%H%M}.{EXTENSIONS[fmt]}"


def source_rows(articles, events: pd.DataFrame | None = None) -> list[dict]:
    """The sources list of a briefing: one row per article (only those in `events` if given)."""
    if events is not None:
        in_view = set(events["article_id"]) if not events.empty else set()
        articles = [a for a in articles if a.id in in_view]
    return [
        {
            "source": a.source_label,
            "title": a.title or a.file_name,
            "language": a.language,
            "published": a.published.isoformat() if a.published else "unknown",
            "basis": a.published_basis,
            "url": a.url or "",
        }
        for a in articles
    ]
