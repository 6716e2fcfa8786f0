"""Assigns an event type from the fixed vocabulary (vocab.EVENT_TYPES) to a sentence.

Reads: sentence text, language. Adds: event_type. Cue words come from
event_type_lexicon.CUES; this module only scores them. It does not decide whether a
sentence is an event at all (events.py does).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from crisis_timeline.event_type_lexicon import CUES, EVENT_TYPE_ORDER
from crisis_timeline.narration import declares_stance
from crisis_timeline.narration import pattern as events_pattern
from crisis_timeline.vocab import EVENT_TYPES

try:  # Python 3.11+: re._parser; older: sre_parse (the same parser)
    from re import _parser
except ImportError:  # pragma: no cover - depends on the interpreter
    import sre_parse as _parser  # type: ignore[no-redef]

assert set(EVENT_TYPE_ORDER) == set(EVENT_TYPES), "lexicon order must cover the vocabulary"


@cache
def _compiled(lang: str) -> list[tuple[str, float, re.Pattern[str]]]:
    table = CUES[lang]  # a view of the registry: a partial language gets an empty table
    compiled = []
    for event_type, weight, patterns in table:
        alternation = "|".join(patterns)
        compiled.append(
            (
                event_type,
                weight,
                re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE),
            )
        )
    return compiled


@cache
def _any_cue(lang: str) -> re.Pattern[str]:
    """Where some type's cue starts: every type's pattern in one zero-width lookahead, so a
    sentence is scanned once; each type's own pattern then runs only at those positions."""
    table = CUES[lang]  # a view of the registry: a partial language gets an empty table
    alternation = _by_first_letter([pattern for _t, _w, patterns in table for pattern in patterns])
    return re.compile(rf"(?<![\w-])(?=(?:{alternation})(?![\w-]))", re.IGNORECASE)


def _top_level_branches(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _by_first_letter(patterns: list[str]) -> str:
    """The alternation of `patterns` with those that open on a letter grouped by it
    ("e(?:(?:lections?)|(?:xpelled))"): at each word the engine tries the branches one by
    one, and the letter rules most groups out at once (the scan runs 2-2.5x faster).
    Inside a lookahead only whether some branch matches counts, so order does not matter."""
    groups: dict[str, list[str]] = {}
    others = []
    for pattern in patterns:
        first = _parser.parse(pattern, re.IGNORECASE)
        # A letter that must be there (not "a?", "a|b" or an escape): the rest follows it.
        # Not a pattern with a top-level "|": the parser takes out the branches' shared
        # first letters ("mitinga|mitingo" reads as "m" ...), but slicing the text would
        # keep the second branch whole ("m(?:itinga|mitingo)" never matched "mitingo").
        if (
            pattern[:1].isalpha()
            and len(first)
            and first[0] == (_parser.LITERAL, ord(pattern[0]))
            and not _top_level_branches(pattern)
        ):
            groups.setdefault(pattern[0], []).append(pattern[1:])
        else:
            others.append(pattern)
    branches = [
        f"{letter}(?:{'|'.join(f'(?:{rest})' for rest in rests)})"
        for letter, rests in groups.items()
    ]
    return "|".join([*branches, *(f"(?:{pattern})" for pattern in others)])


def _matches(pattern: re.Pattern[str], sentence: str, starts: list[int]) -> Iterator[re.Match]:
    """What pattern.finditer(sentence) gives, trying only `starts` (ascending), which hold
    every position where the pattern can match: finditer's leftmost match from a position
    is the first start at or after it where the pattern matches, and it goes on from the
    match's end (a cue is never empty)."""
    position = 0
    for start in starts:
        if start < position:
            continue
        match = pattern.match(sentence, start)
        if match:
            yield match
            position = match.end()


# A cue at the end of a sentence counts this much less than one at its start: news
# sentences put the main happening first ("spoke on Sunday ..., as the EU prepares sanctions").
POSITION_DISCOUNT = 0.4


def _masked(sentence: str, lang: str) -> str:
    """The sentence with the words no cue may read blanked out, offsets kept (a "hybrid
    attack" is the accusation's word for the crisis, not a clash: lang/<code>/events.py
    NOT_A_CUE)."""
    return events_pattern("not_a_cue", lang).sub(lambda m: " " * len(m.group()), sentence)


def cue_scores(sentence: str, lang: str) -> dict[str, float]:
    """Summed cue weights per event type (at most two distinct cues count per type)."""
    return dict(_cue_scores(sentence, lang))


# events.py asks for a sentence's type and whether it has a cue one after the other, and
# clauses are scored the same way: the last few thousand answers are kept so a sentence's
# ten regular-expression scans run once (they were half of event extraction's time).
@lru_cache(maxsize=4096)
def _cue_scores(sentence: str, lang: str) -> tuple[tuple[str, float], ...]:
    scores: dict[str, float] = {}
    sentence = _masked(sentence, lang)
    length = max(len(sentence), 1)
    starts = [match.start() for match in _any_cue(lang).finditer(sentence)]
    if not starts:
        return ()
    for event_type, weight, pattern in _compiled(lang):
        hits: dict[str, int] = {}
        for match in _matches(pattern, sentence, starts):
            hits.setdefault(match.group(0).lower(), match.start())
        positions = sorted(hits.values())[:2]
        for position in positions:
            scores[event_type] = scores.get(event_type, 0.0) + weight * (
                1 - POSITION_DISCOUNT * position / length
            )
    return tuple(scores.items())


# Types a reported stance keeps: declarations and talks, and measures ("the state of emergency
# would not be lifted before December", "the crossing will not reopen" stay "other").
DECLARED_TYPES = frozenset({"statement", "diplomacy", "sanctions", "other"})


def classify_event_type(sentence: str, lang: str) -> str:
    """The best-scoring event type, "other" when no cue matches.

    >>> classify_event_type("The pair spoke on the phone for almost two hours", "en")
    'diplomacy'
    >>> classify_event_type("lors d'un entretien téléphonique avec Poutine", "fr")
    'diplomacy'
    """
    scores = dict(_cue_scores(sentence, lang))
    if not scores:
        return "other"
    best = max(scores.values())
    event_type = next(t for t in EVENT_TYPE_ORDER if scores.get(t) == best)
    # a reported stance alone ("said he would not prevent border crossings") is the
    # declaration, whatever the words it names; declarations, talks and measures keep theirs
    if event_type not in DECLARED_TYPES and declares_stance(sentence, lang):
        return "statement"
    return event_type
