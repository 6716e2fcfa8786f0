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
A corrected event has `corrected` True and the machine's reading in `machine_reading`
(schema.DERIVED_COLUMNS: set here, never stored with the events), and for a change of date,
type or places its `date_reason` starts with "corrected by hand (machine: ...)", so every
view and export carries it and says so. It does not extract, cluster or
draw; it never imports streamlit.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

import pandas as pd

from crisis_timeline import settings, store
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.vocab import EVENT_TYPES, PRECISIONS

if TYPE_CHECKING:
    from crisis_timeline.clusters import Cluster

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
    column = "event_id" if kind in _EVENT_KINDS else "cluster_id"
    events = store.select_events(path, f'"{column}" = ?', [target])
    machine = _machine(events, kind, target)
    if kind == "merge":
        if value["into"] == target:
            raise CrisisTimelineError("a story cannot be merged with itself.")
        if store.select_events(path, '"cluster_id" = ?', [value["into"]]).empty:
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


def split_out(path: Path | None, event_id: str, note: str = "") -> Correction:
    """Split one event out of its story (as extraction clustered it) into a story of its own."""
    path = Path(path or settings.db_path())
    found = store.select_events(path, '"event_id" = ?', [event_id])
    if found.empty:
        raise CrisisTimelineError(f"no event {event_id!r} in the store.")
    story = str(found.iloc[0]["cluster_id"])
    return add_correction(path, "split", story, {"event_ids": [event_id]}, note)


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


def undo_last(path: Path | None = None) -> Correction:
    """Take back the latest correction; CrisisTimelineError when there is none."""
    made = list_corrections(path)
    if not made:
        raise CrisisTimelineError("there is no correction to undo.")
    return undo(path, made[-1].correction_id)


# ---------------------------------------------------------------------- applying them


def machine_text(kind: str, machine: dict[str, Any]) -> str:
    """The machine's reading in words: "date 2021-11-15 (day)", "type diplomacy",
    "places Kuźnica, Bruzgi", "not an event", "story c-1a2b"."""
    if kind == "date":
        first, last = machine.get("date"), machine.get("date_end")
        days = first if not last or last == first else f"{first}–{last}"
        return f"date {days or 'none'} ({machine.get('precision')})"
    if kind == "type":
        return f"type {machine.get('event_type')}"
    if kind == "places":
        return f"places {', '.join(machine.get('places') or []) or 'none'}"
    if kind == "not_event":
        return "an event"
    return f"story {machine.get('story', '?')}"


def _reason(kind: str, machine: dict[str, Any]) -> str:
    return f"{CORRECTED_PREFIX} (machine: {machine_text(kind, machine)})"


def apply_corrections(events: pd.DataFrame, corrections: Sequence[Correction]) -> pd.DataFrame:
    """The event table with corrections applied (later ones win); corrected rows say so in
    date_reason with the machine's reading. Corrections of missing events are skipped."""
    if not corrections or events.empty:
        return events
    result = events.copy()
    for column, default in (("corrected", False), ("machine_reading", None)):
        if column not in result.columns:
            result[column] = default
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
    reason = _reason(correction.kind, correction.machine)
    result.at[index, "date_reason"] = f"{reason}; {previous}" if previous else reason
    _mark(result, [index], machine_text(correction.kind, correction.machine))


def _mark(result: pd.DataFrame, indexes, reading: str) -> None:
    """corrected = True and the machine's reading added to what the row already says."""
    for index in indexes:
        before = result.at[index, "machine_reading"]
        result.at[index, "corrected"] = True
        result.at[index, "machine_reading"] = f"{before}; {reading}" if before else reading


def _apply_story(result: pd.DataFrame, correction: Correction) -> None:
    reading = machine_text(correction.kind, {"story": correction.target})
    if correction.kind == "merge":
        members = result["cluster_id"] == correction.target
        result.loc[members, "cluster_id"] = correction.value["into"]
    else:  # split
        chosen = result["event_id"].isin(set(correction.value["event_ids"]))
        members = chosen & (result["cluster_id"] == correction.target)
        result.loc[members, "cluster_id"] = (
            f"{correction.target}-split-{correction.correction_id[2:8]}"
        )
    _mark(result, result.index[members], reading)


def apply_to_clusters(clusters: list[Cluster], events: pd.DataFrame) -> list[Cluster]:
    """Story records after merges and splits: members from the corrected events; a merged
    story disappears, a split one appears with its parent's label."""
    if events.empty:
        return clusters
    members = events.groupby("cluster_id")["event_id"].apply(list).to_dict()
    by_id = {c.cluster_id: c for c in clusters}
    result = []
    for cluster_id, event_ids in members.items():
        record = by_id.get(cluster_id)
        if record is None:
            parent = by_id.get(cluster_id.split("-split-")[0])
            if parent is None:
                continue
            record = dataclasses.replace(
                parent, cluster_id=cluster_id, label=f"{parent.label} (split)"
            )
        if sorted(record.event_ids) != sorted(event_ids):
            record = dataclasses.replace(record, event_ids=tuple(sorted(event_ids)))
        result.append(record)
    kept = set(members)
    result += [c for c in clusters if c.cluster_id not in kept and not c.event_ids]
    return sorted(result, key=lambda c: (c.date is None, c.iso_date or "", c.label))


def corrections_of(event_id: str, corrections: Iterable[Correction]) -> list[Correction]:
    """The corrections made to one event (for the event card)."""
    return [c for c in corrections if c.target == event_id]
