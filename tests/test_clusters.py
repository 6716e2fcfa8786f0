"""Clusters: the same happening across outlets and languages, and where the outlets differ.

Scenarios are built by hand from the seeds (tests/event_factory.py fills the other columns);
each row of SCENARIOS names the events it feeds in and which must share a cluster or not.
"""

from __future__ import annotations

import random
from datetime import date

import pandas as pd
import pytest

from crisis_timeline.clusters import (
    Cluster,
    Discrepancy,
    cluster_events,
    cluster_id_for,
    concepts,
)
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


# --------------------------------------------------------------------------------------
# Cross-outlet and cross-language rules (one row per rule, both languages, each with a
# case that must merge and one that must not)
# --------------------------------------------------------------------------------------

MERKEL_LUKASHENKO = ["Angela Merkel", "Alexander Lukashenko"]


def _background_talks(count: int) -> dict[str, dict]:
    """Daily talks between envoys in December: corpus statistics as in a real run, where
    "talks" is everywhere and a repatriation flight or a parliament vote is rare."""
    return {
        f"talks_{n}": dict(
            date=f"2021-12-{1 + n % 28:02d}",
            event_type="diplomacy",
            actors=[f"Envoy{n} Name", f"Envoy{n + 1000} Name"],
            sentence=f"Envoy{n} and Envoy{n + 1000} talked on the phone.",
        )
        for n in range(count)
    }


def _by_name(rows: dict[str, dict]) -> dict[str, str]:
    """Cluster named rows (each gets its own article unless it says otherwise)."""
    built = {
        name: make_event(**{"article_id": f"art-{name}", "outlet": f"Outlet {name}", **row})
        for name, row in rows.items()
    }
    clustered, _ = cluster_events(make_events(list(built.values())))
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return {name: by_event[row["event_id"]] for name, row in built.items()}


