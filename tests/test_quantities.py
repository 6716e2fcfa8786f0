"""Quantities: numbers with units, normalised, in English and French, with what is not one."""

from __future__ import annotations

import pytest

from crisis_timeline.quantities import QUALIFIER_VALUES, Quantity, find_quantities
from crisis_timeline.settings import SEEDS_DIR

# (lang, text, [(span text, value, unit, qualifier, approximate), ...])
CASES = [
    # durations
    (
        "en",
        "The pair spoke for almost two hours.",
        [("almost two hours", 120, "minute", "almost", True)],
    ),
    (
        "en",
        "a conversation lasting one hour and 45 minutes",
        [("one hour and 45 minutes", 105, "minute", None, False)],
    ),
    (
        "en",
        "The talks lasted around 50 minutes.",
        [("around 50 minutes", 50, "minute", "about", True)],
    ),
    ("en", "as part of a four-day visit", [("four-day", 4, "day", None, False)]),
    ("en", "after a 12-hour standoff", [("12-hour", 720, "minute", None, False)]),
    ("en", "We haven't washed for eight days", [("eight days", 8, "day", None, False)]),
    (
        "en",
        "which has ruled the country for nearly 30 years",
        [("nearly 30 years", 30, "year", "almost", True)],
    ),
    ("en", "for two weeks", [("two weeks", 14, "day", None, False)]),
    ("en", "for six months", [("six months", 6, "month", None, False)]),
    ("en", "for half an hour", [("half an hour", 30, "minute", None, False)]),
    ("en", "for two and a half hours", [("two and a half hours", 150, "minute", None, False)]),
    ("en", "for an hour and a half", [("an hour and a half", 90, "minute", None, False)]),
    ("en", "talks over two days", [("two days", 2, "day", None, False)]),
    ("en", "between two and three hours", [("three hours", 180, "minute", None, False)]),
    ("fr", "une heure et 45 minutes", [("une heure et 45 minutes", 105, "minute", None, False)]),
    ("fr", "un entretien de 1 h 45", [("1 h 45", 105, "minute", None, False)]),
    ("fr", "un entretien de 1h45 avec Poutine", [("1h45", 105, "minute", None, False)]),
    (
        "fr",
        "ils ont parlé pendant près de deux heures",
        [("près de deux heures", 120, "minute", "almost", True)],
    ),
    ("fr", "un appel d'environ 50 minutes", [("environ 50 minutes", 50, "minute", "about", True)]),
    (
        "fr",
        "deux heures et demie de discussion",
        [("deux heures et demie", 150, "minute", None, False)],
    ),
    ("fr", "une visite de quatre jours", [("quatre jours", 4, "day", None, False)]),
    ("fr", "depuis près de 30 ans", [("près de 30 ans", 30, "year", "almost", True)]),
    ("fr", "pendant trois semaines", [("trois semaines", 21, "day", None, False)]),
    (
        "fr",
        "une demi-heure plus tôt que prévu, pendant 24h",
        [("24h", 1440, "minute", None, False)],
    ),
    # counts of people
    (
        "en",
        "around 2,000 people are stranded",
        [("around 2,000 people", 2000, "person", "about", True)],
    ),
    (
        "en",
        "the situation for more than 2,000 people",
        [("more than 2,000 people", 2000, "person", "more than", True)],
    ),
    ("en", "Police said 50 migrants crossed", [("50 migrants", 50, "migrant", None, False)]),
    ("en", "Britain has sent 10 troops to Poland.", [("10 troops", 10, "soldier", None, False)]),
    ("en", "Poland has deployed 15,000 troops", [("15,000 troops", 15000, "soldier", None, False)]),
    ("en", "thousands of migrants", [("thousands of migrants", 1000, "migrant", "at least", True)]),
    (
        "en",
        "Thousands of migrants camp there",
        [("Thousands of migrants", 1000, "migrant", "at least", True)],
    ),
    (
        "en",
        "hundreds of migrants approached",
        [("hundreds of migrants", 100, "migrant", "at least", True)],
    ),
    (
        "en",
        "dozens of migrants from Belarus",
        [("dozens of migrants", 12, "migrant", "at least", True)],
    ),
    (
        "en",
        "dozens of Polish border guards",
        [("dozens of Polish border guards", 12, "border guard", "at least", True)],
    ),
    (
        "en",
        "tens of thousands of people",
        [("tens of thousands of people", 10000, "person", "at least", True)],
    ),
    ("en", "over 500 migrants", [("over 500 migrants", 500, "migrant", "more than", True)]),
    ("en", "up to 4,000 people", [("up to 4,000 people", 4000, "person", "up to", True)]),
    (
        "en",
        "fewer than 100 refugees",
        [("fewer than 100 refugees", 100, "refugee", "less than", True)],
    ),
    ("en", "twenty-five migrants", [("twenty-five migrants", 25, "migrant", None, False)]),
    (
        "en",
        "two hundred and fifty refugees",
        [("two hundred and fifty refugees", 250, "refugee", None, False)],
    ),
    ("en", "2 people were detained", [("2 people", 2, "person", None, False)]),
    ("en", "the 27 member states", [("27 member states", 27, "country", None, False)]),
    ("fr", "15 000 soldats", [("15 000 soldats", 15000, "soldier", None, False)]),
    ("fr", "15\u00a0000 soldats", [("15\u00a0000 soldats", 15000, "soldier", None, False)]),
    ("fr", "15\u202f000 soldats russes", [("15\u202f000 soldats", 15000, "soldier", None, False)]),
    (
        "fr",
        "des milliers de migrants",
        [("des milliers de migrants", 1000, "migrant", "at least", True)],
    ),
    (
        "fr",
        "des centaines de migrants",
        [("des centaines de migrants", 100, "migrant", "at least", True)],
    ),
    (
        "fr",
        "des dizaines de migrants",
        [("des dizaines de migrants", 10, "migrant", "at least", True)],
    ),
    ("fr", "une dizaine de migrants", [("une dizaine de migrants", 10, "migrant", "about", True)]),
    (
        "fr",
        "plus de 2 000 personnes",
        [("plus de 2 000 personnes", 2000, "person", "more than", True)],
    ),
    ("fr", "environ 2 000 personnes", [("environ 2 000 personnes", 2000, "person", "about", True)]),
    (
        "fr",
        "plus d'un millier de réfugiés",
        [("plus d'un millier de réfugiés", 1000, "refugee", "more than", True)],
    ),
    ("fr", "vingt-cinq migrants", [("vingt-cinq migrants", 25, "migrant", None, False)]),
    ("fr", "vingt et un migrants", [("vingt et un migrants", 21, "migrant", None, False)]),
    ("fr", "quatre-vingt-dix soldats", [("quatre-vingt-dix soldats", 90, "soldier", None, False)]),
    (
        "fr",
        "deux cents gardes-frontières",
        [("deux cents gardes-frontières", 200, "border guard", None, False)],
    ),
    # deaths
    (
        "en",
        "at least 10 migrants have died so far",
        [("at least 10 migrants have died", 10, "death", "at least", True)],
    ),
    ("en", "two migrants died in the forest", [("two migrants died", 2, "death", None, False)]),
    (
        "en",
        "three migrants froze to death",
        [("three migrants froze to death", 3, "death", None, False)],
    ),
    (
        "en",
        "the conflict has claimed more than 13,000 lives",
        [("more than 13,000 lives", 13000, "death", "more than", True)],
    ),
    ("en", "Shelling killed 14 civilians", [("14 civilians", 14, "death", None, False)]),
    (
        "en",
        "more than 13,000 lives lost",
        [("more than 13,000 lives lost", 13000, "death", "more than", True)],
    ),
    (
        "fr",
        "au moins 10 migrants sont morts",
        [("au moins 10 migrants sont morts", 10, "death", "at least", True)],
    ),
    ("fr", "10 migrants ont péri", [("10 migrants ont péri", 10, "death", None, False)]),
    (
        "fr",
        "le conflit a fait plus de 13 000 morts",
        [("plus de 13 000 morts", 13000, "death", "more than", True)],
    ),
    # objects, money, distance, percentages
    (
        "en",
        "Moscow dispatched two TU-22M3 bombers",
        [("two TU-22M3 bombers", 2, "bomber", None, False)],
    ),
    (
        "en",
        "its first repatriation flight and 3 flights later",
        [("3 flights", 3, "flight", None, False)],
    ),
    ("en", "aid worth €10 million", [("€10 million", 1e7, "euro", None, False)]),
    (
        "en",
        "nearly 1.5 million euros",
        [("nearly 1.5 million euros", 1.5e6, "euro", "almost", True)],
    ),
    ("en", "a camp 5 km from the border", [("5 km", 5, "kilometre", None, False)]),
    ("en", "some 500 metres away", [("some 500 metres", 0.5, "kilometre", "about", True)]),
    (
        "en",
        "support fell to 34% and then 12 per cent",
        [("34%", 34, "percent", None, False), ("12 per cent", 12, "percent", None, False)],
    ),
    ("fr", "deux bombardiers", [("deux bombardiers", 2, "bomber", None, False)]),
    ("fr", "1,5 million d'euros", [("1,5 million d'euros", 1.5e6, "euro", None, False)]),
    (
        "fr",
        "une hausse de 50 % et de 12 pour cent",
        [("50 %", 50, "percent", None, False), ("12 pour cent", 12, "percent", None, False)],
    ),
    ("fr", "100 tentes", [("100 tentes", 100, "tent", None, False)]),
]

