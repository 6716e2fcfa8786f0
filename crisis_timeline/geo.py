"""Geography for the map: border outlines, the crossing's position, per-place event summaries.

Reads data/borders.geojson (Natural Earth 1:10m, region clip) and
data/poland-outline-prg.geojson (Poland's official outline, for the border line when zoomed
in), and turns the event table plus a places table (name, local_name, kind, country, lat,
lon; the gazetteer's data/places.csv) into one row per mentioned place.

It does not draw (charts.map_deck does) and does not resolve place names (entities.py does):
the places table comes in as an argument so every function here stays pure.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from crisis_timeline import settings
from crisis_timeline.date_text import day_span


@dataclass(frozen=True)
class KnownPosition:
    """A verified position with its English and local names."""

    name: str
    local_name: str
    lat: float
    lon: float


# The Kuźnica Białostocka–Bruzgi road crossing, as verified in data/README.md
# (copied to data/BORDERS-README.md): about 53.587 N 23.635 E, on the border line of
# poland-outline-prg.geojson. Used when the places table has no row for the crossing.
CROSSING = KnownPosition(
    name="Bruzgi–Kuźnica crossing",
    local_name="Kuźnica Białostocka / Брузгі",
    lat=53.587,
    lon=23.635,
)

# Where country names are written on the map, per named view (lat, lon). Hand-placed inside
# each country, away from the crossing's markers.
COUNTRY_LABELS: dict[str, tuple[tuple[str, float, float], ...]] = {
    "region": (
        ("POLAND", 52.1, 19.3),
        ("BELARUS", 53.6, 28.0),
        ("LITHUANIA", 55.4, 23.9),
        ("LATVIA", 56.85, 25.6),
        ("ESTONIA", 58.7, 25.8),
        ("RUSSIA", 56.6, 30.9),
        ("UKRAINE", 50.2, 28.5),
        ("(RUSSIA)", 54.75, 21.45),  # Kaliningrad oblast
    ),
    "crossing": (
        ("POLAND", 53.545, 23.57),
        ("BELARUS", 53.545, 23.74),
    ),
}

COORDINATE_DECIMALS = 4  # ~11 m: finer than the 1:10m outlines, and keeps the deck JSON small


def round_geometry(coordinates: Any, decimals: int = COORDINATE_DECIMALS) -> Any:
    """Round nested GeoJSON coordinates, dropping points that repeat after rounding."""
    if coordinates and isinstance(coordinates[0], (int, float)):
        return [round(float(value), decimals) for value in coordinates]
    rounded = [round_geometry(part, decimals) for part in coordinates]
    if rounded and isinstance(rounded[0], list) and rounded[0] and isinstance(rounded[0][0], float):
        # a ring or line: consecutive duplicates are invisible and cost bytes
        deduplicated = [rounded[0]]
        for point in rounded[1:]:
            if point != deduplicated[-1]:
                deduplicated.append(point)
        if rounded[-1] == rounded[0] and deduplicated[-1] != rounded[0]:
            deduplicated.append(rounded[0])  # keep rings closed
        return deduplicated
    return rounded


def _perpendicular_distance(point: list[float], start: list[float], end: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return math.hypot(x - x1, y - y1)
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / math.hypot(dx, dy)


def simplify_line(points: list[list[float]], tolerance_deg: float) -> list[list[float]]:
    """Douglas–Peucker: drop vertices closer than tolerance_deg to the simplified line.

    Iterative (no recursion limit on long rings); the first and last points always stay.
    """
    if tolerance_deg <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        farthest, farthest_distance = 0, -1.0
        for index in range(first + 1, last):
            distance = _perpendicular_distance(points[index], points[first], points[last])
            if distance > farthest_distance:
                farthest, farthest_distance = index, distance
        if farthest_distance > tolerance_deg:
            keep[farthest] = True
            stack.extend(((first, farthest), (farthest, last)))
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def _simplify_ring(ring: list[list[float]], tolerance_deg: float) -> list[list[float]] | None:
    """A simplified closed ring, or None when it shrinks below a visible triangle."""
    if tolerance_deg <= 0:
        return ring
    lons = [point[0] for point in ring]
    lats = [point[1] for point in ring]
    if max(lons) - min(lons) < tolerance_deg and max(lats) - min(lats) < tolerance_deg:
        return None  # an islet smaller than the tolerance is invisible at that scale
    # split the closed ring in two halves so Douglas–Peucker has two distinct end points
    middle = len(ring) // 2
    simplified = simplify_line(ring[: middle + 1], tolerance_deg)[:-1]
    simplified += simplify_line(ring[middle:], tolerance_deg)
    return simplified if len(simplified) >= 4 else None


def simplify_geometry(geometry: dict, tolerance_deg: float) -> dict | None:
    """Simplify a (Multi)Polygon or (Multi)LineString; None if nothing visible is left."""
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if tolerance_deg <= 0:
        return geometry
    if kind == "Polygon":
        rings = [_simplify_ring(ring, tolerance_deg) for ring in coordinates]
        if rings[0] is None:
            return None
        return {"type": kind, "coordinates": [ring for ring in rings if ring is not None]}
    if kind == "MultiPolygon":
        polygons = []
        for polygon in coordinates:
            simplified = simplify_geometry(
                {"type": "Polygon", "coordinates": polygon}, tolerance_deg
            )
            if simplified is not None:
                polygons.append(simplified["coordinates"])
        return {"type": kind, "coordinates": polygons} if polygons else None
    if kind == "LineString":
        return {"type": kind, "coordinates": simplify_line(coordinates, tolerance_deg)}
    if kind == "MultiLineString":
        lines = [simplify_line(line, tolerance_deg) for line in coordinates]
        return {"type": kind, "coordinates": lines}
    return geometry


def _rounded_collection(raw: dict, keep_properties: Iterable[str], tolerance_deg: float) -> dict:
    kept = tuple(keep_properties)
    features = []
    for feature in raw.get("features", []):
        geometry = feature.get("geometry") or {}
        if not geometry.get("coordinates"):
            continue
        rounded = {
            "type": geometry["type"],
            "coordinates": round_geometry(geometry["coordinates"]),
        }
        simplified = simplify_geometry(rounded, tolerance_deg)
        if simplified is None:
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {
                    key: value
                    for key, value in (feature.get("properties") or {}).items()
                    if key in kept
                },
                "geometry": simplified,
            }
        )
    return {"type": "FeatureCollection", "features": features}


@functools.lru_cache(maxsize=8)
def _load_rounded(path: str, tolerance_deg: float) -> dict:
    with open(path, encoding="utf-8") as handle:
        raw = json.load(handle)
    return _rounded_collection(raw, ("iso_a3", "name"), tolerance_deg)


def load_borders(
    path: Path | str = settings.BORDERS_GEOJSON, *, tolerance_deg: float = 0.0
) -> dict:
    """Country outlines as a GeoJSON FeatureCollection, coordinates rounded to 4 decimals.

    tolerance_deg > 0 also simplifies them (Douglas–Peucker) for small-scale views, where
    a pixel covers several hundredths of a degree. Read once per (path, tolerance) and
    cached; the returned dict is shared, so treat it as read-only (copy.deepcopy() to edit).
    """
    return _load_rounded(str(path), float(tolerance_deg))


def load_poland_outline(path: Path | str = settings.POLAND_OUTLINE_GEOJSON) -> dict:
    """Poland's precise (PRG) outline, rounded like load_borders and never simplified."""
    return _load_rounded(str(path), 0.0)