RULES = [
    (
        "fr/en: a visit typed `other` whose words say 'rencontré' meets a visit report",
        {
            "fr_other": dict(
                language="fr",
                date="2021-11-09",
                event_type="other",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Le Premier ministre Mateusz Morawiecki s'est rendu mardi à Kuźnica, "
                "où il a rencontré des soldats.",
            ),
            "en_visit": dict(
                date="2021-11-09",
                event_type="diplomacy",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Prime Minister Mateusz Morawiecki visited troops near Kuźnica on "
                "Tuesday.",
            ),
            # Same day and place, nothing in its words of a visit: another happening.
            "en_clash": dict(
                date="2021-11-09",
                event_type="clash",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Morawiecki said stones were thrown at police officers near Kuźnica "
                "on Tuesday.",
            ),
        },
        [["fr_other", "en_visit"]],
        [("en_visit", "en_clash"), ("fr_other", "en_clash")],
    ),
    (
        "en/fr: the same two people on one day merge whatever the types; one person does not",
        {
            "en_agreed": dict(
                date="2021-11-15",
                event_type="border_crossing",
                actors=MACRON_PUTIN,
                places=["Belarus–Poland border"],
                sentence="Macron and Putin have agreed on de-escalating tensions on the "
                "Belarus-Poland border where migrants have been massing.",
            ),
            "fr_call": dict(
                language="fr",
                date="2021-11-15",
                event_type="diplomacy",
                actors=MACRON_PUTIN,
                sentence="Emmanuel Macron s'est entretenu lundi par téléphone avec Vladimir "
                "Poutine.",
            ),
            "en_one_shared": dict(
                date="2021-11-15",
                event_type="border_crossing",
                actors=["Vladimir Putin", "Alexander Lukashenko"],
                places=["Belarus–Poland border"],
                sentence="Putin and Lukashenko watched migrants massing on the Belarus-Poland "
                "border on Monday.",
            ),
        },
        [["en_agreed", "fr_call"]],
        [("en_one_shared", "fr_call")],
    ),
    (
        "en/fr: 'the Kuźnica crossing' and 'Kuźnica' are one place; two villages are two",
        {
            "en_crossing": dict(
                date="2021-11-16",
                event_type="clash",
                actors=["Polish Border Guard"],
                places=["Kuźnica–Bruzgi crossing"],
                sentence="Polish forces fired water cannon at migrants throwing stones at the "
                "Bruzgi-Kuznica crossing on Tuesday.",
            ),
            "fr_village": dict(
                language="fr",
                date="2021-11-16",
                event_type="clash",
                places=["Kuźnica"],
                sentence="Des canons à eau ont été utilisés mardi contre des migrants qui "
                "lançaient des pierres près de Kuźnica.",
            ),
            "en_dubicze": dict(
                date="2021-11-18",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Dubicze Cerkiewne"],
                sentence="Migrants tried to force their way across the frontier near "
                "Dubicze Cerkiewne, border guards said.",
            ),
            "fr_czeremcha": dict(
                language="fr",
                date="2021-11-19",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Czeremcha"],
                sentence="Les gardes-frontières polonais ont fait état de nouvelles tentatives "
                "de passage près de Czeremcha.",
            ),
        },
        [["en_crossing", "fr_village"]],
        [("en_dubicze", "fr_czeremcha")],
    ),
    (
        "en/fr: the Red Cross's aid in Latvia from two outlets merges; its aid in Poland does not",
        {
            "en_latvia": dict(
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Latvia"],
                sentence="The ICRC delivered tents and food to migrants in Latvia on Friday.",
            ),
            "fr_latvia": dict(
                language="fr",
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Latvia"],
                sentence="Le CICR a distribué vendredi des tentes et de la nourriture aux "
                "migrants en Lettonie.",
            ),
            "fr_poland": dict(
                language="fr",
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Poland"],
                sentence="Le CICR a distribué vendredi des tentes et de la nourriture aux "
                "migrants en Pologne.",
            ),
        },
        [["en_latvia", "fr_latvia"]],
        [("en_latvia", "fr_poland"), ("fr_latvia", "fr_poland")],
    ),
    (
        "en/fr: an Iraqi spokesman and a flight to Erbil share Iraq; a flight to Turkey does not",
        {
            "en_spokesman": dict(
                date="2021-11-18",
                event_type="repatriation",
                actors=["Ahmed al-Sahaf"],
                sentence="Foreign ministry spokesman Ahmed al-Sahaf said the country will carry "
                "out its first repatriation flight on Thursday.",
            ),
            "fr_landing": dict(
                language="fr",
                date="2021-11-18",
                event_type="repatriation",
                actors=["Iraqi Airways"],
                places=["Erbil"],
                sentence="Le premier vol de rapatriement d'Iraqi Airways a atterri jeudi soir "
                "à Erbil.",
            ),
            "en_turkey": dict(
                date="2021-11-18",
                event_type="repatriation",
                actors=["Turkish Airlines"],
                places=["Istanbul"],
                sentence="Turkish Airlines said a repatriation flight would leave Istanbul on "
                "Thursday.",
            ),
            # Sixty other reports: a repatriation flight is rare enough to block on.
            **_background_talks(60),
        },
        [["en_spokesman", "fr_landing"]],
        [("en_turkey", "fr_landing"), ("en_turkey", "en_spokesman")],
    ),
    (
        "en/fr: reports naming no one meet through what happened (a parliament vote)",
        {
            "en_vote": dict(
                date="2021-09-06",
                event_type="other",
                sentence="Parliament must approve the emergency within 48 hours; a vote is "
                "expected on Monday.",
            ),
            "fr_vote": dict(
                language="fr",
                date="2021-09-06",
                event_type="other",
                sentence="Les députés polonais doivent se prononcer lundi sur le décret.",
            ),
            "fr_pushback": dict(
                language="fr",
                date="2021-09-06",
                event_type="border_crossing",
                sentence="Des migrants ont été refoulés lundi vers la Biélorussie.",
            ),
        },
        [["en_vote", "fr_vote"]],
        [("fr_vote", "fr_pushback"), ("en_vote", "fr_pushback")],
    ),
    (
        "en/fr: two shared concepts anchor reports whose actors differ; one does not",
        {
            "en_suspension": dict(
                date="2021-08-06",
                event_type="other",
                actors=["European Commission"],
                sentence="The Commission welcomed that Iraq suspended its flights on Friday.",
            ),
            "fr_suspension": dict(
                language="fr",
                date="2021-08-06",
                event_type="other",
                actors=["Gabrielius Landsbergis"],
                sentence="Gabrielius Landsbergis a salué vendredi la suspension des vols.",
            ),
            "fr_exports": dict(
                language="fr",
                date="2021-08-06",
                event_type="other",
                actors=["Ylva Johansson"],
                sentence="Ylva Johansson a annoncé vendredi la suspension des exportations.",
            ),
        },
        [["en_suspension", "fr_suspension"]],
        [("en_suspension", "fr_exports"), ("fr_suspension", "fr_exports")],
    ),
    (
        "en/fr: a report naming no one finds its happening by a concept too common to block on,"
        " not by one that every day has",
        {
            "en_december": dict(
                date="2021-12-01",
                date_end="2021-12-31",
                precision="month",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Poland", "Belarus"],
                sentence="In December, Polish border guards recorded about 1,700 attempts to "
                "cross illegally from Belarus.",
            ),
            "fr_december": dict(
                language="fr",
                date="2021-12-01",
                date_end="2021-12-31",
                precision="month",
                event_type="border_crossing",
                sentence="En décembre, les gardes-frontières ont enregistré environ 1 700 "
                "tentatives de passage.",
            ),
            "en_august": dict(
                date="2021-08-01",
                date_end="2021-08-31",
                precision="month",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Poland"],
                sentence="In August, border guards recorded 3,500 attempts to cross.",
            ),
            # Talks every day: "talks" is in most events, so it anchors nothing on its own;
            # "crossing" (3 of 31) is distinctive but too common to be a blocking key.
            **_background_talks(27),
            "fr_unnamed_talk": dict(
                language="fr",
                date="2021-12-15",
                event_type="diplomacy",
                sentence="Des migrants ont parlé au téléphone avec des journalistes.",
            ),
        },
        [["en_december", "fr_december"]],
        [
            ("fr_december", "en_august"),
            ("en_december", "en_august"),
            ("fr_unnamed_talk", "talks_14"),
            ("fr_unnamed_talk", "talks_13"),
        ],
    ),
]


