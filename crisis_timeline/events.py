"""Turns one article into event rows: dated, typed, with actors, places and figures.

Reads: an Article whose publication date is resolved (publication.py).
Adds: Event records (the event table of DESIGN.md, built by `events_frame`).

How a sentence becomes an event:
- `expression`: each distinct date in a sentence that tells of a happening (it has an
  event cue or names an actor) is an event on that date; a sentence with two dates can
  hold two events.
- `publication`: the lead of a news article has no date of its own; its happenings are
  dated by the publication date ("The pair spoke on the phone" in a 15 November article).
- `narrative`: a later undated sentence that narrates a completed happening (past tense)
  and continues a dated one (same paragraph, or a shared actor) inherits its date, with
  lower confidence.
Undated statements of state ("Britain has sent 10 troops") are not events. Headings,
bylines and datelines are not events. Photo captions only give events through a date of
their own (they describe photos, often of older events).
It does not cluster events across outlets (clusters.py does).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import cache

import pandas as pd

from crisis_timeline import settings
from crisis_timeline.articles import Article
from crisis_timeline.entities import Gazetteer, load_gazetteer
from crisis_timeline.event_types import classify_event_type, cue_scores
from crisis_timeline.events_lexicon import (
    CONTINUATION,
    COREFERENT,
    EMBEDDING,
    NOT_AN_EVENT_DATE,
    PAST_NARRATIVE,
    REPORTED_CLAUSE,
    STATE_MARKERS,
    VAGUE_TIME,
)
from crisis_timeline.quantities import find_quantities
from crisis_timeline.schema import EVENT_COLUMNS, validate_events
from crisis_timeline.sentences import Sentence, split_sentences
from crisis_timeline.temporal import TimeExpression, tag

# Confidence by how the date was found: an explicit date beats a weekday resolved from the
# publication date, which beats the lead convention, which beats narrative inheritance.
CONFIDENCE = {"absolute": 0.95, "dct": 0.85, "publication": 0.7, "narrative": 0.5}
INFERRED_PUBLICATION_FACTOR = 0.8  # dates resting on an inferred publication date
LEAD_SENTENCES = 4  # how many body sentences before the first date count as the lead
NARRATIVE_REACH = 3  # how many sentences a narrative date carries forward
TERMINAL = re.compile(r"[.!?…»\"”’)]\s*$")


@dataclass(frozen=True)
class Event:
    """One row of the event table (columns documented in schema.EVENT_COLUMNS)."""

    event_id: str
    article_id: str
    outlet: str
    language: str
    published: date | None
    published_basis: str
    date: date | None
    date_end: date | None
    precision: str
    time_of_day: str | None
    dated_by: str
    trigger: str | None
    date_reason: str
    sentence: str
    start: int
    end: int
    event_type: str
    actors: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    quantities: list[dict] = field(default_factory=list)
    background: bool = False
    confidence: float = 0.5
    cluster_id: str | None = None


@dataclass(frozen=True)
class _Unit:
    """A sentence with what the extractor learnt about it (cleaned-text offsets)."""

    sentence: Sentence
    paragraph: int
    original_start: int
    original_end: int
    expressions: tuple[TimeExpression, ...]
    event_type: str
    has_cue: bool  # some event-type cue matched (an "other" measure counts)
    actors: tuple[str, ...]
    places: tuple[str, ...]
    is_heading: bool
    is_caption: bool


@cache
def _pattern(table: str, lang: str) -> re.Pattern[str]:
    source = {
        "past": PAST_NARRATIVE,
        "state": STATE_MARKERS,
        "continuation": CONTINUATION,
        "coreferent": COREFERENT,
        "embedding": EMBEDDING,
        "reported": REPORTED_CLAUSE,
        "bound": NOT_AN_EVENT_DATE,
        "vague": VAGUE_TIME,
    }[table]
    return re.compile(
        source.get(lang, source["en"]),
        re.IGNORECASE if table not in ("continuation", "coreferent") else 0,
    )


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


def _is_heading(text: str) -> bool:
    """Headlines, kickers, bylines and datelines: short lines without closing punctuation."""
    return not TERMINAL.search(text) and len(text.split()) <= 14


def _narrates_past(text: str, lang: str) -> bool:
    if _pattern("state", lang).search(text):
        return False
    return bool(_pattern("past", lang).search(text))


def _units(article: Article, gazetteer: Gazetteer) -> list[_Unit]:
    text = article.cleaned_text
    expressions = tag(text, article.published, article.language)
    paragraph_starts = _paragraph_starts(text)
    units = []
    position = 0
    for sentence in split_sentences(text, article.language):
        while (
            position + 1 < len(paragraph_starts)
            and paragraph_starts[position + 1] <= sentence.start
        ):
            position += 1
        inside = tuple(e for e in expressions if sentence.start <= e.start < sentence.end)
        original_start, original_end = article.to_original(sentence.start, sentence.end)
        units.append(
            _Unit(
                sentence=sentence,
                paragraph=position,
                original_start=original_start,
                original_end=original_end,
                expressions=inside,
                event_type=classify_event_type(sentence.text, article.language),
                has_cue=bool(cue_scores(sentence.text, article.language)),
                actors=tuple(dict.fromkeys(m.name for m in gazetteer.find_actors(sentence.text))),
                places=tuple(dict.fromkeys(m.name for m in gazetteer.find_places(sentence.text))),
                is_heading=_is_heading(sentence.text),
                is_caption=article.is_caption(original_start, original_end),
            )
        )
    return units


def _is_eventful(unit: _Unit) -> bool:
    """A dated sentence is an event when it has an event cue or names an actor or place."""
    return unit.has_cue or bool(unit.actors or unit.places)


def _is_undated_event(unit: _Unit, lang: str) -> bool:
    """An undated sentence needs both: something happened, to someone or somewhere (or it
    continues the previous sentence: "The post said the talks lasted around 50 minutes")."""
    if not unit.has_cue:
        return False
    return bool(unit.actors or unit.places) or bool(
        _pattern("continuation", lang).search(unit.sentence.text)
    )


def _clause_before(text: str, offset: int) -> str:
    """The words between the last clause boundary and `offset`."""
    head = text[:offset]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("("), head.rfind("—"))
    return head[cut + 1 :]


def _embedded(unit: _Unit, expression: TimeExpression, lang: str) -> bool:
    """True when the date sits in a relative or "since" clause about something else."""
    offset = expression.start - unit.sentence.start
    return bool(_pattern("embedding", lang).search(_clause_before(unit.sentence.text, offset)))


def _main_expressions(unit: _Unit, lang: str) -> list[TimeExpression]:
    """The sentence's distinct dates, without later ones that only date a reported claim."""
    bound = _pattern("bound", lang)
    distinct = [
        e
        for e in _distinct_dates(unit.expressions)
        if not bound.search(
            unit.sentence.text[
                max(0, e.start - unit.sentence.start - 60) : e.start - unit.sentence.start
            ]
        )
    ]
    kept = distinct[:1]
    for expression in distinct[1:]:
        between = unit.sentence.text[
            kept[-1].end - unit.sentence.start : expression.start - unit.sentence.start
        ]
        if not _pattern("reported", lang).search(between):
            kept.append(expression)
    return kept