CASES += [
    ("en", "a $5 million aid package", [("$5 million", 5e6, "dollar", None, False)]),
    ("en", "Russia has massed 100,000 troops", [("100,000 troops", 1e5, "soldier", None, False)]),
    ("en", "In 2021 500 migrants crossed", [("500 migrants", 500, "migrant", None, False)]),
    ("en", "Nearly 4,000 Iraqis", [("Nearly 4,000 Iraqis", 4000, "person", "almost", True)]),
    ("en", "50km from the border", [("50km", 50, "kilometre", None, False)]),
    ("en", "almost an hour", [("almost an hour", 60, "minute", "almost", True)]),
    ("en", "a 30-minute call", [("30-minute", 30, "minute", None, False)]),
    ("en", "at least two migrants", [("at least two migrants", 2, "migrant", "at least", True)]),
    ("fr", "10 migrants morts", [("10 migrants morts", 10, "death", None, False)]),
    ("fr", "les 27 États membres", [("27 États membres", 27, "country", None, False)]),
    ("fr", "en 2021 150 000 migrants", [("150 000 migrants", 150000, "migrant", None, False)]),
    ("fr", "quelque 2 000 migrants", [("quelque 2 000 migrants", 2000, "migrant", "about", True)]),
    ("fr", "dix-sept migrants", [("dix-sept migrants", 17, "migrant", None, False)]),
    ("fr", "l'entretien a duré 1 h 45 min", [("1 h 45 min", 105, "minute", None, False)]),
    ("fr", "15.000 soldats", [("15.000 soldats", 15000, "soldier", None, False)]),
    (
        "fr",
        "2,5 millions de personnes",
        [("2,5 millions de personnes", 2.5e6, "person", None, False)],
    ),
    ("en", "2,000.5 euros", [("2,000.5 euros", 2000.5, "euro", None, False)]),
    ("fr", "pendant 14h", [("14h", 840, "minute", None, False)]),
]

