"""A night named by its two day numbers is one happening over both days (blind batches 11,
17 and 27: "w nocy z 13 na 14 listopada", "в ночь с 13 на 14 ноября", "the night of March
21-22"). Our own passages, written to reproduce what the real pages taught."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import one_row, passage_events

NIGHT_FIRST = date(2021, 11, 13)
NIGHT_LAST = date(2021, 11, 14)


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("pl", "Grupa migrantów sforsowała ogrodzenie w nocy z 13 na 14 listopada.", "sforsowała"),
        ("ru", "Мигранты пересекли границу в ночь с 13 на 14 ноября.", "пересекли"),
        ("en", "Migrants crossed the border on the night of November 13 to 14.", "crossed"),
        ("lt", "Migrantai kirto sieną naktį iš lapkričio 13 į 14 d.", "kirto"),
        # the forms read whole already, kept so
        ("en", "Migrants crossed the border on the night of 13-14 November.", "crossed"),
        (
            "fr",
            "Dans la nuit du 13 au 14 novembre, des migrants ont franchi la frontière.",
            "franchi",
        ),
    ],
)
def test_a_night_of_two_day_numbers_spans_both_days(lang, text, words):
    frame = passage_events(text, lang, "2021-11-16")
    assert len(frame) == 1, list(zip(frame["date"], frame["sentence"], strict=True))
    row = one_row(frame, words)
    assert (row["date"], row["date_end"]) == (NIGHT_FIRST, NIGHT_LAST)


def test_the_night_words_are_no_date_of_their_own():
    """ "w nocy" inside "w nocy z 13 na 14 listopada" had been read as the publication's
    night: a second event on the day of publication."""
    found = tag("Ogrodzenie sforsowano w nocy z 13 na 14 listopada.", date(2021, 11, 16), "pl")
    assert [(e.text, e.date) for e in found] == [("w nocy z 13 na 14 listopada", NIGHT_FIRST)]


def test_days_that_do_not_follow_one_another_are_no_night():
    found = tag("Ogrodzenie sforsowano w nocy z 12 na 14 listopada.", date(2021, 11, 16), "pl")
    assert date(2021, 11, 12) not in [e.date for e in found]


def test_a_year_after_the_night_keeps_it_whole():
    frame = passage_events(
        "Nieznani sprawcy zdewastowali samochody ratowników w nocy z 13 na 14 listopada 2021.",
        "pl",
        "2021-11-15",
    )
    row = one_row(frame, "zdewastowali")
    assert (row["date"], row["date_end"]) == (NIGHT_FIRST, NIGHT_LAST)
    assert row["event_type"] == "clash"  # cars wrecked: violence at the border


def test_a_weekday_on_the_second_day_keeps_its_year():
    """Review of this round: "z 13 na niedzielę 14 listopada" had moved the Sunday to the
    13th, a Sunday only in 2022."""
    found = tag(
        "W nocy z 13 na niedzielę 14 listopada migranci sforsowali ogrodzenie.",
        date(2021, 11, 16),
        "pl",
    )
    assert all(e.date is None or e.date.year == 2021 for e in found)


def test_a_second_day_of_another_month_is_no_night():
    found = tag(
        "From the night of 13 November to 14 December, the zone stays closed.",
        date(2021, 11, 16),
        "en",
    )
    assert date(2021, 12, 14) in [e.date for e in found]
