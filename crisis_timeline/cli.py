"""`python -m crisis_timeline ...`: the command-line contract of README.md ("Command line").

extract, tag, tag --batch, clusters, build, events, export, add, remove, corrections
and correct;
each documents itself with `--help`. How it fails, everywhere:
- expected bad input (a bad flag or date, a missing file, a store that is not ours, an
  export over the store) prints one `error: ...` line on stderr and exits 2, whatever the
  subcommand; nothing is written;
- an unreadable article is reported on stderr (`skipped PATH: why`) and the run goes on;
- `tag --batch` tags every good line and reports each bad one (`skipped stdin line N: why`:
  not JSON, not an object, a non-string "text" or "lang", a bad "dct"); like grep with an
  unreadable file, it then exits 2 so that a script notices;
- output piped into a reader that stops early (`| head -1`) ends quietly with status 141,
  as a tool killed by SIGPIPE does (no BrokenPipe traceback);
- an unexpected exception (a bug) prints one line naming it and the log file that holds its
  traceback, and exits 2; with $CRISIS_TIMELINE_DEBUG=1 it is raised (tests see real bugs).
Warnings (a bad date in sources.csv, an invalid UTF-8 byte) go to stderr as `warning: ...`.
It parses command lines and prints; the work is done by the core modules it calls.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import traceback
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

from crisis_timeline import __version__, settings
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.lang import languages

EXIT_OK = 0
EXIT_ERROR = 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what `seq 1000000 | head -1` leaves for seq
EXIT_INTERRUPTED = 130  # 128 + SIGINT
MAX_WORKERS = 64  # more local processes than this is a typo, not a plan (2-core machines)
ERROR_LOG_NAME = "cli-error.log"
EXPORT_FORMATS = ("csv", "json", "timelinejs", "geojson", "html")


class _Parser(argparse.ArgumentParser):
    """argparse with the project's error contract: one `error:` line, exit 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"error: {message} (see `{self.prog} --help`)\n")


class _StderrHandler(logging.StreamHandler):
    """Log records as `warning: message` on whatever sys.stderr is now (tests swap it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("%(message)s"))

    @property
    def stream(self):  # type: ignore[override]
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass

    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {super().format(record)}"


def _configure_logging() -> None:
    root = logging.getLogger()
    if not any(isinstance(handler, _StderrHandler) for handler in root.handlers):
        handler = _StderrHandler()
        handler.setLevel(logging.WARNING)
        root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.WARNING:
        root.setLevel(logging.WARNING)


# ------------------------------------------------------------------------- argument types


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from error
    if not 1 <= value <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"between 1 and {MAX_WORKERS}, not {value}")
    return value


# ------------------------------------------------------------------------------- output


def _emit(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _report_problems(problems: Iterable[object]) -> None:
    for problem in problems:
        if isinstance(problem, str):
            print(f"skipped {problem}", file=sys.stderr)
        else:
            print(f"skipped {problem.path}: {problem.message}", file=sys.stderr)


def _check_output(output: Path, store_path: Path | None = None) -> None:
    """CrisisTimelineError unless `-o output` can be written without harm, checked before
    any work: a folder, a missing folder, the store itself or any DuckDB file are refused."""
    if output.is_dir():
        raise CrisisTimelineError(f"-o {output} is a folder; give a file name in it.")
    parent = output.parent
    if not parent.is_dir():
        state = "is not a folder" if parent.exists() else "does not exist"
        raise CrisisTimelineError(f"cannot write {output}: the folder {parent} {state}.")
    if store_path is not None and output.resolve() == store_path.resolve():
        raise CrisisTimelineError(
            f"-o {output} is the store the export reads (--db); write the export elsewhere."
        )
    if output.is_file():
        with output.open("rb") as handle:
            if handle.read(12)[8:12] == b"DUCK":
                raise CrisisTimelineError(
                    f"-o {output} is a DuckDB database; an export never writes over one."
                )


def _write_file(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise CrisisTimelineError(f"cannot write {path} ({error.strerror or error}).") from error


# ------------------------------------------------------------------------------ commands


def cmd_extract(args: argparse.Namespace) -> int:
    from crisis_timeline.csv_safe import write_csv
    from crisis_timeline.pipeline import run_pipeline
    from crisis_timeline.schema import EVENT_COLUMNS
    from crisis_timeline.serialize import event_records, to_json_line

    extraction = run_pipeline(args.paths or [settings.SEEDS_DIR], args.sources)
    _report_problems(extraction.problems)
    records = event_records(extraction.events)
    if args.format == "csv":
        write_csv(sys.stdout, records, EVENT_COLUMNS)
    else:
        for record in records:
            sys.stdout.write(to_json_line(record) + "\n")
    return EXIT_OK


def _batch_lines(lines: Iterable[str]) -> Iterator[tuple[int, dict | str]]:
    """(line number, record) of each non-blank stdin line, or (line number, problem)."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield number, f"not JSON ({error.msg} at column {error.colno})"
            continue
        if not isinstance(record, dict):
            yield number, 'not a JSON object {"id", "text", "dct", "lang"}'
            continue
        for key in ("text", "lang"):
            if record.get(key) is not None and not isinstance(record[key], str):
                yield number, f'"{key}" is not a string'
                break
        else:
            yield number, record


