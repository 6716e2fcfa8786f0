"""The event table: its columns (DESIGN.md) and the one function that validates a frame.

Every view reads this table. Dates are `datetime.date` objects inside (object dtype),
ISO strings only at the edges (CLI, JSON, URL); list columns hold Python lists.
"""

from __future__ import annotations

import pandas as pd

# column -> meaning; the order is the order of the CLI's JSON objects and of CSV exports.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "stable id: article id + character offsets of the evidence",
    "article_id": "article file name without its extension",
    "outlet": "outlet name, or an honest label such as 'Unattributed (fr) · 004'",
    "language": "ISO 639-1 code of the article",
    "published": "article publication date (date or None)",
    "published_basis": "metadata | text | inferred | unknown",
    "date": "first day of the event (date or None when the article is undated)",
    "date_end": "last day of the event (== date for day precision)",
    "precision": "day | weekend | week | month | year",
    "time_of_day": "early morning | morning | afternoon | evening | night | late | HH:MM | None",
    "dated_by": "expression | publication | narrative",
    "trigger": "the temporal expression as written, or None",
    "date_reason": "how the date was resolved, in words",
    "sentence": "the evidence sentence (original text)",
    "start": "offset of the sentence in the article's original text",
    "end": "end offset of the sentence in the article's original text",
    "event_type": "one of crisis_timeline.vocab.EVENT_TYPES",
    "actors": "list of canonical actor names",
    "places": "list of canonical place names (coordinates in data/places.csv)",
    "quantities": "list of {value, unit, text, approximate, qualifier}",
    "background": "True for context older than the crisis",
    "confidence": "0..1",
    "cluster_id": "the cross-outlet event this row belongs to (None before clustering)",
}

LIST_COLUMNS = ("actors", "places", "quantities")
DATE_COLUMNS = ("published", "date", "date_end")


def validate_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Check the columns once at the boundary; returns the frame with columns in order."""
    missing = [column for column in EVENT_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"event table lacks columns: {', '.join(missing)}")
    return frame[list(EVENT_COLUMNS)]
