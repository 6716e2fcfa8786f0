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
Each expression takes the tense of its own clause first: "Nommé vendredi, il doit présenter
son plan demain" dates "vendredi" by the participle that opens its segment, not by "doit".

Cues include the present tense of scheduled happenings ("England face Wales on Wednesday",
"polls close on Sunday", "le sommet se tient jeudi"), which look forward, and the present
of a state or passive ("est maintenu", "remains in force", "obowiązuje"), which gives no
direction (mode "none") but, being nearer, keeps a farther past from deciding. Then words
around the expression can override the verb (`ClauseTense.governing`): a target ("pour samedi"),
a deadline ("by June 30"), a forward marker earlier in the segment ("ahead of Saturday's
final"), or an open end ("until Sunday") in a clause without a past or future cue.

No part-of-speech tagger is involved; what it does not see (a bare present tense) yields
"none", and the caller applies the news convention for that case.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .sentences import MAX_SENTENCE_CHARS
from .temporal_grammar import LEFT_REACH, Grammar, key


def _upper_case_class() -> str:
    """A character class of every upper-case letter of the Latin, Greek and Cyrillic blocks
    (Ł, Ś, Ž, Č and Д as well as A and É): `re` has no \\p{Lu}."""
    upper = [code for code in range(0x2000) if chr(code).isupper()]
    runs: list[tuple[int, int]] = []
    for code in upper:
        if runs and code == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], code)
        else:
            runs.append((code, code))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs
    )


# A sentence ends at . ! ? … followed by a capitalised word, at ; and at a line break. The
# pattern starts with a character class so the regex engine can skip to candidates quickly.
# Capitals of any script: with Latin ones only, Russian text was one sentence per paragraph,
# and a "будет" in the next sentence made a past event's day a future one.
_SENTENCE_END = re.compile(
    r"[.!?…;\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*\s+(?=[«\"“‘'(\[]?\s?["
    + _upper_case_class()
    + r"])|(?<=;)\s|(?<=\n))"
)
# An initial or an abbreviation before a full stop ("А. Лукашенко", "ul. Łąkowa",
# "ppor. Anna Michalska", "г. Гродно"): no sentence ends there ("EU." still ends one).
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,5}\Z")
_ABBREVIATIONS = frozenset(
    {
        # street, square, ranks and titles, "named after", thousands and millions
        *("ul", "al", "pl", "św", "ks", "gen", "dr", "prof", "płk", "ppłk", "mjr", "por"),
        *("ppor", "kpt", "im", "tys", "mln", "mld", "ул", "пр", "им", "тыс", "млн", "млрд"),
        *("mr", "mrs", "st", "str", "pr", "gatv"),
    }
)


def _abbreviated(text: str, full_stop: int) -> bool:
    """Whether the word before the full stop at `full_stop` is an initial or a listed
    abbreviation."""
    word = _WORD_BEFORE.search(text, max(0, full_stop - 5), full_stop)
    return word is not None and (len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS)


_WHITESPACE = re.compile(r"\s+")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[^\S\r\n]+\Z")
_PREVIOUS_TOKEN = re.compile(r"(?<![^\W\d_'’-])([^\W\d_][^\W\d_'’-]*)[^\S\r\n]+\Z")
_FIRST_WORD = re.compile(r"[\s\"'“‘«(\[–—-]*([^\W\d_][^\W\d_'’-]*)")
# Category of a cue -> the mode it gives ("scheduled" present looks forward like "present").
# A "state" (present passive or state: "est maintenu", "remains in force", "obowiązuje")
# narrates nothing: it gives no direction of its own, but as the nearest verb it keeps a
# farther past or future from deciding ("le couvre-feu à 18 heures, décrété lundi, est
# maintenu"). Its clause gets the news convention, as with no cue.
_MODE_OF_CATEGORY = {"scheduled": "present", "state": "none"}
_LABEL_OF_CATEGORY = {"scheduled": "scheduled present", "state": "present state"}
_OPENERS = " \"'“‘«(\u00a0\u202f\t"  # what may precede the first word of a sentence
_SEGMENT_BREAK = re.compile(r"[,:()]|\s[–—-]\s")


