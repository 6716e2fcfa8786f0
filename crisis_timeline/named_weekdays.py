"""A weekday the text names together with its date, so that it is that date and not a
weekday to place after the latest date told: "Lundi (8 novembre)", "dimanche et lundi 1er
et 2 août 2021", "dans la nuit du mercredi 10 au jeudi 11 novembre" (publication.py reads
the others as the writer's week)."""

from __future__ import annotations

import re

from crisis_timeline.temporal import TimeExpression

SENTENCE_END = re.compile(r"[.!?…](?:\s|$)")  # between a weekday and a date: not one sentence
# An opening bracket between a weekday and its date ("Lundi (8 novembre)")
_BRACKET_GAP = re.compile(r"\s*[(\[]\s*")


def named_by_next(text: str, expression: TimeExpression, following: TimeExpression | None) -> bool:
    """Whether `expression` is a bare weekday whose date follows it in brackets ("Lundi
    (8 novembre)", "mercredi (10 novembre)"): one day, not a weekday to place after the
    latest date."""
    return (
        following is not None
        and expression.weekday is not None
        and expression.month_day is None
        and following.month_day is not None
        and _BRACKET_GAP.fullmatch(text, expression.end, following.start) is not None
    )


LISTED_DATE_REACH = 40  # characters from a listed weekday to the last date listed with it


def named_in_list(text: str, expression: TimeExpression, after: list[TimeExpression]) -> bool:
    """Whether `expression` is a bare weekday listed before the dates that name it
    ("s'est rendue dimanche et lundi 1er et 2 août 2021", "samedi et dimanche 13 et 14
    novembre 2021"): one of those days, in the same sentence."""
    if expression.weekday is None or expression.month_day is not None:
        return False
    for date_after in after:
        between = text[expression.end : date_after.start]
        if date_after.start - expression.end > LISTED_DATE_REACH or SENTENCE_END.search(between):
            return False
        if date_after.date is not None and date_after.date.weekday() == expression.weekday:
            return date_after.anchor == "absolute"
        if _eve_in_range(expression.weekday, date_after, between):
            return True
    return False


def _eve_in_range(weekday: int, date_after: TimeExpression, between: str) -> bool:
    """ "dans la nuit du mercredi 10 au jeudi 11 novembre": a weekday and its day number
    before the next day's weekday and date."""
    if date_after.month_day is None or date_after.weekday is None:
        return False
    if weekday != (date_after.weekday - 1) % 7:
        return False
    day = date_after.month_day[1]
    # the day before the 1st is a month's last ("du mardi 30 au mercredi 1er décembre")
    days_before = {day - 1} if day > 1 else {28, 29, 30, 31}
    return any(re.search(rf"(?<!\d){d}(?!\d)", between) for d in days_before)
