"""Which of a sentence's dates date its own happenings.

A sentence may hold several dates: a relative clause's ("the camp, which was set up on
Saturday"), a rumour's day ahead, a running year ("so far this year"), a range's bound
("until 10 December"), a reported claim's later day, a possessive span ("this week's first
flight"). events.py asks here which of them are the sentence's own (`main_expressions`),
which are distinct days (`distinct_dates`), and which sit in an embedded clause.
"""

from __future__ import annotations

import re
from datetime import date

from crisis_timeline.event_ranges import (
    conjunction_between,
    counted_back,
    day_links,
    ends_rolling_day,
    joined_days,
    listed_days,
    rolling_day_phrases,
    without_rolling_days,
)
from crisis_timeline.event_types import cue_scores
from crisis_timeline.lang import tables
from crisis_timeline.narration import clause_before, clause_cut, in_embedded_clause, pattern
from crisis_timeline.quantities import counts_something
from crisis_timeline.sentence_units import SentenceUnit, without_dates
from crisis_timeline.temporal import TimeExpression, tag

SUBJECT_WORDS = 4  # an opening subject a relative clause can hang on ("Pierwszy lot czarterowy")
YEAR_PROBE_DAY = date(2021, 7, 1)  # any day: which year a phrase names is read on it
SUBJECT_CLAUSE_DAYS = 7  # how recent a day such a clause gives must be to date the sentence
PREPOSITION_LETTERS = 3  # "in", "on", "le": what may stand between a verb and its own date


def embedded_date(unit: SentenceUnit, expression: TimeExpression, lang: str) -> bool:
    """True when the date sits in a relative or "since" clause about something else."""
    offset = expression.start - unit.sentence.start
    return bool(
        pattern("embedding", lang).search(_without_comparison(unit.sentence.text, offset, lang))
    )


def _without_comparison(text: str, offset: int, lang: str) -> str:
    """The clause before `offset` without a first's "since" ("The first repatriation flight
    since the crisis began left Minsk on Sunday") when a past verb follows it: the main verb
    has come, so the date after it is the sentence's own. The comparison point itself
    ("the first contact since August 2020") stays embedded: no past verb before it."""
    clause = clause_before(text, offset)
    compared = pattern("compared_since", lang).search(clause)
    if compared is None:
        return clause
    # the main verb has come: a second past verb ("since the crisis began left Minsk on
    # Sunday"), or a first one the date does not follow at once ("since the beginning of the
    # crisis took place on Sunday"; "since the crisis began in August" is the since-clause's)
    verbs = list(pattern("past", lang).finditer(clause, compared.end()))
    if not verbs:
        return clause
    if len(verbs) == 1 and all(
        word.islower() and len(word) <= PREPOSITION_LETTERS
        for word in clause[verbs[0].end() :].split()
    ):
        return clause  # only a preposition between the verb and the date: "began in"
    return clause[: compared.start()] + clause[compared.end() :]


def names_its_date(expression: TimeExpression, published: date | None) -> bool:
    """A date a photo caption may be dated by: one it names ("15 November", "in November",
    "15 November 2021"), not one counted from the day it was published ("on Monday",
    "yesterday", "last month"), which need not be the photo's; written without its year
    only in words ("Zdjęcie 3/12" counts a gallery's photos) and not after the publication."""
    if expression.anchor == "absolute":
        return True
    named = expression.month_day is not None or (
        expression.precision == "month" and expression.reason.startswith("month,")
    )
    if not named or not any(c.isalpha() for c in expression.text):
        return False
    return published is None or expression.date is None or expression.date <= published


def year_so_far(
    unit: SentenceUnit, expression: TimeExpression, published: date | None, lang: str
) -> bool:
    """ "This year", "cette année", "w tym roku", "в этом году", "šiemet" in a running count
    ("so far", "już", "уже", "iš viso"): the year of the publication, not over yet, dates
    a running total ("over 4,000 migrants have entered Lithuania illegally so far this
    year"), not a happening (the guidelines' cumulative tolls; no annotator of eleven real
    batches made one an event). A happening of the year ("This year, Lithuania built a
    fence") and a year written out ("in 2021") are kept. Without a publication date the
    phrase is read on a sample day to learn which year it names."""
    if (
        expression.precision != "year"
        or expression.anchor == "absolute"
        or any(c.isdigit() for c in expression.text)
        or not counts_something(without_dates(unit), lang)
        or not pattern("cumulative", lang).search(unit.sentence.text)
    ):
        return False
    if published is None:
        probe = tag(expression.text, YEAR_PROBE_DAY, lang, references=False)
        return [e.value for e in probe] == [str(YEAR_PROBE_DAY.year)]
    return expression.date is not None and expression.date.year == published.year


