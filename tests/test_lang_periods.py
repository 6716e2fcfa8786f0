"""Calendar periods in every language: seasons in their case forms, quarters and halves,
holidays, decades, centuries and vague references, read through each folder's periods.py.

Passages written for these tests; the publication date is Monday 15 November 2021 unless
the row says otherwise.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from crisis_timeline.lang import languages, tables
from crisis_timeline.temporal import tag
from crisis_timeline.temporal_periods import _holiday_day, _orthodox_easter

DCT = "2021-11-15"

# (lang, text, span, value)
PERIODS = [
    # seasons: the instrumental / accusative alone, with a determiner, with a year
    ("pl", "Latem migranci przekraczali granicę.", "Latem", "2021-SU"),
    ("pl", "Tego lata straż zatrzymała 100 osób.", "Tego lata", "2021-SU"),
    ("pl", "Zimą sytuacja się pogorszy.", "Zimą", "2021-WI"),
    ("pl", "Jesienią rząd wprowadził stan wyjątkowy.", "Jesienią", "2021-FA"),
    ("pl", "Wiosną mur będzie gotowy.", "Wiosną", "2022-SP"),
    ("pl", "Zeszłej zimy zmarło dziesięć osób.", "Zeszłej zimy", "2020-WI"),
    ("pl", "Latem 2020 r. było spokojnie.", "Latem 2020 r.", "2020-SU"),
    ("ru", "Летом мигранты пересекали границу.", "Летом", "2021-SU"),
    ("ru", "Этой зимой ситуация ухудшится.", "Этой зимой", "2021-WI"),
    ("ru", "Осенью власти ввели режим ЧП.", "Осенью", "2021-FA"),
    ("ru", "Весной стена будет готова.", "Весной", "2022-SP"),
    ("ru", "Прошлой зимой погибли десять человек.", "Прошлой зимой", "2020-WI"),
    ("ru", "Летом 2020 года было спокойно.", "Летом 2020 года", "2020-SU"),
    ("lt", "Vasarą migrantai kirto sieną.", "Vasarą", "2021-SU"),
    ("lt", "Šią žiemą padėtis pablogės.", "Šią žiemą", "2021-WI"),
    ("lt", "Rudenį Seimas įvedė nepaprastąją padėtį.", "Rudenį", "2021-FA"),
    ("lt", "Pavasarį tvora bus baigta.", "Pavasarį", "2022-SP"),
    ("lt", "Praėjusią žiemą žuvo dešimt žmonių.", "Praėjusią žiemą", "2020-WI"),
    ("lt", "2020 m. vasarą buvo ramu.", "2020 m. vasarą", "2020-SU"),
    # quarters and halves (the preposition is left out of the span, as TimeML does)
    ("pl", "W trzecim kwartale 2021 liczba wzrosła.", "trzecim kwartale 2021", "2021-Q3"),
    ("pl", "W III kwartale ubiegłego roku ruch spadł.", "III kwartale ubiegłego roku",
     "2020-Q3"),
    ("pl", "W drugiej połowie 2021 roku ruch wzrósł.", "drugiej połowie 2021 roku", "2021-H2"),
    ("ru", "В третьем квартале 2021 года число выросло.", "третьем квартале 2021 года",
     "2021-Q3"),
    ("ru", "В первом полугодии 2021 года заявки подали двести человек.",
     "первом полугодии 2021 года", "2021-H1"),
    ("lt", "Trečiąjį 2021 m. ketvirtį skaičius išaugo.", "Trečiąjį 2021 m. ketvirtį", "2021-Q3"),
    ("lt", "Praėjusių metų antrąjį pusmetį prašymų buvo mažiau.",
     "Praėjusių metų antrąjį pusmetį", "2020-H2"),
    # holidays
    ("pl", "Migranci spędzą Wigilię w lesie.", "Wigilię", "2021-12-24"),
    ("pl", "Na Boże Narodzenie wrócą do domu.", "Boże Narodzenie", "2021-12-25"),
    ("pl", "Nowy Rok przywitali na granicy.", "Nowy Rok", "2021-01-01"),
    ("pl", "Prawosławna Wielkanoc wypadnie później.", "Prawosławna Wielkanoc", "2022-04-24"),
    ("ru", "На Рождество мигранты останутся в лагере.", "Рождество", "2022-01-07"),
    ("ru", "Католическое Рождество они встретят в лесу.", "Католическое Рождество",
     "2021-12-25"),
    ("ru", "Новый год мигранты встретили на границе.", "Новый год", "2021-01-01"),
    ("ru", "На Пасху закрыли пункт пропуска.", "Пасху", "2021-05-02"),
    ("lt", "Per Kalėdas migrantai liks stovykloje.", "Kalėdas", "2021-12-25"),
    ("lt", "Kūčių vakarą jie praleis miške.", "Kūčių", "2021-12-24"),
    ("lt", "Velykas jie praleis namie.", "Velykas", "2022-04-17"),
    # decades and centuries
    ("pl", "W latach 90. granica była otwarta.", "latach 90.", "199X"),
    ("pl", "Lata dziewięćdziesiąte były trudne.", "Lata dziewięćdziesiąte", "199X"),
    ("pl", "W XX wieku granica się zmieniała.", "XX wieku", "19"),
    ("ru", "В 90-е годы граница была открытой.", "90-е годы", "199X"),
    ("ru", "В девяностых годах всё было иначе.", "девяностых годах", "199X"),
    ("ru", "В XX веке граница менялась.", "XX веке", "19"),
    ("lt", "Dešimtajame dešimtmetyje siena buvo atvira.", "Dešimtajame dešimtmetyje", "199X"),
    ("lt", "XX amžiuje siena keitėsi.", "XX amžiuje", "19"),
    # vague references
    ("pl", "Teraz straż używa armatek wodnych.", "Teraz", "PRESENT_REF"),
    ("pl", "Obecnie w ośrodku przebywa 500 osób.", "Obecnie", "PRESENT_REF"),
    ("pl", "Niedawno rząd zbudował płot.", "Niedawno", "PAST_REF"),
    ("ru", "Сейчас силовики применяют водомёты.", "Сейчас", "PRESENT_REF"),
    ("ru", "В настоящее время в лагере 500 человек.", "В настоящее время", "PRESENT_REF"),
    ("ru", "Недавно власти построили забор.", "Недавно", "PAST_REF"),
    ("lt", "Dabar pasieniečiai naudoja vandens patrankas.", "Dabar", "PRESENT_REF"),
    ("lt", "Šiuo metu stovykloje yra 500 žmonių.", "Šiuo metu", "PRESENT_REF"),
    ("lt", "Neseniai Vyriausybė pastatė tvorą.", "Neseniai", "PAST_REF"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "span", "value"), PERIODS)
def test_period_value(lang: str, text: str, span: str, value: str) -> None:
    found = [(e.text, e.value) for e in tag(text, date.fromisoformat(DCT), lang)]
    assert (span, value) in found, found


# Look-alikes: no period in these (the dates of other kinds they hold are not asked about).
LOOKALIKES = [
    ("pl", "Ubiegłe lata były spokojne."),  # years, not summers
    ("pl", "Walka z zimą trwa."),
    ("pl", "W drugiej połowie listopada padał śnieg."),  # a month's half
    ("pl", "W wigilię wyborów premier przemówił."),  # "the eve of", lower case
    ("pl", "W nowym roku rząd zbuduje mur."),
    ("pl", "Przez 5 lat 90 osób czekało."),
    ("pl", "W latach 2020-2021 przybyło wielu."),
    ("pl", "Jarmark Bożego Narodzenia otwarto."),
    ("ru", "В будущем году построят стену."),  # a year, not FUTURE_REF
    ("ru", "Перед зимой лагерь закрыли."),
    ("ru", "Во второй половине ноября выпал снег."),
    ("ru", "Арабской весной называют протесты в арабских странах."),
    ("lt", "Kalėdų eglutė pastatyta aikštėje."),  # the tree, not the day
    ("lt", "Tikimės, kad naujaisiais metais bus geriau."),  # lower case: the coming year
]


@pytest.mark.parametrize(("lang", "text"), LOOKALIKES)
def test_period_lookalike(lang: str, text: str) -> None:
    kinds = {"season", "quarter", "decade"}
    found = [
        (e.text, e.value)
        for e in tag(text, date.fromisoformat(DCT), lang)
        if e.precision in kinds
        or e.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
        or re.fullmatch(r"\d{4}-12-2[45]|\d{4}-01-0[167]", e.value or "")
    ]
    assert found == []


@pytest.mark.parametrize(
    ("year", "day"),
    [(2021, "2021-05-02"), (2022, "2022-04-24"), (2023, "2023-04-16"), (2024, "2024-05-05")],
)
def test_orthodox_easter(year: int, day: str) -> None:
    assert _orthodox_easter(year) == date.fromisoformat(day)


@pytest.mark.parametrize("code", languages())
def test_every_holiday_key_has_a_day(code: str) -> None:
    periods = tables(code).periods
    for pattern, key in periods["HOLIDAYS"]:
        re.compile(pattern)
        assert isinstance(_holiday_day(key, 2021), date), key
    # Every word the season and ordinal tables name is one the patterns can capture.
    season = re.compile(periods["SEASON"])
    for word in periods["SEASON_WORDS"]:
        assert any(
            (m := season.search(f"{rel} {word}".strip())) and m.group("s") == word
            for rel in ("", *periods["RELATIONS"])
        ), word
    for word in periods["SEASON_ALONE"]:
        assert word in periods["SEASON_WORDS"], word


@pytest.mark.parametrize("code", ["de", "uk"])
def test_language_without_a_folder_has_no_periods(code: str) -> None:
    found = tag("Latem, зимой, vasarą, Christmas.", date(2021, 11, 15), code)
    assert [e.text for e in found] == []