def _inside(point: list[float], bbox: tuple[float, float, float, float]) -> bool:
    min_lon, min_lat, max_lon, max_lat = bbox
    return min_lon <= point[0] <= max_lon and min_lat <= point[1] <= max_lat


def _outer_rings(geometry: dict) -> list[list[list[float]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"][0]]
    if geometry["type"] == "MultiPolygon":
        return [polygon[0] for polygon in geometry["coordinates"]]
    return []


def border_segment(outline: dict, bbox: tuple[float, float, float, float]) -> dict:
    """The parts of an outline's boundary inside bbox, as LineString features.

    Used for the precise Polish border near the crossing: a few dozen vertices instead of
    the whole country, and drawn as a line so it can sit on top of the coarser fills.
    Each part keeps one point beyond the box on each side so the line runs off-screen.
    """
    features = []
    for feature in outline.get("features", []):
        for ring in _outer_rings(feature["geometry"]):
            current: list[list[float]] = []
            for index, point in enumerate(ring):
                if _inside(point, bbox):
                    if not current and index > 0:
                        current.append(ring[index - 1])
                    current.append(point)
                elif current:
                    current.append(point)
                    features.append(current)
                    current = []
            if current:
                features.append(current)
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"name": "Polish border (PRG)"},
                "geometry": {"type": "LineString", "coordinates": line},
            }
            for line in features
            if len(line) >= 2
        ],
    }


