"""Cached access to the event store for the pages (keyed by store path + modification time).

The store is built from seeds/ on first use when it does not exist yet; afterwards pages
only read it, so the first paint never re-runs extraction. A store that cannot be used
(a folder, a text file, another program's DuckDB file, a path where none can be built)
raises one CrisisTimelineError naming the file and what to do (ui.messages.store_problem).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from crisis_timeline import __version__, settings, store
from crisis_timeline.article_facts import ArticleFacts
from crisis_timeline.articles import Article
from crisis_timeline.clusters import Cluster
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.lang import language_name
from crisis_timeline.locations import places_frame
from crisis_timeline.outlets import OutletProfile, outlet_summary, profiles_of_articles
from crisis_timeline.timeline_density import TimelineIndex
from ui.messages import store_problem
from ui.progress import work_progress

# One reader of the full articles at a time: two sessions opening the Articles page at once
# read them once.
_ARTICLES_LOCK = threading.Lock()


@dataclass(frozen=True)
class Dataset:
    events: pd.DataFrame
    # what lists and counts need of each article, without its text: reading 50,000 whole
    # articles took 3.7 s of the first paint, these 0.7 s (crisis_timeline.article_facts)
    article_facts: list[ArticleFacts]
    clusters: list[Cluster]
    problems: tuple[str, ...]
    version: str
    path: str  # the store, for the full articles when a page first needs them

    @cached_property
    def articles(self) -> list[Article]:
        """Every stored article whole (text, offsets), read on first use."""
        with _ARTICLES_LOCK:
            if "_articles" not in self.__dict__:
                self.__dict__["_articles"] = store.read_articles(Path(self.path))
                _freeze_heap()  # kept for the server's life: not scanned by each collection
        return self.__dict__["_articles"]

    @cached_property
    def articles_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def facts_by_id(self) -> dict[str, ArticleFacts]:
        return {a.id: a for a in self.article_facts}

    @cached_property
    def named_outlets(self) -> frozenset[str]:
        return frozenset(a.outlet for a in self.article_facts if a.outlet)

    @cached_property
    def unattributed(self) -> int:
        """Articles without a known outlet."""
        return sum(1 for a in self.article_facts if not a.outlet)

    @cached_property
    def dated_from_text(self) -> list[ArticleFacts]:
        """Articles whose publication date was read from their text or inferred."""
        return [a for a in self.article_facts if a.published_basis in ("inferred", "text")]

    @cached_property
    def read_in_part(self) -> list[ArticleFacts]:
        """Articles in a language without tables (ArticleFacts.reading_note)."""
        return [a for a in self.article_facts if a.reading_note]

    @cached_property
    def cluster_labels(self) -> dict[str, str]:
        return {c.cluster_id: c.label for c in self.clusters}

    @cached_property
    def timeline_index(self) -> TimelineIndex:
        """The events encoded once for the timeline (a filter change then aggregates from
        it instead of re-reading 100,000 rows)."""
        from crisis_timeline.charts.timeline import timeline_index

        return timeline_index(self.events, self.cluster_labels)


@contextlib.contextmanager
def _store_errors(path: Path) -> Iterator[None]:
    """Turn what a store that cannot be used raises (the core's CrisisTimelineError, DuckDB's
    and the file system's errors, a missing table or key) into one CrisisTimelineError that
    names the file, says what is wrong and what to do: the page's guard shows it."""
    try:
        yield
    except (CrisisTimelineError, duckdb.Error, OSError, KeyError) as error:
        raise CrisisTimelineError(store_problem(path, error)) from error


def _store_key() -> tuple[str, float]:
    path = settings.db_path()
    with _store_errors(path):
        if not path.exists():
            with work_progress(
                "Reading the seed articles (first start only)", counted_share=1.0
            ) as bar:
                store.build_store([settings.SEEDS_DIR], None, path, progress=bar)
        return str(path), path.stat().st_mtime


# Stores this server process has read: the first read of one shows a progress bar (its
# elements stay outside the cached function, whose element calls would be replayed).
_READ_STORES: set[tuple[str, float]] = set()


# cache_resource, not cache_data: one shared, read-only Dataset per store file. cache_data
# would unpickle a copy of every event and article on each rerun (seconds with 10,000
# articles). Pages never modify it: filtering and sorting make new frames.
@st.cache_resource(show_spinner=False, max_entries=2)
def _load(path: str, mtime: float) -> Dataset:
    info = store.read_info(Path(path))
    data = Dataset(
        events=store.read_events(Path(path)),
        article_facts=store.read_article_facts(Path(path)),
        clusters=store.read_clusters(Path(path)),
        problems=info.problems,
        version=f"{info.fingerprint}",
        path=path,
    )
    # Figures of a store this one replaces hold reference cycles: frozen with it, they could
    # not be freed once evicted. The new store has none cached yet.
    _timeline.clear()
    _filtered.clear()
    _export_basics.clear()
    _timeline_rows.clear()
    _steps.clear()
    _view_figures.clear()
    _freeze_heap()
    return data


def _freeze_heap() -> None:
    """Exempt everything alive now (the dataset just read) from the garbage collector's scans.

    A dataset lives as long as the server and holds millions of tracked objects (10,000
    articles: about 2 million); each full collection walked all of them, about 130 ms that
    landed inside reruns and held the interpreter lock while the rerun's last messages
    waited to be sent. Reference counting still frees frozen objects without cycles (a
    replaced dataset's frames and articles); unfreezing first lets this collection find the
    cycles of what the last freeze kept.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


# frozen objects are not finalised at exit; extension types then report them as leaks
atexit.register(gc.unfreeze)


def dataset() -> Dataset:
    """Everything the pages read, from the store (cached across reruns and sessions)."""
    key = _store_key()
    with _store_errors(Path(key[0])):
        if key in _READ_STORES:
            return _load(*key)
        bar = st.progress(0.0, text="Reading the event store…")
        try:
            data = _load(*key)
            bar.progress(1.0, text="Reading the event store…")
        finally:
            bar.empty()
        _READ_STORES.add(key)
        return data


@st.cache_data(show_spinner="Comparing the outlets (once per store)…", max_entries=4)
def profiles(path_key: tuple[str, float]) -> list[OutletProfile]:
    stored = store.read_outlet_profiles(Path(path_key[0]))
    if stored is not None:  # computed when the store was built
        return stored
    data = _load(*path_key)  # a store from before profiles were stored
    return profiles_of_articles(data.events, data.clusters, data.articles)


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


def _view_key(filters, *, with_event: bool = True) -> str:
    """The filtered view as a cache key (the URL form, sorted). Without the selected event
    for what does not depend on it, so selecting an event does not rebuild those."""
    query = {
        k: v if isinstance(v, list) else [v]
        for k, v in filters.to_query().items()
        if with_event or k != "event"
    }
    return json.dumps(query, sort_keys=True)


# cache_resource, two views: hiding the background events copied 400,000 rows (0.14 s) on
# every rerun, twice when a chart was rebuilt too. Callers get a shallow copy (filtered_events)
# so that a column a page adds never reaches the cached frame.
@st.cache_resource(show_spinner=False, max_entries=2)
def _filtered(path_key: tuple[str, float], key: str) -> pd.DataFrame:
    from crisis_timeline.filters import Filters

    return Filters.from_query(json.loads(key)).apply(_load(*path_key).events)


def filtered_events(filters) -> pd.DataFrame:
    """The events of the filtered view (the selected event does not change them)."""
    return _filtered(_store_key(), _view_key(filters, with_event=False)).copy(deep=False)


def _view(path_key: tuple[str, float], key: str):
    """(dataset, filters, filtered events) of a view key, inside the cached builders."""
    from crisis_timeline.filters import Filters

    filters = Filters.from_query(json.loads(key))
    events = _filtered(path_key, _view_key(filters, with_event=False)).copy(deep=False)
    return _load(*path_key), filters, events


# cache_resource: frozen Step records, read only; cache_data unpickled every story's event
# ids (463,741 at 50,000 articles) on each step
@st.cache_resource(show_spinner=False, max_entries=8)
def _steps(path_key: tuple[str, float], key: str):
    from crisis_timeline.presentation import presentation_steps

    data, _, events = _view(path_key, key)
    return presentation_steps(events, data.cluster_labels)


def presentation_steps_cached(filters) -> list:
    """Presenter steps for the filtered view (cached: stepping must not recompute them)."""
    return _steps(_store_key(), _view_key(filters, with_event=False))


# cache_resource: the same figure object on every hit. cache_data would unpickle a copy of a
# figure of a few thousand markers on each rerun (~0.1 s); pages only read it (plotly_chart
# serialises it without changing it).
@st.cache_resource(show_spinner=False, max_entries=64)
def _timeline(
    path_key: tuple[str, float],
    key: str,
    theme: str,
    lanes: str,
    range_slider: bool,
    max_lanes: int | None,
):
    from crisis_timeline.charts.timeline import timeline_figure

    data, filters, events = _view(path_key, key)
    return timeline_figure(
        events,
        theme=theme,
        lanes=lanes,
        selected_event_id=filters.event_id,
        show_background=filters.background,
        cluster_labels=data.cluster_labels,
        range_slider=range_slider,
        # a narrowed date filter is the view the user asked for; otherwise the crisis window
        view_start=filters.start,
        view_end=filters.end,
        index=data.timeline_index,
        max_lanes=max_lanes,
        legend=False,  # pages draw the key under the chart (ui.page.show_timeline_key)
    )


def timeline_chart(
    filters,
    theme: str,
    *,
    lanes: str = "outlet",
    range_slider: bool = True,
    max_lanes: int | None = None,
):
    """The timeline figure of the filtered view (cached: a rerun with the same view and
    selection does not rebuild it). Without plotly's legend: pages show the key under it
    (ui.page.show_timeline_key)."""
    return _timeline(_store_key(), _view_key(filters), theme, lanes, range_slider, max_lanes)


@dataclass(frozen=True)
class ViewFigures:
    """The overview's figures of a view, from the dataset's TimelineIndex."""

    span: tuple | None  # (first day, last day) of the events in view, None when undated
    shared_stories: int  # stories reported by two or more named outlets
    stories: int  # stories in view
    latest: pd.Index  # row labels of the latest events, latest first


@st.cache_resource(show_spinner=False, max_entries=8)
def _view_figures(path_key: tuple[str, float], key: str, latest: int) -> ViewFigures:
    from crisis_timeline.charts.timeline import indexed

    data, _, events = _view(path_key, key)
    index, positions = indexed(events, data.timeline_index)
    return ViewFigures(
        span=index.span(positions),
        shared_stories=index.clusters_across_outlets(positions),
        stories=index.clusters_in(positions),
        latest=index.labels[index.latest(positions, latest)],
    )


def view_figures(filters, latest: int) -> ViewFigures:
    """ViewFigures of the filtered view (cached per view: a few passes over 460,000 events,
    40 ms of every overview rerun)."""
    return _view_figures(_store_key(), _view_key(filters, with_event=False), latest)


@dataclass(frozen=True)
class ExportBasics:
    """What the export panel shows of a view before any file is asked for."""

    clusters: list[Cluster]  # the stories in view
    places: pd.DataFrame  # coordinates of the places named in view
    geojson_note: str | None  # why a GeoJSON file would hold no place, else None
    article_count: int


# cache_resource (read-only records and tables): the panel is on every rerun of the Timeline
# page, where working these out took 1.6 s at 463,741 events
@st.cache_resource(show_spinner=False, max_entries=8)
def _export_basics(path_key: tuple[str, float], key: str) -> ExportBasics:
    from crisis_timeline.clusters import clusters_in_view
    from crisis_timeline.exports import geojson_note

    data, _, events = _view(path_key, key)
    places = places_for(events)
    return ExportBasics(
        clusters=clusters_in_view(data.clusters, events),
        places=places,
        geojson_note=geojson_note(events, places),
        article_count=int(events["article_id"].nunique()) if not events.empty else 0,
    )


def export_basics(filters) -> ExportBasics:
    """ExportBasics of the filtered view (cached per view)."""
    return _export_basics(_store_key(), _view_key(filters, with_event=False))


@st.cache_resource(show_spinner=False, max_entries=8)  # read-only: st.dataframe copies it
def _timeline_rows(path_key: tuple[str, float], key: str, limit: int) -> pd.DataFrame:
    from crisis_timeline.charts.timeline import timeline_table

    _, _, events = _view(path_key, key)
    return timeline_table(events, limit=limit)


def timeline_rows(filters, limit: int) -> pd.DataFrame:
    """charts.timeline.timeline_table of the filtered view, its first `limit` rows (cached
    per view: 0.4 s a rerun at 463,741 events)."""
    return _timeline_rows(_store_key(), _view_key(filters, with_event=False), limit)


@st.cache_data(show_spinner=False, max_entries=32)
def _coverage(path_key: tuple[str, float], key: str, rows: int, columns: int) -> pd.DataFrame:
    from crisis_timeline.charts.outlets import coverage_matrix, top_of_matrix
    from crisis_timeline.clusters import clusters_in_view

    data, _, events = _view(path_key, key)
    labels = {c.cluster_id: c.label for c in clusters_in_view(data.clusters, events)}
    return top_of_matrix(coverage_matrix(events, labels), rows, columns)


def coverage_for(filters, rows: int, columns: int) -> pd.DataFrame:
    """The coverage matrix of the filtered view, cut to what a chart can show (cached)."""
    return _coverage(_store_key(), _view_key(filters, with_event=False), rows, columns)


@st.cache_data(show_spinner=False, max_entries=32)
def _place_summary(path_key: tuple[str, float], key: str) -> pd.DataFrame:
    from crisis_timeline.geo import place_summary

    _, _, events = _view(path_key, key)
    return place_summary(events, places_for(events))


@st.cache_data(show_spinner=False, max_entries=32)
def _marked_summary(path_key: tuple[str, float], key: str) -> pd.DataFrame:
    from crisis_timeline.geo import mark_selected

    _, filters, events = _view(path_key, key)
    summary = _place_summary(path_key, _view_key(filters, with_event=False))
    return mark_selected(summary, events, places_for(events), filters.event_id)


def map_summary(filters) -> pd.DataFrame:
    """Places of the filtered view with counts and tooltips (cached per view; the selected
    event's places marked per selection, without summarising 460,000 events again)."""
    return _marked_summary(_store_key(), _view_key(filters))


@st.cache_resource(show_spinner=False, max_entries=4)  # read-only: no copy per rerun
def _articles_table(path_key: tuple[str, float]) -> pd.DataFrame:
    data = _load(*path_key)
    counts = data.events["article_id"].value_counts()
    return pd.DataFrame(
        [
            {
                "Source": a.source_label,
                "Language": f"{language_name(a.language)} ({a.language_basis})"
                + (" · read in part" if a.reading_note else ""),
                "Published": f"{a.published:%a %d %b %Y}" if a.published else "unknown",
                "Date basis": a.published_basis,
                "Title": a.title or "—",
                "Length (chars)": a.length,
                "Events": int(counts.get(a.id, 0)),
                "File": a.file_name,
            }
            for a in data.article_facts
        ]
    )


def articles_table() -> pd.DataFrame:
    """One row per stored article, as the overview lists them (cached per store)."""
    return _articles_table(_store_key())


@st.cache_resource(show_spinner=False, max_entries=4)
def _outlets_table(path_key: tuple[str, float]) -> pd.DataFrame:
    data = _load(*path_key)
    return outlet_summary(data.events, data.article_facts)


def outlets_table() -> pd.DataFrame:
    """One row per outlet (articles, events, languages, first and last publication), for
    corpora too large to list article by article on the overview (cached per store)."""
    return _outlets_table(_store_key())


# cache_resource: the Article object itself (read-only), not a pickled copy per rerun
@st.cache_resource(show_spinner=False, max_entries=64)
def _article(path_key: tuple[str, float], article_id: str) -> Article | None:
    data = _load(*path_key)
    if "_articles" in data.__dict__:  # every article is in memory already
        return data.articles_by_id.get(article_id)
    with _store_errors(Path(path_key[0])):
        return store.read_article(Path(path_key[0]), article_id)


def article_by_id(article_id: str) -> Article | None:
    """One stored article whole (text, offsets), read alone: pages that show one article or
    one event's sentence never read all of them (50,000 articles took 3.7 s)."""
    return _article(_store_key(), article_id)


@st.cache_data(show_spinner=False, max_entries=4)
def _filter_choices(path_key: tuple[str, float]) -> dict:
    from crisis_timeline.filters import date_bounds, options

    events = _load(*path_key).events
    # the two date columns only: copying every column of 460,000 rows took 0.15 s
    dates = events[["date", "date_end"]]
    current = dates[~events["background"].astype(bool)] if not events.empty else dates
    return {
        **{
            column: options(events, column) for column in ("outlet", "language", "actors", "places")
        },
        "bounds": date_bounds(events),
        "bounds_without_background": date_bounds(current),
    }


def filter_choices() -> dict:
    """What the sidebar's filters offer (options per column, date bounds with and without
    background), computed once per store rather than on every rerun of every page."""
    return _filter_choices(_store_key())


# cache_data keyed by the store (path, time), the article and the code's version: the
# taggers took 6.7 s on a 316 KB article, on every rerun of the Articles page (each click).
@st.cache_data(
    show_spinner="Marking the article's dates, actors, places and figures…", max_entries=32
)
def _annotations(path_key: tuple[str, float], article_id: str, version: str) -> list:
    from crisis_timeline.reader import annotate_article

    article = _article(path_key, article_id)
    if article is None:  # removed meanwhile: the store changed, and so will its key
        raise CrisisTimelineError(f"the article {article_id} is no longer in the store")
    return annotate_article(article)


def annotations_for(article_id: str) -> list:
    """reader.annotate_article of a stored article, once per article and extractor version
    (crisis_timeline.__version__ and the store's fingerprint, which hashes the code)."""
    key = _store_key()
    return _annotations(key, article_id, f"{__version__}:{_load(*key).version}")


def refresh() -> None:
    """Forget the cached dataset and what was built from it (after an article was added or
    removed, or a correction made), so that every page reads the store again."""
    _load.clear()
    _timeline.clear()
    _filtered.clear()
    _article.clear()
    _export_basics.clear()
    _timeline_rows.clear()
    _steps.clear()
    _view_figures.clear()
    st.cache_data.clear()
