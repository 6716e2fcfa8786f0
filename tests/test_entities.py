"""Actors and places: aliases in both languages, folding, word boundaries, longest match,
role phrases, offsets, the seeds, and the reference data itself (the GeoNames fallback is
tested in test_geonames_fallback.py)."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from crisis_timeline import settings
from crisis_timeline.entities import (
    ACTOR_KINDS,
    PLACE_KINDS,
    Gazetteer,
    Mention,
    alias_key,
    distance_km,
    fold,
    load_gazetteer,
    read_actors,
    read_places,
    read_roles,
)

SEEDS = settings.SEEDS_DIR


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def names(mentions: list[Mention]) -> set[str]:
    return {m.name for m in mentions}


# --- aliases, both languages --------------------------------------------------------------
ALIASES = [
    # (language, text, category, canonical name, text of the mention)
    ("fr", "Vladimir Poutine a appelé", "actor", "Vladimir Putin", "Vladimir Poutine"),
    ("fr", "selon Poutine, rien", "actor", "Vladimir Putin", "Poutine"),
    ("fr", "Alexandre Loukachenko a dit", "actor", "Alexander Lukashenko", "Alexandre Loukachenko"),
    ("fr", "LOUKACHENKO MENACE", "actor", "Alexander Lukashenko", "LOUKACHENKO"),
    (
        "pl",
        "Aleksander Łukaszenka powiedział",
        "actor",
        "Alexander Lukashenko",
        "Aleksander Łukaszenka",
    ),
    ("ru", "Лукашенко заявил", "actor", "Alexander Lukashenko", "Лукашенко"),
    ("en", "Aliaksandr Lukashenka said", "actor", "Alexander Lukashenko", "Aliaksandr Lukashenka"),
    ("en", "spoke to Makei on Sunday", "actor", "Vladimir Makei", "Makei"),
    ("pl", "minister Makiej", "actor", "Vladimir Makei", "Makiej"),
    ("en", "Josep Borrell Fontelles said", "actor", "Josep Borrell", "Josep Borrell Fontelles"),
    ("en", "Emmanuel Macron spoke", "actor", "Emmanuel Macron", "Emmanuel Macron"),
    ("fr", "a indiqué l'Élysée", "actor", "Élysée Palace", "Élysée"),
    ("fr", "rapporte l’Élysée.", "actor", "Élysée Palace", "Élysée"),
    ("fr", "comme l’Elysée l’a enregistré", "actor", "Élysée Palace", "Elysée"),
    ("en", "a statement from the Elysee Palace said", "actor", "Élysée Palace", "Elysee Palace"),
    ("en", "and Gitanas Nauseda said", "actor", "Gitanas Nausėda", "Gitanas Nauseda"),
    ("en", "Mariusz Kaminski reported", "actor", "Mariusz Kamiński", "Mariusz Kaminski"),
    ("en", "Dunja Mijatovic arrived", "actor", "Dunja Mijatović", "Dunja Mijatovic"),
    (
        "fr",
        "le Haut-Commissariat des Nations unies pour les réfugiés",
        "actor",
        "UNHCR",
        "Haut-Commissariat des Nations unies pour les réfugiés",
    ),
    (
        "fr",
        "l’Organisation internationale pour les migrations",
        "actor",
        "IOM",
        "Organisation internationale pour les migrations",
    ),
    (
        "fr",
        "les gardes-frontières de Biélorussie ont déclaré",
        "actor",
        "State Border Committee of Belarus",
        "gardes-frontières de Biélorussie",
    ),
    (
        "en",
        "Polish border guards were quick",
        "actor",
        "Polish Border Guard",
        "Polish border guards",
    ),
    ("en", "the Lukashenko regime", "actor", "Government of Belarus", "Lukashenko regime"),
    ("en", "near the village of Brouzgi", "place", "Bruzgi", "Brouzgi"),
    ("pl", "wieś Kuźnica", "place", "Kuźnica", "Kuźnica"),
    ("en", "in Kuznica on Monday", "place", "Kuźnica", "Kuznica"),
    ("en", "Kuźnica Białostocka village", "place", "Kuźnica", "Kuźnica Białostocka"),
    ("en", "the city of Hrodna", "place", "Hrodna", "Hrodna"),
    ("en", "the city of Grodno", "place", "Hrodna", "Grodno"),
    ("ru", "город Гродно", "place", "Hrodna", "Гродно"),
    ("fr", "en Biélorussie", "place", "Belarus", "Biélorussie"),
    ("fr", "au Bélarus", "place", "Belarus", "Bélarus"),
    ("pl", "migranci na Białorusi", "place", "Belarus", "Białorusi"),  # case forms are aliases
    ("fr", "des migrants d'Irak", "place", "Iraq", "Irak"),
    ("fr", "la Lituanie, la Lettonie", "place", "Lithuania", "Lituanie"),
    ("fr", "Varsovie a refusé", "place", "Warsaw", "Varsovie"),
    ("fr", "Bruxelles continue", "place", "Brussels", "Bruxelles"),
    ("fr", "Moscou a dépêché", "place", "Moscow", "Moscou"),
    ("fr", "en mer Noire", "place", "Black Sea", "mer Noire"),
    ("en", "in the Black Sea", "place", "Black Sea", "Black Sea"),
    ("en", "between Kiev and rebels", "place", "Kyiv", "Kiev"),
    ("en", "the Novo-Ogaryovo state residence", "place", "Novo-Ogaryovo", "Novo-Ogaryovo"),
    (
        "fr",
        "à la frontière biélorusse-polonaise",
        "place",
        "Belarus–Poland border",
        "frontière biélorusse-polonaise",
    ),
    (
        "fr",
        "à la frontière entre la Biélorussie et la Pologne",
        "place",
        "Belarus–Poland border",
        "frontière entre la Biélorussie et la Pologne",
    ),
]


@pytest.mark.parametrize(("language", "text", "category", "name", "written"), ALIASES)
def test_alias_resolves(gazetteer, language, text, category, name, written):
    found = (
        gazetteer.find_actors(text)
        if category == "actor"
        else gazetteer.find_places(text, fallback=False)
    )
    assert [(m.name, m.text, m.category) for m in found if m.name == name] == [
        (name, written, category)
    ], (language, [(m.name, m.text) for m in found])


# --- whole words only, case rules ---------------------------------------------------------
NO_MATCH = [
    # (text, category, name that must not be found)
    ("Iraqis and Syrians were banned", "place", "Iraq"),
    ("Syrians were banned", "place", "Syria"),
    ("the Minskers protested", "place", "Minsk"),
    ("a Parisian café", "place", "Paris"),
    ("Putinism is a doctrine", "actor", "Vladimir Putin"),
    ("the Macronist camp", "actor", "Emmanuel Macron"),
    ("les Biélorusses", "place", "Belarus"),
    ("it remains concerning to us", "place", "United States"),
    ("roast turkey for dinner", "place", "Turkey"),
    ("a steel truss", "actor", "Liz Truss"),
    ("France 24 invites you", "place", "France"),
    ("le groupe de Minsk de l'OSCE", "place", "Minsk"),
    ("UN MIGRANT EST MORT À LA FRONTIÈRE", "actor", "United Nations"),
    ("a kremlinology seminar", "actor", "Kremlin"),
    ("amnesty was granted", "actor", "Amnesty International"),
    ("a kuznica is a forge", "place", "Kuźnica"),  # capitalised aliases need a capital
]


@pytest.mark.parametrize(("text", "category", "name"), NO_MATCH)
def test_no_match(gazetteer, text, category, name):
    found = gazetteer.find_actors(text) if category == "actor" else gazetteer.find_places(text)
    assert name not in names(found)


CASE_AND_FOLDING = [
    # (text, category, name): case and diacritics do not matter unless the alias says so
    ("KUŹNICA", "place", "Kuźnica"),
    ("Kuznica", "place", "Kuźnica"),
    ("BELARUS", "place", "Belarus"),
    ("BIELORUSSIE", "place", "Belarus"),
    ("US troops", "place", "United States"),
    ("the U.S. said", "place", "United States"),
    ("the UN said", "actor", "United Nations"),
    ("LUKASZENKA", "actor", "Alexander Lukashenko"),
    ("POLISH BORDER GUARDS", "actor", "Polish Border Guard"),
    ("les gardes-frontières polonais", "actor", "Polish Border Guard"),
    ("GARDES-FRONTIÈRES POLONAIS", "actor", "Polish Border Guard"),
    ("Kuźnica – Bruzgi crossing", "place", "Kuźnica–Bruzgi crossing"),
    ("Kuznica-Bruzgi crossing", "place", "Kuźnica–Bruzgi crossing"),
]


@pytest.mark.parametrize(("text", "category", "name"), CASE_AND_FOLDING)
def test_case_and_diacritics_folding(gazetteer, text, category, name):
    found = gazetteer.find_actors(text) if category == "actor" else gazetteer.find_places(text)
    assert name in names(found)


def test_fold():
    assert fold("Kuźnica–Łódź’s") == "kuznica-lodz's"
    assert fold("BIÉLORUSSIE") == "bielorussie"
    assert alias_key("l’Élysée") == ("l", "elysee")


# --- longest match ------------------------------------------------------------------------
LONGEST = [
    # (text, category, the only name found, its text)
    (
        "at the Kuźnica-Bruzgi crossing",
        "place",
        "Kuźnica–Bruzgi crossing",
        "Kuźnica-Bruzgi crossing",
    ),
    ("on the Belarus-Poland border", "place", "Belarus–Poland border", "Belarus-Poland border"),
    ("the Polish-Belarusian border", "place", "Belarus–Poland border", "Polish-Belarusian border"),
    ("le groupe de Minsk de l'OSCE", "actor", "OSCE Minsk Group", "groupe de Minsk de l'OSCE"),
    ("France 24 invites you", "actor", "France 24", "France 24"),
    ("the UN refugee agency", "actor", "UNHCR", "UN refugee agency"),
    ("Belarusian Red Cross volunteers", "actor", "Belarusian Red Cross", "Belarusian Red Cross"),
]


@pytest.mark.parametrize(("text", "category", "name", "written"), LONGEST)
def test_longest_match_wins(gazetteer, text, category, name, written):
    found = (
        gazetteer.find_actors(text)
        if category == "actor"
        else gazetteer.find_places(text, fallback=False)
    )
    assert [(m.name, m.text) for m in found] == [(name, written)]


# --- role phrases -------------------------------------------------------------------------
ROLES = [
    # (language, text, on, name)
    ("en", "the Belarusian foreign minister spoke", None, "Vladimir Makei"),
    ("en", "Spoke to #Belarus Foreign Minister", None, "Vladimir Makei"),
    ("fr", "le ministre biélorusse des Affaires étrangères", None, "Vladimir Makei"),
    ("en", "The head of European diplomacy and", None, "Josep Borrell"),
    ("fr", "le chef de la diplomatie européenne", None, "Josep Borrell"),
    ("en", "Polish Interior Minister said", None, "Mariusz Kamiński"),
    ("fr", "Le président biélorusse a noté", None, "Alexander Lukashenko"),
    ("fr", "il a demandé au président russe", None, "Vladimir Putin"),
    ("fr", "Le président français a évoqué", None, "Emmanuel Macron"),
    ("en", "France's president had spoken", None, "Emmanuel Macron"),
    ("en", "used by the Russian leader", None, "Vladimir Putin"),
    ("en", "German chancellor Angela Merkel", date(2021, 11, 15), "Angela Merkel"),
    ("en", "the German chancellor said", date(2021, 12, 20), "Olaf Scholz"),
    ("fr", "la chancelière allemande", None, "Angela Merkel"),
    ("en", "NATO chief Jens Stoltenberg", None, "Jens Stoltenberg"),
    ("en", "Pentagon Spokesman John Kirby", None, "John Kirby"),
    ("en", "The European commissioner for human rights", None, "Dunja Mijatović"),
]


@pytest.mark.parametrize(("language", "text", "on", "name"), ROLES)
def test_role_phrases(gazetteer, language, text, on, name):
    found = gazetteer.find_actors(text, on=on)
    assert found and found[0].name == name, (language, found)
    role_mentions = [m for m in found if m.reason.startswith("role phrase")]
    assert role_mentions and all(m.confidence < 1.0 for m in role_mentions)


def test_role_phrase_outside_its_dates_resolves_to_nobody(gazetteer):
    assert (
        gazetteer.find_actors("the German chancellor", on=date(2021, 12, 20))[0].name
        == "Olaf Scholz"
    )
    assert gazetteer.find_actors("la chancelière allemande", on=date(2022, 3, 1)) == []


def test_each_role_phrase_has_one_holder_on_any_day():
    roles = read_roles(settings.DATA_DIR / "actor_roles.csv")
    actors = {a.name for a in read_actors(settings.ACTORS_CSV)}
    by_key: dict[tuple[str, ...], list] = {}
    for role in roles:
        assert role.actor in actors, role
        assert role.language in {"en", "fr"}, role
        if role.valid_from and role.valid_to:
            assert role.valid_from <= role.valid_to, role
        by_key.setdefault(alias_key(role.phrase), []).append(role)
    for key, holders in by_key.items():
        for day in (date(2021, 8, 1), date(2021, 11, 15), date(2021, 12, 8), date(2022, 1, 20)):
            assert len({r.actor for r in holders if r.holds_on(day)}) <= 1, (key, day)


# --- offsets ------------------------------------------------------------------------------
def test_offsets_survive_folding_that_changes_length(gazetteer):
    text = "Straße. Łukaszenka i Poutine, l’Élysée, Kuz\u0301nica, Œuvre, Belarus."
    mentions = gazetteer.find_actors(text) + gazetteer.find_places(text)
    assert {m.text for m in mentions} == {
        "Łukaszenka",
        "Poutine",
        "Élysée",
        "Kuz\u0301nica",
        "Belarus",
    }
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_offsets_in_every_seed(gazetteer, form):
    for path in sorted(SEEDS.glob("*.txt")):
        text = unicodedata.normalize(form, path.read_text(encoding="utf-8"))
        mentions = gazetteer.find_actors(text) + gazetteer.find_places(text)
        assert mentions, path.name
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text, (path.name, mention)
            before = text[mention.start - 1 : mention.start]
            after = text[mention.end : mention.end + 1]
            assert not re.match(r"\w", before) and not re.match(r"\w", after), mention


# --- the seeds ----------------------------------------------------------------------------
SEED_ENTITIES = {
    "000_655bb99b2924ade9": (
        {
            "Ahmed al-Sahaf",
            "Alar Karis",
            "Alexander Lukashenko",
            "Angela Merkel",
            "Belarusian Armed Forces",
            "Belarusian state media",
            "Boris Johnson",
            "Dunja Mijatović",
            "Egils Levits",
            "Emmanuel Macron",
            "European Union",
            "Gitanas Nausėda",
            "Government of Belarus",
            "Government of Poland",
            "Polish Border Guard",
            "The Independent",
            "Vladimir Putin",
            "Élysée Palace",
        },
        {
            "Belarus",
            "Belarus–Poland border",
            "Brussels",
            "Estonia",
            "Europe",
            "Iraq",
            # "the border checkpoint separating Belarus and Poland": the crossing (issue 20)
            "Kuźnica–Bruzgi crossing",
            "Latvia",
            "Lithuania",
            "Middle East",
            "Minsk",
            "Moscow",
            "Poland",
            "Russia",
            "United Kingdom",
            "Vilnius",
        },
    ),
    "001_3363885a5dd15a01": (
        {
            "Agence France-Presse",
            "Alexander Lukashenko",
            "Cham Wings Airlines",
            "European Union",
            "Foreign Affairs Council",
            "France 24",
            "Government of Belarus",
            "Josep Borrell",
            "Journal du Dimanche",
            "Mariusz Kamiński",
            "Mateusz Morawiecki",
            "NATO",
            "Polish Press Agency",
            "Vladimir Makei",
            "Vladimir Putin",
        },
        {
            "Belarus",
            "Belarus–Poland border",
            "Brussels",
            "Bruzgi",
            "Europe",
            "Germany",
            "Middle East",
            "Minsk",
            "Poland",
            "Russia",
            "Starzyna",
            "Turkey",
            "United States",
            "Warsaw",
        },
    ),
    "002_bde4654bc6621b48": (
        {
            "Alexander Lukashenko",
            "Emmanuel Macron",
            "European Union",
            "Government of Belarus",
            "Government of Ukraine",
            "Jens Stoltenberg",
            "John Kirby",
            "Kremlin",
            "NATO",
            "Polish Border Guard",
            "Radio France Internationale",
            "Reuters",
            "Russian Armed Forces",
            "Sputnik",
            "Vladimir Putin",
            "Élysée Palace",
        },
        {
            "Belarus",
            "Belarus–Poland border",
            "Black Sea",
            "Crimea",
            "France",
            "Kyiv",
            "Middle East",
            "Moscow",
            "Novo-Ogaryovo",
            "Poland",
            "Russia",
            "Ukraine",
            "United States",
            "Washington",
        },
    ),
    "003_93153ee81dbacbed": (
        {
            "Alexander Lukashenko",
            "Emmanuel Macron",
            "European Union",
            "IOM",
            "OSCE Minsk Group",
            "State Border Committee of Belarus",
            "UNHCR",
            "Vladimir Putin",
            "Élysée Palace",
        },
        {
            "Africa",
            "Armenia",
            "Azerbaijan",
            "Belarus",
            "Belarus–Poland border",
            "Latvia",
            "Lithuania",
            "Middle East",
            "Minsk",
            "Poland",
        },
    ),
    "004_dc42871c880d9ee6": (
        {
            "Alexander Lukashenko",
            "Emmanuel Macron",
            "European Union",
            "Normandy Format",
            "UNHCR",
            "Vladimir Putin",
            "Élysée Palace",
        },
        {
            "Belarus",
            "Belarus–Poland border",
            "Brussels",
            "Caucasus",
            "Libya",
            "Russia",
            "Ukraine",
        },
    ),
}


@pytest.mark.parametrize("seed", sorted(SEED_ENTITIES))
def test_seed_entities(gazetteer, seed):
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    expected_actors, expected_places = SEED_ENTITIES[seed]
    assert names(gazetteer.find_actors(text)) == expected_actors
    places = gazetteer.find_places(text)
    assert names(places) == expected_places
    assert all(m.confidence == 1.0 for m in places), "no GeoNames guess in the seeds"
    for name in names(places):
        place = gazetteer.place(name)
        assert place is not None and place.confidence == 1.0
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180
    for name in expected_actors:
        assert gazetteer.actor(name) is not None


# --- the reference data -------------------------------------------------------------------
KNOWN_POSITIONS = [
    # data/README.md, "Known positions (WGS84)"
    ("Kuźnica", 53.511, 23.650),
    ("Kuźnica–Bruzgi crossing", 53.587, 23.635),
    ("Hrodna", 53.676, 23.829),
]


@pytest.mark.parametrize(("name", "lat", "lon"), KNOWN_POSITIONS)
def test_known_positions(gazetteer, name, lat, lon):
    place = gazetteer.place(name)
    assert distance_km(place.lat, place.lon, lat, lon) <= 0.5
    assert place.verified.startswith("data/README.md known position")


def test_counts(gazetteer):
    assert len(gazetteer.actors) >= 80
    assert len(gazetteer.places) >= 80


VERIFIED_NOTE = re.compile(
    r"^(data/README\.md known position|geonames \d+ within \d+\.\d km|approximate: .+|approximate, ambiguous: .+)"
)


def test_every_place_row_is_plausible_and_verified(gazetteer):
    for place in gazetteer.places:
        assert place.kind in PLACE_KINDS, place
        assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180, place
        assert VERIFIED_NOTE.match(place.verified), place
        if place.verified.startswith("geonames"):
            assert place.geonames_id and str(place.geonames_id) in place.verified, place
        assert re.fullmatch(r"[A-Z]{2}|INT", place.country), place
    near_border = [p for p in gazetteer.places if p.country in {"PL", "BY", "LT", "LV"}]
    for place in near_border:
        if place.kind in {"crossing", "village", "camp"}:
            assert 49 <= place.lat <= 60 and 14 <= place.lon <= 33, place


@pytest.mark.parametrize(
    ("name", "approximate"),
    [("Hrodna", False), ("Sokółka", False), ("Starzyna", True), ("Rūdninkai camp", True)],
)
def test_approximate_flag(gazetteer, name, approximate):
    assert gazetteer.place(name).approximate is approximate


def test_every_actor_row_is_well_formed(gazetteer):
    for actor in gazetteer.actors:
        assert actor.kind in ACTOR_KINDS, actor
        assert re.fullmatch(r"[A-Z]{2}|EU|INT", actor.country), actor
        assert actor.role, actor


def test_no_alias_names_two_entities():
    owners: dict[tuple[str, ...], set[str]] = {}
    for actor in read_actors(settings.ACTORS_CSV):
        for alias in (actor.name, *actor.aliases):
            owners.setdefault(alias_key(alias), set()).add(actor.name)
    for place in read_places(settings.PLACES_CSV):
        for alias in (place.name, place.local_name, *place.aliases):
            owners.setdefault(alias_key(alias), set()).add(place.name)
    assert {key: who for key, who in owners.items() if len(who) > 1} == {}


# Surnames or names that are also common words or first names in English or French.
RISKY_ALIASES = {"michel", "rau", "beaune", "grandi", "patel", "independent", "bug", "america"}


def test_aliases_are_distinctive():
    for actor in read_actors(settings.ACTORS_CSV):
        assert not {fold(a) for a in actor.aliases} & RISKY_ALIASES, actor.name
    for place in read_places(settings.PLACES_CSV):
        assert not {fold(a) for a in place.aliases} & RISKY_ALIASES, place.name


def test_places_csv_is_what_the_verification_script_writes():
    script = settings.PROJECT_ROOT / "scripts" / "verify_places.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr


def test_load_gazetteer_is_cached_per_directory(tmp_path):
    assert load_gazetteer() is load_gazetteer(settings.DATA_DIR)
    for name in ("actors.csv", "places.csv"):
        rows = list(csv.reader((settings.DATA_DIR / name).open(encoding="utf-8")))
        with (tmp_path / name).open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows(rows[:3])
    small = load_gazetteer(Path(tmp_path))
    assert small is not load_gazetteer() and len(small.places) == 2
    assert small.find_actors("le président russe") == []  # no role table there


# What a `verified` note of data/places.csv may say (scripts/verify_places.py writes them):
# a measured position, a GeoNames id within tolerance, or an approximation with its reason.
VERIFIED_SOURCES = (
    r"^data/README\.md known position",
    r"^geonames \d+ within \d+\.\d km$",
    r"^approximate: representative interior point",
    r"^approximate: not in GeoNames 500\+, from general knowledge",
    r"^approximate, ambiguous: .{40,}",
)


def test_every_place_the_seeds_use_is_tied_to_a_verified_source(seed_extraction):
    gazetteer = load_gazetteer()
    used = {name for names in seed_extraction.events["places"] for name in names}
    assert {"Kuźnica–Bruzgi crossing", "Starzyna"} <= used  # the crossing has its event
    for name in sorted(used):
        place = gazetteer.place(name)
        assert place is not None, f"{name}: not in the gazetteer"
        assert place.confidence == 1.0, f"{name}: a GeoNames fallback, not a curated row"
        assert any(re.match(p, place.verified) for p in VERIFIED_SOURCES), (name, place.verified)
        if place.kind in ("village", "town", "city", "capital") and place.approximate:
            # a settlement GeoNames does not list: the note says why the position is what it is
            assert "not in GeoNames" in place.verified or "ambiguous" in place.verified, name


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # France 24: the camp's village, in French transliteration
        ("The largest migrant camp, near the Belarusian village of Brouzgi, gathers", "Bruzgi"),
        ("migrants moved to the Bruzgai logistics area", "Bruzgi"),
        ("koczowisko w Kuźnicy", "Kuźnica"),
        ("policja z Kuźnicę", "Kuźnica"),
        ("les migrants de Kouznica", "Kuźnica"),
        # The Independent: the checkpoint, named without its name
        (
            "hundreds of migrants approached the border checkpoint separating Belarus and Poland",
            "Kuźnica–Bruzgi crossing",
        ),
        ("at the border crossing near Kuźnica on Tuesday", "Kuźnica–Bruzgi crossing"),
        ("the camp near Bruzgi was cleared", "Bruzgi migrant camp"),
        ("moved to the logistics centre in Bruzgi", "Bruzgi logistics centre"),
    ],
)
def test_the_crossing_and_its_villages_are_found_under_their_spellings(text, place):
    found = [m.name for m in load_gazetteer().find_places(text, fallback=False)]
    assert place in found, found
    if place == "Kuźnica–Bruzgi crossing":
        # the checkpoint's phrase is one place, not "Belarus" and "Poland" besides it
        assert "Belarus" not in found and "Poland" not in found
