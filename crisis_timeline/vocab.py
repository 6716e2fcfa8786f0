"""Closed vocabularies shared by the pipeline stages (types, not bare strings)."""

from __future__ import annotations

from typing import Literal, get_args

Precision = Literal["day", "weekend", "week", "month", "quarter", "season", "year", "decade"]
PublishedBasis = Literal["metadata", "text", "inferred", "unknown"]
DatedBy = Literal["expression", "publication", "narrative"]
ExpressionType = Literal["DATE", "TIME"]
TimeOfDay = str  # "early morning", "morning", "afternoon", "evening", "night", "late" or "HH:MM"
EventType = Literal[
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
]

PRECISIONS: tuple[str, ...] = get_args(Precision)
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
PARTS_OF_DAY: tuple[str, ...] = (
    "early morning",
    "morning",
    "afternoon",
    "evening",
    "night",
    "late",
)
