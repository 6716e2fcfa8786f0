"""Our own news passages run through the extractor: the helpers the real-press lesson tests
share (an article with a given language and publication date, its event table, one row)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from crisis_timeline.articles import Article, SourceMeta, parse_article
from crisis_timeline.event_frames import events_frame
from crisis_timeline.events import extract_article_events
from crisis_timeline.publication import resolve_publication_dates


def passage_article(
    text: str,
    lang: str,
    published: str | None,
    collection: Sequence[date | None] | None = None,
    url: str | None = None,
) -> Article:
    """The passage as a loaded article of a test outlet (at `url`), its publication date
    resolved (in a `collection` of publication dates, as resolve_publication_dates takes
    them)."""
    meta = SourceMeta(
        file="t01_test.txt", outlet="Test Wire", published=published, language=lang, url=url
    )
    article = parse_article("t01_test.txt", text.encode(), meta)
    return resolve_publication_dates([article], collection)[0]


def passage_events(
    text: str, lang: str, published: str | None, url: str | None = None
) -> pd.DataFrame:
    """The passage's event table."""
    article = passage_article(text, lang, published, url=url)
    return events_frame(extract_article_events(article))


def one_row(frame: pd.DataFrame, words: str) -> pd.Series:
    """The one event whose sentence holds `words` (fails, listing the sentences, otherwise)."""
    rows = frame[frame["sentence"].str.contains(words, regex=False)]
    assert len(rows) == 1, list(frame["sentence"])
    return rows.iloc[0]
