"""A synthetic event table for timing the clusterer: reports of shared happenings.

`synthetic_events(size)` makes a schema-shaped table of `size` random events, about six
reports per happening from different outlets, in either language, some a day off or at
week precision, so that clustering has real merging to do. Deterministic for a seed.
Used by benchmarks/clusters.py (speed); it scores nothing.
"""

from __future__ import annotations

import csv
import random
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ACTORS_CSV = PROJECT_ROOT / "data" / "actors.csv"
PLACES_CSV = PROJECT_ROOT / "data" / "places.csv"
SPEED_START = date(2021, 8, 1)
SPEED_DAYS = 183  # six months
SPEED_REPORTS_PER_HAPPENING = 6
FALLBACK_ACTORS = (
    "Alexander Lukashenko",
    "Vladimir Putin",
    "Emmanuel Macron",
    "Angela Merkel",
    "Andrzej Duda",
    "Mateusz Morawiecki",
    "Josep Borrell",
    "Gitanas Nausėda",
    "Vladimir Makei",
    "Mariusz Kamiński",
    "Polish Border Guard",
    "UNHCR",
)
FALLBACK_PLACES = ("Kuźnica", "Bruzgi", "Minsk", "Warsaw", "Vilnius", "Riga", "Hrodna", "Erbil")
SPEED_OUTLETS = (
    "The Independent",
    "France 24",
    "RFI",
    "Baltic Wire Service",
    "The Northern Ledger",
    "Continental Post",
    "Transatlantic Press Agency",
    "Le Quotidien du Nord",
    "La Voix de l'Europe",
    "Le Moniteur européen",
)
# One short template per event type and language: enough shared vocabulary for the
# clusterer's word and concept signals to do real work, as in a real corpus.
SPEED_TEMPLATES = {
    "en": {
        "diplomacy": "{a} spoke by phone with {b} about the border crisis near {p}.",
        "statement": "{a} accused {b} of using migrants as a weapon at {p}.",
        "sanctions": "{a} agreed new sanctions against {b} over the crisis at {p}.",
        "border_crossing": "Hundreds of migrants tried to cross the border near {p}, {a} said.",
        "clash": "Forces fired water cannon at migrants throwing stones at {p}, {a} said.",
        "humanitarian": "{a} delivered food and blankets to migrants camped near {p}.",
        "military": "{a} sent troops and bombers near {p} as {b} watched.",
        "casualties": "A migrant was found dead in the forest near {p}, {a} said.",
        "repatriation": "A repatriation flight left {p} with hundreds of migrants, {a} said.",
        "other": "{a} declared a state of emergency along the border near {p}.",
    },
    "fr": {
        "diplomacy": "{a} s'est entretenu par téléphone avec {b} de la crise à {p}.",
        "statement": "{a} a accusé {b} d'instrumentaliser les migrants à {p}.",
        "sanctions": "{a} a adopté de nouvelles sanctions contre {b} après la crise à {p}.",
        "border_crossing": "Des centaines de migrants ont tenté de franchir la frontière à {p}.",
        "clash": "Les forces ont fait usage de canons à eau contre des migrants à {p}.",
        "humanitarian": "{a} a distribué de l'aide aux migrants bloqués près de {p}.",
        "military": "{a} a déployé des soldats près de {p}, selon {b}.",
        "casualties": "Un migrant a été retrouvé mort dans la forêt près de {p}.",
        "repatriation": "Un vol de rapatriement a quitté {p} avec des centaines de migrants.",
        "other": "{a} a décrété l'état d'urgence à la frontière près de {p}.",
    },
}


# --------------------------------------------------------------------------------------
# Quality
# --------------------------------------------------------------------------------------


def _names_from_csv(path: Path, fallback: Sequence[str]) -> list[str]:
    """Canonical names from a gazetteer CSV's first name-like column, else the fallback."""
    if not path.exists():
        return list(fallback)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields = reader.fieldnames or []
        column = next(
            (name for name in ("name", "canonical", "canonical_name") if name in fields),
            fields[0] if fields else None,
        )
        names = [row[column].strip() for row in reader if column and row.get(column)]
    return names or list(fallback)


