"""The gazetteer's records and the CSV files they are read from.

Holds `Actor`, `Place`, `RolePhrase` (the rows of ``data/actors.csv``, ``data/places.csv``
and ``data/actor_roles.csv``), `Mention` (a span of text naming one of them), the readers of
those files and the great-circle distance between two places.

It does not find names in text (`entity_matching.py` does) nor build the gazetteer
(`entities.py` does).
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

Category = Literal["actor", "place"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organisation", "institution", "government")
PLACE_KINDS: tuple[str, ...] = (
    "crossing",
    "village",
    "town",
    "city",
    "capital",
    "camp",
    "region",
    "country",
    "river",
    "forest",
    "airport",
)

ACTORS_FILE = "actors.csv"
ROLES_FILE = "actor_roles.csv"
PLACES_FILE = "places.csv"


@dataclass(frozen=True)
class Actor:
    """A person, organisation, institution or government, with its aliases."""

    name: str
    kind: str
    role: str
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Place:
    """A place with WGS84 coordinates; ``confidence`` 1.0 when curated, lower from GeoNames."""

    name: str
    local_name: str
    kind: str
    country: str
    lat: float
    lon: float
    verified: str
    confidence: float
    aliases: tuple[str, ...] = ()
    geonames_id: int | None = None

    @property
    def approximate(self) -> bool:
        """True when the coordinates could not be checked (``verified`` says "approximate")."""
        return self.verified.startswith("approximate")


@dataclass(frozen=True)
class Mention:
    """A span of the given text naming an actor or a place (``name`` is canonical)."""

    start: int
    end: int
    text: str
    name: str
    category: Category
    confidence: float
    reason: str = ""  # why it resolved: "alias", "role phrase ...", "geonames fallback ..."


@dataclass(frozen=True)
class RolePhrase:
    """A description that names an office holder during a date range (ends inclusive)."""

    phrase: str
    language: str
    actor: str
    valid_from: date | None
    valid_to: date | None

    def holds_on(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


def _split_aliases(value: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in (value or "").split("|") if a.strip())


def _parse_date(value: str) -> date | None:
    return date.fromisoformat(value) if value and value.strip() else None


def read_actors(path: Path) -> list[Actor]:
    """Rows of actors.csv as Actor records."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Actor(
                name=row["name"].strip(),
                kind=row["kind"].strip(),
                role=row["role"].strip(),
                country=row["country"].strip(),
                aliases=_split_aliases(row["aliases"]),
            )
            for row in csv.DictReader(handle)
        ]


def read_roles(path: Path) -> list[RolePhrase]:
    """Rows of actor_roles.csv (missing file: no role phrases)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            RolePhrase(
                phrase=row["phrase"].strip(),
                language=row["language"].strip(),
                actor=row["actor"].strip(),
                valid_from=_parse_date(row["valid_from"]),
                valid_to=_parse_date(row["valid_to"]),
            )
            for row in csv.DictReader(handle)
        ]


def read_places(path: Path) -> list[Place]:
    """Rows of places.csv as curated Place records (confidence 1.0)."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Place(
                name=row["name"].strip(),
                local_name=row["local_name"].strip(),
                kind=row["kind"].strip(),
                country=row["country"].strip(),
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                verified=row["verified"].strip(),
                confidence=1.0,
                aliases=_split_aliases(row["aliases"]),
                geonames_id=int(row["geonames_id"]) if row["geonames_id"].strip() else None,
            )
            for row in csv.DictReader(handle)
        ]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))