# Text with no quantity at all.
NOT_QUANTITIES = [
    ("en", "in 2014"),
    ("en", "a disputed presidential election in August 2020"),
    ("en", "Monday 15 November 2021 20:32"),
    ("en", "on 15 November"),
    ("en", "November 14, 2021"),
    ("en", "two TU-22M3"),
    ("en", "Su-30 jets and F-16 fighters"),
    ("en", "its first repatriation flight on Thursday"),
    ("en", "France 24 journalists"),
    ("en", "“We want the world to see us,” one man told The Independent."),
    ("en", "the no-man's-land between the two countries"),
    ("en", "The two leaders spoke"),
    ("en", "see page 12 people section"),
    ("en", "No. 10 people"),
    ("en", "in 2014 Russian troops annexed Crimea"),
    ("en", "a conflict that started seven years ago"),
    ("en", "a 12-year-old boy"),
    ("en", "the 21st century and 3rd migrants"),
    ("en", "https://www.rfi.fr/en/20211116-macron-putin"),
    ("en", "000_655bb99b2924ade9"),
    ("en", "G7 countries"),
    ("en", "24/7 people"),
    ("en", "the talks will resume in two days"),
    ("fr", "le 12 novembre"),
    ("fr", "en 2014"),
    ("fr", "rendez-vous à 20h30"),
    ("fr", "rendez-vous à 14 heures"),
    ("fr", "Les deux présidents ont confirmé"),
    ("fr", "les deux pays voisins"),
    ("fr", "un homme a dit"),
    ("fr", "il y a deux jours"),
    ("fr", "le premier ministre"),
    ("fr", "les élections d’août 2020"),
    ("fr", "un enfant âgé de 30 ans"),
    ("fr", "Télécharger l'application France 24"),
    ("fr", "à une heure du matin"),
    ("fr", "vers 14h"),
    ("en", "Contact: +33 1 45 67 89 00"),
    ("fr", "Appelez le 01 45 67 89 00"),
    ("en", "the 22M3"),
]