@pytest.mark.parametrize(("case", "rows", "together", "apart"), RULES, ids=[r[0] for r in RULES])
def test_cross_outlet_rules(case, rows, together, apart):
    cluster_of = _by_name(rows)
    for group in together:
        assert len({cluster_of[name] for name in group}) == 1, (case, group)
    for left, right in apart:
        assert cluster_of[left] != cluster_of[right], (case, left, right)


@pytest.mark.parametrize(
    ("lang", "text", "present", "absent"),
    [
        ("en", "The pair spoke on the phone for almost two hours", {"talks", "call"}, set()),
        ("fr", "lors d'un entretien téléphonique avec Poutine", {"talks", "call"}, set()),
        ("fr", "Merkel s'est de nouveau entretenue avec Loukachenko", {"talks"}, set()),
        ("fr", "430 Irakiens ont été rapatriés jeudi", {"repatriation"}, set()),
        ("en", "Border guards turned back 40 migrants", {"pushback"}, set()),
        ("fr", "Les migrants ont été refoulés vers la Biélorussie", {"pushback"}, set()),
        ("en", "The zone stays closed until March", {"closure"}, {"march"}),
        ("en", "Migrants marched towards the Kuźnica crossing", {"march", "checkpoint"}, set()),
        ("fr", "Une colonne de migrants marchant le long de la route", {"march"}, set()),
        ("fr", "Les députés doivent se prononcer lundi", {"parliament", "vote"}, set()),
    ],
)
def test_concept_keys_are_shared_across_languages(lang, text, present, absent):
    found = concepts(text, lang)
    assert present <= found, found
    assert not absent & found, found


def _article(article_id: str, outlet: str, lang: str, sentences: list[dict]) -> list[dict]:
    """Rows of one article, 100 characters apart, in the order given."""
    return [
        {"article_id": article_id, "outlet": outlet, "language": lang, "start": 100 * n, **row}
        for n, row in enumerate(sentences)
    ]


def _cluster_ids(rows: list[dict]) -> list[str]:
    clustered, _ = cluster_events(make_events(rows))
    by_event = dict(zip(clustered["event_id"], clustered["cluster_id"], strict=True))
    return [by_event[make_event(**row)["event_id"]] for row in rows]


