"""Corrections made by hand, kept apart from what extraction writes, applied when reading.

An editor who finds a wrong date fixes it rather than losing trust in the view. Each
correction is one row of the store's `corrections` table: what it changes (`kind`), the
event or story it targets, the new value and the machine's reading at the time. Extraction
never writes that table and a rebuild carries it over (store.carried_tables), so a
correction survives a rebuild and a new extractor version; one whose event no longer
exists is listed and simply not applied.

Kinds: `date` (date, date_end, precision), `type` (event_type), `places` (a list),
`not_event` (the sentence is not an event: the row is hidden), `merge` (a story's events
join another story) and `split` (some events of a story become a story of their own).
A corrected event's `date_reason` starts with "corrected by hand" and gives the machine's
reading, so every view and export carries it and says so. It does not extract, cluster or
draw; it never imports streamlit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

import pandas as pd

from crisis_timeline import settings, store
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.vocab import EVENT_TYPES, PRECISIONS

Kind = Literal["date", "type", "places", "not_event", "merge", "split"]
KINDS: tuple[str, ...] = get_args(Kind)
CORRECTED_PREFIX = "corrected by hand"
_EVENT_KINDS = ("date", "type", "places", "not_event")


@dataclasses.dataclass(frozen=True)
class Correction:
    """One correction: what, on which event or story, the new value and the machine's."""

    correction_id: str
    created_at: str
    kind: str
    target: str
    value: dict[str, Any]
    machine: dict[str, Any]
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _check_value(kind: str, value: dict[str, Any]) -> dict[str, Any]:
    """The value in its canonical form; CrisisTimelineError naming what is wrong."""
    if kind == "date":
        try:
            first = date.fromisoformat(str(value["date"]))
            last = date.fromisoformat(str(value.get("date_end") or value["date"]))
        except (KeyError, ValueError) as error:
            raise CrisisTimelineError("a date correction needs a real day (YYYY-MM-DD).") from error
        if last < first:
            raise CrisisTimelineError("the corrected end date comes before its start.")
        precision = str(value.get("precision") or "day")
        if precision not in PRECISIONS:
            raise CrisisTimelineError(f"precision must be one of {', '.join(PRECISIONS)}.")
        return {"date": first.isoformat(), "date_end": last.isoformat(), "precision": precision}
    if kind == "type":
        if value.get("event_type") not in EVENT_TYPES:
            raise CrisisTimelineError(f"event type must be one of {', '.join(EVENT_TYPES)}.")
        return {"event_type": value["event_type"]}
    if kind == "places":
        places = [str(p).strip() for p in value.get("places") or [] if str(p).strip()]
        return {"places": sorted(dict.fromkeys(places))}
    if kind == "merge":
        return {"into": str(value.get("into") or "")}
    if kind == "split":
        return {"event_ids": sorted({str(e) for e in value.get("event_ids") or []})}
    return {}


def _machine(events: pd.DataFrame, kind: str, target: str) -> dict[str, Any]:
    """The machine's reading of what the correction changes."""
    if kind in _EVENT_KINDS:
        row = events[events["event_id"] == target]
        if row.empty:
            raise CrisisTimelineError(f"no event {target!r} in the store.")
        first = row.iloc[0]
        columns = {
            "date": ("date", "date_end", "precision"),
            "type": ("event_type",),
            "places": ("places",),
            "not_event": ("sentence",),
        }[kind]
        return {c: _jsonable(first[c]) for c in columns}
    members = events[events["cluster_id"] == target]
    if members.empty:
        raise CrisisTimelineError(f"no story {target!r} in the store.")
    return {"events": sorted(members["event_id"])}


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return list(value)
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def add_correction(
    path: Path | None, kind: str, target: str, value: dict[str, Any] | None = None, note: str = ""
) -> Correction:
    """Store one correction (one transaction under the store's lock) and return it."""
    path = Path(path or settings.db_path())
    if kind not in KINDS:
        raise CrisisTimelineError(f"unknown correction {kind!r}; one of {', '.join(KINDS)}.")
    value = _check_value(kind, value or {})
    events = store.read_events(path, corrected=False)
    machine = _machine(events, kind, target)
    if kind == "merge" and value["into"] not in set(events["cluster_id"]):
        raise CrisisTimelineError(f"no story {value['into']!r} to merge into.")
    if kind == "split" and not set(value["event_ids"]) < set(machine["events"]):
        raise CrisisTimelineError("a split takes some, not all, of the story's own events.")
    created = datetime.now(UTC).isoformat(timespec="seconds")
    digest = hashlib.sha1(f"{kind}\n{target}\n{json.dumps(value)}\n{created}".encode()).hexdigest()
    correction = Correction(f"k-{digest[:10]}", created, kind, target, value, machine, note)
    with store.store_lock(path), store.writing(path) as con:
        con.execute(
            "INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                correction.correction_id,
                created,
                kind,
                target,
                json.dumps(value, ensure_ascii=False),
                json.dumps(machine, ensure_ascii=False),
                note[:500],
            ],
        )
    return correction


