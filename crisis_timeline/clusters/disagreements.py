"""Where the outlets of one story disagree: figures, dates, and claims only one outlet makes.

Figures of one unit that differ beyond rounding (QUALIFIER_BANDS in cluster_lexicon.py:
"almost two hours" is 108-120 min, so it disagrees with "one hour and 45 minutes";
"around 2,000" agrees with "2,000"), day dates that differ (only dates an outlet states,
not publication-day assumptions), and figures or participants only one outlet reports.
Each `Discrepancy` names every outlet with its own words, and groups the outlets by what
they say (`ValueGroup`): a story reported by 80 outlets may have five figures, not 80.

Reads: the member EventFeatures of one cluster. Does not: decide which outlet is right;
it shows where they differ.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from crisis_timeline.cells import is_missing, text_value
from crisis_timeline.cluster_lexicon import (
    APPROXIMATE_BAND,
    EXACT_BAND,
    QUALIFIER_BANDS,
    UNIT_DISPLAY,
)
from crisis_timeline.clusters.features import EventFeatures
from crisis_timeline.clusters.tuning import QUOTE_CHARS


@dataclass(frozen=True)
class ValueGroup:
    """The outlets of a disagreement that say the same thing (a story reported by 80 outlets
    may have five figures, not 80: readers need who says which)."""

    value: str  # what they say, normalised: "100 kilometres", "15 November 2021"
    outlets: tuple[str, ...]  # in order of first publication
    words: str  # how the first of them put it

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "outlets": list(self.outlets), "words": self.words}

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> ValueGroup:
        return cls(
            value=str(record.get("value") or ""),
            outlets=tuple(str(o) for o in record.get("outlets") or ()),
            words=str(record.get("words") or ""),
        )


@dataclass(frozen=True)
class Discrepancy:
    """One way the outlets in a cluster disagree, naming each outlet with its own words."""

    kind: str  # "quantity" | "date" | "claim"
    unit: str | None
    values: dict[str, str]  # outlet -> words as written (ISO dates for kind "date")
    detail: str
    event_ids: tuple[str, ...]
    # the outlets grouped by what they say, the most widely said first
    groups: tuple[ValueGroup, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "unit": self.unit,
            "values": dict(self.values),
            "detail": self.detail,
            "events": list(self.event_ids),
            "groups": [group.to_json() for group in self.groups],
        }

    @classmethod
    def from_json(cls, record: dict[str, Any]) -> Discrepancy:
        """The inverse of to_json (the store keeps clusters as JSON)."""
        return cls(
            kind=str(record["kind"]),
            unit=record.get("unit"),
            values={str(k): str(v) for k, v in (record.get("values") or {}).items()},
            detail=str(record.get("detail") or ""),
            event_ids=tuple(record.get("events") or record.get("event_ids") or ()),
            groups=tuple(ValueGroup.from_json(g) for g in record.get("groups") or ()),
        )


def discrepancies(members: list[EventFeatures]) -> list[Discrepancy]:
    """Every way the outlets of one cluster disagree: figures, then dates, then claims."""
    return (
        _quantity_discrepancies(members)
        + _date_discrepancies(members)
        + _claim_discrepancies(members)
    )


def _band(quantity: dict[str, Any]) -> tuple[float, float]:
    """(low, high) values a reported figure stands for, from its qualifier or text."""
    value = float(quantity.get("value") or 0.0)
    qualifier = text_value(quantity.get("qualifier")).lower().strip()
    band = QUALIFIER_BANDS.get(qualifier)
    if band is None:
        text = text_value(quantity.get("text")).lower()
        # The longest qualifier found at the start of the text, or a vague magnitude inside it.
        for words_ in _qualifiers_longest_first():
            if text.startswith(words_ + " ") or (QUALIFIER_BANDS[words_][1] > 1 and words_ in text):
                band = QUALIFIER_BANDS[words_]
                break
    if band is None:
        band = APPROXIMATE_BAND if quantity.get("approximate") is True else EXACT_BAND
    low, high = value * (1 + band[0]), value * (1 + band[1])
    return (min(low, high), max(low, high))


@lru_cache(maxsize=1)
def _qualifiers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(QUALIFIER_BANDS, key=len, reverse=True))


def _format_value(value: Any, unit: str) -> str:
    number = float(value)
    shown = f"{int(number):,}" if number.is_integer() else f"{number:,.1f}"
    return f"{shown} {UNIT_DISPLAY.get(unit, ('', '', unit))[2]}".strip()


def unit_title(unit: str) -> str:
    """How a unit is named in a heading ("Duration", "Number of migrants")."""
    return UNIT_DISPLAY.get(unit, (unit.replace("_", " ").capitalize(), "", ""))[0]


def _quantity_discrepancies(members: list[EventFeatures]) -> list[Discrepancy]:
    by_unit: dict[str, dict[str, list[tuple[dict[str, Any], EventFeatures]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for e in members:
        for q in e.quantities:
            if q.get("unit") and not is_missing(q.get("value")):
                by_unit[str(q["unit"])][e.outlet].append((q, e))
    found: list[Discrepancy] = []
    for unit in sorted(by_unit):
        outlets = by_unit[unit]
        if len(outlets) < 2:
            continue
        bands = {o: [_band(q) for q, _ in reported] for o, reported in outlets.items()}
        names = sorted(outlets)
        disagree = any(
            not any(a[0] <= b[1] and b[0] <= a[1] for a in bands[x] for b in bands[y])
            for index, x in enumerate(names)
            for y in names[index + 1 :]
        )
        if not disagree:
            continue
        ordered = outlet_order(members, outlets)
        values = {
            o: "; ".join(text_value(q.get("text"), str(q.get("value"))) for q, _ in outlets[o])
            for o in ordered
        }
        said = ", ".join(
            f"{o} says "
            + "; ".join(
                f"{text_value(q.get('text'), str(q.get('value')))} ({_format_value(q['value'], unit)})"
                for q, _ in outlets[o]
            )
            for o in ordered
        )
        figures = {
            o: [
                (_format_value(q["value"], unit), text_value(q.get("text"), ""))
                for q, _ in outlets[o]
            ]
            for o in ordered
        }
        found.append(
            Discrepancy(
                kind="quantity",
                unit=unit,
                values=values,
                detail=f"{unit_title(unit)}: {said}",
                event_ids=tuple(dict.fromkeys(e.event_id for o in ordered for _, e in outlets[o])),
                groups=_value_groups(ordered, figures),
            )
        )
    return found


def _value_groups(
    ordered: list[str], said: dict[str, list[tuple[str, str]]]
) -> tuple[ValueGroup, ...]:
    """Outlets (in order of first publication) grouped by each value they give (`said`:
    outlet -> (value, its words) pairs; an outlet giving two figures is in both groups),
    the most widely given first; a group quotes its first outlet's words."""
    members: dict[str, list[str]] = {}
    first_words: dict[str, str] = {}
    for outlet in ordered:
        for value, words in said[outlet]:
            if outlet not in members.setdefault(value, []):
                members[value].append(outlet)
                first_words.setdefault(value, words or value)
    groups = [
        ValueGroup(value, tuple(outlets), first_words[value]) for value, outlets in members.items()
    ]
    return tuple(sorted(groups, key=lambda group: -len(group.outlets)))


