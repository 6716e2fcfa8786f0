"""Resolves each article's publication date: metadata, else a dateline, else inference.

Reads: Article (published from sources.csv or page metadata), its cleaned text.
Adds: published, published_basis ("metadata" | "text" | "inferred" | "unknown"),
published_reason. It does not date events (events.py does, from this date).

Inference (news convention): a past-tense weekday in the text ("a demandé lundi") is the
reporting day or a day shortly before it, and any explicit date mentioned as past ("la
conférence ... qui s'est tenue le 12 novembre") came before the article. So the earliest
date consistent with both is the first such weekday on or after the latest explicit date.
A day and month without a year take the year that brings them closest to the corpus's
known publication dates (or settings.CRISIS_PRIOR_DATE when there are none).

The inference says how sure it is (issue 16). A date set beside a day word pins the
publication day ("Накануне, 18 ноября": the day before, 18 November, so the 19th). The latest
date alone is sure when written with its weekday or year, or when the lead has a date; when
the dates only come below an undated lead they are a recap and the article may be months
later: the date is then a lower bound, marked weak (Article.published_weak), and events.py
dates no sentence by it alone. A bare numeric "10/11" (a channel's name, a score) counts only
when the text has no other date.

What the blind batches of real press taught the inference (tests/test_thirteenth_ and
test_fourteenth_batch_lessons.py): the days after a date written with its weekday,
in its sentence, are that date's week ("On Friday, September 10, ... 26 on Saturday"); a
weekday told in the pluperfect is no writer's day; a past weekday five or six days after
the latest date, in another sentence, is a day of the week before it (REPORT_LAG_DAYS); a
weekday the text also writes with its date is that date; a date without its year is not
placed before the crisis began; a wire copy's dateline without its year is the copy's day.
The twenty-third (tests/test_twenty_third_round_lessons.py): a date line giving only the
month ("date 2021-12") keeps the page in that month (`_in_month`); a time stamp alone below
the body over a year after every date told is another story's (`page_stamps.py`).
The twenty-fifth: an embedded tweet's day is a date the text writes in full (embed_dates).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import NamedTuple

from crisis_timeline import settings
from crisis_timeline.articles import Article
from crisis_timeline.collection_prior import closest_year, median_date, tight
from crisis_timeline.crisis_calendar import Landmark
from crisis_timeline.embed_dates import embed_days
from crisis_timeline.event_ranges import day_links, ends_a_days_count, rolling_day_phrases
from crisis_timeline.landmarks import (
    LandmarkNews,
    Word,
    news_landmark,
    told_landmarks,
    weekdays_of_known_days,
)
from crisis_timeline.lang import tables
from crisis_timeline.named_weekdays import SENTENCE_END, named_by_next, named_in_list
from crisis_timeline.narration import pattern
from crisis_timeline.page_dateline import (
    Found,
    PageMonth,
    dateline_in_head,
    in_caption,
    is_wire_dateline,
    month_line,
    site_date_widget,
)
from crisis_timeline.page_stamps import PROSE_WORDS, stamps_below_body, without_later_stamps
from crisis_timeline.sentences import split_sentences
from crisis_timeline.temporal import TimeExpression, clause_tenses, tag
from crisis_timeline.temporal_tense import ClauseTense, Tense

# The lead: the headline and the first body sentences (sentence_units.LEAD_SENTENCES, plus the
# headline). A news story dates its happening there; dates only further down are a recap.
LEAD_SENTENCES = 5
# A past weekday is placed after the latest date the text names (the report after its
# happening) when it falls at most this many days after it; five or six days after, and
# in another sentence, it is more likely a day of the week before that date (measured on
# the rebuilt real-press sets: four gives the blind sixth and seventh batches their dates
# back and no set loses one). In one sentence the two are told together ("met on Tuesday,
# a week after the summit of Thursday, November 4"): the weekday is the later.
REPORT_LAG_DAYS = 4
LATER_WEEKDAY_DAYS = 2  # a later weekday this close after the latest date is the page's
MONTH_LINE_PRIOR_DAY = 15  # a yearless date takes the year nearest the line's mid-month
# What may stand between a day word and the date it names ("Накануне, 18 ноября",
# "hier (18 novembre)", "yesterday, on November 18"): punctuation and one short word, or an
# abbreviation ("Wczoraj tj., 4.09", "yesterday, i.e. 4 September").
_APPOSITION_GAP = re.compile(r"[\s,(–—-]*(?:[^\W\d_]{1,3}(?:\.[^\W\d_]{1,2})*\.?[\s,]+)?")


def _weekday_only(weekdays: list[_Weekday], prior: date) -> Found | None:
    """No date in the text, only past weekdays ("said Monday"): the latest such day on or
    before the collection's median date. Weak (the week is a guess), and the reason says so."""
    if not weekdays:
        return None
    weekday, text, _ = weekdays[0]
    day = prior - timedelta(days=(prior.weekday() - weekday) % 7)
    return Found(
        day,
        f"inferred (weak): no date in the text; “{text}” (past tense) placed in the week of "
        f"the collection's median date {prior:%a %d %b %Y}, so {day:%a %d %b %Y}",
        weak=True,
    )


