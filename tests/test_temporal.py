"""Temporal tagger: one table row per phenomenon, in both languages, publication date in the row.

Each positive row asserts the *whole* output for a short text: exactly one expression, its
span, ISO value, precision and time of day. Negative rows assert that nothing is tagged.
The seed tests list every expression of each seed article and nothing else.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest

from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.temporal import TimeExpression, parse_dct, tag, tag_batch
from crisis_timeline.temporal_calendar import (
    month_day_occurrence,
    month_occurrence,
    weekday_occurrence,
)
from crisis_timeline.temporal_lexicon import LEXICONS, calendar_names

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


class Row(NamedTuple):
    lang: str
    dct: str | None
    text: str
    span: str
    value: str | None
    precision: str = "day"
    time_of_day: str | None = None


def _d(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def _check(row: Row) -> TimeExpression:
    expressions = tag(row.text, _d(row.dct), row.lang)
    found = [(e.text, e.value) for e in expressions]
    assert found == [(row.span, row.value)], f"{row.text!r}: {found}"
    expression = expressions[0]
    assert row.text[expression.start : expression.end] == expression.text
    assert expression.precision == row.precision
    assert expression.time_of_day == row.time_of_day
    assert expression.type == ("TIME" if row.time_of_day else "DATE")
    return expression


EXPLICIT = [
    Row(
        "en",
        "2021-11-15",
        "Talks were held on 15 November 2021 in Minsk.",
        "15 November 2021",
        "2021-11-15",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Les discussions ont eu lieu le 15 novembre 2021 à Minsk.",
        "le 15 novembre 2021",
        "2021-11-15",
    ),
    Row("en", "2021-11-15", "The vote is on Nov. 16 in Brussels.", "Nov. 16", "2021-11-16"),
    Row(
        "fr", "2021-11-15", "Le vote est prévu le 16 nov. à Bruxelles.", "le 16 nov.", "2021-11-16"
    ),
    Row("en", "2021-11-15", "Migrants arrived on November 14.", "November 14", "2021-11-14"),
    Row("fr", "2021-11-15", "Le sommet s'est tenu le 12 novembre.", "le 12 novembre", "2021-11-12"),
    Row(
        "en",
        "2021-11-14",
        "They spoke on Sunday, November 14, about the crisis.",
        "Sunday, November 14",
        "2021-11-14",
    ),
    Row(
        "fr",
        "2021-11-14",
        "Ils se sont parlé dimanche 14 novembre sur la crise.",
        "dimanche 14 novembre",
        "2021-11-14",
    ),
    Row(
        "en",
        "2021-11-15",
        "Tuesday 16 November 2021: ministers meet.",
        "Tuesday 16 November 2021",
        "2021-11-16",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Mardi 16 novembre 2021 : les ministres se réunissent.",
        "Mardi 16 novembre 2021",
        "2021-11-16",
    ),
    Row("en", "2021-11-15", "The rules apply from 1st December.", "1st December", "2021-12-01"),
    Row(
        "fr",
        "2021-11-15",
        "La règle s'applique à partir du 1er décembre.",
        "1er décembre",
        "2021-12-01",
    ),
    Row(
        "en",
        "2021-11-15",
        "It was signed on the 1st of November 2021.",
        "the 1st of November 2021",
        "2021-11-01",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Il a été signé le 1er novembre 2021.",
        "le 1er novembre 2021",
        "2021-11-01",
    ),
    Row("en", "2021-11-20", "Migrants crossed on 18/11 near Kuznica.", "18/11", "2021-11-18"),
    Row(
        "fr",
        "2021-11-20",
        "Les migrants ont traversé le 18/11 près de Kuznica.",
        "le 18/11",
        "2021-11-18",
    ),
    Row("en", "2021-11-20", "Photo taken 11/18/2021 at the border.", "11/18/2021", "2021-11-18"),
    Row(
        "fr",
        "2021-11-20",
        "Photo prise le 18/11/2021 à la frontière.",
        "le 18/11/2021",
        "2021-11-18",
    ),
    Row("en", "2021-11-20", "Filed 2021-11-18 by our correspondent.", "2021-11-18", "2021-11-18"),
    Row(
        "fr",
        "2021-11-20",
        "Publié le 2021-11-18 par notre correspondant.",
        "le 2021-11-18",
        "2021-11-18",
    ),
    # Year-less dates: the year that fits the tense, across a year boundary.
    Row("en", "2022-01-10", "Talks were held on 28 December.", "28 December", "2021-12-28"),
    Row(
        "fr",
        "2022-01-10",
        "Les discussions ont eu lieu le 28 décembre.",
        "le 28 décembre",
        "2021-12-28",
    ),
    Row("en", "2021-12-20", "The summit will open on 5 January.", "5 January", "2022-01-05"),
    Row("fr", "2021-12-20", "Le sommet s'ouvrira le 5 janvier.", "le 5 janvier", "2022-01-05"),
    Row("en", "2021-11-15", "Talks ended on 3 May.", "3 May", "2021-05-03"),
    Row("fr", "2021-11-15", "Les pourparlers ont pris fin le 3 mai.", "le 3 mai", "2021-05-03"),
]

MONTHS_AND_YEARS = [
    Row(
        "en",
        "2021-11-15",
        "He won disputed elections in August 2020.",
        "August 2020",
        "2020-08",
        "month",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Il a remporté les élections contestées d'août 2020.",
        "août 2020",
        "2020-08",
        "month",
    ),
    Row("en", "2021-11-15", "Russia annexed Crimea in 2014.", "2014", "2014", "year"),
    Row("fr", "2021-11-15", "La Russie a annexé la Crimée en 2014.", "2014", "2014", "year"),
    Row("en", "2022-01-10", "In December, the crisis escalated.", "December", "2021-12", "month"),
    Row(
        "fr", "2022-01-10", "En décembre, la crise s'est aggravée.", "décembre", "2021-12", "month"
    ),
    Row(
        "en",
        "2021-11-15",
        "Arrivals rose earlier this month.",
        "earlier this month",
        "2021-11",
        "month",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Les arrivées ont augmenté ce mois-ci.",
        "ce mois-ci",
        "2021-11",
        "month",
    ),
    Row("en", "2021-11-15", "Sanctions were imposed last month.", "last month", "2021-10", "month"),
    Row(
        "fr",
        "2021-11-15",
        "Des sanctions ont été imposées le mois dernier.",
        "le mois dernier",
        "2021-10",
        "month",
    ),
    Row("en", "2021-11-15", "A wall will be built next year.", "next year", "2022", "year"),
    Row(
        "fr",
        "2021-11-15",
        "Un mur sera construit l'année prochaine.",
        "l'année prochaine",
        "2022",
        "year",
    ),
    Row(
        "en",
        "2021-11-15",
        "The camp has existed since mid-November.",
        "mid-November",
        "2021-11",
        "month",
    ),
    Row(
        "fr", "2021-11-15", "Le camp existe depuis mi-novembre.", "mi-novembre", "2021-11", "month"
    ),
    Row("en", "2021-11-15", "He visited Minsk in May.", "May", "2021-05", "month"),
    Row("fr", "2021-11-15", "Il s'est rendu à Minsk en mai.", "mai", "2021-05", "month"),
    Row("en", "2021-11-15", "Flights resumed in May 2021.", "May 2021", "2021-05", "month"),
    Row("fr", "2021-11-15", "Les vols ont repris en mai 2021.", "mai 2021", "2021-05", "month"),
    Row("en", "2021-12-14", "Talks failed last November.", "last November", "2021-11", "month"),
    Row("en", "2021-11-15", "Talks failed last November.", "last November", "2020-11", "month"),
    Row(
        "fr",
        "2021-12-14",
        "Les discussions ont échoué en novembre dernier.",
        "novembre dernier",
        "2021-11",
        "month",
    ),
    Row("en", "2021-11-15", "The crisis began this year.", "this year", "2021", "year"),
    Row("fr", "2021-11-15", "La crise a commencé cette année.", "cette année", "2021", "year"),
    Row("en", "2021-11-15", "Protests started in early 2020.", "early 2020", "2020", "year"),
    Row(
        "fr",
        "2021-11-15",
        "Les manifestations ont commencé début 2020.",
        "début 2020",
        "2020",
        "year",
    ),
]

WEEKDAYS = [
    # Past tense, the publication day included.
    Row(
        "en",
        "2021-11-15",
        "On Monday, hundreds of migrants approached the border.",
        "Monday",
        "2021-11-15",
    ),
    Row(
        "fr", "2021-11-15", "Macron a demandé lundi à Poutine d'intervenir.", "lundi", "2021-11-15"
    ),
    Row(
        "en", "2021-11-15", "On Wednesday Moscow dispatched two bombers.", "Wednesday", "2021-11-10"
    ),
    Row(
        "fr", "2021-11-15", "Mercredi, Moscou a dépêché deux bombardiers.", "Mercredi", "2021-11-10"
    ),
    Row(
        "en",
        "2021-11-16",
        "Migrants have crossed the border on Saturday.",
        "Saturday",
        "2021-11-13",
    ),
    Row(
        "fr", "2021-11-16", "Des migrants ont franchi la frontière samedi.", "samedi", "2021-11-13"
    ),
    # Future cues look strictly forward.
    Row(
        "en",
        "2021-11-15",
        "He said the country will carry out its first flight on Thursday.",
        "Thursday",
        "2021-11-18",
    ),
    Row("fr", "2021-11-15", "Les ministres se réuniront mardi à Bruxelles.", "mardi", "2021-11-16"),
    Row("en", "2021-11-14", "EU ministers are due to meet on Monday.", "Monday", "2021-11-15"),
    Row("fr", "2021-11-14", "La réunion aura lieu lundi à Bruxelles.", "lundi", "2021-11-15"),
    Row("en", "2021-11-15", "Leaders plan to meet on Friday.", "Friday", "2021-11-19"),
    Row(
        "fr",
        "2021-11-15",
        "Le ministre doit présenter son plan vendredi.",
        "vendredi",
        "2021-11-19",
    ),
    Row("en", "2021-11-15", "Lukashenko is expected to speak on Tuesday.", "Tuesday", "2021-11-16"),
    Row(
        "fr",
        "2021-11-15",
        "Les Vingt-Sept vont adopter des sanctions mercredi.",
        "mercredi",
        "2021-11-17",
    ),
    Row("en", "2021-11-15", "They're going to vote on Wednesday.", "Wednesday", "2021-11-17"),
    Row("en", "2021-11-15", "We'll meet again on Friday.", "Friday", "2021-11-19"),
    Row("en", "2021-11-15", "Ministers are meeting on Monday.", "Monday", "2021-11-15"),
    # Reported future ("would", conditional): the nearest such day.
    Row(
        "en",
        "2021-11-14",
        "A rumour said Poland would let them pass on Monday.",
        "Monday",
        "2021-11-15",
    ),
    Row(
        "fr",
        "2021-11-14",
        "Selon une rumeur, la Pologne les laisserait passer lundi.",
        "lundi",
        "2021-11-15",
    ),
    # last / next / this.
    Row("en", "2021-11-16", "Talks took place last Tuesday.", "last Tuesday", "2021-11-09"),
    Row("fr", "2021-11-14", "Il est arrivé dimanche dernier.", "dimanche dernier", "2021-11-07"),
    Row("en", "2021-11-15", "The summit opens next Monday.", "next Monday", "2021-11-22"),
    Row("fr", "2021-11-15", "Le sommet s'ouvre lundi prochain.", "lundi prochain", "2021-11-22"),
    Row("en", "2021-11-17", "This Monday, ministers met in Brussels.", "This Monday", "2021-11-15"),
    Row("fr", "2021-11-17", "Ce lundi, les ministres se sont réunis.", "Ce lundi", "2021-11-15"),
]

PARTS_OF_DAY = [
    Row(
        "en",
        "2021-11-16",
        "The call took place late Monday.",
        "late Monday",
        "2021-11-15",
        "day",
        "late",
    ),
    Row(
        "fr",
        "2021-11-16",
        "L'appel a eu lieu tard lundi.",
        "tard lundi",
        "2021-11-15",
        "day",
        "late",
    ),
    Row(
        "en",
        "2021-11-16",
        "Shots were fired early Tuesday.",
        "early Tuesday",
        "2021-11-16TMO",
        "day",
        "early morning",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Des tirs ont éclaté tôt mardi.",
        "tôt mardi",
        "2021-11-16TMO",
        "day",
        "early morning",
    ),
    Row(
        "en",
        "2021-11-18",
        "Talks resumed Wednesday evening.",
        "Wednesday evening",
        "2021-11-17TEV",
        "day",
        "evening",
    ),
    Row(
        "fr",
        "2021-11-19",
        "Les discussions ont repris jeudi soir.",
        "jeudi soir",
        "2021-11-18TEV",
        "day",
        "evening",
    ),
    Row(
        "en",
        "2021-11-16",
        "He called on Monday morning.",
        "Monday morning",
        "2021-11-15TMO",
        "day",
        "morning",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Il a appelé lundi matin.",
        "lundi matin",
        "2021-11-15TMO",
        "day",
        "morning",
    ),
    Row(
        "en",
        "2021-11-16",
        "Guards fired on Monday night.",
        "Monday night",
        "2021-11-15TNI",
        "day",
        "night",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Des tirs ont eu lieu dans la nuit de lundi à mardi.",
        "la nuit de lundi à mardi",
        "2021-11-15TNI",
        "day",
        "night",
    ),
    Row(
        "en",
        "2021-11-14",
        "In the early hours of Sunday, guards repelled a group.",
        "the early hours of Sunday",
        "2021-11-14TMO",
        "day",
        "early morning",
    ),
    Row(
        "en",
        "2021-11-15",
        "Starting in the early morning, people left the camp.",
        "the early morning",
        "2021-11-15TMO",
        "day",
        "early morning",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Dans la matinée, des centaines de migrants se sont approchés.",
        "la matinée",
        "2021-11-15TMO",
        "day",
        "morning",
    ),
    Row(
        "en",
        "2021-11-15",
        "Talks will continue tonight.",
        "tonight",
        "2021-11-15TNI",
        "day",
        "night",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Le président parlera ce soir.",
        "ce soir",
        "2021-11-15TEV",
        "day",
        "evening",
    ),
    Row(
        "en",
        "2021-11-15",
        "Migrants tried to cross this morning.",
        "this morning",
        "2021-11-15TMO",
        "day",
        "morning",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Des migrants ont tenté de passer cette nuit.",
        "cette nuit",
        "2021-11-15TNI",
        "day",
        "night",
    ),
    Row(
        "en",
        "2021-11-15",
        "Shots were heard last night.",
        "last night",
        "2021-11-14TNI",
        "day",
        "night",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Des tirs ont été entendus hier soir.",
        "hier soir",
        "2021-11-14TEV",
        "day",
        "evening",
    ),
]

DEICTICS = [
    Row("en", "2021-11-15", "Migrants gathered yesterday.", "yesterday", "2021-11-14"),
    Row("fr", "2021-11-15", "Les migrants se sont rassemblés hier.", "hier", "2021-11-14"),
    Row(
        "en",
        "2021-11-15",
        "The fence was damaged the day before yesterday.",
        "the day before yesterday",
        "2021-11-13",
    ),
    Row("fr", "2021-11-15", "La clôture a été endommagée avant-hier.", "avant-hier", "2021-11-13"),
    Row("en", "2021-11-15", "Talks resume today.", "today", "2021-11-15"),
    Row("fr", "2021-11-15", "Aujourd'hui, la frontière est fermée.", "Aujourd'hui", "2021-11-15"),
    Row(
        "en",
        "2021-11-15",
        "Earlier in the day, guards used water cannon.",
        "Earlier in the day",
        "2021-11-15",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Plus tôt dans la journée, les gardes ont utilisé un canon à eau.",
        "Plus tôt dans la journée",
        "2021-11-15",
    ),
    Row("en", "2021-11-15", "He spoke to Putin earlier today.", "earlier today", "2021-11-15"),
    Row("en", "2021-11-15", "The vote is tomorrow.", "tomorrow", "2021-11-16"),
    Row("fr", "2021-11-15", "Le vote aura lieu demain.", "demain", "2021-11-16"),
    Row(
        "en", "2021-11-15", "Sanctions will be adopted this week.", "this week", "2021-W46", "week"
    ),
    Row(
        "fr",
        "2021-11-15",
        "Des sanctions seront adoptées cette semaine.",
        "cette semaine",
        "2021-W46",
        "week",
    ),
    Row("en", "2021-11-15", "Hundreds arrived last week.", "last week", "2021-W45", "week"),
    Row(
        "fr",
        "2021-11-15",
        "Des centaines sont arrivés la semaine dernière.",
        "la semaine dernière",
        "2021-W45",
        "week",
    ),
    Row(
        "en",
        "2021-11-15",
        "It is unclear if they can return later in the week.",
        "later in the week",
        "2021-W46",
        "week",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Ils pourront rentrer plus tard dans la semaine.",
        "plus tard dans la semaine",
        "2021-W46",
        "week",
    ),
    Row(
        "en", "2021-11-15", "The camp appeared two weeks ago.", "two weeks ago", "2021-W44", "week"
    ),
    Row(
        "fr",
        "2021-11-15",
        "Le camp est apparu il y a deux semaines.",
        "il y a deux semaines",
        "2021-W44",
        "week",
    ),
    Row("en", "2021-11-15", "He arrived three days ago.", "three days ago", "2021-11-12"),
    Row(
        "fr", "2021-11-15", "Il est arrivé il y a trois jours.", "il y a trois jours", "2021-11-12"
    ),
    Row(
        "en",
        "2021-11-16",
        "The conflict started seven years ago.",
        "seven years ago",
        "2014",
        "year",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Le conflit a commencé il y a sept ans.",
        "il y a sept ans",
        "2014",
        "year",
    ),
    Row(
        "en",
        "2021-11-16",
        "At the weekend Putin denied the claims.",
        "the weekend",
        "2021-W45-WE",
        "weekend",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Le week-end, Poutine a démenti ces accusations.",
        "Le week-end",
        "2021-W45-WE",
        "weekend",
    ),
    Row(
        "en",
        "2021-11-15",
        "Protests are planned this weekend.",
        "this weekend",
        "2021-W46-WE",
        "weekend",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Des manifestations sont prévues ce week-end.",
        "ce week-end",
        "2021-W46-WE",
        "weekend",
    ),
    Row(
        "en",
        "2021-11-15",
        "Last weekend, migrants crossed the border.",
        "Last weekend",
        "2021-W45-WE",
        "weekend",
    ),
    Row(
        "fr",
        "2021-11-15",
        "Le week-end dernier, des migrants ont franchi la frontière.",
        "Le week-end dernier",
        "2021-W45-WE",
        "weekend",
    ),
    Row(
        "en",
        "2021-11-15",
        "Aid will arrive in three days' time.",
        "in three days' time",
        "2021-11-18",
    ),
    Row("fr", "2021-11-15", "L'aide arrivera dans trois jours.", "dans trois jours", "2021-11-18"),
]

DATELINES = [
    Row(
        "en",
        "2021-11-15",
        "Monday 15 November 2021 20:32",
        "Monday 15 November 2021 20:32",
        "2021-11-15T20:32",
        "day",
        "20:32",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Mardi 16 novembre 2021 à 18h30",
        "Mardi 16 novembre 2021 à 18h30",
        "2021-11-16T18:30",
        "day",
        "18:30",
    ),
    Row(
        "en",
        "2021-11-14",
        "- Josep Borrell (@JosepBorrellF) November 14, 2021",
        "November 14, 2021",
        "2021-11-14",
    ),
    Row(
        "fr",
        "2021-11-14",
        "— Josep Borrell (@JosepBorrellF) 14 novembre 2021",
        "14 novembre 2021",
        "2021-11-14",
    ),
    Row(
        "en",
        "2021-11-16",
        "Guards fired shots on Monday at 10 p.m. local time.",
        "Monday at 10 p.m. local time",
        "2021-11-15T22:00",
        "day",
        "22:00",
    ),
    Row(
        "fr",
        "2021-11-16",
        "Des tirs ont eu lieu lundi vers 22 heures.",
        "lundi vers 22 heures",
        "2021-11-15T22:00",
        "day",
        "22:00",
    ),
]

# Cases where a naive reading of the tense goes wrong.
TENSE_SUBTLETIES = [
    # A deadline looks forward even after a past reporting verb.
    Row(
        "en",
        "2021-11-12",
        "The government wants the barrier completed by June 30, the minister said.",
        "June 30",
        "2022-06-30",
    ),
    Row(
        "fr",
        "2021-11-12",
        "Le gouvernement veut que la clôture soit achevée d'ici le 30 juin, a indiqué le ministre.",
        "le 30 juin",
        "2022-06-30",
    ),
    # "to be finished", "will be inaugurated": a passive, not a past.
    Row("en", "2024-11-06", "He will be inaugurated in January.", "January", "2025-01", "month"),
    Row("fr", "2024-11-06", "Il sera investi en janvier.", "janvier", "2025-01", "month"),
    # Scheduling verbs point forward.
    Row("en", "2023-04-05", "The next hearing was set for Dec. 4.", "Dec. 4", "2023-12-04"),
    Row("fr", "2024-05-31", "Le juge a fixé l'audience au 11 juillet.", "11 juillet", "2024-07-11"),
    # A future event later on the publication day itself is that day.
    Row(
        "en",
        "2024-07-08",
        "Macron will receive Attal on Monday morning.",
        "Monday morning",
        "2024-07-08TMO",
        "day",
        "morning",
    ),
    Row(
        "fr",
        "2023-11-29",
        "La cour rendra sa décision mercredi après-midi.",
        "mercredi après-midi",
        "2023-11-29TAF",
        "day",
        "afternoon",
    ),
    # 'dernier' / 'prochain' after a date fix its year.
    Row(
        "fr",
        "2021-11-15",
        "Le 12 décembre dernier, les ministres se sont réunis.",
        "Le 12 décembre dernier",
        "2020-12-12",
    ),
    Row(
        "fr",
        "2021-11-15",
        "La loi entrera en vigueur le 1er janvier prochain.",
        "le 1er janvier prochain",
        "2022-01-01",
    ),
]

OTHER_FORMS = [
    # A year used as a modifier.
    Row(
        "en",
        "2021-11-15",
        "Donald Trump refused to concede the 2020 election.",
        "2020",
        "2020",
        "year",
    ),
    Row("fr", "2021-11-15", "La présidentielle 2022 approche.", "2022", "2022", "year"),
    Row(
        "en",
        "2024-02-15",
        "Japan slipped into recession in the final months of 2023.",
        "the final months of 2023",
        "2023",
        "year",
    ),
    Row(
        "fr",
        "2024-02-15",
        "Le Japon est entré en récession à la fin de l'année 2023.",
        "la fin de l'année 2023",
        "2023",
        "year",
    ),
    # A weekday with a day number and no month.
    Row("fr", "2021-11-16", "Lundi 15, le président a parlé.", "Lundi 15", "2021-11-15"),
    Row("en", "2021-11-16", "On Monday 15th, talks began.", "Monday 15th", "2021-11-15"),
    # Parts of day and clock times after a day or a deictic.
    Row(
        "fr",
        "2022-02-24",
        "La Russie a lancé une invasion de l'Ukraine jeudi à l'aube.",
        "jeudi à l'aube",
        "2022-02-24TMO",
        "day",
        "early morning",
    ),
    Row(
        "en",
        "2022-02-24",
        "Russia launched its invasion of Ukraine on Thursday at dawn.",
        "Thursday at dawn",
        "2022-02-24TMO",
        "day",
        "early morning",
    ),
    Row(
        "fr",
        "2020-01-31",
        "Le Royaume-Uni quittera l'Union européenne ce soir à minuit.",
        "ce soir à minuit",
        "2020-01-31T00:00",
        "day",
        "00:00",
    ),
    Row(
        "en",
        "2020-01-31",
        "Britain leaves the European Union tonight at 11 p.m.",
        "tonight at 11 p.m.",
        "2020-01-31T23:00",
        "day",
        "23:00",
    ),
    Row(
        "en",
        "2021-11-15",
        "Talks ended late yesterday.",
        "late yesterday",
        "2021-11-14",
        "day",
        "late",
    ),
    Row(
        "fr",
        "2022-02-24",
        "Shaun Walker à Kyiv, jeu. 24 févr. 2022 06:45",
        "jeu. 24 févr. 2022 06:45",
        "2022-02-24T06:45",
        "day",
        "06:45",
    ),
    Row(
        "en",
        "2022-02-24",
        "Shaun Walker in Kyiv Thu 24 Feb 2022 06.45 GMT",
        "Thu 24 Feb 2022 06.45 GMT",
        "2022-02-24T06:45",
        "day",
        "06:45",
    ),
]

# What is ahead although no "will" says so: a scheduled present, a deadline, a target, a
# forward marker, an open end. Publication dates chosen so the backward reading differs.
SCHEDULED = [
    # Sports fixtures and openings in the present tense (Wed 2 Oct 2019).
    Row("en", "2019-10-02", "Scotland play Japan on Sunday in Yokohama.", "Sunday", "2019-10-06"),
    Row(
        "fr",
        "2019-10-02",
        "Les Bleus affrontent l'Islande vendredi au Stade de France.",
        "vendredi",
        "2019-10-04",
    ),
    Row("en", "2019-10-02", "Polling stations close on Thursday.", "Thursday", "2019-10-03"),
    Row("fr", "2019-10-02", "Le marché de Noël ouvre ses portes samedi.", "samedi", "2019-10-05"),
    Row("en", "2019-10-02", "Parliament faces a suspension from Tuesday.", "Tuesday", "2019-10-08"),
    # "have until", "ont jusqu'à": a deadline ahead.
    Row(
        "en",
        "2019-10-02",
        "Applicants have until Friday to submit their forms.",
        "Friday",
        "2019-10-04",
    ),
    Row(
        "fr",
        "2019-10-02",
        "Les candidats ont jusqu'à vendredi pour déposer leur dossier.",
        "vendredi",
        "2019-10-04",
    ),
    # A forward marker wins over the past verb of its clause.
    Row(
        "en",
        "2019-10-02",
        "Fans queued for hours ahead of Saturday's match.",
        "Saturday",
        "2019-10-05",
    ),
    Row(
        "fr",
        "2019-10-02",
        "Les supporters se sont rassemblés en vue du match de samedi.",
        "samedi",
        "2019-10-05",
    ),
    # An open end in a clause without a tense of its own.
    Row("en", "2019-10-02", "The museum remains closed until Sunday.", "Sunday", "2019-10-06"),
    Row("fr", "2019-10-02", "Le musée reste fermé jusqu'à lundi.", "lundi", "2019-10-07"),
    # A target ("pour samedi") after a past that set it.
    Row(
        "fr",
        "2019-10-02",
        "Un rassemblement a été annoncé pour samedi devant la mairie.",
        "samedi",
        "2019-10-05",
    ),
    # Postponing to a year-less date: the next one (1 Jul 2021: January 2021 is closer).
    Row(
        "en",
        "2021-07-01",
        "The judge postponed the hearing until January 15.",
        "January 15",
        "2022-01-15",
    ),
    Row(
        "fr",
        "2021-07-01",
        "Le juge a décidé de reporter l'audience au 15 janvier.",
        "15 janvier",
        "2022-01-15",
    ),
    # Laws coming into force: the next April, even half a year away.
    Row(
        "en", "2021-10-01", "The new tariffs come into force in April.", "April", "2022-04", "month"
    ),
    Row("fr", "2021-10-01", "La réforme entre en vigueur en avril.", "avril", "2022-04", "month"),
    # A passive future is not a past: "will be held", "sera organisée".
    Row("en", "2021-07-01", "The election will be held on January 9.", "January 9", "2022-01-09"),
    Row(
        "fr", "2021-07-01", "L'élection sera organisée le 9 janvier.", "le 9 janvier", "2022-01-09"
    ),
    # Forecasts (Thu 3 Oct 2019): "38 degrés" is not a participle.
    Row(
        "en",
        "2019-10-03",
        "Temperatures forecast to reach 30C on Wednesday.",
        "Wednesday",
        "2019-10-09",
    ),
    Row(
        "fr",
        "2019-10-03",
        "Les températures devraient atteindre 38 degrés mercredi.",
        "mercredi",
        "2019-10-09",
    ),
]

# Years, months and clock times that were missed or spanned wrongly.
MORE_FORMS = [
    Row(
        "en",
        "2019-12-30",
        "Fireworks lit up the sky as Sydney welcomed 2020.",
        "2020",
        "2020",
        "year",
    ),
    Row("en", "2019-10-02", "Survivors of the 2004 tsunami met in Aceh.", "2004", "2004", "year"),
    Row(
        "fr",
        "2019-10-02",
        "Le budget de la Sécurité sociale pour 2020 a été présenté.",
        "2020",
        "2020",
        "year",
    ),
    # The month of figures is the one they cover, whatever the verb says.
    Row(
        "en",
        "2019-10-02",
        "The September figures were revised down.",
        "September",
        "2019-09",
        "month",
    ),
    Row(
        "fr",
        "2019-10-02",
        "Les chiffres de septembre sont attendus.",
        "septembre",
        "2019-09",
        "month",
    ),
    # A clock time before a deictic belongs to it.
    Row(
        "en",
        "2019-10-02",
        "The show starts at 8pm tonight.",
        "8pm tonight",
        "2019-10-02T20:00",
        "day",
        "20:00",
    ),
    Row(
        "en",
        "2019-10-02",
        "The blaze was reported at 5am yesterday.",
        "5am yesterday",
        "2019-10-01T05:00",
        "day",
        "05:00",
    ),
    Row(
        "fr",
        "2019-10-02",
        "Le match commence à 21 heures ce soir.",
        "21 heures ce soir",
        "2019-10-02T21:00",
        "day",
        "21:00",
    ),
    # "early" / "plus tôt" after a verb is the verb's adverb, not a part of the day.
    Row("en", "2019-10-02", "Banks close early today for the festival.", "today", "2019-10-02"),
    Row(
        "fr",
        "2019-10-02",
        "Les magasins ferment plus tôt aujourd'hui.",
        "aujourd'hui",
        "2019-10-02",
    ),
]

POSITIVE = (
    TENSE_SUBTLETIES
    + SCHEDULED
    + MORE_FORMS
    + OTHER_FORMS
    + EXPLICIT
    + MONTHS_AND_YEARS
    + WEEKDAYS
    + PARTS_OF_DAY
    + DEICTICS
    + DATELINES
)


@pytest.mark.parametrize("row", POSITIVE, ids=[f"{r.lang}:{r.text[:40]}" for r in POSITIVE])
def test_expression(row: Row) -> None:
    _check(row)


NOT_DATES = [
    # durations
    ("en", "The leaders spoke for almost two hours on the phone."),
    ("fr", "Les dirigeants ont parlé pendant deux heures au téléphone."),
    ("en", "She arrived as part of a four-day visit."),
    ("fr", "Elle est arrivée dans le cadre d'une visite de quatre jours."),
    ("en", "The migrants ended a 12-hour standoff."),
    ("en", "We haven't washed our face for eight days."),
    ("fr", "Les migrants sont bloqués depuis trois mois."),
    ("en", "A regime which has ruled the country for nearly 30 years."),
    ("fr", "Un régime qui dirige le pays depuis près de 30 ans."),
    ("en", "Tensions have soared over the past week."),
    ("en", "Migrants have been massing over several weeks and in recent weeks."),
    ("fr", "Les migrants affluent depuis plusieurs semaines."),
    # vague references
    ("en", "The talks will yield results in the coming days."),
    ("fr", "Les discussions donneront des résultats dans les prochains jours."),
    ("en", "In the past few weeks, thousands of people have amassed."),
    ("fr", "Ces dernières semaines, des milliers de personnes se sont massées."),
    # ages and counts
    ("en", "A 25-year-old man died."),
    ("fr", "Un homme de 25 ans est mort."),
    ("en", "Russia massed 15,000 troops near the border."),
    ("fr", "La Pologne a déployé 15\u00a0000 soldats."),
    ("en", "More than 2,000 people are stranded; the war claimed 13,000 lives."),
    ("fr", "Plus de 2000 migrants sont bloqués à la frontière."),
    ("en", "Around 2000 migrants gathered at the crossing."),
    # model names, modal may, march as a verb, pronouns, bare numbers
    ("en", "Moscow dispatched two TU-22M3 bombers and Su-30 jets."),
    ("fr", "Moscou a envoyé deux bombardiers TU-22M3."),
    ("en", "It may take weeks before they march to the border."),
    ("en", "We want the world to see us, Sam and Mar said."),
    ("fr", "Je pense que sa mère et Ma soeur sont là, a dit Sam."),
    ("en", "The figure rose to 15 and then 31."),
    ("fr", "Le chiffre est passé à 15 puis à 31."),
    # newspaper titles and holidays
    ("en", "He told the Sunday Times and the Mail on Sunday."),
    ("en", "Josep Borrell told the Journal du Dimanche."),
    ("fr", "Josep Borrell a déclaré au Journal du Dimanche."),
    ("en", "Shops prepared for Black Friday."),
    ("fr", "Les fidèles ont célébré le Vendredi saint."),
    # sets
    ("en", "Ministers meet every week and every Monday."),
    ("fr", "Les ministres se réunissent chaque semaine et tous les lundis."),
    ("fr", "Le lundi, le marché est fermé."),
    ("en", "Receive essential international news every morning."),
    # generic parts of day, percentages, fractions
    ("en", "Temperatures at night fall below zero."),
    ("en", "About 50% of them, or 1/2 of the group, stayed 24/7."),
    ("en", "Planes landed on Mars."),
    ("fr", "Des sondes se sont posées sur Mars."),
    # titles with date words, ranges of counts
    ("en", "USA Today and Russia Today reported it; Euro 2020 was postponed."),
    ("fr", "Aujourd'hui en France l'a révélé ; le Mondial 2022 approche."),
    ("fr", "De 2000 à 3000 migrants attendent à la frontière."),
    # betting odds
    ("en", "Enable was the 4/6 favourite, with Sea of Class at 9/2 and Kew Gardens 7/1."),
    ("fr", "Le favori était coté 5/2 chez les bookmakers."),
    # shows and books named after a weekday
    ("en", "He watched Sunday Night Baseball with Saturday Night Live's cast."),
    (
        "fr",
        "Il était l'invité de « Samedi politique », puis a relu « Vendredi ou la Vie sauvage ».",
    ),
    # recurring days: a list after "every", a yearly date
    ("en", "The bins are collected every Monday and Thursday."),
    ("fr", "Le marché a lieu chaque mercredi et samedi."),
    (
        "en",
        "The village holds a parade every August 15 and veterans meet every year on 11 November.",
    ),
    ("fr", "Les fidèles se rassemblent chaque 15 août."),
]


@pytest.mark.parametrize(
    "lang,text", NOT_DATES, ids=[f"{lang}:{text[:40]}" for lang, text in NOT_DATES]
)
def test_not_a_date(lang: str, text: str) -> None:
    assert [e.text for e in tag(text, date(2021, 11, 15), lang)] == []


# Several expressions in one text: (lang, dct, text, [(span, value), ...]).
SEQUENCES = [
    # Tense is the clause's, not the text's.
    ("en", "2021-11-15", "He arrived on Saturday, but talks will resume on Thursday.",
     [("Saturday", "2021-11-13"), ("Thursday", "2021-11-18")]),
    ("fr", "2021-11-15", "Il est arrivé samedi, mais les discussions reprendront jeudi.",
     [("samedi", "2021-11-13"), ("jeudi", "2021-11-18")]),
    # "The next day" / "le lendemain" follow the narrative, not the publication date.
    ("en", "2021-11-20", "The camp was cleared on 16 November 2021. The next day, buses left.",
     [("16 November 2021", "2021-11-16"), ("The next day", "2021-11-17")]),
    ("fr", "2021-11-20", "Le camp a été évacué le 16 novembre 2021. Le lendemain, des bus sont partis.",
     [("le 16 novembre 2021", "2021-11-16"), ("Le lendemain", "2021-11-17")]),
    # A year earlier in the same sentence sets the year of a date without one.
    ("en", "2021-11-15", "Russia annexed Crimea in March 2014 after a referendum on 16 March.",
     [("March 2014", "2014-03"), ("16 March", "2014-03-16")]),
    ("fr", "2021-11-15", "La Russie a annexé la Crimée en mars 2014, après un référendum le 16 mars.",
     [("mars 2014", "2014-03"), ("le 16 mars", "2014-03-16")]),
    # ... but not across sentences: background does not pull current events back.
    ("en", "2021-11-15", "Lukashenko claimed victory in August 2020. On 14 November, migrants arrived.",
     [("August 2020", "2020-08"), ("14 November", "2021-11-14")]),
    # "the year before" counts from the previous date, whatever its precision.
    ("en", "2021-11-15", "He won the 2016 vote. The year before, he lost.", [("2016", "2016"), ("The year before", "2015")]),
    ("fr", "2021-11-15", "Il a gagné en 2016. L'année précédente, il avait perdu.", [("2016", "2016"), ("L'année précédente", "2015")]),
    # French inversion after a reporting verb: past.
    ("fr", "2022-07-07", "Le plan sera présenté la semaine prochaine, a-t-on appris ce mercredi.",
     [("la semaine prochaine", "2022-W28"), ("ce mercredi", "2022-07-06")]),
    # Date ranges give both days.
    ("en", "2021-11-20", "Talks were held on 15-16 November.", [("15", "2021-11-15"), ("16 November", "2021-11-16")]),
    ("fr", "2021-11-20", "Les discussions ont eu lieu du 15 au 16 novembre.",
     [("15", "2021-11-15"), ("16 novembre", "2021-11-16")]),
    # Each day takes the tense of its own clause (Wed 2 Oct 2019).
    ("fr", "2019-10-02", "L'acteur est mort samedi ; ses obsèques auront lieu jeudi.",
     [("samedi", "2019-09-28"), ("jeudi", "2019-10-03")]),
    ("en", "2019-10-02", "The actor died on Saturday and his funeral will take place on Thursday.",
     [("Saturday", "2019-09-28"), ("Thursday", "2019-10-03")]),
    # A participle opening the clause, or right before the day, looks back.
    ("fr", "2019-10-02", "Désigné lundi, le candidat présentera son programme vendredi.",
     [("lundi", "2019-09-30"), ("vendredi", "2019-10-04")]),
    ("en", "2019-10-02", "Appointed on Saturday, the coach will name his squad tomorrow.",
     [("Saturday", "2019-09-28"), ("tomorrow", "2019-10-03")]),
    ("fr", "2019-10-02", "La chanteuse, décédée lundi, sera inhumée samedi.",
     [("lundi", "2019-09-30"), ("samedi", "2019-10-05")]),
    ("en", "2019-10-02", "The minister, sacked on Friday, will appeal on Monday.",
     [("Friday", "2019-09-27"), ("Monday", "2019-10-07")]),
    ("fr", "2019-10-02",
     "Arrivé en tête au premier tour de dimanche, il affrontera le maire sortant le 13 octobre.",
     [("dimanche", "2019-09-29"), ("le 13 octobre", "2019-10-13")]),
    # Two years after one preposition.
    ("en", "2019-10-02", "The plan sets budgets for 2020 and 2021.", [("2020", "2020"), ("2021", "2021")]),
    ("fr", "2019-10-02", "Les objectifs pour 2020 et 2021 ont été abaissés.",
     [("2020", "2020"), ("2021", "2021")]),
    # A French fronted day with a present after it narrates; a present before it schedules.
    ("fr", "2021-11-17", "Lundi, des migrants se rendent à la frontière. Le président se rend jeudi à Varsovie.",
     [("Lundi", "2021-11-15"), ("jeudi", "2021-11-18")]),
    # A chronology in the historical present keeps last week's date.
    ("fr", "2021-11-15", "8 novembre : des centaines de migrants se rendent à la frontière.",
     [("8 novembre", "2021-11-08")]),
]  # fmt: skip


@pytest.mark.parametrize(
    "lang,dct,text,expected", SEQUENCES, ids=[f"{s[0]}:{s[2][:40]}" for s in SEQUENCES]
)
def test_sequence(lang: str, dct: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag(text, _d(dct), lang)] == expected


def test_range_gives_both_days() -> None:
    for lang, text in (
        ("en", "Talks were held on 15-16 November."),
        ("fr", "Les discussions ont eu lieu du 15 au 16 novembre."),
    ):
        expressions = tag(text, date(2021, 11, 20), lang)
        assert [e.value for e in expressions] == ["2021-11-15", "2021-11-16"], text


@pytest.mark.parametrize(
    "lang,text,span,weekday,month_day",
    [
        ("fr", "Macron a demandé lundi à Poutine.", "lundi", 0, None),
        ("en", "Macron called Putin on Monday.", "Monday", 0, None),
        ("fr", "La conférence s'est tenue le 12 novembre.", "le 12 novembre", None, (11, 12)),
        ("en", "The conference was held on 12 November.", "12 November", None, (11, 12)),
    ],
)
def test_without_publication_date_keeps_parts(lang, text, span, weekday, month_day) -> None:
    [expression] = tag(text, None, lang)
    assert (expression.text, expression.value, expression.date) == (span, None, None)
    assert (expression.weekday, expression.month_day) == (weekday, month_day)
    assert expression.anchor == "dct"


def test_without_publication_date_absolute_dates_resolve() -> None:
    [expression] = tag("les élections d'août 2020", None, "fr")
    assert (expression.value, expression.anchor, expression.date, expression.date_end) == (
        "2020-08",
        "absolute",
        date(2020, 8, 1),
        date(2020, 8, 31),
    )


def test_record_fields_and_json() -> None:
    [expression] = tag("At the weekend Putin denied the claims.", date(2021, 11, 16), "en")
    assert (expression.date, expression.date_end) == (date(2021, 11, 13), date(2021, 11, 14))
    assert expression.direction == "past"
    assert "past tense ('denied')" in expression.reason
    assert expression.to_json() == {
        "start": 3, "end": 14, "text": "the weekend", "value": "2021-W45-WE", "type": "DATE",
        "precision": "weekend", "reason": expression.reason,
    }  # fmt: skip
    [week] = tag("Sanctions will be adopted this week.", date(2021, 11, 17), "en")
    assert (week.date, week.date_end) == (date(2021, 11, 15), date(2021, 11, 21))


def test_reason_names_the_tense_cue_and_anchor() -> None:
    [expression] = tag(
        "He said the country will carry out a flight on Thursday.", date(2021, 11, 15), "en"
    )
    assert expression.reason == (
        "weekday, future ('will'): the first Thursday from it, anchored to Mon 15 Nov 2021"
    )
    assert expression.direction == "future"


@pytest.mark.parametrize(
    "lang,text,words",
    [
        ("en", "England face Wales on Wednesday.", "scheduled present ('face')"),
        ("en", "Crowds gathered ahead of Saturday's final.", "forward marker ('ahead of')"),
        ("en", "The border stays shut until Sunday.", "open end ('until')"),
        ("fr", "Un appel a été lancé pour samedi.", "target ('pour')"),
        ("fr", "Nommé vendredi, il doit présenter son plan.", "participle ('Nommé')"),
    ],
)
def test_reason_names_what_overrode_the_verb(lang: str, text: str, words: str) -> None:
    [expression] = tag(text, date(2021, 11, 17), lang)
    assert words in expression.reason


def test_offsets_index_the_text_as_given() -> None:
    text = "Macron\u202fa appelé Poutine le\u00a012\u00a0novembre\u00a02021 ;\u00a0lundi\u00a0soir."
    expressions = tag(text, date(2021, 11, 15), "fr")
    assert [text[e.start : e.end] for e in expressions] == [e.text for e in expressions]
    assert [e.value for e in expressions] == ["2021-11-12", "2021-11-15TEV"]
    assert expressions[0].text == "le\u00a012\u00a0novembre\u00a02021"


def test_auto_language_and_datetime_dct() -> None:
    from datetime import datetime

    expressions = tag(
        "Les ministres se réuniront mardi à Bruxelles pour discuter des sanctions.",
        datetime(2021, 11, 15, 9),
    )
    assert [(e.text, e.value) for e in expressions] == [("mardi", "2021-11-16")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Dzisiaj rano", [("Dzisiaj rano", "2021-11-15TMO")]),  # a folder: read in full
        ("de", "Heute, am 12.11.2021 und 2021-11-13", [("12.11.2021", "2021-11-12"),
                                                       ("2021-11-13", "2021-11-13")]),
        ("xx", "Montag", []),  # no folder: numeric and ISO dates only, never an error
    ],
)  # fmt: skip
def test_any_language_is_read_never_refused(lang, text, expected) -> None:
    assert [(e.text, e.value) for e in tag(text, date(2021, 11, 15), lang)] == expected


def test_tag_batch() -> None:
    records = [
        {
            "id": "a",
            "text": "On Monday, migrants approached the border.",
            "dct": "2021-11-15",
            "lang": "en",
        },
        {
            "id": "b",
            "text": "Macron a demandé lundi à Poutine.",
            "dct": "2021-11-15T20:32:00+00:00",
            "lang": "fr",
        },
        {"id": "c", "text": "Macron a demandé lundi à Poutine.", "dct": None, "lang": "fr"},
        {"id": "d", "text": "Nothing here."},
    ]
    out = list(tag_batch(records))
    assert [(o["id"], o["text"], o["value"]) for o in out] == [
        ("a", "Monday", "2021-11-15"),
        ("b", "lundi", "2021-11-15"),
        ("c", "lundi", None),
    ]
    assert set(out[0]) == {"id", "start", "end", "text", "value", "type", "precision", "reason"}
    with pytest.raises(CrisisTimelineError, match="'x'"):
        list(tag_batch([{"id": "x", "text": "Monday", "dct": "15/11/2021"}]))


def test_parse_dct() -> None:
    assert parse_dct("2021-11-15") == date(2021, 11, 15)
    assert parse_dct("2021-11-15T20:32:00+00:00") == date(2021, 11, 15)
    assert parse_dct("") is None and parse_dct(None) is None


def test_random_text_never_breaks_the_invariants() -> None:
    # Shuffled date-like fragments with odd spacing: sorted, non-overlapping spans that index
    # the text, values consistent with their dates, and no exception, for any dct.
    import random

    pieces = [
        "on Monday", "lundi soir", "15 November 2021", "le 1er décembre", "18/11", "11/18/2021",
        "in 2014", "en mai", "May", "may", "last week", "il y a deux semaines", "the weekend",
        "ce week-end", "late Monday", "la nuit de lundi à mardi", "20:32", "à 18h30", "tomorrow",
        "the next day", "le lendemain", "Sunday Times", "15,000", "15\u00a0000", "TU-22M3",
        "will", "a demandé", "se réuniront", "\n", ".", ",", "  ", "\u202f", "2021-11-15",
        "29 February", "31/02", "the 2020 election", "Lundi 15,", "by June 30", "d'ici le 30 juin",
    ]  # fmt: skip
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        dct = rng.choice(
            [None, date(2021, 11, 15), date(2024, 2, 29), date(1, 1, 1), date(9999, 12, 31)]
        )
        for lang in ("en", "fr"):
            expressions = tag(text, dct, lang)
            previous_end = 0
            for e in expressions:
                assert previous_end <= e.start < e.end <= len(text)
                assert text[e.start : e.end] == e.text
                assert (e.value is None) == (e.date is None) == (e.date_end is None)
                if e.date is not None:
                    assert e.date <= e.date_end
                assert e.type == ("TIME" if e.time_of_day else "DATE")
                previous_end = e.end


# ---- calendar rules, independent of language -------------------------------------------


@pytest.mark.parametrize(
    "mode,expected",
    [
        ("past", "2021-11-15"),  # Monday article, "on Monday" (past): that day
        ("before", "2021-11-08"),  # "last Monday"
        ("present", "2021-11-15"),
        ("future", "2021-11-15"),  # "will receive him on Monday" in a Monday article: today
        ("after", "2021-11-22"),
        ("reported", "2021-11-15"),
        ("this", "2021-11-15"),
    ],
)
def test_monday_from_a_monday(mode: str, expected: str) -> None:
    assert weekday_occurrence(date(2021, 11, 15), 0, mode).isoformat() == expected


def test_year_less_date_prefers_the_tense() -> None:
    november = date(2021, 11, 15)
    assert month_day_occurrence(november, 12, 20, "past").isoformat() == "2020-12-20"
    assert month_day_occurrence(november, 12, 20, "none").isoformat() == "2021-12-20"
    assert month_day_occurrence(november, 11, 14, "none", weekday=6).isoformat() == "2021-11-14"
    # A scheduled present looks forward, but keeps a date of the last month (a chronology).
    assert month_day_occurrence(november, 4, 1, "scheduled").isoformat() == "2022-04-01"
    assert month_day_occurrence(november, 11, 1, "scheduled").isoformat() == "2021-11-01"
    assert month_day_occurrence(november, 10, 1, "scheduled").isoformat() == "2022-10-01"
    assert month_occurrence(november, 10, "scheduled") == (2021, 10)
    assert month_occurrence(date(2021, 10, 1), 4, "scheduled") == (2022, 4)


def test_lexicons_cover_dateparser_names() -> None:
    # Our full names must agree with dateparser's locale data (the source we merge from).
    from dateparser.languages.loader import default_loader

    for lang in LEXICONS:
        info = default_loader.get_locale(lang).info
        names = calendar_names(lang)
        for number, month in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"), 1):  # fmt: skip
            full = max(info[month], key=len).lower()
            assert names.months.get(full) == number, (lang, full)


# ---- the seeds: every expression, and nothing else --------------------------------------

SEED_EXPECTED = {
    "000_655bb99b2924ade9": ("en", "2021-11-15", [
        ("Monday 15 November 2021 20:32", "2021-11-15T20:32"),
        ("August 2020", "2020-08"),
        ("earlier in the day", "2021-11-15"),
        ("August 2020", "2020-08"),
        ("Monday", "2021-11-15"),  # "On Monday, hundreds of migrants approached"
        ("the early morning", "2021-11-15TMO"),  # "Starting in the early morning"
        ("Monday", "2021-11-15"),  # "arrived in Poland on Monday"
        ("Thursday", "2021-11-18"),  # "will carry out its first repatriation flight on Thursday"
        ("later in the week", "2021-W46"),
        ("Wednesday", "2021-11-10"),  # "on Wednesday Moscow dispatched"
        ("Monday", "2021-11-15"),  # "Asked about the situation ... on Monday"
    ]),
    "001_3363885a5dd15a01": ("en", "2021-11-14", [
        ("Sunday, November 14", "2021-11-14"),
        ("November 14, 2021", "2021-11-14"),
        ("Sunday morning", "2021-11-14TMO"),
        ("Saturday", "2021-11-13"),  # crossed ... on Saturday
        ("Saturday", "2021-11-13"),  # Kaminski on Saturday reported
        ("Monday", "2021-11-15"),  # would allow them to pass through on Monday
        ("Monday", "2021-11-15"),  # are due to meet on Monday
    ]),
    "002_bde4654bc6621b48": ("en", "2021-11-16", [
        ("June 26, 2020", "2020-06-26"),
        ("June 26, 2020", "2020-06-26"),
        ("late Monday", "2021-11-15"),
        ("the weekend", "2021-W45-WE"),
        ("seven years ago", "2014"),
        ("2014", "2014"),
    ]),
    "003_93153ee81dbacbed": ("fr", "2021-12-14", []),
    "004_dc42871c880d9ee6": ("fr", "2021-11-15", [
        ("lundi", "2021-11-15"),
        ("août 2020", "2020-08"),
        ("le 12 novembre", "2021-11-12"),
    ]),
}  # fmt: skip


@pytest.mark.parametrize("seed", sorted(SEED_EXPECTED))
def test_seed_every_expression(seed: str) -> None:
    lang, dct, expected = SEED_EXPECTED[seed]
    text = (SEEDS / f"{seed}.txt").read_text(encoding="utf-8")
    # The expected lists are the dated expressions: vague references are tested below.
    expressions = tag(text, date.fromisoformat(dct), lang, references=False)
    assert [(e.text, e.value) for e in expressions] == expected
    assert all(text[e.start : e.end] == e.text for e in expressions)
    # The automatic language choice finds the same expressions.
    auto = tag(text, date.fromisoformat(dct), references=False)
    assert [(e.text, e.value) for e in auto] == expected


def test_seed_details() -> None:
    text = (SEEDS / "000_655bb99b2924ade9.txt").read_text(encoding="utf-8")
    by_text = {e.text: e for e in tag(text, date(2021, 11, 15), "en")}
    dateline = by_text["Monday 15 November 2021 20:32"]
    assert (dateline.type, dateline.time_of_day, dateline.anchor) == ("TIME", "20:32", "absolute")
    morning = by_text["the early morning"]
    assert (morning.type, morning.time_of_day) == ("TIME", "early morning")
    text = (SEEDS / "002_bde4654bc6621b48.txt").read_text(encoding="utf-8")
    by_text = {e.text: e for e in tag(text, date(2021, 11, 16), "en")}
    assert (by_text["late Monday"].time_of_day, by_text["late Monday"].type) == ("late", "TIME")
    weekend = by_text["the weekend"]
    assert (weekend.precision, weekend.date, weekend.date_end) == (
        "weekend",
        date(2021, 11, 13),
        date(2021, 11, 14),
    )
    assert by_text["seven years ago"].precision == "year"


def test_seed_004_without_publication_date() -> None:
    text = (SEEDS / "004_dc42871c880d9ee6.txt").read_text(encoding="utf-8")
    found = [(e.text, e.value, e.weekday, e.month_day) for e in tag(text, None, "fr")]
    assert found == [
        ("lundi", None, 0, None),
        ("août 2020", "2020-08", None, None),
        ("le 12 novembre", None, None, (11, 12)),
    ]


@pytest.mark.parametrize(
    ("lang", "dct", "text", "expected"),
    [
        (
            "en",
            "2021-08-04",
            "Sanctions followed the re-election in August 2020 and the Ryanair landing in May.",
            {"August 2020": "2020-08", "May": "2021-05"},
        ),
        (
            "en",
            "2021-12-03",
            "The EU acted after the election of August 9, 2020, and again in June after the landing on May 23.",
            {"June": "2021-06", "May 23": "2021-05-23"},
        ),
        (
            "en",
            "2021-11-15",
            "Russia annexed Crimea in March 2014 after a referendum on 16 March.",
            {"16 March": "2014-03-16"},
        ),
        (
            "fr",
            "2021-08-04",
            "Les sanctions ont suivi la réélection d'août 2020 et l'atterrissage forcé du vol Ryanair en mai.",
            {"mai": "2021-05"},
        ),
        (
            "fr",
            "2021-11-15",
            "La Russie a annexé la Crimée en mars 2014 après un référendum le 16 mars.",
            {"16 mars": "2014-03-16"},
        ),
    ],
)
def test_year_from_an_earlier_date_only_when_narration_moves_forward(lang, dct, text, expected):
    found = {e.text: e.value for e in tag(text, date.fromisoformat(dct), lang)}
    for written, value in expected.items():
        assert any(key.endswith(written) and found[key] == value for key in found), (written, found)


# A future weekday quoted from a statement made that weekday is that same day, when the
# article came out later in the week (issue 16): wire copy of a Thursday statement, printed
# on Friday. Without the earlier statement day, or a week on, the next such day.
QUOTED_SAME_DAY = [
    ("en", "2021-11-26",
     'Baghdad said on Thursday it "will send two planes on Thursday evening" to Minsk.',
     [("Thursday", "2021-11-25"), ("Thursday evening", "2021-11-25TEV")]),
    ("fr", "2021-11-26",
     "Bagdad a annoncé jeudi qu'il va envoyer « deux avions jeudi soir » vers Minsk.",
     [("jeudi", "2021-11-25"), ("jeudi soir", "2021-11-25TEV")]),
    ("en", "2021-11-26", "The ministry will send two planes on Thursday evening.",
     [("Thursday evening", "2021-12-02TEV")]),
    ("en", "2021-12-03",
     'Baghdad said on Thursday 25 November that it "will send two planes on Thursday".',
     [("Thursday 25 November", "2021-11-25"), ("Thursday", "2021-12-09")]),
]  # fmt: skip


@pytest.mark.parametrize("lang,dct,text,expected", QUOTED_SAME_DAY)
def test_a_quoted_future_weekday_is_the_statement_day(lang, dct, text, expected) -> None:
    assert [(e.text, e.value) for e in tag(text, _d(dct), lang)] == expected


# A month followed by a relative year is one month of that year (issue 16).
MONTH_OF_A_RELATIVE_YEAR = [
    Row("fr", "2021-12-02", "Le scrutin contesté en juillet de l'an dernier.", "juillet de l'an dernier", "2020-07", "month"),
    Row("en", "2021-12-02", "The disputed ballot in July of last year.", "July of last year", "2020-07", "month"),
    Row("en", "2021-12-02", "The ballot in July last year was disputed.", "July last year", "2020-07", "month"),
    Row("fr", "2021-12-02", "Les premiers camps sont apparus en juin de cette année.", "juin de cette année", "2021-06", "month"),
]  # fmt: skip


@pytest.mark.parametrize(
    "row", MONTH_OF_A_RELATIVE_YEAR, ids=[r.text[:40] for r in MONTH_OF_A_RELATIVE_YEAR]
)
def test_a_month_of_a_relative_year(row: Row) -> None:
    _check(row)


# A gallery's counter opening caption lines ("2/5 Migrants near ...") is not a date; a lone
# day/month at a line start still is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2/5 Migrants wait near the fence.\n\n5/5 Guards patrol the border.", []),
        ("3/3 Soldiers at the crossing.\n1/3 Tents in the forest.", []),
        ("12/11 Migrants wait near the fence at Kuźnica.", [("12/11", "2021-11-12")]),
    ],
)
def test_gallery_counters_are_not_dates(text: str, expected: list) -> None:
    assert [(e.text, e.value) for e in tag(text, date(2021, 11, 15), "fr")] == expected


# "Earlier this day" / "earlier that day" is the day the story tells, not the publication day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards fired tear gas on Tuesday. Earlier this day, 300 migrants reached the fence.",
         [("Tuesday", "2021-11-16"), ("Earlier this day", "2021-11-16")]),
        ("Guards fired tear gas on Tuesday. Later that day, the camp was quiet.",
         [("Tuesday", "2021-11-16"), ("Later that day", "2021-11-16")]),
    ],
)  # fmt: skip
def test_earlier_this_day_is_the_story_day(text: str, expected: list) -> None:
    assert [(e.text, e.value) for e in tag(text, date(2021, 11, 19), "en")] == expected


# ---- issue 16: calendar periods and vague references (TimeML values) ------------------
# (lang, dct, text, span, value, precision, first day, last day). Passages written for these
# tests; the dct is a Wednesday, 17 November 2021, unless said otherwise.
PERIODS = [
    ("en", "2021-11-17", "Crossings peaked last summer.", "last summer", "2021-SU", "season",
     "2021-06-01", "2021-08-31"),
    ("en", "2021-11-17", "Aid groups fear this winter will be deadly.", "this winter", "2021-WI",
     "season", "2021-12-01", "2022-02-28"),
    ("en", "2021-11-17", "The camp was set up this autumn.", "this autumn", "2021-FA", "season",
     "2021-09-01", "2021-11-30"),
    ("en", "2021-11-17", "The fence will be finished next spring.", "next spring", "2022-SP",
     "season", "2022-03-01", "2022-05-31"),
    ("en", "2021-11-17", "Arrivals fell in the winter of 2020.", "the winter of 2020", "2020-WI",
     "season", "2020-12-01", "2021-02-28"),
    ("fr", "2021-11-17", "Les premiers groupes sont arrivés l'été dernier.", "l'été dernier",
     "2021-SU", "season", "2021-06-01", "2021-08-31"),
    ("fr", "2021-11-17", "Cet hiver, les camps seront intenables.", "Cet hiver", "2021-WI",
     "season", "2021-12-01", "2022-02-28"),
    ("fr", "2021-11-17", "Le mur sera achevé au printemps 2022.", "printemps 2022", "2022-SP",
     "season", "2022-03-01", "2022-05-31"),
    ("en", "2021-11-17", "Freight fell in the fourth quarter of 2021.",
     "the fourth quarter of 2021", "2021-Q4", "quarter", "2021-10-01", "2021-12-31"),
    ("en", "2021-11-17", "Exports were weak in Q3 2021.", "Q3 2021", "2021-Q3", "quarter",
     "2021-07-01", "2021-09-30"),
    ("en", "2021-11-17", "Talks resume in the second half of next year.",
     "the second half of next year", "2022-H2", "quarter", "2022-07-01", "2022-12-31"),
    ("fr", "2021-11-17", "Le trafic a chuté au troisième trimestre 2021.",
     "troisième trimestre 2021", "2021-Q3", "quarter", "2021-07-01", "2021-09-30"),
    ("en", "2021-11-17", "Families hope to be home by Christmas.", "Christmas", "2021-12-25",
     "day", "2021-12-25", "2021-12-25"),
    ("en", "2021-11-17", "Belarusians will mark Orthodox Christmas at home.",
     "Orthodox Christmas", "2022-01-07", "day", "2022-01-07", "2022-01-07"),
    ("en", "2021-11-17", "The border post was shut over Easter.", "Easter", "2021-04-04", "day",
     "2021-04-04", "2021-04-04"),
    ("fr", "2021-11-17", "Ils passeront le réveillon du Nouvel An en Allemagne.",
     "le réveillon du Nouvel An", "2021-12-31", "day", "2021-12-31", "2021-12-31"),
    ("en", "2021-11-17", "The route was first used in the 1990s.", "the 1990s", "199X",
     "decade", "1990-01-01", "1999-12-31"),
    ("fr", "2021-11-17", "Cette route date des années 90.", "années 90", "199X", "decade",
     "1990-01-01", "1999-12-31"),
    ("en", "2021-11-17", "The worst crisis of the 20th century.", "the 20th century", "19",
     "decade", "1901-01-01", "2000-12-31"),
]  # fmt: skip


@pytest.mark.parametrize("row", PERIODS, ids=[f"{r[0]}:{r[3]}" for r in PERIODS])
def test_calendar_period(row: tuple) -> None:
    lang, dct, text, span, value, precision, first, last = row
    found = {e.text: e for e in tag(text, date.fromisoformat(dct), lang)}
    assert span in found, list(found)
    expression = found[span]
    assert (expression.value, expression.precision) == (value, precision)
    assert (expression.date, expression.date_end) == (
        date.fromisoformat(first),
        date.fromisoformat(last),
    )


# Vague references: TimeML value, no day, and left out when the caller asks so.
REFERENCES = [
    ("en", "The agency is currently reviewing the file.", "currently", "PRESENT_REF"),
    ("en", "Now the guards use water cannon.", "Now", "PRESENT_REF"),
    ("en", "Lithuania recently built a fence.", "recently", "PAST_REF"),
    ("en", "Such crossings were rare in the past.", "the past", "PAST_REF"),
    ("en", "More walls may follow in the future.", "the future", "FUTURE_REF"),
    ("fr", "Le camp accueille actuellement 2 000 personnes.", "actuellement", "PRESENT_REF"),
    ("fr", "Varsovie a récemment durci le ton.", "récemment", "PAST_REF"),
    ("fr", "À l'avenir, les vols seront contrôlés.", "l'avenir", "FUTURE_REF"),
]


@pytest.mark.parametrize("lang,text,span,value", REFERENCES, ids=[r[2] for r in REFERENCES])
def test_vague_reference(lang: str, text: str, span: str, value: str) -> None:
    found = {e.text: e for e in tag(text, date(2021, 11, 17), lang)}
    assert found[span].value == value
    assert found[span].date is None and found[span].date_end is None
    assert span not in {e.text for e in tag(text, date(2021, 11, 17), lang, references=False)}


# Look-alikes of periods that are not dates.
PERIOD_LOOKALIKES = [
    ("en", "The fall of communism changed the region."),
    ("en", "Volunteers handed out winter clothes."),
    ("en", "Prices dropped as leaves fall."),
    ("en", "The Christmas market in Vilnius is busy."),
    ("en", "A boat reached Christmas Island."),
    ("en", "The Arab Spring is remembered."),
    ("en", "Poland led in the second half of the match."),
    ("en", "Over the past few weeks, hundreds crossed."),
    ("fr", "Les vacances d'été approchent."),
    ("fr", "Il a été arrêté."),
    ("fr", "Noël Mamère a réagi."),
]


@pytest.mark.parametrize("lang,text", PERIOD_LOOKALIKES, ids=[t[:30] for _, t in PERIOD_LOOKALIKES])
def test_period_lookalike_is_not_a_date(lang: str, text: str) -> None:
    assert [e.text for e in tag(text, date(2021, 11, 17), lang, references=False)] == []


@pytest.mark.parametrize(
    ("lang", "dct", "text", "value"),
    [
        # Issue 16: a fronted "By <date>," with a past in the past after the comma was read
        # as a deadline ahead, so a December article put November in the next year.
        ("en", "2021-12-03", "By November 20, the agency had logged 3,000 attempts.", "2021-11-20"),
        ("en", "2021-12-03", "By the end of November, 400 Iraqis had been flown home.", "2021-11"),
        (
            "fr",
            "2021-12-03",
            "D'ici le 20 novembre, l'agence avait enregistré 3 000 tentatives.",
            "2021-11-20",
        ),
        # still deadlines ahead: a future in the clause, or a past only in a relative clause
        ("en", "2021-12-03", "By June 30, the wall will be finished.", "2022-06-30"),
        (
            "en",
            "2021-12-03",
            "The wall, which had been promised, will be finished by June 30.",
            "2022-06-30",
        ),
    ],
)
def test_a_fronted_deadline_met_in_the_past_is_past(lang, dct, text, value):
    from datetime import date as day

    values = [e.value for e in tag(text, day.fromisoformat(dct), lang)]
    assert values == [value]


@pytest.mark.parametrize(
    ("lang", "text", "trigger"),
    [
        ("en", "The other night, another plane left the capital.", "The other night"),
        ("en", "I met him the other day in the camp.", "the other day"),
        ("fr", "L'autre soir, un avion a quitté la capitale.", "L'autre soir"),
    ],
)
def test_the_other_night_is_a_recent_past_not_a_day(lang, text, trigger):
    # Issue 16: "the other night" was not read; it names no day, so it is PAST_REF.
    from datetime import date as day

    found = [(e.text, e.value) for e in tag(text, day(2021, 11, 27), lang)]
    assert found == [(trigger, "PAST_REF")]


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        # Issue 16: a time-zone aside was read as a second day.
        ("en", "He spoke on Monday (Tuesday Beijing time) with the premier.", ["2021-11-15"]),
        ("fr", "Il a parlé lundi (mardi heure de Pékin) avec le Premier ministre.", ["2021-11-15"]),
        # a date in brackets that only restates the day stays
        ("en", "Talks were held on Monday (15 November) in Minsk.", ["2021-11-15", "2021-11-15"]),
    ],
)
def test_a_time_zone_aside_is_not_a_second_day(lang, text, values):
    from datetime import date as day

    assert [e.value for e in tag(text, day(2021, 11, 17), lang)] == values