def cmd_tag_batch() -> int:
    from crisis_timeline.temporal import tag_batch

    skipped: list[int] = []
    for number, record in _batch_lines(sys.stdin):
        try:
            if isinstance(record, str):
                raise CrisisTimelineError(record)
            for result in tag_batch([record]):
                sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        except CrisisTimelineError as error:
            skipped.append(number)
            print(f"skipped stdin line {number}: {error}", file=sys.stderr)
    if skipped:
        shown = ", ".join(str(n) for n in skipped[:10]) + (", ..." if len(skipped) > 10 else "")
        print(f"error: {len(skipped)} input line(s) skipped ({shown})", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_OK


def cmd_tag(args: argparse.Namespace) -> int:
    from crisis_timeline.temporal import tag

    # Text from a pipe may hold bytes that are not UTF-8: replaced, not a traceback.
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    if args.batch:
        return cmd_tag_batch()
    if args.dct is None:
        raise CrisisTimelineError("tag needs --dct YYYY-MM-DD (or --batch)")
    text = sys.stdin.read()
    for expression in tag(text, args.dct, args.lang):
        sys.stdout.write(json.dumps(expression.to_json(), ensure_ascii=False) + "\n")
    return EXIT_OK


def cmd_clusters(args: argparse.Namespace) -> int:
    from crisis_timeline.clusters import clusters_to_json
    from crisis_timeline.pipeline import run_pipeline

    extraction = run_pipeline(args.paths or [settings.SEEDS_DIR], args.sources)
    _report_problems(extraction.problems)
    _emit(json.dumps(clusters_to_json(extraction.clusters), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_build(args: argparse.Namespace) -> int:
    from crisis_timeline.progress import ProgressBar
    from crisis_timeline.store import build_store

    paths = args.paths or [settings.SEEDS_DIR]
    bar = ProgressBar("articles")
    try:
        if args.scheduler:
            from crisis_timeline.distributed import build_on_cluster

            info = build_on_cluster(
                paths, args.sources, args.db, args.scheduler, parquet=args.parquet, progress=bar
            )
        elif args.parquet:
            raise CrisisTimelineError("--parquet goes with --scheduler (a Dask build)")
        else:
            info = build_store(paths, args.sources, args.db, workers=args.workers, progress=bar)
    finally:
        bar.close()
    _report_problems(info.problems)
    state = "built" if info.rebuilt else "up to date"
    print(
        f"{info.path}: {state} ({info.articles} articles, {info.events} events, "
        f"{info.clusters} clusters)"
    )
    return EXIT_OK


def cmd_events(args: argparse.Namespace) -> int:
    from crisis_timeline.serialize import event_records, to_json_line
    from crisis_timeline.store import read_events

    for record in event_records(read_events(args.db or settings.db_path())):
        sys.stdout.write(to_json_line(record) + "\n")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from crisis_timeline.ingest import Outcome, add_articles, read_submission, safe_file_name
    from crisis_timeline.progress import ProgressBar

    stated = {
        "outlet": args.outlet,
        "title": args.title,
        "url": args.url,
        "published": args.published,
        "language": args.language,
    }
    submissions, unread = [], []
    for path in args.paths:
        try:
            submissions.append(read_submission(path, **stated))
        except CrisisTimelineError as error:
            name = safe_file_name(str(path))
            unread.append(Outcome(name, "rejected", None, 0, f"rejected: {error}"))
    outcomes = []
    if submissions:
        # stderr only: stdout holds one line per article, which scripts parse
        bar = ProgressBar("articles")
        try:
            path = args.db or settings.db_path()
            outcomes = add_articles(submissions, path, progress=bar, stage=bar.stage)
        finally:
            bar.close()
    for outcome in [*unread, *outcomes]:
        _emit(outcome.line())
    rejected = any(o.status == "rejected" for o in [*unread, *outcomes])
    return EXIT_ERROR if rejected else EXIT_OK


def cmd_remove(args: argparse.Namespace) -> int:
    from crisis_timeline.ingest import remove_articles

    outcomes = remove_articles(args.ids, args.db or settings.db_path())
    for outcome in outcomes:
        _emit(outcome.line())
    return EXIT_ERROR if any(o.status == "missing" for o in outcomes) else EXIT_OK


def cmd_corrections(args: argparse.Namespace) -> int:
    from crisis_timeline import corrections

    path = args.db or settings.db_path()
    if args.undo:
        for correction_id in args.undo:
            undone = corrections.undo(path, correction_id)
            _emit(f"undone {undone.correction_id} ({undone.kind} of {undone.target})")
        return EXIT_OK
    for correction in corrections.list_corrections(path):
        _emit(json.dumps(correction.to_json(), ensure_ascii=False))
    return EXIT_OK


def _correction_request(args: argparse.Namespace) -> tuple[str, str, dict]:
    """(kind, target, value) from `correct`'s flags; CrisisTimelineError when they do not fit."""
    if args.merge:
        if args.event_id:
            raise CrisisTimelineError("--merge takes two story ids and no EVENT_ID")
        return "merge", args.merge[0], {"into": args.merge[1]}
    if args.split:
        return "split", args.split, {}
    if not args.event_id:
        raise CrisisTimelineError("give the EVENT_ID to correct (as `events` prints it)")
    if args.date:
        value = {"date": args.date.isoformat(), "precision": args.precision}
        if args.date_end:
            value["date_end"] = args.date_end.isoformat()
        return "date", args.event_id, value
    if args.type:
        return "type", args.event_id, {"event_type": args.type}
    if args.places is not None:
        places = [p.strip() for p in args.places.split(",") if p.strip()]
        return "places", args.event_id, {"places": places}
    return "not_event", args.event_id, {}


def cmd_correct(args: argparse.Namespace) -> int:
    from crisis_timeline import corrections

    path = args.db or settings.db_path()
    if (args.precision != "day" or args.date_end) and not args.date:
        raise CrisisTimelineError("--precision and --date-end go with --date")
    kind, target, value = _correction_request(args)
    if kind == "split":
        made = corrections.split_out(path, target, args.note)
    else:
        made = corrections.add_correction(path, kind, target, value, args.note)
    _emit(json.dumps(made.to_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from crisis_timeline import store
    from crisis_timeline.clusters import clusters_in_view
    from crisis_timeline.exports import (
        ExportContext,
        export,
        geojson_note,
        provenance,
        provenance_name,
        source_rows,
    )
    from crisis_timeline.filters import Filters

    path = args.db or settings.db_path()
    if args.output:
        _check_output(args.output, path)
    filters = Filters.from_query({k: v for k, v in _export_query(args).items() if v})
    articles = store.read_articles(path)
    events = filters.apply(store.read_events(path))
    context = ExportContext(
        filters=filters,
        article_count=int(events["article_id"].nunique()) if not events.empty else 0,
        store=str(path),
    )
    clusters = clusters_in_view(store.read_clusters(path), events)
    sources = source_rows(articles, events)
    text = export(args.format, events, context, clusters=clusters, sources=sources)
    if args.format == "geojson" and (note := geojson_note(events)):
        print(f"warning: {note}", file=sys.stderr)  # an empty collection, said out loud
    if not args.output:
        _emit(text)
        return EXIT_OK
    _write_file(args.output, text)
    if args.format == "csv":
        sidecar = args.output.with_name(provenance_name(args.output.name))
        _write_file(sidecar, provenance(events, context, sources))
        print(
            f"wrote {args.output} ({len(events)} events); provenance in {sidecar}", file=sys.stderr
        )
    return EXIT_OK


def _export_query(args: argparse.Namespace) -> dict[str, object]:
    return {
        "from": args.start.isoformat() if args.start else None,
        "to": args.end.isoformat() if args.end else None,
        "outlet": args.outlet,
        "lang": args.lang,
        "type": args.event_type,
        "actor": args.actor,
        "place": args.place,
        "q": args.q,
        "background": "1" if args.background else None,
    }


# -------------------------------------------------------------------------------- parser


def _db_help() -> str:
    default = settings.DEFAULT_DB_PATH.relative_to(settings.PROJECT_ROOT)
    return f"store file (default ${settings.DB_ENV_VAR} or {default})"


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", type=Path, help="article files or folders (default: seeds/)"
    )
    parser.add_argument(
        "--sources",
        type=Path,
        help="sources.csv with article metadata (default: the one beside the files)",
    )


def _add_export_parser(sub) -> None:
    parser = sub.add_parser(
        "export",
        help="export the stored events (filtered) as csv, json, timelinejs, geojson or html",
        description="Export the stored events. A CSV written with -o NAME.csv comes with "
        "NAME.csv.provenance.json (filters, store, time, sources); the CSV itself holds only "
        "the table.",
    )
    parser.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    parser.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    parser.add_argument("--db", type=Path, help=_db_help() + "; it must exist (run build)")
    parser.add_argument("--from", dest="start", type=_iso_date, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", type=_iso_date, help="last day, YYYY-MM-DD")
    parser.add_argument("--outlet", action="append", default=[], help="repeat for several")
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--type", action="append", default=[], dest="event_type")
    parser.add_argument("--actor", action="append", default=[])
    parser.add_argument("--place", action="append", default=[])
    parser.add_argument("--q", default="", help="text the sentence must contain")
    parser.add_argument("--background", action="store_true", help="include background events")
    parser.set_defaults(handler=cmd_export)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m crisis_timeline",
        description="Dated events from news articles about the 2021 Belarus–EU border crisis.",
    )
    parser.add_argument("--version", action="version", version=f"crisis_timeline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="print one JSON object (or CSV row) per event")
    _add_inputs(extract)
    extract.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    extract.set_defaults(handler=cmd_extract)

    tag = sub.add_parser("tag", help="temporal expressions of stdin text, one JSON object each")
    tag.add_argument("--dct", type=_iso_date, help="publication date the text is anchored to")
    tag.add_argument(
        "--lang",
        choices=(*languages(), "auto"),
        default="auto",
        help="the text's language (a folder of crisis_timeline/lang), or auto to detect it",
    )
    tag.add_argument(
        "--batch",
        action="store_true",
        help='read JSON lines {"id","text","dct","lang"} from stdin; a bad line is reported '
        "with its number and skipped, and the exit status is then 2",
    )
    tag.set_defaults(handler=cmd_tag)

    clusters = sub.add_parser("clusters", help="print the cross-outlet clusters as JSON")
    _add_inputs(clusters)
    clusters.set_defaults(handler=cmd_clusters)

    build = sub.add_parser("build", help="extract articles into the event store (DuckDB)")
    _add_inputs(build)
    build.add_argument("--db", type=Path, help=_db_help())
    build.add_argument("--workers", type=_workers, default=1, help="local processes")
    build.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run the extraction on a Dask cluster (e.g. tcp://127.0.0.1:8786) instead of "
        "local processes; every worker must see the input files at the same paths",
    )
    build.add_argument(
        "--parquet",
        type=Path,
        metavar="DIR",
        help="with --scheduler: where the events go as Parquet, partitioned by month "
        "(default: the store's name + .parquet); DuckDB can query it in place",
    )
    build.set_defaults(handler=cmd_build)

    events = sub.add_parser("events", help="print the stored events as JSON lines")
    events.add_argument("--db", type=Path, help=_db_help())
    events.set_defaults(handler=cmd_events)

    _add_export_parser(sub)
    _add_ingest_parsers(sub)
    return parser


def _add_ingest_parsers(sub) -> None:
    add = sub.add_parser(
        "add",
        help="add article files to the store (incrementally, one transaction)",
        description="Add .txt, .md, .html or .pdf (with a text layer) articles. One line per "
        "file: added with N events, duplicate of ID, or rejected and why. Exit status 0 when "
        "every file was added or was a duplicate, 2 when any was rejected (the others are "
        "still added).",
    )
    add.add_argument("paths", nargs="+", type=Path, help="article files")
    add.add_argument("--db", type=Path, help=_db_help())
    add.add_argument("--outlet", help="outlet name (default: from the page, else unattributed)")
    add.add_argument("--title", help="title (default: from the page or the first line)")
    add.add_argument("--url", help="the article's web address (http or https)")
    add.add_argument("--published", help="publication date YYYY-MM-DD (default: found)")
    add.add_argument("--language", help="en or fr (default: detected)")
    add.set_defaults(handler=cmd_add)

    remove = sub.add_parser("remove", help="take articles (by id) out of the store")
    remove.add_argument("ids", nargs="+", help="article ids (as `events` prints them)")
    remove.add_argument("--db", type=Path, help=_db_help())
    remove.set_defaults(handler=cmd_remove)

    fixes = sub.add_parser(
        "corrections", help="list the corrections made by hand as JSON lines, or undo one"
    )
    fixes.add_argument("--db", type=Path, help=_db_help())
    fixes.add_argument("--undo", action="append", metavar="ID", help="take a correction back")
    fixes.set_defaults(handler=cmd_corrections)
    _add_correct_parser(sub)


def _add_correct_parser(sub) -> None:
    from crisis_timeline.vocab import EVENT_TYPES, PRECISIONS

    correct = sub.add_parser(
        "correct",
        help="correct an event or a story by hand (kept apart from extraction)",
        description="Correct one event (its date, type or places, or mark it as not an "
        "event), merge two stories, or split an event out of its story. The correction is "
        "stored apart from what extraction writes, survives a rebuild, is printed as one "
        "JSON line, and `corrections --undo ID` takes it back.",
    )
    correct.add_argument("event_id", nargs="?", metavar="EVENT_ID", help="the event to correct")
    what = correct.add_mutually_exclusive_group(required=True)
    what.add_argument("--date", type=_iso_date, help="the event's real first day, YYYY-MM-DD")
    what.add_argument("--type", choices=EVENT_TYPES, help="the event's real type")
    what.add_argument("--places", metavar="A,B", help="the event's places, comma-separated")
    what.add_argument("--not-event", action="store_true", help="the sentence is not an event")
    what.add_argument(
        "--merge", nargs=2, metavar=("STORY", "INTO"), help="merge story STORY into story INTO"
    )
    what.add_argument("--split", metavar="EVENT_ID", help="split this event out of its story")
    correct.add_argument("--date-end", type=_iso_date, help="with --date: the last day")
    correct.add_argument("--precision", choices=PRECISIONS, default="day", help="with --date")
    correct.add_argument("--note", default="", help="why (kept with the correction)")
    correct.add_argument("--db", type=Path, help=_db_help())
    correct.set_defaults(handler=cmd_correct)


# ---------------------------------------------------------------------------------- main


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so that the interpreter's final flush
    does not print a second BrokenPipeError (the recipe of Python's signal docs)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # in-process (tests): no real descriptor
        pass


def _unexpected(error: BaseException) -> int:
    """One line for a bug, its traceback in a log file the line names."""
    where = ""
    try:
        log_path = settings.cache_dir() / ERROR_LOG_NAME
        log_path.parent.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).isoformat(timespec="seconds")
        with log_path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp} python -m crisis_timeline {' '.join(sys.argv[1:])}\n")
            handle.write("".join(traceback.format_exception(error)))
        where = f"; its traceback is in {log_path}"
    except OSError:
        pass
    print(
        f"error: unexpected {type(error).__name__}: {error} (a bug{where}; "
        f"set {settings.DEBUG_ENV_VAR}=1 to see it here)",
        file=sys.stderr,
    )
    return EXIT_ERROR


def main(argv: list[str] | None = None) -> int:
    """Run one command; returns the exit status (module docstring)."""
    _configure_logging()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version and usage errors: argparse has printed
        return stop.code if isinstance(stop.code, int) else EXIT_ERROR
    try:
        status = args.handler(args)
        sys.stdout.flush()  # a broken pipe shows here, inside the handling below
        return status
    except CrisisTimelineError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # the last line of defence: one line, never a traceback
        if settings.debug():
            raise
        return _unexpected(error)
