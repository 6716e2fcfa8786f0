"""Two days of one happening as one ranged date ("from 10 to 16 September", "od soboty do
poniedziałku", "on Wednesday and Thursday", "13-14 November"), and two months ("from August
to October").

Reads: a sentence's dated expressions, in text order. Gives: the same list with the days of
one happening joined into one expression whose date_end is the last day; a list of daily
figures by weekday put one day after another; a rolling day ("in the last 24 hours") set
aside when another date dates its sentence. sentence_dates.py decides which expressions date
a sentence (events.py makes the events); this module only joins and orders neighbours.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

from crisis_timeline.narration import narrates_past, pattern
from crisis_timeline.quantities import counts_something
from crisis_timeline.sentences import Sentence
from crisis_timeline.temporal import TimeExpression, blank_expressions
from crisis_timeline.temporal_lexicon import lexicon_for


# Between two days of one happening: "from 10 to 16 September", "du 10 au 16", "15-16"
# (any span up to a month), "on Wednesday and Thursday", "mercredi et jeudi" (next days only:
# "on Monday and Wednesday" is two happenings). The words are each language's
# (Lexicon.day_range_links, day_pair_links).
@cache
def day_links(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    lexicon = lexicon_for(lang)
    determiner = _or_never(lexicon.day_range_determiners)
    after = rf"\s*(?:(?:{determiner})\s+)?\Z"
    range_words = _or_never(lexicon.day_range_links)
    pair_words = _or_never(lexicon.day_pair_links)
    return (
        re.compile(rf"\s*(?:[-–]|(?:{range_words})(?!\w)){after}", re.IGNORECASE),
        re.compile(rf"\s*(?:{pair_words})(?!\w){after}", re.IGNORECASE),
    )


@cache
def _between(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The opener right before a first day ("between", "entre le") and the link after it
    ("and", "et le", "a") that make two days a range (Lexicon.day_range_openers)."""
    lexicon = lexicon_for(lang)
    determiner = _or_never(lexicon.day_range_determiners)
    openers = _or_never(lexicon.day_range_openers)
    links = _or_never([*lexicon.day_pair_links, *lexicon.day_between_links])
    return (
        re.compile(rf"(?<!\w)(?:{openers})\s+(?:(?:{determiner})\s+)?\Z", re.IGNORECASE),
        re.compile(rf"\s*(?:{links})(?!\w)\s*(?:(?:{determiner})\s+)?\Z", re.IGNORECASE),
    )


def _between_days(sentence: Sentence, previous: TimeExpression, between: str, lang: str) -> bool:
    """ "entre le 25 et le 27 mars": a pair link after an opener is a range's."""
    opener, link = _between(lang)
    before = sentence.text[
        max(0, previous.start - sentence.start - 20) : previous.start - sentence.start
    ]
    return bool(opener.search(before)) and bool(link.match(between))


