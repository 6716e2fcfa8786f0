"""What the thirty-second round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

import pytest

from tests.press_passages import one_row, passage_events

# The Polish and Russian press tell the day's happening in the present in an article's first
# sentence: that lead is the day's event, dated by the publication (it had been read as a
# standing state, as an English lead in the present is).
PRESENT_LEADS = [
    (
        "pl",
        "Migranci opuszczają obozowisko pod Kuźnicą [WIDEO]\n\n"
        "Migranci opuszczają koczowisko rozstawione w pobliżu przejścia granicznego w Bruzgach. "
        "Rzecznik Straży Granicznej powiedział, że po cudzoziemców przyjechały autobusy.",
        "koczowisko rozstawione",
    ),
    (
        "ru",
        "Мигранты покидают лагерь у пункта пропуска «Брузги». По данным пограничного комитета "
        "Белоруссии, автобусы вывезли около 300 человек.",
        "покидают лагерь",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), PRESENT_LEADS)
def test_a_present_lead_is_the_days_happening(lang: str, text: str, words: str) -> None:
    row = one_row(passage_events(text, lang, "2021-11-18"), words)
    assert str(row["date"]) == "2021-11-18"
    assert row["dated_by"] == "publication"


# Not a standing state, nor a claim after a present reporting verb, nor a sentence further on,
# nor an English lead in the present ("A crisis is threatening to ...").
NOT_PRESENT_LEADS = [
    ("pl", "Migranci koczują przy granicy w pobliżu Kuźnicy. Sytuacja jest napięta.", "koczują"),
    (
        "pl",
        "Straż Graniczna twierdzi, że migranci opuszczają obozowisko w Bruzgach. Sytuacja jest "
        "napięta.",
        "opuszczają",
    ),
    (
        "pl",
        "Sytuacja na granicy jest napięta. Migranci opuszczają obozowisko w pobliżu Bruzgi.",
        "opuszczają",
    ),
    ("en", "Migrants leave the camp near the Bruzgi crossing. The situation is tense.", "leave"),
]


@pytest.mark.parametrize(("lang", "text", "words"), NOT_PRESENT_LEADS)
def test_not_a_present_lead(lang: str, text: str, words: str) -> None:
    events = passage_events(text, lang, "2021-11-18")
    assert not events["sentence"].str.contains(words, regex=False).any(), list(events["sentence"])