def _positions(coordinates: Any) -> Iterable[tuple[float, float]]:
    if coordinates and isinstance(coordinates[0], (int, float)):
        yield float(coordinates[0]), float(coordinates[1])
        return
    for part in coordinates:
        yield from _positions(part)


def feature_bbox(feature: dict) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of a GeoJSON feature."""
    positions = list(_positions(feature["geometry"]["coordinates"]))
    lons = [lon for lon, _ in positions]
    lats = [lat for _, lat in positions]
    return min(lons), min(lats), max(lons), max(lats)


def outlines_frame(
    path: Path | str = settings.BORDERS_GEOJSON,
) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) the country outlines cover: the box they were
    clipped to (data/README.md). A place outside it would be drawn on the page's bare
    background, past the straight edge where the outlines stop."""
    return _frame_of(str(path))


@functools.lru_cache(maxsize=4)
def _frame_of(path: str) -> tuple[float, float, float, float]:
    boxes = [feature_bbox(f) for f in load_borders(path).get("features", [])]
    if not boxes:
        raise ValueError(f"no country outline in {path}")
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


# A place this close past the outlines' edge is still drawn on them (Berlin, 13.4 E, beside
# the 13.5 E edge): its marker sits at the edge, not on bare ground.
FRAME_MARGIN_DEG = 0.5


def within_frame(lat: float, lon: float, frame: tuple[float, float, float, float]) -> bool:
    """True when (lat, lon) lies inside a (min_lon, min_lat, max_lon, max_lat) box, or
    within FRAME_MARGIN_DEG of it."""
    margin = FRAME_MARGIN_DEG
    return (
        frame[0] - margin <= lon <= frame[2] + margin
        and frame[1] - margin <= lat <= frame[3] + margin
    )


def features_in_bbox(collection: dict, bbox: tuple[float, float, float, float]) -> dict:
    """The features of a collection whose bounding box meets bbox (lon/lat degrees)."""
    min_lon, min_lat, max_lon, max_lat = bbox
    kept = []
    for feature in collection.get("features", []):
        f_min_lon, f_min_lat, f_max_lon, f_max_lat = feature_bbox(feature)
        if f_max_lon >= min_lon and f_min_lon <= max_lon and f_max_lat >= min_lat:
            if f_min_lat <= max_lat:
                kept.append(feature)
    return {"type": "FeatureCollection", "features": kept}


# ---- Web Mercator helpers (deck.gl's MapView): pixels at a zoom level --------------------

TILE_SIZE = 512  # deck.gl's MapView: the world is 512 px wide at zoom 0
EARTH_CIRCUMFERENCE_M = 40_075_016.686


def metres_per_pixel(zoom: float, lat: float) -> float:
    """Ground metres per screen pixel at a zoom level and latitude (deck.gl MapView)."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / (TILE_SIZE * 2**zoom)


def to_pixels(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """Web Mercator world pixel coordinates (x to the east, y to the south) at a zoom level."""
    scale = TILE_SIZE * 2**zoom
    x = (lon + 180.0) / 360.0 * scale
    sin_lat = math.sin(math.radians(max(min(lat, 85.0), -85.0)))
    y = (0.5 - math.log((1 + sin_lat) / (1 - sin_lat)) / (4 * math.pi)) * scale
    return x, y


# ---- dates as short text (shared by the map's tooltips and the timeline's hover) ----------


def as_date(value: Any) -> date | None:
    """A date from a date, datetime, Timestamp or ISO string; None for missing values."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    if pd.isna(stamp):
        return None
    return stamp.date()


def date_label(start: Any, end: Any = None, precision: str | None = "day") -> str:
    """A date as a reader would write it, at its precision.

    >>> date_label("2021-11-13", "2021-11-14", "weekend")
    '13–14 Nov 2021'
    >>> date_label("2021-11-01", "2021-11-30", "month")
    'November 2021'
    """
    first = as_date(start)
    if first is None:
        return "undated"
    last = as_date(end) or first
    if precision == "year":
        return str(first.year)
    if precision == "month":
        return f"{first:%B %Y}"
    if precision == "week":
        return f"week of {first.day} {first:%b %Y}"
    return day_span(first, last)


