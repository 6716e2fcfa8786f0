"""Clusters: the same happening across outlets and languages, and where the outlets differ.

Scenarios are built by hand from the seeds (tests/event_factory.py fills the other columns);
each row of SCENARIOS names the events it feeds in and which must share a cluster or not.
"""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
import pytest

from crisis_timeline.clusters import Cluster, cluster_events, cluster_id_for
from tests.event_factory import make_event, make_events

MACRON_PUTIN = ["Emmanuel Macron", "Vladimir Putin"]

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


def _frame(names: list[str]) -> pd.DataFrame:
    return make_events([EVENTS[name] for name in names])


def _cluster_of(frame: pd.DataFrame, names: list[str]) -> dict[str, str]:
    ids = {name: make_event(**EVENTS[name])["event_id"] for name in names}
    clustered, _ = cluster_events(frame)
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return {name: by_event[event_id] for name, event_id in ids.items()}


# (case, events fed in, groups that must each share one cluster, pairs that must stay apart)
SCENARIOS = [
    (
        "seed Macron–Putin call across outlets and languages; 14 Dec call apart",
        ["independent_call", "rfi_call", "wire_call_fr", "december_call_fr"],
        [["independent_call", "rfi_call", "wire_call_fr"]],
        [("independent_call", "december_call_fr"), ("wire_call_fr", "december_call_fr")],
    ),
    (
        "same day, same type, other leaders (same article): Lukashenko–Merkel stays apart",
        ["independent_call", "rfi_call", "lukashenko_merkel"],
        [["independent_call", "rfi_call"]],
        [("independent_call", "lukashenko_merkel"), ("rfi_call", "lukashenko_merkel")],
    ),
    (
        "Lukashenko–Merkel reported by two outlets merges, still apart from Macron–Putin",
        ["independent_call", "lukashenko_merkel", "lukashenko_merkel_other"],
        [["lukashenko_merkel", "lukashenko_merkel_other"]],
        [("independent_call", "lukashenko_merkel_other")],
    ),
    (
        "one shared leader is not enough: Lukashenko–Putin meeting vs Lukashenko–Merkel call",
        ["lukashenko_merkel_other", "lukashenko_putin_meeting"],
        [],
        [("lukashenko_merkel_other", "lukashenko_putin_meeting")],
    ),
    (
        "Borrell–Makei call of 14 November stays apart from the 15 November call",
        ["independent_call", "rfi_call", "borrell_makei"],
        [],
        [("borrell_makei", "independent_call"), ("borrell_makei", "rfi_call")],
    ),
    (
        "two French reports of the same clash merge",
        ["clash_fr_a", "clash_fr_b"],
        [["clash_fr_a", "clash_fr_b"]],
        [],
    ),
    (
        "an English and a French report of one repatriation flight merge",
        ["flight_en", "flight_fr"],
        [["flight_en", "flight_fr"]],
        [],
    ),
    (
        "same day, same actors and places, other type: sanctions vs border crossing",
        ["sanctions", "crossing", "crossing_fr"],
        [["crossing", "crossing_fr"]],
        [("sanctions", "crossing"), ("sanctions", "crossing_fr")],
    ),
    (
        "French clash and French border crossing on neighbouring days stay apart",
        ["clash_fr_a", "crossing_fr"],
        [],
        [("clash_fr_a", "crossing_fr")],
    ),
]


