"""A superlative frames the year after it: "134 people tried to cross on Monday, the
largest daily number this year" tells one happening, on Monday; "this year" is the frame of
the record, not a second, year-long event (a real report of March 2022 gave both, and the
next sentence took the year as its date)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import passage_events

RECORDS = {
    "en": "Polish border guards said 134 people tried to cross from Belarus on Monday, the "
    "largest daily number this year, while attention was elsewhere.",
    "pl": "W poniedziałek 134 osoby próbowały przekroczyć granicę z Białorusi, to największa "
    "liczba w tym roku, podała Straż Graniczna.",
    "ru": "В понедельник 134 человека пытались пересечь границу с Беларусью, это самое "
    "большое число в этом году, сообщили польские пограничники.",
    "lt": "Pirmadienį 134 žmonės bandė kirsti sieną iš Baltarusijos, tai didžiausias skaičius "
    "šiais metais, pranešė pasieniečiai.",
    "fr": "Lundi, 134 personnes ont tenté de franchir la frontière depuis la Biélorussie, le "
    "plus grand nombre cette année, selon les gardes-frontières polonais.",
}


@pytest.mark.parametrize("lang", sorted(RECORDS))
def test_a_superlative_frames_the_year_after_it(lang):
    frame = passage_events(RECORDS[lang], lang, "2022-03-22")
    assert [(d, e) for d, e in zip(frame["date"], frame["date_end"], strict=True)] == [
        (date(2022, 3, 21), date(2022, 3, 21))
    ]


def test_the_next_sentence_keeps_the_record_day():
    text = (
        RECORDS["en"] + " The people detained included 16 Iraqis who were rescued from "
        "marshes near Białowieża, the agency said."
    )
    frame = passage_events(text, "en", "2022-03-22")
    assert set(frame["date"]) == {date(2022, 3, 21)}
    assert set(frame["date_end"]) == {date(2022, 3, 21)}


@pytest.mark.parametrize(
    "text",
    [
        "In 2021, Lithuania built a fence along its border with Belarus.",
        # the superlative belongs to another clause
        "It was the largest group of migrants yet; in 2021 Lithuania built a fence along "
        "its border with Belarus.",
    ],
)
def test_a_year_without_a_superlative_before_it_stays_a_date(text):
    frame = passage_events(text, "en", "2022-03-22")
    assert (date(2021, 1, 1), date(2021, 12, 31)) in set(
        zip(frame["date"], frame["date_end"], strict=True)
    )


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [
        ("en", "Lithuania's highest administrative court ruled in 2022 that the pushbacks "
               "were unlawful.", 2022),
        ("en", "The biggest protests took place in 2021 in Vilnius.", 2021),
        ("en", "The most migrants arrived in 2021 through Belarus, officials said.", 2021),
        ("pl", "Najwyższa Izba Kontroli w 2021 roku skontrolowała Straż Graniczną.", 2021),
        ("lt", "Lietuvos Aukščiausiasis Teismas 2022 metais priėmė sprendimą dėl migrantų.",
         2022),
        ("lt", "Migrantai daugiausia atvyko 2021 metais per Baltarusiją.", 2021),
        ("ru", "Максимально жёсткие меры ввели в 2021 году на границе.", 2021),
        ("fr", "La plus haute juridiction a tranché en 2021 sur les refoulements.", 2021),
    ],
)  # fmt: skip
def test_a_superlative_of_no_count_leaves_the_year_a_date(lang, text, year):
    """Only a superlative of a count or a day frames the year: a highest court, the
    biggest protests, "daugiausia" (mostly) leave it the happening's."""
    frame = passage_events(text, lang, "2022-03-22")
    assert list(zip(frame["date"], frame["date_end"], strict=True)) == [
        (date(year, 1, 1), date(year, 12, 31))
    ]
