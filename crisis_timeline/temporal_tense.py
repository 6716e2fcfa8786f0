"""The tense of the clause around a temporal expression, from lexical cues.

Reads: the text, its lower-cased copy and the language's tense-cue pattern. Gives: a mode
for `temporal_calendar` ("past", "present", "future", "reported" or "none") and the cue
word that decided it, for the expression's reason.

The decision is local, because an article mixes tenses: "said the country will carry out
its first repatriation flight on Thursday" is future for "Thursday", while the next
sentence may be past. Cues are looked for in this order, nearest first:
1. before the expression in its clause segment (between commas), where the verb governing
   an adverbial usually is ("will carry out ... on Thursday", "a demandé lundi");
2. after it in the same segment ("Kaminski on Saturday reported");
3. before it, then after it, in the rest of the sentence ("On Monday, hundreds approached").
No part-of-speech tagger is involved; what it does not see (a bare present tense) yields
"none", and the caller applies the news convention for that case.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .temporal_grammar import Grammar, key

# A sentence ends at . ! ? … followed by a capitalised word, at ; and at a line break. The
# pattern starts with a character class so the regex engine can skip to candidates quickly.
_SENTENCE_END = re.compile(
    r"[.!?…;\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*\s+(?=[«\"“‘'(\[]?\s?[A-ZÀ-ÖØ-ÞŒ])|(?<=;)\s|(?<=\n))"
)
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\S\r\n]+\Z")
_OPENERS = " \"'“‘«(\u00a0\u202f\t"  # what may precede the first word of a sentence
_SEGMENT_BREAK = re.compile(r"[,:()]|\s[–—-]\s")


@dataclass(frozen=True)
class Tense:
    mode: str  # "past" | "present" | "future" | "reported" | "none"
    cue: str | None = None  # the cue as written in the text
    literal: bool = False  # a listed word ("was", "will"), not an ending ("-ed")
    in_segment: bool = False  # found in the expression's own clause segment
    deadline: bool = False  # "by June 30": a deadline preposition decided

    def describe(self) -> str:
        if self.mode == "none":
            return "no tense cue"
        if self.deadline:
            return f"deadline ('{self.cue}')"
        label = {
            "past": "past tense",
            "present": "present tense",
            "future": "future",
            "reported": "reported future",
        }[self.mode]
        return f"{label} ('{self.cue}')"


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    mode: str
    literal: bool


class ClauseTense:
    """Tense lookups for one text; sentence bounds and cues are computed once, lazily."""

    def __init__(self, text: str, lowered: str, grammar: Grammar) -> None:
        self.text = text
        self.lowered = lowered
        self.grammar = grammar
        self._cues: dict[tuple[int, int], list[_Cue]] = {}
        self._bounds: list[tuple[int, int]] | None = None  # sentence boundaries (start, end)
        self._bound_ends: list[int] = []

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the sentence containing text[start:end]."""
        if self._bounds is None:  # one pass over the text, then bisect for every expression
            self._bounds = [(m.start(), m.end()) for m in _SENTENCE_END.finditer(self.text)]
            self._bound_ends = [b[1] for b in self._bounds]
        i = bisect.bisect_right(self._bound_ends, start)
        sentence_start = self._bounds[i - 1][1] if i else 0
        while i < len(self._bounds) and self._bounds[i][0] < end:
            i += 1  # a boundary inside the expression ("Nov. 16") does not end its sentence
        sentence_end = self._bounds[i][0] if i < len(self._bounds) else len(self.text)
        return sentence_start, sentence_end

    def _cues_in(self, range_start: int, range_end: int, sentence_start: int) -> list[_Cue]:
        """Tense cues in text[range_start:range_end] (a sentence or a clause segment)."""
        cached = self._cues.get((range_start, range_end))
        if cached is not None:
            return cached
        cues: list[_Cue] = []
        stopwords = self.grammar.tense_stopwords
        lowered, text = self.lowered, self.text
        for lead in self.grammar.tense_lead.finditer(lowered, range_start, range_end):
            start = lead.start()
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] in "-_"):
                if lowered[start] not in "'’":  # "they're" is a cue, "this" is not
                    continue
            match = self.grammar.tense.match(lowered, start, range_end)
            if match is None:
                continue
            if text[start].isupper() and text[sentence_start:start].strip(_OPENERS):
                continue  # "Will" the name, "May" the month: not verbs mid-sentence
            cues.append(_Cue(start, match.end(), match.lastgroup or "none", True))
        for match in self.grammar.tense_ending.finditer(lowered, range_start, range_end):
            # A word recognised by its ending ("dispatched", "réuniront"): not a name
            # ("Ahmed", "Ankara") unless it starts the sentence, not a listed look-alike.
            start = match.start()
            while start > range_start and lowered[start - 1].isalpha():
                start -= 1
            word = lowered[start : match.end()]
            if len(word) <= len(match.group()) + 1 or word in stopwords:
                continue
            if start and lowered[start - 1] in "-_":
                continue
            if (
                self.grammar.passive_markers
                and self._previous_word(start) in self.grammar.passive_markers
            ):
                continue  # "to be finished by", "will be inaugurated in": not a past
            if text[start].isupper() and text[sentence_start:start].strip(_OPENERS):
                continue
            if any(c.start <= start < c.end or start <= c.start < match.end() for c in cues):
                continue  # "aurait" is listed as reported; its -ait ending does not make it past
            cues.append(
                _Cue(start, match.end(), self.grammar.tense_endings[key(match.group())], False)
            )
        cues.sort(key=lambda c: (c.start, -c.end))
        # "s'est tenue" also contains the cue "est tenue": keep the longer of two cues with the
        # same reading. A contained cue with another reading stays ("a fixé" past, "fixé"
        # scheduled): being nearer, it decides.
        cues = [
            c
            for c in cues
            if not any(
                o is not c and o.mode == c.mode and o.start <= c.start and c.end <= o.end
                for o in cues
            )
        ]
        self._cues[range_start, range_end] = cues
        return cues

    def _previous_word(self, position: int) -> str:
        match = _PREVIOUS_WORD.search(self.lowered, max(0, position - 12), position)
        return match.group(1) if match else ""

    def _segment(
        self, sentence_start: int, sentence_end: int, start: int, end: int
    ) -> tuple[int, int]:
        segment_start = sentence_start
        for match in _SEGMENT_BREAK.finditer(self.text, sentence_start, start):
            segment_start = match.end()
        following = _SEGMENT_BREAK.search(self.text, end, sentence_end)
        return segment_start, following.start() if following else sentence_end

    def at(self, start: int, end: int) -> Tense:
        """The tense governing the expression text[start:end]."""
        sentence_start, sentence_end = self.sentence(start, end)
        segment_start, segment_end = self._segment(sentence_start, sentence_end, start, end)
        # Cues are found once per sentence; the clause segment is searched first.
        cues = [
            c
            for c in self._cues_in(sentence_start, sentence_end, sentence_start)
            if c.end <= start or c.start >= end
        ]
        searches = (
            (True, [c for c in cues if segment_start <= c.start and c.end <= start][-1:]),
            (True, [c for c in cues if c.start >= end and c.end <= segment_end][:1]),
            (False, [c for c in cues if c.end <= start][-1:]),
            (False, [c for c in cues if c.start >= end][:1]),
        )
        for in_segment, found in searches:
            if found:
                cue = found[0]
                return Tense(cue.mode, self.text[cue.start : cue.end], cue.literal, in_segment)
        return Tense("none")