def _row(quantity: Quantity) -> tuple:
    return (
        quantity.text,
        quantity.value,
        quantity.unit,
        quantity.qualifier,
        quantity.approximate,
    )


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_quantities(lang: str, text: str, expected: list[tuple]) -> None:
    found = find_quantities(text, lang)
    assert [_row(q) for q in found] == [
        (span, pytest.approx(value), unit, qualifier, approximate)
        for span, value, unit, qualifier, approximate in expected
    ]
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(("lang", "text"), NOT_QUANTITIES)
def test_not_quantities(lang: str, text: str) -> None:
    assert find_quantities(text, lang) == []


def test_to_json_shape() -> None:
    (quantity,) = find_quantities("The pair spoke for almost two hours.", "en")
    assert quantity.to_json() == {
        "value": 120,
        "unit": "minute",
        "text": "almost two hours",
        "approximate": True,
        "qualifier": "almost",
    }
    (half,) = find_quantities("a camp 500 metres away", "en")
    assert half.to_json()["value"] == 0.5


def test_qualifiers_are_normalised() -> None:
    texts = {
        "en": "at least 3 people, about 4 people, almost 5 people, more than 6 people, "
        "less than 7 people, up to 8 people, at most 9 people",
        "fr": "au moins 3 personnes, environ 4 personnes, presque 5 personnes, plus de 6 "
        "personnes, moins de 7 personnes, jusqu'à 8 personnes, au plus 9 personnes",
    }
    for lang, text in texts.items():
        qualifiers = [q.qualifier for q in find_quantities(text, lang)]
        assert qualifiers == [
            "at least",
            "about",
            "almost",
            "more than",
            "less than",
            "up to",
            "at most",
        ]
        assert set(qualifiers) <= set(QUALIFIER_VALUES)


def test_each_language_reads_its_own_tables_and_an_unknown_one_none() -> None:
    # Polish has a folder (crisis_timeline/lang/pl); German is read in part: no figures.
    assert [q.value for q in find_quantities("rozmowa trwała około 50 minut", "pl")] == [50]
    assert find_quantities("around 50 minutes", "pl") == []
    assert find_quantities("etwa 50 Minuten", "de") == []


def _seed(prefix: str) -> str:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


# (seed prefix, lang, [(span text, value, unit, qualifier), ...]): every quantity an
# annotator would mark, in order, and nothing else.
SEED_QUANTITIES = [
    (
        "000",
        "en",
        [
            ("almost two hours", 120, "minute", "almost"),
            ("almost two hours", 120, "minute", "almost"),
            ("around 50 minutes", 50, "minute", "about"),
            ("Thousands of migrants", 1000, "migrant", "at least"),
            ("thousands of people", 1000, "person", "at least"),
            ("thousands of people", 1000, "person", "at least"),
            ("hundreds of migrants", 100, "migrant", "at least"),
            ("dozens of Polish border guards", 12, "border guard", "at least"),
            ("more than 2,000 people", 2000, "person", "more than"),
            ("eight days", 8, "day", None),
            ("four-day", 4, "day", None),
            ("two TU-22M3 bombers", 2, "bomber", None),
            ("10 troops", 10, "soldier", None),
        ],
    ),
    (
        "001",
        "en",
        [
            ("Thousands of migrants", 1000, "migrant", "at least"),
            ("dozens of migrants", 12, "migrant", "at least"),
            ("50 migrants", 50, "migrant", None),
            ("at least 10 migrants have died", 10, "death", "at least"),
            ("around 2,000 people", 2000, "person", "about"),
            ("nearly 30 years", 30, "year", "almost"),
        ],
    ),
    (
        "002",
        "en",
        [
            ("one hour and 45 minutes", 105, "minute", None),
            ("hundreds of migrants", 100, "migrant", "at least"),
            ("more than 13,000 lives", 13000, "death", "more than"),
        ],
    ),
    ("003", "fr", []),
    ("004", "fr", [("des milliers de migrants", 1000, "migrant", "at least")]),
]


@pytest.mark.parametrize(("prefix", "lang", "expected"), SEED_QUANTITIES)
def test_seed_quantities(prefix: str, lang: str, expected: list[tuple]) -> None:
    text = _seed(prefix)
    found = find_quantities(text, lang)
    assert [(q.text, q.value, q.unit, q.qualifier) for q in found] == expected
    for quantity in found:
        assert text[quantity.start : quantity.end] == quantity.text