def _dateline(article: Article, month: PageMonth | None) -> Found | None:
    """A date line near the head of the page, unless the page's month line (`month`, see
    month_line) gives another month (" date 2021-12" over "Le 27 octobre 2021, le ministre
    ...": a date of the story)."""
    found = dateline_in_head(article)
    if found is not None and month is not None and not _same_month(found.day, month.first_day):
        return None
    return found


def _same_month(day: date, month: date) -> bool:
    return (day.year, day.month) == (month.year, month.month)


@dataclasses.dataclass(frozen=True)
class _Mention:
    """An explicit date of the text, where it is, and how it was written."""

    day: date
    text: str
    start: int
    # Written with its weekday or its year ("jeudi 18 novembre", "18-11-2021"): the way a
    # news text writes the story's own day, where a bare "16 listopada" may be a recap.
    full: bool
    # Set in apposition to "the day before", "yesterday", "today" ("Накануне, 18 ноября"):
    # the text itself says how far the publication day is from it.
    pinned: bool = False
    # Ahead of the writer's day (temporal_tense.ClauseTense.looks_ahead): the end of a
    # measure ("jusqu'au 10 décembre") or a future; it counts only when pinned ("will vote
    # tomorrow, 10 December" still says the publication is the 9th).
    ahead: bool = False
    # Written with its weekday ("ce mercredi 29 décembre"): a day of the writer's week, where
    # the end of a measure ("jusqu'au 31 décembre") may be weeks ahead
    with_weekday: bool = False
    # After "since" ("en vigueur depuis le 9 novembre"): the start of a state still holding,
    # which may be months before the writer's day
    since: bool = False


class _Weekday(NamedTuple):
    """A past weekday the text names without its date, and where."""

    weekday: int
    text: str
    start: int


@dataclasses.dataclass
class _Evidence:
    """What the text says about its own date: explicit dates, past weekdays, day words."""

    explicit: list[_Mention] = dataclasses.field(default_factory=list)
    numeric: list[_Mention] = dataclasses.field(default_factory=list)
    # A wire copy's dateline without its year ("Москва. 20 июля. INTERFAX.RU -", "VILNIUS,
    # Jan 12 (Reuters) -"): the day the copy was filed
    wire_dateline: _Mention | None = None
    weekdays: list[_Weekday] = dataclasses.field(default_factory=list)
    # Past weekdays told in the pluperfect ("Mardi soir, un millier de personnes avaient
    # déjà trouvé refuge"): a day before another past of the story, not the writer's; they
    # count only when the text has nothing else to go by.
    earlier_weekdays: list[_Weekday] = dataclasses.field(default_factory=list)
    day_words: list[TimeExpression] = dataclasses.field(default_factory=list)
    # "praėjusią savaitę", "last week": the writer's week is not the week of every date told
    last_week: bool = False


def _is_numeric(expression: TimeExpression) -> bool:
    """ "10/11" with no year: it may be a name, a score or a ratio, and its order (day/month
    or month/day) is the writer's; no such text is a dateline."""
    return not any(c.isalpha() for c in expression.text) and expression.month_day is not None