def _or_never(words: Iterable[str]) -> str:
    """An alternation of `words` (longest first), or a pattern that never matches."""
    escaped = [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return "|".join(escaped) if escaped else "(?!)"


# A weekday closing a range is the first one after the range's first day: "nuo
# ketvirtadienio iki penktadienio" on a Thursday is this Thursday to tomorrow, though a bare
# "penktadienio" alone would be last Friday.
WEEK_DAYS = 7
# A second day number glued to a date: "the night of March 21-22", "21/22 March" is read by
# the tagger already.
_DAY_SUFFIX = re.compile(r"[-–/](\d{1,2})\b(?![-–/.:]\d)")
RANGE_DAYS = 31
# A night named by the two days it joins ("la nuit de vendredi à samedi", "w nocy z 17 na
# 18 grudnia", "naktį iš penktadienio į šeštadienį") is one happening over both days, as
# the annotators of every blind batch read it: the tagger spans it already
# (temporal_nights.py, temporal_detect's night_range); "в ночь на 10 августа" names one day.
NIGHT = "night"  # TimeExpression.time_of_day (its TimeML value says "NI")
_NIGHT_LINK = re.compile(r"\s*(?:[-–/]|[^\W\d_]{1,3})\s*")


def _ranged(first: TimeExpression, last_day: date, end: int, text: str) -> TimeExpression:
    return dataclasses.replace(
        first,
        end=end,
        text=text,
        date_end=last_day,
        value=f"{first.date.isoformat()}/{last_day.isoformat()}",
        reason=f"{first.reason}; one happening over {first.date:%d %b}–{last_day:%d %b %Y}",
    )


MONTH_RANGE_DAYS = 366  # "from August to October": months a range may span


def _joined_months(
    previous: TimeExpression | None,
    expression: TimeExpression,
    sentence: Sentence,
    range_link: re.Pattern[str],
    lang: str,
) -> TimeExpression | None:
    """ "From August to October", "с августа по октябрь", "between August and October", "na
    przełomie sierpnia i września": one happening over the months, not two happenings on
    the first and last (and not the publication day's, the sentence's dates read as
    bounds). Only when its ends, as read, come in order within a year: when
    they do not ("from November to February" on a January page, February read as the past
    one), which end is a year off is not known here, so the months stay as read."""
    if (
        previous is None
        or not previous.precision == expression.precision == "month"
        or previous.date is None
        or expression.date is None
        or expression.date_end is None
    ):
        return None
    between = sentence.text[previous.end - sentence.start : expression.start - sentence.start]
    if not (range_link.match(between) or _between_days(sentence, previous, between, lang)):
        return None
    if not 0 < (expression.date_end - previous.date).days <= MONTH_RANGE_DAYS:
        return None
    text = sentence.text[previous.start - sentence.start : expression.end - sentence.start]
    return _ranged(previous, expression.date_end, expression.end, text)


def _bare_weekday(expression: TimeExpression) -> bool:
    """ "Monday", "poniedziałku", "вторник": a weekday named without a date beside it."""
    return (
        expression.weekday is not None
        and expression.precision == "day"
        and not any(char.isdigit() for char in expression.text)
    )


# Between a day word and the date an editor set after it in brackets.
_EDITORS_BRACKET = re.compile(r"\s*[(\[]\s*")


def _relative_day(expression: TimeExpression) -> bool:
    """ "hier soir", "yesterday", "вчера": a day counted from the publication, no date."""
    return (
        expression.anchor == "dct"
        and expression.weekday is None
        and expression.month_day is None
        and not any(char.isdigit() for char in expression.text)
    )


def _counted_over(
    sentence: Sentence, first: TimeExpression, last: TimeExpression, lang: str
) -> bool:
    """Whether the sentence tells, in the past, of a count over the range from `first` to
    `last` ("Du 1er juin au 2 août, près de 4 000 personnes ont franchi"), not of a measure
    that will apply over it ("The 1,500 soldiers deployed ... will stay from 1 December to
    1 March"): a count, its dates blanked ("1 March" counts nothing), a past narration and
    no end ahead of the publication."""
    if "future" in (first.direction, last.direction) or not narrates_past(sentence.text, lang):
        return False
    return counts_something(blank_expressions(sentence.text, sentence.start, (first, last)), lang)


def joined_days(
    expressions: list[TimeExpression], sentence: Sentence, lang: str
) -> list[TimeExpression]:
    """Two days (or months: _joined_months) of one happening as one ranged expression (issue
    16: "from <date> to <date>" gave two rows, "on Wednesday and Thursday" only the first
    day)."""
    range_link, pair_link = day_links(lang)
    out: list[TimeExpression] = []
    for expression in expressions:
        previous = out[-1] if out else None
        if previous is not None and expression.start < previous.end:
            continue  # "13-14 November": the day suffix already took "14"
        months = _joined_months(previous, expression, sentence, range_link, lang)
        if months is not None:
            out[-1] = months
            continue
        if _undated_range_end(previous, expression, sentence, range_link):
            continue  # "nuo sekmadienio vidurnakčio iki pirmadienio" on a page of unknown date
        if (
            previous is not None
            and previous.precision == expression.precision == "day"
            and previous.date is not None
            and expression.date is not None
        ):
            between = sentence.text[
                previous.end - sentence.start : expression.start - sentence.start
            ]
            if not between.strip() and previous.date.weekday() == expression.weekday:
                continue  # "demain samedi", "tomorrow, Saturday": the weekday names the day
            if _EDITORS_BRACKET.fullmatch(between) and _relative_day(previous):
                # "Hier soir [dimanche 5 décembre, NDLR]", "yesterday (Sunday 5 December)":
                # the writer's own date says which day the quoted "yesterday" was
                out[-1] = expression
                continue
            gap = (expression.date - previous.date_end).days
            last_day = expression.date_end
            if previous.time_of_day == NIGHT and gap == 1 and _NIGHT_LINK.fullmatch(between):
                # "w nocy z piątku na sobotę", "в ночь с пятницы на субботу": both days
                text = sentence.text[
                    previous.start - sentence.start : expression.end - sentence.start
                ]
                out[-1] = _ranged(previous, last_day, expression.end, text)
                continue
            is_range = bool(range_link.match(between)) or _between_days(
                sentence, previous, between, lang
            )
            if is_range and -WEEK_DAYS < gap <= 0 and _bare_weekday(expression):
                gap += WEEK_DAYS
                last_day = expression.date + timedelta(days=WEEK_DAYS)
            # "flights on Friday evening and Saturday" are two happenings (a time each)
            untimed = previous.time_of_day is None and expression.time_of_day is None
            if (
                (is_range and 0 < gap <= RANGE_DAYS)
                or (_paired(pair_link, between, previous, expression) and gap == 1 and untimed)
                or (
                    is_range
                    and gap > RANGE_DAYS
                    and _counted_over(sentence, previous, expression, lang)
                )
            ):
                # a long range is a count's period ("Du 1er juin au 2 août, près de 4 000
                # personnes ont franchi"): the count happened over all of it
                text = sentence.text[
                    previous.start - sentence.start : expression.end - sentence.start
                ]
                out[-1] = _ranged(previous, last_day, expression.end, text)
                _join_listed_before(out, sentence)
                continue
            if is_range and (gap > RANGE_DAYS or gap <= 0):
                # "from December 1 to March 1", "nuo rugpjūčio 11 iki lapkričio 10": a
                # measure's period; its start is the happening, its end none (guidelines
                # rule 5), nor a second happening a year early
                continue
        out.append(_with_day_suffix(expression, sentence))
    return out


def _undated_range_end(
    previous: TimeExpression | None,
    expression: TimeExpression,
    sentence: Sentence,
    range_link: re.Pattern[str],
) -> bool:
    """The end of a range of two days neither of which has a date (the page's is unknown):
    one happening, listed once, as the dated range would be."""
    if previous is None or previous.date is not None or expression.date is not None:
        return False
    if not previous.precision == expression.precision == "day":
        return False
    between = sentence.text[previous.end - sentence.start : expression.start - sentence.start]
    return bool(range_link.match(between))


_LISTED_COMMA = re.compile(r"\s*,")
_BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th|er)?")


