"""The crisis' landmark days: happenings every report of the 2021 Belarus–EU border crisis
dates the same way (the march on Kuźnica, the water cannon at Bruzgi, the first flight home
to Erbil). A page with no date of its own that tells one of them in a sentence naming its
weekday (or "today"), was written that day (one that says "yesterday", the day after): the way a reader who followed the crisis dates it
(landmarks.py reads it, publication.py uses it).

Only the days here; the words that tell each happening in each language are in the language
folders (`crisis_timeline/lang/<code>/landmarks.py`, the same keys as this calendar). The
days come from the public record of the crisis (governments' decrees, the EU's council
decisions, the wire services' reports of the day), not from any article we score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Landmark:
    """A day of the crisis: its key (the language tables' key), the day, and what happened
    (in English, for the reason a publication date gives)."""

    key: str
    day: date
    what: str


CALENDAR: tuple[Landmark, ...] = (
    Landmark(
        "lithuania_extreme_situation",
        date(2021, 7, 2),
        "Lithuania declares an extreme situation over the migrants crossing from Belarus",
    ),
    Landmark(
        "lithuania_barrier_announced",
        date(2021, 7, 7),
        "Lithuania's prime minister announces a physical barrier on the border with Belarus",
    ),
    Landmark(
        "latvia_emergency",
        date(2021, 8, 10),
        "Latvia declares a state of emergency on its border with Belarus",
    ),
    Landmark(
        "poland_emergency_requested",
        date(2021, 8, 31),
        "Poland's government asks the president to declare a state of emergency",
    ),
    Landmark(
        "poland_emergency_declared",
        date(2021, 9, 2),
        "Poland's president declares a state of emergency along the border",
    ),
    Landmark(
        "sejm_upholds_emergency",
        date(2021, 9, 6),
        "Poland's Sejm upholds the state of emergency",
    ),
    Landmark(
        "poland_emergency_extended",
        date(2021, 9, 30),
        "Poland's Sejm extends the state of emergency by 60 days",
    ),
    Landmark(
        "sejm_wall_law",
        date(2021, 10, 14),
        "Poland's Sejm passes the law on building a wall on the border with Belarus",
    ),
    Landmark(
        "kuznica_march",
        date(2021, 11, 8),
        "migrants march to the Kuźnica–Bruzgi crossing and camp at the fence",
    ),
    Landmark(
        "kuznica_closed",
        date(2021, 11, 9),
        "Poland closes the Kuźnica crossing",
    ),
    Landmark(
        "lithuania_emergency",
        date(2021, 11, 9),
        "Lithuania's Seimas declares a state of emergency at the border",
    ),
    Landmark(
        "gas_threat",
        date(2021, 11, 11),
        "Lukashenko threatens to cut the gas transit to Europe if sanctioned",
    ),
    Landmark(
        "turkey_flight_ban",
        date(2021, 11, 12),
        "Turkey bars Iraqis, Syrians and Yemenis from flights to Minsk",
    ),
    Landmark(
        "eu_sanctions_widened",
        date(2021, 11, 15),
        "EU foreign ministers widen the sanctions on Belarus",
    ),
    Landmark(
        "merkel_first_call",
        date(2021, 11, 15),
        "Angela Merkel telephones Alexander Lukashenko",
    ),
    Landmark(
        "bruzgi_clash",
        date(2021, 11, 16),
        "Polish forces use water cannon and tear gas at Kuźnica–Bruzgi",
    ),
    Landmark(
        "merkel_second_call",
        date(2021, 11, 17),
        "Merkel and Lukashenko speak a second time",
    ),
    Landmark(
        "first_repatriation_flight",
        date(2021, 11, 18),
        "the first repatriation flight leaves Minsk for Erbil",
    ),
    Landmark(
        "camp_cleared",
        date(2021, 11, 18),
        "Belarus clears the camp at the crossing and moves the migrants to a warehouse",
    ),
    Landmark(
        "morawiecki_baltic_tour",
        date(2021, 11, 21),
        "Poland's prime minister visits Lithuania, Latvia and Estonia over the border crisis",
    ),
    Landmark(
        "lukashenko_bruzgi_visit",
        date(2021, 11, 26),
        "Lukashenko visits the migrants at the Bruzgi logistics centre",
    ),
    Landmark(
        "eu_fifth_sanctions",
        date(2021, 12, 2),
        "the EU adopts its fifth package of sanctions on Belarus",
    ),
    Landmark(
        "poland_wall_started",
        date(2022, 1, 25),
        "construction of Poland's border wall begins",
    ),
    Landmark(
        "poland_wall_completed",
        date(2022, 6, 30),
        "Poland completes the steel wall on its border with Belarus",
    ),
)

LANDMARK_KEYS: tuple[str, ...] = tuple(dict.fromkeys(landmark.key for landmark in CALENDAR))

# The crisis' background: happenings before it that its reports name by their month alone
# ("after the August elections", "lors des élections d'août dernier" on a page of November
# 2021), which the grammar alone would put in the writer's latest August. Their words are
# the language tables' BACKGROUND_HAPPENINGS (background_years.py reads them).
BACKGROUND: tuple[Landmark, ...] = (
    Landmark(
        "belarus_presidential_election",
        date(2020, 8, 9),
        "Belarus's presidential election, whose result Lukashenko claimed",
    ),
)

BACKGROUND_KEYS: tuple[str, ...] = tuple(landmark.key for landmark in BACKGROUND)
