"""A story, its reporting day, then the story again with its own day.

"Le corps d'un jeune Syrien a été découvert près de la frontière, a annoncé samedi la
police polonaise." then "« Le corps d'un jeune homme ... a été découvert hier »": the lead's
only date is the day the story was told (a reporting clause after it, lang/<code>/events.py
REPORT_TAIL); the next sentence, telling the same happening in the same words, dates the
happening itself, a day or two before. events.py asks this of each lead sentence.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from crisis_timeline.narration import pattern
from crisis_timeline.sentence_units import SentenceUnit, without_dates
from crisis_timeline.temporal import TimeExpression

# The retold day is at most this many days before the reporting day ("hier", "on Thursday"
# in a Saturday report); further back, it is another happening, not the same one retold.
RESTATED_MAX_DAYS = 2
# The two sentences tell the same happening: they share this many words of five letters or
# more ("corps", "jeune", "découvert"), their dates left out.
SHARED_WORDS = 2
_WORD = re.compile(r"[^\W\d_]{5,}")


def _words(unit: SentenceUnit) -> set[str]:
    return {word.lower() for word in _WORD.findall(without_dates(unit))}


def restated_day(
    unit: SentenceUnit,
    expression: TimeExpression,
    follower: SentenceUnit,
    follower_dates: Callable[[SentenceUnit], list[TimeExpression]],
    lang: str,
) -> TimeExpression | None:
    """`expression` re-dated to the day `follower` gives the same happening, when
    `expression` only dates the reporting clause after `unit`'s story; else None.
    `follower_dates` gives a sentence's own dates (sentence_dates.main_expressions), asked only
    once the reporting clause is found."""
    if expression.precision != "day" or expression.date is None:
        return None
    before = unit.sentence.text[: expression.start - unit.sentence.start]
    if not pattern("report_tail", lang).search(before):
        return None
    day = next(
        (
            e
            for e in follower_dates(follower)
            if e.precision == "day"
            and e.date is not None
            and 1 <= (expression.date - e.date).days <= RESTATED_MAX_DAYS
        ),
        None,
    )
    if day is None or len(_words(unit) & _words(follower)) < SHARED_WORDS:
        return None
    return dataclasses.replace(
        expression,
        date=day.date,
        date_end=day.date_end,
        value=day.value,
        time_of_day=day.time_of_day,
        reason=(
            f"told {expression.text} ({expression.date:%a %d %b %Y}); the next sentence, "
            f"telling the same happening, dates it “{day.text}” ({day.date:%a %d %b %Y})"
        ),
    )