def outlet_order(members: list[EventFeatures], outlets: Iterable[str]) -> list[str]:
    """Outlets in order of first publication, then name (the order the cluster lists them)."""
    earliest: dict[str, date] = {}
    for e in members:
        if e.published is not None and (
            e.outlet not in earliest or e.published < earliest[e.outlet]
        ):
            earliest[e.outlet] = e.published
    return sorted(outlets, key=lambda o: (o not in earliest, earliest.get(o, date.max), o))


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _long_date(day: date) -> str:
    # A table, not strftime("%B"): month names must not depend on the machine's locale.
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _date_discrepancies(members: list[EventFeatures]) -> list[Discrepancy]:
    # Only dates an outlet states (or carries through its narrative) count: a lead event
    # dated by its publication day is the pipeline's assumption, not the outlet's claim.
    stated: dict[str, list[EventFeatures]] = defaultdict(list)
    for e in members:
        if e.date is not None and e.precision == "day" and e.dated_by != "publication":
            stated[e.outlet].append(e)
    if len(stated) < 2 or len({e.date for reported in stated.values() for e in reported}) < 2:
        return []
    ordered = outlet_order(members, stated)
    values: dict[str, str] = {}
    said: dict[str, list[tuple[str, str]]] = {}
    parts: list[str] = []
    for outlet in ordered:
        days = sorted({e.date for e in stated[outlet]})
        values[outlet] = ", ".join(d.isoformat() for d in days)
        triggers = list(dict.fromkeys(e.trigger for e in stated[outlet] if e.trigger))
        quoted = f" (“{'”, “'.join(triggers)}”)" if triggers else ""
        parts.append(f"{outlet} says {' and '.join(_long_date(d) for d in days)}{quoted}")
        # each date in the words that gave it (the first trigger of the events on that day)
        said[outlet] = [
            (
                _long_date(day),
                next((f"“{e.trigger}”" for e in stated[outlet] if e.date == day and e.trigger), ""),
            )
            for day in days
        ]
    return [
        Discrepancy(
            kind="date",
            unit=None,
            values=values,
            detail=f"Date: {', '.join(parts)}",
            event_ids=tuple(e.event_id for o in ordered for e in stated[o]),
            groups=_value_groups(ordered, said),
        )
    ]


def _quote(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 1].rstrip() + "…"


def _claim_discrepancies(members: list[EventFeatures]) -> list[Discrepancy]:
    """Figures of a unit, or actors, that only one outlet of the cluster reports."""
    found: list[Discrepancy] = []
    unit_outlets: dict[str, dict[str, list[tuple[dict[str, Any], EventFeatures]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    actor_outlets: dict[str, dict[str, list[EventFeatures]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for e in members:
        for q in e.quantities:
            if q.get("unit"):
                unit_outlets[str(q["unit"])][e.outlet].append((q, e))
        for actor in e.actors:
            actor_outlets[actor][e.outlet].append(e)
    for unit in sorted(unit_outlets):
        if len(unit_outlets[unit]) != 1:
            continue
        ((outlet, reported),) = unit_outlets[unit].items()
        text = "; ".join(text_value(q.get("text"), str(q.get("value"))) for q, _ in reported)
        noun = UNIT_DISPLAY.get(unit, ("", f"a figure in {unit}", ""))[1]
        found.append(
            Discrepancy(
                kind="claim",
                unit=unit,
                values={outlet: text},
                detail=f"Only {outlet} gives {noun}: “{text}”",
                event_ids=tuple(dict.fromkeys(e.event_id for _, e in reported)),
                groups=(ValueGroup(text, (outlet,), text),),
            )
        )
    for actor in sorted(actor_outlets):
        if len(actor_outlets[actor]) != 1:
            continue
        ((outlet, reported),) = actor_outlets[actor].items()
        found.append(
            Discrepancy(
                kind="claim",
                unit=None,
                values={outlet: _quote(reported[0].sentence)},
                detail=f"Only {outlet} mentions {actor}: “{_quote(reported[0].sentence)}”",
                event_ids=tuple(e.event_id for e in reported),
                groups=(ValueGroup(actor, (outlet,), _quote(reported[0].sentence)),),
            )
        )
    return found