@pytest.mark.parametrize(
    ("lang", "wednesday", "monday", "other_lang", "other"),
    [
        (
            "fr",
            "Mercredi, Angela Merkel s'est de nouveau entretenue avec Alexandre Loukachenko.",
            "Lundi, les deux dirigeants avaient parlé pendant une cinquantaine de minutes.",
            "en",
            "Merkel and Lukashenko talked by phone on Monday.",
        ),
        (
            "en",
            "On Wednesday, Merkel spoke again by phone with Lukashenko.",
            "On Monday, the two leaders had talked for 50 minutes.",
            "fr",
            "Lundi, Angela Merkel a parlé au téléphone avec Alexandre Loukachenko.",
        ),
    ],
)
def test_the_two_leaders_on_another_day_are_the_previous_sentence_people(
    lang, wednesday, monday, other_lang, other
):
    rows = _article(
        "a",
        "Outlet A",
        lang,
        [
            dict(
                date="2021-11-17",
                event_type="diplomacy",
                actors=MERKEL_LUKASHENKO,
                sentence=wednesday,
            ),
            dict(date="2021-11-15", event_type="diplomacy", dated_by="narrative", sentence=monday),
        ],
    ) + [
        dict(
            article_id="b",
            outlet="Outlet B",
            language=other_lang,
            date="2021-11-15",
            event_type="diplomacy",
            actors=MERKEL_LUKASHENKO,
            sentence=other,
        )
    ]
    wednesday_call, monday_call, other_report = _cluster_ids(rows)
    assert monday_call == other_report
    assert wednesday_call != other_report


@pytest.mark.parametrize(
    ("lang", "call", "lasted", "other_people", "other_lang", "other"),
    [
        (
            "en",
            "Merkel spoke by telephone with Lukashenko for a second time on Wednesday.",
            "The call lasted about 50 minutes, according to BelTA, which said the two agreed "
            "to raise the problem with the European Union.",
            "The call was criticised by Polish President Andrzej Duda.",
            "fr",
            "Mercredi, Angela Merkel s'est entretenue au téléphone avec Alexandre Loukachenko.",
        ),
        (
            "fr",
            "Mercredi, Angela Merkel s'est entretenue au téléphone avec Alexandre Loukachenko.",
            "L'entretien a duré une cinquantaine de minutes, selon BelTA, qui évoque une "
            "discussion avec l'Union européenne.",
            "L'entretien a été critiqué par le président polonais Andrzej Duda.",
            "en",
            "Merkel spoke by telephone with Lukashenko for a second time on Wednesday.",
        ),
    ],
)
def test_an_opener_that_refers_back_carries_the_passage_on(
    lang, call, lasted, other_people, other_lang, other
):
    rows = _article(
        "a",
        "Outlet A",
        lang,
        [
            dict(
                date="2021-11-17", event_type="diplomacy", actors=MERKEL_LUKASHENKO, sentence=call
            ),
            dict(
                date="2021-11-17",
                event_type="diplomacy",
                dated_by="narrative",
                actors=["BelTA", "European Union"],
                sentence=lasted,
                quantities=[_q(50, "50 minutes", approximate=True, qualifier="about")],
            ),
            dict(
                date="2021-11-17",
                event_type="statement",
                dated_by="narrative",
                actors=["Andrzej Duda"],
                sentence=other_people,
            ),
        ],
    ) + [
        dict(
            article_id="b",
            outlet="Outlet B",
            language=other_lang,
            date="2021-11-17",
            event_type="diplomacy",
            actors=MERKEL_LUKASHENKO,
            sentence=other,
        )
    ]
    call_id, lasted_id, criticism_id, other_id = _cluster_ids(rows)
    assert call_id == lasted_id == other_id
    assert criticism_id != call_id


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
    call_id, election_id, other_id = _cluster_ids(rows)
    assert election_id == other_id
    assert call_id != other_id


