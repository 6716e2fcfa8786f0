"""crisis_timeline.text_features: words, stopwords, concept keys and actor kinds."""

from __future__ import annotations

import pytest

from crisis_timeline.text_features import (
    concepts,
    is_person,
    short_actor_name,
    stopwords_for,
    voice_actors,
    words,
)


@pytest.mark.parametrize(
    ("lang", "text", "present", "absent"),
    [
        ("en", "The pair spoke on the phone for almost two hours", {"talks", "call"}, set()),
        ("fr", "lors d'un entretien téléphonique avec Poutine", {"talks", "call"}, set()),
        ("fr", "Merkel s'est de nouveau entretenue avec Loukachenko", {"talks"}, set()),
        ("fr", "430 Irakiens ont été rapatriés jeudi", {"repatriation"}, set()),
        ("en", "Border guards turned back 40 migrants", {"pushback"}, set()),
        ("fr", "Les migrants ont été refoulés vers la Biélorussie", {"pushback"}, set()),
        ("en", "The zone stays closed until March", {"closure"}, {"march"}),
        ("en", "Migrants marched towards the Kuźnica crossing", {"march", "checkpoint"}, set()),
        ("fr", "Une colonne de migrants marchant le long de la route", {"march"}, set()),
        ("fr", "Les députés doivent se prononcer lundi", {"parliament", "vote"}, set()),
    ],
)
def test_concept_keys_are_shared_across_languages(lang, text, present, absent):
    found = concepts(text, lang)
    assert present <= found, found
    assert not absent & found, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "L'armée d'Loukachenko", ["armée", "loukachenko"]),  # elisions
        ("fr", "l’armée", ["armée"]),  # typographic apostrophe
        ("en", "Belarus's border", ["belarus", "border"]),  # English possessive
        ("en", "hour-long call, 2 hours", ["hour-long", "call", "hours"]),  # no digits
        ("en", "l'armée", ["l'armée"]),  # an English text keeps French elisions
    ],
)
def test_words(lang, text, expected):
    assert words(text, lang) == expected


def test_stopwords_of_an_unknown_language_are_every_language_s():
    from crisis_timeline.lang import languages

    assert stopwords_for("xx") == frozenset().union(*(stopwords_for(c) for c in languages()))
    assert "the" in stopwords_for("en") and "le" in stopwords_for("fr")


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Emmanuel Macron", "Macron"),
        ("Alexander Lukashenko", "Lukashenko"),
        ("European Union", "European Union"),  # an institution stays whole
        ("Polish Border Guard", "Polish Border Guard"),
        ("Belarus", "Belarus"),
    ],
)
def test_short_actor_name(name, short):
    assert short_actor_name(name) == short


@pytest.mark.parametrize(
    ("name", "person"),
    [("Andrzej Duda", True), ("Emmanuel Macron", True), ("European Union", False)],
)
def test_is_person(name, person):
    assert is_person(name) is person


def test_voices_report_and_do_not_take_part():
    voices = voice_actors()
    assert {"Élysée Palace", "Kremlin", "Reuters"} <= voices
    assert "Vladimir Putin" not in voices
