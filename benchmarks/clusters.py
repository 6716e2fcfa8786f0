"""Clustering benchmark: cross-outlet, cross-language clusters against gold happenings, and speed.

Run from the repository root:

    .venv/bin/python -m benchmarks.clusters [--json] [--errors] [--size N] [--no-speed]
        [--speed-only] [--repeats R] [--dense N [--workers W]]

Quality: runs the pipeline on seeds/ and benchmarks/gold/articles/ together (one call, two
folders, so events of both can meet in one cluster), matches predicted events to the gold
events exactly as benchmarks/events.py does, and compares the predicted `cluster_id` of
every matched event with its gold `cluster` slug: purity, inverse purity (completeness),
B-cubed precision/recall/F1, plus how many gold happenings reported by several articles
(and by both languages) end up together. Two named checks from the issue:
- the 15 November Macron–Putin call is one cluster holding seeds 000, 002 and 004;
- the 14 December call (seed 003) is a separate cluster.

Speed: 10,000 synthetic events (the schema's columns; random dates over six months, types,
actors from data/actors.csv, places from data/places.csv, outlets, short sentences in both
languages) timed through `crisis_timeline.clusters.cluster_events`.

Dense corpus (`--dense N`, off by default; add `--no-speed` to skip the synthetic timing):

    .venv/bin/python -m benchmarks.clusters --no-speed --dense 1000

generates N articles with benchmarks/generate_corpus.py (seed 7: many outlets reporting the
same ~26 happenings), runs the pipeline on them (2 workers), times cluster_events on their
events (best of --repeats) and scores the clustering against the generator's own labels: an
event gets the happening of the generated sentence holding its sentence (the event sentence,
or a quote dated by a when phrase); events from no labelled sentence (background, undated
quotes, headlines) are left out. Purity, inverse purity and B-cubed as above, over all
labelled events and over event sentences alone (a dated quote is a commentator's statement
about the happening, which the clusterer may fairly keep apart). A happening may also split
where outlets date it with different precision ("last week"); the figures are reported as
they are. With `--workers W` (W > 1) the dense events are also clustered on W processes
(cluster_events(workers=W), clusters/windows.py): its wall time, this process's and the
workers' CPU, and whether the clusters equal the one-process run's (they must).

Scores are over matched events only: an event the extractor missed cannot be clustered.
It is not a test and never fails on timing; it prints figures.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks.events import (
    ARTICLES_DIR,
    SEEDS_DIR,
    ArticleInfo,
    Pair,
    as_date,
    load_gold,
    match_events,
    predictions_from_frame,
    read_predictions_file,
    source_languages,
)
from benchmarks.synthetic_events import synthetic_events

MACRON_PUTIN_NOVEMBER = "macron-putin-call-2021-11-15"
MACRON_PUTIN_DECEMBER = "macron-putin-call-2021-12-14"
NOVEMBER_CALL_ARTICLES = ("000_655bb99b2924ade9", "002_bde4654bc6621b48", "004_dc42871c880d9ee6")
DECEMBER_CALL_ARTICLE = "003_93153ee81dbacbed"


def run_pipeline_together(
    folders: Sequence[Path],
) -> tuple[list[Any], dict[str, ArticleInfo], Any, list[Any]]:
    """Predictions, articles, frame and clusters from one pipeline call over all folders."""
    from crisis_timeline import pipeline

    clusters: list[Any] = []
    if hasattr(pipeline, "run_pipeline"):
        # run_pipeline also returns the Cluster records (labels, discrepancies).
        extraction = pipeline.run_pipeline(list(folders), None)
        events, articles, problems = extraction.events, extraction.articles, extraction.problems
        clusters = list(getattr(extraction, "clusters", []) or [])
    else:
        events, articles, problems = pipeline.extract_events(list(folders), sources=None)
    for problem in problems:
        print(f"load problem: {problem}", file=sys.stderr)
    if "cluster_id" not in events.columns or events["cluster_id"].isna().all():
        # The pipeline left clustering to the caller: do it here.
        from crisis_timeline.clusters import cluster_events

        events, clusters = cluster_events(events)
    languages = source_languages(folders)
    infos = {
        article.id: ArticleInfo(
            article_id=article.id,
            text=article.original_text,
            language=getattr(article, "language", None) or languages.get(article.id),
            published=as_date(article.published),
            published_basis=getattr(article, "published_basis", None),
        )
        for article in articles
    }
    return predictions_from_frame(events), infos, events, clusters


def cluster_labels(pairs: Sequence[Pair]) -> list[tuple[str, str, Pair]]:
    """(predicted cluster, gold cluster, pair) for matched events with a gold slug.

    An event with no predicted cluster is its own singleton.
    """
    labels = []
    for pair in pairs:
        if not pair.gold.cluster:
            continue
        predicted = pair.predicted.cluster_id or f"singleton:{pair.predicted.event_id}"
        labels.append((predicted, pair.gold.cluster, pair))
    return labels


def per_article_labels(labels: Sequence[tuple[str, str, Pair]]) -> list[tuple[str, str, Pair]]:
    """One mention per (article, gold happening): the first required one, else the first.

    Scores on these measure cross-outlet merging alone, apart from how the clusterer treats
    several mentions of one happening inside one article.
    """
    chosen: dict[tuple[str, str], tuple[str, str, Pair]] = {}
    for label in labels:
        _predicted, gold, pair = label
        key = (pair.gold.article_id, gold)
        current = chosen.get(key)
        rank = (pair.gold.optional, pair.gold.line)
        if current is None or rank < (current[2].gold.optional, current[2].gold.line):
            chosen[key] = label
    return list(chosen.values())


def purity(labels: Sequence[tuple[str, str, Any]]) -> tuple[float | None, float | None]:
    """Purity (each predicted cluster's majority gold share) and inverse purity."""
    if not labels:
        return None, None
    by_predicted: dict[str, Counter[str]] = defaultdict(Counter)
    by_gold: dict[str, Counter[str]] = defaultdict(Counter)
    for predicted, gold, _pair in labels:
        by_predicted[predicted][gold] += 1
        by_gold[gold][predicted] += 1
    total = len(labels)
    forward = sum(max(counts.values()) for counts in by_predicted.values()) / total
    inverse = sum(max(counts.values()) for counts in by_gold.values()) / total
    return round(forward, 3), round(inverse, 3)


def bcubed(labels: Sequence[tuple[str, str, Any]]) -> tuple[float | None, ...]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin) over the labelled items."""
    if not labels:
        return None, None, None
    predicted_size = Counter(predicted for predicted, _gold, _pair in labels)
    gold_size = Counter(gold for _predicted, gold, _pair in labels)
    both = Counter((predicted, gold) for predicted, gold, _pair in labels)
    precision = sum(both[(p, g)] / predicted_size[p] for p, g, _pair in labels) / len(labels)
    recall = sum(both[(p, g)] / gold_size[g] for p, g, _pair in labels) / len(labels)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def multi_article_merges(
    labels: Sequence[tuple[str, str, Pair]], languages: dict[str, str]
) -> dict[str, Any]:
    """Gold happenings reported by several articles: how many end up in one predicted cluster."""
    by_gold: dict[str, list[tuple[str, Pair]]] = defaultdict(list)
    for predicted, gold, pair in labels:
        by_gold[gold].append((predicted, pair))
    multi, merged, cross, cross_merged, split = 0, 0, 0, 0, []
    for gold, members in sorted(by_gold.items()):
        articles = {pair.gold.article_id for _predicted, pair in members}
        if len(articles) < 2:
            continue
        multi += 1
        # "Together": one predicted cluster holds a mention from every reporting article.
        articles_by_cluster: dict[str, set[str]] = defaultdict(set)
        for predicted, pair in members:
            articles_by_cluster[predicted].add(pair.gold.article_id)
        together = any(found == articles for found in articles_by_cluster.values())
        merged += together
        langs = {languages.get(article, "?")[:2] for article in articles}
        if {"en", "fr"} <= langs:
            cross += 1
            # Cross-language: some predicted cluster holds both languages.
            cross_merged += any(
                {"en", "fr"} <= {languages.get(a, "?")[:2] for a in found}
                for found in articles_by_cluster.values()
            )
        if not together:
            split.append(
                {
                    "cluster": gold,
                    "articles": sorted(articles),
                    "predicted_clusters": {
                        predicted: sorted(found) for predicted, found in articles_by_cluster.items()
                    },
                }
            )
    return {
        "gold_happenings_in_several_articles": multi,
        "fully_merged": merged,
        "cross_language_happenings": cross,
        "cross_language_merged": cross_merged,
        "split": split,
    }


def impure_clusters(labels: Sequence[tuple[str, str, Pair]]) -> list[dict[str, Any]]:
    """Predicted clusters that mix gold happenings, with what they mix."""
    by_predicted: dict[str, list[Pair]] = defaultdict(list)
    for predicted, _gold, pair in labels:
        by_predicted[predicted].append(pair)
    found = []
    for predicted, pairs in sorted(by_predicted.items()):
        golds = Counter(pair.gold.cluster for pair in pairs)
        if len(golds) > 1:
            found.append(
                {
                    "predicted_cluster": predicted,
                    "gold_clusters": dict(golds),
                    "articles": sorted({pair.gold.article_id for pair in pairs}),
                }
            )
    return found


def named_checks(frame: Any, labels: Sequence[tuple[str, str, Pair]]) -> dict[str, Any]:
    """The issue's two checks on the seeds' Macron–Putin calls."""
    november: dict[str, set[str]] = defaultdict(set)  # predicted cluster -> articles
    for predicted, gold, pair in labels:
        if gold == MACRON_PUTIN_NOVEMBER and pair.gold.article_id in NOVEMBER_CALL_ARTICLES:
            november[predicted].add(pair.gold.article_id)
    found = set().union(*november.values()) if november else set()
    one_cluster = any(articles >= set(NOVEMBER_CALL_ARTICLES) for articles in november.values())

    december_clusters = {
        predicted
        for predicted, gold, pair in labels
        if gold == MACRON_PUTIN_DECEMBER and pair.gold.article_id == DECEMBER_CALL_ARTICLE
    }
    intruders: list[str] = []
    if frame is not None and december_clusters and "cluster_id" in getattr(frame, "columns", ()):
        rows = frame[frame["cluster_id"].isin(list(december_clusters))]
        intruders = sorted(
            {str(article) for article in rows["article_id"] if article != DECEMBER_CALL_ARTICLE}
        )
    november_gold_inside = sorted(
        {
            pair.gold.article_id
            for predicted, gold, pair in labels
            if predicted in december_clusters and gold == MACRON_PUTIN_NOVEMBER
        }
    )
    return {
        "november_call_one_cluster": {
            "pass": one_cluster,
            "articles_matched": sorted(found),
            "predicted_clusters": {key: sorted(value) for key, value in november.items()},
            "missing_articles": sorted(set(NOVEMBER_CALL_ARTICLES) - found),
        },
        "december_call_separate": {
            "pass": bool(december_clusters) and not intruders and not november_gold_inside,
            "predicted_clusters": sorted(december_clusters),
            "other_articles_in_cluster": intruders,
            "matched": bool(december_clusters),
        },
    }


def scores(labels: Sequence[tuple[str, str, Any]]) -> dict[str, float]:
    """Purity, inverse purity and B-cubed precision, recall and F1 of (predicted, gold, _)
    labels."""
    forward, inverse = purity(labels)
    b_precision, b_recall, b_f1 = bcubed(labels)
    return {
        "purity": forward,
        "inverse_purity": inverse,
        "bcubed_precision": b_precision,
        "bcubed_recall": b_recall,
        "bcubed_f1": b_f1,
    }


def quality_report(
    predictions: Sequence[Any],
    infos: dict[str, ArticleInfo],
    frame: Any,
    clusters: Sequence[Any] = (),
) -> dict[str, Any]:
    """Every cluster-quality figure, as a JSON-ready dict."""
    texts = {article_id: info.text for article_id, info in infos.items()}
    matching = match_events(predictions, load_gold(), texts)
    labels = cluster_labels(matching.pairs)
    languages = {article_id: info.language or "" for article_id, info in infos.items()}
    report = {
        "matched_events": len(labels),
        "predicted_clusters": len({predicted for predicted, _g, _p in labels}),
        "gold_clusters": len({gold for _p, gold, _pair in labels}),
        **scores(labels),
        "merges": multi_article_merges(labels, languages),
        "checks": named_checks(frame, labels),
        "impure": impure_clusters(labels),
    }
    representatives = per_article_labels(labels)
    report["per_article"] = {
        "items": len(representatives),
        **scores(representatives),
        "merges": multi_article_merges(representatives, languages),
    }
    report["november_call_discrepancies"] = _november_discrepancies(
        report["checks"]["november_call_one_cluster"]["predicted_clusters"], clusters
    )
    return report


def _november_discrepancies(predicted: dict[str, list[str]], clusters: Sequence[Any]) -> list[Any]:
    """The discrepancies the clusterer reports for the 15 November call, when it reports any."""
    wanted = {key for key, articles in predicted.items() if len(articles) > 1}
    found = []
    for cluster in clusters:
        if getattr(cluster, "cluster_id", None) in wanted:
            for discrepancy in getattr(cluster, "discrepancies", ()):
                to_json = getattr(discrepancy, "to_json", None)
                found.append(to_json() if to_json else str(discrepancy))
    return found


# --------------------------------------------------------------------------------------
# Speed (the synthetic table is built in benchmarks/synthetic_events.py)
# --------------------------------------------------------------------------------------


def _load_average() -> float | None:
    try:
        import os

        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return None


def speed_report(size: int, repeats: int = 1) -> dict[str, Any]:
    """Seconds taken by cluster_events on `size` synthetic events (best of `repeats`)."""
    from crisis_timeline.clusters import cluster_events

    frame, happenings = synthetic_events(size)
    timings, cpu_timings = [], []
    clusters_found = 0
    for _ in range(max(1, repeats)):
        started, cpu_started = time.perf_counter(), time.process_time()
        _events, clusters = cluster_events(frame.copy())
        timings.append(time.perf_counter() - started)
        # CPU time is less distorted than wall time when other processes share the cores.
        cpu_timings.append(time.process_time() - cpu_started)
        clusters_found = len(clusters)
    return {
        "events": size,
        "seconds": round(min(timings), 3),
        "all_seconds": [round(t, 3) for t in timings],
        "cpu_seconds": round(min(cpu_timings), 3),
        "load_average": _load_average(),
        "clusters": clusters_found,
        "synthetic_happenings": happenings,
    }


# --------------------------------------------------------------------------------------
# Dense corpus: generated articles whose generator records the happening of each sentence
# --------------------------------------------------------------------------------------

DENSE_SEED = 7


def _squeeze(text: str) -> str:
    return " ".join(str(text).split())


def dense_labels(
    events: Any, gold: dict[str, Sequence[Any]], column: str = "cluster_id"
) -> list[tuple[str, str, str]]:
    """(predicted cluster, gold happening, kind) for events extracted from a labelled sentence.

    `gold` maps an article id (its file name without extension) to the generator's
    GoldSentence records (happening, kind, start, end, text). An event is labelled with the
    happening of the gold sentence of its article whose text contains the event's sentence
    (whitespace aside); when several do (a sentence split off a repeated quote), the one
    whose span holds the event's start offset decides, and an event still ambiguous, or
    from no labelled sentence (background, undated quotes, headlines), is left out. An
    event with no cluster is its own singleton.
    """
    labels: list[tuple[str, str, str]] = []
    for row in events[["event_id", "article_id", "sentence", "start", column]].itertuples(
        index=False
    ):
        event_id, article_id, sentence, start, cluster = row
        sentence = _squeeze(sentence)
        if not sentence:
            continue
        found = [g for g in gold.get(str(article_id), ()) if sentence in _squeeze(g.text)]
        if len({g.happening for g in found}) > 1:
            found = [g for g in found if start is not None and g.start <= start < g.end]
        if not found or len({g.happening for g in found}) > 1:
            continue
        predicted = cluster if isinstance(cluster, str) and cluster else f"singleton:{event_id}"
        labels.append((predicted, found[0].happening, found[0].kind))
    return labels


def dense_scores(labels: Sequence[tuple[str, str, str]]) -> dict[str, Any]:
    """Purity, inverse purity and B-cubed P/R/F1 of dense_labels() output."""
    return {
        "events_scored": len(labels),
        "predicted_clusters": len({predicted for predicted, _g, _k in labels}),
        "gold_happenings": len({gold for _p, gold, _k in labels}),
        **scores(labels),
    }


def dense_corpus(articles: int, seed: int = DENSE_SEED, workers: int = 2) -> tuple[Any, dict]:
    """Unclustered events of `articles` generated articles, and the generator's gold sentences."""
    import tempfile

    from benchmarks.generate_corpus import write_corpus
    from crisis_timeline.pipeline import run_pipeline

    with tempfile.TemporaryDirectory(prefix="dense-corpus-") as folder:
        corpus = Path(folder)
        generated = write_corpus(corpus, articles, seed=seed)
        extraction = run_pipeline([corpus], corpus / "sources.csv", workers=workers)
    for problem in extraction.problems:
        print(f"load problem: {problem}", file=sys.stderr)
    events = extraction.events.drop(columns=["cluster_id"], errors="ignore")
    gold = {Path(article.file).stem: article.gold for article in generated}
    return events, gold


