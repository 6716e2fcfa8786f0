"""What the twenty-seventh blind batch of real press taught (our own passages, written to
reproduce each lesson; benchmarks/real_blind27 scores the real pages). Its pages that tell
a landmark day with only its weekday are dated by tests/test_landmarks.py's rule."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import one_row, passage_events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Режим чрезвычайного положения, объявленный в Литве с 10 ноября, действует."),
        ("ru", "Режим чрезвычайного положения действует с 10 ноября."),
        ("en", "The state of emergency in force starting November 10 covers five kilometres."),
        ("fr", "L'état d'urgence en vigueur à partir du 10 novembre couvre cinq kilomètres."),
    ],
)
def test_a_start_a_few_days_old_is_this_years(lang, text):
    """A measure "from 10 November" on 16 November started six days before, not a year on:
    a start read as an open end in a present (or with a participle) stays this year's when it
    is at most a week old, as it already did under a future verb."""
    found = [e for e in tag(text, date(2021, 11, 16), lang, references=False) if e.date]
    assert [e.date for e in found] == [date(2021, 11, 10)], [(e.text, e.reason) for e in found]


def test_a_start_weeks_ahead_stays_ahead():
    text = "Режим чрезвычайного положения будет действовать с 10 декабря."
    found = tag(text, date(2021, 11, 16), "ru", references=False)
    assert [e.date for e in found] == [date(2021, 12, 10)]


def test_a_polish_death_told_in_the_present_continues_the_narrative():
    """ "Nie żyje również jedna Irakijka" (an Iraqi woman is also dead) after the weekend's
    finds: a death, the weekend's, though told in the present as Polish news tells deaths."""
    frame = passage_events(
        "W ten weekend w Puszczy Knyszyńskiej odnaleziono ciała trzech osób. "
        "Nie żyje również jedna Irakijka.",
        "pl",
        "2021-09-20",
    )
    row = one_row(frame, "Nie żyje")
    assert (row["date"], row["date_end"]) == (date(2021, 9, 18), date(2021, 9, 19))
    assert row["event_type"] == "casualties"


def test_do_not_live_is_no_death():
    """ "Migranci nie żyją w obozach" (do not live in camps): no death, no second event."""
    frame = passage_events(
        "W ten weekend na granicy zatrzymano 30 osób. "
        "Migranci nie żyją w obozach, lecz w lesie, mówi Straż Graniczna.",
        "pl",
        "2021-11-16",
    )
    assert len(frame) == 1, list(frame["sentence"])
