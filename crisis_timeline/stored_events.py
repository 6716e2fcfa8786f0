"""The event table to and from the form the store keeps it in.

Stored, list cells (actors, places, quantities) are JSON text and dates ISO text; the derived
columns (corrected, machine_reading) are not stored, corrections.py fills them when reading.
Read back, every cell is a Python object again, as the pipeline made it: str, date, list,
with None where a cell is missing.

Reading is the app's first paint on a big store (463,741 events: 1.7 s before this module
read Arrow columns per distinct value), so cells are decoded once per distinct value: a
corpus has a thousand outlets, a few hundred days and a few dozen lists of actors in
hundreds of thousands of rows, and rows share the one decoded str, date or list.

Shared lists: events_from_arrow (store.read_events) gives rows with equal lists one list
object (a copy per row took 0.3 s of the first paint at 463,741 events). The table read
from the store is read-only: the app keeps one for every session, and code that changes a
list cell assigns a new list (as corrections.py does), never edits the one it finds.
events_from_storage, which reads the few rows a correction or an added article changes,
gives each row its own list.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from crisis_timeline.schema import DATE_COLUMNS, DERIVED_COLUMNS, LIST_COLUMNS, validate_events

# Text columns with a different value in (nearly) every row: hashing them to find their
# distinct values costs more than it saves.
UNIQUE_COLUMNS = ("event_id",)


# One encoder for every cell: json.dumps with an argument builds a new one per call, which
# was most of the cost of the list columns (a 10,000-article store has 500,000 such cells).
_encode = json.JSONEncoder(ensure_ascii=False).encode


def events_for_storage(events: pd.DataFrame) -> pd.DataFrame:
    """The event table as the store keeps it (JSON lists, ISO dates, no derived columns)."""
    stored = events.drop(columns=[c for c in DERIVED_COLUMNS if c in events.columns])
    for column in LIST_COLUMNS:
        # most cells are empty lists: their text needs no encoder
        stored[column] = [
            _encode(v) if v or not isinstance(v, list) else "[]" for v in stored[column]
        ]
    for column in DATE_COLUMNS:
        stored[column] = [
            v.isoformat() if v is not None and not pd.isna(v) else None for v in stored[column]
        ]
    return stored


def _per_distinct(values, parse: Callable[[str], Any]) -> list:
    """parse(text) of each text cell, None for a missing one. Most cells repeat ("[]",
    '["Poland"]', "2021-11-15"), so each distinct text is parsed once (factorize hashes them
    in C: a dict of 100,000 fresh strings cost 0.2 s a column)."""
    codes, texts = pd.factorize(pd.Series(values, dtype=object))
    parsed = [parse(text) if isinstance(text, str) else None for text in texts]
    return [parsed[code] if code >= 0 else None for code in codes.tolist()]


def decode_lists(values) -> list[list]:
    """JSON list cells -> lists; every row gets its own list (a shallow copy), so changing
    one row's list can never change another's."""
    return [list(cell) if cell else [] for cell in _per_distinct(values, json.loads)]


def decode_dates(values) -> list[date | None]:
    """ISO date cells -> dates; missing -> None."""
    return _per_distinct(values, date.fromisoformat)


def _finish(events: pd.DataFrame) -> pd.DataFrame:
    events["corrected"] = False  # corrections.apply_corrections sets them (DERIVED_COLUMNS)
    events["machine_reading"] = None
    for column in ("start", "end"):
        events[column] = events[column].astype(int)
    events["confidence"] = events["confidence"].astype(float)
    events["background"] = events["background"].astype(bool)
    return validate_events(events)


def events_from_storage(stored: pd.DataFrame) -> pd.DataFrame:
    """The event table of stored rows read as a pandas frame."""
    # every column as Python objects, missing cells None (not NaN) straight away: a
    # frame-wide where(notna) after astype(object) took 0.3 s on 463,741 events
    events = pd.DataFrame(
        {c: stored[c].to_numpy(dtype=object, na_value=None) for c in stored.columns},
        index=stored.index,
        dtype=object,  # pandas 3 would make text columns its str type again
    )
    for column in LIST_COLUMNS:
        events[column] = decode_lists(events[column])
    for column in DATE_COLUMNS:
        events[column] = decode_dates(events[column])
    return _finish(events)


def _distinct(column: pa.ChunkedArray, parse: Callable[[Any], Any] | None) -> np.ndarray:
    """The column's cells as an object array holding one Python object per distinct value
    (parsed by `parse` when given), None where a cell is missing."""
    encoded = pc.dictionary_encode(column).combine_chunks()
    values = encoded.dictionary.to_pylist()
    table = np.empty(len(values) + 1, dtype=object)  # the last entry is the missing cell's
    for position, value in enumerate(values):  # one by one: a list value must stay a cell
        table[position] = parse(value) if parse else value
    codes = encoded.indices.fill_null(len(values)).to_numpy(zero_copy_only=False)
    return table[codes]


def _json_list(text: str) -> list:
    return json.loads(text) or []


def _cells(name: str, column: pa.ChunkedArray) -> np.ndarray:
    if name in LIST_COLUMNS:  # rows with the same list share it (module docstring)
        return _distinct(column.fill_null("[]"), _json_list)
    if name in DATE_COLUMNS:
        return _distinct(column, date.fromisoformat)
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        if name in UNIQUE_COLUMNS:
            return column.to_numpy(zero_copy_only=False)
        return _distinct(column, None)
    return column.to_numpy(zero_copy_only=False)


def events_from_arrow(stored: pa.Table) -> pd.DataFrame:
    """The event table of stored rows read as an Arrow table (the fast path)."""
    events = pd.DataFrame(
        {name: _cells(name, stored.column(name)) for name in stored.column_names},
        dtype=object,  # pandas 3 would make text columns its str type again
        # one block per column, as decoded: gathering them into one 2-D block copied
        # 9 million cells (0.2 s) that filters then copy again anyway
        copy=False,
    )
    return _finish(events)
