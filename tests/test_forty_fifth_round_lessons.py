"""What the forty-fifth round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import passage_events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The first repatriation flight since the crisis began left Minsk on Sunday. "
            "Poland said the situation remained tense.",
            "en",
        ),
        (
            "The first high-level contact between Brussels and Minsk since the beginning of "
            "the crisis took place on Sunday, the EU said.",
            "en",
        ),
        (
            "Le premier vol de rapatriement depuis le début de la crise a quitté Minsk dimanche.",
            "fr",
        ),
    ],
)
def test_a_firsts_since_in_the_subject_leaves_the_main_verbs_day_its_own(
    text: str, lang: str
) -> None:
    events = passage_events(text, lang, "2021-11-22")
    first = events[events["sentence"] == events.iloc[0]["sentence"]]
    # the Sunday only: the "since" had made it look embedded, and the lead's day was added
    assert list(first["date"]) == [date(2021, 11, 21)], first[["date", "dated_by"]]


def test_the_comparison_point_itself_stays_embedded_and_the_lead_keeps_its_day() -> None:
    events = passage_events(
        "It was the first contact between the two leaders since August 2020. Merkel called "
        "Lukashenko on Monday.",
        "en",
        "2021-11-22",
    )
    lead = events[events["sentence"].str.startswith("It was")]
    assert date(2021, 11, 22) in set(lead["date"]), lead[["date", "dated_by"]]


def test_a_relative_clause_with_since_still_embeds_its_dates() -> None:
    events = passage_events(
        "Officials visited the camp on Sunday. The camp, which has existed since the crisis "
        "began on 8 November, was cleared.",
        "en",
        "2021-11-22",
    )
    camp = events[events["sentence"].str.startswith("The camp")]
    assert date(2021, 11, 8) in set(camp["date"])
