"""Real-press benchmark: the pipeline on real published articles, scored against hand annotations.

    .venv/bin/python -m benchmarks.real_press [--dir DIR] [--errors] [--json]
    .venv/bin/python -m benchmarks.real_press --set benchmarks/real_heldout --dir DIR

--set names the folder of annotations (sources.csv, events.jsonl, publication_dates.csv):
benchmarks/real (the development set, default) or benchmarks/real_heldout (articles the
extractor was never tuned on; its default --dir is benchmarks/local/realpress_heldout).

The articles themselves are not in the repository (they are not ours to publish): the folder
given with --dir holds one sub-folder per language (`en/`, `fr/`, ...) with the article texts
and a `sources.csv` at its top (the columns of benchmarks/real/sources.csv). The repository
keeps only the addresses and metadata (benchmarks/real/sources.csv), the hand annotations
(benchmarks/real/events.jsonl, short anchors into each text) and the expected publication
dates (benchmarks/real/publication_dates.csv); benchmarks/real/README.md says how to rebuild
the folder.

Each language folder is one pipeline run (as a user would run `extract` on it), matched to
the annotations with benchmarks/events.py's matching (a predicted sentence must contain or
half-cover the anchor; greedy one-to-one, date agreement first). Per language it prints
recall, precision, F1, exact dates, dates in the wrong year, event-type accuracy and the
publication dates. It is a benchmark, not a test: it prints figures and exits 2 only when the
folder is missing or malformed (CI does not have the folder).

--given-dates scores the set as if every page stated its publication date: the blank dates of
sources.csv are filled from publication_dates.csv (the annotators' dates) for the run. What
is then missed or misdated is the extraction's, not the undated page's (most blind pages in
Polish, Russian and Lithuanian name only weekdays and stay undated, as designed).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmarks import events as bench

REAL_DIR = Path(__file__).resolve().parent / "real"
REAL_EVENTS = REAL_DIR / "events.jsonl"
REAL_PUBLICATION_DATES = REAL_DIR / "publication_dates.csv"
REAL_SOURCES = REAL_DIR / "sources.csv"
# Where a reader keeps the texts (not committed: .gitignore lists benchmarks/local/).
DEFAULT_DIR = Path(__file__).resolve().parent / "local" / "realpress"
SCORED_LANGUAGES = ("en", "fr")
ANNOTATION_FILES = ("sources.csv", "events.jsonl", "publication_dates.csv")

_COLUMNS = (
    ("articles", "art", "{}"),
    ("gold_events", "gold", "{}"),
    ("predicted", "pred", "{}"),
    ("matched", "hit", "{}"),
    ("false_alarms", "FA", "{}"),
    ("recall", "recall", "{:.3f}"),
    ("precision", "prec", "{:.3f}"),
    ("f1", "F1", "{:.3f}"),
    ("date_exact", "date=", "{:.3f}"),
    ("wrong_year", "wrongY", "{}"),
    ("event_type", "type", "{:.3f}"),
    ("recall_right_date", "R@date", "{:.3f}"),
)


class MissingFolder(Exception):
    """The local folder of real articles is absent or has no language sub-folder."""


def language_folders(root: Path, languages: Sequence[str]) -> dict[str, Path]:
    """language -> its sub-folder of `root`; raises MissingFolder with what to do."""
    if not root.is_dir():
        raise MissingFolder(
            f"{root} does not exist. The real articles are not in the repository: "
            f"rebuild the folder from the addresses in {REAL_DIR / 'sources.csv'} "
            f"(see {REAL_DIR / 'README.md'}), or pass --dir."
        )
    if not (root / "sources.csv").is_file():
        raise MissingFolder(f"{root} has no sources.csv (copy benchmarks/real/sources.csv there).")
    found = {lang: root / lang for lang in languages if (root / lang).is_dir()}
    if not found:
        raise MissingFolder(f"{root} has none of the sub-folders {', '.join(languages)}.")
    return found


def default_dir(annotations: Path) -> Path:
    """Where a reader keeps the texts of an annotation set: realpress for benchmarks/real,
    realpress_<suffix> for benchmarks/real_<suffix>."""
    if annotations.resolve() == REAL_DIR:
        return DEFAULT_DIR
    suffix = annotations.name.removeprefix("real")
    return DEFAULT_DIR.with_name(f"realpress{suffix}")


def article_languages(sources: Path = REAL_SOURCES) -> dict[str, str]:
    """Article id (file name without .txt) -> its language, as sources.csv gives it."""
    with sources.open(encoding="utf-8", newline="") as handle:
        return {Path(row["file"]).stem: row.get("language") or "" for row in csv.DictReader(handle)}


def sources_with_dates(sources: Path, publication: Path, into: Path) -> Path:
    """A copy of `sources` (in the folder `into`) whose blank publication dates are the
    annotated ones of `publication` (publication_dates.csv)."""
    with publication.open(encoding="utf-8", newline="") as handle:
        annotated = {row["article_id"]: row["published"] for row in csv.DictReader(handle)}
    with sources.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        fields, rows = list(reader.fieldnames or ()), list(reader)
    for row in rows:
        if not (row.get("published") or "").strip():
            row["published"] = annotated.get(Path(row["file"]).stem, "")
    filled = into / "sources.csv"
    with filled.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    return filled


def run(
    root: Path, languages: Sequence[str], sources: Path | None = None
) -> tuple[list[bench.Predicted], dict[str, Any]]:
    """Predictions and article infos, one pipeline run per language folder (`sources`: the
    metadata to read instead of the folder's sources.csv)."""
    from crisis_timeline.pipeline import extract_events

    predictions: list[bench.Predicted] = []
    infos: dict[str, bench.ArticleInfo] = {}
    for lang, folder in language_folders(root, languages).items():
        frame, articles, problems = extract_events(
            [folder], sources=sources or root / "sources.csv"
        )
        for problem in problems:
            print(f"load problem: {problem}", file=sys.stderr)
        predictions += bench.predictions_from_frame(frame)
        for article in articles:
            infos[article.id] = bench.ArticleInfo(
                article_id=article.id,
                text=article.original_text,
                language=lang,
                published=bench.as_date(article.published),
                published_basis=getattr(article, "published_basis", None),
            )
    return predictions, infos


def wrong_year(pairs: Sequence[bench.Pair], article_ids: set[str]) -> int:
    """Matched events (required or optional) whose predicted year differs from the gold one."""
    return sum(
        1
        for pair in pairs
        if pair.gold.article_id in article_ids
        and pair.gold.date is not None
        and pair.predicted.date is not None
        and pair.predicted.date.year != pair.gold.date.year
    )


def evaluate(
    predictions: Sequence[bench.Predicted],
    infos: dict[str, bench.ArticleInfo],
    gold: Sequence[bench.GoldEvent],
    expected: dict[str, dict[str, str]],
) -> dict[str, Any]:
    """Every figure, per language and over all, as a JSON-ready dict."""
    texts = {article_id: info.text for article_id, info in infos.items()}
    annotated = {item.article_id for item in gold}
    gold = [item for item in gold if item.article_id in texts]
    matching = bench.match_events(predictions, gold, texts)
    # Only annotated articles are scored (a folder may hold articles not annotated yet).
    members: dict[str, set[str]] = {}
    for article_id, info in infos.items():
        if article_id in annotated:
            members.setdefault(info.language or "?", set()).add(article_id)
    members["all"] = set().union(*members.values()) if members else set()
    sets = {}
    for name, ids in members.items():
        figures = bench.score_set(matching, predictions, gold, ids)
        figures["wrong_year"] = wrong_year(matching.pairs, ids)
        sets[name] = figures
    return {
        "sets": sets,
        "publication": bench.publication_report(infos, expected),
        "errors": bench.error_lists(matching, texts),
        "gold_problems": matching.gold_problems,
        "missing_articles": sorted(annotated - set(texts)),
    }


def format_report(
    report: dict[str, Any], *, errors: bool, annotations: str = "benchmarks/real/events.jsonl"
) -> str:
    """The human-readable report."""
    lines = [f"Real-press benchmark (annotations: {annotations})", ""]
    lines.append(f"{'set':<6}" + "".join(f"{title:>8}" for _key, title, _fmt in _COLUMNS))
    for name in sorted(report["sets"], key=lambda n: (n == "all", n)):
        figures = report["sets"][name]
        cells = [
            f"{'-' if figures[key] is None else fmt.format(figures[key]):>8}"
            for key, _title, fmt in _COLUMNS
        ]
        lines.append(f"{name:<6}" + "".join(cells))
    lines += [
        "",
        "wrongY = matched events (required or optional) dated in another year than the",
        "annotation; other columns as in benchmarks.events.",
    ]
    publication = report["publication"]
    lines.append(
        f"\nPublication dates: {publication['accuracy_all']} correct; to infer "
        f"(blank in sources.csv): {publication['accuracy_inferred']}"
    )
    for row in publication["wrong"]:
        lines.append(
            f"  BAD {row['article_id']}: expected {row['expected']} ({row['expected_basis']}), "
            f"got {row['predicted']} ({row['predicted_basis']})"
        )
    if report["missing_articles"]:
        lines.append(f"\nAnnotated but not in the folder: {', '.join(report['missing_articles'])}")
    if report["gold_problems"]:
        lines += ["", "Anchors not found in the text:"] + report["gold_problems"]
    if errors:
        lines += bench._format_errors(report["errors"])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.real_press", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--set", type=Path, default=REAL_DIR, help="folder of annotations (benchmarks/real)"
    )
    parser.add_argument("--dir", type=Path, help="local folder of articles (see --set)")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--languages", default=",".join(SCORED_LANGUAGES), help="sub-folders to score (en,fr)"
    )
    parser.add_argument(
        "--given-dates",
        action="store_true",
        help="fill the blank publication dates from publication_dates.csv for the run",
    )
    args = parser.parse_args(argv)
    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    annotations: Path = args.set
    needed = [annotations / name for name in ANNOTATION_FILES]
    missing = [str(path) for path in needed if not path.is_file()]
    if missing:
        print(f"error: no annotation file {', '.join(missing)}", file=sys.stderr)
        return 2
    root = args.dir or default_dir(annotations)
    try:
        with tempfile.TemporaryDirectory() as scratch:
            sources = (
                sources_with_dates(
                    root / "sources.csv", annotations / "publication_dates.csv", Path(scratch)
                )
                if args.given_dates and (root / "sources.csv").is_file()
                else None
            )
            predictions, infos = run(root, languages, sources)
    except MissingFolder as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    # Only the annotations of the languages asked for: the others are not "missing".
    language_of = article_languages(annotations / "sources.csv")
    gold = [
        item
        for item in bench.load_gold(annotations / "events.jsonl")
        if language_of.get(item.article_id) in languages
    ]
    expected = bench.load_expected_publication(annotations / "publication_dates.csv")
    report = evaluate(predictions, infos, gold, expected)
    if args.json:
        if not args.errors:
            report = {key: value for key, value in report.items() if key != "errors"}
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        shown = needed[1].resolve()
        if shown.is_relative_to(REAL_DIR.parent.parent):
            shown = shown.relative_to(REAL_DIR.parent.parent)
        print(format_report(report, errors=args.errors, annotations=str(shown)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
