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


FLIGHTS = (
    "The second plane with Iraqi migrants took off from Minsk to Erbil on the morning of "
    "November 26.\n\n"
    "This week's first flight flew to Erbil on the evening of November 25.\n\n"
    "Earlier, on November 18, 400 migrants flew from Minsk to Iraq. November 22 – 118 more."
)


def test_a_week_that_only_qualifies_a_flight_is_no_date_of_its_own():
    """ "this week's first flight ... on the evening of November 25" had also made an event
    over the whole week."""
    frame = passage_events(FLIGHTS, "en", "2021-11-26")
    row = one_row(frame, "This week's first flight")
    assert (row["date"], row["date_end"]) == (date(2021, 11, 25), date(2021, 11, 25))
    assert len(frame[frame["sentence"].str.contains("This week's")]) == 1


def test_a_listed_day_with_its_figure_is_a_happening():
    """ "November 22 – 118 more." has two words beside its date, as a date line would, but
    it goes on listing the flights with a figure."""
    frame = passage_events(FLIGHTS, "en", "2021-11-26")
    row = one_row(frame, "118 more")
    assert row["date"] == date(2021, 11, 22)
    assert row["event_type"] == "repatriation"


def test_migrants_flown_to_iraq_are_a_return():
    frame = passage_events(FLIGHTS, "en", "2021-11-26")
    assert one_row(frame, "400 migrants flew")["event_type"] == "repatriation"


def test_a_date_line_is_still_no_happening():
    frame = passage_events(
        "Migrants at the border\n\nNovember 22, 2021 – 14:35\n\nPolish guards stopped 40 "
        "migrants near Kuznica on Sunday.",
        "en",
        "2021-11-22",
    )
    assert not frame["sentence"].str.contains("14:35").any()


def test_a_month_during_which_migrants_came_is_read():
    """ "прибывших в течение июля": the genitive month after "в течение" (during) had not
    been read as a date."""
    frame = passage_events(
        "Из всех нелегальных мигрантов, прибывших в течение июля, большинство иракцы - "
        "2111 человек.",
        "ru",
        "2021-07-30",
    )
    row = one_row(frame, "2111")
    assert (row["date"], row["date_end"]) == (date(2021, 7, 1), date(2021, 7, 31))
    assert row["event_type"] == "border_crossing"


def test_a_french_passive_present_is_a_state_not_a_happening():
    """ "Cette annonce intervient alors que quelques milliers de migrants ... sont bloqués":
    "sont" with a participle other than a verb of motion or change is a state; it had
    carried the narrative's day."""
    frame = passage_events(
        "La compagnie Belavia a annoncé vendredi l'interdiction des Irakiens sur ses vols "
        "depuis la Turquie. Cette annonce intervient alors que quelques milliers de "
        "migrants, originaires du Proche-Orient, sont bloqués dans des conditions difficiles "
        "à la frontière entre le Bélarus et la Pologne.",
        "fr",
        "2021-11-12",
    )
    assert not frame["sentence"].str.contains("sont bloqués").any()


def test_a_french_verb_of_motion_with_etre_still_narrates():
    frame = passage_events(
        "Un migrant irakien a été retrouvé mardi près de la frontière. Il est mort dans les "
        "bras des gardes-frontières.",
        "fr",
        "2021-08-05",
    )
    assert one_row(frame, "Il est mort")["date"] == date(2021, 8, 3)


def test_cues_the_batch_was_missing():
    """Types the twenty-ninth batch's pages needed, in our own words."""
    from crisis_timeline.event_types import classify_event_type

    cases = [
        (
            "en",
            "Guards intercepted about 150 illegal immigrants at the border that day.",
            "border_crossing",
        ),
        ("ru", "29 июля в Литву прибыла дипломатическая миссия из Ирака.", "diplomacy"),
        (
            "ru",
            "Власти зарегистрировали 400 мигрантов, готовых вылететь из Беларуси.",
            "repatriation",
        ),
    ]
    for lang, text, expected in cases:
        assert classify_event_type(text, lang) == expected, (lang, text)


def test_a_polish_running_total_from_a_month_is_dated_by_it_alone():
    """Only in the lead does a month after "od" leave its sentence to the lead's day; later
    a running total from it keeps its month and takes no narrative day."""
    frame = passage_events(
        "Straż Graniczna zatrzymała w poniedziałek 50 migrantów. Od października do Polski "
        "próbowało przedostać się 17 tys. osób.",
        "pl",
        "2021-11-16",
    )
    total = frame[frame["sentence"].str.contains("17 tys")]
    assert date(2021, 11, 15) not in set(total["date"])


def test_french_news_present_passives_and_pronominal_verbs_still_narrate():
    frame = passage_events(
        "Un migrant a été retrouvé mardi près de Hajnówka. Il est arrêté par la police. "
        "Les migrants s'en sont pris aux gardes-frontières polonais.",
        "fr",
        "2021-11-17",
    )
    assert one_row(frame, "Il est arrêté")["date"] == date(2021, 11, 16)
    assert one_row(frame, "s'en sont pris")["date"] == date(2021, 11, 16)


def test_new_cues_stay_where_they_belong():
    from crisis_timeline.event_types import classify_event_type

    assert classify_event_type("Makei flew to Damascus for talks.", "en") == "diplomacy"
    assert (
        classify_event_type(
            "Представители дипломатической миссии Ирака помогли 400 мигрантам вылететь на родину.",
            "ru",
        )
        == "repatriation"
    )