def dense_report(events: Any, gold: dict[str, Sequence[Any]], repeats: int = 3) -> dict[str, Any]:
    """cluster_events timed on the events (best of `repeats`) and scored against `gold`."""
    from crisis_timeline.clusters import cluster_events

    timings, cpu_timings = [], []
    clustered = events
    for _ in range(max(1, repeats)):
        started, cpu_started = time.perf_counter(), time.process_time()
        clustered, _clusters = cluster_events(events.copy())
        timings.append(time.perf_counter() - started)
        cpu_timings.append(time.process_time() - cpu_started)
    labels = dense_labels(clustered, gold)
    report = {
        "events": len(events),
        "clusters": int(clustered["cluster_id"].nunique()),
        "seconds": round(min(timings), 3),
        "all_seconds": [round(t, 3) for t in timings],
        "cpu_seconds": round(min(cpu_timings), 3),
        "load_average": _load_average(),
        **dense_scores(labels),
    }
    # Event sentences alone: a dated quote is a commentator's statement about the happening,
    # which a reader may or may not want in the happening's cluster.
    report["event_sentences_only"] = dense_scores(
        [label for label in labels if label[2] == "event"]
    )
    return report


def windowed_report(events: Any, workers: int, repeats: int = 3) -> dict[str, Any]:
    """cluster_events(workers=W) against one process on the same events: best wall time of
    each, CPU of this process and of the workers (children), and whether they agree."""
    import os

    from crisis_timeline.clusters import WINDOWED_MIN_EVENTS, cluster_events

    runs: dict[int, list[tuple[float, float, float]]] = {1: [], workers: []}
    results: dict[int, Any] = {}
    for _ in range(max(1, repeats)):
        for count in runs:  # alternated, so a busy spell on the machine hits both
            started, cpu_started, children = time.perf_counter(), time.process_time(), os.times()
            results[count] = cluster_events(events.copy(), workers=count)
            after = os.times()
            child_cpu = after.children_user + after.children_system
            child_cpu -= children.children_user + children.children_system
            runs[count].append(
                (time.perf_counter() - started, time.process_time() - cpu_started, child_cpu)
            )
    (one, one_clusters), (many, many_clusters) = results[1], results[workers]
    best = {count: min(timed) for count, timed in runs.items()}
    return {
        "workers": workers,
        "windowed": len(events) >= WINDOWED_MIN_EVENTS,  # else both ran in one process
        "identical": one["cluster_id"].equals(many["cluster_id"]) and one_clusters == many_clusters,
        "seconds": {str(c): round(b[0], 3) for c, b in best.items()},
        "cpu_seconds": {str(c): round(b[1], 3) for c, b in best.items()},
        "worker_cpu_seconds": round(best[workers][2], 3),
        "load_average": _load_average(),
    }


