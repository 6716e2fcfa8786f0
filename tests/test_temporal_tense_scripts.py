"""Tense across scripts and compound forms (the held-out real press, benchmarks/real_heldout).

A sentence ends before a capital of any script, so a Russian "будет" in the next sentence
no longer makes a past day a future one; "ввёл" (with ё) is a past like "ввел"; Polish
"będzie obowiązywał" is a future although its participle ends in "-ł". Passages are
written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from crisis_timeline.temporal_grammar import grammar
from crisis_timeline.temporal_tense import ClauseTense

DCT = date(2021, 11, 10)  # a Wednesday


def _tense_at(text: str, lang: str, written: str):
    start = text.index(written)
    return ClauseTense(text, text.lower(), grammar(lang)).governing(start, start + len(written))


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("ru", "Сейм Литвы во вторник ввёл режим ЧС. Режим будет действовать месяц.", "вторник"),
        ("pl", "Sejm zebrał się we wtorek. Żołnierze będą patrolować granicę.", "wtorek"),
        (
            "lt",
            "Seimas antradienį pratęsė padėtį. Šarvuočiai bus dislokuoti pasienyje.",
            "antradienį",
        ),
    ],
)
def test_a_future_in_the_next_sentence_does_not_govern_a_past_day(lang, text, written):
    assert _tense_at(text, lang, written).mode == "past"


def test_the_next_sentence_starts_at_a_cyrillic_capital():
    text = "Сейм ввёл режим ЧС во вторник. Режим будет действовать до 10 декабря."
    tenses = ClauseTense(text, text.lower(), grammar("ru"))
    start = text.index("вторник")
    assert tenses.sentence(start, start + 7) == (0, text.index(". Режим"))


def test_a_past_with_yo_dates_its_weekday_back():
    assert _tense_at("Сейм ввёл режим во вторник.", "ru", "вторник").cue == "ввёл"
    (monday,) = tag("Сбой на границе произошёл в понедельник.", DCT, "ru")
    assert monday.date == date(2021, 11, 8)


def test_a_polish_compound_future_looks_ahead():
    tense = _tense_at("Zakaz będzie obowiązywał od 1 grudnia.", "pl", "1 grudnia")
    assert (tense.mode, tense.cue) == ("future", "będzie obowiązywał")


@pytest.mark.parametrize(
    ("lang", "text", "written"),
    [
        ("ru", "В субботу президент А. Лукашенко посетит лагерь.", "субботу"),
        ("pl", "W sobotę przy ul. Łąkowej odbędzie się wiec.", "sobotę"),
    ],
)
def test_an_initial_or_an_abbreviation_does_not_end_the_sentence(lang, text, written):
    assert _tense_at(text, lang, written).mode == "future"
