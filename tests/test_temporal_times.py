"""TimeML values for times of day and spelled-out years (issue 16).

A part of day gives the day its TimeML code ("Wednesday night" = 2021-11-17TNI), a clock time
its hour ("2021-11-16T13:45"), even with no day written (the story's current day), and a year
written in words is a year. The day under those values is unchanged: events still take it.
Passages are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.articles import SourceMeta, parse_article
from crisis_timeline.event_frames import events_frame
from crisis_timeline.events import extract_article_events
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.temporal import tag, timeml_time, without_time
from crisis_timeline.timeml_words import timeml_words


def _tagged(text: str, dct: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in tag(text, date.fromisoformat(dct), lang)]


PARTS_OF_DAY = [
    ("en", "2021-11-18", "Border guards saw a group cross on Wednesday night.",
     [("Wednesday night", "2021-11-17TNI")]),
    ("en", "2021-11-19", "Water cannon were fired on Friday morning, police said.",
     [("Friday morning", "2021-11-19TMO")]),
    ("en", "2021-11-18", "The minister toured the camp this afternoon.",
     [("this afternoon", "2021-11-18TAF")]),
    ("en", "2021-11-18", "Two groups tried to get through early Tuesday.",
     [("early Tuesday", "2021-11-16TMO")]),
    ("fr", "2021-11-18", "Un groupe a franchi la clôture mercredi soir.",
     [("mercredi soir", "2021-11-17TEV")]),
    ("fr", "2021-11-18", "Des tirs ont été entendus dans la nuit de mardi à mercredi.",
     [("la nuit de mardi à mercredi", "2021-11-16TNI")]),
    ("fr", "2021-11-18", "Le ministre a visité le camp hier après-midi.",
     [("hier après-midi", "2021-11-17TAF")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "dct", "text", "expected"), PARTS_OF_DAY)
def test_a_part_of_day_gives_its_timeml_code(lang, dct, text, expected) -> None:
    assert _tagged(text, dct, lang) == expected
    (expression,) = tag(text, date.fromisoformat(dct), lang)
    assert expression.type == "TIME"
    assert expression.precision == "day"
    assert expression.date.isoformat() == expected[0][1][:10]  # the day itself is unchanged


def test_late_has_no_timeml_code_and_stays_the_day() -> None:
    (expression,) = tag("Talks ended late Monday in Minsk.", date(2021, 11, 17), "en")
    assert (expression.value, expression.time_of_day, expression.type) == (
        "2021-11-15",
        "late",
        "TIME",
    )


@pytest.mark.parametrize(
    ("lang", "dct", "text", "expected"),
    [
        ("en", "2021-11-17", "Guards met the group on Monday at 10:00 near the fence.",
         [("Monday at 10:00", "2021-11-15T10:00")]),
        ("en", "2021-11-17", "At 6 p.m. on Tuesday the gate was shut.",
         [("6 p.m. on Tuesday", "2021-11-16T18:00")]),
        ("fr", "2021-11-17", "Le poste a fermé lundi à 18h30.", [("lundi à 18h30", "2021-11-15T18:30")]),
    ],
)  # fmt: skip
def test_a_clock_time_with_its_day_gives_the_hour(lang, dct, text, expected) -> None:
    assert _tagged(text, dct, lang) == expected


BARE_CLOCKS = [
    # No date before it: the publication day.
    ("fr", "2021-11-16", "Le convoi de camions est parti à 13h45 de Minsk.",
     [("13h45", "2021-11-16T13:45")]),
    ("en", "2021-11-16", "The last bus left the camp at 10:30 a.m. with forty people.",
     [("10:30 a.m.", "2021-11-16T10:30")]),
    # A day told earlier is the story's current day.
    ("en", "2021-11-19", "Guards turned a group back on Tuesday. The convoy left at 10:30 a.m.",
     [("Tuesday", "2021-11-16"), ("10:30 a.m.", "2021-11-16T10:30")]),
    ("fr", "2021-11-19",
     "Mardi, les gardes ont repoussé un groupe. Le convoi est reparti à 13h45 vers Minsk.",
     [("Mardi", "2021-11-16"), ("13h45", "2021-11-16T13:45")]),
    ("pl", "2021-11-19",
     "We wtorek straż graniczna zatrzymała grupę. Konwój wyjechał o 13:45 z Mińska.",
     [("wtorek", "2021-11-16"), ("13:45", "2021-11-16T13:45")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "dct", "text", "expected"), BARE_CLOCKS)
def test_a_clock_time_with_no_day_takes_the_story_day(lang, dct, text, expected) -> None:
    assert _tagged(text, dct, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The crossing point opens at 9:00 and shuts at 17:00."),  # a habit, not a time
        ("fr", "Le poste-frontière ouvre à 9h00 en semaine."),
        ("en", "Turnout stood at 52.4 percent."),  # not a clock
    ],
)
def test_a_habitual_clock_time_is_not_a_date(lang, text) -> None:
    assert tag(text, date(2021, 11, 16), lang) == []


SPELLED_YEARS = [
    ("en", "The crisis began in two thousand and twenty-one, officials recalled.",
     [("two thousand and twenty-one", "2021")]),
    ("en", "Nothing like it had been seen since two thousand fifteen.",
     [("two thousand fifteen", "2015")]),
    ("fr", "La crise a commencé en deux mille vingt et un, selon le ministre.",
     [("deux mille vingt et un", "2021")]),
    ("fr", "C'était en l'an deux mille dix-sept, se souvient-il.",
     [("deux mille dix-sept", "2017")]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SPELLED_YEARS)
def test_a_year_in_words_is_a_year(lang, text, expected) -> None:
    assert _tagged(text, "2023-05-10", lang) == expected
    (expression,) = tag(text, date(2023, 5, 10), lang)
    assert (expression.precision, expression.anchor) == ("year", "absolute")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Two thousand and five people crossed that week."),  # a count, no preposition
        ("en", "The storm left damage in two thousand homes."),  # no year digits after it
        ("fr", "Deux mille vingt et un migrants ont été recensés."),
    ],
)
def test_a_number_in_words_is_not_a_year(lang, text) -> None:
    assert [e for e in tag(text, date(2023, 5, 10), lang) if e.precision == "year"] == []


def test_timeml_time_parts_and_clocks() -> None:
    assert [timeml_time(t) for t in ("night", "early morning", "evening", "13:45")] == [
        "TNI",
        "TMO",
        "TEV",
        "T13:45",
    ]
    assert timeml_time("late") == timeml_time(None) == ""


def test_without_time_keeps_the_day_and_leaves_other_values() -> None:
    assert without_time("2021-11-17TNI") == "2021-11-17"
    assert without_time("2021-11-16T13:45") == "2021-11-16"
    assert [without_time(v) for v in ("PRESENT_REF", "2021-W46", "2021-SU", None)] == [
        "PRESENT_REF",
        "2021-W46",
        "2021-SU",
        None,
    ]


def test_a_clock_value_reads_in_words() -> None:
    assert timeml_words("2021-11-16T13:45") == "13:45 on 16 Nov 2021"
    assert timeml_words("2021-11-17TEV") == "evening of 17 Nov 2021"


def _events(text: str, lang: str, published: str = "2021-11-18"):
    name = "t01_times.txt"
    meta = SourceMeta(file=name, outlet="Test Wire", published=published, language=lang)
    article = resolve_publication_dates([parse_article(name, text.encode(), meta)])[0]
    return events_frame(extract_article_events(article))


@pytest.mark.parametrize(
    ("lang", "text", "evidence", "day", "time_of_day"),
    [
        ("en", "Migrants forced their way through the fence on Wednesday night, guards said.",
         "forced their way", date(2021, 11, 17), "night"),
        ("fr", "Des migrants ont forcé la clôture mercredi soir, selon les gardes-frontières.",
         "ont forcé la clôture", date(2021, 11, 17), "evening"),
    ],
)  # fmt: skip
def test_an_event_dated_by_a_part_of_day_keeps_its_day(lang, text, evidence, day, time_of_day):
    events = _events(text, lang)
    row = events[events["sentence"].str.contains(evidence, regex=False)].iloc[0]
    assert (row["date"], row["precision"], row["time_of_day"]) == (day, "day", time_of_day)
    assert row["dated_by"] == "expression"


def test_two_parts_of_one_day_in_a_sentence_are_one_date() -> None:
    text = (
        "Polish guards pushed dozens of migrants back into Belarus on Monday morning and "
        "again on Monday evening, officials said."
    )
    rows = _events(text, "en")
    rows = rows[rows["sentence"].str.contains("pushed dozens", regex=False)]
    assert list(rows["date"]) == [date(2021, 11, 15)]