def _gather(article: Article, prior: date) -> _Evidence:
    evidence = _Evidence()
    tenses = clause_tenses(article.cleaned_text, article.language)
    expressions = tag(article.cleaned_text, None, article.language, references=False)
    followers: list[TimeExpression | None] = [*expressions[1:], None] if expressions else []
    # The last date written with its weekday ("On Friday, September 10") and its sentence
    weekday_date: tuple[_Mention, tuple[int, int]] | None = None
    pluperfect = tables(article.language).calendar.pluperfect_auxiliaries
    dated_weekdays: set[int] = set()  # the weekdays written with their date
    # time stamps below the body: the page's own, or another story's in a list of links
    stamps = stamps_below_body(article.cleaned_text, expressions, _lead_end(article))
    for position, (expression, following) in enumerate(zip(expressions, followers, strict=True)):
        if in_caption(article, expression.start, expression.end):
            continue  # a photo's date says when the photo was taken, not the article
        if named_by_next(article.cleaned_text, expression, following) or named_in_list(
            article.cleaned_text, expression, expressions[position + 1 : position + 4]
        ):
            # "Lundi (8 novembre)": the weekday is the date after it, a weekday written with
            # its date as much as "lundi 8 novembre"
            dated_weekdays.update(_weekday_of(expression))
            continue
        ahead = _ahead(article, expressions, position, tenses)
        dated = expression.month_day is not None or expression.date is not None
        if expression.weekday is not None and dated and not ahead:
            dated_weekdays.add(expression.weekday)
        absolute = expression.anchor == "absolute" and expression.date is not None
        if expression.precision == "day" and absolute:
            if not _writers_time(article, expression):
                continue
            evidence.explicit.append(
                _Mention(
                    expression.date_end or expression.date,  # a night's second day
                    expression.text,
                    expression.start,
                    True,
                    ahead=ahead,
                    with_weekday=expression.weekday is not None,
                    since=tenses.governing(expression.start, expression.end).label == "since",
                )
            )
        elif expression.month_day is not None:
            mention = _add_month_day(evidence, article, expression, prior, ahead, tenses)
            if mention is not None and expression.weekday is not None:
                weekday_date = mention, tenses.sentence(expression.start, expression.end)
        elif expression.weekday is not None and expression.direction != "future":
            in_sentence = weekday_date is not None and weekday_date[1] == tenses.sentence(
                expression.start, expression.end
            )
            if weekday_date is not None and in_sentence:
                # "On Friday, September 10, ... 20 people, 26 on Saturday and 34 on Sunday":
                # the days that follow the dated one, not weekdays of the writer's week
                evidence.explicit.append(_following_day(weekday_date[0], expression))
            elif not ahead:
                tense = tenses.governing(expression.start, expression.end)
                _add_weekday(evidence, expression, tense, pluperfect)
        elif _is_day_word(expression, article.language):
            evidence.day_words.append(expression)  # "yesterday", "накануне", "aujourd'hui"
        elif expression.precision == "week" and expression.anchor == "dct":
            evidence.last_week |= _week_offset(expression, article.language, prior) == -1
    evidence.explicit = without_later_stamps(evidence.explicit, stamps)
    # embedded tweets' days ("(@Straz_Graniczna) November 17, 2021"), written in full
    evidence.explicit.extend(_Mention(e.day, e.written, e.start, True) for e in embed_days(article))
    if not evidence.explicit:
        evidence.explicit = evidence.numeric  # only "10/11"-like dates: better than none
    # "Od soboty w koczowisku nie ma już migrantów ... «Od soboty 23.10 ...» ... opublikowała
    # w poniedziałek": a weekday the text also writes with its date is that date, already
    # counted; the writer's day is the other one's
    evidence.weekdays = [w for w in evidence.weekdays if w[0] not in dated_weekdays]
    return evidence


def _ahead(
    article: Article, expressions: list[TimeExpression], position: int, tenses: ClauseTense
) -> bool:
    """Whether a day is ahead of the writer's: "l'état d'urgence ... jusqu'au 10 décembre",
    "zakaz ... do 1 marca", "will vote on 10 December" (real articles were dated a month late
    by the end of the measure they announced). A day word keeps its offset in any tense."""
    expression = expressions[position]
    if expression.anchor == "dct" and expression.weekday is None and expression.month_day is None:
        return False  # a day word
    if ends_a_days_count(article.cleaned_text, expression, article.language) and (
        tenses.governing(expression.start, expression.end).mode == "past"
    ):
        return False  # told in the past: "will meet from 16 to 17 December" stays ahead
    return tenses.looks_ahead(expression.start, expression.end) or _bounds_range_in_force(
        article, expressions, position, tenses
    )


def _bounds_range_in_force(
    article: Article, expressions: list[TimeExpression], position: int, tenses: ClauseTense
) -> bool:
    """Whether the day is an end of a range told in a clause that is not past: "The state of
    emergency is declared from August 11, 2021 to November 10, 2021" is a measure's term,
    ahead of the writer (a page of 10 August had been dated 10 November, then 11 August);
    "From 1 July to 10 August, 342 people were registered" counts up to the writer's day."""
    text, link = article.cleaned_text, day_links(article.language)[0]
    expression = expressions[position]
    first = position > 0 and link.match(text[expressions[position - 1].end : expression.start])
    last = position + 1 < len(expressions) and link.match(
        text[expression.end : expressions[position + 1].start]
    )
    if not (first or last):
        return False
    tense = tenses.governing(expression.start, expression.end)
    # a verb that is not past ("is declared"); not a verbless figure line ("Du 2 au 10
    # novembre : 5000 tentatives"), which counts up to the writer's day
    return tense.cue is not None and tense.mode != "past"


