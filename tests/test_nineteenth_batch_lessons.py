"""Error classes the nineteenth blind batch of real press showed (benchmarks/real_blind19).

Each passage is written for this test (our own words, invented details) and reproduces one
class: a Lithuanian deadline with its year between "iki" and the month ("turi būti įrengtas
iki šių metų rugsėjo") was read as a happening of September, where "iki rugsėjo" was a bound.
"""

from __future__ import annotations

import pytest

from tests.press_passages import passage_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Visas fizinis barjeras su Baltarusija turi būti įrengtas iki šių metų rugsėjo.",
        "Visas fizinis barjeras su Baltarusija turi būti įrengtas iki kitų metų rugsėjo.",
        "Visas fizinis barjeras su Baltarusija turi būti įrengtas iki rugsėjo.",
    ],
)
def test_a_lithuanian_deadline_is_a_bound_not_a_happening(sentence):
    text = (
        f"Antraštė\n\nPirmadienį Vyriausybė aptarė tvoros statybas su Baltarusija.\n\n{sentence}\n"
    )
    frame = passage_events(text, "lt", "2022-02-17")
    assert not frame["sentence"].str.contains("barjeras", regex=False).any()
