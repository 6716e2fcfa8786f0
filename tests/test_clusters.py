"""crisis_timeline.clusters: the entry point and the Cluster record.

Every row gets a cluster, ids are stable, the records round-trip through JSON, and the
seeds' two Macron–Putin calls come out as two stories. The steps have their own files:
test_cluster_features.py, test_cluster_matching.py, test_cluster_labels.py,
test_cluster_disagreements.py.
"""

from __future__ import annotations

import random
from datetime import date

from crisis_timeline.clusters import Cluster, cluster_events, cluster_id_for
from tests.cluster_cases import EVENTS, named_frame, seed_clusters
from tests.event_factory import make_events


def test_seed_call_cluster_names_outlets_first_reporter_and_label():
    november = next(c for c in seed_clusters() if c.date == date(2021, 11, 15))
    assert november.label == "Macron and Putin speak by phone"
    assert november.event_type == "diplomacy"
    assert set(november.outlets) == {"The Independent", "RFI", "Unattributed (fr) · 004"}
    assert november.outlets[-1] == "RFI"  # published a day later
    assert november.first_published == date(2021, 11, 15)
    # Tied on 15 November: the outlet whose date comes from metadata is named first.
    assert november.first_outlets == ("The Independent", "Unattributed (fr) · 004")
    assert november.first_outlet == "The Independent"
    assert (november.date, november.date_end) == (date(2021, 11, 15), date(2021, 11, 15))


def test_december_call_is_its_own_cluster_with_no_discrepancies():
    december = next(c for c in seed_clusters() if c.date == date(2021, 12, 14))
    assert december.outlets == ("Unattributed (fr) · 003",)
    assert december.label == "Macron and Putin speak by phone"
    assert december.discrepancies == ()


def test_cluster_ids_stable_across_runs_and_input_order():
    names = list(EVENTS)
    frame = named_frame(names)
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
    frame = named_frame(list(EVENTS))
    clustered, clusters = cluster_events(frame)
    assert clustered["cluster_id"].notna().all()
    assert frame["cluster_id"].isna().all(), "the input frame is not modified"
    assert sorted(e for c in clusters for e in c.event_ids) == sorted(frame["event_id"])
    assert set(clustered["cluster_id"]) == {c.cluster_id for c in clusters}
    dated = [c.date for c in clusters if c.date is not None]
    assert dated == sorted(dated)


def test_json_round_trip_and_iso_dates():
    for cluster in seed_clusters():
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
