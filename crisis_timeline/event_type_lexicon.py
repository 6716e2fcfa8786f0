"""Cue words for event types, per language (language data; the classifier is event_types.py).

Each entry is (event_type, weight, patterns). Patterns are regular expressions matched
case-insensitively on word boundaries against the sentence; the type with the highest
summed weight wins, ties going to the earlier entry in EVENT_TYPE_ORDER. Weights say how
decisive a cue is: "phone call" settles diplomacy, "said" only hints at a statement.
Every language keeps its cues in crisis_timeline/lang/<code>/events.py (EVENT_TYPES);
this module holds the tie-break order and the view the classifier reads.
"""

from __future__ import annotations

from crisis_timeline.lang._view import TableView

# Tie-break order: the more specific happening first.
EVENT_TYPE_ORDER: tuple[str, ...] = (
    "casualties",
    "repatriation",
    "clash",
    "sanctions",
    "military",
    "border_crossing",
    "diplomacy",
    "humanitarian",
    "statement",
    "other",
)


# Every language's cues, as a view of crisis_timeline.lang.tables(code).event_types: a code
# without a folder gets no cues.
CUES: TableView = TableView(lambda t: t.event_types)