def rumoured_date(unit: SentenceUnit, expression: TimeExpression, lang: str) -> bool:
    """The day a rumour told before it speaks of, today or ahead ("rumors among migrants
    that buses will arrive on November 15"): what the rumour says will be, no happening.
    A day before the rumour ("On November 17, the army rejected rumours ...") is kept."""
    if expression.direction not in ("future", "same"):
        return False
    rumour = pattern("rumour", lang).search(unit.sentence.text)
    return rumour is not None and rumour.start() < expression.start - unit.sentence.start


def dates_subject(
    unit: SentenceUnit, expression: TimeExpression, lang: str, published: date | None
) -> bool:
    """The date's relative clause hangs on the sentence's opening subject ("Pierwszy lot
    czarterowy, którym w niedzielę odesłano do Iraku ... migrantów, przebiegł bez
    zakłóceń"): it dates the subject's own happening, which the main clause goes on telling.
    Only a recent day (not "Lukashenko, who came to power in 1994, visited ..."), and only
    when the main clause has no happening of its own ("The camp, which was set up on
    Saturday, was cleared by troops" is a second happening, on the publication's day)."""
    if (
        expression.precision != "day"
        or expression.date is None
        or published is None
        or not 0 <= (published - expression.date).days <= SUBJECT_CLAUSE_DAYS
    ):
        return False
    text = unit.sentence.text
    head = text[: expression.start - unit.sentence.start]
    cut = clause_cut(head)
    subject = head[:cut]
    if cut <= 0 or "," in subject or len(subject.split()) > SUBJECT_WORDS:
        return False
    clause_end = text.find(",", expression.end - unit.sentence.start)
    main_clause = text[clause_end + 1 :] if clause_end >= 0 else ""
    return not cue_scores(main_clause, lang)


def vague_main_clause(text: str, lang: str) -> bool:
    """An unstated time ("recently", "w ostatnich dniach") dates the sentence's own happening,
    not only a relative clause ("a video of the camp, which was set up in recent days")."""
    return any(
        not in_embedded_clause(text, vague.start(), lang)
        for vague in pattern("vague", lang).finditer(text)
    )


def main_expressions(unit: SentenceUnit, lang: str) -> list[TimeExpression]:
    """The sentence's distinct dates, without later ones that only date a reported claim."""
    bound = pattern("bound", lang)
    range_link = day_links(lang)[0]
    text, offset = unit.sentence.text, unit.sentence.start
    distinct = []
    previous: TimeExpression | None = None
    for e in distinct_dates(unit, lang):
        # "until 10 December" bounds a period, no happening of its own; but "from Saturday
        # until Monday", "od soboty do poniedziałku" end a range joined_days joins
        # (the range's start must be kept: "as many as in January to September" compares);
        # "this year" is no range's start before a day: "Šiemet iki vidurnakčio iš
        # ketvirtadienio į penktadienį" (this year up to Thursday's midnight) is a running
        # total's end
        if (
            not bound.search(text[max(0, e.start - offset - 60) : e.start - offset])
            or (
                previous is not None
                and bool(distinct)
                and distinct[-1] is previous
                and previous.end <= e.start
                and (
                    previous.precision != "year"
                    or e.precision == "year"
                    or any(c.isdigit() for c in previous.text)  # "From 2019 until 30 June"
                )
                and range_link.match(text[previous.end - offset : e.start - offset])
            )
        ):
            distinct.append(e)
        previous = e
    if pattern("future_perfect", lang).search(unit.sentence.text):
        # "will have flown home N people since the first flight on <date>": the dates of its
        # embedded "since" clause start a projected running total; they are not happenings.
        distinct = [e for e in distinct if not embedded_date(unit, e, lang)]
    distinct = joined_days(without_rolling_days(distinct, unit.sentence, lang), unit.sentence, lang)
    distinct = _without_enclosing_spans(listed_days(distinct), text, offset)
    kept = distinct[:1]
    for expression in distinct[1:]:
        between = unit.sentence.text[
            kept[-1].end - unit.sentence.start : expression.start - unit.sentence.start
        ]
        reported = pattern("reported", lang).search(between)
        if reported and counted_back(expression, kept[-1]):
            # "said on Thursday that a helicopter spotted the body the previous day": the
            # day counted back from the report's is the happening's; the report is its source
            kept[-1] = expression
        elif not reported or _pluperfect(between[reported.end() :], lang):
            # "announced that it had recorded 324 attempts ... on Saturday": a happening
            # told in the pluperfect keeps its own day beside the announcement's
            kept.append(expression)
    return kept


