"""A date expression as the detector finds it, before it is resolved (its span and the parts
it is made of), and which of overlapping ones survive: the longer reading wins.
temporal_detect.py finds them; temporal.py resolves them."""

from __future__ import annotations

from dataclasses import dataclass, field

from .temporal_lexicon import Phrase

_PRIORITY = {
    "explicit": 0,
    "numeric": 1,
    "month": 2,
    "relative": 3,
    "phrase": 3,
    "period": 3,
    "weekday": 4,
    "year": 5,
    "bare_part": 6,
    "clock": 7,
}


@dataclass
class Candidate:
    """A detected expression: its span and the parts it is made of."""

    start: int
    end: int
    kind: (
        # explicit | numeric | month | year | weekday | phrase | relative | bare_part | period
        # | clock (a clock time with no day)
        str
    )
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relation: str | None = None  # "before" | "after" | "this" from last/next/this/dernier...
    modifier: str | None = None  # "start" | "mid" | "end" (early/mid-/late November)
    phrase: Phrase | None = None
    amount: int | None = None  # "two" in "two weeks ago"
    unit: str | None = None
    direction: str | None = None  # relative templates: ago | ahead | later | earlier
    time_of_day: str | None = None
    clock: str | None = None
    extras: dict = field(default_factory=dict)

    @property
    def priority(self) -> int:
        return _PRIORITY[self.kind]


def longest_first(pool: list[Candidate], length: int) -> list[Candidate]:
    """The candidates that survive when longer ones win (then by kind, then the earlier):
    sorted by start, never overlapping.

    A byte per character of the text marks what a kept candidate covers, so each candidate
    is checked against its own characters only: linear in the text, where inserting into a
    sorted list was quadratic in the number of dates.
    """
    pool = sorted(pool, key=lambda c: (-(c.end - c.start), c.priority, c.start))
    covered = bytearray(length + 1)
    kept: list[Candidate] = []
    for candidate in pool:  # longest first: a longer reading wins
        if covered.find(1, candidate.start, max(candidate.end, candidate.start + 1)) >= 0:
            continue
        kept.append(candidate)
        covered[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
    kept.sort(key=lambda c: c.start)
    return kept