def _distinct_dates(expressions: Iterable[TimeExpression]) -> list[TimeExpression]:
    seen: dict[str, TimeExpression] = {}
    for expression in expressions:
        key = expression.value or f"unresolved:{expression.text.lower()}"
        seen.setdefault(key, expression)
    return list(seen.values())


def _background(start: date | None, end: date | None) -> bool:
    last = end or start
    return last is not None and last < settings.BACKGROUND_BEFORE


class _Builder:
    """Accumulates the events of one article; knows its metadata."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.events: list[Event] = []
        self.inferred = article.published_basis == "inferred"

    def _confidence(self, kind: str) -> float:
        value = CONFIDENCE[kind]
        if self.inferred and kind != "absolute":
            value *= INFERRED_PUBLICATION_FACTOR
        return round(value, 2)

    def add(
        self,
        unit: _Unit,
        *,
        dated_by: str,
        start: date | None,
        end: date | None,
        precision: str,
        time_of_day: str | None,
        trigger: str | None,
        reason: str,
        confidence: float,
        suffix: str = "",
        inherited_actors: Iterable[str] = (),
        event_type: str | None = None,
    ) -> Event:
        article = self.article
        sentence_original = article.original_text[unit.original_start : unit.original_end]
        quantities = [q.to_json() for q in find_quantities(unit.sentence.text, article.language)]
        event = Event(
            event_id=f"{article.id}:{unit.original_start}-{unit.original_end}{suffix}",
            article_id=article.id,
            outlet=article.source_label,
            language=article.language,
            published=article.published,
            published_basis=article.published_basis,
            date=start,
            date_end=end,
            precision=precision,
            time_of_day=time_of_day,
            dated_by=dated_by,
            trigger=trigger,
            date_reason=reason,
            sentence=sentence_original,
            start=unit.original_start,
            end=unit.original_end,
            event_type=event_type or unit.event_type,
            actors=list(dict.fromkeys([*unit.actors, *inherited_actors])),
            places=list(unit.places),
            quantities=quantities,
            background=_background(start, end),
            confidence=confidence,
        )
        self.events.append(event)
        return event


def _publication_reason(article: Article) -> str:
    if article.published is None:
        return "lead of the article, whose publication date is unknown: listed, not placed"
    basis = {"metadata": "from the article's metadata", "text": "from its dateline"}.get(
        article.published_basis, "inferred from its text"
    )
    return f"lead of the article: dated by its publication date {article.published:%a %d %b %Y} ({basis})"


def extract_article_events(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    """The events of one article, in text order."""
    gazetteer = gazetteer or load_gazetteer()
    units = _units(article, gazetteer)
    builder = _Builder(article, gazetteer)
    lang = article.language
    body = [i for i, u in enumerate(units) if not u.is_heading and not u.is_caption]
    first_dated = next((i for i in body if units[i].expressions), len(units))
    lead = set(body[:LEAD_SENTENCES])
    last_dated: tuple[int, Event] | None = None  # the narrative's current date
    for index, unit in enumerate(units):
        if unit.is_heading:
            # A subheading starts a new thread: what follows does not inherit dates across it.
            if index > first_dated:
                last_dated = None
            continue
        if unit.is_caption:
            # Captions describe photos: only their own explicit dates make events.
            for expression in _distinct_dates(unit.expressions):
                if expression.anchor == "absolute" and expression.value:
                    _add_expression_event(builder, unit, expression, caption=True)
            continue
        own_dates_cover_it = False
        if unit.expressions and _is_eventful(unit):
            for expression in _main_expressions(unit, lang):
                event = _add_expression_event(builder, unit, expression)
                if event is None:
                    continue
                if _embedded(unit, expression, lang):
                    continue  # dated, but it does not date the sentence's main clause
                if event.background:
                    own_dates_cover_it = True  # the sentence is about that old happening
                    continue
                own_dates_cover_it = True
                last_dated = (index, event)
        if own_dates_cover_it or not _is_undated_event(unit, lang):
            continue
        # The sentence's own happening has no date of its own (none, or only dates of
        # embedded/background things): the lead convention or the narrative dates it.
        if _pattern("vague", lang).search(unit.sentence.text):
            last_dated = None  # "ont récemment signalé": an unstated time, not the story's day
            continue
        if index < first_dated and index in lead:
            # The first lead sentence is the story; later ones only when they narrate a
            # happening, not a state ("Tensions have soared over the past week").
            if index == body[0] or not _pattern("state", lang).search(unit.sentence.text):
                previous = last_dated[1] if last_dated else None
                last_dated = (
                    index,
                    _add_lead_event(
                        builder, unit, units, first_dated, _coreferent(unit, previous, lang)
                    ),
                )
            continue
        if last_dated is None or not _narrates_past(unit.sentence.text, lang):
            continue
        anchor_index, anchor = last_dated
        between = [i for i in body if anchor_index < i < index]
        close = len(between) < NARRATIVE_REACH
        same_paragraph = units[anchor_index].paragraph == unit.paragraph
        next_paragraph = not between and anchor.precision == "day"
        shares = bool(set(unit.actors) & set(anchor.actors))
        continues = bool(_pattern("continuation", lang).search(unit.sentence.text))
        if not close or not (same_paragraph or next_paragraph or shares or continues):
            continue
        event = builder.add(
            unit,
            dated_by="narrative",
            start=anchor.date,
            end=anchor.date_end,
            precision=anchor.precision,
            time_of_day=None,
            trigger=None,
            reason=f"continues the narrative dated {anchor.date:%a %d %b %Y} by “{anchor.trigger or 'the lead'}”"
            if anchor.date
            else "continues an undated narrative: listed, not placed",
            confidence=builder._confidence("narrative"),
            inherited_actors=_coreferent(unit, anchor, lang),
        )
        # The narrative goes on from here, with the date it inherited.
        last_dated = (index, dataclasses.replace(event, trigger=anchor.trigger))
    return builder.events


def _coreferent(unit: _Unit, previous: Event | None, lang: str) -> tuple[str, ...]:
    """Actors a continuing sentence refers back to ("The pair spoke ...", "Les deux présidents")."""
    if previous is None or not _pattern("coreferent", lang).search(unit.sentence.text):
        return ()
    return tuple(previous.actors)


def _add_lead_event(
    builder: _Builder,
    unit: _Unit,
    units: list[_Unit],
    first_dated: int,
    inherited: tuple[str, ...] = (),
) -> Event:
    """The lead's happening: dated by the publication date, unless the sentence right after
    the lead dates the same happening ("Macron and Putin have agreed ..." then "After a
    telephone conversation ... late Monday" in a Tuesday paper)."""
    article = builder.article
    position = units.index(unit)
    gap = [u for u in units[position + 1 : first_dated] if not u.is_heading and not u.is_caption]
    if first_dated < len(units) and len(gap) <= 2:
        follower = units[first_dated]
        day = next((e for e in follower.expressions if e.precision == "day" and e.date), None)
        shares = set(unit.actors) & set(follower.actors)
        recent = (
            day is not None
            and article.published is not None
            and 0 <= (article.published - day.date).days <= 3
        )
        if shares and recent:
            return builder.add(
                unit,
                dated_by="narrative",
                start=day.date,
                end=day.date_end,
                precision="day",
                time_of_day=None,
                trigger=None,
                reason=f"lead of the article, dated by the next sentence's “{day.text}” ({day.date:%a %d %b %Y})",
                confidence=builder._confidence("publication"),
                inherited_actors=inherited,
            )
    return builder.add(
        unit,
        dated_by="publication",
        start=article.published,
        end=article.published,
        precision="day",
        time_of_day=None,
        trigger=None,
        reason=_publication_reason(article),
        confidence=builder._confidence("publication"),
        inherited_actors=inherited,
    )


def _add_expression_event(
    builder: _Builder, unit: _Unit, expression: TimeExpression, *, caption: bool = False
) -> Event | None:
    """An event dated by one of the sentence's own expressions."""
    # A line that is nothing but a date (a dateline, a tweet signature) is not a happening.
    rest = (
        unit.sentence.text[: expression.start - unit.sentence.start]
        + unit.sentence.text[expression.end - unit.sentence.start :]
    )
    if len(re.findall(r"\w+", rest)) < 3:
        return None
    kind = "absolute" if expression.anchor == "absolute" else "dct"
    reason = expression.reason + (" (photo caption)" if caption else "")
    event_type = _clause_event_type(unit, expression, builder.article.language)
    if expression.value is None:
        reason += ": the publication date is unknown, so it is listed, not placed"
    return builder.add(
        unit,
        dated_by="expression",
        start=expression.date,
        end=expression.date_end,
        precision=expression.precision,
        time_of_day=expression.time_of_day,
        trigger=expression.text,
        reason=reason,
        confidence=builder._confidence(kind) * (0.8 if caption else 1.0),
        suffix=f"#{expression.start - unit.sentence.start}",
        event_type=event_type,
    )


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: _clause_before it, then on to the next boundary."""
    tail = text[end:]
    stops = [i for i in (tail.find(","), tail.find(";"), tail.find(")"), tail.find("—")) if i >= 0]
    return _clause_before(text, start) + text[start : end + (min(stops) if stops else len(tail))]


def _clause_event_type(unit: _Unit, expression: TimeExpression, lang: str) -> str:
    """The type of the happening this date belongs to. A sentence with one date is typed
    as a whole; a date in an embedded clause ("since Lukashenko claimed victory in the
    August 2020 election"), or one of several dates, is typed by its own clause when that
    clause has a cue, else by the sentence."""
    several = len(_distinct_dates(unit.expressions)) > 1
    if not several and not _embedded(unit, expression, lang):
        return unit.event_type
    offset = expression.start - unit.sentence.start
    clause = _clause_around(unit.sentence.text, offset, offset + len(expression.text))
    # "the first call since Lukashenko claimed victory in the August 2020 election": the
    # date's happening starts at the embedding word, not at the clause boundary
    date_at = clause.find(expression.text)
    embeddings = [m for m in _pattern("embedding", lang).finditer(clause) if m.start() < date_at]
    if embeddings:
        clause = clause[embeddings[-1].start() :]
    return classify_event_type(clause, lang) if cue_scores(clause, lang) else unit.event_type


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The event table (DESIGN.md) from Event records, columns in schema order."""
    rows = [asdict(event) for event in events]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame = frame.astype({c: object for c in ("published", "date", "date_end", "cluster_id")})
    return validate_events(frame)