def _paired(
    pair_link: re.Pattern[str], between: str, previous: TimeExpression, expression: TimeExpression
) -> bool:
    """ "18 and 19", and the last pair of a list with the Oxford comma ("25, 26, and 27"):
    the comma is a list's only after a bare day number of the list ("on Monday, and on
    Tuesday police found them", "on 28 November, and 29 November police found them" are two
    happenings)."""
    comma = _LISTED_COMMA.match(between)
    if comma is None:
        return bool(pair_link.match(between))
    bare = _BARE_DAY.fullmatch(previous.text) and expression.text[:1].isdigit()
    return bool(bare) and bool(pair_link.match(between, comma.end()))


def _with_day_suffix(expression: TimeExpression, sentence: Sentence) -> TimeExpression:
    """A day with a second day number glued to it ("the night of March 21-22") as the
    range of both."""
    suffix = _DAY_SUFFIX.match(sentence.text, expression.end - sentence.start)
    if (
        suffix is None
        or expression.precision != "day"
        or expression.date is None
        or not expression.text[-1:].isdigit()
    ):
        return expression
    gap = int(suffix.group(1)) - expression.date.day
    if not 0 < gap <= 6:
        return expression
    end = expression.end + suffix.end() - suffix.start()
    last_day = expression.date + timedelta(days=gap)
    return _ranged(expression, last_day, end, expression.text + suffix.group())


