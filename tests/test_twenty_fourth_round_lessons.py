"""Lessons of the twenty-fourth blind batch, in our own passages.

- days listed with commas before a pair of days are one happening's, each the day before
  the next ("25, 26 и 27 ноября" is 25–27 November; only "26 и 27" was read, and 25 was
  lost); days that skip one stay happenings of their own;
- a part of the day right before a date in Russian names that date's part ("ночью 27
  ноября" is the night of the 27th; "ночью" had been read as last night, the 28th);
- an address opening its page's id with a time stamp dates the page
  (".../20210902203054013649.html", tests/test_address_dates.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import passage_events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "В результате 25, 26 и 27 ноября за мигрантами прибыли четыре самолета "
               "иракской авиакомпании."),
        ("en", "Iraqi Airways planes landed in Minsk on 25, 26 and 27 November to take the "
               "migrants home."),
        ("fr", "Des avions irakiens ont atterri à Minsk les 25, 26 et 27 novembre pour "
               "rapatrier les migrants."),
        ("pl", "Irackie samoloty lądowały w Mińsku 24, 25, 26 i 27 listopada, by zabrać "
               "migrantów do domu."),
    ],
)  # fmt: skip
def test_days_listed_before_a_pair_are_one_happening(lang, text):
    frame = passage_events(text, lang, "2021-11-28")
    first = date(2021, 11, 24) if lang == "pl" else date(2021, 11, 25)
    assert list(zip(frame["date"], frame["date_end"], strict=True)) == [(first, date(2021, 11, 27))]


def test_listed_days_that_skip_one_are_happenings_of_their_own():
    text = "Iraqi Airways flights left Minsk for Erbil on 18, 22 and 25 November."
    frame = passage_events(text, "en", "2021-11-28")
    # "on" opens the list, so the 18th is read too (temporal_lists; without it, only days
    # that follow one another are listed: see the next test)
    assert list(zip(frame["date"], frame["date_end"], strict=True)) == [
        (date(2021, 11, 18), date(2021, 11, 18)),
        (date(2021, 11, 22), date(2021, 11, 22)),
        (date(2021, 11, 25), date(2021, 11, 25)),
    ]


def test_a_number_before_a_pair_of_days_is_listed_only_when_it_is_the_day_before():
    found = tag("Border guards counted 12, 26 and 27 November as the worst days.",
                date(2021, 11, 28), "en")  # fmt: skip
    assert [e.date for e in found] == [date(2021, 11, 26), date(2021, 11, 27)]


def test_a_part_of_the_day_before_a_list_is_the_whole_lists():
    frame = passage_events(
        "В ночь на 25, 26 и 27 ноября из Минска вылетели самолеты в Ирак.", "ru", "2021-11-28"
    )
    assert list(zip(frame["date"], frame["date_end"], strict=True)) == [
        (date(2021, 11, 25), date(2021, 11, 27))
    ]


def test_every_listed_day_is_tagged():
    found = tag("Samoloty przyleciały 24, 25, 26 i 27 listopada.", date(2021, 11, 28), "pl")
    assert [e.date for e in found] == [date(2021, 11, d) for d in (24, 25, 26, 27)]


@pytest.mark.parametrize(
    ("text", "day", "part"),
    [
        ("Очередной спецрейс состоялся ночью 27 ноября: в Ирак отправили 418 человек.", 27,
         "night"),
        ("Утром 16 ноября мигранты начали бросать камни.", 16, "morning"),
        ("Вечером 15 ноября мигранты собрались у пункта пропуска.", 15, "evening"),
    ],
)  # fmt: skip
def test_a_russian_part_of_day_before_a_date_is_that_dates(text, day, part):
    found = tag(text, date(2021, 11, 28), "ru", references=False)
    assert [(e.date, e.time_of_day) for e in found] == [(date(2021, 11, day), part)]


def test_a_russian_part_of_day_alone_is_still_the_writers_night():
    found = tag(
        "Полиция сообщила, что ночью в том же районе задержали группу.",
        date(2021, 11, 28),
        "ru",
        references=False,
    )
    assert [(e.text, e.date) for e in found] == [("ночью", date(2021, 11, 28))]