def _night_days(expression: TimeExpression, lang: str, prior: date) -> int:
    """1 for a night over two days ("в ночь с 13 на 14 ноября"), whose second day is the
    latest the text names; else 0. Read again with a day to anchor it: tagged without
    one, a year-less night has no span."""
    if expression.time_of_day != "night" or expression.month_day is None:
        return 0
    found = tag(expression.text, prior, lang, references=False)
    if len(found) != 1 or found[0].date is None or found[0].date_end is None:
        return 0
    return min((found[0].date_end - found[0].date).days, 1)


def _writers_time(article: Article, expression: TimeExpression) -> bool:
    """Whether a day written with its year may be of the writer's time: not one before the
    crisis, which is context ("the election of 9 August 2020"), as for events
    (events._background), nor a site's date widget years on, the day the page was stored
    ("Penktadienis, 6 spalio, 2023")."""
    day = expression.date
    return (
        day is not None
        and day >= settings.BACKGROUND_BEFORE
        and not site_date_widget(article.cleaned_text, expression)
    )


def _weekday_of(expression: TimeExpression) -> tuple[int, ...]:
    return () if expression.weekday is None else (expression.weekday,)


def _add_month_day(
    evidence: _Evidence,
    article: Article,
    expression: TimeExpression,
    prior: date,
    ahead: bool,
    tenses: ClauseTense,
) -> _Mention | None:
    """A day and month without a year ("18 novembre", "10/11"), in the year the prior gives."""
    assert expression.month_day is not None
    tense = tenses.governing(expression.start, expression.end)
    resolved = closest_year(
        *expression.month_day, prior, expression.weekday, past=tense.mode == "past"
    )
    if resolved is None:
        return None
    resolved += timedelta(days=_night_days(expression, article.language, prior))
    written_full = expression.weekday is not None
    mention = _Mention(
        resolved,
        expression.text,
        expression.start,
        written_full,
        ahead=ahead,
        with_weekday=written_full,
        since=tense.label == "since",
    )
    (evidence.numeric if _is_numeric(expression) else evidence.explicit).append(mention)
    if evidence.wire_dateline is None and is_wire_dateline(article.cleaned_text, expression):
        evidence.wire_dateline = mention
    return mention


def _on_or_after(day: date, weekday: int) -> date:
    """The first `weekday` (0 = Monday) on or after `day`."""
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def _weekday_words(evidence: _Evidence) -> list[Word]:
    """The past weekdays of the evidence, as the landmark reader takes them."""
    return [Word(w.weekday, w.text, w.start) for w in evidence.weekdays]


def _following_day(dated: _Mention, weekday: TimeExpression) -> _Mention:
    """The first `weekday` on or after a date written with its weekday, in its sentence."""
    assert weekday.weekday is not None
    day = _on_or_after(dated.day, weekday.weekday)
    return _Mention(day, weekday.text, weekday.start, dated.full)


def _add_weekday(
    evidence: _Evidence, weekday: TimeExpression, tense: Tense, auxiliaries: frozenset[str]
) -> None:
    """A past weekday with no date: the writer's week's, or, told in the pluperfect ("had
    found", "avaient trouvé": `auxiliaries`), a day before another past of the story."""
    assert weekday.weekday is not None
    first_word = (tense.cue or "").lower().split()[:1]
    if tense.mode == "past" and tense.literal and first_word and first_word[0] in auxiliaries:
        evidence.earlier_weekdays.append(_Weekday(weekday.weekday, weekday.text, weekday.start))
    else:
        evidence.weekdays.append(_Weekday(weekday.weekday, weekday.text, weekday.start))


def _is_day_word(expression: TimeExpression, lang: str) -> bool:
    """A day named from the writer's ("yesterday", "aujourd'hui"); not "за сутки", 24 hours
    counted back from an hour the text does not give."""
    return (
        expression.precision == "day"
        and expression.anchor == "dct"
        and expression.text.lower() not in rolling_day_phrases(lang)
    )


def _day_offset(expression: TimeExpression, lang: str, reference: date) -> int | None:
    """Days from the publication date to a day word ("yesterday" -1, "today" 0)."""
    found = tag(expression.text, reference, lang, references=False)
    if len(found) != 1 or found[0].date is None or found[0].date != found[0].date_end:
        return None
    return (found[0].date - reference).days


