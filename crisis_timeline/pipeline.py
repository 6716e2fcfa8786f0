"""The whole extraction, from article files to a clustered event table.

    files + sources.csv --articles--> Article --publication--> dated Article
        --events--> Event rows --clusters--> cluster_id + discrepancies

`process_article` is a pure function of one dated article (so `build` can run it on
several processes); the publication step needs the whole collection (its year prior).
An unexpected exception in one article (a bug, not bad input) is logged with the file's
name and that article is skipped with a problem, so one odd file cannot stop a build of
thousands; with $CRISIS_TIMELINE_DEBUG=1 it is raised instead (tests see real bugs).
It does not store anything (store.py does) and never imports streamlit.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from crisis_timeline import settings
from crisis_timeline.articles import Article, LoadProblem, load_articles
from crisis_timeline.clusters import Cluster, cluster_events
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.events import events_frame, extract_article_events
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.schema import Event

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Extraction:
    """Everything the views need: the event table, the articles, the clusters, the problems."""

    events: pd.DataFrame
    articles: list[Article]
    clusters: list[Cluster]
    problems: list[LoadProblem]


def process_article(article: Article) -> list[Event]:
    """Events of one article whose publication date is resolved (pure; safe in a worker)."""
    return extract_article_events(article, load_gazetteer())


def _process_or_problem(article: Article) -> list[Event] | LoadProblem:
    """process_article, or the problem that an unexpected exception in it makes."""
    try:
        return process_article(article)
    except Exception as error:  # one article's bug must not stop a build of thousands
        if settings.debug():
            raise
        log.warning(
            "%s: events could not be extracted (%s: %s); the article is skipped",
            article.file_name,
            type(error).__name__,
            error,
            exc_info=log.isEnabledFor(logging.DEBUG),
        )
        return LoadProblem(
            article.file_name,
            f"{article.file_name}: unexpected error while extracting its events "
            f"({type(error).__name__}: {error}); the article was skipped. This is a bug: "
            "please report it with the file.",
        )


def extract_all(
    articles: Sequence[Article], workers: int = 1
) -> tuple[pd.DataFrame, list[Article], list[LoadProblem]]:
    """The unclustered event table of dated articles on `workers` processes, the articles
    it holds, and the articles skipped after an unexpected error."""
    if workers > 1 and len(articles) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_process_or_problem, articles, chunksize=16))
    else:
        results = [_process_or_problem(article) for article in articles]
    kept = [a for a, r in zip(articles, results, strict=True) if not isinstance(r, LoadProblem)]
    problems = [r for r in results if isinstance(r, LoadProblem)]
    batches = [r for r in results if not isinstance(r, LoadProblem)]
    return events_frame(event for batch in batches for event in batch), kept, problems


def events_for_articles(articles: Sequence[Article], workers: int = 1) -> pd.DataFrame:
    """The unclustered event table of dated articles, on `workers` processes."""
    return extract_all(articles, workers)[0]


def extract_events(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,), sources: Path | str | None = None
) -> tuple[pd.DataFrame, list[Article], list[LoadProblem]]:
    """Event table (clustered), dated articles and load problems for files or folders."""
    extraction = run_pipeline(paths, sources)
    return extraction.events, extraction.articles, extraction.problems


def run_pipeline(
    paths: Sequence[Path | str] = (settings.SEEDS_DIR,),
    sources: Path | str | None = None,
    *,
    workers: int = 1,
) -> Extraction:
    """Load, date, extract and cluster: the whole pipeline in one call."""
    articles, problems = load_articles(list(paths), Path(sources) if sources else None)
    articles = resolve_publication_dates(articles)
    events, articles, skipped = extract_all(articles, workers=workers)
    events, clusters = cluster_events(events)
    return Extraction(
        events=events, articles=articles, clusters=clusters, problems=[*problems, *skipped]
    )
