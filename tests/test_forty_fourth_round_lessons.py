"""What the forty-fourth round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import passage_events


@pytest.mark.parametrize(
    ("text", "first_day"),
    [
        # the border guard's running total, stamped at the midnight between two days
        (
            "Šiemet iki vidurnakčio iš ketvirtadienio į penktadienį bandė patekti 1 902 migrantai.",
            15,
        ),
        ("Dar pora šūvių prieš vidurnaktį iš penktadienio į šeštadienį paleisti.", 16),
        ("Nuo vidurnakčio iš lapkričio 13 į 14 d. sulaikyti penki migrantai.", 13),
    ],
)
def test_a_lithuanian_midnight_between_two_days_is_one_night(text: str, first_day: int) -> None:
    found = [
        e for e in tag(text, date(2021, 7, 16), "lt", references=False) if e.precision == "day"
    ]
    assert len(found) == 1, found  # two weekdays had been two days (batches 39, 41, 43)
    assert found[0].date.day == first_day and "vidurnak" in found[0].text


def test_a_running_total_this_year_up_to_a_midnight_is_one_undated_count_not_two_days() -> None:
    events = passage_events(
        "Ketvirtadienį pasieniečiai sulaikė 107 migrantus. Šiemet iki vidurnakčio iš "
        "ketvirtadienio į penktadienį bandė patekti 1 902 neteisėti migrantai.",
        "lt",
        "2021-07-16",
    )
    total = events[events["sentence"].str.startswith("Šiemet")]
    # the year's count only (its end is a bound, not a day's happening)
    assert list(total["precision"]) == ["year"], total[["date", "precision"]]
    lead = events[events["sentence"].str.startswith("Ketvirtadienį")]
    assert list(lead["date"]) == [date(2021, 7, 15)]


def test_a_range_of_months_still_keeps_its_start() -> None:
    events = passage_events(
        "Nuo rugpjūčio iki lapkričio pasieniečiai apgręžė 8 000 migrantų.", "lt", "2021-12-01"
    )
    assert len(events) == 1
    row = events.iloc[0]
    assert (row["date"], row["date_end"]) == (date(2021, 8, 1), date(2021, 11, 30))


@pytest.mark.parametrize(
    "lead",
    [
        "Lithuania is detaining migrants in guarded former army camps.",
        "Poland is holding the men at guarded barracks near the border.",
        "The border is patrolled by soldiers with an armed escort.",
    ],
)
def test_a_present_lead_with_an_adjective_in_ed_tells_a_state_not_the_days_news(lead: str) -> None:
    events = passage_events(
        "Lithuania to push back migrants\n\n" + lead + "\n\nThe minister announced the order "
        "on August 3.",
        "en",
        "2021-08-04",
    )
    assert not (events["sentence"] == lead).any(), events[["date", "sentence"]]


def test_a_lead_in_the_past_is_still_the_days_news() -> None:
    events = passage_events(
        "Lithuania pushes back migrants\n\nLithuania detained migrants in guarded camps.",
        "en",
        "2021-08-04",
    )
    assert list(events["date"]) == [date(2021, 8, 4)]