def _writers_day(expression: TimeExpression, lang: str) -> bool:
    """ "yesterday", not "the previous day" (a day before some other day of the story)."""
    phrase = tables(lang).calendar.phrases.get(expression.text.lower())
    return phrase is None or phrase.reference != "narrative"


def _week_offset(expression: TimeExpression, lang: str, reference: date) -> int | None:
    """Weeks from the publication's week to a week word ("last week" -1, "this week" 0)."""
    found = tag(expression.text, reference, lang, references=False)
    if len(found) != 1 or found[0].date is None or found[0].precision != "week":
        return None
    monday = reference - timedelta(days=reference.weekday())
    return (found[0].date - monday).days // 7


def _pin(article: Article, evidence: _Evidence, prior: date) -> list[_Mention]:
    """The explicit dates, each set in apposition to a day word moved to the publication
    day it implies: "Накануне, 18 ноября" (the day before, 18 November) is 19 November."""
    text = article.cleaned_text
    mentions = []
    for mention in evidence.explicit:
        for word in evidence.day_words:
            gap = (
                text[word.end : mention.start]
                if word.end <= mention.start
                else text[mention.start + len(mention.text) : word.start]
            )
            if not _APPOSITION_GAP.fullmatch(gap):
                continue
            offset = _day_offset(word, article.language, prior)
            if offset is not None:
                shifted = mention.day - timedelta(days=offset)
                mention = dataclasses.replace(mention, day=shifted, pinned=True)
                break
        mentions.append(mention)
    return mentions


def _lead_end(article: Article) -> int:
    """Where the lead ends: after the headline and the first body sentences. Bylines,
    credits and other short lines ("Representative Image.") are not counted."""
    sentences = [
        s
        for s in split_sentences(article.cleaned_text, article.language)
        if len(s.text.split()) >= PROSE_WORDS
    ]
    if len(sentences) <= LEAD_SENTENCES:
        return len(article.cleaned_text)
    return sentences[LEAD_SENTENCES].start


def _latest(article: Article, mentions: list[_Mention]) -> Found:
    """The latest date mentioned. Sure when the text pins it to the publication day, writes
    it as a news text writes its own day (with a weekday or a year), or dates its lead;
    else only a lower bound (the dates are a recap below an undated lead: the article may
    be months later)."""
    latest = max(mentions, key=lambda m: m.day)
    if latest.pinned:
        return Found(latest.day, f"inferred: “{latest.text}” is set beside a day word that "
                     f"places the publication on {latest.day:%a %d %b %Y}")  # fmt: skip
    dated_lead = min(m.start for m in mentions) < _lead_end(article)
    if latest.full or dated_lead:
        return Found(
            latest.day,
            f"inferred: latest date mentioned, “{latest.text}” (year from the collection)",
        )
    return Found(
        latest.day,
        f"inferred (weak): latest date mentioned, “{latest.text}”, but the lead gives no date: "
        "the article was published on that day or later",
        weak=True,
    )


def infer_publication_date(
    article: Article, prior: date, *, prior_is_known: bool = False
) -> Found | None:
    """Publication date inferred from the text alone, with the reason; None without evidence.

    `prior_is_known`: the prior is the median of dates known in the collection (not the
    crisis default), and they lie within TIGHT_COLLECTION_DAYS, so a text with past weekdays
    but no date may be placed, weakly, in its week; alone, or in a collection spread over
    months, such an article stays undated (its events listed, not placed)."""
    return _inferred(article, _gather(article, prior), prior, prior_is_known)


