"""The cleaned-text -> original-text offset map, stored compactly.

Cleaning (articles.py) removes page furniture and normalises spaces, so every character of
the cleaned text remembers where it came from. Almost everywhere the map just goes up by
one; storing one integer per character costs ~36 bytes each in Python, which for 10,000
articles is about a gigabyte. OffsetRuns keeps only the break points and answers
`offsets[i]` by bisection, so a store with 10,000 articles loads in a fraction of the time
and memory. It behaves as the tuple it replaces (indexing, len, iteration, equality).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np


class OffsetRuns(Sequence[int]):
    """A read-only sequence of ints made of runs that increase by one."""

    __slots__ = ("_starts", "_originals", "_length")

    def __init__(self, points: Sequence[Sequence[int]], length: int) -> None:
        """points: [index, original] where each run starts (sorted by index); length: the
        number of entries (the last run lasts until then)."""
        self._starts = tuple(int(index) for index, _ in points)
        self._originals = tuple(int(original) for _, original in points)
        self._length = length if points else 0

    @classmethod
    def from_offsets(cls, offsets: Sequence[int]) -> OffsetRuns:
        return cls(break_points(offsets), len(offsets))

    def points(self) -> list[list[int]]:
        return [[s, o] for s, o in zip(self._starts, self._originals, strict=True)]

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[int, ...]: ...
    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(self)[index]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._originals[run] + index - self._starts[run]

    def __iter__(self) -> Iterator[int]:
        for number, (start, original) in enumerate(zip(self._starts, self._originals, strict=True)):
            stop = self._starts[number + 1] if number + 1 < len(self._starts) else self._length
            yield from range(original, original + stop - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OffsetRuns):
            return (self._starts, self._originals, self._length) == (
                other._starts,
                other._originals,
                other._length,
            )
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == self._length and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"OffsetRuns({self.points()!r}, {self._length})"

    def __reduce__(self):
        return (OffsetRuns, (self.points(), self._length))


def break_points(offsets: Sequence[int]) -> list[list[int]]:
    """[index, original] wherever the map does not continue the previous run by one."""
    if isinstance(offsets, OffsetRuns):
        return offsets.points()
    if len(offsets) == 0:
        return []
    # In numpy: a Python loop over every character was ~2% of a one-process build.
    # Within a run, original - index stays the same; a run starts wherever it changes.
    originals = np.fromiter(offsets, dtype=np.int64, count=len(offsets))
    shift = originals - np.arange(len(originals), dtype=np.int64)
    starts = np.concatenate(([0], np.flatnonzero(shift[1:] != shift[:-1]) + 1))
    return [[i, o] for i, o in zip(starts.tolist(), originals[starts].tolist(), strict=True)]
