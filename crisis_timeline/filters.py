"""The one filter record shared by every page, and its URL form.

`Filters.from_query(params)` reads the URL's query parameters, `to_query()` writes them
back (only what differs from the defaults, so links stay short), `apply(events)` filters
the event table. The text filter matches the sentence and the event's places under any of
their names ("Kuźnica" finds the events placed at the Kuźnica–Bruzgi crossing even when the
sentence says "the border checkpoint"; "Kuznica" and "Grodno" work too). This module is the only place that knows the parameter names; `urls.py`
builds links from it. Pure: no streamlit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from itertools import chain

import numpy as np
import pandas as pd

from crisis_timeline.entities import fold, load_gazetteer

# URL parameter names (stable: shared links depend on them).
PARAM_START = "from"
PARAM_END = "to"
PARAM_OUTLETS = "outlet"
PARAM_LANGUAGES = "lang"
PARAM_TYPES = "type"
PARAM_ACTORS = "actor"
PARAM_PLACES = "place"
PARAM_TEXT = "q"
PARAM_BACKGROUND = "background"
PARAM_EVENT = "event"
PARAM_STEP = "step"
PARAM_THEME = "theme"


def _values(params: Mapping[str, object], key: str) -> tuple[str, ...]:
    raw = params.get(key)
    if raw is None:
        return ()
    items = raw if isinstance(raw, (list, tuple)) else [raw]
    return tuple(dict.fromkeys(str(v) for v in items if str(v).strip()))


def _date(params: Mapping[str, object], key: str) -> date | None:
    values = _values(params, key)
    if not values:
        return None
    try:
        return date.fromisoformat(values[0])
    except ValueError:
        return None  # a hand-edited link with a bad date falls back to "no bound"


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the events to; empty tuples mean "all"."""

    start: date | None = None
    end: date | None = None
    outlets: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    text: str = ""
    background: bool = False
    event_id: str | None = None  # the selected event, shared by every view
    extra: dict[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_query(cls, params: Mapping[str, object]) -> Filters:
        """From st.query_params (or any mapping of str -> str | list[str])."""
        event = _values(params, PARAM_EVENT)
        text = _values(params, PARAM_TEXT)
        return cls(
            start=_date(params, PARAM_START),
            end=_date(params, PARAM_END),
            outlets=_values(params, PARAM_OUTLETS),
            languages=_values(params, PARAM_LANGUAGES),
            event_types=_values(params, PARAM_TYPES),
            actors=_values(params, PARAM_ACTORS),
            places=_values(params, PARAM_PLACES),
            text=text[0] if text else "",
            background=_values(params, PARAM_BACKGROUND)[:1] in (("1",), ("true",), ("on",)),
            event_id=event[0] if event else None,
        )

    def to_query(self) -> dict[str, str | list[str]]:
        """Query parameters for this view (defaults left out)."""
        query: dict[str, str | list[str]] = {}
        if self.start:
            query[PARAM_START] = self.start.isoformat()
        if self.end:
            query[PARAM_END] = self.end.isoformat()
        for key, values in (
            (PARAM_OUTLETS, self.outlets),
            (PARAM_LANGUAGES, self.languages),
            (PARAM_TYPES, self.event_types),
            (PARAM_ACTORS, self.actors),
            (PARAM_PLACES, self.places),
        ):
            if values:
                query[key] = list(values)
        if self.text:
            query[PARAM_TEXT] = self.text
        if self.background:
            query[PARAM_BACKGROUND] = "1"
        if self.event_id:
            query[PARAM_EVENT] = self.event_id
        return query

    def with_event(self, event_id: str | None) -> Filters:
        return replace(self, event_id=event_id)

    def is_default(self) -> bool:
        defaults = Filters()
        return all(
            getattr(self, f.name) == getattr(defaults, f.name)
            for f in fields(self)
            if f.name not in ("event_id", "extra")
        )

    def describe(self) -> str:
        """The filters in words, for exports and empty states."""
        parts = []
        if self.start or self.end:
            parts.append(f"dates {self.start or '…'} to {self.end or '…'}")
        for label, values in (
            ("outlets", self.outlets),
            ("languages", self.languages),
            ("types", self.event_types),
            ("actors", self.actors),
            ("places", self.places),
        ):
            if values:
                parts.append(f"{label}: {', '.join(values)}")
        if self.text:
            parts.append(f"text contains “{self.text}”")
        parts.append("background shown" if self.background else "background hidden")
        return "; ".join(parts)

    def apply(self, events: pd.DataFrame) -> pd.DataFrame:
        """The events matching every filter (undated events pass date bounds: they are listed)."""
        if events.empty:
            return events
        keep = pd.Series(True, index=events.index)
        if not self.background:
            keep &= ~events["background"].astype(bool)
        if self.start:
            ends = events["date_end"].where(events["date_end"].notna(), events["date"])
            keep &= _each_distinct(ends, lambda d: d >= self.start)
        if self.end:
            keep &= _each_distinct(events["date"], lambda d: d <= self.end)
        for column, wanted in (
            ("outlet", self.outlets),
            ("language", self.languages),
            ("event_type", self.event_types),
        ):
            if wanted:
                keep &= events[column].isin(wanted)
        for column, wanted in (("actors", self.actors), ("places", self.places)):
            if wanted:
                chosen = set(wanted)
                codes, lists = _distinct_lists(events[column])
                keep &= _verdicts([bool(chosen & set(names)) for names in lists], codes)
        if self.text:
            needle = self.text.casefold()
            sentences = events["sentence"].to_numpy(dtype=object)
            in_sentence = np.fromiter(
                (isinstance(s, str) and needle in s.casefold() for s in sentences),
                dtype=bool,
                count=len(sentences),
            )
            codes, lists = _distinct_lists(events["places"])
            named = places_named(self.text, sorted(set(chain.from_iterable(lists))))
            if named:
                in_sentence |= _verdicts([not named.isdisjoint(names) for names in lists], codes)
            keep &= in_sentence
        if keep.all():
            # nothing filtered out: a shallow copy, not a copy of 100,000 rows (pandas'
            # copy-on-write keeps the caller's changes from reaching `events`)
            return events.copy(deep=False)
        return events[keep]


def _distinct_lists(column: pd.Series) -> tuple[np.ndarray, list[list[str]]]:
    """(code of each row, the distinct list cells): distinct by identity, since read_events
    gives equal lists one shared object (stored_events), so 460,000 rows of a store hold a
    few thousand; a table built another way has more of them and the same answer. Missing
    cells read as empty lists."""
    cells = column.to_numpy(dtype=object)
    codes, identities = pd.factorize(np.fromiter(map(id, cells), dtype=np.int64, count=len(cells)))
    first = np.empty(len(identities), dtype=np.int64)
    # a row of each code (which one does not matter: a code's rows hold one object)
    first[codes] = np.arange(len(cells))
    lists = [cell if isinstance(cell, list | tuple) else [] for cell in cells[first]]
    return codes, lists


def _verdicts(per_distinct: list[bool], codes: np.ndarray) -> np.ndarray:
    return np.asarray(per_distinct, dtype=bool)[codes]


def _each_distinct(dates: pd.Series, test: Callable[[date], bool]) -> np.ndarray:
    """test(d) for each row's date, asked once per distinct date (a few hundred, where a
    large store has 460,000 rows); missing dates pass: undated events are listed."""
    codes, distinct = pd.factorize(dates, use_na_sentinel=True)
    verdicts = np.array([bool(test(d)) for d in distinct] + [True], dtype=bool)
    return verdicts[codes]  # code -1 (missing) reads the last verdict


def places_named(text: str, candidates: Sequence[str]) -> frozenset[str]:
    """The place names among `candidates` that `text` names: a part of the canonical name,
    the local name or an alias, ignoring case and diacritics.

    >>> sorted(places_named("kuznica", ["Kuźnica–Bruzgi crossing", "Minsk"]))
    ['Kuźnica–Bruzgi crossing']
    """
    needle = fold(text.strip())
    if len(needle) < 2:  # one letter is in every name
        return frozenset()
    gazetteer = load_gazetteer()
    named = set()
    for name in candidates:
        place = gazetteer.place(name)
        spellings = (name, *((place.local_name, *place.aliases) if place else ()))
        if any(needle in fold(spelling) for spelling in spellings):
            named.add(name)
    return frozenset(named)


def options(events: pd.DataFrame, column: str) -> list[str]:
    """Sorted distinct values of a column (list columns are flattened)."""
    if events.empty:
        return []
    values = events[column]
    if column in ("actors", "places"):
        return sorted(set(chain.from_iterable(values)))  # C loops: 460,000 rows in 20 ms
    return sorted(v for v in pd.unique(values) if isinstance(v, str))


def date_bounds(events: pd.DataFrame) -> tuple[date, date] | None:
    """(first date, last date or end date) of the events; None when none is dated."""
    if events.empty:
        return None
    # over the distinct cells: a corpus has a few hundred days in 460,000 rows
    dated: Sequence[date] = [d for d in pd.unique(events["date"]) if isinstance(d, date)]
    ends = [d for d in pd.unique(events["date_end"]) if isinstance(d, date)]
    if not dated:
        return None
    return min(dated), max([*dated, *ends])
