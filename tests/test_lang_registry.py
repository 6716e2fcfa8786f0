"""The language registry: every folder offers every table with the same keys."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest

from crisis_timeline import temporal_grammar, temporal_lexicon
from crisis_timeline.lang import (
    EVENT_TYPES,
    LEMMATIZERS,
    TABLE_KEYS,
    languages,
    lemmatizer,
    names,
    reading_note,
    tables,
)
from crisis_timeline.temporal_lexicon import Lexicon

FIVE = ("en", "fr", "lt", "pl", "ru")


def test_registry_finds_the_five_folders():
    assert set(FIVE) <= set(languages())
    assert names()["pl"] == "Polish"


@pytest.mark.parametrize("code", FIVE)
@pytest.mark.parametrize("group", sorted(TABLE_KEYS))
def test_every_group_has_the_same_keys(code, group):
    table = getattr(tables(code), group)
    assert set(table) == set(TABLE_KEYS[group]), (code, group)
    assert set(table) == set(getattr(tables("en"), group))


@pytest.mark.parametrize("code", FIVE)
def test_calendar_event_types_and_lemmatizer(code):
    record = tables(code)
    assert not record.partial and record.code == code
    assert isinstance(record.calendar, Lexicon) and record.calendar.lang == code
    assert record.calendar.months and record.calendar.weekdays and record.calendar.phrases
    assert set(record.calendar.relative_templates) == set(tables("en").calendar.relative_templates)
    assert {t for t, _w, _c in record.event_types} == set(EVENT_TYPES)
    assert record.stop_words and record.lemmatizer in LEMMATIZERS


@pytest.mark.parametrize("code", FIVE)
def test_every_pattern_compiles(code):
    record = tables(code)
    for name, pattern in record.events.items():
        re.compile(pattern), name
    for _type, _weight, cues in record.event_types:
        for cue in cues:
            re.compile(cue)
    for pattern in (*record.furniture["CAPTION_STRONG"], *record.furniture["TWEET_INTRO_CUES"]):
        re.compile(pattern)
    for pattern in record.attribution["NAME_CUES"]:
        re.compile(pattern)
    periods = record.periods
    for key in (
        "SEASON",
        "QUARTER",
        "HALF",
        "FINANCE",
        "HOLIDAY_BEFORE",
        "MODIFIED_BEFORE",
        "OF_AFTER",
        "DECADE",
        "CENTURY",
        "BOUNDING",
    ):
        re.compile(periods[key])
    for pattern, _value in (*periods["REFERENCES"], *periods["HOLIDAYS"]):
        re.compile(pattern)
    assert set(periods["TRIGGERS"]) == set(tables("en").periods["TRIGGERS"])


@pytest.mark.parametrize("code", ["de", "lv", "uk", "", "xx-YY"])
def test_unknown_language_is_read_in_part_not_an_error(code):
    record = tables(code)
    assert record.partial
    assert "read in part" in record.note and reading_note(code) == record.note
    assert set(record.quantities) == set(TABLE_KEYS["quantities"])
    assert {f.name for f in dataclasses.fields(record.calendar)} == {
        f.name for f in dataclasses.fields(Lexicon)
    }
    assert reading_note("pl") is None


@pytest.mark.parametrize(
    ("code", "word", "lemma"),
    [("pl", "Kuźnicy", "Kuźnica"), ("pl", "migrantów", "migrant"), ("ru", "мигрантов", "мигрант"),
     ("ru", "Беларуси", "беларусь"), ("lt", "migrantų", "migrantas")],
)  # fmt: skip
def test_lemmas_come_from_the_libraries(code, word, lemma):
    assert lemmatizer(code)(word) == lemma


# Dates of the new languages, read by today's tagger through the folder's calendar
# (publication date Monday 15 November 2021).
DATES = [
    ("pl", "Straż Graniczna zatrzymała w poniedziałek 50 migrantów.", "poniedziałek", "2021-11-15"),
    ("pl", "We wtorek rano doszło do starć w Kuźnicy.", "wtorek rano", "2021-11-09TMO"),
    ("pl", "8 listopada około 2 tys. migrantów podeszło do granicy.", "8 listopada", "2021-11-08"),
    ("pl", "W zeszłym tygodniu premier odwiedził Białystok.", "W zeszłym tygodniu", "2021-W45"),
    ("pl", "Wczoraj rzecznik powiedział, że w środę odbędzie się spotkanie.", "środę", "2021-11-17"),
    ("ru", "Во вторник, 16 ноября, силовики применили водометы.", "вторник, 16 ноября", "2021-11-16"),
    ("ru", "Вчера Лукашенко заявил об этом.", "Вчера", "2021-11-14"),
    ("ru", "На прошлой неделе МИД Польши вызвал посла.", "На прошлой неделе", "2021-W45"),
    ("ru", "8 ноября около 2000 мигрантов подошли к границе.", "8 ноября", "2021-11-08"),
    ("lt", "Lapkričio 7-ąją pasieniečiai apgręžė 200 migrantų.", "Lapkričio 7-ąją", "2021-11-07"),
    ("lt", "Šiandien Seimas pritarė nepaprastajai padėčiai.", "Šiandien", "2021-11-15"),
    ("lt", "Praėjusią savaitę Lukašenka grasino.", "Praėjusią savaitę", "2021-W45"),
    ("lt", "2021 m. lapkričio 8 d. susirinko apie 2 000 migrantų.", "2021 m. lapkričio 8 d",
     "2021-11-08"),  # the year written first is part of the date (issue 17)
]  # fmt: skip


@pytest.mark.parametrize(("code", "text", "span", "value"), DATES)
def test_new_language_dates(monkeypatch, code, text, span, value):
    from crisis_timeline.temporal import tag

    if code not in temporal_lexicon.LEXICONS:  # phase 1: the tagger does not list it yet
        monkeypatch.setitem(temporal_lexicon.LEXICONS, code, tables(code).calendar)
        temporal_grammar.grammar.cache_clear()
        temporal_lexicon.calendar_names.cache_clear()
    found = [(e.text, e.value) for e in tag(text, date(2021, 11, 15), code)]
    temporal_grammar.grammar.cache_clear()
    temporal_lexicon.calendar_names.cache_clear()
    assert (span, value) in found
