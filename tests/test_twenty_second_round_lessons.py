"""Lessons of the twenty-first and twenty-second blind batches, in our own passages.

- "the first day of 2022", "le dernier jour d'octobre", "ostatniego dnia października",
  "в последний день октября", "spalio paskutinę dieną" are that one day, not the year or
  the month (batch 21: "on the first day of 2022" was read as the whole year).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag

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
