"""What the thirty-first round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import one_row, passage_events

# A crossing kept closed, reopened, or said not to reopen is a measure ("other"), as a
# crossing closed is: "the Kuznica crossing will not reopen" had been a statement (the stance
# rule read "will not"), and the written gold's "Le poste de Kuźnica restera fermé" too.
CROSSING_MEASURES = [
    (
        "en",
        "On Tuesday, Polish officials said the Kuznica crossing will not reopen until the "
        "situation calms.",
        "will not reopen",
    ),
    ("en", "On Tuesday, Poland said it would not reopen the Kuznica crossing.", "not reopen"),
    (
        "en",
        "Polish officials said on Tuesday that the Kuznica crossing would stay closed.",
        "stay closed",
    ),
    (
        "fr",
        "Mardi, la Pologne a indiqué qu'elle ne rouvrira pas le poste-frontière de Kuźnica.",
        "rouvrira",
    ),
    (
        "fr",
        "Le poste de Kuźnica restera fermé jusqu'à nouvel ordre, a indiqué mardi le service.",
        "restera fermé",
    ),
]


@pytest.mark.parametrize(("lang", "text", "evidence"), CROSSING_MEASURES)
def test_a_crossing_kept_closed_or_reopened_is_a_measure(
    lang: str, text: str, evidence: str
) -> None:
    frame = passage_events(text, lang, "2021-11-10")
    assert one_row(frame, evidence)["event_type"] == "other"


def test_migrants_at_a_crossing_stay_a_crossing() -> None:
    frame = passage_events(
        "On Tuesday, about 100 migrants tried to cross the border near the Kuznica checkpoint.",
        "en",
        "2021-11-10",
    )
    assert one_row(frame, "tried to cross")["event_type"] == "border_crossing"


# "in the 24 hours to Friday morning" is a rolling day ending on Friday, as "the last 24
# hours" in a Friday report is: Thursday to Friday. EU Briefs's "au cours des 24 heures qui se
# sont terminées vendredi matin" was read as Friday alone, and merged with the same Friday's
# declaration of the emergency.
ROLLING_ENDS = [
    (
        "en",
        "Border guards said on Friday that 150 migrants crossed the border in the 24 hours to "
        "Friday morning.",
        "150 migrants",
    ),
    (
        "fr",
        "Selon les garde-frontières, 150 migrants ont traversé la frontière au cours des 24 "
        "heures qui se sont terminées vendredi matin.",
        "150 migrants",
    ),
]


@pytest.mark.parametrize(("lang", "text", "evidence"), ROLLING_ENDS)
def test_the_24_hours_to_a_day_span_the_day_before(lang: str, text: str, evidence: str) -> None:
    row = one_row(passage_events(text, lang, "2021-07-02"), evidence)
    assert (row["date"], row["date_end"]) == (date(2021, 7, 1), date(2021, 7, 2))


def test_a_second_happening_after_a_conjunction_is_its_own_event() -> None:
    """ "a déclaré vendredi l'état d'urgence alors que 150 migrants ont traversé ... au cours
    des 24 heures qui se sont terminées vendredi matin": two happenings, each typed by its own
    clause ("alors que" opens no reported speech)."""
    frame = passage_events(
        "Le gouvernement a déclaré vendredi l'état d'urgence dans le pays alors que 150 migrants "
        "ont traversé la frontière au cours des 24 heures qui se sont terminées vendredi matin.",
        "fr",
        "2021-07-02",
    )
    got = sorted(zip(frame["date"], frame["date_end"], frame["event_type"], strict=True))
    assert got == [
        (date(2021, 7, 1), date(2021, 7, 2), "border_crossing"),
        (date(2021, 7, 2), date(2021, 7, 2), "other"),
    ]


def test_a_second_happening_after_while_is_typed_by_its_clause() -> None:
    frame = passage_events(
        "Latvia declared a state of emergency on Tuesday while about 200 migrants crossed the "
        "border in the 24 hours to Tuesday morning.",
        "en",
        "2021-08-10",
    )
    got = sorted(zip(frame["date"], frame["date_end"], frame["event_type"], strict=True))
    assert got == [
        (date(2021, 8, 9), date(2021, 8, 10), "border_crossing"),
        (date(2021, 8, 10), date(2021, 8, 10), "other"),
    ]