def shorten(text: Any, limit: int) -> str:
    """Collapse whitespace and cut at a word boundary with an ellipsis when longer than limit."""
    flat = " ".join(str(text or "").split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0] or flat[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


# ---- places ---------------------------------------------------------------------------------

# Places that are areas, not points: a marker at a centroid would claim a precision the text
# does not have. The map shows countries through their outline and regions as labels.
COUNTRY_KIND = "country"
REGION_KIND = "region"
# ISO 3166 alpha-2 (places table) -> alpha-3 (borders.geojson) for the outlined countries.
ISO2_TO_ISO3: dict[str, str] = {
    "PL": "POL",
    "BY": "BLR",
    "LT": "LTU",
    "LV": "LVA",
    "EE": "EST",
    "RU": "RUS",
    "UA": "UKR",
    "DE": "DEU",
    "FI": "FIN",
    "SE": "SWE",
    "CZ": "CZE",
    "SK": "SVK",
}

PLACE_COLUMNS = ("name", "local_name", "kind", "country", "lat", "lon")
SUMMARY_COLUMNS = (
    "name",
    "local_name",
    "kind",
    "country",
    "lat",
    "lon",
    "event_count",
    "event_ids",
    "events_text",
    "selected",
    "approximate",
)
EVENT_LINE_CHARS = 110  # one tooltip line per event: date · outlet: start of the sentence


def _place_names(value: Any) -> list[str]:
    if value is None or isinstance(value, float):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(name) for name in value if name]


def _is_verified(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "yes", "y")
    return bool(value) and not (isinstance(value, float) and math.isnan(value))


def _finite(value: Any) -> bool:
    try:
        return math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _places_by_name(places: pd.DataFrame) -> dict[str, dict]:
    """name (and its casefolded form) -> place row, first row winning on duplicates."""
    lookup: dict[str, dict] = {}
    for row in places.to_dict("records"):
        name = str(row.get("name") or "")
        if not name:
            continue
        lookup.setdefault(name, row)
        lookup.setdefault(name.casefold(), row)
    return lookup


def _mentions(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event, place name) pair: the event's position in `events`, its id and
    the name."""
    if events.empty or "places" not in events.columns:
        return pd.DataFrame({"row": [], "event_id": [], "place": []}, dtype=object)
    ids = events["event_id"].tolist()
    pairs = [
        (row, ids[row], place)
        for row, names in enumerate(events["places"])
        for place in dict.fromkeys(_place_names(names))  # a place twice in one event counts once
    ]
    return pd.DataFrame(pairs, columns=["row", "event_id", "place"])


def _resolver(lookup: dict[str, dict]) -> Callable[[str], str]:
    def resolve(name: str) -> str:
        """The places table's spelling of a name ("grodno" -> "Grodno"), else the name."""
        place = lookup.get(name) or lookup.get(name.casefold())
        return str(place["name"]) if place is not None else name

    return resolve


def _selected_places(
    events: pd.DataFrame, resolve: Callable[[str], str], selected_event_id: str | None
) -> set[str]:
    """The names (as the places table spells them) of the places the selected event names."""
    if selected_event_id is None or not len(events):
        return set()
    chosen = events.loc[events["event_id"] == selected_event_id, "places"]
    return {resolve(name) for name in _place_names(chosen.iloc[0])} if len(chosen) else set()


def mark_selected(
    summary: pd.DataFrame, events: pd.DataFrame, places: pd.DataFrame, selected_event_id: str | None
) -> pd.DataFrame:
    """place_summary(events, places) made for another selection, marked for this one (the
    same as place_summary(..., selected_event_id=...), without summarising again)."""
    resolve = _resolver(_places_by_name(places))
    chosen = _selected_places(events, resolve, selected_event_id)
    marked = (
        summary.assign(selected=summary["name"].isin(chosen)) if len(summary) else summary.copy()
    )
    marked.attrs = dict(summary.attrs)
    return marked


