"""Splits an article into sentence units: each sentence with its dates, paragraph, whether
it is a heading or a photo caption, and (read when first asked) its event type, actors and
places. events.py walks these units to make events.

Also where the lead is found below a page's date line, and where a page cut off
mid-sentence keeps its last sentence.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from crisis_timeline.articles import Article
from crisis_timeline.entities import Gazetteer
from crisis_timeline.event_types import classify_event_type, cue_scores
from crisis_timeline.narration import in_embedded_clause, pattern
from crisis_timeline.page_dateline import head_stamp_end, heads_wire_copy
from crisis_timeline.sentences import Sentence, split_sentences
from crisis_timeline.temporal import TimeExpression, blank_expressions, tag
from crisis_timeline.temporal_periods import bounds_a_period

# How many body sentences before the first date count as the lead (and as many below a
# page's date line, after_date_line)
LEAD_SENTENCES = 4
CUT_OFF_WORDS = 8  # a last line this long without its full stop is a cut-off sentence
CUT_WORD_LETTERS = 2  # "p", "gr": at most this many lower-case letters left of a cut word
DATE_LINE_MAX_LETTERS = 12  # letters besides its date a page's date line may hold
TERMINAL = re.compile(r"[.!?…»\"”’)]\s*$")


@dataclass(slots=True)  # not frozen: one per sentence, and a frozen __init__ costs 5x
class SentenceUnit:
    """A sentence with what the extractor learnt about it (cleaned-text offsets). Its
    fields are never changed once made (dataclasses.replace makes another); its type,
    actors and places are read when first asked for and kept (not compared: a unit equals
    its copy whatever was asked of either): most sentences of a long article are never
    asked for their actors and places (no date, no cue, no dated neighbour)."""

    sentence: Sentence
    paragraph: int
    original_start: int
    original_end: int
    expressions: tuple[TimeExpression, ...]
    has_cue: bool  # some event-type cue matched (an "other" measure counts)
    is_heading: bool
    is_caption: bool
    language: str = field(compare=False, repr=False)
    gazetteer: Gazetteer = field(compare=False, repr=False)
    _event_type: str | None = field(default=None, compare=False, repr=False)
    _actors: tuple[str, ...] | None = field(default=None, compare=False, repr=False)
    _places: tuple[str, ...] | None = field(default=None, compare=False, repr=False)

    @property
    def event_type(self) -> str:
        if self._event_type is None:
            self._event_type = classify_event_type(self.sentence.text, self.language)
        return self._event_type

    @property
    def actors(self) -> tuple[str, ...]:
        if self._actors is None:
            found = self.gazetteer.find_actors(self.sentence.text)
            self._actors = tuple(dict.fromkeys(m.name for m in found))
        return self._actors

    @property
    def places(self) -> tuple[str, ...]:
        if self._places is None:
            found = self.gazetteer.find_places(self.sentence.text)
            self._places = tuple(dict.fromkeys(m.name for m in found))
        return self._places


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


# A wire dateline standing alone: "ГРОДНО, 16 ноября – Вестник Понеманья.", "MINSK, Nov 16
# (Reuters)." A place in capitals, a comma, a few words: the publication, not a happening.
DATELINE = re.compile(r"[^\W\d_]{3,}(?:[ -][^\W\d_]{3,})?,")
DATELINE_MAX_WORDS = 8
CLOCK_TIME = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])")
# An agency's name alone, between slashes or brackets, or one word in capitals: "/ТАСС/.",
# "(AFP)", "BNS." (not a question or a word of the story: "Why?", "Reuters.", "Nie.")
_WRAPPED_WORD = re.compile(r"[/(\[]\s*[^\W\d_]+\s*[/)\]][.,:;–—-]?")
_BARE_WORD = re.compile(r"([^\W\d_]{2,})[.,:;–—-]?")


def _is_wire_tag(text: str) -> bool:
    if _WRAPPED_WORD.fullmatch(text):
        return True
    bare = _BARE_WORD.fullmatch(text)
    return bare is not None and bare.group(1).isupper()


ONE_WORD_CHARS = 40  # longer than this, a sentence holds more than a one-word wire tag
HEADLINE_TAG_MAX_WORDS = 25  # a sentence ending on "[VIDEO]" longer than this is body text
# A bulleted line tells a point of the story in a sentence without its full stop (Onet's
# "• Ciało znalazła przypadkowa osoba w lesie ... 22 października"); a short one is a label.
LIST_BULLETS = ("•", "▪", "●", "◦")
LIST_ITEM_MIN_WORDS = 5


def _is_heading(text: str, lang: str, starts_line: bool = True) -> bool:
    """Headlines, kickers, bylines and datelines: short lines without closing punctuation.
    A sentence after another on its line is none of these, whatever its end: a standfirst's
    second sentence often lacks its full stop ("... «Белавиа». Накануне Варшава и Анкара
    договорились ..."), unless it ends on a headline's media tag ("Tak wygląd nowy obóz
    migrantów. Powstał przy przejściu granicznym w Bruzgach [WIDEO]")."""
    if pattern("headline_tag", lang).search(text):
        return len(text.split()) <= HEADLINE_TAG_MAX_WORDS
    if len(text) <= ONE_WORD_CHARS and _is_wire_tag(text.strip()):
        return True  # a wire's tag cut off its dateline ("ВИЛЬНЮС, 11 августа. /ТАСС/.")
    if not TERMINAL.search(text):
        if text.startswith(LIST_BULLETS) and len(text.split()) > LIST_ITEM_MIN_WORDS:
            return False  # a standfirst's point ("• Ciało znalazła ... 22 października")
        return starts_line and len(text.split()) <= 14
    dateline = DATELINE.match(text)
    if not dateline or len(text.split()) > DATELINE_MAX_WORDS:
        return False
    # "MINSK, Nov 16 (Reuters).", or a place in any case with the wire's clock time:
    # "Минск, 23 августа, 2021, 12:39 — ИА Регнум."
    return dateline.group().isupper() or bool(CLOCK_TIME.search(text))


def without_dates(unit: SentenceUnit) -> str:
    """The sentence with its date expressions blanked out (offsets kept)."""
    return blank_expressions(unit.sentence.text, unit.sentence.start, unit.expressions)


class _ExpressionIndex:
    """The expressions starting in a span, found by bisection: scanning every date for every
    sentence was quadratic in the article's length."""

    def __init__(self, expressions: list[TimeExpression]) -> None:
        # tag() gives them sorted by start; sort anyway (stable), keeping the text order of
        # equal starts, so a span's expressions are one slice.
        self._order = sorted(range(len(expressions)), key=lambda i: expressions[i].start)
        self._starts = [expressions[i].start for i in self._order]
        self._expressions = expressions

    def between(self, start: int, end: int) -> tuple[TimeExpression, ...]:
        """Those with start <= e.start < end, in their order in the list given."""
        low = bisect_left(self._starts, start)
        high = bisect_left(self._starts, end, low)
        if low == high:
            return ()  # most sentences hold no date
        return tuple(self._expressions[i] for i in sorted(self._order[low:high]))


def sentence_units(article: Article, gazetteer: Gazetteer) -> list[SentenceUnit]:
    text = article.cleaned_text
    expressions = [
        e
        for e in tag(text, article.published, article.language, references=False)
        if not bounds_a_period(text, e.start, e.precision, article.language)  # "depuis l'automne"
    ]
    sentences = split_sentences(text, article.language)
    stamp_end = head_stamp_end(text)  # " date 2021-10-01 ...": a stored page's head stamp
    expressions = _without_head_stamp(expressions, text, sentences, stamp_end)
    expressions = _without_wire_dateline(expressions, text, sentences, article.language, stamp_end)
    paragraph_starts = _paragraph_starts(text)
    within = _ExpressionIndex(expressions)
    units = []
    position = 0
    for sentence in sentences:
        while (
            position + 1 < len(paragraph_starts)
            and paragraph_starts[position + 1] <= sentence.start
        ):
            position += 1
        inside = within.between(sentence.start, sentence.end)
        original_start, original_end = article.to_original(sentence.start, sentence.end)
        units.append(
            SentenceUnit(
                sentence=sentence,
                paragraph=position,
                original_start=original_start,
                original_end=original_end,
                expressions=inside,
                has_cue=bool(cue_scores(sentence.text, article.language)),
                is_heading=_is_heading(
                    _after_stamp(sentence, text, stamp_end),
                    article.language,
                    _starts_line(text, sentence.start),
                )
                or _is_question_heading(sentence, text),
                is_caption=article.is_caption(original_start, original_end),
                language=article.language,
                gazetteer=gazetteer,
            )
        )
    return _cut_off_ending(_tagged_headlines(units, text, article.language))


def _without_wire_dateline(
    expressions: list[TimeExpression],
    text: str,
    sentences: list[Sentence],
    lang: str,
    stamp_end: int,
) -> list[TimeExpression]:
    """Without a wire copy's dateline date where its sentence tells a date of its own ("WARSAW,
    Nov 16 (Reuters) - ... on Monday": the Monday is the lead's happening, the 16th the
    copy's). Alone, it dates the lead: a copy republished days later keeps the copy's day."""
    datelines = [e for e in expressions if heads_wire_copy(text, e, stamp_end)]
    if not datelines:
        return expressions
    dropped = [d for d in datelines if _lead_has_own_date(d, expressions, sentences, lang)]
    return [e for e in expressions if all(e is not d for d in dropped)]


def _lead_has_own_date(
    dateline: TimeExpression,
    expressions: list[TimeExpression],
    sentences: list[Sentence],
    lang: str,
) -> bool:
    """Whether the dateline's sentence tells a date of its main clause besides it (not one
    of a "since" or relative clause: "... against migrants who have camped there since
    Nov 8" leaves the copy's day the lead's)."""
    sentence = next((s for s in sentences if s.start <= dateline.start < s.end), None)
    if sentence is None:
        return False
    return any(
        e is not dateline
        and sentence.start <= e.start < sentence.end
        and not in_embedded_clause(sentence.text, e.start - sentence.start, lang)
        for e in expressions
    )


def _after_stamp(sentence: Sentence, text: str, stamp_end: int) -> str:
    """The sentence without a stored page's head stamp before it (" date 2021-08-26 MINSK,
    August 26." is the wire's dateline line, a heading like any other)."""
    if sentence.start >= stamp_end:
        return sentence.text
    return text[stamp_end : sentence.end].lstrip()


def _without_head_stamp(
    expressions: list[TimeExpression], text: str, sentences: list[Sentence], stamp_end: int
) -> list[TimeExpression]:
    """A stored page's head stamp run into its lead (" date 2021-10-01 Poland's Sejm ...
    approved on Thursday") is the page's date when the lead tells a day of its own: the
    lead's happening is that day. Otherwise it stays the lead's date, the page's day (the
    lead convention would not date a lead that opens with a quote, or whose own date is an
    earlier month: "... pushback in late August, an investigation has found")."""
    if not stamp_end or not sentences:
        return expressions
    lead_end = sentences[0].end
    told_day = any(
        stamp_end <= e.start < lead_end
        and e.precision == "day"
        and text[e.end : e.end + 2] not in ("'s", "’s")  # "Tuesday's attacks" names a noun
        for e in expressions
    )
    return [e for e in expressions if e.start >= stamp_end] if told_day else expressions


def _tagged_headlines(units: list[SentenceUnit], text: str, lang: str) -> list[SentenceUnit]:
    """Every sentence on a line that ends on a headline's media tag is part of the headline
    ("Migrants stormed the fence at Kuznica. Guards used water cannon [VIDEO]")."""
    tag = pattern("headline_tag", lang)
    out = list(units)
    for position, unit in enumerate(units):
        if not unit.is_heading or not tag.search(unit.sentence.text):
            continue
        line_start = text.rfind("\n", 0, unit.sentence.start) + 1
        before = position - 1
        while before >= 0 and out[before].sentence.start >= line_start:
            if not out[before].is_heading:
                out[before] = dataclasses.replace(out[before], is_heading=True)
            before -= 1
    return out


def after_date_line(
    units: list[SentenceUnit], body: list[int], published: date | None
) -> list[int]:
    """The first body sentences after the page's date line ("2021-11-17 17:13") when it
    comes before the first dated body sentence: what stands above it (a headline repeated
    as a photo's title and credit) is no lead, and the lead starts below it."""
    if published is None:
        return []
    first_body_dated = next((i for i in body if units[i].expressions), len(units))
    line = next(
        (
            i
            for i, u in enumerate(units[:first_body_dated])
            if u.is_heading and _is_date_line(u, published)
        ),
        None,
    )
    if line is None:
        return []
    return [i for i in body if i > line][:LEAD_SENTENCES]


def _is_date_line(unit: SentenceUnit, published: date) -> bool:
    """A heading that is the publication's date in figures and little else ("2021-11-17
    17:13", "03-01-2022 10:24"); not a subheading naming a day ("Sunday, 14 November", "Co
    się stało w niedzielę")."""
    if (
        not unit.expressions
        or sum(c.isalpha() for c in without_dates(unit)) > DATE_LINE_MAX_LETTERS
    ):
        return False
    return all(
        e.date == published and not any(c.isalpha() for c in e.text) for e in unit.expressions
    )


# A subheading may ask what the story goes on to tell ("Jak głosowali posłowie?", "What
# happens next?"): a short question alone on its line
QUESTION_HEADING_WORDS = 6


def _is_question_heading(sentence: Sentence, text: str) -> bool:
    if (
        not sentence.text.rstrip().endswith("?")
        or len(sentence.text.split()) > QUESTION_HEADING_WORDS
    ):
        return False
    line_end = text.find("\n", sentence.end)
    rest_of_line = text[sentence.end : line_end if line_end >= 0 else len(text)]
    return _starts_line(text, sentence.start) and not rest_of_line.strip()


def _starts_line(text: str, start: int) -> bool:
    """Whether only spaces stand between the previous line break (or the text's start) and
    `start`."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _cut_off_ending(units: list[SentenceUnit]) -> list[SentenceUnit]:
    """A stored page cut off mid-sentence ends on a line without its full stop. After body
    text nothing follows it, so it heads nothing: a long last line is a sentence. After a
    subheading it is one only when cut mid-word ("... odnotowała na granicy p"): a
    headline does not end on a fragment of one or two lower-case letters (three would be
    "mur", "war", "się": a related story's headline ends so)."""
    if len(units) < 2 or not units[-1].is_heading:
        return units
    words = units[-1].sentence.text.split()
    if len(words) < CUT_OFF_WORDS:
        return units  # "Read more", "Report an error": a label, not a sentence
    last = words[-1]
    cut_word = last.isalpha() and last.islower() and len(last) <= CUT_WORD_LETTERS
    if units[-2].is_heading and not cut_word:
        return units
    return [*units[:-1], dataclasses.replace(units[-1], is_heading=False)]
