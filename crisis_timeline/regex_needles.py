"""Plain strings a regular expression cannot match without: a cheap test before a slow search.

`needles(pattern)` reads the parsed pattern and returns strings one of which every match
contains ("via REUTERS" for r"\\bvia REUTERS\\b", {"shows", "pictured"} for
r"\\b(?:shows|pictured)\\b"), or None when it cannot tell. When none of them is in a text
(`str.__contains__`, in C), the pattern cannot be found there and the search is skipped.
A search of an alternation whose branches start with r"\\b" tries every branch at every
position; most lines hold none of the needles, so the test answers for them.

Only case-sensitive patterns get needles: under re.IGNORECASE a character matches others
that neither str.lower nor str.casefold map it to one for one (U+0130 and "i"), and a
needle test that missed a match would change results. It reads the parse tree of
`re._parser` (the module behind re.compile); if that ever fails, there are no needles and
every search runs, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import Any

try:  # Python 3.11+: re._parser; older: sre_parse (the same parser)
    from re import _parser as _sre
except ImportError:  # pragma: no cover - depends on the interpreter
    import sre_parse as _sre  # type: ignore[no-redef]

Needles = frozenset[str]

_REPEATS = tuple(
    getattr(_sre, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre, name)
)
_ATOMIC = getattr(_sre, "ATOMIC_GROUP", None)


def _shortest(candidate: Needles) -> int:
    return min(len(needle) for needle in candidate)


def _better(best: Needles | None, candidate: Needles | None) -> Needles | None:
    """The more selective of two needle sets: the one whose shortest needle is longer."""
    if not candidate or not all(candidate):
        return best
    if best is None or _shortest(candidate) > _shortest(best):
        return candidate
    return best


def _branch(alternatives: Iterable[Any]) -> Needles | None:
    """Needles of an alternation: each branch's, joined (every branch must have some)."""
    found = [_sequence(alternative) for alternative in alternatives]
    if any(needles is None for needles in found):
        return None
    return frozenset().union(*found)  # type: ignore[arg-type]


def _item(op: Any, av: Any) -> Needles | None:
    """Needles of one non-literal item of a sequence (None: it requires no known text)."""
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        return None if add_flags or del_flags else _sequence(inner)
    if op is _sre.BRANCH:
        return _branch(av[1])
    if op in _REPEATS and av[0] >= 1:
        return _sequence(av[2])
    if _ATOMIC is not None and op is _ATOMIC:
        return _sequence(av)
    return None


def _sequence(items: Iterable[tuple[Any, Any]]) -> Needles | None:
    """The best needle set of a sequence: a run of literals, or a required item's set."""
    best: Needles | None = None
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        best = _better(best, frozenset(("".join(run),)) if run else None)
        run = []
        best = _better(best, _item(op, av))
    return _better(best, frozenset(("".join(run),)) if run else None)


@cache
def needles(pattern: re.Pattern[str]) -> Needles | None:
    """Strings one of which every match of `pattern` contains, or None when unknown."""
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        return _sequence(_sre.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unexpected parser shape: no gate, the search decides
        return None


@cache
def all_needles(patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...] | None:
    """Needles of several patterns at once (a text holding none matches none of them), or
    None when one of them has none."""
    found = [needles(pattern) for pattern in patterns]
    if not found or any(n is None for n in found):
        return None
    union: Needles = frozenset().union(*found)  # type: ignore[arg-type]
    # A needle holding another is redundant: the shorter one is in every text it is in.
    return tuple(sorted(n for n in union if not any(o != n and o in n for o in union)))


def may_match(patterns: tuple[re.Pattern[str], ...], text: str) -> bool:
    """False only when none of `patterns` can be found in `text` (their needles are absent)."""
    required = all_needles(patterns)
    return required is None or any(map(text.__contains__, required))
