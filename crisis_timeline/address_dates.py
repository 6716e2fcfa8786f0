"""The publication day (or month) a page's address writes in its path.

News sites file a story under its publication date: ".../world/2022/03/22/children-sleep-
in-forests", ".../monde/2021-12-29/bielorussie-...", ".../amp/20220128/simonyte-...",
".../world/2021/nov/08/poland-...", ".../132951,2021,12,20,wiadomo-...", ".../senlise-
20211201_4QASN3L2UJ/", day first (".../blog/300921/si-nous-...", ".../article/21Sep2021/",
".../a3035_16112021-...", ".../scho-vidomo-13-10-2021.html"), or only under its month:
".../2021/11/crise-des-migrants-...". On the real-press sets every page whose address held
a full date was published that day (119 of 119) and each month-only address held its
page's month (4 of 4), so an address dates a page that states no date in
its metadata (article_metadata.published_of), and its month keeps an undated page's
inference inside that month (page_dateline.month_line).

Only whole path segments count (a slug may start with a number: ".../2021/11/3500-migrants"
is a November page, not one of the 35th), or a day-first date after an id's underscore, or
eight figures ending a slug before an id's underscore, and only the path: a query's
"?date=" is a search's, not the page's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

# Years an address may file a page under: older or later four-digit segments are ids.
EARLIEST_YEAR = 1990
LATEST_YEAR = 2100

_END = r"(?=/|$)"
# "/2022/03/22/", "/2021/11/8/": year, month, day as three segments
_SLASHED_DAY = re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})" + _END)
# "/2021-12-29/", "/2021-12-29-bielorussie" (ISO: its dashes make it a date wherever it ends)
_ISO_DAY = re.compile(r"/(\d{4})-(\d{2})-(\d{2})(?=[/_.-]|$)")
# "/20220128/", "/20211126.html": eight figures, a segment of their own; or a time stamp
# opening one ("/20210902203054013649.html": 2 September 2021, 20:30:54, then an id)
_COMPACT_DAY = re.compile(r"/(\d{4})(\d{2})(\d{2})(?:(?:[01]\d|2[0-3])[0-5]\d\d*)?(?=[/_.-]|$)")
# "/au-belarus-la-crise-migratoire-senlise-20211201_4QASN3L2UJ/" (Libération): eight
# figures ending the slug, before the id's underscore
_SLUG_COMPACT_DAY = re.compile(r"-(\d{4})(\d{2})(\d{2})(?=_)")
# "/2021/11/crise-des-migrants": year and month, then a segment that is not a day
_SLASHED_MONTH = re.compile(r"/(\d{4})/(\d{1,2})/(?!\d{1,2}" + _END + ")")
# "/2021/nov/08/" (The Guardian and others): the month as its English abbreviation
_MONTH_ABBREVIATIONS = (
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
)
_NAMED_DAY = re.compile(
    r"/(\d{4})/(" + "|".join(_MONTH_ABBREVIATIONS) + r")/(\d{1,2})" + _END, re.IGNORECASE
)
# "/132951,2021,12,20,wiadomo-ktore-firmy" (tko.pl): an id, then year, month and day, each
# after a comma
_COMMA_DAY = re.compile(r"(?<=[/,])(\d{4}),(\d{1,2}),(\d{1,2})(?=[,/.]|$)")
# "/article/21Sep2021/liberation/" (InoPressa): day, English month abbreviation and year,
# a segment of their own
_NAMED_DAY_FIRST = re.compile(
    r"/(\d{1,2})(" + "|".join(_MONTH_ABBREVIATIONS) + r")(\d{4})" + _END, re.IGNORECASE
)


# Day first, as French and video sites file them: "/blog/300921/si-nous-mourons" and
# "/fil-dactualites/040821/belarus-..." (Mediapart: day, month, two-figure year, a segment
# of its own with the story's slug after it: a bare six-figure segment is an id as often),
# "/videos/a3035_16112021-..." (Viory: day, month, year after an id and an underscore).
_DAY_FIRST_SHORT = re.compile(r"/(\d{2})(\d{2})(\d{2})/(?=[^/]*[^\W\d_])")
_DAY_FIRST_LONG = re.compile(r"(?<=[/_])(\d{2})(\d{2})(\d{4})(?=[/_.-]|$)")
# "/news-polscha-...-scho-vidomo-13-10-2021.html" (Stopcor): day, month and year with dashes,
# ending a slug or standing alone
_DAY_FIRST_DASHED = re.compile(r"(?<=[/_-])(\d{2})-(\d{2})-(\d{4})(?=[/_.]|$)")
# A two-figure year before this one is more likely an id's figures than a page's year
DAY_FIRST_SHORT_EARLIEST_YEAR = 2010


@dataclass(frozen=True)
class AddressDate:
    """What an address says of its page's publication: a day, or only its month (`day`
    None; `month` is then that month's first day)."""

    month: date
    day: date | None
    written: str  # the part of the path that says it ("/2022/03/22")