def test_same_two_people_in_one_article_are_one_happening_whatever_the_types():
    rows = _article(
        "rfi",
        "RFI",
        "en",
        [
            dict(
                date="2021-11-15",
                dated_by="narrative",
                event_type="border_crossing",
                actors=MACRON_PUTIN,
                places=["Belarus–Poland border"],
                sentence="Macron and his Russian counterpart Putin have agreed on de-escalating "
                "tensions on the Belarus-Poland border where migrants have been massing.",
            ),
            dict(
                date="2021-11-15",
                event_type="diplomacy",
                actors=MACRON_PUTIN,
                sentence=EVENTS["rfi_call"]["sentence"],
            ),
            dict(
                date="2021-11-15",
                event_type="border_crossing",
                places=["Belarus–Poland border"],
                sentence="Hundreds of migrants massed at the Belarus-Poland border on Monday.",
            ),
        ],
    )
    agreed, call, massing = _cluster_ids(rows)
    assert agreed == call
    assert massing != call


@pytest.mark.parametrize(
    ("lang", "sentence", "label"),
    [
        ("en", "Duda signed a decree imposing a state of emergency.", "Duda state of emergency"),
        (
            "fr",
            "Andrzej Duda a décrété l'état d'urgence à la frontière.",
            "Duda state of emergency",
        ),
        ("fr", "Loukachenko a été réélu lors d'un scrutin contesté.", "Lukashenko election"),
        ("en", "Duda met his ministers.", "Duda event"),
    ],
)
def test_labels_of_other_happenings_name_what_happened(lang, sentence, label):
    actor = "Alexander Lukashenko" if "Loukachenko" in sentence else "Andrzej Duda"
    frame = make_events(
        [
            dict(
                language=lang,
                date="2021-09-02",
                event_type="other",
                actors=[actor],
                sentence=sentence,
            )
        ]
    )
    assert cluster_events(frame)[1][0].label == label


# --------------------------------------------------------------------------------------
# The dense benchmark's scoring (benchmarks/clusters.py --dense)
# --------------------------------------------------------------------------------------


def _gold(happening: str, kind: str, start: int, text: str):
    from benchmarks.generate_corpus import GoldSentence

    return GoldSentence(happening, kind, start, start + len(text), text)


DENSE_GOLD = {
    "A": (
        _gold("H1", "event", 0, "On Monday, migrants marched to Kuźnica."),
        _gold("H2", "quote", 41, "“We will defend our border,” Duda said on Tuesday."),
    ),
    "B": (_gold("H1", "event", 10, "Migrants marched to Kuźnica on Monday."),),
    "C": (_gold("H2", "quote", 0, "“We will defend our border,” Duda said on Tuesday."),),
    # One quote told twice about two happenings: only the offset tells them apart.
    "D": (
        _gold("H1", "quote", 0, "“It is a hybrid attack,” Kamiński said."),
        _gold("H2", "quote", 100, "“It is a hybrid attack,” Kamiński said."),
    ),
}


