"""Build event-table rows for tests: every schema column present, sensible defaults.

`make_event(outlet="RFI", date="2021-11-15", actors=[...])` returns one row as a dict;
`make_events([...])` turns rows (dicts of overrides, or rows from make_event) into a frame
with the columns of crisis_timeline.schema.EVENT_COLUMNS in order. Dates may be given as
ISO strings; quantities may omit `text`, `approximate` and `qualifier`. Unknown column names
raise, so a typo in a test cannot silently fall back to a default.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime
from typing import Any

import pandas as pd

from crisis_timeline.schema import DATE_COLUMNS, EVENT_COLUMNS, validate_events

DEFAULT_OUTLET = "Test Outlet"
DEFAULT_SENTENCE = "Something happened at the border."


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError(f"not a date: {value!r}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def _quantity(raw: dict[str, Any]) -> dict[str, Any]:
    if "value" not in raw or "unit" not in raw:
        raise ValueError(f"a quantity needs value and unit: {raw!r}")
    quantity = {"text": str(raw["value"]), "approximate": False, "qualifier": None}
    quantity.update(raw)
    return quantity


def make_event(**overrides: Any) -> dict[str, Any]:
    """One event row with every column; overrides win. Example: make_event(outlet="RFI")."""
    unknown = sorted(set(overrides) - set(EVENT_COLUMNS))
    if unknown:
        raise KeyError(f"not event columns: {', '.join(unknown)}")
    outlet = overrides.get("outlet", DEFAULT_OUTLET)
    sentence = overrides.get("sentence", DEFAULT_SENTENCE)
    # One article per outlet by default: events of different outlets never share an article.
    article_id = overrides.get("article_id", f"art-{_slug(outlet)}")
    start = overrides.get("start", 0)
    end = overrides.get("end", start + len(sentence))
    digest = hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:6]
    row: dict[str, Any] = {
        "event_id": f"{article_id}:{start}-{end}:{digest}",
        "article_id": article_id,
        "outlet": outlet,
        "language": "en",
        "published": None,
        "published_basis": "unknown",
        "date": None,
        "date_end": None,
        "precision": "day",
        "time_of_day": None,
        "dated_by": "expression",
        "trigger": None,
        "date_reason": "test row",
        "sentence": sentence,
        "start": start,
        "end": end,
        "event_type": "other",
        "actors": [],
        "places": [],
        "quantities": [],
        "background": False,
        "confidence": 0.9,
        "cluster_id": None,
    }
    row.update(overrides)
    for column in DATE_COLUMNS:
        row[column] = _as_date(row[column])
    if "published" in overrides and "published_basis" not in overrides and row["published"]:
        row["published_basis"] = "metadata"
    if "date_end" not in overrides:
        row["date_end"] = row["date"]
    row["actors"] = list(row["actors"])
    row["places"] = list(row["places"])
    row["quantities"] = [_quantity(quantity) for quantity in row["quantities"]]
    return row


def make_events(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """An event table from rows of overrides (or make_event rows); raises on duplicate ids."""
    built = [make_event(**row) for row in rows]
    ids = [row["event_id"] for row in built]
    duplicates = sorted({event_id for event_id in ids if ids.count(event_id) > 1})
    if duplicates:
        raise ValueError(f"duplicate event ids (give start/sentence): {', '.join(duplicates)}")
    if not built:
        return validate_events(pd.DataFrame(columns=list(EVENT_COLUMNS), dtype=object))
    frame = pd.DataFrame(built, columns=list(EVENT_COLUMNS))
    # object dtype everywhere, as the pipeline builds it: dates stay datetime.date.
    return validate_events(frame.astype(object))
