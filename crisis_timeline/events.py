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
Undated statements of state ("Britain has sent 10 troops") are not events, nor are undated
claims and assessments ("officials said they believe X is waging ...", "the situation marked
an escalation"): they neither take the lead's nor the narrative's date. Headings,
bylines and datelines are not events. Photo captions only give events through a date of
their own (they describe photos, often of older events).
It does not cluster events across outlets (clusters.py does).
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from datetime import date

from crisis_timeline.articles import Article
from crisis_timeline.day_after import day_before_happening
from crisis_timeline.entities import Gazetteer, load_gazetteer
from crisis_timeline.event_builder import EventBuilder
from crisis_timeline.event_ranges import (
    rolling_day_end_at,
    rolling_day_start,
)
from crisis_timeline.event_types import classify_event_type, cue_scores
from crisis_timeline.narration import (
    QUOTE_OPENERS,
    breaks_down,
    force_not_used,
    lead_happens,
    narrates_past,
    pattern,
    present_lead,
    standing_accusation,
    voice_only,
)
from crisis_timeline.quantities import DIGIT_COUNT, counts_something
from crisis_timeline.restated_dates import restated_day
from crisis_timeline.schema import Event
from crisis_timeline.sentence_dates import (
    clause_before,
    dates_subject,
    distinct_dates,
    embedded_date,
    main_expressions,
    names_its_date,
    rumoured_date,
    vague_main_clause,
    year_so_far,
)
from crisis_timeline.sentence_units import (
    LEAD_SENTENCES,
    SentenceUnit,
    after_date_line,
    sentence_units,
    without_dates,
)
from crisis_timeline.similar_happenings import similar_type
from crisis_timeline.temporal import TimeExpression
from crisis_timeline.temporal_periods import after_bounding_word

# Confidence by how the date was found: an explicit date beats a weekday resolved from the
# publication date, which beats the lead convention, which beats narrative inheritance.
NARRATIVE_REACH = 3  # how many sentences a narrative date carries forward
REPRINT_MIN_WORDS = 12  # a sentence this long printed twice with one date is one event


# A dated count without an event cue of its own continues the event counted at most this
# many sentences before it, in its paragraph (see _Walk._counted_on).
COUNT_REACH = 2
# What a count continues when the sentence before it names it without a date of its own
COUNTED = frozenset({"border_crossing", "casualties", "repatriation"})
LISTED_FIGURES = 3  # bare numbers in a sentence that make it a list of figures
_NUMBER = re.compile(r"\b\d+\b")


def _is_eventful(unit: SentenceUnit) -> bool:
    """A dated sentence is an event when it has an event cue or names an actor or place,
    unless it only says that no force was used (a border guard's daily formula)."""
    return (unit.has_cue or bool(unit.actors or unit.places)) and not force_not_used(
        unit.sentence.text, unit.language
    )


def _asks_what_happened(unit: SentenceUnit, lang: str) -> bool:
    """A question subheading asking what happened in the story: opened by a question word,
    in the past, with no date of its own ("Co się stało 8 listopada?" starts its own)."""
    text = unit.sentence.text.rstrip()
    return (
        text.endswith("?")
        and not unit.expressions
        and bool(pattern("question_words", lang).search(text))
        and bool(pattern("past", lang).search(text))
    )


def _is_undated_event(unit: SentenceUnit, lang: str) -> bool:
    """An undated sentence needs both: something happened, to someone or somewhere (or it
    continues the previous sentence: "The post said the talks lasted around 50 minutes", or
    counts its people: "In all, 380 passengers were on board", "One soldier was injured")."""
    text = unit.sentence.text
    if not unit.has_cue or pattern("source_line", lang).search(text) or force_not_used(text, lang):
        return False  # no happening, only who reported the one before, or what did not happen
    return (
        bool(unit.actors or unit.places)
        or bool(pattern("continuation", lang).search(text))
        or counts_something(text, lang)
    )


def _publication_reason(article: Article) -> str:
    if article.published is None:
        return "lead of the article, whose publication date is unknown: listed, not placed"
    if article.published_weak:
        return (
            "lead of the article, whose publication date is only a guess "
            f"({article.published:%d %b %Y}): listed, not placed"
        )
    basis = {"metadata": "from the article's metadata", "text": "from its dateline"}.get(
        article.published_basis, "inferred from its text"
    )
    return f"lead of the article: dated by its publication date {article.published:%a %d %b %Y} ({basis})"


def extract_article_events(article: Article, gazetteer: Gazetteer | None = None) -> list[Event]:
    """The events of one article, in text order."""
    gazetteer = gazetteer or load_gazetteer()
    walk = _Walk(article, gazetteer)
    for index, unit in enumerate(walk.units):
        walk.step(index, unit)
    return _without_reprints(walk.builder.events)


def _without_reprints(events: list[Event]) -> list[Event]:
    """A page that prints a sentence twice (a standfirst repeated as the body's first
    paragraph, a caption under two photos) tells one happening: its first copy stays."""
    seen: set[tuple[str, date | None, date | None, str | None]] = set()
    kept = []
    for event in events:
        words = event.sentence.split()
        if len(words) < REPRINT_MIN_WORDS:
            kept.append(event)  # a short line may well recur ("Guards reported 40 crossings.")
            continue
        # Undated, the days a sentence lists ("В четверг ... 55, в среду – 76, во вторник –
        # 93" on a page of unknown date) differ by their words, not their (unknown) dates
        told = event.trigger if event.date is None else None
        key = (" ".join(words), event.date, event.date_end, told)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


class _Walk:
    """One pass over an article's sentences, carrying the narrative's current date.

    Each sentence goes through, in order: a heading resets the narrative; a caption gives
    only its own explicit dates; a sentence's own dates make events; an undated happening
    is dated by the lead convention or inherits the narrative's date.
    """

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.units = sentence_units(article, gazetteer)
        self.builder = EventBuilder(article, gazetteer)
        self.lang = article.language
        units = self.units
        self.body = [i for i, u in enumerate(units) if not u.is_heading and not u.is_caption]
        self.first_dated = next((i for i in self.body if units[i].expressions), len(units))
        self.lead = set(self.body[:LEAD_SENTENCES]) | set(
            after_date_line(units, self.body, article.published)
        )
        self.last_dated: tuple[int, Event] | None = None  # the narrative's current date

    def step(self, index: int, unit: SentenceUnit) -> None:
        """Adds the events of one sentence, and of a happening it names as the day before
        its own ("Au lendemain d'un entretien ..."), and moves the narrative on."""
        made = len(self.builder.events)
        self._sentence(index, unit)
        if len(self.builder.events) > made:
            _add_day_before(self.builder, unit, made)

    def _sentence(self, index: int, unit: SentenceUnit) -> None:
        """Adds the events of one sentence and moves the narrative on."""
        if unit.is_heading:
            # A subheading starts a new thread: what follows does not inherit dates across it,
            # unless it asks what happened next in the story ("Jak głosowali posłowie?"; not a
            # topic asked about: "Complot de Minsk?")
            if index > self.first_dated and not _asks_what_happened(unit, self.lang):
                self.last_dated = None
            return
        if unit.is_caption:
            # Captions describe photos: only their own explicit dates make events.
            if not _is_eventful(unit):
                return  # "Zdjęcie ilustracyjne, 12 listopada": a credit, no happening
            published = self.builder.article.published
            for expression in distinct_dates(unit, self.builder.article.language):
                if names_its_date(expression, published) and expression.value:
                    _add_expression_event(self.builder, unit, expression, caption=True)
            return
        own_dates_cover_it, own_days = self._own_dates(index, unit)
        if own_dates_cover_it:
            return
        if (
            self.last_dated
            and unit.has_cue  # every formula names what was not used or done; most text has no cue
            and not own_days
            and force_not_used(unit.sentence.text, self.lang)
        ):
            # "Zaznaczyła, że nikt nie został ranny": no happening, but the story it is part
            # of goes on (when it is close to the story, as a narrative sentence must be)
            if self._continues(index, unit, *self.last_dated):
                self.last_dated = (index, self.last_dated[1])
            return
        if not (
            _is_undated_event(unit, self.lang)
            or self._opening_story(index, unit)
            or breaks_down(unit.sentence.text, self.lang)
        ):
            return
        # The sentence's own happening has no date of its own (none, or only dates of
        # embedded/background things): the lead convention or the narrative dates it.
        if vague_main_clause(unit.sentence.text, self.lang):
            self.last_dated = None  # "ont récemment signalé": an unstated time, not the story's day
            return
        if index in self.lead and (
            index < self.first_dated
            # its dates only bound something ahead ("extended the ban by three months, until
            # March 2"): as undated as a lead before any date ("camped there until November
            # 18", a past state's end, is no news of the page's day)
            or (index == self.first_dated and self._bounds_ahead_only(unit))
            or self._plans_only(index, own_days)
            or self._opening_embeds_only(index, own_days)
        ):
            self._lead(index, unit)
            return
        self._narrative(index, unit, own_days)

    def _bounds_ahead_only(self, unit: SentenceUnit) -> bool:
        """The sentence's dates are none of its own, and each is written with its year on or
        after the publication ("extended ... until March 2022": a bound ahead; a yearless
        "until November 18" may be a past state's end, and stays undecided)."""
        published = self.builder.article.published
        if published is None or main_expressions(unit, self.lang):
            return False
        return all(
            e.anchor == "absolute" and e.date_end is not None and e.date_end >= published
            for e in unit.expressions
        )

    def _plans_only(self, index: int, own_days: set[date | None]) -> bool:
        """The first dated sentence's dates are all embedded and ahead of the publication
        ("approved a proposal to introduce ... from 10 November"): a plan's date cannot date
        the past happening of its main clause, which is the lead's. So for a later lead
        sentence when the narrative's date is ahead too (a standfirst's "Санкции ЕС вступят в
        силу 2 декабря", then "Послы ЕС утвердили пакет санкций, которые вступят в силу 2
        декабря": the approval is not of the 2nd), or when there is none."""
        published = self.builder.article.published
        if published is None or not own_days:
            return False
        if any(day is None or day <= published for day in own_days):
            return False
        if index == self.first_dated:
            return True
        # (nor, with no narrative date to inherit, is it left undated)
        narrative_day = self.last_dated[1].date if self.last_dated else None
        return narrative_day is None or narrative_day > published

    def _opening_story(self, index: int, unit: SentenceUnit) -> bool:
        """The article's first sentence tells its story when it narrates a happening with an
        event cue, even without a known actor or place ("La police lettonne a dépêché des
        unités spéciales à la frontière biélorusse")."""
        text = unit.sentence.text
        return (
            index == self.body[0]
            and unit.has_cue
            and not text.startswith(QUOTE_OPENERS)  # a quotation opens: a voice, not the story
            and lead_happens(text, self.lang)
        )

    def _opening_embeds_only(self, index: int, own_days: set[date | None]) -> bool:
        """The article's first sentence dates only a relative clause ("..., where a record
        number of crossings were attempted this weekend", "..., который прошлой ночью
        наблюдал"): its main clause is the story of the day it was published. So is a later
        lead sentence's with no narrative to continue, as below a wire's dateline ("Вечером
        10 августа ... произошли беспорядки" / "ВИЛЬНЮС, 11 августа. /ТАСС/." / "Литовская
        полиция задержала группу из 20 мигрантов, сбежавших во вторник вечером")."""
        published = self.builder.article.published
        return (
            (index == self.body[0] or self.last_dated is None)
            and published is not None
            and not self.builder.article.published_weak
            and bool(own_days)
            and published not in own_days
        )

    def _own_dates(self, index: int, unit: SentenceUnit) -> tuple[bool, set[date | None]]:
        """Events on the sentence's own dates: whether they date it, and their days."""
        own_dates_cover_it = False
        own_days: set[date | None] = set()  # days of this sentence's own (embedded) events
        if not unit.expressions:
            return own_dates_cover_it, own_days
        similar = similar_type(unit, index, self.units, self.last_dated, self.lang)
        if similar is not None and (unit.event_type == "other" or not _is_eventful(unit)):
            unit = dataclasses.replace(unit, _event_type=similar)  # "A similar incident ..."
        elif not _is_eventful(unit):
            counted = self._counted_on(index, unit) or self._counted_from(index, unit)
            if counted is None:
                return own_dates_cover_it, own_days
            unit = dataclasses.replace(unit, _event_type=counted)
        published = self.builder.article.published
        for expression in self._restated(index, unit, main_expressions(unit, self.lang)):
            if year_so_far(unit, expression, published, self.lang) or rumoured_date(
                unit, expression, self.lang
            ):
                # a year not over yet dates a running total, a rumour's day (ahead, or today)
                # only what it says will be: no happening's day
                own_dates_cover_it = True
                continue
            event = _add_expression_event(self.builder, unit, expression)
            if event is None:
                continue
            own_days.add(event.date)
            if embedded_date(unit, expression, self.lang) and not dates_subject(
                unit, expression, self.lang, published
            ):
                continue  # dated, but it does not date the sentence's main clause
            if _bound_of_state(unit, expression, self.lang):
                # the state a month bounds: not the narrative's date, nor, as the lead's
                # first date, the main clause's ("w utrzymywanym od sierpnia koczowisku ... pozostały tylko
                # namioty" is the day's news); later, a running total from it ("Od
                # października próbowało przedostać się 17 tys. osób") is dated by it alone
                opening = index == self.first_dated and index in self.lead
                own_dates_cover_it = own_dates_cover_it or not opening
                continue
            own_dates_cover_it = True
            if event.background:
                continue  # the sentence is about that old happening: not the narrative's date
            self.last_dated = (index, event)
        return own_dates_cover_it, own_days

    def _restated(
        self, index: int, unit: SentenceUnit, own: list[TimeExpression]
    ) -> list[TimeExpression]:
        """A lead's only date, when it dates the reporting clause after the story, goes to
        the day the next sentence gives the same happening (restated_dates.py)."""
        position = self.body.index(index) if index in self.lead and len(own) == 1 else -1
        if not 0 <= position < len(self.body) - 1:
            return own
        follower = self.units[self.body[position + 1]]
        day = restated_day(
            unit, own[0], follower, lambda u: main_expressions(u, self.lang), self.lang
        )
        return [day] if day is not None else own

    def _counted_from(self, index: int, unit: SentenceUnit) -> str | None:
        """A date counted from the story's last one ("Dwa dni wcześniej wniosek złożyła Rada
        Ministrów", "The next day ...") goes on telling that story, the sentence right after
        it: a happening even without a cue of its own, of the story's type."""
        if self.last_dated is None or not any(e.anchor == "narrative" for e in unit.expressions):
            return None
        if not narrates_past(unit.sentence.text, self.lang):
            return None  # "Two days later, the family was still in the forest": a state
        anchor_index, anchor = self.last_dated
        if index - anchor_index != 1 or self.units[anchor_index].paragraph != unit.paragraph:
            return None
        return anchor.event_type

    def _counted_on(self, index: int, unit: SentenceUnit) -> str | None:
        """A dated count right after an event of its paragraph goes on counting what that
        event counted ("... 40 tys. prób ... Od początku grudnia było to 1,2 tys. tego typu
        prób, w listopadzie – 8,9 tys., ..."), or a sentence right before it telling what is
        counted ("резко возросло количество нелегальных мигрантов. 7 августа их было 39, ..."):
        the event type it carries on, else None."""
        # its figures without its dates: "7 августа", "2021-09-01" count nothing
        text = without_dates(unit)
        before = self.units[index - 1] if index else None
        if not DIGIT_COUNT.search(text) and len(_NUMBER.findall(text)) < LISTED_FIGURES:
            return None  # neither a count nor a list of figures ("buvo 28, sekmadienį – 49")
        if before and before.paragraph == unit.paragraph and before.event_type in COUNTED:
            return before.event_type  # a counted type comes from a cue
        if self.last_dated is None:
            return None
        anchor_index, anchor = self.last_dated
        same_paragraph = self.units[anchor_index].paragraph == unit.paragraph
        if not same_paragraph or index - anchor_index > COUNT_REACH:
            return None
        return anchor.event_type

    def _lead(self, index: int, unit: SentenceUnit) -> None:
        """A lead sentence before the first date: dated by the publication date."""
        # The first lead sentence is the story; later ones only when they narrate a
        # happening, not a state ("Tensions have soared over the past week").
        # A lead in the present ("A crisis is threatening to ...") is a state: no event.
        text, lang = unit.sentence.text, self.lang
        # ... except where the press tells the day's happening in the present in its first
        # sentence (narration.present_lead)
        if not lead_happens(text, lang) and not (
            index == self.body[0] and present_lead(text, lang)
        ):
            return
        # The lead's first happening is the story even in the perfect ("Four migrants have
        # been found dead", below a standfirst and a photo's caption).
        if self.builder.events and pattern("state", lang).search(text):
            return
        previous = self.last_dated[1] if self.last_dated else None
        event = _add_lead_event(
            self.builder, unit, self.units, self.first_dated, _coreferent(unit, previous, lang)
        )
        self.last_dated = (index, event)

    def _narrative(self, index: int, unit: SentenceUnit, own_days: set[date | None]) -> None:
        """A later undated sentence: inherits the narrative's date when it continues it."""
        lang = self.lang
        counted = self._dated_count_before(index, unit)
        if counted is not None:
            anchor = counted
        elif self.last_dated is None:
            return
        else:
            anchor_index, anchor = self.last_dated
            # Tied to the narrative first: the cheaper test, and false for most sentences
            # (both are pure, so the order changes nothing but the time).
            if not self._continues(index, unit, anchor_index, anchor):
                return
        # a breakdown of the count before needs no verb: "Iš šio skaičiaus – 20 moterų ir
        # 51 vyras", "Из них 34 ребёнка"
        breakdown = counted is not None and breaks_down(unit.sentence.text, self.lang)
        if not (breakdown or narrates_past(unit.sentence.text, lang)):
            return
        if counted is None and voice_only(unit.sentence.text, lang):
            return  # "“It seems that ... will be justified,” the president said"
        if counted is None and pattern("habitual", lang).search(unit.sentence.text):
            return  # "les forces belarusses les obligent souvent à franchir": a habit, no day
        if counted is None and standing_accusation(unit.sentence.text, lang):
            return  # "The EU accuses Lukashenko of orchestrating the crisis": background
        if anchor.date in own_days:
            return  # "X, which took off that afternoon, landed": one happening, one row
        event = self.builder.add(
            unit,
            dated_by="narrative",
            start=anchor.date,
            end=anchor.date_end,
            precision=anchor.precision,
            time_of_day=None,
            trigger=None,
            reason=f"continues the narrative dated {_anchor_when(anchor)} by “{anchor.trigger or 'the lead'}”"
            if anchor.date
            else "continues an undated narrative: listed, not placed",
            confidence=self.builder._confidence("narrative"),
            inherited_actors=_coreferent(unit, anchor, lang),
            event_type=anchor.event_type if breakdown else None,  # the count's happening
        )
        # The narrative goes on from here, with the date it inherited.
        self.last_dated = (index, dataclasses.replace(event, trigger=anchor.trigger))

    def _dated_count_before(self, index: int, unit: SentenceUnit) -> Event | None:
        """The dated count right before an undated one in its paragraph, which the total goes
        on counting ("the Border Guard had recorded 138 people who had tried to enter Poland
        illegally in the previous day. A total of 130 people were prevented from crossing"),
        even when its date sits in a clause of its own and does not date the story."""
        if not index:
            return None
        before = self.units[index - 1]
        if before.paragraph != unit.paragraph or not before.expressions:
            return None  # the cheap tests first: most sentences stop here
        dated = None
        for e in reversed(self.builder.events):  # in text order: stop past the sentence
            if e.start < before.original_start:
                break
            if e.start == before.original_start and e.dated_by == "expression":
                dated = e
                break
        if dated is None or not counts_something(unit.sentence.text, self.lang):
            return None
        return dated if counts_something(without_dates(before), self.lang) else None

    def _continues(self, index: int, unit: SentenceUnit, anchor_index: int, anchor: Event) -> bool:
        """Whether the sentence is close to the narrative's anchor and tied to it."""
        # body sentences strictly between the anchor and this one (body is sorted: bisect,
        # where a scan of the whole body for every sentence was quadratic)
        between = bisect_left(self.body, index) - bisect_right(self.body, anchor_index)
        if between >= NARRATIVE_REACH:
            return False
        same_paragraph = self.units[anchor_index].paragraph == unit.paragraph
        next_paragraph = not between and anchor.precision == "day"
        shares = bool(set(unit.actors) & set(anchor.actors))
        continues = bool(pattern("continuation", self.lang).search(unit.sentence.text))
        return same_paragraph or next_paragraph or shares or continues


def _coreferent(unit: SentenceUnit, previous: Event | None, lang: str) -> tuple[str, ...]:
    """Actors a continuing sentence refers back to ("The pair spoke ...", "Les deux présidents")."""
    if previous is None or not pattern("coreferent", lang).search(unit.sentence.text):
        return ()
    return tuple(previous.actors)


def _add_lead_event(
    builder: EventBuilder,
    unit: SentenceUnit,
    units: list[SentenceUnit],
    first_dated: int,
    inherited: tuple[str, ...] = (),
) -> Event:
    """The lead's happening: dated by the publication date, unless the sentence right after
    the lead dates the same happening ("Macron and Putin have agreed ..." then "After a
    telephone conversation ... late Monday" in a Tuesday paper)."""
    article = builder.article
    # A guessed publication date (Article.published_weak) dates no lead: a made-up day.
    published = None if article.published_weak else article.published
    position = units.index(unit)
    gap = [u for u in units[position + 1 : first_dated] if not u.is_heading and not u.is_caption]
    if position < first_dated < len(units) and len(gap) <= 2:
        follower = units[first_dated]
        # the follower's own dates, not a report's ("said on Thursday that ... the previous
        # day" dates the find on Wednesday)
        own = main_expressions(follower, article.language)
        day = next((e for e in own if e.precision == "day" and e.date), None)
        shares = set(unit.actors) & set(follower.actors)
        recent = day is not None and published is not None and 0 <= (published - day.date).days <= 3
        if shares and recent:
            return builder.add_day(
                unit,
                dated_by="narrative",
                day=day.date,
                day_end=day.date_end,
                reason=f"lead of the article, dated by the next sentence's “{day.text}” ({day.date:%a %d %b %Y})",
                kind="publication",
                inherited_actors=inherited,
            )
    return builder.add_day(
        unit,
        dated_by="publication",
        day=published,
        reason=_publication_reason(article),
        kind="publication",
        inherited_actors=inherited,
    )


def _add_day_before(builder: EventBuilder, unit: SentenceUnit, made: int) -> None:
    """The happening the sentence names as the day before its own (day_after.py); the
    sentence's events from position `made` on are then typed by their own clause."""
    found = day_before_happening(unit, builder.events[made:], builder.article.language)
    if found is None:
        return
    # only the types read from the whole sentence: a similar happening's, a count's or a
    # clause's own type was set for a reason of its own
    builder.events[made:] = [
        dataclasses.replace(e, event_type=found.main_type) if e.event_type == unit.event_type else e
        for e in builder.events[made:]
    ]
    builder.add_day(
        unit,
        dated_by="narrative",
        day=found.day,
        reason=found.reason,
        kind="narrative",
        suffix=f"#before{found.start}",
        event_type=found.event_type,
    )


def _bound_of_state(unit: SentenceUnit, expression: TimeExpression, lang: str) -> bool:
    """A span longer than a day (a week, a month) right after a bounding word ("since",
    "until", "od", "depuis": lang/<code>/periods.py BOUNDING) bounds a state or a running
    total: the sentences after it do not go on at that span. A day after "since" is left
    to the rules as before (a measure's first day is a happening)."""
    if expression.precision == "day":
        return False
    first, last = expression.date, expression.date_end
    if expression.precision == "month" and first and last and first.month != last.month:
        return False  # months joined ("od sierpnia do września"): the happening's span
    return after_bounding_word(unit.sentence.text, expression.start - unit.sentence.start, lang)


def _anchor_when(anchor: Event) -> str:
    """The narrative's date as its reason names it: a day, or the span it was dated to
    ("2021" for "this year", not the first of January it starts on)."""
    if anchor.precision == "day" or anchor.date_end is None:
        return f"{anchor.date:%a %d %b %Y}"
    from crisis_timeline.geo import date_label  # geo pulls in the map's tables: only here

    return date_label(anchor.date, anchor.date_end, anchor.precision)


def _add_expression_event(
    builder: EventBuilder, unit: SentenceUnit, expression: TimeExpression, *, caption: bool = False
) -> Event | None:
    """An event dated by one of the sentence's own expressions."""
    # A line that is nothing but a date (a dateline, a tweet signature) is not a happening.
    rest = (
        unit.sentence.text[: expression.start - unit.sentence.start]
        + unit.sentence.text[expression.end - unit.sentence.start :]
    )
    # A count counts as words: "November 22 – 118 more." goes on listing flights.
    if len(re.findall(r"\w+", rest)) < 3 and not DIGIT_COUNT.search(rest):
        return None
    kind = "absolute" if expression.anchor == "absolute" else "dct"
    reason = expression.reason + (" (photo caption)" if caption else "")
    event_type = _clause_event_type(unit, expression, builder.article.language)
    if expression.value is None:
        reason += ": the publication date is unknown, so it is listed, not placed"
    start = expression.date
    rolling_start = rolling_day_start(expression, unit.sentence, builder.article.language)
    if rolling_start is not None:
        # the happening spans the day before and the report's day
        start = rolling_start
        reason += f"; the 24 hours run from {start:%a %d %b}"
    return builder.add(
        unit,
        dated_by="expression",
        start=start,
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
    """The clause holding text[start:end]: clause_before it, then on to the next boundary."""
    tail = text[end:]
    stops = [i for i in (tail.find(","), tail.find(";"), tail.find(")"), tail.find("—")) if i >= 0]
    return clause_before(text, start) + text[start : end + (min(stops) if stops else len(tail))]


def _clause_event_type(unit: SentenceUnit, expression: TimeExpression, lang: str) -> str:
    """The type of the happening this date belongs to. A sentence with one date is typed
    as a whole; a date in an embedded clause ("since Lukashenko claimed victory in the
    August 2020 election"), or one of several dates, is typed by its own clause when that
    clause has a cue, else by the sentence."""
    # its own clause's type: one of several dates, or an embedded one; a conjunction may
    # open the date's clause too ("intervient alors que l'UE a annoncé lundi ...")
    own_clause = len(distinct_dates(unit, lang)) > 1 or embedded_date(unit, expression, lang)
    if not own_clause and not pattern("conjunction", lang).search(unit.sentence.text):
        return unit.event_type
    offset = expression.start - unit.sentence.start
    clause = _clause_around(unit.sentence.text, offset, offset + len(expression.text))
    # Where the date's phrase starts: at its rolling day's words for "au cours des 24 heures
    # qui se sont terminées vendredi matin" (their "qui" embeds nothing)
    rolling_at = rolling_day_end_at(expression, unit.sentence, lang)
    clause_start = offset - len(clause_before(unit.sentence.text, offset))
    date_at = max(0, (offset if rolling_at is None else rolling_at) - clause_start)
    # The date's happening starts at the last embedding word before it ("the first call since
    # Lukashenko claimed victory in the August 2020 election") or conjunction ("alors que 150
    # migrants ont traversé"), not at the clause boundary
    openers = [
        m.start()
        for table in ("embedding", "conjunction")
        for m in pattern(table, lang).finditer(clause)
        if m.start() < date_at
    ]
    if openers:
        clause = clause[max(openers) :]
    elif not own_clause:
        return unit.event_type  # the conjunction opens another clause than the date's
    return classify_event_type(clause, lang) if cue_scores(clause, lang) else unit.event_type