def address_date(url: str | None) -> AddressDate | None:
    """The publication date filed in the address's path, the first that is a real date."""
    if not url:
        return None
    try:
        path = urlsplit(url.strip()).path
    except ValueError:  # "http://[::1" and the like: no address to read
        return None
    for pattern in (
        _SLASHED_DAY,
        _ISO_DAY,
        _COMPACT_DAY,
        _NAMED_DAY,
        _COMMA_DAY,
        _SLUG_COMPACT_DAY,
    ):
        for match in pattern.finditer(path):
            day = _real_date(match[1], _month_number(match[2]), match[3])
            if day is not None:
                return AddressDate(day.replace(day=1), day, match.group())
    for match in _NAMED_DAY_FIRST.finditer(path):
        day = _real_date(match[3], _month_number(match[2]), match[1])
        if day is not None:
            return AddressDate(day.replace(day=1), day, match.group())
    day_first = _day_first(path)
    if day_first is not None:
        return day_first
    for match in _SLASHED_MONTH.finditer(path):
        first = _real_date(match[1], match[2], "1")
        if first is not None:
            return AddressDate(first, None, match.group().rstrip("/"))
    return None


def _day_first(path: str) -> AddressDate | None:
    """A day written day first ("/300921/slug", "_16112021-"), tried after every year-first
    form, and only when the path files no month of its own ("/2021/11/120521/..." is a
    November page with an id); a two-figure year from DAY_FIRST_SHORT_EARLIEST_YEAR
    ("/010203/slug" is no page of 2003). The callers keep the day within the plausible
    publication dates (article_metadata.out_of_bounds), as for every other form. Six
    figures are read day first only: a year-first "/211115/" would be a date too, but no
    outlet of the real-press sets files pages that way, and the day-first Mediapart does."""
    if _SLASHED_MONTH.search(path):
        return None
    for pattern, year_prefix, earliest_year in (
        (_DAY_FIRST_LONG, "", EARLIEST_YEAR),
        (_DAY_FIRST_DASHED, "", EARLIEST_YEAR),
        (_DAY_FIRST_SHORT, "20", DAY_FIRST_SHORT_EARLIEST_YEAR),
    ):
        for match in pattern.finditer(path):
            day = _real_date(year_prefix + match[3], match[2], match[1])
            if day is not None and day.year >= earliest_year:
                return AddressDate(day.replace(day=1), day, match.group())
    return None


def _month_number(written: str) -> str:
    """ "11" stays "11"; "nov" is "11"."""
    lowered = written.lower()
    if lowered in _MONTH_ABBREVIATIONS:
        return str(_MONTH_ABBREVIATIONS.index(lowered) + 1)
    return written


def _real_date(year: str, month: str, day: str) -> date | None:
    if not EARLIEST_YEAR <= int(year) <= LATEST_YEAR:
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:  # "/2021/13/", "/20211234/": an id, not a date
        return None