@pytest.mark.parametrize(
    ("case", "names", "together", "apart"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_merging_and_not_merging(case, names, together, apart):
    cluster_of = _cluster_of(_frame(names), names)
    for group in together:
        assert len({cluster_of[name] for name in group}) == 1, (case, group)
    for left, right in apart:
        assert cluster_of[left] != cluster_of[right], (case, left, right)


def _seed_clusters() -> list[Cluster]:
    return cluster_events(
        _frame(["independent_call", "rfi_call", "wire_call_fr", "december_call_fr"])
    )[1]


def test_seed_call_cluster_names_outlets_first_reporter_and_label():
    november = next(c for c in _seed_clusters() if c.date == date(2021, 11, 15))
    assert november.label == "Macron–Putin phone call"
    assert november.event_type == "diplomacy"
    assert set(november.outlets) == {"The Independent", "RFI", "Unattributed (fr) · 004"}
    assert november.outlets[-1] == "RFI"  # published a day later
    assert november.first_published == date(2021, 11, 15)
    # Tied on 15 November: the outlet whose date comes from metadata is named first.
    assert november.first_outlets == ("The Independent", "Unattributed (fr) · 004")
    assert november.first_outlet == "The Independent"
    assert (november.date, november.date_end) == (date(2021, 11, 15), date(2021, 11, 15))


def test_seed_call_duration_disagreement_quotes_both_outlets():
    november = next(c for c in _seed_clusters() if c.date == date(2021, 11, 15))
    durations = [d for d in november.discrepancies if d.kind == "quantity"]
    assert len(durations) == 1
    duration = durations[0]
    assert duration.unit == "minute"
    assert duration.values == {
        "The Independent": "almost two hours",
        "RFI": "one hour and 45 minutes",
    }
    assert duration.detail == (
        "Duration: The Independent says almost two hours (120 min), "
        "RFI says one hour and 45 minutes (105 min)"
    )
    assert len(duration.event_ids) == 2
    # The French wire gives no duration, but two outlets do: no "only one outlet" claim.
    assert not [d for d in november.discrepancies if d.kind == "claim" and d.unit == "minute"]


def test_december_call_is_its_own_cluster_with_no_discrepancies():
    december = next(c for c in _seed_clusters() if c.date == date(2021, 12, 14))
    assert december.outlets == ("Unattributed (fr) · 003",)
    assert december.label == "Macron–Putin phone call"
    assert december.discrepancies == ()


def _pair(first: dict, second: dict) -> Cluster:
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


def _q(value, text, unit="minute", approximate=False, qualifier=None):
    return dict(value=value, unit=unit, text=text, approximate=approximate, qualifier=qualifier)


# (first figure, second figure, flagged?) — the rounding rules of a quantity disagreement
FIGURES = [
    (_q(120, "almost two hours", approximate=True, qualifier="almost"), _q(105, "1 h 45"), True),
    (
        _q(2000, "around 2,000 people", "person", True, "around"),
        _q(2000, "2,000 people", "person"),
        False,
    ),
    (
        _q(2000, "environ 2 000 personnes", "person", True, "environ"),
        _q(1900, "1 900 personnes", "person"),
        False,
    ),
    (_q(50, "50 migrants", "person"), _q(50, "50 migrants", "person"), False),
    (_q(50, "50 migrants", "person"), _q(60, "60 migrants", "person"), True),
    (
        _q(2000, "more than 2,000", "person", qualifier="more than"),
        _q(2500, "2,500", "person"),
        False,
    ),
    (_q(10, "at least 10 dead", "death", qualifier="at least"), _q(8, "huit morts", "death"), True),
    (_q(120, "deux heures"), _q(119, "119 minutes"), False),
]


@pytest.mark.parametrize(("first", "second", "flagged"), FIGURES)
def test_quantity_disagreement_beyond_rounding(first, second, flagged):
    cluster = _pair({"quantities": [first]}, {"quantities": [second]})
    quantity = [d for d in cluster.discrepancies if d.kind == "quantity"]
    assert bool(quantity) == flagged
    if flagged:
        assert quantity[0].values == {"Outlet A": first["text"], "Outlet B": second["text"]}


def test_date_disagreement_names_both_outlets_and_their_words():
    names = ["borrell_makei", "borrell_makei_monday"]
    clusters = cluster_events(_frame(names))[1]
    assert len(clusters) == 1
    cluster = clusters[0]
    assert (cluster.date, cluster.date_end) == (date(2021, 11, 14), date(2021, 11, 15))
    dates = [d for d in cluster.discrepancies if d.kind == "date"]
    assert len(dates) == 1
    assert dates[0].values == {"France 24": "2021-11-14", "Euronews": "2021-11-15"}
    assert "France 24 says 14 November 2021 (“Sunday, November 14”)" in dates[0].detail
    assert "Euronews says 15 November 2021 (“Monday”)" in dates[0].detail


def test_publication_dated_report_is_not_a_date_claim():
    cluster = _pair({"date": "2021-11-15"}, {"date": "2021-11-16", "dated_by": "publication"})
    assert not [d for d in cluster.discrepancies if d.kind == "date"]


def test_claim_only_one_outlet_makes():
    cluster = _pair(
        {"quantities": [_q(120, "almost two hours", approximate=True, qualifier="almost")]},
        {"actors": [*MACRON_PUTIN, "Alexander Lukashenko"]},
    )
    claims = {d.detail for d in cluster.discrepancies if d.kind == "claim"}
    assert "Only Outlet A gives a duration: “almost two hours”" in claims
    assert any(c.startswith("Only Outlet B mentions Alexander Lukashenko") for c in claims)


def test_cluster_ids_stable_across_runs_and_input_order():
    names = list(EVENTS)
    frame = _frame(names)
    first_frame, first = cluster_events(frame)
    shuffled = frame.sample(frac=1.0, random_state=3).reset_index(drop=True)
    second_frame, second = cluster_events(shuffled)
    assert [c.to_json() for c in first] == [c.to_json() for c in second]
    assert dict(zip(first_frame["event_id"], first_frame["cluster_id"], strict=True)) == dict(
        zip(second_frame["event_id"], second_frame["cluster_id"], strict=True)
    )
    for cluster in first:
        assert cluster.cluster_id == cluster_id_for(cluster.event_ids)


def test_every_row_gets_a_cluster_and_clusters_partition_the_events():
    frame = _frame(list(EVENTS))
    clustered, clusters = cluster_events(frame)
    assert clustered["cluster_id"].notna().all()
    assert frame["cluster_id"].isna().all(), "the input frame is not modified"
    assert sorted(e for c in clusters for e in c.event_ids) == sorted(frame["event_id"])
    assert set(clustered["cluster_id"]) == {c.cluster_id for c in clusters}
    dated = [c.date for c in clusters if c.date is not None]
    assert dated == sorted(dated)


def test_no_chaining_across_more_than_one_day():
    rows = [
        dict(
            outlet=f"Outlet {day}",
            date=f"2021-11-{day}",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence=f"Macron and Putin spoke by phone ({day}).",
        )
        for day in (14, 15, 16)
    ]
    clustered, _ = cluster_events(make_events(rows))
    by_outlet = dict(zip(clustered["outlet"], clustered["cluster_id"], strict=True))
    assert by_outlet["Outlet 14"] != by_outlet["Outlet 16"]


@pytest.mark.parametrize(
    ("other", "merges"),
    [
        (dict(date="2021-11-15", date_end="2021-11-21", precision="week"), True),
        (dict(date="2021-11-22", date_end="2021-11-28", precision="week"), False),
        (dict(date="2021-01-01", date_end="2021-12-31", precision="year"), False),
        (dict(date=None, date_end=None), False),
    ],
)
def test_coarse_and_missing_dates_respect_precision(other, merges):
    rows = [
        dict(
            outlet="Outlet A",
            date="2021-11-15",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron and Putin spoke by phone on Monday.",
        ),
        dict(
            outlet="Outlet B",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron and Putin spoke by phone this week.",
            **other,
        ),
    ]
    clusters = cluster_events(make_events(rows))[1]
    assert (len(clusters) == 1) == merges


def test_background_events_cluster_only_with_each_other():
    election = dict(
        date="2020-08-09",
        event_type="other",
        actors=["Alexander Lukashenko"],
        places=["Belarus"],
        sentence="Lukashenko claimed victory in the election.",
    )
    rows = [
        {**election, "outlet": "Outlet A", "background": True},
        {**election, "outlet": "Outlet B", "background": True},
        {**election, "outlet": "Outlet C", "background": False},
    ]
    clustered, _ = cluster_events(make_events(rows))
    by_outlet = dict(zip(clustered["outlet"], clustered["cluster_id"], strict=True))
    assert by_outlet["Outlet A"] == by_outlet["Outlet B"] != by_outlet["Outlet C"]


@pytest.mark.parametrize(
    ("second", "merges"),
    [
        # The same article telling one call over two sentences: "the pair" names no one.
        (
            dict(
                actors=[],
                sentence="The pair spoke on the phone for almost two hours.",
                dated_by="narrative",
            ),
            True,
        ),
        # ...and a different call on the same day in the same article.
        (
            dict(
                actors=["Alexander Lukashenko", "Angela Merkel"],
                sentence="Lukashenko and Merkel talked by phone.",
                dated_by="narrative",
            ),
            False,
        ),
    ],
)
def test_events_of_one_article(second, merges):
    first = dict(
        outlet="The Independent",
        article_id="000",
        date="2021-11-15",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="Macron had spoken to his Russian counterpart Putin.",
    )
    rows = [first, {**first, "start": 200, **second}]
    clusters = cluster_events(make_events(rows))[1]
    assert (len(clusters) == 1) == merges


def test_passage_lets_an_unnamed_sentence_meet_other_outlets():
    rows = [
        dict(
            outlet="The Independent",
            article_id="000",
            date="2021-11-15",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron had spoken to his Russian counterpart Putin.",
        ),
        dict(
            outlet="The Independent",
            article_id="000",
            start=200,
            date="2021-11-15",
            event_type="diplomacy",
            actors=["Élysée Palace"],
            dated_by="narrative",
            sentence="The pair spoke on the phone for almost two hours, the Elysee Palace said.",
            quantities=[_q(120, "almost two hours", approximate=True, qualifier="almost")],
        ),
        EVENTS["rfi_call"],
    ]
    clusters = cluster_events(make_events(rows))[1]
    assert len(clusters) == 1
    assert clusters[0].label == "Macron–Putin phone call"  # the Élysée is a voice, not a party
    assert [d.kind for d in clusters[0].discrepancies] == ["quantity"]


@pytest.mark.parametrize(
    ("actors", "places", "event_type", "label"),
    [
        (MACRON_PUTIN, [], "diplomacy", "Macron–Putin talks"),
        (["European Union"], ["Belarus"], "sanctions", "European Union sanctions"),
        ([], ["Kuźnica"], "clash", "Kuźnica clash"),
        ([], [], "border_crossing", "Border crossing"),
        (["Iraqi Airways"], ["Minsk"], "repatriation", "Iraqi Airways repatriation"),
    ],
)
def test_labels(actors, places, event_type, label):
    frame = make_events(
        [
            dict(
                date="2021-11-15",
                actors=actors,
                places=places,
                event_type=event_type,
                sentence="Something happened.",
            )
        ]
    )
    assert cluster_events(frame)[1][0].label == label


def test_json_round_trip_and_iso_dates():
    for cluster in _seed_clusters():
        record = cluster.to_json()
        assert set(record) >= {
            "cluster_id",
            "label",
            "date",
            "date_end",
            "event_type",
            "events",
            "outlets",
            "first_outlet",
            "first_published",
            "discrepancies",
        }
        assert record["date"] in {"2021-11-15", "2021-12-14"}
        assert Cluster.from_json(record) == cluster


def test_empty_table():
    clustered, clusters = cluster_events(make_events([]))
    assert clusters == [] and clustered.empty and "cluster_id" in clustered.columns


def test_large_synthetic_table_clusters_each_happening_once():
    # Not a timing test: a sanity check that blocking finds every report of a happening.
    rng = random.Random(5)
    rows = []
    for happening in range(200):
        day = date(2021, 11, 1 + happening % 28)
        actors = [f"Person{happening} Name", f"Person{happening + 1000} Name"]
        for report in range(3):
            rows.append(
                dict(
                    outlet=f"Outlet {report}",
                    article_id=f"a{happening}-{report}",
                    date=day,
                    event_type=rng.choice(["diplomacy", "statement"]),
                    actors=actors,
                    sentence=f"Talks number {happening} report {report}.",
                )
            )
    clustered, clusters = cluster_events(make_events(rows))
    assert len(clusters) == 200
    assert all(len(c.outlets) == 3 for c in clusters)