def _happenings(rnd: random.Random, count: int) -> list[dict]:
    """Shared happenings the synthetic reports are about."""
    actors = _names_from_csv(ACTORS_CSV, FALLBACK_ACTORS)
    places = _names_from_csv(PLACES_CSV, FALLBACK_PLACES)
    types = list(SPEED_TEMPLATES["en"])
    return [
        {
            "day": SPEED_START + timedelta(days=rnd.randrange(SPEED_DAYS)),
            "type": rnd.choice(types),
            "actors": rnd.sample(actors, k=min(len(actors), rnd.randint(1, 3))),
            "place": rnd.choice(places),
            "minutes": rnd.choice([50, 60, 105, 120]),
        }
        for _ in range(count)
    ]


def _reported_span(rnd: random.Random, day: date) -> tuple[str, date, date]:
    """How one outlet dates a happening: mostly the day, sometimes a day off, a week, a month."""
    roll = rnd.random()
    if roll < 0.8:
        return "day", day, day
    if roll < 0.88:  # an outlet a day off
        off = day + timedelta(days=rnd.choice([-1, 1]))
        return "day", off, off
    if roll < 0.96:
        monday = day - timedelta(days=day.weekday())
        return "week", monday, monday + timedelta(days=6)
    first = day.replace(day=1)
    return "month", first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _synthetic_report(rnd: random.Random, index: int, happening: dict) -> dict:
    """One outlet's report of a happening, as an event row (random draws in a fixed order)."""
    language = "fr" if rnd.random() < 0.4 else "en"
    outlet = rnd.choice(SPEED_OUTLETS)
    precision, first, last = _reported_span(rnd, happening["day"])
    event_type = happening["type"]
    reported_actors = [a for a in happening["actors"] if rnd.random() < 0.8] or happening["actors"][
        :1
    ]
    place = happening["place"]
    sentence = SPEED_TEMPLATES[language][event_type].format(
        a=reported_actors[0], b=reported_actors[-1], p=place
    )
    quantities = []
    if event_type == "diplomacy" and rnd.random() < 0.3:
        minutes = happening["minutes"] + rnd.choice([0, 0, -15, 15])
        quantities = [{"value": minutes, "unit": "minute", "text": f"{minutes} minutes"}]
    article = f"synthetic-{index // 8:05d}"
    start = (index % 8) * 200
    return {
        "event_id": f"{article}:{start}-{start + len(sentence)}",
        "article_id": article,
        "outlet": outlet,
        "language": language,
        "published": last + timedelta(days=rnd.randint(0, 2)),
        "published_basis": "metadata",
        "date": first,
        "date_end": last,
        "precision": precision,
        "time_of_day": None,
        "dated_by": "expression",
        "trigger": None,
        "date_reason": "synthetic",
        "sentence": sentence,
        "start": start,
        "end": start + len(sentence),
        "event_type": event_type,
        "actors": reported_actors,
        "places": [place],
        "quantities": quantities,
        "background": False,
        "confidence": 0.8,
        "cluster_id": None,
    }


def synthetic_events(size: int, seed: int = 20211115) -> Any:
    """A schema-shaped event table of `size` random events (deterministic for a seed).

    Events are reports of shared happenings (about six reports each, from different
    outlets, in either language, some a day off or at week precision), so the clusterer
    has real merging to do, as on a real corpus, rather than 10,000 singletons.
    """
    import pandas as pd

    from crisis_timeline.schema import EVENT_COLUMNS

    rnd = random.Random(seed)
    happenings = _happenings(rnd, max(1, size // SPEED_REPORTS_PER_HAPPENING))
    rows = [_synthetic_report(rnd, index, rnd.choice(happenings)) for index in range(size)]
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS)), len(happenings)
