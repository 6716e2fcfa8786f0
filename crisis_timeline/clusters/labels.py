"""A story's label ("Macron–Putin phone call") and its event type.

The label joins the short names of the main actors most members name (people before
institutions; places when no one is named) with a noun for the happening: the noun whose
concept most members mention (LABEL_NOUNS in cluster_lexicon.py), else the type's own.
The story's type is the one most members have (ties: TYPE_PRIORITY).

Reads: the member EventFeatures of one cluster. Does not: translate names, or decide which
events belong together (merging.py).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from crisis_timeline.cluster_lexicon import LABEL_NOUNS, TYPE_PRIORITY
from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.text_features import is_person, short_actor_name


def majority_type(members: list[EventFeatures]) -> str:
    """The type most members have; ties go to the type first in TYPE_PRIORITY."""
    counts = Counter(e.event_type for e in members)
    rank = {t: i for i, t in enumerate(TYPE_PRIORITY)}
    return min(counts, key=lambda t: (-counts[t], rank.get(t, len(rank)), t))


def label(members: list[EventFeatures], event_type: str) -> str:
    """ "Macron–Putin phone call": main actors' short names + a noun for the happening."""
    concept_counts = Counter(c for e in members for c in e.concepts)
    noun, best = LABEL_NOUNS["other"][-1][1], 0  # "event"
    # The noun whose concept most members mention; the type's fallback noun otherwise.
    for concept, candidate in LABEL_NOUNS.get(event_type, LABEL_NOUNS["other"]):
        count = concept_counts[concept] if concept else 0
        if count > best or (concept is None and best == 0):
            noun, best = candidate, count
            if concept is None:
                break

    names = _main_names(members, "actors") or _main_names(members, "places")
    if not names:
        return noun[:1].upper() + noun[1:]
    return f"{'–'.join(short_actor_name(n) for n in names)} {noun}"


def _main_names(members: list[EventFeatures], field: str, limit: int = 3) -> list[str]:
    """Names most members carry, as the sentences order them; people before institutions.

    "Macron–Putin", not "Macron–Putin–European Union": when two or more people qualify,
    organisations are left out of the label.
    """
    counts: Counter[str] = Counter()
    positions: dict[str, list[int]] = defaultdict(list)
    carriers = 0
    for e in members:
        names = e.actors if field == "actors" else tuple(sorted(e.places))
        carriers += bool(names)
        for position, name in enumerate(names):
            counts[name] += 1
            positions[name].append(position)
    if not counts:
        return []
    needed = max(1, math.ceil(carriers / 2))
    chosen = [n for n in counts if counts[n] >= needed] or [
        n for n in counts if counts[n] == max(counts.values())
    ]
    if field == "actors":
        people = [n for n in chosen if is_person(n)]
        chosen = people if len(people) >= 2 else chosen
    chosen.sort(key=lambda n: (-counts[n], n))
    chosen = chosen[:limit]
    return sorted(chosen, key=lambda n: (sum(positions[n]) / len(positions[n]), -counts[n], n))
