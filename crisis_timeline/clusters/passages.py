"""Passages: consecutive events of one article that tell one happening, joined first.

News tells one happening over several sentences ("Macron had spoken to Putin ..." then "The
pair spoke on the phone for almost two hours"). Consecutive events of one article with the
same dates, compatible types and participants (or an opener that refers back: "The call
lasted ...") form a passage and share its participants; a sentence naming no one that
opens with "the two leaders" / "les deux dirigeants" takes the previous passage's people
even on another date.

Reads: EventFeatures (features.py). Gives: the events with inherited participants, and the
links that merging.py joins before any comparison across outlets.
Does not: compare events of different articles (scoring.py, candidates.py do).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.clusters.scoring import compatible, type_factor
from crisis_timeline.clusters.tuning import LEAD_IN_CHARS
from crisis_timeline.lang import tables
from crisis_timeline.text_features import is_person


def continuations(events: list[EventFeatures]) -> tuple[list[EventFeatures], list[tuple[int, int]]]:
    """Consecutive events of one article that carry on the same happening, and inheritance.

    News tells one happening over several sentences: "Macron had spoken to Putin ..." then
    "The pair spoke on the phone for almost two hours". A sentence continues the previous
    one when both have the same dates and compatible types and its participants are none,
    a subset or a superset of the passage's so far (or overlap by half), or it opens with
    words that refer back (the language's CONTINUATION cues: "The call lasted about 50 minutes,
    according to BelTA") and names no other people. Members of such a passage share the
    passage's participants, so "the pair" can meet other outlets' reports of Macron and
    Putin. A lone sentence naming no one that opens with words for the previous people
    (its COREFERENT cues, after a short lead-in: "Lundi, les deux dirigeants avaient
    parlé ...") takes the previous passage's participants, whatever its date. Returns
    the events (with inherited participants) and the links to join before any
    cross-outlet comparison.
    """
    by_article: dict[str, list[EventFeatures]] = defaultdict(list)
    for event in events:
        by_article[event.article_id].append(event)
    links: list[tuple[int, int]] = []
    passages: list[list[EventFeatures]] = []
    for article_events in by_article.values():
        article_events.sort(key=lambda e: (e.start, e.row))
        passage: list[EventFeatures] = []
        participants: dict[str, None] = {}
        for event in article_events:
            if passage and _continues(passage[-1], event, frozenset(participants)):
                links.append((passage[-1].row, event.row))
                passage.append(event)
            else:
                passages.append(passage)
                passage, participants = [event], {}
            participants.update(dict.fromkeys(event.actors))
        passages.append(passage)
    inherited = list(events)
    previous: list[EventFeatures] = []
    for passage in passages:
        if not passage:
            continue
        if len(passage) == 1:
            event = passage[0]
            if previous and _refers_back(event, previous):
                # "Lundi, les deux dirigeants avaient parlé ..." after Wednesday's call:
                # another date, so another passage, but the same pair of leaders.
                shared = frozenset(actor for e in previous for actor in e.actors)
                inherited[event.row] = replace(event, actor_set=shared)
            previous = passage
            continue
        previous = passage
        shared = frozenset(actor for e in passage for actor in e.actors)
        for event in passage:
            # Matching uses the passage's participants; labels and claims keep the event's own.
            inherited[event.row] = replace(event, actor_set=shared)
    return inherited, links


def _refers_back(event: EventFeatures, passage: list[EventFeatures]) -> bool:
    """Whether an event naming no one opens with words for the previous passage's people."""
    previous = passage[-1]
    if event.actors or previous.article_id != event.article_id:
        return False
    if previous.background != event.background or not type_factor(previous, event):
        return False
    if not any(e.actors for e in passage):
        return False
    return _opens_with(event, "COREFERENT")


def _opens_with(event: EventFeatures, cues: str) -> bool:
    """Whether the event's sentence opens with the language's `cues` (lang/<code>/events.py:
    CONTINUATION or COREFERENT; a language without a folder has none that match)."""
    pattern = _opener_pattern(tables(event.language).events[cues])
    opening = event.sentence.lstrip()
    # The opener may follow a short lead-in: "Lundi, les deux dirigeants ...".
    head, comma, rest = opening.partition(",")
    candidates = [opening, rest.lstrip()] if comma and len(head) <= LEAD_IN_CHARS else [opening]
    return any(pattern.match(candidate) for candidate in candidates)


@lru_cache(maxsize=64)
def _opener_pattern(source: str) -> re.Pattern[str]:
    # Case-blind: after a lead-in the opener is lower case ("Lundi, les deux dirigeants").
    return re.compile(source, re.IGNORECASE)


def _continues(previous: EventFeatures, event: EventFeatures, participants: frozenset[str]) -> bool:
    if previous.date is None or event.date is None:
        return False
    if (previous.date, previous.date_end) != (event.date, event.date_end):
        return False
    if previous.background != event.background or not type_factor(previous, event):
        return False
    own = frozenset(event.actors)
    if not own or not participants or compatible(own, participants):
        return True
    # "The call lasted about 50 minutes, according to BelTA, which said ... the EU": an
    # opener that refers back carries the passage on, unless it names other people.
    return not any(is_person(actor) for actor in own - participants) and _opens_with(
        event, "CONTINUATION"
    )
