"""Assigns an event type from the fixed vocabulary (vocab.EVENT_TYPES) to a sentence.

Reads: sentence text, language. Adds: event_type. Cue words come from
event_type_lexicon.CUES; this module only scores them. It does not decide whether a
sentence is an event at all (events.py does).
"""

from __future__ import annotations

import re
from functools import cache

from crisis_timeline.event_type_lexicon import CUES, EVENT_TYPE_ORDER
from crisis_timeline.vocab import EVENT_TYPES

assert set(EVENT_TYPE_ORDER) == set(EVENT_TYPES), "lexicon order must cover the vocabulary"


@cache
def _compiled(lang: str) -> list[tuple[str, float, re.Pattern[str]]]:
    table = CUES.get(lang, CUES["en"])
    compiled = []
    for event_type, weight, patterns in table:
        alternation = "|".join(patterns)
        compiled.append(
            (
                event_type,
                weight,
                re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE),
            )
        )
    return compiled


# A cue at the end of a sentence counts this much less than one at its start: news
# sentences put the main happening first ("spoke on Sunday ..., as the EU prepares sanctions").
POSITION_DISCOUNT = 0.4


def cue_scores(sentence: str, lang: str) -> dict[str, float]:
    """Summed cue weights per event type (at most two distinct cues count per type)."""
    scores: dict[str, float] = {}
    length = max(len(sentence), 1)
    for event_type, weight, pattern in _compiled(lang):
        hits: dict[str, int] = {}
        for match in pattern.finditer(sentence):
            hits.setdefault(match.group(0).lower(), match.start())
        positions = sorted(hits.values())[:2]
        for position in positions:
            scores[event_type] = scores.get(event_type, 0.0) + weight * (
                1 - POSITION_DISCOUNT * position / length
            )
    return scores


def classify_event_type(sentence: str, lang: str) -> str:
    """The best-scoring event type, "other" when no cue matches.

    >>> classify_event_type("The pair spoke on the phone for almost two hours", "en")
    'diplomacy'
    >>> classify_event_type("lors d'un entretien téléphonique avec Poutine", "fr")
    'diplomacy'
    """
    scores = cue_scores(sentence, lang)
    if not scores:
        return "other"
    best = max(scores.values())
    return next(t for t in EVENT_TYPE_ORDER if scores.get(t) == best)
