"""crisis_timeline.clusters.features: what one event is matched on."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.clusters.features import _date_clause, normalise
from tests.cluster_cases import MERKEL_LUKASHENKO, cluster_ids_of
from tests.event_factory import make_events


@pytest.mark.parametrize(
    ("lang", "sentence", "triggers", "other_lang", "other", "other_trigger"),
    [
        (
            "en",
            "Merkel and Lukashenko held an hour-long call late Monday, the first between "
            "Lukashenko and a Western leader since his disputed re-election in August 2020.",
            ("late Monday", "August 2020"),
            "fr",
            "Loukachenko a été réélu en août 2020 lors d'un scrutin que l'opposition juge truqué.",
            "août 2020",
        ),
        (
            "fr",
            "Angela Merkel s'est entretenue lundi avec Alexandre Loukachenko, une première depuis "
            "sa réélection contestée d'août 2020.",
            ("lundi", "août 2020"),
            "en",
            "Lukashenko, who claimed victory in a disputed election in August 2020, denies any "
            "role in the crisis.",
            "August 2020",
        ),
    ],
)
def test_a_date_in_a_clause_of_its_own_is_matched_on_that_clause(
    lang, sentence, triggers, other_lang, other, other_trigger
):
    article = dict(
        article_id="a", outlet="Outlet A", language=lang, actors=MERKEL_LUKASHENKO, start=0
    )
    august_2020 = dict(date="2020-08-01", date_end="2020-08-31", precision="month", background=True)
    rows = [
        dict(
            article,
            event_id="a:call",
            date="2021-11-15",
            event_type="diplomacy",
            trigger=triggers[0],
            sentence=sentence,
        ),
        dict(
            article,
            event_id="a:election",
            event_type="diplomacy",
            trigger=triggers[1],
            sentence=sentence,
            **august_2020,
        ),
        dict(
            article_id="b",
            outlet="Outlet B",
            language=other_lang,
            event_type="other",
            actors=["Alexander Lukashenko"],
            trigger=other_trigger,
            sentence=other,
            **august_2020,
        ),
    ]
    call_id, election_id, other_id = cluster_ids_of(rows)
    assert election_id == other_id
    assert call_id != other_id


def _features(**row):
    (event,) = normalise(make_events([row]))
    return event


def test_a_reversed_span_is_put_right_and_its_precision_read_off_it():
    event = _features(date="2021-11-21", date_end="2021-11-15", precision=None)
    assert (event.date, event.date_end) == (date(2021, 11, 15), date(2021, 11, 21))
    assert event.precision == "week"
    assert event.first_day == date(2021, 11, 15).toordinal()


@pytest.mark.parametrize(
    ("date_end", "precision"),
    [
        ("2021-11-15", "day"),
        ("2021-11-17", "weekend"),
        ("2021-11-30", "month"),
        ("2022-11-15", "year"),
    ],
)
def test_a_missing_precision_comes_from_the_span(date_end, precision):
    assert _features(date="2021-11-15", date_end=date_end, precision=None).precision == precision


def test_voices_are_not_participants():
    event = _features(actors=["Emmanuel Macron", "Élysée Palace"])
    assert event.actors == ("Emmanuel Macron",)
    assert "Élysée Palace" not in event.actor_set


def test_places_carry_their_parts_and_countries_and_actors_their_country():
    event = _features(actors=["Andrzej Duda"], places=["Kuźnica–Bruzgi crossing"])
    assert {"Kuźnica–Bruzgi crossing", "Kuźnica", "Bruzgi"} <= event.place_keys
    assert {"Poland", "Belarus"} <= event.place_set
    assert "Poland" not in event.place_keys  # countries score, but never block or anchor


def test_words_concepts_and_units_of_a_sentence():
    event = _features(
        sentence="Macron and Putin spoke by phone for two hours.",
        event_type="diplomacy",
        quantities=[dict(value=120, unit="minute", text="two hours")],
    )
    assert {"macron", "putin", "spoke", "phone", "hours"} <= event.words
    assert "and" not in event.words  # a stopword
    assert {"call", "type:diplomacy"} <= event.concepts
    assert event.units == frozenset({"minute"})


def test_reprinted_wire_copy_is_read_once():
    row = dict(date="2021-11-15", sentence="Migrants marched to Kuźnica.", places=["Kuźnica"])
    first, second = normalise(
        make_events([{**row, "outlet": "Outlet A"}, {**row, "outlet": "Outlet B"}])
    )
    assert first.words is second.words and first.place_set is second.place_set


def test_missing_columns_take_defaults():
    frame = make_events([dict(date="2021-11-15")]).drop(columns=["outlet", "dated_by"])
    (event,) = normalise(frame)
    assert (event.outlet, event.dated_by) == ("Unknown outlet", "expression")


@pytest.mark.parametrize(
    ("sentence", "trigger", "several", "clause"),
    [
        # a clause opener ("since") sets the date's clause apart, even for a lone event
        (
            "Merkel called Lukashenko on Monday, the first call since his re-election in "
            "August 2020.",
            "August 2020",
            False,
            "since his re-election in August 2020.",
        ),
        # no opener and one event: the sentence tells one happening
        ("Migrants marched to Kuźnica on Monday.", "on Monday", False, None),
        # several events of one sentence: each its own clause
        (
            "Poland closed the crossing on Monday, and Belarus protested on Tuesday.",
            "on Tuesday",
            True,
            "and Belarus protested on Tuesday.",
        ),
        ("Migrants marched on Monday.", "in May", True, None),  # trigger not in the sentence
    ],
)
def test_date_clause(sentence, trigger, several, clause):
    assert _date_clause(sentence, trigger, "en", several=several) == clause


def test_an_event_dated_by_no_phrase_of_its_own_is_matched_without_the_others_clauses():
    # One sentence, two events: today's decision (dated by the narrative) and the 2020
    # election of a clause of its own. The decision is not matched on the election.
    sentence = (
        "Meanwhile the EU decided to tighten its measures against Minsk, which it first took "
        "after a contested election in August 2020 that Lukashenko says he won."
    )
    article = dict(article_id="a", start=0, sentence=sentence)
    today, election = normalise(
        make_events(
            [
                dict(
                    article,
                    event_id="a:decision",
                    date="2021-11-15",
                    dated_by="narrative",
                    event_type="sanctions",
                    actors=["European Union", "Alexander Lukashenko"],
                    places=["Minsk"],
                ),
                dict(
                    article,
                    event_id="a:poll",
                    date="2020-08-01",
                    date_end="2020-08-31",
                    precision="month",
                    background=True,
                    trigger="August 2020",
                    event_type="other",
                    actors=["Alexander Lukashenko"],
                ),
            ]
        )
    )
    assert "election" in election.concepts and "won" in election.words
    assert "election" not in today.concepts and "won" not in today.words
    assert {"decided", "tighten", "minsk"} <= today.words
    assert today.actor_set == {"European Union"}  # Lukashenko is named only in the clause
    assert "Minsk" in today.place_keys  # named outside it too


def test_institutions_act_for_their_state_or_union():
    from crisis_timeline.clusters.features import acts_of, bodies

    known = bodies()
    assert known["Foreign Affairs Council"] == known["European Union"] == "European Union"
    assert known["Polish Border Guard"] == "Government of Poland"
    assert "Emmanuel Macron" not in known  # people take part in their own right
    assert "Turkish Airlines" not in known  # an airline acts for no state
    assert acts_of(
        frozenset({"Foreign Affairs Council", "Angela Merkel"}), frozenset({"vote"})
    ) == {"vote@European Union"}
