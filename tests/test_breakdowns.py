"""A breakdown of the count told right before it is that count's happening (narration.
breaks_down, events._Walk._narrative), with no verb or event cue of its own."""

from __future__ import annotations

import pytest

from tests.press_passages import passage_events


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        (
            "On Monday, border guards detained 41 migrants near Kuźnica. Of them, 12 were children.",
            "en",
            "Of them",
        ),
        (
            "Lundi, les garde-frontières ont interpellé 41 migrants. Parmi eux, 12 enfants.",
            "fr",
            "Parmi eux",
        ),
        (
            "W poniedziałek Straż Graniczna zatrzymała 41 migrantów. Wśród nich 12 dzieci.",
            "pl",
            "Wśród nich",
        ),
        ("В понедельник пограничники задержали 41 мигранта. Из них 12 детей.", "ru", "Из них"),
        (
            "Pirmadienį pasieniečiai sulaikė 41 migrantą. Iš šio skaičiaus – 20 moterų ir 21 vyras.",
            "lt",
            "Iš šio",
        ),
    ],
)
def test_a_breakdown_takes_the_date_and_type_of_its_count(text, lang, words):
    frame = passage_events(text, lang, "2021-11-30")
    counted = frame[~frame["sentence"].str.contains(words, regex=False)].iloc[0]
    breakdown = frame[frame["sentence"].str.contains(words, regex=False)]
    assert len(breakdown) == 1, list(frame["sentence"])
    row = breakdown.iloc[0]
    assert str(row["date"]) == "2021-11-29"
    assert row["dated_by"] == "narrative"
    assert row["event_type"] == counted["event_type"]


def test_a_breakdown_needs_a_dated_count_right_before():
    """After a sentence with no count, "Of them" refers to no figure: no happening."""
    frame = passage_events(
        "On Monday, border guards met the minister near Kuźnica. Of them, most were young.",
        "en",
        "2021-11-30",
    )
    assert not frame["sentence"].str.contains("Of them").any()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On Monday, border guards detained 41 migrants. Of them, 12 will be deported.", "en"),
        ("On Monday, border guards detained 41 migrants. Of these measures, 3 aim at 500.", "en"),
        (
            "Lundi, les garde-frontières ont interpellé 41 migrants. Parmi eux, 12 seront expulsés.",
            "fr",
        ),
        (
            "W poniedziałek zatrzymano 41 migrantów. W tym kontekście rząd wyśle 200 żołnierzy.",
            "pl",
        ),
        ("В понедельник задержали 41 мигранта. Из этих соображений 200 военных направят.", "ru"),
    ],
)
def test_what_will_become_of_a_count_or_another_opening_is_no_breakdown(text, lang):
    frame = passage_events(text, lang, "2021-11-30")
    assert len(frame) == 1, list(frame["sentence"])