# --------------------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------------------


def _quality_lines(quality: dict[str, Any], errors: bool) -> list[str]:
    """The hand-gold part of the report."""
    lines: list[str] = []
    merges = quality["merges"]
    lines += [
        "Cluster benchmark (seeds + benchmarks/gold/articles, gold slugs of events.jsonl)",
        "",
        f"matched events            {quality['matched_events']}",
        f"predicted / gold clusters {quality['predicted_clusters']} / {quality['gold_clusters']}",
        f"purity                    {quality['purity']}",
        f"inverse purity            {quality['inverse_purity']}",
        f"B-cubed P / R / F1        {quality['bcubed_precision']} / "
        f"{quality['bcubed_recall']} / {quality['bcubed_f1']}",
        f"happenings in >1 article  {merges['fully_merged']} of "
        f"{merges['gold_happenings_in_several_articles']} fully merged",
        f"cross-language happenings {merges['cross_language_merged']} of "
        f"{merges['cross_language_happenings']} have a cluster holding both languages",
        "",
    ]
    per_article = quality["per_article"]
    merges = per_article["merges"]
    lines += [
        "One mention per article and happening (cross-outlet merging alone):",
        f"  items {per_article['items']}; purity {per_article['purity']}; "
        f"inverse purity {per_article['inverse_purity']}; B-cubed P / R / F1 "
        f"{per_article['bcubed_precision']} / {per_article['bcubed_recall']} / "
        f"{per_article['bcubed_f1']}",
        f"  happenings in >1 article: {merges['fully_merged']} of "
        f"{merges['gold_happenings_in_several_articles']} fully merged; cross-language: "
        f"{merges['cross_language_merged']} of {merges['cross_language_happenings']}",
        "",
    ]
    checks = quality["checks"]
    november = checks["november_call_one_cluster"]
    december = checks["december_call_separate"]
    lines.append(
        f"[{'PASS' if november['pass'] else 'FAIL'}] 15 Nov Macron–Putin call is one cluster "
        f"with 000, 002, 004 (matched: {', '.join(a[:3] for a in november['articles_matched']) or 'none'}; "
        f"clusters: {november['predicted_clusters']})"
    )
    lines.append(
        f"[{'PASS' if december['pass'] else 'FAIL'}] 14 Dec call (003) is a separate cluster "
        f"(clusters: {december['predicted_clusters']}; "
        f"other articles inside: {december['other_articles_in_cluster']})"
    )
    if quality["november_call_discrepancies"]:
        lines.append("  discrepancies shown for the 15 Nov call:")
        for discrepancy in quality["november_call_discrepancies"]:
            lines.append(f"    {json.dumps(discrepancy, ensure_ascii=False)}")
    if errors:
        lines += ["", "Gold happenings split across predicted clusters:"]
        for item in merges["split"]:
            lines.append(f"  {item['cluster']}: {item['predicted_clusters']}")
        lines += ["", "Predicted clusters mixing gold happenings:"]
        for item in quality["impure"]:
            lines.append(f"  {item['predicted_cluster']}: {item['gold_clusters']}")
    return lines


