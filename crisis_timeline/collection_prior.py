"""What a collection of articles says about the publication date of one that gives none: the
median of the dates it knows (the prior), whether they lie close enough together to place a
page in their week, and which year a date written without one ("May 23") is in.
publication.py infers a page's date with them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from statistics import median, quantiles

from crisis_timeline import settings

# A collection whose known publication dates (their middle half) span at most this many days
# places an article that names only weekdays in the week of its median date (weakly).
TIGHT_COLLECTION_DAYS = 21
TIGHT_COLLECTION_MIN = 3  # known dates needed to judge the spread


def median_date(dates: Sequence[date | None]) -> date:
    """The median of the known dates (the crisis prior when none)."""
    known = sorted(d for d in dates if d is not None)
    if not known:
        return settings.CRISIS_PRIOR_DATE
    ordinals = [d.toordinal() for d in known]
    return date.fromordinal(int(median(ordinals)))


def tight(known: Sequence[date]) -> bool:
    """Whether a collection's known publication dates (metadata and datelines) lie within
    a few weeks, an outlier or two aside: then the week of their median is a fair guess for
    an article that names only weekdays. Across months it is a guess of the wrong month (a
    held-out folder of July to December put July pieces in December)."""
    if len(known) < TIGHT_COLLECTION_MIN:
        return False  # one or two dates show no spread: a folder may span months
    ordinals = [d.toordinal() for d in known]
    first_quarter, _, last_quarter = quantiles(ordinals, n=4, method="inclusive")
    return last_quarter - first_quarter <= TIGHT_COLLECTION_DAYS


PAST_AFTER_PRIOR_WEIGHT = 2  # how much farther a past date after the prior counts


def closest_year(
    month: int, day: int, prior: date, weekday: int | None = None, *, past: bool = False
) -> date | None:
    """The year that brings day/month closest to the prior; when the text names the date's
    weekday ("Thursday 18 November"), only a year where it falls on that weekday (an
    inference contradicting the article's own weekday is rejected). A date told in the past
    ("hijacked a passenger plane on May 23") comes before the writer's day: after the prior,
    the writer would have to be later still, so that side counts twice as far."""
    candidates = []
    for year in (prior.year - 1, prior.year, prior.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None:  # "w piątek 9.05": no Friday 9 May near the prior, no such date
        candidates = [d for d in candidates if d.weekday() == weekday]
    # A date written without its year is recent to the writer: in a crisis story, not one
    # before the crisis began ("on March 5" beside "in November" in a 2022 page, not 2021's)
    candidates = [d for d in candidates if d >= settings.CRISIS_BEGAN] or candidates
    after_weight = PAST_AFTER_PRIOR_WEIGHT if past else 1
    return min(
        candidates,
        key=lambda d: (d - prior).days * after_weight if d > prior else (prior - d).days,
        default=None,
    )
