"""What the twenty-ninth blind batch of real press taught (our own passages, written to
reproduce each lesson; benchmarks/real_blind29 scores the real pages)."""

from __future__ import annotations

from datetime import date

from crisis_timeline.quantities import counts_something, find_quantities
from tests.press_passages import one_row, passage_events

OCTOBER_25 = date(2021, 10, 25)


def test_a_month_bounding_a_state_dates_neither_its_sentence_nor_the_next():
    """naTemat's lead: "Po imigrantach w utrzymywanym od sierpnia koczowisku ... pozostały
    tylko namioty" had been dated August, and the next sentence, the Border Guard's video,
    with it. "Od sierpnia" bounds the camp's state; the lead is the day's news."""
    frame = passage_events(
        "Obóz migrantów opustoszał\n\n"
        "Po migrantach w utrzymywanym od sierpnia obozie przy granicy z Białorusią pozostały "
        "tylko namioty. Straż Graniczna pokazała nagranie, na którym widać opuszczony obóz.",
        "pl",
        "2021-10-25",
    )
    assert one_row(frame, "pokazała nagranie")["date"] == OCTOBER_25
    tents = frame[frame["sentence"].str.contains("namioty")]
    assert OCTOBER_25 in set(tents["date"])


def test_a_month_after_since_still_dates_a_happening_that_started_then():
    """Only the narrative and the main clause lose the bound month: "pushing back migrants
    since early August" keeps its own event (annotated in batch 25)."""
    frame = passage_events(
        "Lithuania has been pushing back migrants at the border since early August, the "
        "interior ministry said on Wednesday.",
        "en",
        "2021-08-25",
    )
    assert date(2021, 8, 1) in set(frame["date"])


def test_polish_men_counted_in_the_nominative_are_counted():
    """ "Ranni zostali dwaj żołnierze Wojska Polskiego" names no actor the gazetteer knows:
    it is a happening because it counts people, and "dwaj" had not been read as two."""
    assert counts_something("Ranni zostali dwaj żołnierze.", "pl")
    frame = passage_events(
        "W niedzielę do Polski z Białorusi chciało przedostać się około 60 cudzoziemców. "
        "Według rzeczniczki grupa była agresywna. Ranni zostali dwaj żołnierze.",
        "pl",
        "2021-10-25",
    )
    assert one_row(frame, "Ranni zostali")["date"] == date(2021, 10, 24)


def test_polish_numerals_of_men_give_their_figures():
    found = [q.to_json() for q in find_quantities("Rannych zostało siedmiu policjantów.", "pl")]
    assert [(q["value"], q["unit"]) for q in found] == [(7, "police officer")]
