"""Named events and helpers shared by the cluster tests (tests/test_cluster_*.py).

EVENTS: the seeds' Macron–Putin call and its neighbours, plus a few of our own;
tests/event_factory.py fills the other columns.
"""

from __future__ import annotations

import pandas as pd

from crisis_timeline.clusters import Cluster, cluster_events
from crisis_timeline.clusters.features import EventFeatures, normalise
from tests.event_factory import make_event, make_events

MACRON_PUTIN = ["Emmanuel Macron", "Vladimir Putin"]


MERKEL_LUKASHENKO = ["Angela Merkel", "Alexander Lukashenko"]


# Named events: the seeds' Macron–Putin call and its neighbours, plus a few of our own.
EVENTS: dict[str, dict] = {
    "independent_call": dict(
        outlet="The Independent",
        article_id="000",
        published="2021-11-15",
        date="2021-11-15",
        dated_by="publication",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="The pair spoke on the phone for almost two hours, and a statement from the "
        "Elysee Palace said that it is our hope that this long conversation will yield results.",
        quantities=[
            dict(
                value=120,
                unit="minute",
                text="almost two hours",
                approximate=True,
                qualifier="almost",
            )
        ],
    ),
    "rfi_call": dict(
        outlet="RFI",
        article_id="002",
        published="2021-11-16",
        date="2021-11-15",
        trigger="late Monday",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="After a telephone conversation lasting one hour and 45 minutes between Macron "
        "and Putin late Monday, the Elysée palace declared it hoped this long conversation will "
        "yield results.",
        quantities=[dict(value=105, unit="minute", text="one hour and 45 minutes")],
    ),
    "wire_call_fr": dict(
        outlet="Unattributed (fr) · 004",
        article_id="004",
        language="fr",
        published="2021-11-15",
        published_basis="inferred",
        date="2021-11-15",
        trigger="lundi",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="Le président français Emmanuel Macron a demandé lundi à son homologue russe, "
        "Vladimir Poutine, que le président use de son « influence » pour mettre fin à la crise.",
    ),
    "december_call_fr": dict(
        outlet="Unattributed (fr) · 003",
        article_id="003",
        language="fr",
        published="2021-12-14",
        date="2021-12-14",
        dated_by="publication",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="Le président français Emmanuel Macron lors d’une conversation téléphonique avec "
        "son homologue russe Vladimir Poutine a noté la réduction des flux migratoires.",
    ),
    "lukashenko_merkel": dict(
        outlet="The Independent",
        article_id="000",
        start=900,
        published="2021-11-15",
        date="2021-11-15",
        dated_by="narrative",
        event_type="diplomacy",
        actors=["Alexander Lukashenko", "Angela Merkel"],
        sentence="At the same time, Lukashenko and German chancellor Angela Merkel talked by "
        "phone, according to a social media post by reporters for Belarus state media.",
    ),
    "lukashenko_merkel_other": dict(
        outlet="Euronews",
        published="2021-11-15",
        date="2021-11-15",
        event_type="diplomacy",
        actors=["Angela Merkel", "Alexander Lukashenko"],
        sentence="Angela Merkel spoke to Alexander Lukashenko by phone for 50 minutes on Monday.",
        quantities=[dict(value=50, unit="minute", text="50 minutes")],
    ),
    "borrell_makei": dict(
        outlet="France 24",
        article_id="001",
        published="2021-11-14",
        date="2021-11-14",
        trigger="Sunday, November 14",
        event_type="diplomacy",
        actors=["Josep Borrell", "Vladimir Makei"],
        sentence="The head of European diplomacy and the Belarusian foreign minister spoke on "
        "Sunday, November 14, on the migration crisis.",
    ),
    "borrell_makei_monday": dict(
        outlet="Euronews",
        article_id="euronews-2",
        published="2021-11-15",
        date="2021-11-15",
        trigger="Monday",
        event_type="diplomacy",
        actors=["Josep Borrell", "Vladimir Makei"],
        sentence="Josep Borrell held a phone call with Vladimir Makei on Monday about the "
        "humanitarian situation at the border.",
    ),
    "clash_fr_a": dict(
        outlet="Le Monde",
        language="fr",
        published="2021-11-16",
        date="2021-11-16",
        trigger="mardi",
        event_type="clash",
        actors=["Polish Border Guard"],
        places=["Kuźnica"],
        sentence="Les gardes-frontières polonais ont utilisé mardi des gaz lacrymogènes et des "
        "canons à eau contre des migrants qui lançaient des pierres près de Kuźnica.",
    ),
    "clash_fr_b": dict(
        outlet="Libération",
        language="fr",
        published="2021-11-17",
        date="2021-11-16",
        trigger="mardi",
        event_type="clash",
        actors=["Polish Border Guard"],
        places=["Kuźnica"],
        sentence="Mardi, des canons à eau et du gaz lacrymogène ont été utilisés par les "
        "gardes-frontières polonais contre les migrants au poste-frontière de Kuźnica.",
    ),
    "flight_en": dict(
        outlet="BBC",
        published="2021-11-18",
        date="2021-11-18",
        trigger="Thursday",
        event_type="repatriation",
        actors=["Iraqi Airways"],
        places=["Minsk", "Erbil"],
        sentence="The first repatriation flight carrying 431 Iraqis left Minsk for Erbil on "
        "Thursday.",
        quantities=[dict(value=431, unit="person", text="431 Iraqis")],
    ),
    "flight_fr": dict(
        outlet="Le Figaro",
        language="fr",
        published="2021-11-18",
        date="2021-11-18",
        trigger="jeudi",
        event_type="repatriation",
        actors=["Iraqi Airways"],
        places=["Minsk", "Erbil"],
        sentence="Un premier vol de rapatriement transportant 431 Irakiens a quitté Minsk pour "
        "Erbil jeudi.",
        quantities=[dict(value=431, unit="person", text="431 Irakiens")],
    ),
    "lukashenko_putin_meeting": dict(
        outlet="TASS",
        published="2021-11-15",
        date="2021-11-15",
        event_type="diplomacy",
        actors=["Alexander Lukashenko", "Vladimir Putin"],
        places=["Moscow"],
        sentence="Lukashenko met Putin in Moscow on Monday to discuss gas supplies.",
    ),
    "sanctions": dict(
        outlet="The Independent",
        article_id="000",
        start=2000,
        published="2021-11-15",
        date="2021-11-15",
        event_type="sanctions",
        actors=["European Union"],
        places=["Belarus"],
        sentence="The EU agreed to impose further sanctions on Minsk.",
    ),
    "crossing": dict(
        outlet="RFI",
        article_id="002",
        start=3000,
        published="2021-11-16",
        date="2021-11-15",
        event_type="border_crossing",
        actors=["European Union"],
        places=["Belarus", "Bruzgi"],
        sentence="On Monday, hundreds of migrants approached the border checkpoint at Bruzgi to "
        "enter the European Union.",
    ),
    "crossing_fr": dict(
        outlet="Le Monde",
        language="fr",
        published="2021-11-15",
        date="2021-11-15",
        event_type="border_crossing",
        actors=["European Union"],
        places=["Belarus", "Bruzgi"],
        sentence="Lundi, des centaines de migrants se sont approchés du poste-frontière de "
        "Brouzgi pour entrer dans l'Union européenne.",
    ),
}


