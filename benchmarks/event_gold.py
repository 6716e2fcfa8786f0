"""The event benchmarks' records and how they are read: gold lines, predictions, articles.

benchmarks/events.py matches and scores them; benchmarks/real_press.py and
benchmarks/clusters.py read gold and predictions through the same functions.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = PROJECT_ROOT / "seeds"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
ARTICLES_DIR = GOLD_DIR / "articles"
GOLD_EVENTS = GOLD_DIR / "events.jsonl"
GOLD_PUBLICATION_DATES = GOLD_DIR / "publication_dates.csv"

# A prediction matches gold evidence it contains, or overlaps by this share of the evidence.
MIN_OVERLAP_SHARE = 0.5
SET_NAMES = ("seeds", "gold-en", "gold-fr", "all")
PRECISIONS = ("day", "weekend", "week", "month", "year")
EVENT_TYPES = (
    "diplomacy",
    "statement",
    "sanctions",
    "border_crossing",
    "clash",
    "humanitarian",
    "military",
    "casualties",
    "repatriation",
    "other",
)
BACKGROUND_BEFORE = date(2021, 6, 1)


# --------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GoldEvent:
    """One line of events.jsonl (see GUIDELINES.md)."""

    article_id: str
    evidence: str
    date: date | None
    date_end: date | None
    precision: str | None
    event_type: str
    background: bool
    cluster: str | None
    note: str = ""
    optional: bool = False
    occurrence: int | None = 0  # None: any copy of the evidence (a caption printed twice)
    line: int = 0  # line number in events.jsonl, for messages


@dataclass(frozen=True)
class Predicted:
    """What the scorer needs from one predicted event row."""

    event_id: str
    article_id: str
    start: int | None
    end: int | None
    sentence: str
    date: date | None
    date_end: date | None
    precision: str | None
    event_type: str | None
    background: bool | None
    dated_by: str | None = None
    trigger: str | None = None
    cluster_id: str | None = None


@dataclass(frozen=True)
class Pair:
    """A predicted event matched to a gold event, with the gold evidence's span."""

    predicted: Predicted
    gold: GoldEvent
    gold_span: tuple[int, int]


@dataclass
class Matching:
    """The result of matching one article collection: pairs and what is left over."""

    pairs: list[Pair] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)  # required gold with no prediction
    false_alarms: list[Predicted] = field(default_factory=list)
    gold_problems: list[str] = field(default_factory=list)  # evidence not found in the text


@dataclass(frozen=True)
class ArticleInfo:
    """An article as the benchmark sees it: its text and the date the pipeline gave it."""

    article_id: str
    text: str
    language: str | None
    published: date | None
    published_basis: str | None


# --------------------------------------------------------------------------------------
# Loading gold and predictions
# --------------------------------------------------------------------------------------


def as_date(value: Any) -> date | None:
    """A date from a date, datetime, Timestamp, ISO string or a missing value."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp (NaT handled by isnull below)
        try:
            return value.to_pydatetime().date()
        except (ValueError, AttributeError):
            return None
    text = str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none", "null"}:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return str(value).strip().lower() in {"", "nan", "nat", "none", "null", "<na>"}


def _as_bool(value: Any) -> bool | None:
    if _missing(value):
        return None
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1", "yes"}
    return bool(value)


def _as_int(value: Any) -> int | None:
    if _missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _occurrence(value: Any) -> int | None:
    return None if value == "any" else int(value)


def load_gold(path: Path = GOLD_EVENTS) -> list[GoldEvent]:
    """The gold events of events.jsonl, in file order."""
    events = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        events.append(
            GoldEvent(
                article_id=row["article_id"],
                evidence=row["evidence"],
                date=as_date(row.get("date")),
                date_end=as_date(row.get("date_end")) or as_date(row.get("date")),
                precision=row.get("precision"),
                event_type=row["event_type"],
                background=bool(row.get("background", False)),
                cluster=row.get("cluster"),
                note=row.get("note", ""),
                optional=bool(row.get("optional", False)),
                occurrence=_occurrence(row.get("occurrence", 0)),
                line=number,
            )
        )
    return events


def load_expected_publication(path: Path = GOLD_PUBLICATION_DATES) -> dict[str, dict[str, str]]:
    """article_id -> {published, basis, note} from publication_dates.csv."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["article_id"]: row for row in csv.DictReader(handle)}


def predictions_from_frame(frame: Any) -> list[Predicted]:
    """Predicted events from an event table (a pandas DataFrame with the schema's columns)."""
    records = frame.to_dict("records") if hasattr(frame, "to_dict") else list(frame)
    return [predicted_from_record(record, row) for row, record in enumerate(records)]


def predicted_from_record(record: dict[str, Any], row: int = 0) -> Predicted:
    """One predicted event from a dict (a frame row or a JSON line of `extract`)."""

    def text(key: str) -> str | None:
        value = record.get(key)
        return None if _missing(value) else str(value)

    return Predicted(
        event_id=text("event_id") or f"row-{row}",
        article_id=text("article_id") or "",
        start=_as_int(record.get("start")),
        end=_as_int(record.get("end")),
        sentence=text("sentence") or "",
        date=as_date(record.get("date")),
        date_end=as_date(record.get("date_end")) or as_date(record.get("date")),
        precision=text("precision"),
        event_type=text("event_type"),
        background=_as_bool(record.get("background")),
        dated_by=text("dated_by"),
        trigger=text("trigger"),
        cluster_id=text("cluster_id"),
    )


def read_article_texts(folders: Iterable[Path]) -> dict[str, str]:
    """article_id -> file text, for scoring a predictions file without the pipeline."""
    texts = {}
    for folder in folders:
        for path in sorted(Path(folder).iterdir()):
            if path.suffix.lower() in {".txt", ".md", ".html", ".htm"}:
                texts[path.stem] = path.read_text(encoding="utf-8", errors="replace")
    return texts


def source_languages(folders: Iterable[Path]) -> dict[str, str]:
    """article_id -> language from each folder's sources.csv."""
    languages = {}
    for folder in folders:
        sources = Path(folder) / "sources.csv"
        if not sources.exists():
            continue
        with sources.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row.get("file") and row.get("language"):
                    languages[Path(row["file"]).stem] = row["language"].strip()
    return languages