def day_ordinals(values: pd.Series) -> np.ndarray:
    """int64 date ordinals of a column of date cells (as_date), 0 where there is none;
    converted once per distinct cell: a corpus has a few hundred days in 460,000 rows,
    where a loop over the rows took 0.3 s a column."""
    codes, uniques = pd.factorize(values)
    days = [as_date(value) for value in uniques]
    ordinals = np.array([day.toordinal() if day else 0 for day in days] + [0], dtype=np.int64)
    return ordinals[codes]  # code -1 (a missing cell) takes the trailing 0


def _day_keys(dates: pd.Series) -> np.ndarray:
    """Each date cell's ordinal, date.max's for an undated one (sorted last)."""
    days = day_ordinals(dates)
    return np.where(days > 0, days, date.max.toordinal())


def _event_line(event: dict) -> str:
    when = date_label(event.get("date"), event.get("date_end"), event.get("precision"))
    sentence = shorten(event.get("sentence"), EVENT_LINE_CHARS)
    outlet = event.get("outlet")
    return (
        f"{when} · {outlet if isinstance(outlet, str) and outlet else 'unknown outlet'}: {sentence}"
    )


SUMMARY_EVENT_COLUMNS = (
    "event_id",
    "places",
    "date",
    "date_end",
    "precision",
    "outlet",
    "sentence",
)


def place_summary(
    events: pd.DataFrame,
    places: pd.DataFrame,
    *,
    selected_event_id: str | None = None,
    max_events_listed: int = 5,
) -> pd.DataFrame:
    """One row per place the events mention, with coordinates, counts and tooltip text.

    Reads events.event_id/places/date/date_end/precision/outlet/sentence and the places table
    (name, local_name, kind, country, lat, lon, optional verified). Columns: SUMMARY_COLUMNS
    (approximate: the table says the position is not verified); events_text is
    plain-text lines joined by "\\n", earliest first (not HTML: Streamlit escapes tooltip
    values itself, and the map's tooltip style keeps the line breaks). Places with no coordinates are dropped
    and counted in `attrs["unlocated"]` (their names in `attrs["unlocated_names"]`).
    """
    lookup = _places_by_name(places)
    resolve = _resolver(lookup)
    mentions = _mentions(events)
    resolved = {name: resolve(name) for name in pd.unique(mentions["place"])}
    mentions["place"] = mentions["place"].map(resolved)
    mentions = mentions.drop_duplicates(["row", "place"])  # "Grodno" and "grodno" count once
    # each place's events earliest first (undated last), then by id: sorted once for all
    # places, where a record per event and a sort per place took 1.6 s at 463,741 events
    mentions["day"] = _day_keys(events["date"])[mentions["row"].to_numpy(dtype=np.int64)]
    mentions["event_id"] = mentions["event_id"].astype(str)
    mentions = mentions.sort_values(["place", "day", "event_id"], kind="stable")
    # only the columns the tooltips read, for the few events each place lists
    wanted = [c for c in SUMMARY_EVENT_COLUMNS if c in events.columns]
    selected_places = _selected_places(events, resolve, selected_event_id)

    rows = []
    unlocated: list[str] = []
    for name, group in mentions.groupby("place", sort=True):
        place = lookup.get(name)
        if place is None or not (_finite(place.get("lat")) and _finite(place.get("lon"))):
            unlocated.append(str(name))
            continue
        event_ids = group["event_id"].tolist()
        listed = events.iloc[group["row"].iloc[:max_events_listed].to_numpy(dtype=np.int64)]
        lines = [_event_line(event) for event in listed[wanted].to_dict("records")]
        if len(event_ids) > max_events_listed:
            lines.append(f"… and {len(event_ids) - max_events_listed} more")
        local_name = place.get("local_name")
        rows.append(
            {
                "name": str(place["name"]),
                "local_name": str(local_name) if local_name and local_name == local_name else "",
                "kind": place.get("kind") or "",
                "country": place.get("country") or "",
                "lat": float(place["lat"]),
                "lon": float(place["lon"]),
                "event_count": len(event_ids),
                "event_ids": event_ids,
                "events_text": "\n".join(lines),
                "selected": name in selected_places,
                # the gazetteer marks positions it could not verify against GeoNames
                "approximate": "verified" in place and not _is_verified(place.get("verified")),
            }
        )
    summary = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    if not summary.empty:
        summary = summary.sort_values(
            ["event_count", "name"], ascending=[False, True], ignore_index=True
        )
    summary.attrs["unlocated"] = len(unlocated)
    summary.attrs["unlocated_names"] = unlocated
    return summary


