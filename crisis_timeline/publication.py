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
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from statistics import median

from crisis_timeline import settings
from crisis_timeline.articles import Article
from crisis_timeline.temporal import tag

# A dateline sits in the first lines of a scraped page, before the body.
DATELINE_SEARCH_CHARS = 400
# A date followed by a place ("15 novembre 2021 au poste-frontière", "... 2021 near Grodno")
# describes where a photo was taken; a dateline is followed by a time, a bar or the line's end.
_PLACE_AFTER_DATE = re.compile(
    r"[ \t]+(?:au|aux|à la|à l['’]|dans|près|sur|near|at the|on the|outside)\b",
    re.IGNORECASE,
)


def corpus_prior(articles: Sequence[Article]) -> date:
    """The median known publication date of a collection (the crisis prior when none)."""
    known = sorted(a.published for a in articles if a.published is not None)
    if not known:
        return settings.CRISIS_PRIOR_DATE
    ordinals = [d.toordinal() for d in known]
    return date.fromordinal(int(median(ordinals)))


def _closest_year(month: int, day: int, prior: date, weekday: int | None = None) -> date | None:
    """The year that brings day/month closest to the prior; when the text names the date's
    weekday ("Thursday 18 November"), only a year where it falls on that weekday (an
    inference contradicting the article's own weekday is rejected)."""
    candidates = []
    for year in (prior.year - 1, prior.year, prior.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(d.weekday() == weekday for d in candidates):
        candidates = [d for d in candidates if d.weekday() == weekday]
    return min(candidates, key=lambda d: abs((d - prior).days), default=None)


def _weekday_only(weekdays: list[tuple[int, str]], prior: date) -> tuple[date, str] | None:
    """No date in the text, only past weekdays ("said Monday"): the latest such day on or
    before the collection's median date. Weak (the week is a guess), and the reason says so."""
    if not weekdays:
        return None
    weekday, text = weekdays[0]
    day = prior - timedelta(days=(prior.weekday() - weekday) % 7)
    return day, (
        f"inferred (weak): no date in the text; “{text}” (past tense) placed in the week of "
        f"the collection's median date {prior:%a %d %b %Y}, so {day:%a %d %b %Y}"
    )


def _in_caption(article: Article, start: int, end: int) -> bool:
    """True when a cleaned-text span lies in a photo caption (its date is the photo's)."""
    try:
        return article.is_caption(*article.to_original(start, end))
    except ValueError:
        return False


def _dateline(article: Article) -> tuple[date, str] | None:
    head = article.cleaned_text[:DATELINE_SEARCH_CHARS]
    for expression in tag(head, None, article.language, references=False):
        if not (
            expression.anchor == "absolute" and expression.precision == "day" and expression.date
        ):
            continue
        # A caption ("Migrants at the border, 8 November 2021 (Name / AGENCY)") or a gallery
        # line ("15 novembre 2021 au poste-frontière ...") dates a photo, not the page.
        if _in_caption(article, expression.start, expression.end):
            continue
        if _PLACE_AFTER_DATE.match(head, expression.end):
            continue
        return expression.date, f"dateline in the text: “{expression.text}”"
    return None


def infer_publication_date(
    article: Article, prior: date, *, prior_is_known: bool = False
) -> tuple[date, str] | None:
    """Publication date inferred from the text alone, with the reason; None without evidence.

    `prior_is_known`: the prior is the median of dates known in the collection (not the
    crisis default), so a text with past weekdays but no date may be placed, weakly, in its
    week; alone, such an article stays undated (its events listed, not placed)."""
    expressions = tag(article.cleaned_text, None, article.language, references=False)
    explicit: list[tuple[date, str]] = []
    weekdays: list[tuple[int, str]] = []
    for expression in expressions:
        if _in_caption(article, expression.start, expression.end):
            continue  # a photo's date says when the photo was taken, not the article
        if (
            expression.precision == "day"
            and expression.date is not None
            and expression.anchor == "absolute"
        ):
            explicit.append((expression.date, expression.text))
        elif expression.month_day is not None:
            resolved = _closest_year(*expression.month_day, prior, expression.weekday)
            if resolved is not None:
                explicit.append((resolved, expression.text))
        elif expression.weekday is not None and expression.direction != "future":
            weekdays.append((expression.weekday, expression.text))
    if not explicit:
        return _weekday_only(weekdays, prior) if prior_is_known else None
    latest, latest_text = max(explicit)
    if not weekdays:
        return (
            latest,
            f"inferred: latest date mentioned, “{latest_text}” (year from the collection)",
        )
    weekday, weekday_text = weekdays[0]
    candidate = latest + timedelta(days=(weekday - latest.weekday()) % 7)
    return candidate, (
        f"inferred: “{weekday_text}” (past tense) is the first {candidate:%A} on or after "
        f"“{latest_text}” ({latest:%a %d %b %Y}), so {candidate:%a %d %b %Y}"
    )


def resolve_publication_dates(articles: Sequence[Article]) -> list[Article]:
    """Every article with its publication date and basis settled (metadata > text > inferred)."""
    prior = corpus_prior(articles)
    prior_is_known = any(a.published is not None for a in articles)
    resolved = []
    for article in articles:
        if article.published is not None:
            resolved.append(article)
            continue
        found = _dateline(article)
        basis = "text"
        if found is None:
            found = infer_publication_date(article, prior, prior_is_known=prior_is_known)
            basis = "inferred"
        if found is None:
            resolved.append(
                dataclasses.replace(
                    article,
                    published_basis="unknown",
                    published_reason="no date in the metadata or the text",
                )
            )
            continue
        published, reason = found
        resolved.append(
            dataclasses.replace(
                article, published=published, published_basis=basis, published_reason=reason
            )
        )
    return resolved
