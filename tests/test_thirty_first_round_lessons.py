"""What the thirty-first round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

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
