"""Language identification: short texts of every supported language, others "unknown"."""

from __future__ import annotations

import pytest

from crisis_timeline.language import SUPPORTED_LANGUAGES, detect_language, identify_language

SHORT = [
    ("en", "Migrants clashed with Polish guards on Tuesday."),
    ("fr", "Les migrants ont été repoussés mardi."),
    ("pl", "Migranci starli się we wtorek ze strażą graniczną."),
    ("pl", "Granica zamknięta"),
    ("ru", "Мигранты во вторник штурмовали границу."),
    ("ru", "Лукашенко все отрицает."),
    ("lt", "Migrantai antradienį bandė kirsti sieną."),
    ("lt", "Siena uždaryta"),
    ("unknown", "Die Migranten versuchten am Dienstag, die Grenze zu überqueren."),
    ("unknown", "Мігранти у вівторок намагалися перетнути кордон."),
    ("unknown", "Migranti otrdien mēģināja šķērsot robežu."),
    ("unknown", "   "),
]


@pytest.mark.parametrize(("expected", "text"), SHORT)
def test_identify_language_on_short_texts(expected, text):
    assert identify_language(text) == expected


def test_detect_language_stays_among_the_tagger_languages():
    assert detect_language("Мигранты во вторник штурмовали границу.") in SUPPORTED_LANGUAGES
    assert detect_language("") == "en"
    assert detect_language("Les migrants ont été repoussés mardi à la frontière.") == "fr"
