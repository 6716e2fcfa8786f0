"""The whole extraction, from article files to a clustered event table.

    files + sources.csv --articles--> Article --publication--> dated Article
        --events--> Event rows --clusters--> cluster_id + discrepancies

`process_article` is a pure function of one dated article (so `build` can run it on
several processes); the publication step needs the whole collection (its year prior).
It does not store anything (store.py does) and never imports streamlit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from crisis_timeline import settings
from crisis_timeline.articles import Article, LoadProblem, load_articles
from crisis_timeline.clusters import Cluster, cluster_events
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.events import Event, events_frame, extract_article_events
from crisis_timeline.publication import resolve_publication_dates


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


def events_for_articles(articles: Sequence[Article], workers: int = 1) -> pd.DataFrame:
    """The unclustered event table of dated articles, on `workers` processes."""
    if workers > 1 and len(articles) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=workers) as pool:
            batches = list(pool.map(process_article, articles, chunksize=16))
    else:
        batches = [process_article(article) for article in articles]
    return events_frame(event for batch in batches for event in batch)


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
    events = events_for_articles(articles, workers=workers)
    events, clusters = cluster_events(events)
    return Extraction(events=events, articles=articles, clusters=clusters, problems=problems)
