"""Error classes the twelfth blind batch of real press showed (benchmarks/real_blind12).

Each passage is written for this test (our own words, invented details) and reproduces one
class: a rumour's day ("rumors among migrants that buses will arrive on November 15")
dated as a happening (new RUMOUR table in every language); a Russian masculine past of a
consonant stem ("Бунт возник") not read as a past; "broke through" no crossing. The
review of these rules: "allegedly" is no rumour, a day before the rumour stays, the sun
breaking through the clouds crosses nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_types import classify_event_type
from crisis_timeline.narration import lead_happens
from tests.press_passages import one_row, passage_events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "There are rumors among migrants that buses from Germany will arrive on "
               "November 15 to pick them up at the border."),
        ("pl", "Wśród migrantów krąży plotka, że 15 listopada przyjadą autobusy z Niemiec."),
        ("ru", "Среди мигрантов ходят слухи, что 15 ноября за ними приедут автобусы из "
               "Германии."),
    ],
)  # fmt: skip
def test_a_rumours_day_is_no_happening(lang, text):
    frame = passage_events(f"Title\n\n{text}", lang, "2021-11-14")
    assert date(2021, 11, 15) not in set(frame["date"]), frame[["sentence", "date"]]


def test_a_rumour_about_a_past_day_still_dates_it():
    # what a rumour was about is the story's past: the day stays
    text = "Title\n\nRumours spread on Friday that Poland would open the border at Kuznica."
    row = one_row(passage_events(text, "en", "2021-11-14"), "Rumours spread")
    assert row["date"] == date(2021, 11, 12)


@pytest.mark.parametrize(
    "text",
    [
        "Бунт возник в центре для нелегальных мигрантов в Алитусском районе.",
        "Мигрант погиб в лесу у границы.",
    ],
)
def test_russian_masculine_pasts_of_consonant_stems(text):
    assert lead_happens(text, "ru")


def test_a_noun_in_nik_is_no_past():
    assert not lead_happens("Пограничник стоит у забора на границе.", "ru")


def test_breaking_through_is_a_crossing():
    text = "About 50 people managed to break through into Poland."
    assert classify_event_type(text, "en") == "border_crossing"


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("en", "On Wednesday, Polish police detained a man who allegedly smuggled 12 "
               "migrants.", (11, 17)),
        ("en", "On November 17, the Lithuanian army rejected rumours that the border would "
               "open.", (11, 17)),
    ],
)  # fmt: skip
def test_a_day_outside_a_rumour_stays(lang, text, day):
    frame = passage_events(f"Title\n\n{text}", lang, "2021-11-17")
    assert date(2021, *day) in set(frame["date"]), frame[["sentence", "date"]]


def test_the_sun_breaking_through_crosses_nothing():
    text = "On Tuesday, the sun broke through the clouds over Kuznica as EU ministers met."
    assert classify_event_type(text, "en") != "border_crossing"
