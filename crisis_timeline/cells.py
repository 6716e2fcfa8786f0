"""One cell of the event table as a plain Python value, wherever the table came from.

The event table reaches the clusterer and the outlet profiles from the pipeline (dates and
lists), from DuckDB (Timestamps, numpy arrays) or from JSON (ISO strings, JSON lists);
these helpers read a cell the same way in all three. They never raise on odd input: a
value they cannot read is missing.

Does not: validate the table (schema.py does) or write cells (store.py does).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pandas as pd

_NAT, _NA = pd.NaT, pd.NA


def is_missing(value: Any) -> bool:
    """True for None, NaN, NaT and pd.NA; never for a list or an array (a list cell)."""
    if value is None or value is _NAT or value is _NA:
        return True
    if isinstance(value, float):
        return bool(value != value)  # NaN (numpy floats give numpy bools)
    if isinstance(value, (str, date, list, tuple, dict, bool, int)):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are not missing
        return False


def as_date(value: Any) -> date | None:
    """A datetime.date from a date, datetime, Timestamp or ISO string; None when missing."""
    if type(value) is date:  # the pipeline's own rows: the fast path
        return value
    if is_missing(value):
        return None
    if isinstance(value, datetime):  # includes pd.Timestamp
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def as_list(value: Any) -> list[Any]:
    """A list from a list, array, JSON string or missing value (list columns of the table)."""
    if type(value) is list:
        return value
    if is_missing(value):
        return []
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return [value]
    if isinstance(value, dict):
        return [value]
    return list(value)


def text_value(value: Any, default: str = "") -> str:
    """A cell as a string; `default` when missing."""
    if type(value) is str:
        return value
    return default if is_missing(value) else str(value)
