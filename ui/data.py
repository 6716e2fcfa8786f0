"""Cached access to the event store for the pages (keyed by store path + modification time).

The store is built from seeds/ on first use when it does not exist yet; afterwards pages
only read it, so the first paint never re-runs extraction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from crisis_timeline import settings, store
from crisis_timeline.articles import Article
from crisis_timeline.clusters import Cluster
from crisis_timeline.locations import places_frame
from crisis_timeline.outlets import OutletProfile, outlet_profiles


@dataclass(frozen=True)
class Dataset:
    events: pd.DataFrame
    articles: list[Article]
    clusters: list[dict]
    problems: tuple[str, ...]
    version: str

    @property
    def articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @property
    def cluster_labels(self) -> dict[str, str]:
        return {c["cluster_id"]: c["label"] for c in self.clusters}


def _store_key() -> tuple[str, float]:
    path = settings.db_path()
    if not path.exists():
        with st.spinner("Reading the seed articles (first start only)…"):
            store.build_store([settings.SEEDS_DIR], None, path)
    return str(path), path.stat().st_mtime


@st.cache_data(show_spinner=False, max_entries=4)
def _load(path: str, mtime: float) -> Dataset:
    info = store.read_info(Path(path))
    return Dataset(
        events=store.read_events(Path(path)),
        articles=store.read_articles(Path(path)),
        clusters=store.read_clusters(Path(path)),
        problems=info.problems,
        version=f"{info.fingerprint}",
    )


def dataset() -> Dataset:
    """Everything the pages read, from the store (cached across reruns and sessions)."""
    return _load(*_store_key())


@st.cache_data(show_spinner=False, max_entries=4)
def profiles(path_key: tuple[str, float]) -> list[OutletProfile]:
    data = _load(*path_key)
    texts: dict[str, str] = {}
    for article in data.articles:
        texts[article.source_label] = (
            texts.get(article.source_label, "") + "\n" + article.cleaned_text
        )
    clusters = [Cluster.from_json(c) for c in data.clusters]
    return outlet_profiles(data.events, clusters, texts)


def outlet_figures() -> list[OutletProfile]:
    return profiles(_store_key())


@st.cache_data(show_spinner=False, max_entries=8)
def places_table(names: tuple[str, ...]) -> pd.DataFrame:
    """Coordinates of the named places (cached: the gazetteer lookup is the same every rerun)."""
    return places_frame(names)


def places_for(events: pd.DataFrame) -> pd.DataFrame:
    names = (
        tuple(sorted({n for names in events["places"] for n in names})) if not events.empty else ()
    )
    return places_table(names)


@st.cache_data(show_spinner=False, max_entries=32)
def _steps(path_key: tuple[str, float], query: str):
    from crisis_timeline.filters import Filters
    from crisis_timeline.presentation import presentation_steps

    data = _load(*path_key)
    filters = Filters.from_query(json.loads(query))
    return presentation_steps(filters.apply(data.events), data.cluster_labels)


def presentation_steps_cached(filters) -> list:
    """Presenter steps for the filtered view (cached: stepping must not recompute them)."""
    query = {
        k: v if isinstance(v, list) else [v] for k, v in filters.to_query().items() if k != "event"
    }
    return _steps(_store_key(), json.dumps(query, sort_keys=True))


@st.cache_data(show_spinner=False, max_entries=64)
def _timeline(path_key: tuple[str, float], query: str, theme: str, lanes: str, range_slider: bool):
    from crisis_timeline.charts import timeline_figure
    from crisis_timeline.filters import Filters

    data = _load(*path_key)
    filters = Filters.from_query(json.loads(query))
    return timeline_figure(
        filters.apply(data.events),
        theme=theme,
        lanes=lanes,
        selected_event_id=filters.event_id,
        show_background=filters.background,
        cluster_labels=data.cluster_labels,
        range_slider=range_slider,
    )


def timeline_chart(filters, theme: str, *, lanes: str = "outlet", range_slider: bool = True):
    """The timeline figure of the filtered view (cached: a rerun with the same view and
    selection does not rebuild it)."""
    query = {k: v if isinstance(v, list) else [v] for k, v in filters.to_query().items()}
    return _timeline(_store_key(), json.dumps(query, sort_keys=True), theme, lanes, range_slider)