def list_corrections(path: Path | None = None) -> list[Correction]:
    """Every stored correction, oldest first."""
    rows = store.read_corrections(Path(path or settings.db_path()))
    return [
        Correction(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6] or "")
        for r in rows
    ]


def undo(path: Path | None, correction_id: str) -> Correction:
    """Take one correction back; CrisisTimelineError when there is none with that id."""
    path = Path(path or settings.db_path())
    found = [c for c in list_corrections(path) if c.correction_id == correction_id]
    if not found:
        raise CrisisTimelineError(f"no correction {correction_id!r} (see `corrections`).")
    with store.store_lock(path), store.writing(path) as con:
        con.execute("DELETE FROM corrections WHERE correction_id = ?", [correction_id])
    return found[0]


# ---------------------------------------------------------------------- applying them


def _reason(machine: dict[str, Any]) -> str:
    shown = ", ".join(
        f"{k} {', '.join(v) if isinstance(v, list) else v}" for k, v in machine.items()
    )
    return f"{CORRECTED_PREFIX} (machine: {shown})"


def apply_corrections(events: pd.DataFrame, corrections: Sequence[Correction]) -> pd.DataFrame:
    """The event table with corrections applied (later ones win); corrected rows say so in
    date_reason with the machine's reading. Corrections of missing events are skipped."""
    if not corrections or events.empty:
        return events
    result = events.copy()
    position = {event_id: i for i, event_id in enumerate(result["event_id"])}
    hidden: set[int] = set()
    for correction in corrections:
        if correction.kind in _EVENT_KINDS:
            row = position.get(correction.target)
            if row is None:
                continue
            if correction.kind == "not_event":
                hidden.add(row)
                continue
            _apply_event(result, row, correction)
        else:
            _apply_story(result, correction)
    if hidden:
        result = result.drop(result.index[sorted(hidden)])
    return result.reset_index(drop=True)


def _apply_event(result: pd.DataFrame, row: int, correction: Correction) -> None:
    index = result.index[row]
    value = correction.value
    if correction.kind == "date":
        result.at[index, "date"] = date.fromisoformat(value["date"])
        result.at[index, "date_end"] = date.fromisoformat(value["date_end"])
        result.at[index, "precision"] = value["precision"]
    elif correction.kind == "type":
        result.at[index, "event_type"] = value["event_type"]
    elif correction.kind == "places":
        result.at[index, "places"] = list(value["places"])
    previous = str(result.at[index, "date_reason"] or "")
    reason = _reason(correction.machine)
    result.at[index, "date_reason"] = f"{reason}; {previous}" if previous else reason


def _apply_story(result: pd.DataFrame, correction: Correction) -> None:
    if correction.kind == "merge":
        members = result["cluster_id"] == correction.target
        result.loc[members, "cluster_id"] = correction.value["into"]
    elif correction.kind == "split":
        chosen = result["event_id"].isin(set(correction.value["event_ids"]))
        result.loc[chosen & (result["cluster_id"] == correction.target), "cluster_id"] = (
            f"{correction.target}-split-{correction.correction_id[2:8]}"
        )


def apply_to_clusters(clusters: list[dict], events: pd.DataFrame) -> list[dict]:
    """Story records after merges and splits: members from the corrected events; a merged
    story disappears, a split one appears with its parent's label."""
    if events.empty:
        return clusters
    members = events.groupby("cluster_id")["event_id"].apply(list).to_dict()
    by_id = {c["cluster_id"]: c for c in clusters}
    result = []
    for cluster_id, event_ids in members.items():
        record = by_id.get(cluster_id)
        if record is None:
            parent = by_id.get(cluster_id.split("-split-")[0])
            if parent is None:
                continue
            record = {**parent, "cluster_id": cluster_id, "label": f"{parent['label']} (split)"}
        if sorted(record.get("events") or []) != sorted(event_ids):
            record = {**record, "events": sorted(event_ids)}
        result.append(record)
    kept = set(members)
    result += [c for c in clusters if c["cluster_id"] not in kept and not c.get("events")]
    return sorted(result, key=lambda c: (c.get("date") is None, c.get("date") or "", c["label"]))


def corrections_of(event_id: str, corrections: Iterable[Correction]) -> list[Correction]:
    """The corrections made to one event (for the event card)."""
    return [c for c in corrections if c.target == event_id]
