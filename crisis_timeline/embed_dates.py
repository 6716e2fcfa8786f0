"""The days of the tweets a page embeds: the page was published on or after the latest.

A scraped tweet ends with its signature line, "— Straż Graniczna (@Straz_Graniczna) November
17, 2021" (article_cleaning finds the embed, boilerplate.TWEET_SIGNATURE). Its date is written
as the embedding service writes it, often in English in a Polish page, so the page's own
calendar cannot read it; dateparser, made for dates in any language, does. The Polish page of
the twenty-fifth blind batch named only weekdays ("napisała w środę") besides its embedded
tweet of Wednesday 17 November: the tweet's day says which week those weekdays are in
(publication._gather takes it as a date the text writes in full).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from crisis_timeline import settings
from crisis_timeline.articles import Article

# After the handle, the date: "(@Straz_Graniczna) November 17, 2021"
_SIGNATURE_DATE = re.compile(r"\(@\w{1,15}\)\s+(?P<date>.+?)\s*$")
_PARSER_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}


@dataclass(frozen=True)
class EmbedDay:
    """An embedded tweet's day, as its signature writes it."""

    day: date
    written: str
    start: int  # where the cleaned text writes it (its length when cleaning took it out)


def embed_days(article: Article) -> list[EmbedDay]:
    """The days of the page's tweet embeds, in text order (those whose date reads)."""
    days = []
    for span in article.embeds:
        if span.kind != "tweet":
            continue
        last_line = article.original_text[span.start : span.end].rstrip().rsplit("\n", 1)[-1]
        match = _SIGNATURE_DATE.search(last_line)
        if match is None:
            continue
        day = _parse(match.group("date"), article.language)
        # an old tweet quoted (before the crisis) is context, as a date in the text is
        if day is not None and day >= settings.BACKGROUND_BEFORE:
            at = article.cleaned_text.find(match.group("date"))
            start = at if at >= 0 else len(article.cleaned_text)
            days.append(EmbedDay(day, match.group("date"), start))
    return days


def _parse(written: str, language: str) -> date | None:
    import dateparser  # only pages with an embed pay for loading it

    languages = list(dict.fromkeys(["en", language])) if len(language) == 2 else ["en"]
    try:
        parsed = dateparser.parse(written, languages=languages, settings=_PARSER_SETTINGS)
    except (ValueError, KeyError):  # a language dateparser lacks
        parsed = dateparser.parse(written, languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed is not None else None