def _inferred(
    article: Article, evidence: _Evidence, prior: date, prior_is_known: bool
) -> Found | None:
    """infer_publication_date from evidence already gathered."""
    if evidence.wire_dateline is not None:
        dateline = evidence.wire_dateline
        return Found(
            dateline.day,
            f"inferred: the wire copy's dateline, “{dateline.text}” (year from the collection)",
        )
    mentions = [m for m in _pin(article, evidence, prior) if m.pinned or not m.ahead]
    if evidence.weekdays and all(m.since and not (m.pinned or m.with_weekday) for m in mentions):
        # "a décidé mercredi ..., la loi en vigueur depuis le 9 novembre": that Wednesday is
        # not the first after the state began (but "Since Saturday, October 23, nobody has
        # been in the camp", a recent day written as the news writes its week, still is)
        mentions = []
    if not mentions:
        # the writer's day words ("today", "yesterday", "tomorrow") and their offsets, each
        # tagged once; a weekday is no "today", whatever the prior's day
        offsets = [
            (e, _day_offset(e, article.language, prior))
            for e in evidence.day_words
            if e.weekday is None and _writers_day(e, article.language)
        ]
        words = _weekday_words(evidence) + [
            Word(None, e.text, e.start, -offset) for e, offset in offsets if offset in (0, -1)
        ]
        if (news := news_landmark(article.cleaned_text, article.language, words)) is not None:
            after = _day_after_landmark(news, evidence, article.cleaned_text, article.language)
            return after or Found(news.page_day, news.reason)
        tomorrow = next((e for e, offset in offsets if offset == 1), None)
        if (eve := _eve_of_the_day_ahead(evidence, tomorrow)) is not None:
            return eve
        if not prior_is_known:
            return None
        found = _weekday_only(evidence.weekdays or evidence.earlier_weekdays, prior)
        # "introduira mercredi, et jusqu'au 10 novembre, un état d'urgence": the writer's day
        # comes before the end of the measure it announces, so the collection's week, if
        # later, is the wrong one (an August piece in a November-December folder)
        ahead = [m.day for m in evidence.explicit if m.ahead and not m.pinned]
        return None if found is not None and ahead and found.day >= min(ahead) else found
    latest = max(mentions, key=lambda m: m.day)
    if latest.pinned:  # a day word beside the date has said which day the writer's is
        return _latest(article, mentions)
    known = weekdays_of_known_days(
        article.cleaned_text, article.language, _weekday_words(evidence), latest.day
    )
    # those weekdays are days before it; a copy, as the caller's reason reads the evidence
    evidence = dataclasses.replace(
        evidence, weekdays=[w for w in evidence.weekdays if w.start not in known]
    )
    if not evidence.weekdays:
        return _after_yesterday(article, evidence, _latest(article, mentions), prior)
    if (news := _later_landmark(article, evidence, latest)) is not None:
        return news
    weekday, weekday_text, weekday_start = evidence.weekdays[0]
    candidate = _on_or_after(latest.day, weekday)
    # "trečiadienį ... praėjusią savaitę ... Gruodžio 22 dieną": a text telling of last week
    # names that week's day by its date and its own by the weekday alone; the same weekday as
    # the date is a week later
    next_week = candidate == latest.day and evidence.last_week and not latest.full
    if next_week:
        candidate += timedelta(days=7)
    apart = SENTENCE_END.search(article.cleaned_text, *sorted((weekday_start, latest.start)))
    if (candidate - latest.day).days > REPORT_LAG_DAYS and apart and not next_week:
        # "В понедельник госпогранкомитет сообщил ... Об этом стало известно в среду, 10
        # ноября": the Monday is the 8th, not the 15th
        found = _latest(article, mentions)
        reason = (
            f"{found.reason}; “{weekday_text}” is read as a day of the week before it, "
            f"not {candidate:%a %d %b}, {(candidate - latest.day).days} days after"
        )
        return _after_yesterday(article, evidence, dataclasses.replace(found, reason=reason), prior)
    candidate, weekday_text = _later_weekday(evidence, latest, candidate, weekday_text, next_week)
    found = Found(
        candidate,
        f"inferred: “{weekday_text}” (past tense) is the first {candidate:%A} on or after "
        f"“{latest.text}” ({latest.day:%a %d %b %Y}), so {candidate:%a %d %b %Y}",
    )
    return _after_yesterday(article, evidence, found, prior)


def _later_weekday(
    evidence: _Evidence, latest: _Mention, candidate: date, text: str, next_week: bool
) -> tuple[date, str]:
    """The latest past weekday within two days after the latest date, if after `candidate`
    ("28 września ...", "W środę ...", "W czwartek wieczorem ... odbyła się debata": Thu 30).
    A weekday of the four days before the date falls five or more days after it and is not
    read; one of the fifth or sixth day before would be (the text cannot tell them apart)."""
    for weekday, weekday_text, _ in [] if next_week else evidence.weekdays:
        later = _on_or_after(latest.day, weekday)
        if candidate < later and (later - latest.day).days <= LATER_WEEKDAY_DAYS:
            candidate, text = later, weekday_text
    return candidate, text


def _trailing_report(between: str, lang: str) -> bool:
    """Whether the words between the landmark's weekday and a later one end in a clause of
    their own, in the same sentence, that is not a relative clause ("..., as Polish media
    reported early [Friday]"; not "... that the government requested on [Tuesday]")."""
    if SENTENCE_END.search(between) or "," not in between:
        return False
    clause = between[between.rfind(",") + 1 :]
    return not pattern("embedding", lang).search(clause) and not pattern("reported", lang).search(
        clause
    )


