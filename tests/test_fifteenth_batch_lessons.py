"""Error classes the fifteenth blind batch of real press showed (benchmarks/real_blind15).

Each passage is written for this test (our own words, invented details) and reproduces one
class: the night from one day to the next ("W nocy z soboty na niedzielę", "В ночь с субботы
на воскресенье", "Naktį iš šeštadienio į sekmadienį") read as two days, the second dated a
week early; the French recent past "venir de" ("le Sénat vient d'adopter la loi") read as
no happening, so a lead told in it made no event; a text approved on a date ("Ce plan
avait été approuvé par la chambre basse le 14 octobre") made no event for want of a cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from tests.press_passages import one_row, passage_events

NIGHTS = [
    ("pl", "W nocy z soboty na niedzielę straż zawróciła 80 osób."),
    ("ru", "В ночь с субботы на воскресенье пограничники развернули 80 человек."),
    ("lt", "Naktį iš šeštadienio į sekmadienį pasieniečiai apgręžė 80 žmonių."),
]


@pytest.mark.parametrize(("lang", "sentence"), NIGHTS)
def test_a_night_from_one_day_to_the_next_is_one_night(lang, sentence):
    found = tag(sentence, date(2021, 8, 8), lang, references=False)
    assert len(found) == 1, [e.text for e in found]
    assert found[0].date == date(2021, 8, 7)  # dated by its first day
    assert found[0].time_of_day == "night"


def test_a_weekday_after_na_outside_a_night_stays_its_own_day():
    found = tag("W sobotę na granicy było spokojnie.", date(2021, 8, 8), "pl", references=False)
    assert [(e.text, e.date) for e in found] == [("sobotę", date(2021, 8, 7))]


def test_the_french_recent_past_is_a_happening_of_the_day():
    text = (
        "Le Sénat approuve le mur\n\n"
        "Par 52 voix contre 46, le Sénat polonais vient d'adopter la loi sur le mur.\n\n"
        "Les travaux doivent commencer au printemps."
    )
    row = one_row(passage_events(text, "fr", "2021-10-27"), "vient d'adopter")
    assert row["date"] == date(2021, 10, 27)


def test_venir_de_a_place_is_no_past():
    text = "Titre\n\nLe groupe vient d'Irak et attend à la frontière depuis des semaines.\n"
    frame = passage_events(text, "fr", "2021-10-27")
    assert not frame["sentence"].str.contains("vient d'Irak").any()


@pytest.mark.parametrize(
    ("lang", "sentence", "day"),
    [
        ("fr", "Ce plan avait déjà été approuvé par la chambre basse le 14 octobre dernier.", 14),
        ("en", "The plan had already been approved by the lower house on October 14.", 14),
    ],
)
def test_a_text_approved_on_a_day_is_a_happening(lang, sentence, day):
    text = f"Title\n\nSenators met today.\n\n{sentence}\n"
    row = one_row(passage_events(text, lang, "2021-10-27"), sentence[:12])
    assert row["date"] == date(2021, 10, day)
    assert row["event_type"] == "other"