def _without_enclosing_spans(
    expressions: list[TimeExpression], text: str, offset: int
) -> list[TimeExpression]:
    """Without a week or month that a day of the sentence falls in, when the span only
    qualifies a noun ("this week's first flight ... flew to Erbil on the evening of November
    25") or is a relative span the day right after it pins ("est décédé il y a trois
    semaines aux premières heures du mardi 23 novembre"): the day dates the happening."""
    kept = []
    for position, e in enumerate(expressions):
        if e.precision in ("week", "month") and e.date is not None:
            days = [d for d in expressions if d.precision == "day" and _within(d, e) and d is not e]
            possessive = text[e.end - offset : e.end - offset + 2] in ("'s", "’s")
            following = expressions[position + 1 : position + 2]
            if (possessive and days) or (
                following
                and following[0] in days
                and _pins(e, following[0], text[e.end - offset : following[0].start - offset])
            ):
                continue
        kept.append(e)
    return kept


def _within(day: TimeExpression, span: TimeExpression) -> bool:
    assert span.date is not None
    return day.date is not None and span.date <= day.date <= (span.date_end or span.date)


PINNING_GAP = 40  # characters between a relative span and the day that pins it


def _pins(span: TimeExpression, day: TimeExpression, between: str) -> bool:
    """A relative span ("three weeks ago", "il y a trois semaines", no number of its own)
    followed closely by a day in it, with no punctuation between (", the ministry said on
    Wednesday" dates the report, not the span's happening)."""
    return (
        span.anchor == "dct"
        and not any(char.isdigit() for char in span.text)
        and len(between) <= PINNING_GAP
        and not any(mark in between for mark in ",.;:!?()—–")
    )


def _pluperfect(text: str, lang: str) -> bool:
    """Whether a clause has a pluperfect auxiliary ("had", "avait") among its words."""
    auxiliaries = tables(lang).calendar.pluperfect_auxiliaries
    return bool(auxiliaries) and any(
        word in auxiliaries for word in re.findall(r"[\w'’]+", text.lower())
    )


def distinct_dates(unit: SentenceUnit, lang: str) -> list[TimeExpression]:
    seen: dict[str, TimeExpression] = {}
    for expression in unit.expressions:
        # By day: "Monday morning ... Monday evening" (2021-11-15TMO, 2021-11-15TEV) is one date.
        key = expression.day_value or f"unresolved:{expression.text.lower()}"
        if key in seen and ends_rolling_day(expression, unit.sentence, lang):
            # "said on Friday that 150 crossed in the 24 hours to Friday morning": the count's
            # 24 hours date the report; after a conjunction ("a déclaré vendredi l'état
            # d'urgence alors que 150 migrants ont traversé ... vendredi matin") it is a
            # second happening
            if not conjunction_between(unit.sentence, seen[key], expression, lang):
                seen[key] = expression
                continue
            key += " (the 24 hours to it)"
        elif (
            key in seen
            and expression.text.lower() in rolling_day_phrases(lang)
            and conjunction_between(unit.sentence, seen[key], expression, lang)
        ):
            key += " (the 24 hours before it)"  # "ввела сегодня ... после того, как за сутки"
        seen.setdefault(key, expression)
    return list(seen.values())