def _dense_lines(dense: dict[str, Any]) -> list[str]:
    """The generated-corpus part of the report."""
    lines: list[str] = []
    only = dense["event_sentences_only"]
    lines += [
        "",
        f"Dense corpus ({dense['articles']} generated articles, seed {dense['seed']}): "
        f"cluster_events on {dense['events']} events: {dense['seconds']} s wall, "
        f"{dense['cpu_seconds']} s CPU, load average {dense['load_average']} "
        f"(runs: {dense['all_seconds']}; {dense['clusters']} clusters)",
        f"  events scored {dense['events_scored']} ({dense['gold_happenings']} happenings, "
        f"{dense['predicted_clusters']} predicted clusters); purity {dense['purity']}; "
        f"inverse purity {dense['inverse_purity']}; B-cubed P / R / F1 "
        f"{dense['bcubed_precision']} / {dense['bcubed_recall']} / {dense['bcubed_f1']}",
        f"  event sentences only ({only['events_scored']}): purity {only['purity']}; "
        f"inverse purity {only['inverse_purity']}; B-cubed P / R / F1 "
        f"{only['bcubed_precision']} / {only['bcubed_recall']} / {only['bcubed_f1']}",
    ]
    windowed = dense.get("windowed")
    if windowed:
        w = str(windowed["workers"])
        lines.append(
            f"  on {w} processes"
            f"{'' if windowed['windowed'] else ' (too few events: run in one process)'}: "
            f"{windowed['seconds'][w]} s wall (one process "
            f"{windowed['seconds']['1']} s); CPU {windowed['cpu_seconds'][w]} s here + "
            f"{windowed['worker_cpu_seconds']} s in workers (one process "
            f"{windowed['cpu_seconds']['1']} s); same clusters: {windowed['identical']}; "
            f"load average {windowed['load_average']}"
        )
    return lines


