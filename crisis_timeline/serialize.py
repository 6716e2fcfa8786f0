"""Event rows to JSON-ready dicts and JSON lines (ISO dates at the edges)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from datetime import date

import pandas as pd

from crisis_timeline.schema import EVENT_COLUMNS


def _plain(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        return value.item()  # numpy scalars
    return value


def event_records(events: pd.DataFrame) -> Iterator[dict]:
    """One JSON-ready dict per event row, columns in schema order."""
    columns = [c for c in EVENT_COLUMNS if c in events.columns]
    for row in events[columns].itertuples(index=False, name=None):
        yield {column: _plain(value) for column, value in zip(columns, row, strict=True)}


def to_json_line(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, default=_plain)
