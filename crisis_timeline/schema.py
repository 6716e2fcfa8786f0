"""The event table: its one record (`Event`), its columns (DESIGN.md) and its validation.

Every view reads this table. Dates are `datetime.date` objects inside (object dtype),
ISO strings only at the edges (CLI, JSON, URL); list columns hold Python lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

import pandas as pd


def _column(meaning: str, **default) -> Any:
    """A field of the event record with its meaning (the table's documentation)."""
    return field(metadata={"meaning": meaning}, **default)


@dataclass(frozen=True)
class Event:
    """One row of the event table: the one record of an event, from extraction to the store.

    The field order is the order of the CLI's JSON objects and of CSV exports; the
    meanings are EVENT_COLUMNS, derived from these fields, so there is one list."""

    event_id: str = _column("stable id: article id + character offsets of the evidence")
    article_id: str = _column("article file name without its extension")
    outlet: str = _column("outlet name, or an honest label such as 'Unattributed (fr) · 004'")
    language: str = _column("ISO 639-1 code of the article")
    published: date | None = _column("article publication date (date or None)")
    published_basis: str = _column("metadata | text | inferred | unknown")
    date: date | None = _column("first day of the event (date or None when the article is undated)")
    date_end: date | None = _column("last day of the event (== date for day precision)")
    precision: str = _column("day | weekend | week | month | quarter | season | year | decade")
    time_of_day: str | None = _column(
        "early morning | morning | afternoon | evening | night | late | HH:MM | None"
    )
    dated_by: str = _column("expression | publication | narrative")
    trigger: str | None = _column("the temporal expression as written, or None")
    date_reason: str = _column("how the date was resolved, in words")
    sentence: str = _column("the evidence sentence (original text)")
    start: int = _column("offset of the sentence in the article's original text")
    end: int = _column("end offset of the sentence in the article's original text")
    event_type: str = _column("one of crisis_timeline.vocab.EVENT_TYPES")
    actors: list[str] = _column("list of canonical actor names", default_factory=list)
    places: list[str] = _column(
        "list of canonical place names (coordinates in data/places.csv)", default_factory=list
    )
    quantities: list[dict] = _column(
        "list of {value, unit, text, approximate, qualifier}", default_factory=list
    )
    background: bool = _column("True for context older than the crisis", default=False)
    confidence: float = _column("0..1", default=0.5)
    cluster_id: str | None = _column(
        "the cross-outlet event this row belongs to (None before clustering)", default=None
    )
    # Not written by extraction nor stored with the events: set when the store is read, from
    # the corrections made by hand (corrections.py), so a rebuild never loses them.
    corrected: bool = _column("True when an editor corrected this event by hand", default=False)
    machine_reading: str | None = _column(
        "what extraction said before the correction by hand (e.g. 'date 2021-11-15'), or None",
        default=None,
    )


# column -> meaning, in record order (DESIGN.md's event table).
EVENT_COLUMNS: dict[str, str] = {f.name: f.metadata["meaning"] for f in fields(Event)}

LIST_COLUMNS = ("actors", "places", "quantities")
# Columns derived when reading the store (corrections by hand), never stored with the events.
DERIVED_COLUMNS = ("corrected", "machine_reading")
STORED_COLUMNS: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c not in DERIVED_COLUMNS)
DATE_COLUMNS = ("published", "date", "date_end")


def validate_events(frame: pd.DataFrame) -> pd.DataFrame:
    """Check the columns once at the boundary; returns the frame with columns in order."""
    missing = [column for column in EVENT_COLUMNS if column not in frame.columns]
    if missing:
        raise ValueError(f"event table lacks columns: {', '.join(missing)}")
    return frame[list(EVENT_COLUMNS)]