def _day_after_landmark(
    news: LandmarkNews, evidence: _Evidence, text: str, lang: str
) -> Found | None:
    """The landmark's next day, when the sentence that names the landmark's weekday names the
    next one after it ("Sejm deputies voted Thursday evening ..., as Polish media reported
    early Friday morning"): the report's."""
    if news.days_back:
        return None
    next_day = news.day + timedelta(days=1)
    said = next(
        (
            later
            for told in evidence.weekdays
            if told.weekday == news.day.weekday()
            for later in evidence.weekdays
            if later.weekday == next_day.weekday()
            and later.start > told.start
            and _trailing_report(text[told.start : later.start], lang)
        ),
        None,
    )
    if said is None:
        return None
    return Found(next_day, f"{news.reason}; “{said.text}” is the day after, {next_day:%a %d %b %Y}")


def _eve_of_the_day_ahead(evidence: _Evidence, tomorrow: TimeExpression | None) -> Found | None:
    """A text that names one day ahead and speaks of "tomorrow" ("Польша 25 января начнёт
    возведение забора ... «завтра начинается строительство»"), with no past date: the day
    ahead is that tomorrow, and the page is of the day before."""
    ahead = {(m.day, m.text) for m in [*evidence.explicit, *evidence.numeric] if m.ahead}
    if tomorrow is None or len({day for day, _ in ahead}) != 1:
        return None
    day, text = min(ahead)
    eve = day - timedelta(days=1)
    return Found(
        eve,
        f"inferred: the one day ahead the text names, “{text}” ({day:%a %d %b %Y}), is the "
        f"“{tomorrow.text}” it speaks of, so {eve:%a %d %b %Y}",
    )


def _later_landmark(article: Article, evidence: _Evidence, latest: _Mention) -> Found | None:
    """A known day of the crisis the text tells with its weekday, after every date it
    names, bounds the page from below: the page's weekday is the first on or after it, not
    the first such weekday after the latest date (EU Briefs: "Le
    gouvernement lituanien a déclaré vendredi l'état d'urgence", below Lukashenko's "26 mai"
    speech, is Friday 2 July, not 28 May)."""
    news = news_landmark(article.cleaned_text, article.language, _weekday_words(evidence))
    if news is None or news.day <= latest.day:
        return None
    # the landmark is a lower bound: the page's own weekday is the first on or after it
    # ("fired warning shots on Wednesday ... closed the Kuznica crossing on Tuesday": the
    # Wednesday after the closing of Tuesday 9 November)
    weekday, weekday_text, _start = evidence.weekdays[0]
    day = _on_or_after(news.day, weekday)
    if day == news.day:
        return Found(day, f"{news.reason}, after the latest date named, “{latest.text}”")
    return Found(
        day,
        f"{news.reason}, after the latest date named, “{latest.text}”; “{weekday_text}” is "
        f"the first {day:%A} on or after it, {day:%a %d %b %Y}",
    )


def _in_month(article: Article, evidence: _Evidence, page_month: PageMonth) -> Found:
    """The inference for a page whose date line gives only its month: the dates it names
    in other months are its story's past ("Le 27 octobre dernier" on a December page), not
    its day. The inference runs on the dates inside the month; when it lands past the
    month's end (a weekday after the 29th), the latest of them dates the page; with none,
    a day ahead written with its weekday ("se rend en Russie ce mercredi 29 décembre"), a
    day of the writer's week the story is about; else only the month is known: its middle
    day, weakly (a day ahead without its weekday may be the end of a measure, weeks on)."""

    month = page_month.first_day

    def inside(day: date) -> bool:
        return _same_month(day, month)

    named = [m for m in evidence.explicit if inside(m.day)]
    wire = evidence.wire_dateline
    within = dataclasses.replace(
        evidence, explicit=named, wire_dateline=wire if wire and inside(wire.day) else None
    )
    found = _inferred(article, within, month.replace(day=MONTH_LINE_PRIOR_DAY), False)
    if found is not None and inside(found.day):
        return found
    line = f"the page's {page_month.source} gives only {month:%B %Y}"
    past = [m for m in named if m.pinned or not m.ahead]
    if past:
        latest = max(past, key=lambda m: m.day)
        return Found(latest.day, f"inferred: {line}; its latest date in it, “{latest.text}”")
    ahead = [m for m in named if m.ahead and m.with_weekday]
    if ahead:
        first = min(ahead, key=lambda m: m.day)
        return Found(first.day, f"inferred: {line}, and the story is about “{first.text}”")
    if (landmark := _landmark_of_month(article, evidence, month)) is not None:
        why = f"it tells {landmark.what} ({landmark.day:%a %d %b %Y}), on the weekday it names"
        return Found(landmark.day, f"inferred: {line}; {why}")
    # Its middle, not its first day: the past weekdays and "yesterday" a page names are then
    # read inside its month ("Tuesday" on a January page is a January Tuesday, not 28
    # December), while a day ahead under a future verb ("ma obowiązywać od 10 listopada")
    # stays near enough to keep its year (the month's last day put it a year on).
    middle = month.replace(day=MONTH_LINE_PRIOR_DAY)
    return Found(middle, f"inferred (weak): {line}, so around {middle:%d %b %Y}", weak=True)


