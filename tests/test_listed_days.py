"""Days listed with one month (temporal_lists, event_ranges.joined_days): each listed day is
dated, days that follow one another are one happening's range, others their own."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import passage_events

PUBLISHED = date(2021, 11, 30)


def _days(text: str, lang: str) -> list[tuple[date, date]]:
    return [(e.date, e.date_end) for e in tag(text, PUBLISHED, lang, references=False)]


def _event_days(text: str, lang: str) -> list[tuple[str, str]]:
    frame = passage_events(text, lang, PUBLISHED.isoformat())
    return [(str(row.date), str(row.date_end)) for row in frame.itertuples()]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said guards stopped groups on 18, 22 and 25 November.", "en"),
        ("Officials said guards stopped groups on November 18, 22 and 25.", "en"),
        ("Des groupes ont été arrêtés les 18, 22 et 25 novembre, selon la police.", "fr"),
        ("Straż Graniczna zatrzymała grupy w dniach 18, 22 i 25 listopada.", "pl"),
        ("Pasieniečiai sulaikė grupes lapkričio 18, 22 ir 25 d.", "lt"),
    ],
)
def test_days_that_skip_one_are_three_happenings(text, lang):
    assert _event_days(text, lang) == [
        ("2021-11-18", "2021-11-18"),
        ("2021-11-22", "2021-11-22"),
        ("2021-11-25", "2021-11-25"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said flights left on 25, 26, and 27 November.", "en"),  # the Oxford comma
        ("Officials said flights left on November 25, 26, and 27.", "en"),
        ("Officials said flights left on November 25, 26 and 27.", "en"),
        ("Pasieniečiai sulaikė grupes lapkričio 25, 26 ir 27 d.", "lt"),
    ],
)
def test_days_that_follow_one_another_are_one_range(text, lang):
    assert _event_days(text, lang) == [("2021-11-25", "2021-11-27")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Officials said two flights are scheduled for November 28 and 29.", "en"),
        ("Pasieniečiai sulaikė grupes lapkričio 28 ir 29 d.", "lt"),
    ],
)
def test_a_month_first_pair_is_one_range(text, lang):
    assert _event_days(text, lang) == [("2021-11-28", "2021-11-29")]


@pytest.mark.parametrize(
    "text",
    [
        "On November 18, 22 people were detained.",  # a count after a date
        "On November 18 and 19 migrants crossed the border.",  # the list must end a clause
        "On November 18, 22 and 25 people were detained.",
    ],
)
def test_a_count_after_a_month_first_date_is_no_day(text):
    assert _days(text, "en") == [(date(2021, 11, 18), date(2021, 11, 18))]


def test_a_count_before_a_pair_without_an_opener_is_no_day():
    """Days skipping one before a pair need a word opening a list of dates: "counted 12,
    26 and 27" counts; "25, 26 и 27" (one after another) is a list without one."""
    assert [d for d, _ in _days("Guards counted 12, 26 and 27 November as the worst.", "en")] == [
        date(2021, 11, 26),
        date(2021, 11, 27),
    ]


def test_a_comma_before_a_weekday_pair_still_parts_two_happenings():
    days = _event_days(
        "Officials said groups crossed on Monday, and on Tuesday police found them.", "en"
    )
    assert days == [("2021-11-29", "2021-11-29"), ("2021-11-30", "2021-11-30")]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 12, and 27 November was the worst day.",  # one number is no list
        "Border guards detained 14, and 27 November saw another 50.",
    ],
)
def test_a_count_before_an_oxford_comma_is_no_day(text):
    assert [d for d, _ in _days(text, "en")] == [date(2021, 11, 27)]


def test_two_full_dates_across_a_comma_stay_two_happenings():
    days = _event_days(
        "Officials said groups crossed on 28 November, and 29 November police found them.", "en"
    )
    assert days == [("2021-11-28", "2021-11-28"), ("2021-11-29", "2021-11-29")]
