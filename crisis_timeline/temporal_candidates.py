"""A date expression as the detector finds it, before it is resolved (its span and the parts
it is made of), and which of overlapping ones survive: the longer reading wins.
temporal_detect.py finds them; temporal.py resolves them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .temporal_grammar import Grammar, key
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


def told_years(candidates: list[Candidate], lowered: str, grammar: Grammar) -> list[Candidate]:
    """A month or a dated day whose year is told relative to the publication's, after it
    ("w sierpniu ubiegłego roku", "13 декабря прошлого года", "w listopadzie br.") or before
    it ("praėjusių metų rugpjūtį"): the span takes the words in, and extras["year_offset"]
    says how many years from the publication's (temporal.py resolves it). Candidates the
    longer span now covers are dropped."""
    out: list[Candidate] = []
    for candidate in candidates:
        if out and candidate.start < out[-1].end:
            continue
        out.append(candidate)
        if (
            candidate.kind not in ("month", "explicit")
            or candidate.year is not None
            or candidate.relation is not None
        ):
            continue
        after = grammar.month_year_after.match(lowered, candidate.end)
        before = grammar.month_year_before.search(
            lowered, max(0, candidate.start - YEAR_WORDS_REACH), candidate.start
        )
        if after is not None:
            candidate.end = after.end()
            told = after.group("y")
        elif before is not None:
            candidate.start = before.start()
            told = before.group(before.lastgroup or 0)
            while len(out) > 1 and out[-2].end > candidate.start:
                del out[-2]  # "Pernai" read as a year of its own
        else:
            continue
        candidate.extras["year_offset"] = grammar.month_year_offsets[key(told)]
    return out


YEAR_WORDS_REACH = 24  # how far before a month its year's words may start ("praėjusių metų ")


def range_start_years(candidates: list[Candidate], lowered: str, link: re.Pattern[str]) -> None:
    """ "From August to September 2020", "od sierpnia do września ubiegłego roku": a month
    opening a range whose end tells its year (as a number or relative to the publication's)
    is of that year, or of the year before when it comes later in the calendar ("from
    November to February 2022"). Read alone, it was the month closest to the publication."""
    for first, last in zip(candidates, candidates[1:], strict=False):
        if (
            first.kind != "month"
            or last.kind != "month"
            or first.year is not None
            or first.relation is not None
            or "year_offset" in first.extras
            or not link.fullmatch(lowered, first.end, last.start)
        ):
            continue
        back = 1 if first.month > last.month else 0  # type: ignore[operator]
        if last.year is not None:
            first.year = last.year - back
            first.extras["range_end_year"] = True
        elif "year_offset" in last.extras:
            first.extras["year_offset"] = last.extras["year_offset"] - back


# "1/4 The videos show ...", "4/4 Poland prepares ...": a photo gallery's counter opening a
# caption line, not the 1st of April or the 4th of April.
_COUNTER = re.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})(?=[ \t]+\w)", re.MULTILINE)


def _gallery_counters(text: str) -> set[int]:
    """Starts of line-opening "k/N" counters, when at least two lines count to the same N."""
    if "/" not in text:
        return set()
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in _COUNTER.finditer(text):
        if int(m.group(1)) <= int(m.group(2)):
            by_total.setdefault(m.group(2), []).append(m)
    return {m.start(1) for found in by_total.values() if len(found) > 1 for m in found}


def without_gallery_counters(candidates: list[Candidate], text: str) -> list[Candidate]:
    """The candidates but those that are a photo gallery's counters (_gallery_counters)."""
    counters = _gallery_counters(text)
    if not counters:
        return candidates
    return [c for c in candidates if c.start not in counters]