def named_frame(names: list[str]) -> pd.DataFrame:
    return make_events([EVENTS[name] for name in names])


def cluster_of_names(frame: pd.DataFrame, names: list[str]) -> dict[str, str]:
    ids = {name: make_event(**EVENTS[name])["event_id"] for name in names}
    clustered, _ = cluster_events(frame)
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return {name: by_event[event_id] for name, event_id in ids.items()}


def seed_clusters() -> list[Cluster]:
    return cluster_events(
        named_frame(["independent_call", "rfi_call", "wire_call_fr", "december_call_fr"])
    )[1]


def pair_cluster(first: dict, second: dict) -> Cluster:
    """Cluster two reports of one Macron–Putin happening and return their joint cluster."""
    base = dict(event_type="diplomacy", actors=MACRON_PUTIN, date="2021-11-15")
    frame = make_events(
        [
            {**base, "outlet": "Outlet A", "sentence": "Macron and Putin spoke.", **first},
            {**base, "outlet": "Outlet B", "sentence": "Putin and Macron talked.", **second},
        ]
    )
    clusters = cluster_events(frame)[1]
    assert len(clusters) == 1, "the two reports should merge"
    return clusters[0]


def qty(value, text, unit="minute", approximate=False, qualifier=None):
    return dict(value=value, unit=unit, text=text, approximate=approximate, qualifier=qualifier)


def cluster_by_name(rows: dict[str, dict]) -> dict[str, str]:
    """Cluster named rows (each gets its own article unless it says otherwise)."""
    built = {
        name: make_event(**{"article_id": f"art-{name}", "outlet": f"Outlet {name}", **row})
        for name, row in rows.items()
    }
    clustered, _ = cluster_events(make_events(list(built.values())))
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return {name: by_event[row["event_id"]] for name, row in built.items()}


def article_rows(article_id: str, outlet: str, lang: str, sentences: list[dict]) -> list[dict]:
    """Rows of one article, 100 characters apart, in the order given."""
    return [
        {"article_id": article_id, "outlet": outlet, "language": lang, "start": 100 * n, **row}
        for n, row in enumerate(sentences)
    ]


def cluster_ids_of(rows: list[dict]) -> list[str]:
    clustered, _ = cluster_events(make_events(rows))
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return [by_event[make_event(**row)["event_id"]] for row in rows]


# One Macron–Putin call report: the steps' direct tests vary it.
CALL = dict(
    date="2021-11-15",
    event_type="diplomacy",
    actors=MACRON_PUTIN,
    sentence="Macron and Putin spoke by phone.",
)


def normalised(rows: list[dict]) -> list[EventFeatures]:
    """The EventFeatures of event rows (overrides of tests/event_factory.py's defaults)."""
    return normalise(make_events(rows))
