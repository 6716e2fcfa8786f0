"""Where a page prints its own date near its head: a date line ("17 novembre 2021",
"Jeudi 25 novembre 2021 à 19h15", "MINSK, 18 November 2021 (Reuters) -") or a time stamp
run into the words around it; and the record of a publication date found in a text
(`Found`), which publication.py's inference gives too."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import NamedTuple

from crisis_timeline import settings
from crisis_timeline.address_dates import address_date
from crisis_timeline.article_metadata import out_of_bounds
from crisis_timeline.articles import Article
from crisis_timeline.lang import tables
from crisis_timeline.temporal import TimeExpression, tag

# A dateline sits in the first lines of a scraped page, before the body.
DATELINE_SEARCH_CHARS = 400
DATELINE_LINE_WORDS = 12  # a line this short holding a date is the page's date line
# A date followed by a place ("15 novembre 2021 au poste-frontière", "... 2021 near Grodno")
# describes where a photo was taken; a dateline is followed by a time, a bar or the line's end.
_PLACE_AFTER_DATE = re.compile(
    r"[ \t]+(?:au|aux|à la|à l['’]|dans|près|sur|near|at the|on the|outside)\b",
    re.IGNORECASE,
)
# A page's ISO time stamp with its clock ("2021-09-27 12:23"), whatever stands around it
_GLUED_TIMESTAMP = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)[ T]\d\d:\d\d(?!\d)"
)


# A stored copy's stamp at the very head of a page, run into the lead (" date 2021-10-01
# Poland's Sejm ... approved on Thursday"): the page's date, not a date the lead tells.
_HEAD_STAMP = re.compile(r"\s*date:?[ \t]+(?:19|20)\d\d-\d\d(?:-\d\d)?(?![-\d])", re.IGNORECASE)


def head_stamp_end(text: str) -> int:
    """Where a date stamp at the very head of the text ends (0: there is none)."""
    match = _HEAD_STAMP.match(text)
    return match.end() if match else 0


@dataclasses.dataclass(frozen=True)
class Found:
    """A publication date found in the text, why, and whether it is only a guess."""

    day: date
    reason: str
    weak: bool = False


def in_caption(article: Article, start: int, end: int) -> bool:
    """True when a cleaned-text span lies in a photo caption (its date is the photo's)."""
    try:
        return article.is_caption(*article.to_original(start, end))
    except ValueError:
        return False


def dateline_in_head(article: Article) -> Found | None:
    head = article.cleaned_text[:DATELINE_SEARCH_CHARS]
    for expression in tag(head, None, article.language, references=False):
        if not (
            expression.anchor == "absolute" and expression.precision == "day" and expression.date
        ):
            continue
        # A caption ("Migrants at the border, 8 November 2021 (Name / AGENCY)") or a gallery
        # line ("15 novembre 2021 au poste-frontière ...") dates a photo, not the page.
        if in_caption(article, expression.start, expression.end):
            continue
        if _PLACE_AFTER_DATE.match(head, expression.end):
            continue
        if expression.date < settings.BACKGROUND_BEFORE:
            continue  # context near the top of a short text ("the election of 9 August 2020")
        if _in_prose(head, expression, article.language):
            continue  # "... between August 2021 and 20 January 2022 a total of ...": a count's
        if site_date_widget(article.cleaned_text, expression):
            continue
        return Found(expression.date, f"dateline in the text: “{expression.text}”")
    return _glued_timestamp(head)


def site_date_widget(text: str, expression: TimeExpression) -> bool:
    """A date with its weekday ("Penktadienis, 6 spalio, 2023", as a site shows today's
    date), years after the crisis began, whose year the text names nowhere else: the
    site's date of the day the page was stored (settings.SITE_DATE_WIDGET_YEARS). A
    labelled date ("Publié le 8 novembre 2023") or one without its weekday stays the page's."""
    year = expression.date.year if expression.date else 0
    if expression.weekday is None or year < (
        settings.CRISIS_BEGAN.year + settings.SITE_DATE_WIDGET_YEARS
    ):
        return False
    named = re.compile(rf"(?<!\d){year}(?!\d)")  # searched on both sides: no copy of the text
    return not (named.search(text, 0, expression.start) or named.search(text, expression.end))


def _in_prose(head: str, expression: TimeExpression, lang: str) -> bool:
    """The date stands inside a sentence of the body ("On September 27, 2021, police ...
    questioned", "... between August 2021 and 20 January 2022 a total of"), not on a line of
    its own ("17 novembre 2021", "Jeudi 25 novembre 2021 à 19h15") nor after a place in
    capitals ("MINSK, 18 November 2021 (Reuters) -"). A sentence may open on the word
    before it ("Since 10 August 2021, a total of 4,475 people ...": a stop word)."""
    line_start = head.rfind("\n", 0, expression.start) + 1
    line_end = head.find("\n", expression.end)
    line = head[line_start : line_end if line_end >= 0 else len(head)]
    fields = line.lstrip(" \t•·")  # a bullet opening a summary's line is no field separator
    if len(line.split()) <= DATELINE_LINE_WORDS or any(mark in fields for mark in "|•·"):
        return False  # a short line, or a byline's fields ("Reuters | Wednesday 17 November")
    # inside a sentence: a lower-case word right before the date ("and", "between", "on")
    before = head[line_start : expression.start].split()
    if not before or not before[-1].isalpha():
        return False
    if before[-1].islower():
        return True
    # the line's first word, capitalised ("Since 10 August 2021, ..."), not a meta line's
    # "Posted On November 17, 2021 By Editor"
    return len(before) == 1 and before[0].lower() in tables(lang).stop_words


def _glued_timestamp(head: str) -> Found | None:
    """A page's ISO time stamp run into the words around it when its markup was dropped
    ("Featured2021-09-27 12:23pagalBNS"): the tagger wants a date to stand apart, but a day
    with its clock time, near the top, is the page's own."""
    for match in _GLUED_TIMESTAMP.finditer(head):
        try:
            day = date(*(int(part) for part in match.group("y", "m", "d")))
        except ValueError:
            continue
        if day >= settings.BACKGROUND_BEFORE:
            return Found(day, f"time stamp in the text: “{match.group(0)}”")
    return None


# A wire dateline: a place starting its line, a full stop or comma, the date, then the
# agency in capitals, a bracket or a dash ("Москва. 20 июля. INTERFAX.RU -", "MINSK, Nov 16
# (Reuters) -", "VILNIUS, 12 janvier (Reuters) -")
_WIRE_PLACE = re.compile(
    r"(?:^|\n)[ \t]*[^\W\d_][^\W\d_'’-]+(?:[ -][^\W\d_][^\W\d_'’-]+)?[.,][ \t]*\Z"
)
_WIRE_AFTER = re.compile(r"[ \t]*[.,]?[ \t]*(?:\(|/|[-–—]|[A-ZА-ЯЁ][A-ZА-ЯЁ.]{2,})")
WIRE_PLACE_CHARS = 40  # how far back from the date the place may start


# ... or the date opens its line, the agency in brackets after it ("Sept. 2 (UPI) — Poland
# will declare ...", UPI's copies name no place)
# (near the top only: a chronology's "Aug. 18 (Wednesday) —" or a footer's "Nov. 8 (AFP) -"
# is no copy's dateline)
_LINE_OPENS = re.compile(r"(?:^|\n)[ \t]*\Z")
_AGENCY_AFTER = re.compile(r"[ \t]*\([A-ZА-ЯЁ]{2,}(?:[ /-][A-ZА-ЯЁ]{2,}){0,2}\)[ \t]*[-–—]")
AGENCY_DATELINE_CHARS = 400  # how far into the text a place-less dateline may open a line


def is_wire_dateline(text: str, expression: TimeExpression) -> bool:
    """Whether a date without its year is a wire copy's dateline (_WIRE_PLACE)."""
    before = text[max(0, expression.start - WIRE_PLACE_CHARS) : expression.start]
    if expression.start <= WIRE_PLACE_CHARS and "\n" not in before:
        before = "\n" + before  # the text's first line
    if (
        expression.start <= AGENCY_DATELINE_CHARS
        and _LINE_OPENS.search(before)
        and _AGENCY_AFTER.match(text, expression.end)
    ):
        return True
    return bool(_WIRE_PLACE.search(before)) and bool(_WIRE_AFTER.match(text, expression.end))


# A wire copy's dateline run into its lead: a place opening its line (in capitals, or any
# case before a bracketed agency), then the date and the agency ("WARSAW, Nov 16 (Reuters) -
# Polish forces used water cannon on Monday", "Warszawa, 16 listopada (PAP) -"), or the
# outlet and the date in brackets ("CAIRO (UrduPoint News / Sputnik - 06th August, 2021)
# Iraqi Airways ... told Sputnik on Thursday"). Its date is the copy's, not the lead's.
_LINE_PLACE = re.compile(r"[ \t]*([^\W\d_](?:[^\W\d_]|[ /'’-]){1,40}?)[ \t]*(?=[,(])")
# (an agency in capitals, or one of the wires that write their name in mixed case; not a
# chronology's "(Monday)"); Lithuanian copy writes the day's "d." before it
_AGENCY_BRACKET = re.compile(
    r"(?:[ \t]*d\.|\.)?[ \t]*\((?:[A-ZА-ЯЁ]{2,}(?:[ /-][A-ZА-ЯЁ]{2,}){0,2}|Reuters|Interfax|Sputnik"
    r"|Belga)\)[ \t]*[-–—]"
)
_DATE_IN_BRACKETS = re.compile(r"[ \t]*\([^()\n]{2,60}?[-–—,][ \t]*\Z")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")
WIRE_HEAD_CHARS = 400  # how far into the text (below a headline) such a dateline may stand


def heads_wire_copy(text: str, expression: TimeExpression, stamp: int | None = None) -> bool:
    """Whether the expression is the date of a wire copy's dateline near the text's head
    (`stamp`: where the text's head stamp ends, when the caller has found it)."""
    stamp = head_stamp_end(text) if stamp is None else stamp
    if not stamp <= expression.start <= stamp + WIRE_HEAD_CHARS:
        return False
    line_start = max(text.rfind("\n", 0, expression.start) + 1, stamp)
    place = _LINE_PLACE.match(text, line_start, expression.start)
    if place is None:
        return False
    capitals = place.group(1).isupper()
    between = text[place.end() : expression.start]
    if between.startswith(","):
        if _AGENCY_BRACKET.match(text, expression.end):
            return True
        return capitals and bool(_WIRE_AFTER.match(text, expression.end))
    return (
        capitals
        and bool(_DATE_IN_BRACKETS.match(between))
        and bool(_BRACKET_CLOSES.match(text, expression.end))
    )


# A date line at the head of a page that gives only the month ("date 2021-12", "2021-11"):
# the page was published in that month, whatever other months its text names.
_MONTH_LINE = re.compile(
    r"\s*(?:date:?[ \t]+((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![-\d])"
    r"|((?:19|20)\d\d)-(0[1-9]|1[0-2])[ \t]*\n)",
    re.IGNORECASE,
)


class PageMonth(NamedTuple):
    """The month a page gives without its day: its first day, and where the page gives it
    (its "date line", or its "address"; the reasons say which)."""

    first_day: date
    source: str


def month_line(article: Article) -> PageMonth | None:
    """The month a date line at the page's head gives ("date 2021-12"), else the month its
    address files it under (".../2021/11/crise-des-migrants")."""
    match = _MONTH_LINE.match(article.cleaned_text)
    if match is None:
        filed = address_date(article.url)
        if filed is None or out_of_bounds(filed.month):
            return None
        return PageMonth(filed.month, "address")
    year, month = (match[1], match[2]) if match[1] else (match[3], match[4])
    return PageMonth(date(int(year), int(month), 1), "date line")
