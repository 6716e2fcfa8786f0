"""Speed of the extraction pipeline and the event store on a generated corpus.

    .venv/bin/python -m benchmarks.speed [--articles 1000] [--workers 1] [--corpus DIR] [--json]

Generates a corpus with benchmarks/generate_corpus.py into a temporary folder (or reads
--corpus DIR, which must hold a sources.csv), then times, in this process:

  (a) load + clean      `articles.load_articles` (decode, furniture, language, metadata)
  (b) pipeline          `pipeline.run_pipeline` end to end on --workers processes: articles/s,
                        ms per 5,000 characters of original text, events/s; then clustering
                        alone (`clusters.cluster_events` on the resulting event table)
  (c) store             `store.build_store` (force) into a temporary DuckDB file on 1 and on 2
                        processes, and the reads the app does on first paint (`read_events`,
                        `read_articles`, `read_clusters`)

  (d) baseline          dateparser's `search_dates` alone on the cleaned texts of the first
                        --baseline articles (the same texts, each with its language and
                        publication date), extrapolated per article, and how many times
                        faster the whole pipeline (b) is

Reference data and lexicons are loaded once before timing (the "warm-up" row says how long
that takes), because a long-lived process pays it once. Worker processes of (c) pay it again,
which is part of what --workers 2 costs. It is a benchmark, not a test: it prints figures and
never fails on them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_corpus import write_corpus  # noqa: E402
from crisis_timeline import settings  # noqa: E402

T = TypeVar("T")


def _timed(function: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


class NoArticles(Exception):
    """The corpus folder holds no article the loader can read."""


def corpus_folders(corpus: Path) -> list[Path]:
    """The folders holding a corpus' articles: its subfolders (one per language, as
    benchmarks/local/realpress is laid out, beside the one sources.csv at its top), and the
    folder itself when articles lie there too or it has no subfolder."""
    subfolders = sorted(path for path in corpus.iterdir() if path.is_dir())
    articles_here = any(
        path.suffix.lower() in settings.ARTICLE_EXTENSIONS
        for path in corpus.iterdir()
        if path.is_file()
    )
    return [corpus, *subfolders] if articles_here or not subfolders else subfolders


def _search_dates_seconds(articles: list) -> tuple[float, float]:
    """Wall and CPU seconds dateparser's search_dates takes over the articles' cleaned texts."""
    from datetime import date, datetime

    from dateparser.search import search_dates

    # dateparser loads a language's data on its first call: once per language, untimed,
    # as the pipeline's warm-up does for its tables
    for language in sorted({article.language for article in articles}):
        search_dates("warm-up on 3 November 2021", languages=[language])
    started, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        base = datetime.combine(article.published or date(2021, 11, 15), datetime.min.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        search_dates(article.cleaned_text, languages=[article.language], settings=settings)
    return time.perf_counter() - started, time.process_time() - cpu


def _warm_up(articles: list) -> None:
    """Gazetteer, lexicons and compiled patterns, once per process: one article of each
    language through every stage, since each language's tables and the clustering's
    geography load on first use."""
    from crisis_timeline.clusters import cluster_events
    from crisis_timeline.pipeline import events_for_articles
    from crisis_timeline.publication import resolve_publication_dates

    first_of_language = {a.language: a for a in reversed(articles)}
    dated = resolve_publication_dates(list(first_of_language.values()))
    cluster_events(events_for_articles(dated))


def measure(
    corpus: Path, workers: int = 1, *, store_runs: bool = True, baseline: int = 100
) -> dict[str, Any]:
    """Every figure for the corpus in `corpus` (articles + sources.csv)."""
    from crisis_timeline.articles import load_articles
    from crisis_timeline.clusters import cluster_events
    from crisis_timeline.pipeline import run_pipeline

    sources = corpus / "sources.csv"
    figures: dict[str, Any] = {"corpus": str(corpus), "workers": workers, "machine": machine()}

    folders = corpus_folders(corpus)
    (articles, problems), load_seconds = _timed(lambda: load_articles(folders, sources))
    if not articles:
        raise NoArticles(f"no article could be read in {corpus} ({len(problems)} problem(s))")
    characters = sum(len(a.original_text) for a in articles)
    figures["articles"] = len(articles)
    figures["characters"] = characters
    figures["load_problems"] = len(problems)
    figures["load_clean_seconds"] = load_seconds
    figures["load_clean_articles_per_second"] = len(articles) / load_seconds

    _, figures["warmup_seconds"] = _timed(lambda: _warm_up(articles))

    cpu = time.process_time()
    extraction, pipeline_seconds = _timed(lambda: run_pipeline(folders, sources, workers=workers))
    figures["pipeline_cpu_seconds"] = time.process_time() - cpu  # this process only
    events = len(extraction.events)
    figures["events"] = events
    figures["clusters"] = len(extraction.clusters)
    figures["pipeline_seconds"] = pipeline_seconds
    figures["pipeline_articles_per_second"] = len(articles) / pipeline_seconds
    figures["pipeline_ms_per_5000_chars"] = 1000 * pipeline_seconds / (characters / 5000)
    figures["pipeline_events_per_second"] = events / pipeline_seconds

    unclustered = extraction.events.drop(columns=["cluster_id"])
    _, cluster_seconds = _timed(lambda: cluster_events(unclustered))
    figures["clustering_seconds"] = cluster_seconds
    figures["clustering_share_of_pipeline"] = cluster_seconds / pipeline_seconds

    if baseline:
        sample = articles[:baseline]
        seconds, cpu_seconds = _search_dates_seconds(sample)
        figures["search_dates_articles"] = len(sample)
        figures["search_dates_articles_per_second"] = len(sample) / seconds
        figures["pipeline_vs_search_dates"] = (
            figures["pipeline_articles_per_second"] / figures["search_dates_articles_per_second"]
        )
        if workers == 1:  # CPU seconds: steadier than wall time on a shared machine
            pipeline_rate = len(articles) / figures["pipeline_cpu_seconds"]
            figures["pipeline_vs_search_dates_cpu"] = pipeline_rate / (len(sample) / cpu_seconds)

    if store_runs:
        from crisis_timeline import store

        with tempfile.TemporaryDirectory(prefix="ct-speed-store-") as folder:
            for processes in (1, 2):
                path = Path(folder) / f"events-{processes}.duckdb"
                info, seconds = _timed(
                    lambda p=path, n=processes: store.build_store(
                        folders, sources, p, workers=n, force=True
                    )
                )
                figures[f"store_build_seconds_workers_{processes}"] = seconds
                figures[f"store_build_articles_per_second_workers_{processes}"] = (
                    info.articles / seconds
                )
            figures["store_bytes"] = path.stat().st_size
            for reader in ("read_events", "read_articles", "read_clusters"):
                _, seconds = _timed(lambda r=reader: getattr(store, r)(path))
                figures[f"store_{reader}_seconds"] = seconds
    return figures


ROWS: tuple[tuple[str, str, str], ...] = (
    # (label, key, format)
    ("articles", "articles", "{:,}"),
    ("characters", "characters", "{:,}"),
    ("events", "events", "{:,}"),
    ("clusters", "clusters", "{:,}"),
    ("(a) load + clean, s", "load_clean_seconds", "{:.2f}"),
    ("(a) load + clean, articles/s", "load_clean_articles_per_second", "{:,.0f}"),
    ("warm-up (reference data), s", "warmup_seconds", "{:.2f}"),
    ("(b) pipeline, s", "pipeline_seconds", "{:.2f}"),
    ("(b) pipeline, articles/s", "pipeline_articles_per_second", "{:,.1f}"),
    ("(b) pipeline, ms per 5,000 chars", "pipeline_ms_per_5000_chars", "{:.1f}"),
    ("(b) pipeline, events/s", "pipeline_events_per_second", "{:,.0f}"),
    ("(b) clustering alone, s", "clustering_seconds", "{:.2f}"),
    ("(b) clustering share of pipeline", "clustering_share_of_pipeline", "{:.0%}"),
    ("(d) search_dates alone, articles", "search_dates_articles", "{:,}"),
    ("(d) search_dates alone, articles/s", "search_dates_articles_per_second", "{:,.1f}"),
    ("(d) pipeline / search_dates speed", "pipeline_vs_search_dates", "{:.1f}x"),
    ("(d) same, in CPU seconds", "pipeline_vs_search_dates_cpu", "{:.1f}x"),
    ("(b) pipeline, CPU s (this process)", "pipeline_cpu_seconds", "{:.2f}"),
    ("(c) build_store, 1 process, s", "store_build_seconds_workers_1", "{:.2f}"),
    (
        "(c) build_store, 1 process, articles/s",
        "store_build_articles_per_second_workers_1",
        "{:,.1f}",
    ),
    ("(c) build_store, 2 processes, s", "store_build_seconds_workers_2", "{:.2f}"),
    (
        "(c) build_store, 2 processes, articles/s",
        "store_build_articles_per_second_workers_2",
        "{:,.1f}",
    ),
    ("(c) store file, MB", "store_bytes", "{:.1f}"),
    ("(c) read_events, s", "store_read_events_seconds", "{:.3f}"),
    ("(c) read_articles, s", "store_read_articles_seconds", "{:.3f}"),
    ("(c) read_clusters, s", "store_read_clusters_seconds", "{:.3f}"),
)


def table(figures: dict[str, Any]) -> str:
    lines = [f"{'measure':<44} value", f"{'-' * 44} {'-' * 12}"]
    for label, key, template in ROWS:
        if key not in figures:
            continue
        value = figures[key] / 1e6 if key == "store_bytes" else figures[key]
        lines.append(f"{label:<44} {template.format(value)}")
    m = figures["machine"]
    lines.append(f"machine: {m['cpu']}, {m['cores']} cores, Python {m['python']}, {m['system']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="corpus size to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="processes for (b)")
    parser.add_argument("--corpus", type=Path, help="use this corpus folder instead of generating")
    parser.add_argument("--no-store", action="store_true", help="skip (c)")
    parser.add_argument("--baseline", type=int, default=100, help="articles for (d); 0 skips it")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="ct-speed-corpus-") as folder:
        corpus = args.corpus
        if corpus is None:
            corpus = Path(folder)
            write_corpus(corpus, args.articles, args.seed)
        if not (corpus / "sources.csv").is_file():
            print(f"error: {corpus} has no sources.csv", file=sys.stderr)
            return 2
        try:
            figures = measure(
                corpus, args.workers, store_runs=not args.no_store, baseline=args.baseline
            )
        except NoArticles as problem:
            print(f"error: {problem}", file=sys.stderr)
            return 2
    figures["command"] = "python -m benchmarks.speed " + " ".join(
        sys.argv[1:] if argv is None else argv
    )
    print(json.dumps(figures, indent=2) if args.json else table(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
