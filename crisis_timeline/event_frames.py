"""The event table as a DataFrame: Event records to rows and rows to the frame.

Reads: `schema.Event` records (events.py makes them). Gives: tuples in schema order
(`event_rows`, what the pipeline's workers send back) and the validated event table
(`events_frame`, `events_frame_of_rows`). Nothing here decides what an event is.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Iterable

import pandas as pd

from crisis_timeline.schema import EVENT_COLUMNS, Event, validate_events

_EVENT_FIELDS = tuple(f.name for f in dataclasses.fields(Event))


def _copied(value: object) -> object:
    """A field value for a row: lists (of names, of figure dicts) copied, as asdict did."""
    if isinstance(value, list):
        return [dict(item) if isinstance(item, dict) else item for item in value]
    return value


_FIELD_VALUES = operator.attrgetter(*_EVENT_FIELDS)


def event_rows(events: Iterable[Event]) -> list[tuple]:
    """One row per event, its values in schema order: what events_frame_of_rows reads."""
    # A shallow row per event (lists copied): asdict's deep copy was most of the cost.
    return [
        tuple([_copied(v) if isinstance(v, list) else v for v in _FIELD_VALUES(event)])
        for event in events
    ]


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The event table (DESIGN.md) from Event records, columns in schema order."""
    return events_frame_of_rows(event_rows(events))


def events_frame_of_rows(rows: list[tuple]) -> pd.DataFrame:
    """The event table from event_rows' rows (of any number of articles, in order)."""
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame = frame.astype({c: object for c in ("published", "date", "date_end", "cluster_id")})
    return validate_events(frame)
