"""The same happening across outlets and languages: `cluster_events` and the `Cluster` record.

Reads: the event table (event_id, article_id, outlet, language, published, date, date_end,
precision, event_type, actors, places, quantities, background, sentence, trigger, dated_by).
Adds: cluster_id on every row, and a `Cluster` record per happening with a human label,
its date (a range when outlets differ), who reported it first, and the discrepancies
between outlets (quantities, dates, claims only one outlet makes).

No translation service: cross-language matching goes through language-neutral keys. One
module per step, in the order cluster_events runs them:

1. features.py       what each event is matched on: actors (voices left out), places with
                     their parts and countries, content words, concept keys, units; the
                     date's own clause when the sentence holds more than one happening
2. passages.py       consecutive events of one article telling one happening are joined
                     first and share their participants ("The pair spoke ...")
3. candidates.py     blocking: only events sharing a key in overlapping date windows are
                     compared, never all pairs
4. scoring.py        the pair score: a weighted mean of shared evidence, with anchors and
                     penalties
5. merging.py        union-find over pairs in descending score, with checks that stop
                     chaining (dates, one article, average linkage)
6. labels.py         each cluster's label ("Macron–Putin phone call") and type;
   disagreements.py  where its outlets differ (`Discrepancy`, `ValueGroup`)

windows.py runs steps 3 to 6 on several local processes (cluster_events(workers=N) on a
big input) or on a Dask cluster (cluster_events(spreader=distributed.DaskMapper)): date
windows searched apart, merging by connected component, the same clusters as one process.

Every number these steps tune is in tuning.py, one table with units and reasons; the
per-language word tables are in crisis_timeline/cluster_lexicon.py, and the text helpers
shared with outlets.py (words, stopwords, concept keys, voices) in text_features.py.

Why a package: the clusterer is one stage of the pipeline with one entry point, but six
steps that each need a page of explanation. A folder keeps them together and in reading
order, while every caller still imports `crisis_timeline.clusters` (cluster_events,
Cluster, Discrepancy, ValueGroup, unit_title, clusters_in_view) and need not know the
steps exist. The records cross every layer typed: the store reads them back with
`Cluster.from_json`, pages read `cluster.discrepancies`, never a dict by key.

Does not: translate, read article text beyond the evidence sentence, or decide which
outlet is right; it shows where they differ.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from crisis_timeline.cells import as_date
from crisis_timeline.clusters.candidates import candidate_pairs
from crisis_timeline.clusters.disagreements import (
    Discrepancy,
    ValueGroup,
    discrepancies,
    outlet_order,
    unit_title,
)
from crisis_timeline.clusters.features import EventFeatures, normalise
from crisis_timeline.clusters.labels import label, majority_type
from crisis_timeline.clusters.merging import Groups
from crisis_timeline.clusters.passages import continuations
from crisis_timeline.clusters.scoring import Scorer
from crisis_timeline.clusters.tuning import CLUSTER_ID_HEX, FINE_PRECISIONS, WINDOWED_MIN_EVENTS
from crisis_timeline.clusters.windows import (
    LocalProcesses,
    Spreader,
    no_cyclic_gc,
    windowed_clusters,
)

__all__ = [
    "Cluster",
    "Discrepancy",
    "Spreader",
    "ValueGroup",
    "cluster_events",
    "cluster_id_for",
    "clusters_in_view",
    "clusters_to_json",
    "unit_title",
]


@dataclass(frozen=True)
class Cluster:
    """One real-world happening and the events (across outlets) that report it."""

    cluster_id: str
    label: str
    date: date | None
    date_end: date | None  # == date when all outlets agree on one day
    event_type: str
    event_ids: tuple[str, ...]
    outlets: tuple[str, ...]  # earliest publisher first
    first_outlet: str | None
    first_published: date | None
    discrepancies: tuple[Discrepancy, ...]
    first_outlets: tuple[str, ...] = ()  # every outlet tied for first_published

    def to_json(self) -> dict[str, Any]:
        """JSON-ready dict with ISO dates (the `clusters` CLI prints a list of these)."""
        return {
            "cluster_id": self.cluster_id,
            "label": self.label,
            "date": _iso(self.date),
            "date_end": _iso(self.date_end),
            "event_type": self.event_type,
            "events": list(self.event_ids),
            "outlets": list(self.outlets),
            "first_outlet": self.first_outlet,
            "first_outlets": list(self.first_outlets),
            "first_published": _iso(self.first_published),
            "discrepancies": [discrepancy.to_json() for discrepancy in self.discrepancies],
        }

    @property
    def iso_date(self) -> str | None:
        """The date as to_json writes it ("2021-11-15"), None when undated."""
        return _iso(self.date)

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Cluster:
        """The inverse of to_json: ISO strings back to dates, lists back to tuples."""
        return cls(
            cluster_id=str(record["cluster_id"]),
            label=str(record.get("label") or ""),
            date=as_date(record.get("date")),
            date_end=as_date(record.get("date_end")),
            event_type=str(record.get("event_type") or "other"),
            event_ids=tuple(record.get("events") or record.get("event_ids") or ()),
            outlets=tuple(record.get("outlets") or ()),
            first_outlet=record.get("first_outlet"),
            first_published=as_date(record.get("first_published")),
            discrepancies=tuple(
                Discrepancy.from_json(d) for d in record.get("discrepancies") or ()
            ),
            first_outlets=tuple(record.get("first_outlets") or ()),
        )


def cluster_events(
    events: pd.DataFrame, *, workers: int = 1, spreader: Spreader | None = None
) -> tuple[pd.DataFrame, list[Cluster]]:
    """Group events reporting the same happening; returns (copy with cluster_id, clusters by date).

    Every row gets a cluster (a singleton when nothing matches). Cluster ids hash the sorted
    member event ids, so they do not depend on row order or on the run. With at least
    WINDOWED_MIN_EVENTS events, the search and the merging run on the `spreader`'s workers
    (a Dask cluster: distributed.DaskMapper) or, without one, on `workers` local
    processes when `workers` > 1 (windows.py); the clusters are the same, exactly.
    """
    result = events.copy()
    if result.empty:
        result["cluster_id"] = pd.Series([], dtype=object)
        return result, []
    if spreader is None and workers > 1:
        spreader = LocalProcesses(workers)
    with no_cyclic_gc():
        return _cluster_frame(result, spreader)


def _cluster_frame(
    result: pd.DataFrame, spreader: Spreader | None
) -> tuple[pd.DataFrame, list[Cluster]]:
    """cluster_events() on its own copy of a non-empty frame."""
    # Work in event_id order so that every tie is broken the same way whatever the input order.
    event_ids = [str(event_id) for event_id in result["event_id"]]
    order = sorted(range(len(result)), key=lambda p: (event_ids[p], p))
    normalised, passages = continuations(normalise(result, order))
    scorer = Scorer(normalised)
    if spreader is not None and len(normalised) >= WINDOWED_MIN_EVENTS:
        built = windowed_clusters(normalised, passages, scorer, spreader, _build_cluster)
    else:
        built = _clusters_here(normalised, passages, scorer)

    clusters: list[Cluster] = []
    cluster_of_position: list[str | None] = [None] * len(result)
    for members, cluster in built:
        clusters.append(cluster)
        for m in members:
            cluster_of_position[order[normalised[m].row]] = cluster.cluster_id
    result["cluster_id"] = pd.Series(cluster_of_position, index=result.index, dtype=object)
    clusters.sort(key=lambda c: (c.date is None, c.date or date.min, c.label, c.cluster_id))
    return result, clusters


def _clusters_here(
    normalised: list[EventFeatures], passages: list[tuple[int, int]], scorer: Scorer
) -> list[tuple[list[int], Cluster]]:
    """(members, Cluster) of each group, found in this process."""
    groups = Groups(normalised, scorer)
    for i, j in passages:
        groups.join(i, j)
    root = groups.root
    # Best score first, ties by position (event_id order).
    for i, j in candidate_pairs(normalised, scorer).ordered():
        if root[i] != root[j]:  # most pairs of a dense corpus: already one group
            groups.try_union(i, j)
    return [
        (members, _build_cluster([normalised[m] for m in sorted(members)]))
        for members in groups.members.values()
    ]


def cluster_id_for(event_ids: Iterable[str]) -> str:
    """Stable id of the cluster holding these events: "c-" + a hash of the sorted ids."""
    digest = hashlib.sha1("\n".join(sorted(event_ids)).encode("utf-8")).hexdigest()
    return f"c-{digest[:CLUSTER_ID_HEX]}"


_BASIS_RANK = {"metadata": 0, "text": 1, "inferred": 2, "unknown": 3}


def _build_cluster(members: list[EventFeatures]) -> Cluster:
    """The Cluster record of one group: dates, first reporter, label, discrepancies."""
    dated = [e for e in members if e.date is not None]
    fine = [e for e in dated if e.precision in FINE_PRECISIONS] or dated
    first_day = min((e.date for e in fine), default=None)
    last_day = max((e.date_end or e.date for e in fine), default=None)

    published = [e for e in members if e.published is not None]
    first_published = min((e.published for e in published), default=None)
    tied = sorted(
        {e.outlet: e for e in published if e.published == first_published}.values(),
        key=lambda e: (_BASIS_RANK.get(e.published_basis, 3), e.outlet),
    )
    first_outlets = tuple(dict.fromkeys(e.outlet for e in tied))

    outlets = tuple(outlet_order(members, {e.outlet for e in members}))
    event_type = majority_type(members)
    return Cluster(
        cluster_id=cluster_id_for(e.event_id for e in members),
        label=label(members, event_type),
        date=first_day,
        date_end=last_day,
        event_type=event_type,
        event_ids=tuple(e.event_id for e in members),
        outlets=outlets,
        first_outlet=first_outlets[0] if first_outlets else None,
        first_published=first_published,
        discrepancies=tuple(discrepancies(members)) if len(outlets) > 1 else (),
        first_outlets=first_outlets,
    )


def _iso(day: date | None) -> str | None:
    """ISO date for JSON, or None."""
    return day.isoformat() if day else None


def clusters_to_json(clusters: Iterable[Cluster]) -> list[dict[str, Any]]:
    """The `clusters` CLI's JSON: a list of Cluster.to_json() dicts."""
    return [cluster.to_json() for cluster in clusters]


def clusters_in_view(clusters: Iterable[Cluster], events: pd.DataFrame) -> list[Cluster]:
    """The stored clusters as the filtered view sees them: only clusters with events in view,
    and in each disagreement only the outlets in view (a disagreement needs two of them, a
    lone claim one)."""
    if events.empty:
        return []
    shown = set(events["cluster_id"])
    outlets = set(events["outlet"])
    result = []
    for cluster in clusters:
        if cluster.cluster_id not in shown:
            continue
        kept = []
        for discrepancy in cluster.discrepancies:
            values = {o: w for o, w in discrepancy.values.items() if o in outlets}
            if len(values) >= (1 if discrepancy.kind == "claim" else 2):
                kept.append(dataclasses.replace(discrepancy, values=values))
        result.append(
            dataclasses.replace(
                cluster,
                discrepancies=tuple(kept),
                outlets=tuple(o for o in cluster.outlets if o in outlets),
            )
        )
    return result
