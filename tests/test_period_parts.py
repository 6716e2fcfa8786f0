"""A part of this (or last) year, month or week is dated as that period in every language,
as "early this year" is in English: "na początku tego roku", "в конце прошлого года",
"šių metų pradžioje", "au début de l'année" (a Lithuanian report of January 2022 said the
first stretch of its border barrier was finished "šių metų pradžioje"; Polish and Russian
had no reading of the phrase at all). "Since the start of the year" stays a running total's
bound, not a date."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag

PUBLISHED = date(2022, 3, 22)
THIS_YEAR = (date(2022, 1, 1), date(2022, 12, 31))
LAST_YEAR = (date(2021, 1, 1), date(2021, 12, 31))
LAST_MONTH = (date(2022, 2, 1), date(2022, 2, 28))


@pytest.mark.parametrize(
    ("lang", "text", "phrase", "span"),
    [
        ("pl", "Na początku tego roku Polska zaczęła budowę zapory.", "Na początku tego roku",
         THIS_YEAR),
        ("pl", "Pod koniec ubiegłego roku obóz w Bruzgach opustoszał.",
         "Pod koniec ubiegłego roku", LAST_YEAR),
        ("pl", "W połowie zeszłego miesiąca straż zatrzymała grupę.",
         "W połowie zeszłego miesiąca", LAST_MONTH),
        ("ru", "В начале этого года Польша начала строить стену.", "В начале этого года",
         THIS_YEAR),
        ("ru", "В конце прошлого года лагерь в Брузги опустел.", "В конце прошлого года",
         LAST_YEAR),
        ("lt", "Koncertinos tiesimo darbai šių metų pradžioje buvo baigti.",
         "šių metų pradžioje", THIS_YEAR),
        ("lt", "Praėjusio mėnesio pabaigoje pasieniečiai apgręžė grupę.",
         "Praėjusio mėnesio pabaigoje", LAST_MONTH),
        ("fr", "Au début de l'année, la Pologne a commencé la construction du mur.",
         "Au début de l'année", THIS_YEAR),
        ("fr", "Au milieu du mois dernier, le camp s'est vidé.", "Au milieu du mois dernier",
         LAST_MONTH),
    ],
)  # fmt: skip
def test_a_part_of_a_period_is_dated_as_the_period(lang, text, phrase, span):
    found = tag(text, PUBLISHED, lang, references=False)
    assert [(e.text, e.date, e.date_end) for e in found] == [(phrase, *span)]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("pl", "Na początku 2021 roku straż odnotowała pierwsze próby.", 2021),
        ("ru", "В начале 2021 года пограничники отметили первые попытки.", 2021),
        ("lt", "2021 metų pradžioje pasieniečiai pastebėjo pirmuosius bandymus.", 2021),
    ],
)
def test_a_part_of_a_year_in_figures_keeps_its_year(lang, text, year):
    found = tag(text, PUBLISHED, lang, references=False)
    assert [(e.date, e.date_end) for e in found] == [(date(year, 1, 1), date(year, 12, 31))]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Od początku tego roku straż odnotowała 4 tysiące prób."),
        ("ru", "С начала этого года пограничники зафиксировали 4 тысячи попыток."),
        ("lt", "Nuo metų pradžios pasieniečiai užfiksavo 4 tūkstančius bandymų."),
    ],
)
def test_since_the_start_of_the_year_is_no_date(lang, text):
    assert tag(text, PUBLISHED, lang, references=False) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "Pod koniec roku szkolnego uczniowie wrócili do domów."),
        ("ru", "В середине недели моды в Минске прошел показ."),
        # "au début du mois" of another month: the month's own date dates it
        ("fr", "Au début du mois de février, la Pologne a fermé sa frontière."),
    ],
)
def test_a_part_of_a_bare_period_of_something_else_is_no_date_of_this_one(lang, text):
    found = tag(text, PUBLISHED, lang, references=False)
    assert all(e.date is None or e.date.month != PUBLISHED.month for e in found), found