def _dense_frame(rows: list[tuple[str, str, str, int, str | None]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["event_id", "article_id", "sentence", "start", "cluster_id"])


def test_dense_labels_take_the_happening_of_the_sentence_holding_the_event():
    from benchmarks.clusters import dense_labels

    frame = _dense_frame(
        [
            ("a1", "A", "On Monday, migrants marched to Kuźnica.", 0, "c1"),
            ("a2", "A", "“We will defend our border,”", 41, "c2"),  # a split-off part
            ("a3", "A", "Lukashenko won the election in August 2020.", 300, "c1"),  # unlabelled
            ("b1", "B", "Migrants  marched to\nKuźnica on Monday.", 10, "c1"),  # whitespace
            ("d1", "D", "“It is a hybrid attack,” Kamiński said.", 100, "c3"),
            ("d2", "D", "“It is a hybrid attack,” Kamiński said.", 500, "c3"),  # ambiguous
            ("e1", "E", "On Monday, migrants marched to Kuźnica.", 0, "c1"),  # no gold article
            ("x1", "C", "“We will defend our border,” Duda said on Tuesday.", 0, None),
        ]
    )
    assert dense_labels(frame, DENSE_GOLD) == [
        ("c1", "H1", "event"),
        ("c2", "H2", "quote"),
        ("c1", "H1", "event"),
        ("c3", "H2", "quote"),
        ("singleton:x1", "H2", "quote"),
    ]


def test_dense_scores_on_a_hand_made_clustering():
    from benchmarks.clusters import dense_labels, dense_scores

    frame = _dense_frame(
        [
            ("a1", "A", "On Monday, migrants marched to Kuźnica.", 0, "c1"),
            ("a2", "A", "“We will defend our border,” Duda said on Tuesday.", 41, "c2"),
            ("b1", "B", "Migrants marched to Kuźnica on Monday.", 10, "c1"),
            ("x1", "C", "“We will defend our border,” Duda said on Tuesday.", 0, "c1"),  # wrong
            ("x2", "C", "“We will defend our border,” Duda said on Tuesday.", 0, None),
        ]
    )
    # Clusters: c1 = {H1, H1, H2}, c2 = {H2}, singleton = {H2}.
    # Purity (2 + 1 + 1) / 5; inverse purity (2 + 1) / 5.
    # B-cubed precision (2/3 + 2/3 + 1/3 + 1 + 1) / 5 = 0.733; recall (1 + 1 + 3 * 1/3) / 5
    # = 0.6; F1 = 2PR / (P + R) = 0.66.
    scores = dense_scores(dense_labels(frame, DENSE_GOLD))
    assert scores == {
        "events_scored": 5,
        "predicted_clusters": 3,
        "gold_happenings": 2,
        "purity": 0.8,
        "inverse_purity": 0.6,
        "bcubed_precision": 0.733,
        "bcubed_recall": 0.6,
        "bcubed_f1": 0.66,
    }


def test_a_disagreement_groups_outlets_by_what_they_say():
    """Three outlets, two figures: the two that agree (in different words and languages)
    form one group, the larger first; the JSON round trip keeps the groups."""
    base = dict(event_type="diplomacy", actors=MACRON_PUTIN, date="2021-11-15")
    frame = make_events(
        [
            {
                **base,
                "outlet": "Outlet A",
                "published": "2021-11-15",
                "sentence": "Macron and Putin spoke for two hours.",
                "quantities": [_q(120, "two hours")],
            },
            {
                **base,
                "outlet": "Outlet B",
                "published": "2021-11-16",
                "sentence": "Putin and Macron talked for 90 minutes.",
                "quantities": [_q(90, "90 minutes")],
            },
            {
                **base,
                "outlet": "Outlet C",
                "published": "2021-11-17",
                "sentence": "Macron et Poutine ont parlé deux heures.",
                "quantities": [_q(120, "deux heures")],
            },
            {  # gives both figures: counted under each
                **base,
                "outlet": "Outlet D",
                "published": "2021-11-18",
                "sentence": "Macron and Putin talked for 90 minutes, or two hours by another count.",
                "quantities": [_q(90, "90 minutes"), _q(120, "two hours")],
            },
        ]
    )
    (cluster,) = cluster_events(frame)[1]
    (duration,) = [d for d in cluster.discrepancies if d.kind == "quantity"]
    assert [(g.value, g.outlets, g.words) for g in duration.groups] == [
        ("120 min", ("Outlet A", "Outlet C", "Outlet D"), "two hours"),
        ("90 min", ("Outlet B", "Outlet D"), "90 minutes"),
    ]
    assert Discrepancy.from_json(duration.to_json()) == duration
    # a record stored before groups existed still reads, without them
    old = {k: v for k, v in duration.to_json().items() if k != "groups"}
    assert Discrepancy.from_json(old).groups == ()


def test_seed_date_disagreement_groups_quote_each_outlets_words():
    (cluster,) = cluster_events(_frame(["borrell_makei", "borrell_makei_monday"]))[1]
    (dates,) = [d for d in cluster.discrepancies if d.kind == "date"]
    assert [(g.value, g.outlets, g.words) for g in dates.groups] == [
        ("14 November 2021", ("France 24",), "“Sunday, November 14”"),
        ("15 November 2021", ("Euronews",), "“Monday”"),
    ]


def test_every_unit_the_figures_can_have_is_named_in_disagreements():
    """A unit missing from UNIT_DISPLAY showed as "Kilometre: ... (100 kilometre)"."""
    from crisis_timeline.cluster_lexicon import UNIT_DISPLAY
    from crisis_timeline.quantity_lexicon import CURRENCY_PREFIXES, UNITS

    units = {unit for table in UNITS.values() for unit, _ in table.values()}
    assert units | set(CURRENCY_PREFIXES.values()) <= set(UNIT_DISPLAY)
