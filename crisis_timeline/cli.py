"""`python -m crisis_timeline ...`: the command-line contract of DESIGN.md.

extract, tag, tag --batch, clusters, build, events (and export). Expected bad input prints one
line on stderr and exits non-zero; an unreadable article is reported and skipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from datetime import date
from pathlib import Path

from crisis_timeline import __version__, settings
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.exports import add_export_parser
from crisis_timeline.serialize import event_records, to_json_line


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from error


def _report_problems(problems) -> None:
    for problem in problems:
        print(f"skipped {problem.path}: {problem.message}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from crisis_timeline.pipeline import run_pipeline

    extraction = run_pipeline(args.paths or [settings.SEEDS_DIR], args.sources)
    _report_problems(extraction.problems)
    records = list(event_records(extraction.events))
    if args.format == "csv":
        writer = csv.DictWriter(
            sys.stdout, fieldnames=list(records[0]) if records else ["event_id"]
        )
        writer.writeheader()
        for record in records:
            writer.writerow(
                {
                    k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                    for k, v in record.items()
                }
            )
    else:
        for record in records:
            print(to_json_line(record))
    return 0


def cmd_tag(args: argparse.Namespace) -> int:
    from crisis_timeline.temporal import tag, tag_batch

    if args.batch:
        records = (json.loads(line) for line in sys.stdin if line.strip())
        for result in tag_batch(records):
            print(json.dumps(result, ensure_ascii=False))
        return 0
    if args.dct is None:
        raise CrisisTimelineError("tag needs --dct YYYY-MM-DD (or --batch)")
    text = sys.stdin.read()
    for expression in tag(text, args.dct, args.lang):
        print(json.dumps(expression.to_json(), ensure_ascii=False))
    return 0


def cmd_clusters(args: argparse.Namespace) -> int:
    from crisis_timeline.pipeline import run_pipeline

    extraction = run_pipeline(args.paths or [settings.SEEDS_DIR], args.sources)
    _report_problems(extraction.problems)
    print(json.dumps([c.to_json() for c in extraction.clusters], ensure_ascii=False, indent=2))
    return 0


def cmd_build(args: argparse.Namespace) -> int:
    from crisis_timeline.store import build_store

    if args.scheduler:
        raise CrisisTimelineError(
            "--scheduler needs a Dask cluster, which this installation does not include; "
            "use --workers N for local processes"
        )
    info = build_store(
        args.paths or [settings.SEEDS_DIR], args.sources, args.db, workers=args.workers
    )
    for problem in info.problems:
        print(f"skipped {problem}", file=sys.stderr)
    state = "built" if info.rebuilt else "up to date"
    print(
        f"{info.path}: {state} ({info.articles} articles, {info.events} events, {info.clusters} clusters)"
    )
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from crisis_timeline.store import read_events

    path = args.db or settings.db_path()
    if not path.exists():
        raise CrisisTimelineError(
            f"no store at {path}: run `python -m crisis_timeline build` first"
        )
    for record in event_records(read_events(path)):
        print(to_json_line(record))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crisis_timeline",
        description="Dated events from news articles about the 2021 Belarus–EU border crisis.",
    )
    parser.add_argument("--version", action="version", version=f"crisis_timeline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="print one JSON object (or CSV row) per event")
    extract.add_argument(
        "paths", nargs="*", type=Path, help="article files or folders (default: seeds/)"
    )
    extract.add_argument(
        "--sources",
        type=Path,
        help="sources.csv with article metadata (default: the one beside the files)",
    )
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.set_defaults(handler=cmd_extract)

    tag = sub.add_parser("tag", help="temporal expressions of stdin text, one JSON object each")
    tag.add_argument("--dct", type=_iso_date, help="publication date the text is anchored to")
    tag.add_argument("--lang", choices=("en", "fr", "auto"), default="auto")
    tag.add_argument(
        "--batch", action="store_true", help='read JSON lines {"id","text","dct","lang"} from stdin'
    )
    tag.set_defaults(handler=cmd_tag)

    clusters = sub.add_parser("clusters", help="print the cross-outlet clusters as JSON")
    clusters.add_argument("paths", nargs="*", type=Path)
    clusters.add_argument("--sources", type=Path)
    clusters.set_defaults(handler=cmd_clusters)

    build = sub.add_parser("build", help="extract articles into the event store (DuckDB)")
    build.add_argument("paths", nargs="*", type=Path)
    build.add_argument("--sources", type=Path)
    build.add_argument(
        "--db",
        type=Path,
        help=f"store file (default ${settings.DB_ENV_VAR} or {settings.DEFAULT_DB_PATH.relative_to(settings.PROJECT_ROOT)})",
    )
    build.add_argument("--workers", type=int, default=1, help="local processes")
    build.add_argument("--scheduler", help="Dask scheduler address (not available in this build)")
    build.set_defaults(handler=cmd_build)

    events = sub.add_parser("events", help="print the stored events as JSON lines")
    events.add_argument("--db", type=Path)
    events.set_defaults(handler=cmd_events)

    add_export_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except CrisisTimelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
