"""Poland's border emergency zone of 2021-2022, approximated as a strip inside Poland along
the Belarusian border, and the other fixed references of the crossing map (the road).

The state of emergency (2 Sept 2021 - 30 June 2022; from 1 Dec 2021 a ban on entry under
the Border Protection Act, over the same area) covered 183 localities in a strip about
3 km deep along the border with Belarus in the Podlaskie and Lublin voivodeships. The
localities' own boundaries are not in this repository, so the strip here is a buffer of
ZONE_DEPTH_KM inside Poland along the PRG border line between the Lithuanian and the
Ukrainian tripoints: an approximation, and labelled as one on the map.

Reads the PRG outline (data/poland-outline-prg.geojson) through geo.py; pure otherwise.
It does not draw (charts/map_layers.py does).
"""

from __future__ import annotations

import functools
import math

from crisis_timeline import geo

ZONE_DEPTH_KM = 3.0
ZONE_NOTE = (
    "approximate: a 3 km strip inside Poland along the PRG border line with Belarus; the "
    "zone itself was 183 listed localities (Podlaskie and Lublin voivodeships), "
    "2 Sept 2021 - 30 June 2022"
)
# Where Poland's border with Belarus starts and ends (lat, lon): the tripoints with
# Lithuania (near Kadysz) and Ukraine (on the Bug near Orchówek), as on the PRG outline.
BELARUS_BORDER_ENDS = ((53.961, 23.512), (51.502, 23.624))
# Bends of the Bug finer than this are smoothed before offsetting, so the inner edge of
# a 3 km strip does not loop over itself (km).
SMOOTHING_KM = 1.5
KM_PER_DEG_LAT = 110.57

# The road through the crossing: Polish national road 19 (DK19: Kuźnica - Sokółka -
# Białystok) and Belarus's M6 (Bruzgi - Hrodna - Minsk). No road geometry is available
# offline, so the line joins the places it passes (lat, lon, from data/places.csv);
# approximate, and labelled as such.
ROAD_NAME = "DK19 / M6 (Białystok–Hrodna road)"
ROAD_NOTE = "approximate line: drawn through the towns it links, not surveyed"
ROAD_WAYPOINTS = ("Sokółka", "Kuźnica", "Kuźnica–Bruzgi crossing", "Bruzgi", "Hrodna")


def _nearest(ring: list[list[float]], lat: float, lon: float) -> int:
    return min(range(len(ring)), key=lambda i: (ring[i][0] - lon) ** 2 + (ring[i][1] - lat) ** 2)


def border_with_belarus(outline: dict) -> list[list[float]]:
    """Poland's border line with Belarus ([lon, lat] points, north to south) from the PRG
    outline: the part of its outer ring between the two tripoints that runs east of them."""
    geometry = outline["features"][0]["geometry"]
    polygons = (
        geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    )
    # the mainland: the largest outer ring
    ring = max((polygon[0] for polygon in polygons), key=len)
    (north_lat, north_lon), (south_lat, south_lon) = BELARUS_BORDER_ENDS
    north, south = _nearest(ring, north_lat, north_lon), _nearest(ring, south_lat, south_lon)
    low, high = sorted((north, south))
    inner = ring[low : high + 1]
    outer = ring[high:] + ring[1 : low + 1]  # the rest of the ring (first = last point)
    # the border with Belarus is the eastern of the two ways round
    line = max((inner, outer), key=lambda part: sum(p[0] for p in part) / len(part))
    if line[0][1] < line[-1][1]:
        line = line[::-1]
    return line


def _to_km(point: list[float], lat0: float) -> tuple[float, float]:
    return point[0] * KM_PER_DEG_LAT * math.cos(math.radians(lat0)), point[1] * KM_PER_DEG_LAT


def _to_deg(x: float, y: float, lat0: float) -> list[float]:
    lon = x / (KM_PER_DEG_LAT * math.cos(math.radians(lat0)))
    return [round(lon, geo.COORDINATE_DECIMALS), round(y / KM_PER_DEG_LAT, geo.COORDINATE_DECIMALS)]


def offset_line(
    line: list[list[float]], depth_km: float, *, west: bool = True
) -> list[list[float]]:
    """`line` ([lon, lat] points, north to south) moved `depth_km` to its right walking
    south (west=True, into Poland) or its left, each point along the normal of the chord
    between its neighbours."""
    lat0 = sum(p[1] for p in line) / len(line)
    points = [_to_km(p, lat0) for p in line]
    side = -1.0 if west else 1.0
    moved = []
    for index, (x, y) in enumerate(points):
        before = points[max(index - 1, 0)]
        after = points[min(index + 1, len(points) - 1)]
        dx, dy = after[0] - before[0], after[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        # walking the border north to south, Poland is on the right: the right-hand
        # normal (dy, -dx) points into it wherever the line turns
        nx, ny = -side * dy / length, side * dx / length
        moved.append(_to_deg(x + nx * depth_km, y + ny * depth_km, lat0))
    return moved


def _away_from(
    points: list[list[float]], border: list[list[float]], depth_km: float
) -> list[list[float]]:
    """Each point pushed out to `depth_km` from its nearest border vertex when closer: at a
    sharp bend of the Bug, an offset along the chord's normal came within 0.4 km of it."""
    lat0 = sum(p[1] for p in border) / len(border)
    border_km = [_to_km(p, lat0) for p in border]
    pushed = []
    for point in points:
        x, y = _to_km(point, lat0)
        bx, by = min(border_km, key=lambda b: (b[0] - x) ** 2 + (b[1] - y) ** 2)
        distance = math.hypot(x - bx, y - by)
        if 0 < distance < depth_km:
            scale = depth_km / distance
            x, y = bx + (x - bx) * scale, by + (y - by) * scale
        pushed.append(_to_deg(x, y, lat0))
    return pushed


def zone_feature(outline: dict, depth_km: float = ZONE_DEPTH_KM) -> dict:
    """The approximate emergency-zone strip as a GeoJSON Polygon feature (properties: name,
    local_name, note)."""
    border = border_with_belarus(outline)
    smooth = geo.simplify_line(border, SMOOTHING_KM / KM_PER_DEG_LAT)
    inner_edge = _away_from(offset_line(smooth, depth_km, west=True), border, depth_km)
    # the outer edge is the border itself (it must meet the border line the map draws);
    # only the inner edge comes from the smoothed line
    ring = [*border, *inner_edge[::-1], border[0]]
    return {
        "type": "Feature",
        "properties": {
            "name": "Emergency zone, Sept 2021 – June 2022 (approximate)",
            "local_name": "strefa stanu wyjątkowego",
            "note": ZONE_NOTE,
        },
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


@functools.lru_cache(maxsize=1)
def emergency_zone() -> dict:
    """The strip from the repository's PRG outline (cached: the same every run)."""
    return zone_feature(geo.load_poland_outline())