def _speed_lines(speed: dict[str, Any]) -> list[str]:
    """The synthetic-speed part of the report."""
    lines: list[str] = []
    lines += [
        "",
        f"Speed: cluster_events on {speed['events']} synthetic events: {speed['seconds']} s "
        f"wall, {speed['cpu_seconds']} s CPU, load average {speed['load_average']} "
        f"(runs: {speed['all_seconds']}; {speed['clusters']} clusters for "
        f"{speed['synthetic_happenings']} synthetic happenings)",
    ]
    return lines


def format_report(report: dict[str, Any], *, errors: bool) -> str:
    """The human-readable report."""
    lines = []
    if report.get("quality"):
        lines += _quality_lines(report["quality"], errors)
    if report.get("dense"):
        lines += _dense_lines(report["dense"])
    if report.get("speed"):
        lines += _speed_lines(report["speed"])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.clusters", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--errors", action="store_true", help="list split and impure clusters")
    parser.add_argument("--size", type=int, default=10_000, help="synthetic events to time")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs (best is reported)")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed benchmark")
    parser.add_argument("--speed-only", action="store_true", help="only the speed benchmark")
    parser.add_argument(
        "--dense",
        type=int,
        metavar="N",
        help="also generate N articles (seed 7), run the pipeline, time cluster_events on their"
        " events and score it against the generator's happening labels",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="W",
        help="with --dense: also cluster on W processes and compare (time, same clusters)",
    )
    parser.add_argument(
        "--predictions",
        type=Path,
        help="score JSON lines of `python -m crisis_timeline extract seeds benchmarks/gold/articles`"
        " (with cluster_id) instead of running the pipeline",
    )
    args = parser.parse_args(argv)

    folders = [SEEDS_DIR, ARTICLES_DIR]
    report: dict[str, Any] = {}
    if not args.speed_only:
        if args.predictions:
            import pandas as pd

            predictions, infos = read_predictions_file(args.predictions, folders)
            frame = pd.DataFrame(
                [
                    {"article_id": p.article_id, "cluster_id": p.cluster_id, "event_id": p.event_id}
                    for p in predictions
                ]
            )
            clusters: list[Any] = []
        else:
            predictions, infos, frame, clusters = run_pipeline_together(folders)
        report["quality"] = quality_report(predictions, infos, frame, clusters)
    if not args.no_speed:
        report["speed"] = speed_report(args.size, args.repeats)
    if args.dense:
        events, gold = dense_corpus(args.dense)
        report["dense"] = {
            "articles": args.dense,
            "seed": DENSE_SEED,
            **dense_report(events, gold, args.repeats),
        }
        if args.workers > 1:
            report["dense"]["windowed"] = windowed_report(events, args.workers, args.repeats)
    if args.json:
        if report.get("quality") and not args.errors:
            report["quality"] = {
                key: value for key, value in report["quality"].items() if key not in {"impure"}
            }
        print(json.dumps(report, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_report(report, errors=args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