def is_crossing_name(name: Any) -> bool:
    """True for names like "Bruzgi–Kuźnica crossing" / "Kuznica-Bruzgi border crossing"."""
    folded = str(name or "").casefold()
    return "crossing" in folded and (
        "bruzgi" in folded or "kuźnica" in folded or "kuznica" in folded
    )


def crossing_record(summary: pd.DataFrame) -> dict:
    """The crossing as a map record: its summary row if the events mention it, else CROSSING."""
    if not summary.empty:
        matches = summary[summary["name"].map(is_crossing_name)]
        if not matches.empty:
            row = matches.iloc[0]
            return {
                "name": row["name"],
                "local_name": row["local_name"] or CROSSING.local_name,
                "lat": float(row["lat"]),
                "lon": float(row["lon"]),
                "event_count": int(row["event_count"]),
                "events_text": row["events_text"],
            }
    return {
        "name": CROSSING.name,
        "local_name": CROSSING.local_name,
        "lat": CROSSING.lat,
        "lon": CROSSING.lon,
        "event_count": 0,
        "events_text": "No events in the current filters mention the crossing.",
    }


def text_size_px(label: str, font_px: float) -> tuple[float, float]:
    """Approximate (width, height) in pixels of a label in a proportional sans-serif font."""
    lines = label.split("\n")
    return max(len(line) for line in lines) * 0.58 * font_px, len(lines) * 1.25 * font_px


def label_box(
    lat: float,
    lon: float,
    zoom: float,
    *,
    size_px: tuple[float, float],
    offset_px: float = 0.0,
    anchor: str = "start",
) -> tuple[float, float, float, float]:
    """The pixel box (x0, y0, x1, y1) of a label beside its point: anchor "start" puts the
    text to the right of the point, "end" to the left (deck.gl TextLayer anchors)."""
    x, y = to_pixels(lat, lon, zoom)
    width, height = size_px
    left = x + offset_px if anchor == "start" else x - offset_px - width
    return (left, y - height / 2, left + width, y + height / 2)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def declutter(
    records: list[dict],
    *,
    zoom: float,
    font_px: float,
    offset_px: float = 0.0,
    reserved: Iterable[tuple[float, float, float, float]] = (),
) -> list[dict]:
    """Keep the records whose labels (record["label"], right of the point, by
    record["offset"][0] pixels when given, else offset_px) overlap no higher-ranked label
    and no reserved box at this zoom.

    records come ranked, most important first. Deterministic: the same filters always
    label the same places. (deck.gl's CollisionFilterExtension would do this in the
    browser, but per frame and untestable here.)
    """
    placed = list(reserved)
    kept = []
    for record in records:
        box = label_box(
            record["lat"],
            record["lon"],
            zoom,
            size_px=text_size_px(record["label"], font_px),
            offset_px=record["offset"][0] if record.get("offset") else offset_px,
        )
        if not any(_overlap(box, other) for other in placed):
            kept.append(record)
            placed.append(box)
    return kept


def places_geojson(summary: pd.DataFrame, events: pd.DataFrame) -> dict:
    """A GeoJSON FeatureCollection of the summary's places, each with all its events.

    Coordinates are [lon, lat] (RFC 7946); each feature's properties: name, local_name,
    event_count and events [{event_id, date (ISO or null), outlet, sentence}].
    """
    # only the columns the tooltips read: a record of every column for 60,000 events is slow
    wanted = [c for c in SUMMARY_EVENT_COLUMNS if c in events.columns]
    by_event = (
        {row["event_id"]: row for row in events[wanted].to_dict("records")} if len(events) else {}
    )
    features = []
    for row in summary.to_dict("records"):
        if not (_finite(row["lat"]) and _finite(row["lon"])):
            continue
        place_events = []
        for event_id in row["event_ids"]:
            event = by_event.get(event_id)
            if event is None:
                continue
            day = as_date(event.get("date"))
            place_events.append(
                {
                    "event_id": str(event_id),
                    "date": day.isoformat() if day else None,
                    "outlet": event.get("outlet"),
                    "sentence": event.get("sentence"),
                }
            )
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(float(row["lon"]), 6), round(float(row["lat"]), 6)],
                },
                "properties": {
                    "name": row["name"],
                    "local_name": row["local_name"],
                    "event_count": int(row["event_count"]),
                    "events": place_events,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
