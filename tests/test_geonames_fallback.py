"""The GeoNames fallback (geonames_fallback.py) through the gazetteer: towns missing from the
curated list are found with a lower confidence; common words, titles and names are not."""

from __future__ import annotations

import pytest

from crisis_timeline import settings
from crisis_timeline.entities import (
    Gazetteer,
    distance_km,
    load_gazetteer,
    read_actors,
    read_places,
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


FALLBACK = [
    # (language, text, written, GeoNames name, country)
    ("en", "Migrants were found near Siemiatycze on Tuesday.", "Siemiatycze", "Siemiatycze", "PL"),
    (
        "en",
        "They walked on to Bielsk Podlaski at night.",
        "Bielsk Podlaski",
        "Bielsk Podlaski",
        "PL",
    ),
    ("fr", "Des migrants ont été interpellés à Zabłudów lundi.", "Zabłudów", "Zabłudów", "PL"),
    ("fr", "Ils ont été conduits jusqu'à Zabludow.", "Zabludow", "Zabłudów", "PL"),
    ("en", "Flights from Amman were suspended.", "Amman", "Amman", "JO"),
]


@pytest.mark.parametrize(("language", "text", "written", "name", "country"), FALLBACK)
def test_geonames_fallback(gazetteer, language, text, written, name, country):
    found = [m for m in gazetteer.find_places(text) if m.text == written]
    assert len(found) == 1, (language, gazetteer.find_places(text))
    mention = found[0]
    assert mention.name == name and mention.confidence < 1.0
    assert text[mention.start : mention.end] == written
    place = gazetteer.place(mention.name)
    assert place is not None and place.country == country and place.confidence < 1.0
    assert place.verified.startswith("geonames ")
    assert gazetteer.find_places(text, fallback=False) == []


def test_fallback_place_resolves_without_a_prior_mention():
    fresh = Gazetteer(read_actors(settings.ACTORS_CSV), read_places(settings.PLACES_CSV))
    place = fresh.place("Siemiatycze")
    assert place is not None and place.kind == "town" and place.country == "PL"
    assert distance_km(place.lat, place.lon, 52.43, 22.86) < 3
    assert fresh.place("Atlantis-upon-Nowhere") is None


def test_fallback_confidence_rises_when_the_country_is_named(gazetteer):
    alone = gazetteer.find_places("They reached Siemiatycze.")
    with_country = gazetteer.find_places("In Poland, they reached Siemiatycze.")
    assert [m.confidence for m in alone if m.name == "Siemiatycze"] == [0.5]
    assert [m.confidence for m in with_country if m.name == "Siemiatycze"] == [0.7]


FALLBACK_REJECTED = [
    "Police said on Twitter that 50 migrants crossed.",
    "President Kowalski met Mr Sokolow in the morning.",
    "Angela Merkel and Amanda Coakley talked.",
    "Register for free to continue reading. Join our new commenting forum.",
    "On Monday, hundreds of migrants approached the border.",
    "La police a interpellé des migrants mardi.",
    "Cham Wings Airlines halted its flights.",
]


@pytest.mark.parametrize("text", FALLBACK_REJECTED)
def test_fallback_ignores_common_words_titles_and_names(gazetteer, text):
    assert [m for m in gazetteer.find_places(text) if m.confidence < 1.0] == []