def _landmark_of_month(article: Article, evidence: _Evidence, month: date) -> Landmark | None:
    """The latest known day of the crisis in the page's month that a sentence of the page
    tells and whose weekday the page names as a past day, anywhere ("O 7:00 został zawieszony
    ruch graniczny na przejściu w Kuźnicy" and "poinformował we wtorek" on a November page:
    Tuesday 9 November). The month and the weekday together leave one day."""
    weekdays = {w.weekday for w in evidence.weekdays}
    told = [
        landmark
        for landmark, _, _ in told_landmarks(article.cleaned_text, article.language)
        if _same_month(landmark.day, month) and landmark.day.weekday() in weekdays
    ]
    return max(told, key=lambda landmark: landmark.day, default=None)


def _after_yesterday(article: Article, evidence: _Evidence, found: Found, prior: date) -> Found:
    """The latest date as the publication day, moved one day on when the text also tells of
    "yesterday" ("вчера правительство объявило ...", "za 10 августа 101 нарушение") and of no
    "today": a report naming its latest day by date is most often the next day's (not for
    a date a day word pins: the caller has taken that day already)."""
    if found.weak:
        return found
    offsets = {_day_offset(word, article.language, prior) for word in evidence.day_words}
    if -1 not in offsets or 0 in offsets:
        return found
    day = found.day + timedelta(days=1)
    return Found(day, f"{found.reason}; the text tells of “yesterday”, so {day:%a %d %b %Y}")


def _why_undated(weekdays: list[_Weekday], *, spread: bool) -> str:
    """Why an article has no publication date, in the words the Articles page shows: no
    date at all, or only weekdays (its evidence's) that nothing places in a week."""
    if not weekdays:
        return "no publication date in the metadata or the text"
    others = (
        "the other articles' dates lie too far apart to say which week"
        if spread
        else "no other article's date says which week"
    )
    weekday = weekdays[0][1]
    return (
        "no publication date in the metadata or the text, "
        f"only a weekday (“{weekday}”), and {others}"
    )


def resolve_publication_dates(
    articles: Sequence[Article], collection: Sequence[date | None] | None = None
) -> list[Article]:
    """Every article with its publication date and basis settled (metadata > text > inferred).

    `collection`: the publication dates (None when unknown) of the whole collection the
    articles belong to, when they are only part of it (its undated ones: the dated ones'
    texts need not be at hand); by default the articles' own."""
    dates = [a.published for a in articles] if collection is None else collection
    undated = [a for a in articles if a.published is None]
    months = {a.id: month_line(a) for a in undated}  # read once: the dateline checks it too
    datelines = {a.id: _dateline(a, months[a.id]) for a in undated}
    # the median and the spread of one list: the dates given and the datelines found
    known = [*(d for d in dates if d is not None), *(f.day for f in datelines.values() if f)]
    prior = median_date(known)
    prior_is_known = tight(known)
    resolved = []
    for article in articles:
        if article.published is not None:
            resolved.append(article)
            continue
        found = datelines[article.id]
        basis = "text"
        if found is None:
            month = months[article.id]
            if month is None:
                evidence = _gather(article, prior)  # once: the reason below reads it too
                found = _inferred(article, evidence, prior, prior_is_known)
            else:
                evidence = _gather(article, month.first_day.replace(day=MONTH_LINE_PRIOR_DAY))
                found = _in_month(article, evidence, month)
            basis = "inferred"
        if found is None:
            resolved.append(
                dataclasses.replace(
                    article,
                    published_basis="unknown",
                    published_reason=_why_undated(
                        evidence.weekdays or evidence.earlier_weekdays, spread=bool(known)
                    ),
                )
            )
            continue
        resolved.append(
            dataclasses.replace(
                article,
                published=found.day,
                published_basis=basis,
                published_reason=found.reason,
                published_weak=found.weak,
            )
        )
    return resolved
