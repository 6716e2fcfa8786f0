"""Error classes the tenth blind batch of real press showed (benchmarks/real_blind10).

Each passage is written for this test (our own words, invented details) and reproduces one
class: a lead told in the perfect ("Four migrants have been found dead ...") read as a state
because a standfirst and a photo's caption stood before it; a full stop inside a short
bracket ('"The Third Way" (Der III. Weg), which ...') ending the sentence; a warning
"sounded" ("a tiré la sonnette d'alarme") not read as a statement; a wire dateline in lower
case with its clock time ("Минск, 23 августа, 2021, 12:39 — ИА Регнум.") dated as a happening;
a page cut off mid-word right after a subheading losing its last sentence; Russian and
Lithuanian groups of migrants or foreigners without a crossing cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_types import classify_event_type
from crisis_timeline.sentences import split_sentences
from tests.press_passages import one_row, passage_events


def test_a_lead_in_the_perfect_below_a_standfirst_is_the_story():
    text = (
        "Three migrants found dead near the border\n\n"
        "Warsaw and Vilnius accuse Minsk of sending people to the frontier\n\n"
        "Guards patrol the fence near Usnarz Gorny. AP / Test Photographer\n\n"
        "Three migrants have been found dead near the Poland-Belarus border, officials said. "
        "A fourth body was found in Belarus at the weekend."
    )
    frame = passage_events(text, "en", "2021-09-21")
    row = one_row(frame, "have been found dead")
    assert (row["date"], row["dated_by"]) == (date(2021, 9, 21), "publication")


def test_a_later_lead_sentence_in_the_perfect_is_still_a_state():
    text = (
        "Title\n\n"
        "Polish guards detained 40 migrants near Kuznica, officials said. "
        "Tensions have soared along the border with Belarus."
    )
    frame = passage_events(text, "en", "2021-11-10")
    assert not frame["sentence"].str.contains("Tensions have soared").any()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            'Police broke up 50 activists of the group "The Third Way" (Der III. Weg), which '
            "had called its members to the border. They left.",
            2,
        ),
        ("Guards met them (see p. 4). Then they left.", 2),
        ("The talks ended (a statement followed). Then they left.", 2),
    ],
)
def test_a_full_stop_inside_a_short_bracket_ends_no_sentence(text, sentences):
    assert len(split_sentences(text, "en")) == sentences


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le syndicat de la police a tiré la sonnette d’alarme lundi."),
        ("en", "The police union sounded the alarm on Monday."),
    ],
)
def test_a_warning_sounded_is_a_statement(lang, text):
    assert classify_event_type(text, lang) == "statement"


def test_a_wire_dateline_with_its_clock_time_is_no_happening():
    text = (
        "Заголовок\n\nМинск, 23 августа, 2021, 12:39 — ИА Регнум. Лукашенко в понедельник "
        "обвинил Польшу в том, что мигранты застряли на границе."
    )
    frame = passage_events(text, "ru", "2021-08-23")
    assert not frame["sentence"].str.contains("ИА Регнум").any(), list(frame["sentence"])
    assert one_row(frame, "обвинил Польшу")["date"] == date(2021, 8, 23)


def test_a_sentence_cut_off_mid_word_after_a_subheading_is_kept():
    text = (
        "Tytuł\n\nW niedzielę znaleziono zwłoki trzech osób przy granicy z Białorusią.\n\n"
        "Migranci ugrzęźli na bagnach\n\n"
        "Jak informowała wcześniej rzeczniczka, w sobotę (18.09) SG odnotowała na granicy p"
    )
    row = one_row(passage_events(text, "pl", "2021-09-19"), "w sobotę (18.09)")
    assert row["date"] == date(2021, 9, 18)


def test_a_subheading_at_the_pages_end_stays_a_heading():
    text = (
        "Tytuł\n\nW niedzielę znaleziono zwłoki trzech osób przy granicy z Białorusią.\n\n"
        "Migranci ugrzęźli na bagnach\n\n"
        "Zobacz nagranie z akcji straży granicznej na bagnach przy granicy z Białorusią"
    )
    frame = passage_events(text, "pl", "2021-09-19")
    assert not frame["sentence"].str.contains("Zobacz nagranie").any()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "22 октября пограничный патруль преследовал группу иностранцев у Бреста."),
        ("lt", "Pasieniečiai antradienį pastebėjo migrantų grupę prie Dieveniškių."),
        ("lt", "Ketvirtadienį prie sienos buvo dvi grupės užsieniečių."),
    ],
)
def test_a_group_of_migrants_is_a_crossing(lang, text):
    assert classify_event_type(text, lang) == "border_crossing"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Over 4,000 migrants have entered Lithuania illegally so far this year, "
               "officials said."),
        ("ru", "В этом году пограничники задержали уже 2 800 мигрантов."),
        ("pl", "W tym roku Straż Graniczna zatrzymała już 5 tys. osób."),
    ],
)  # fmt: skip
def test_the_year_so_far_dates_no_happening(lang, text):
    frame = passage_events(f"Title\n\n{text}", lang, "2021-08-20")
    assert not (frame["precision"] == "year").any(), frame[["sentence", "date", "precision"]]


def test_a_year_written_out_still_dates_its_count():
    text = "Title\n\nIn 2021, over 4,000 migrants crossed into Lithuania, officials said."
    row = one_row(passage_events(text, "en", "2021-08-20"), "4,000 migrants")
    assert (row["date"], row["date_end"]) == (date(2021, 1, 1), date(2021, 12, 31))