_LIST_COMMA = re.compile(r"\s*,\s*")


def _join_listed_before(out: list[TimeExpression], sentence: Sentence) -> None:
    """The days listed with commas before a pair of days, each the day before the next, are
    the same happening's: "25, 26 и 27 ноября" is 25–27 November, as "26 и 27" is 26–27.
    Days that skip one ("on 18, 22 and 25 November") are happenings of their own. A part of
    the day before the list is the whole list's ("в ночь на 25, 26 и 27 ноября")."""
    while len(out) >= 2:
        listed, joined = out[-2], out[-1]
        between = sentence.text[listed.end - sentence.start : joined.start - sentence.start]
        if not (
            listed.precision == "day"
            and listed.date is not None
            and listed.date_end is not None
            and joined.date is not None
            and (joined.date - listed.date_end).days == 1
            and _LIST_COMMA.fullmatch(between)
        ):
            return
        text = sentence.text[listed.start - sentence.start : joined.end - sentence.start]
        out[-2:] = [_ranged(listed, joined.date_end, joined.end, text)]


# At least this many weekdays, one day after another, make a list of daily figures.
LISTED_DAYS_MIN = 3


def listed_days(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A list of daily figures by weekday, one day after another ("Trečiadienį ... 76,
    antradienį – 93, pirmadienį – 121, sekmadienį – 39, šeštadienį – 56, penktadienį –
    47"): each weekday is the day next to the one before it in the list, so a Friday
    counted back from Saturday 9 October is Friday 8, not the Friday of publication."""
    if len(expressions) < LISTED_DAYS_MIN or any(
        e.weekday is None or e.date is None or e.precision != "day" for e in expressions
    ):
        return expressions
    steps = {(b.weekday - a.weekday) % 7 for a, b in itertools.pairwise(expressions)}
    if steps not in ({1}, {6}):
        return expressions  # not consecutive days
    step = 1 if steps == {1} else -1
    first = expressions[0]
    listed = [first]
    for k, expression in enumerate(expressions[1:], start=1):
        day = first.date + timedelta(days=step * k)
        if day != expression.date:
            expression = dataclasses.replace(
                expression,
                date=day,
                date_end=day,
                value=day.isoformat(),
                reason=f"{expression.reason}; the day next to the list's previous one "
                f"({day:%a %d %b %Y})",
            )
        listed.append(expression)
    return listed


def without_rolling_days(
    expressions: list[TimeExpression], sentence: Sentence, lang: str
) -> list[TimeExpression]:
    """A rolling day ("in the past 24 hours") yields to another date of its sentence: "per
    praėjusią parą, nuo ketvirtadienio vidurnakčio iki penktadienio" is one count, dated by
    its days, not a second happening on the report's day. After a conjunction it is a
    second happening's ("ввела режим ... после того, как за последние 24 часа было
    задержано полторы сотни нелегалов")."""
    if len(expressions) < 2:
        return expressions
    rolling = rolling_day_phrases(lang)
    others = [
        e
        for position, e in enumerate(expressions)
        if e.text.lower() not in rolling
        or (position and conjunction_between(sentence, expressions[position - 1], e, lang))
    ]
    return others or expressions


@cache
def rolling_day_phrases(lang: str) -> frozenset[str]:
    return frozenset(lexicon_for(lang).rolling_day_phrases)


ROLLING_END_REACH = 48  # characters before a day its rolling-day words may take


@cache
def _rolling_day_end(lang: str) -> re.Pattern[str]:
    """Words right before a day that end a rolling day on it (Lexicon.rolling_day_ends)."""
    lexicon = lexicon_for(lang)
    ends = _or_never(lexicon.rolling_day_ends)
    determiner = _or_never(lexicon.day_range_determiners)  # "terminées le 12 novembre"
    return re.compile(rf"(?<!\w)(?:{ends})\s+(?:(?:{determiner})\s+)?\Z", re.IGNORECASE)


def rolling_day_start(expression: TimeExpression, sentence: Sentence, lang: str) -> date | None:
    """The first day of a rolling day's count, the day before its expression's: "in the last
    24 hours" in a Thursday report counts from Wednesday morning, and so does "in the 24 hours
    to Thursday morning". None for any other expression."""
    if expression.date is None or expression.precision != "day":
        return None
    if expression.text.lower() in rolling_day_phrases(lang) or ends_rolling_day(
        expression, sentence, lang
    ):
        return expression.date - timedelta(days=1)
    return None


def ends_rolling_day(expression: TimeExpression, sentence: Sentence, lang: str) -> bool:
    """ "in the 24 hours to Friday morning" (the thirtieth batch's "24 heures qui se sont
    terminées vendredi matin"): the day ends a count of the 24 hours before it
    (sentence_dates.distinct_dates makes it the report's date, or a second happening after
    a conjunction)."""
    return rolling_day_end_at(expression, sentence, lang) is not None


def rolling_day_end_at(expression: TimeExpression, sentence: Sentence, lang: str) -> int | None:
    """Where the words ending a rolling day on the expression start, from the sentence's
    start ("24 hours to" in "in the 24 hours to Friday morning"); None without them."""
    offset = expression.start - sentence.start
    window = max(0, offset - ROLLING_END_REACH)
    m = _rolling_day_end(lang).search(sentence.text[window:offset])
    return None if m is None else window + m.start()


def conjunction_between(
    sentence: Sentence, first: TimeExpression, second: TimeExpression, lang: str
) -> bool:
    """Whether a conjunction opening another happening ("alors que", "while") stands between
    two dates of the sentence (the language's CONJUNCTION table)."""
    between = sentence.text[first.end - sentence.start : second.start - sentence.start]
    return bool(pattern("conjunction", lang).search(between))


def counted_back(expression: TimeExpression, report: TimeExpression) -> bool:
    """A day counted back from the report's day ("the previous day", "la veille")."""
    return (
        expression.anchor == "narrative"
        and expression.date is not None
        and report.date is not None
        and expression.date < report.date
    )


# The day before, as a bare number a few words back: "(с утра [4] до утра 5 июля)"
_DAY_BEFORE_NUMBER = re.compile(r"(?<![\d.,:/])(\d{1,2})(?![\d.,:/])(\D{1,20})\Z")


def ends_a_days_count(text: str, expression: TimeExpression, lang: str) -> bool:
    """Whether the day ends a range that began the day before ("за последние сутки (с утра 4
    до утра 5 июля)", "od 4 do 5 lipca"): a count up to the report, not a measure's term
    ahead of it, whatever "until" says (a page of 5 July had no date). Not two days joined
    by "and" ("запланированы на 29 и 30 ноября")."""
    day = expression.month_day[1] if expression.month_day else None
    if day is None and expression.date is not None and expression.precision == "day":
        day = expression.date.day
    found = _DAY_BEFORE_NUMBER.search(text, max(0, expression.start - 30), expression.start)
    if day is None or found is None or int(found.group(1)) != day - 1:
        return False
    links = {link.lower() for link in lexicon_for(lang).day_range_links}
    return any(word in links for word in re.findall(r"[\w']+", found.group(2).lower()))
