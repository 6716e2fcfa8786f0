"""Builds a `temporal_lexicon.Lexicon` from the fields a language actually uses.

A Lexicon has some ninety fields, many of them English or French devices (betting odds,
"Saturday Night Live", passive infinitives). A language folder names the fields it fills;
the others are empty tables of the right type, so the tagger's patterns never match them.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from crisis_timeline.temporal_lexicon import Lexicon, Phrase

CLOCK_DIGITS = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d",
    r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])",
)


def _empty(annotation: Any) -> Any:
    text = str(annotation)
    if text.startswith("bool"):
        return False
    if text.startswith("frozenset"):
        return frozenset()
    if text.startswith("tuple"):
        return ()
    return {}


def make_lexicon(lang: str, **given: Any) -> Lexicon:
    """A Lexicon with `given` fields and every other field empty."""
    values = {}
    for f in dataclasses.fields(Lexicon):
        if f.name in given:
            values[f.name] = given.pop(f.name)
        elif f.name != "lang":
            values[f.name] = _empty(f.type)
    if given:
        raise TypeError(f"Unknown Lexicon fields: {sorted(given)}")
    return Lexicon(lang=lang, **values)


def day_words(words: dict[str, int]) -> dict[str, Phrase]:
    """'today', 'yesterday'... as day phrases that may take a part of day after them."""
    return {k: Phrase("day", offset, takes_part_of_day=True) for k, offset in words.items()}


def periods(table: dict[str, tuple[str, int]]) -> dict[str, Phrase]:
    """{'w zeszłym tygodniu': ('week', -1)} -> phrases relative to the publication date."""
    return {k: Phrase(unit, offset) for k, (unit, offset) in table.items()}
