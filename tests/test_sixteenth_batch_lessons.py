"""Error classes the sixteenth blind batch of real press showed (benchmarks/real_blind16).

Each passage is written for this test (our own words, invented details) and reproduces one
class: an undated page that tells of "last week", names that week's day by its date and its
own day by a bare weekday fell on the dated day itself, a week early ("trečiadienį ...
praėjusią savaitę ... Gruodžio 22 dieną"); a French sentence continuing the story under
"Le ministère" was not read as continuing it (English "The ministry" was); an investigation
opened was typed by what it was into (a riot's "clash", a crossing) instead of "other".
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_types import classify_event_type
from tests.press_passages import one_row, passage_article, passage_events

# Undated pages: the publication date is inferred from the text, in a collection spread over
# months (no collection week to fall back on).
SPREAD = [date(2021, 8, 3), date(2021, 11, 16), date(2022, 1, 20)]

LAST_WEEK = [
    (
        "lt",
        "Tyrimas dėl migrantų slėpimo pradėtas trečiadienį Varėnos pasienio rinktinėje.\n\n"
        "Jis pradėtas po dviejų atvejų praėjusią savaitę prie sienos.\n\n"
        "Gruodžio 15 dieną pasieniečiams pranešta, kad miške yra trys užsieniečiai.",
    ),
    (
        "en",
        "An inquiry into the hidden migrants was opened on Wednesday at the Varena post.\n\n"
        "It follows two finds near the border last week.\n\n"
        "On December 15 the guards were told that three foreigners were in the forest.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LAST_WEEK)
def test_a_weekday_on_a_date_of_last_week_is_a_week_later(lang, text):
    article = passage_article(text, lang, None, SPREAD)
    # 15 December 2021 was a Wednesday, and it lies in "last week": the writer's Wednesday
    # is the 22nd
    assert article.published == date(2021, 12, 22), article.published_reason


def test_without_last_week_the_weekday_is_the_dated_day():
    text = LAST_WEEK[1][1].replace("last week", "earlier this month")
    article = passage_article(text, "en", None, SPREAD)
    assert article.published == date(2021, 12, 15), article.published_reason


def test_a_weekday_with_its_date_in_brackets_is_that_date_even_beside_last_week():
    text = (
        "Guards crossed into Lithuania with migrants, the minister said Tuesday (August 17).\n\n"
        "In a similar incident last week, a guard stepped across the border.\n\n"
        "According to data published Tuesday, 4,000 migrants have entered this year."
    )
    article = passage_article(text, "en", None, SPREAD)
    assert article.published == date(2021, 8, 17), article.published_reason


def test_the_ministry_continues_a_french_narrative():
    text = (
        "Heurts à la frontière\n\n"
        "Des migrants ont été visés par des canons à eau, mardi 16 novembre, à Kuznica.\n\n"
        "Le ministère a également déclaré que des soldats avaient tenté de couper la clôture."
    )
    row = one_row(passage_events(text, "fr", "2021-11-17"), "Le ministère")
    assert row["date"] == date(2021, 11, 16)
    assert row["dated_by"] == "narrative"


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("lt", "Policija antradienį pradėjo ikiteisminį tyrimą dėl riaušių prie stovyklos."),
        ("en", "Police opened an investigation into the riots at the camp on Tuesday."),
        ("fr", "Le parquet a ouvert mardi une enquête sur les émeutes du camp."),
        ("pl", "Prokuratura we wtorek wszczęła śledztwo w sprawie zamieszek w obozie."),
        ("ru", "Во вторник полиция возбудила уголовное дело о беспорядках в лагере."),
    ],
)
def test_an_investigation_opened_is_other_whatever_it_is_into(lang, sentence):
    assert classify_event_type(sentence, lang) == "other"


def test_the_riot_itself_stays_a_clash():
    assert classify_event_type("Migrantai pirmadienį sukėlė riaušes stovykloje.", "lt") == "clash"
