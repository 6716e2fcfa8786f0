"""Lessons of the twenty-first and twenty-second blind batches, in our own passages.

- "the first day of 2022", "le dernier jour d'octobre", "ostatniego dnia października",
  "в последний день октября", "spalio paskutinę dieną" are that one day, not the year or
  the month (batch 21: "on the first day of 2022" was read as the whole year);
- a weekday's date in brackets after it ("We wtorek (4.01)") is that date, and dates a page
  that states no other (batch 22: the page stayed undated);
- "the Belarusian side", "po stronie polskiej", "на белорусской стороне" are places: a dated
  sentence that says where migrants were is an event ("A day later, however, they were back
  on the Belarusian side", batch 22).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import one_row, passage_article, passage_events

PUBLISHED = date(2022, 1, 3)


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "On the first day of 2022, a group of 30 people crossed.", date(2022, 1, 1)),
        ("en", "On the last day of 2021, a boy died near Kuźnica.", date(2021, 12, 31)),
        ("en", "On the last day of November, guards stopped 90 people.", date(2021, 11, 30)),
        (
            "fr",
            "Le premier jour de 2022, trente personnes ont franchi la frontière.",
            date(2022, 1, 1),
        ),
        (
            "fr",
            "Le dernier jour d'octobre, les gardes ont arrêté 90 personnes.",
            date(2021, 10, 31),
        ),
        ("pl", "Ostatniego dnia października zatrzymano 90 osób.", date(2021, 10, 31)),
        ("pl", "Pierwszego dnia 2022 roku zmarł chłopiec.", date(2022, 1, 1)),
        ("ru", "В последний день октября задержали 90 человек.", date(2021, 10, 31)),
        ("ru", "В первый день 2022 года умер мальчик.", date(2022, 1, 1)),
        ("lt", "Spalio paskutinę dieną pasieniečiai sulaikė 90 migrantų.", date(2021, 10, 31)),
    ],
)
def test_the_first_or_last_day_of_a_month_or_year_is_that_day(lang, text, day):
    found = tag(text, PUBLISHED, lang)
    assert [(e.date, e.date_end, e.precision) for e in found] == [(day, day, "day")]


@pytest.mark.parametrize(
    ("lang", "text", "precision"),
    [
        ("en", "At the end of 2021, 8,000 people had crossed.", "year"),
        ("en", "In the first week of July, guards stopped 700 people.", "week"),
        ("fr", "Fin novembre, les gardes ont arrêté 90 personnes.", "month"),
        ("lt", "Lapkričio pabaigoje pasieniečiai sulaikė 90 migrantų.", "month"),
    ],
)
def test_other_modifiers_keep_their_period(lang, text, precision):
    assert [e.precision for e in tag(text, PUBLISHED, lang)] == [precision]


def test_a_first_day_without_a_year_known_stays_a_day_without_a_value():
    found = tag("On the last day of November, guards stopped 90 people.", None, "en")
    assert [(e.precision, e.date) for e in found] == [("day", None)]


@pytest.mark.parametrize(
    ("lang", "text", "published", "day"),
    [
        (
            "pl",
            "We wtorek (4.01) granicę próbowały przekroczyć 32 osoby.",
            "2022-01-05",
            "2022-01-04",
        ),
        ("pl", "W sobotę (30.10.) zatrzymano 12 osób.", "2021-11-02", "2021-10-30"),
        ("ru", "В субботу (30.10) задержали 12 человек.", "2021-11-02", "2021-10-30"),
    ],
)
def test_a_weekdays_date_in_brackets_is_that_date(lang, text, published, day):
    found = tag(text, date.fromisoformat(published), lang)
    assert [(e.date, e.precision, e.text.endswith(")")) for e in found] == [
        (date.fromisoformat(day), "day", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We wtorek (2.5) zatrzymano 12 osób.",  # no day and month: 2 May is no Tuesday near
        "W sobotę (31.10) zatrzymano 12 osób.",  # 31 October 2021 was a Sunday
    ],
)
def test_brackets_that_are_no_date_of_the_weekday_leave_the_weekday(text):
    found = tag(text, date(2022, 1, 5), "pl")
    assert [(e.text, e.precision) for e in found] == [(text.split()[1], "day")]
    assert found[0].date in (date(2022, 1, 4), date(2022, 1, 1))


def test_a_weekdays_bracketed_date_dates_an_undated_page():
    text = (
        "Minionej doby Straż Graniczna odnotowała 32 próby przedostania się do Polski.\n\n"
        "We wtorek (4.01) granicę polsko-białoruską próbowały nielegalnie przekroczyć 32 osoby."
    )
    article = passage_article(text, "pl", None, [date(2021, 12, 20), date(2022, 1, 10)])
    # 4 January fell on a Tuesday in 2022 only, near the collection; the page is of that day
    # or the next (its "past day" is a rolling 24 hours, no day word)
    assert article.published in (date(2022, 1, 4), date(2022, 1, 5))
    assert article.published_basis == "inferred"


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        (
            "en",
            "Most of the group was in Poland on August 18. A day later, however, they were "
            "back on the Belarusian side.",
            "A day later",
        ),
        (
            "pl",
            "Grupa była w Polsce 18 sierpnia. Dzień później znów byli po stronie białoruskiej.",
            "Dzień później",
        ),
        (
            "fr",
            "Le groupe était en Pologne le 18 août. Un jour plus tard, ils étaient de nouveau "
            "du côté biélorusse.",
            "Un jour plus tard",
        ),
    ],
)
def test_a_side_of_the_border_is_a_place(lang, text, words):
    row = one_row(passage_events(text, lang, "2021-09-30"), words)
    assert row["date"] == date(2021, 8, 19)
    assert "Belarus" in row["places"]


FORCE_NOT_USED = {
    "lt": (
        "Praėjusią parą pasieniečiai neįleido 20 migrantų. Tarnybinių ginklų, specialiųjų "
        "priemonių ar fizinės prievartos veiksmų Lietuvos pasieniečiams praėjusią parą "
        "panaudoti neteko.",
        "neteko",
    ),
    "ru": (
        "За сутки литовские пограничники не пустили в страну 20 мигрантов. Литовские "
        "пограничники и помогавшие им военные не применяли служебное оружие, специальные меры "
        "и меры физического насилия.",
        "не применяли",
    ),
    "en": (
        "On Friday, Lithuanian border guards turned away 20 migrants. Lithuanian "
        "officers did not have to use service weapons or force, the State Border Guard Service said.",
        "did not have to",
    ),
    "pl": (
        "W sobotę Straż Graniczna zatrzymała 20 migrantów na granicy z Białorusią. W sobotę "
        "funkcjonariusze Straży Granicznej nie użyli broni ani środków przymusu bezpośredniego.",
        "nie użyli",
    ),
}


@pytest.mark.parametrize("lang", sorted(FORCE_NOT_USED))
def test_the_daily_formula_that_no_force_was_used_is_no_event(lang):
    text, words = FORCE_NOT_USED[lang]
    frame = passage_events(text, lang, "2021-10-16")
    assert len(frame) == 1  # the turned-away migrants
    assert not frame["sentence"].str.contains(words, regex=False).any()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lt", "Šeštadienį pasieniečiai panaudojo ašarines dujas prieš migrantus Medininkuose."),
        ("ru", "В субботу польские силовики применили слезоточивый газ на границе у Кузницы."),
        ("en", "On Saturday Polish forces used tear gas and water cannon at Kuźnica."),
        # near misses of the formula
        (
            "en",
            "On Tuesday Polish border guards did not hesitate to use force against the migrants at Kuźnica.",
        ),
        (
            "en",
            "On Saturday border guards detained 12 migrants near Kuźnica, and no force was used.",
        ),
        ("lt", "Šeštadienį pasieniečiai neįleido 20 migrantų, ginklų panaudoti neteko."),
        (
            "ru",
            "В субботу мигранты не использовали лестницы, но польские силовики задержали людей.",
        ),
        ("ru", "В понедельник Лукашенко призвал Польшу не применять силу к мигрантам."),
    ],
)
def test_force_that_was_used_is_still_an_event(lang, text):
    assert len(passage_events(text, lang, "2021-11-17")) == 1
