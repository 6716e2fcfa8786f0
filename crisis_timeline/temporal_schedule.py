"""Clock times that are the hour of a rule or timetable, not of a happening.

"Le couvre-feu à 18 heures est maintenu", "the 10 p.m. curfew", "the shop closes at 9 p.m.
every day": the hour belongs to a standing rule, so it must not date an event, whatever tense
the sentence is in ("a curfew from 18:00 was imposed" dates the imposition, not 18:00).
The words come from the language's `schedule_nouns` and `daily_markers`.
"""

from __future__ import annotations

import re
from functools import cache

from .temporal_grammar import Grammar
from .temporal_tense import ClauseTense

# How far back (characters) and over how many words a schedule noun still governs a clock
# time: "curfew from 6 p.m. to [6 a.m.]", "godzina policyjna od 18:00 do [6:00]".
_NOUN_REACH = 60
_MAX_WORDS_BETWEEN = 5


@cache
def _words(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def is_rule_hour(tenses: ClauseTense, grammar: Grammar, start: int, end: int) -> bool:
    """Whether the clock time text[start:end] is a rule's or a timetable's hour."""
    lexicon = grammar.lexicon
    lowered = tenses.lowered
    sentence_start, sentence_end = tenses.sentence(start, end)
    daily = _words(lexicon.daily_markers)
    if daily and daily.search(lowered, sentence_start, sentence_end):
        return True
    nouns = _words(lexicon.schedule_nouns)
    if nouns is None:
        return False
    # Right after the clock time, past blanks or a hyphen: "the 10 p.m. curfew".
    after = nouns.match(lowered, _skip_blanks(lowered, end, sentence_end), sentence_end)
    if after:
        return True
    before = None
    for match in nouns.finditer(lowered, max(sentence_start, start - _NOUN_REACH), start):
        before = match
    if before is None:
        return False
    gap = lowered[before.end() : start]
    return len(gap.split()) <= _MAX_WORDS_BETWEEN and not tenses.has_cue(before.end(), start)


def _skip_blanks(text: str, position: int, limit: int) -> int:
    while position < limit and text[position] in " \t\u00a0\u202f-":
        position += 1
    return position
