"""Lessons of the twenty-third blind batch, in our own passages.

- a page whose date line gives only its month ("date 2021-12") was published in that month:
  a date the text names in another month is its story's past, not its day (batch 23: a
  December page was dated 27 October, "Le 27 octobre dernier", and that date put in 2020);
- in that month, a day ahead of the writer written with its weekday ("se rend en Russie ce
  mercredi 29 décembre", a day of the writer's week) dates the page; one without its weekday
  does not ("od północy 10 listopada", "jusqu'au 31 décembre": the start or end of a
  measure may be weeks ahead); with nothing in the month, the page is of that month,
  weakly (its middle day since the twenty-sixth batch);
- a time stamp on a line of its own below the body, over a year after every date the text
  tells, is another story's in a list of links ("03.03.2025 / 23:40" under a December 2021
  report dated the page 2025), when another story's title follows it; a page's own stamp
  at its foot still dates it;
- "so far this year", "so far in 2022" frame a running total ("the busiest day so far in
  2022"), as "since the start of the year" does: no event of the whole year (batch 23).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import passage_article, passage_events

FRENCH_DECEMBER = (
    " date 2021-12 Alors que la crise dure depuis des mois, le président biélorusse se rend "
    "en Russie ce mercredi 29 décembre pour rencontrer son homologue.\n\n"
    "Des milliers de migrants ont afflué à la frontière polonaise cet automne.\n\n"
    "Le 27 octobre dernier, devant le Sénat, le ministre Clément Beaune accusait Minsk "
    "d'organiser lui-même ce trafic vers la Pologne."
)


def test_a_month_date_line_keeps_the_page_in_its_month():
    article = passage_article(FRENCH_DECEMBER, "fr", None)
    assert article.published == date(2021, 12, 29)
    assert article.published_basis == "inferred"
    assert not article.published_weak
    assert "December 2021" in article.published_reason


def test_a_date_of_another_month_keeps_its_own_year_under_a_month_line():
    frame = passage_events(FRENCH_DECEMBER, "fr", None)
    told = frame[frame["sentence"].str.contains("27 octobre")]
    assert list(told["date"]) == [date(2021, 10, 27)]  # "dernier" from 29 Dec 2021, not 2020


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            " date 2021-11 W poniedziałek duża grupa migrantów dotarła na granicę w Kuźnicy.\n\n"
            "Stan wyjątkowy ma obowiązywać od północy 10 listopada, zapowiedział rząd.",
        ),
        (
            "fr",
            " date 2021-12 La Pologne a prolongé l'état d'urgence jusqu'au 31 décembre, a "
            "annoncé le gouvernement.",
        ),
    ],
)
def test_a_day_ahead_without_its_weekday_does_not_date_a_month_line_page(lang, text):
    # the start or end of a measure may be weeks after the writer's day
    article = passage_article(text, lang, None)
    assert article.published == date(int(text[6:10]), int(text[11:13]), 15)
    assert article.published_weak


def test_a_weekday_after_the_months_last_date_keeps_the_page_in_its_month():
    text = (
        " date 2021-11 The border guard said on Thursday that on November 29 about 100 "
        "migrants tried to cross."
    )
    assert passage_article(text, "en", None).published == date(2021, 11, 29)


def test_a_date_line_of_another_month_under_a_month_line_is_the_storys():
    text = (
        " date 2021-12\nLe 27 octobre 2021, le ministre Clément Beaune accusait Minsk "
        "d'organiser ce trafic.\n\nLe président se rend en Russie ce mercredi 29 décembre."
    )
    assert passage_article(text, "fr", None).published == date(2021, 12, 29)


@pytest.mark.parametrize(
    "text",
    [
        "2021-12 report: Poland said on Monday 8 November that 3,000 migrants reached Kuźnica.",
        "2011-12 budget cuts left the border guard short, Poland said on 8 November 2021.",
    ],
)
def test_a_year_and_month_at_the_head_that_is_no_date_line_is_ignored(text):
    assert passage_article(text, "en", None).published == date(2021, 11, 8)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # (not the state of emergency of Tuesday 10 August, a landmark day that dates the
        # page: tests/test_landmarks.py)
        (
            "fr",
            " date 2021-08 La Lettonie a annoncé mardi l'arrivée de 50 migrants à sa frontière.",
        ),
        ("lt", " date 2021-09 Trečiadienį pasieniečiai neįleido 20 migrantų į Lietuvą."),
    ],
)
def test_a_month_line_without_a_day_in_its_month_dates_the_page_weakly(lang, text):
    article = passage_article(text, lang, None)
    middle = date(int(text[6:10]), int(text[11:13]), 15)
    assert article.published == middle
    assert article.published_weak  # a guess: its events are listed, not placed


def test_a_full_date_line_is_still_the_pages_day():
    text = " date 2021-11-15 Poland said on Monday that 200 migrants tried to cross overnight."
    assert passage_article(text, "en", None).published == date(2021, 11, 15)


REPORT = (
    "За прошедшие сутки незаконно пересечь польско-белорусскую границу пытались 69 человек, "
    "сообщила 24 декабря 2021 года пограничная служба Польши.\n\n"
    "Группа из десяти иностранцев пыталась попасть на территорию Польши у Черемхи.\n\n"
    "Пограничники напомнили, что с начала года выявлено около 40 тысяч попыток.\n\n"
    "В ноябре таких попыток было 8900, в октябре – 17500, в сентябре – 7700.\n\n"
    "Находиться в приграничной зоне по-прежнему запрещено всем, кроме жителей.\n\n"
    "Запрет распространяется на 183 населенных пункта двух воеводств страны.\n\n"
    "Статьи\n\n"
    "Страна\n"
)


def test_another_storys_time_stamp_below_the_body_does_not_date_the_page():
    text = REPORT + "03.03.2025\n23:40\n\nСпор в Белом доме: Украина теряет союзника?\n"
    assert passage_article(text, "ru", None).published == date(2021, 12, 24)


def test_an_anniversary_pages_own_time_stamp_a_year_on_still_dates_it():
    text = (
        "A year ago, on 8 November 2021, thousands of migrants marched to the Kuźnica "
        "crossing.\n\n"
        + "".join(
            f"Witness number {n} recalled the cold nights in the forest near the border.\n\n"
            for n in range(1, 7)
        )
        + "Reuters\n\n2022-11-10 09:15\n"
    )
    assert passage_article(text, "en", None).published == date(2022, 11, 10)


def test_the_pages_own_time_stamp_below_its_byline_still_dates_it():
    text = (
        "W czwartek wieczorem z lotniska w Mińsku odleciał samolot z migrantami do Irbilu.\n\n"
        "Na pokładzie było ponad 400 osób, podała białoruska agencja.\n\n"
        "Kolejne loty mają się odbyć w najbliższych dniach, zapowiedziały władze.\n\n"
        "Migranci czekają na nie w centrum logistycznym w Bruzgach.\n\n"
        "Polska straż graniczna odnotowała w tym czasie kilkadziesiąt prób przekroczenia.\n\n"
        "Sytuacja na granicy pozostaje napięta, ocenił rzecznik.\n\n"
        "jo/ akl/\n\n"
        "2021-11-18 19:37\n\n"
        "Ocena: +1 0\n"
    )
    assert passage_article(text, "pl", None).published == date(2021, 11, 18)


def test_so_far_this_year_is_a_running_totals_frame_not_a_date():
    text = (
        "The border guard said 134 people tried to cross from Belarus on Monday, the busiest "
        "day so far in 2022.\n\n"
        "Migrants from Yemen and Syria are among those who have attempted the crossing so far "
        "this year."
    )
    frame = passage_events(text, "en", "2022-03-22")
    assert list(frame["date"]) == [date(2022, 3, 21)]  # Monday; no event for the year itself
    assert list(frame["precision"]) == ["day"]