@dataclass(frozen=True)
class Tense:
    mode: str  # "past" | "present" | "future" | "reported" | "none"
    cue: str | None = None  # the cue as written in the text
    literal: bool = False  # a listed word ("was", "will"), not an ending ("-ed")
    in_segment: bool = False  # found in the expression's own clause segment
    deadline: bool = False  # "by June 30": a deadline preposition decided
    label: str | None = None  # how the reason names it, when not by its mode

    def describe(self) -> str:
        if self.mode == "none":
            return f"{self.label} ('{self.cue}')" if self.cue and self.label else "no tense cue"
        if self.deadline:
            return f"{self.label or 'deadline'} ('{self.cue}')"
        label = (
            self.label
            or {
                "past": "past tense",
                "present": "present tense",
                "future": "future",
                "reported": "reported future",
            }[self.mode]
        )
        return f"{label} ('{self.cue}')"


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    mode: str
    literal: bool
    label: str | None = None


def _cut_run_ons(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence bounds with an empty one added wherever a sentence would run past
    MAX_SENTENCE_CHARS (at its last whitespace before that, as sentences.py cuts run-on
    text): cues and clauses are searched per sentence, so a text without punctuation would
    otherwise make the work per date grow with the whole text."""
    cut: list[tuple[int, int]] = []
    previous_end = 0
    for bound in [*bounds, (len(text), len(text))]:
        while bound[0] - previous_end > MAX_SENTENCE_CHARS:
            limit = previous_end + MAX_SENTENCE_CHARS
            spaces = [m.start() for m in _WHITESPACE.finditer(text, previous_end + 1, limit)]
            previous_end = spaces[-1] if spaces else limit
            cut.append((previous_end, previous_end))
        cut.append(bound)
        previous_end = bound[1]
    return cut[:-1]


def _outermost_by_mode(cues: list[_Cue]) -> list[_Cue]:
    """ "s'est tenue" also contains the cue "est tenue": keep the longer of two cues with the
    same reading. A contained cue with another reading stays ("a fixé" past, "fixé"
    scheduled): being nearer, it decides. A present state and a cue inside one another are
    one verb: "is kept" is not the past "kept", "s'est rendu" not the state "est rendu".
    A state that another cue reaches past has read less of the verb ("are also expected"
    against "expected to"): the other decides."""
    kept = [
        c
        for c in cues
        if not any(
            o is not c
            and (o.mode == c.mode or "present state" in (o.label, c.label))
            and o.start <= c.start
            and c.end <= o.end
            for o in cues
        )
    ]
    return [
        c
        for c in kept
        if c.label != "present state"
        or not any(
            o is not c
            and o.start < c.end
            and c.start < o.end
            and not c.start <= o.start < o.end <= c.end
            for o in kept
        )
    ]


class ClauseTense:
    """Tense lookups for one text; sentence bounds and cues are computed once, lazily."""

    def __init__(self, text: str, lowered: str, grammar: Grammar) -> None:
        self.text = text
        self.lowered = lowered
        self.grammar = grammar
        self._cues: dict[tuple[int, int], list[_Cue]] = {}
        self._bounds: list[tuple[int, int]] | None = None  # sentence boundaries (start, end)
        self._bound_ends: list[int] = []
        self._markers: dict[tuple[int, int], list[tuple[int, int]]] = {}
        lexicon = grammar.lexicon
        self._has_participles = bool(lexicon.participle_endings or lexicon.participles)
        self._passive_suffixes = tuple(f"{m} " for m in grammar.passive_markers)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) of the sentence containing text[start:end]."""
        if self._bounds is None:  # one pass over the text, then bisect for every expression
            found = [
                (m.start(), m.end())
                for m in _SENTENCE_END.finditer(self.text)
                if self.text[m.start()] != "." or not _abbreviated(self.text, m.start())
            ]
            self._bounds = _cut_run_ons(self.text, found)
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
        cues = self._listed_cues(range_start, range_end, sentence_start)
        cues += self._ending_cues(range_start, range_end, sentence_start, cues)
        cues += self._participle_cues(range_start, range_end, sentence_start, cues)
        cues.sort(key=lambda c: (c.start, -c.end))
        cues = _outermost_by_mode(cues)
        self._cues[range_start, range_end] = cues
        return cues

    def _mid_sentence_capital(self, start: int, sentence_start: int) -> bool:
        """A capitalised word that does not open the sentence: a name, not a verb."""
        return self.text[start].isupper() and bool(self.text[sentence_start:start].strip(_OPENERS))

    def _listed_cues(self, range_start: int, range_end: int, sentence_start: int) -> list[_Cue]:
        """Cues from the language's lists ("was", "will", "doit", scheduled presents)."""
        cues: list[_Cue] = []
        lowered = self.lowered
        for lead in self.grammar.tense_lead.finditer(lowered, range_start, range_end):
            start = lead.start()
            if start and (lowered[start - 1].isalnum() or lowered[start - 1] in "-_"):
                if lowered[start] not in "'’":  # "they're" is a cue, "this" is not
                    continue
            match = self.grammar.tense.match(lowered, start, range_end)
            if match is None:
                continue
            if self._mid_sentence_capital(start, sentence_start):
                continue  # "Will" the name, "May" the month: not verbs mid-sentence
            category = match.lastgroup or "none"
            if category == "scheduled" and not self._scheduled_verb(start, match.group()):
                continue
            if category == "past" and self._after_passive_marker(start):
                continue  # "will be held", "to be held": not a past
            mode = _MODE_OF_CATEGORY.get(category, category)
            label = _LABEL_OF_CATEGORY.get(category)
            cues.append(_Cue(start, match.end(), mode, True, label))
        return cues

    def _ending_cues(
        self, range_start: int, range_end: int, sentence_start: int, listed: list[_Cue]
    ) -> list[_Cue]:
        """Words recognised by their ending ("dispatched", "réuniront"): not a name
        ("Ahmed", "Ankara") unless it starts the sentence, not a listed look-alike."""
        cues: list[_Cue] = []
        lowered = self.lowered
        for match in self.grammar.tense_ending.finditer(lowered, range_start, range_end):
            start = match.start()
            while start > range_start and lowered[start - 1].isalpha():
                start -= 1
            word = lowered[start : match.end()]
            if len(word) <= len(match.group()) + 1 or word in self.grammar.tense_stopwords:
                continue
            if start and lowered[start - 1] in "-_":
                continue
            if self._after_passive_marker(start):
                continue  # "to be finished by", "will be inaugurated in": not a past
            if self._mid_sentence_capital(start, sentence_start):
                continue
            if any(
                c.start <= start < c.end or start <= c.start < match.end() for c in (*listed, *cues)
            ):
                continue  # "aurait" is listed as reported; its -ait ending does not make it past
            cues.append(
                _Cue(start, match.end(), self.grammar.tense_endings[key(match.group())], False)
            )
        return cues

    def _participle_cues(
        self, range_start: int, range_end: int, sentence_start: int, found: list[_Cue]
    ) -> list[_Cue]:
        """ "Nommé vendredi, il doit ...", "Élu dimanche, le maire prendra ...": a participle
        opening a clause segment dates what follows in it."""
        cues: list[_Cue] = []
        for segment_start in self._segment_starts(range_start, range_end):
            word = _FIRST_WORD.match(self.text, segment_start, range_end)
            if word is None or not self._is_participle(word.group(1).lower()):
                continue
            start, end = word.span(1)
            if self._mid_sentence_capital(start, sentence_start):
                continue  # "..., René Dupont a dit": a name mid-sentence
            if any(c.start <= start < c.end or start <= c.start < end for c in (*found, *cues)):
                continue
            cues.append(_Cue(start, end, "past", False, "participle"))
        return cues

    def _after_passive_marker(self, position: int) -> bool:
        # A cheap suffix test first: most cues follow no marker at all.
        if not self._passive_suffixes or not self.lowered.endswith(
            self._passive_suffixes, max(0, position - 12), position
        ):
            return False
        return self._previous_word(position) in self.grammar.passive_markers

    def _previous_word(self, position: int) -> str:
        match = _PREVIOUS_WORD.search(self.lowered, max(0, position - 12), position)
        return match.group(1) if match else ""

    def _previous_token(self, position: int) -> tuple[int, int] | None:
        """Span of the word before position (apostrophes and hyphens kept: "don't")."""
        match = _PREVIOUS_TOKEN.search(self.lowered, max(0, position - 30), position)
        return match.span(1) if match else None

    def _scheduled_verb(self, start: int, cue: str) -> bool:
        """Whether a scheduled cue is a present tense here, not a noun or an infinitive.

        "England face Wales", "Polls close", "the two leaders meet" are; "to meet", "would
        open", "the close", "la rencontre" are not.
        """
        previous = self._previous_token(start)
        if previous is None:
            return cue.split()[0] not in self.grammar.scheduled_needs_subject
        word = self.lowered[previous[0] : previous[1]]
        if word in self.grammar.cue_blockers:
            return False
        if cue.split()[0] not in self.grammar.scheduled_needs_subject:
            return True
        lexicon = self.grammar.lexicon
        return (
            self.text[previous[0]].isupper()
            or word in lexicon.subject_pronouns
            or (
                len(word) > 3
                and word.endswith("s")
                and not word.endswith(("ss", "us", "is", "'s", "’s"))
                and word not in lexicon.function_words
            )
        )

    def _is_participle(self, word: str) -> bool:
        lexicon = self.grammar.lexicon
        if word in lexicon.participle_stopwords:
            return False
        if word in lexicon.participles:
            return True
        # Nouns with a participle's ending (French société, autorités) are listed as such.
        return (
            bool(lexicon.participle_endings)
            and len(word) > 4
            and word.endswith(lexicon.participle_endings)
            and not word.endswith(lexicon.participle_noun_endings)
        )

    def _segment_starts(self, range_start: int, range_end: int) -> list[int]:
        if not self._has_participles:
            return []
        starts = [range_start]
        starts.extend(m.end() for m in _SEGMENT_BREAK.finditer(self.text, range_start, range_end))
        return starts

    def _participle_before(self, start: int, cues: list[_Cue]) -> Tense | None:
        """'décédée vendredi', 'nommé le 3 juillet': a lower-case participle right before."""
        previous = self._previous_token(start)
        if previous is None or not self.text[previous[0]].islower():
            return None
        word = self.lowered[previous[0] : previous[1]]
        if not self._is_participle(word):
            return None
        if any(c.start <= previous[0] < c.end for c in cues):
            return None  # "prévu lundi", "a été nommé lundi": a listed cue covers it
        if self.lowered[max(0, previous[0] - 8) : previous[0]].rstrip()[-1:].isdigit():
            return None  # "38 degrés mercredi": a noun after a number
        before = self._previous_token(previous[0])
        if (
            before
            and self.lowered[before[0] : before[1]] in self.grammar.lexicon.participle_blockers
        ):
            return None  # "sera inhumée jeudi", "la journée lundi"
        return Tense("past", self.text[previous[0] : previous[1]], False, True, label="participle")

    def _segment(
        self, sentence_start: int, sentence_end: int, start: int, end: int
    ) -> tuple[int, int]:
        segment_start = sentence_start
        for match in _SEGMENT_BREAK.finditer(self.text, sentence_start, start):
            segment_start = match.end()
        following = _SEGMENT_BREAK.search(self.text, end, sentence_end)
        return segment_start, following.start() if following else sentence_end

    def has_cue(self, start: int, end: int) -> bool:
        """Whether a tense cue (a verb) lies wholly inside text[start:end]."""
        sentence_start, sentence_end = self.sentence(start, end)
        cues = self._cues_in(sentence_start, sentence_end, sentence_start)
        return any(start <= c.start and c.end <= end for c in cues)

    def at(self, start: int, end: int) -> Tense:
        """The tense governing the expression text[start:end] (its verbs only)."""
        return self._clause(start, end)[0]

    def clause_looks_forward(self, start: int, end: int) -> bool:
        """Whether the sentence of text[start:end] has a future or a scheduled present of
        its own, on either side of it ("С 1 января в Литве вводится новый режим"), before
        any preposition right before the expression is read."""
        sentence_start, sentence_end = self.sentence(start, end)
        return any(
            c.mode == "future" or c.label == _LABEL_OF_CATEGORY["scheduled"]
            for c in self._cues_in(sentence_start, sentence_end, sentence_start)
            if c.end <= start or c.start >= end
        )

    def _clause(self, start: int, end: int) -> tuple[Tense, tuple[int, int], int]:
        """(tense, sentence bounds, segment start) for the expression text[start:end]."""
        sentence = sentence_start, sentence_end = self.sentence(start, end)
        segment_start, segment_end = self._segment(sentence_start, sentence_end, start, end)
        # Cues are found once per sentence; the clause segment is searched first.
        cues = [
            c
            for c in self._cues_in(sentence_start, sentence_end, sentence_start)
            if c.end <= start or c.start >= end
        ]
        if self._has_participles:
            participle = self._participle_before(start, cues)
            if participle is not None:
                return participle, sentence, segment_start
        after = cues
        if self.grammar.lexicon.scheduled_before_only:
            after = [c for c in cues if c.label != "scheduled present"]
        searches = (
            (True, [c for c in cues if segment_start <= c.start and c.end <= start][-1:]),
            (True, [c for c in after if c.start >= end and c.end <= segment_end][:1]),
            (False, [c for c in cues if c.end <= start][-1:]),
            (False, [c for c in after if c.start >= end][:1]),
        )
        for in_segment, found in searches:
            if found:
                cue = found[0]
                tense = Tense(
                    cue.mode,
                    self.text[cue.start : cue.end],
                    cue.literal,
                    in_segment,
                    label=cue.label,
                )
                return tense, sentence, segment_start
        return Tense("none"), sentence, segment_start

    def _forward_markers(self, sentence_start: int, sentence_end: int) -> list[tuple[int, int]]:
        key = (sentence_start, sentence_end)
        markers = self._markers.get(key)
        if markers is None:
            found = self.grammar.forward_marker.finditer(self.lowered, sentence_start, sentence_end)
            markers = self._markers[key] = [m.span() for m in found]
        return markers

    def looks_ahead(self, start: int, end: int) -> bool:
        """Whether the expression at start:end is no day the writer looks back on: the end
        of a period ("jusqu'au 10 décembre", "do 1 marca"), or a day governed by a future,
        a reported future, a scheduled present, a deadline or a target ("will vote on 10
        December", "qui prend effet mercredi (10 novembre)")."""
        if self._left(self.grammar.until_before, start):
            return True
        tense = self.governing(start, end)
        scheduled = tense.label == _LABEL_OF_CATEGORY["scheduled"]  # "prend effet mercredi"
        return tense.deadline or scheduled or tense.mode in ("future", "reported")

    def _left(self, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        return pattern.search(self.lowered, max(0, start - LEFT_REACH[id(pattern)]), start)

    def _pluperfect(self, sentence: tuple[int, int], segment_start: int, start: int) -> bool:
        """Whether the clause before the expression is a past in the past ("had arrested")."""
        auxiliaries = self.grammar.lexicon.pluperfect_auxiliaries
        return any(
            segment_start <= c.start
            and c.end <= start
            and c.literal
            and self.lowered[c.start : c.end].split()[0] in auxiliaries
            for c in self._cues_in(sentence[0], sentence[1], sentence[0])
        )

    def _deadline_met(self, tense: Tense) -> bool:
        """Whether a past says the deadline was reached: "was done by June 30" in the
        expression's own clause, or a past in the past anywhere in the sentence ("By 20
        November, the agency had logged ...": the fronted date has no verb of its own)."""
        if tense.mode != "past" or not tense.literal:
            return False
        first_word = tense.cue.lower().split()[0] if tense.cue else ""
        return tense.in_segment or first_word in self.grammar.lexicon.pluperfect_auxiliaries

    def _reported_elsewhere(self, tense: Tense) -> bool:
        """A reporting verb outside the expression's segment ("..., officials said")."""
        if tense.in_segment or not tense.cue:
            return False
        last = tense.cue.lower().split()[-1]
        return last in self.grammar.lexicon.reporting_verbs

    def governing(self, start: int, end: int) -> Tense:
        """The direction of text[start:end]: its clause's tense, or a word that overrides it.

        In order: "since" right before it ("depuis septembre", always a day before), a target
        preposition right before it ("pour samedi"), a deadline ("by June
        30", unless a past auxiliary in the clause says it was met), a forward marker earlier
        in its segment with no verb in between ("ahead of Saturday's final"), an open end
        ("until Sunday") in a clause without a cue of its own. Under a past in the past
        ("had ... ahead of Sunday's vote") the forward readings become the nearest day.
        """
        tense, (sentence_start, sentence_end), segment_start = self._clause(start, end)
        g = self.grammar
        since = self._left(g.since_before, start)
        # a clock time after it is a state's hour ("en vigueur depuis 22 heures"), no day
        if since and not g.clock.fullmatch(
            self.lowered, start, end
        ):  # "les fils érigés depuis septembre": before, whatever verb
            return Tense("past", since.group(since.lastgroup or 0), literal=True, label="since")
        # A target needs a verb in the clause: any cue, a state too ("maintenu pour samedi").
        target = self._left(g.forward_before, start) if tense.cue else None
        if target:
            # "un appel lancé pour samedi"; with no verb at all ("bilan pour le 18/11") the
            # preposition only says which day the figures are for.
            word = target.group(target.lastgroup or 0)
            if self._pluperfect((sentence_start, sentence_end), segment_start, start):
                return Tense("reported", word, deadline=True, label="target")
            return Tense("present", word, deadline=True, label="target")
        deadline = self._left(g.deadline_before, start)
        if deadline and not self._deadline_met(tense):
            # "completed by June 30", "d'ici le 30 juin": a deadline is ahead, unless the
            # clause itself says "was", "had", "a été".
            return Tense("present", deadline.group(deadline.lastgroup or 0), deadline=True)
        markers = [
            m
            for m in self._forward_markers(sentence_start, sentence_end)
            if segment_start <= m[0] and m[1] <= start
        ]
        if markers:
            marker_start, marker_end = markers[-1]
            cues = self._cues_in(sentence_start, sentence_end, sentence_start)
            if not any(marker_end <= c.start and c.end <= start for c in cues):
                pluperfect = self._pluperfect((sentence_start, sentence_end), segment_start, start)
                mode = "reported" if pluperfect else "present"
                cue = self.text[marker_start:marker_end]
                return Tense(mode, cue, deadline=True, label="forward marker")
        if (
            tense.mode in ("none", "present")
            or tense.label == "participle"  # "fermé jusqu'à jeudi": a state, not an event
            or self._reported_elsewhere(tense)
        ):
            open_end = self._left(g.open_end_before, start)
            if open_end:
                word = open_end.group(open_end.lastgroup or 0)
                return Tense("present", word, deadline=True, label="open end")
        return tense
