"""A weekday followed by a dotted day and month ("w sobotę 23.10", "в субботу 23.10") is a
date; with "o"/"в"/"at" before the pair, or a pair that is no day and month, it stays a
clock time (held-out real press, benchmarks/real_heldout). Passages written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag

DCT = date(2021, 10, 25)  # a Monday


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pl", "Od soboty 23.10 w obozowisku nie ma już nikogo.", "2021-10-23"),
        ("pl", "W sobotę 23.10 migranci odeszli.", "2021-10-23"),
        ("ru", "В субботу 23.10 мигранты ушли из лагеря.", "2021-10-23"),
        ("pl", "W sobotę o 23.10 migranci odeszli.", "2021-10-23T23:10"),
        ("pl", "W sobotę 20.45 migranci odeszli.", "2021-10-23T20:45"),
    ],
)
def test_a_dotted_pair_after_a_weekday(lang, text, value):
    (expression,) = tag(text, DCT, lang, references=False)
    assert expression.value == value


def test_the_dotted_date_keeps_its_weekday_and_month_day_without_a_publication_date():
    (expression,) = tag("W sobotę 23.10 migranci odeszli.", None, "pl", references=False)
    assert (expression.weekday, expression.month_day) == (5, (10, 23))


def test_a_clock_time_whose_date_reading_misses_its_weekday_stays_a_clock_time():
    # 9 May 2021 was a Sunday, and nowhere near the publication date: "9.05" is 09:05
    (expression,) = tag("W piątek 9.05 migranci odeszli.", DCT, "pl", references=False)
    assert expression.value == "2021-10-22T09:05"
