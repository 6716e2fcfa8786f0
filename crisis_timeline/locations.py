"""Coordinates for the places events mention: the gazetteer's answer as a table.

This is where a place name gets its coordinates for the map and the GeoJSON export
(curated data/places.csv first, GeoNames fallback with a lower confidence; see entities.py).
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from crisis_timeline.entities import load_gazetteer

PLACE_COLUMNS = ["name", "local_name", "kind", "country", "lat", "lon", "verified", "confidence"]


def places_frame(names: Iterable[str]) -> pd.DataFrame:
    """One row per resolvable place name (unknown names are left out)."""
    gazetteer = load_gazetteer()
    rows = []
    for name in dict.fromkeys(names):
        place = gazetteer.place(name)
        if place is not None:
            rows.append({column: getattr(place, column) for column in PLACE_COLUMNS})
    return pd.DataFrame(rows, columns=PLACE_COLUMNS)


def places_of(events: pd.DataFrame) -> pd.DataFrame:
    """The places mentioned by `events`, with coordinates."""
    if events.empty:
        return pd.DataFrame(columns=PLACE_COLUMNS)
    return places_frame(sorted({n for names in events["places"] for n in names}))
