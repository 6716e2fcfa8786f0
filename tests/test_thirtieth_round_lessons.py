"""What this round's re-reading of the type errors of batches 20-29 taught (our own
passages, written to reproduce each lesson; benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

import pytest

from crisis_timeline.narration import declares_stance
from tests.press_passages import one_row, passage_events

# A leader's declared stance, reported alone, is a statement: the Irish Times's "said on May
# 26th that his country would no longer prevent migrants", Amnesty's "said he would not
# prevent border crossings", the Russian "заявил, что Минск больше не будет задерживать",
# Delfi's "opozicija turėtų palaikyti sprendimą" had been typed by the words they name.
STANCES = [
    (
        "en",
        "The border guard chief said on Tuesday that his service would no longer stop "
        "migrants crossing into Latvia.",
        "said on Tuesday",
    ),
    (
        "fr",
        "Le président a déclaré mardi que son pays n'arrêterait plus les migrants à la frontière.",
        "déclaré mardi",
    ),
    (
        "pl",
        "Minister powiedział we wtorek, że Straż Graniczna nie będzie zatrzymywać migrantów na granicy.",
        "we wtorek",
    ),
    (
        "ru",
        "Во вторник президент заявил, что Минск больше не будет задерживать мигрантов на границе.",
        "Во вторник",
    ),
    (
        "lt",
        "Antradienį ministras sakė, kad opozicija turėtų palaikyti sprendimą statyti barjerą pasienyje.",
        "Antradienį",
    ),
]


@pytest.mark.parametrize(("lang", "text", "evidence"), STANCES)
def test_a_reported_stance_is_a_statement(lang: str, text: str, evidence: str) -> None:
    frame = passage_events(text, lang, "2021-08-20")
    assert one_row(frame, evidence)["event_type"] == "statement"


def test_a_plan_announced_as_decided_keeps_its_type() -> None:
    """The guidelines' "Golubeva said soldiers would be deployed" is military; batch 24's
    "said this week that the decree would be in place for 30 days" is a measure (other)."""
    frame = passage_events(
        "The minister said on Tuesday that the emergency decree would be in place for 90 days "
        "along the border.",
        "en",
        "2021-08-20",
    )
    assert one_row(frame, "decree")["event_type"] == "other"


def test_a_stance_beside_a_past_happening_is_that_happening() -> None:
    """Only a stance alone is the statement: "40 migrants had crossed" is what happened."""
    text = (
        "Police said on Tuesday that 40 migrants had crossed the border and would not be returned."
    )
    assert not declares_stance(text, "en")
    frame = passage_events(text, "en", "2021-08-20")
    assert one_row(frame, "crossed")["event_type"] == "border_crossing"


def test_a_stance_needs_a_reporting_verb() -> None:
    """An article's own "should" is no one's declaration."""
    assert not declares_stance("Migrants should not be pushed back into the forest.", "en")
    assert declares_stance("The commissioner said migrants should not be pushed back.", "en")


# A government's order, decision or rules are the happening of their sentence, whatever they
# are about: Amnesty's "issued an order to close its borders", the LA Times's "ordered its
# border guards to turn away", TRT's "introduced rules to allow asylum seekers intercepted",
# AP's "a ordonné jeudi aux agences", lrytas's "Sprendimas ... buvo priimtas" had been
# border crossings for the migrants they name.
ORDERS = [
    (
        "en",
        "On Monday, the interior ministry issued an order to push back migrants who cross the border.",
        "issued an order",
    ),
    (
        "en",
        "On Monday, Latvia ordered its border guards to turn back migrants crossing from Belarus.",
        "ordered its border",
    ),
    (
        "en",
        "On Monday, the government introduced rules allowing migrants intercepted at the border to be expelled.",
        "introduced rules",
    ),
    (
        "fr",
        "Lundi, le président a ordonné aux gardes-frontières de refouler les migrants qui franchissent la frontière.",
        "a ordonné",
    ),
    (
        "pl",
        "W poniedziałek minister podpisał rozporządzenie o zawracaniu migrantów przekraczających granicę.",
        "podpisał rozporządzenie",
    ),
    (
        "ru",
        "В понедельник правительство подписало постановление о выдворении мигрантов, пересекающих границу.",
        "подписало постановление",
    ),
    (
        "lt",
        "Sprendimas neįleisti sieną kertančių migrantų buvo priimtas pirmadienį.",
        "buvo priimtas",
    ),
]


@pytest.mark.parametrize(("lang", "text", "evidence"), ORDERS)
def test_an_order_or_decision_is_other_whatever_it_is_about(
    lang: str, text: str, evidence: str
) -> None:
    frame = passage_events(text, lang, "2021-08-25")
    assert one_row(frame, evidence)["event_type"] == "other"


def test_troops_ordered_out_stay_military() -> None:
    frame = passage_events(
        "On Monday, the president ordered troops to the border with Belarus.", "en", "2021-08-25"
    )
    assert one_row(frame, "ordered troops")["event_type"] == "military"
