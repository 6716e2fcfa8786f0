"""Error classes the eleventh blind batch of real press showed (benchmarks/real_blind11).

Each passage is written for this test (our own words, invented details) and reproduces one
class: two days after "between" ("entre le 25 et le 27 mars", "между 25 и 27 марта") read
as two days, not one range; a date counted from the story's last one ("Dwa dni wcześniej
wniosek złożyła Rada Ministrów") dropped for want of a cue; the year so far ("šiemet") made
an event on an undated page. (A date inside a body sentence taken for the page's date line
is in tests/test_publication_inference.py.)
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import one_row, passage_events


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "216 personnes ont tenté de traverser la frontière entre le 25 et le 27 mars, "
               "selon les garde-frontières.", "216 personnes"),
        ("en", "Between 25 and 27 March, 216 people tried to cross the border.", "216 people"),
        ("ru", "Между 25 и 27 марта 216 человек пытались пересечь границу.", "216 человек"),
    ],
)  # fmt: skip
def test_two_days_after_between_are_one_range(lang, text, words):
    row = one_row(passage_events(f"Title\n\n{text}", lang, "2022-03-28"), words)
    assert (row["date"], row["date_end"]) == (date(2022, 3, 25), date(2022, 3, 27))


def test_two_days_without_between_stay_two_happenings():
    text = "Title\n\nOn 25 and 27 March, guards detained 216 people at the border."
    frame = passage_events(text, "en", "2022-03-28")
    assert sorted(frame["date"]) == [date(2022, 3, 25), date(2022, 3, 27)]


@pytest.mark.parametrize(
    ("lang", "text", "words", "day"),
    [
        ("pl", "Prezydent Andrzej Duda w czwartek 2 września podpisał rozporządzenie o stanie "
               "wyjątkowym. Dwa dni wcześniej wniosek w tej sprawie złożyła Rada Ministrów.",
         "Dwa dni wcześniej", (8, 31)),
        ("en", "President Duda signed the emergency decree on Thursday 2 September. Two days "
               "earlier the cabinet approved the request.", "Two days earlier", (8, 31)),
    ],
)  # fmt: skip
def test_a_day_counted_from_the_story_goes_on_telling_it(lang, text, words, day):
    row = one_row(passage_events(f"Title\n\n{text}", lang, "2021-09-03"), words)
    assert row["date"] == date(2021, *day)


def test_a_day_counted_from_another_paragraph_is_no_happening_without_a_cue():
    text = (
        "Title\n\nPresident Duda signed the emergency decree on Thursday 2 September.\n\n"
        "Two days earlier it rained hard."
    )
    frame = passage_events(text, "en", "2021-09-03")
    assert not frame["sentence"].str.contains("rained").any()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("lt", "Iš viso šiemet pasienyje su Baltarusija sulaikyti 1 098 neteisėti migrantai."),
        ("en", "So far this year, 1,098 migrants have been detained at the border."),
    ],
)
def test_the_year_so_far_is_no_happening_on_an_undated_page(lang, text):
    frame = passage_events(f"Title\n\n{text}", lang, None)
    assert frame.empty, frame[["sentence", "date", "precision"]]


def test_a_state_on_a_day_counted_from_the_story_is_no_happening():
    text = (
        "Title\n\nThree migrants died of hypothermia near Kuznica on Monday. Two days later, "
        "the family of one of them was still in the forest."
    )
    frame = passage_events(text, "en", "2021-11-20")
    assert not frame["sentence"].str.contains("still in the forest").any()


def test_a_polish_and_without_between_joins_no_days():
    text = (
        "Title\n\nW czwartek zatrzymano 14 migrantów. Funkcjonariusze zatrzymali 2 a 8 "
        "listopada jeszcze 30 osób."
    )
    frame = passage_events(text, "pl", "2021-11-12")
    assert date(2021, 11, 2) not in set(frame["date"]), frame[["sentence", "date"]]


def test_a_happening_of_the_year_with_a_figure_is_kept():
    text = "Title\n\nThis year, Lithuania declared a state of emergency for 30 days."
    row = one_row(passage_events(text, "en", "2021-11-20"), "state of emergency")
    assert row["precision"] == "year"
