"""A range of days in words, said once: "15 Nov 2021", "8–20 Nov 2021", "30 Oct – 2 Nov 2021".

The one rule every view writes a span of days by (map tooltips, timeline hovers, the
briefing's headline, TimeML values in hovers); only the month's spelling differs.
It does not parse or resolve dates (temporal.py does).
"""

from __future__ import annotations

from datetime import date


def day_span(first: date, last: date, *, month: str = "%b") -> str:
    """`first` to `last` with the shared parts written once; `month` is "%b" or "%B".

    >>> day_span(date(2021, 11, 30), date(2021, 12, 2))
    '30 Nov – 2 Dec 2021'
    """
    if last == first:
        return f"{first.day} {first:{month}} {first.year}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:{month}} {last.year}"
    if first.year == last.year:
        return f"{first.day} {first:{month}} – {last.day} {last:{month}} {last.year}"
    return f"{first.day} {first:{month}} {first.year} – {last.day} {last:{month}} {last.year}"
