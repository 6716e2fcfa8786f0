"""Fuzzing the command line (issue 19): hypothesis over its flags and over sources.csv finds
no traceback, no "unexpected" error, and no file that is not ours touched.

Every run goes through `cli.main` in-process; each example gets its own folder with a copy
of the seed store, a text file, a foreign DuckDB file and a one-article folder. Bounded:
50 examples per property, no deadline (a build is slow on a loaded machine).
"""

from __future__ import annotations

import csv
import io
import shutil
import sys
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from crisis_timeline import cli, settings

FUZZ = hypothesis_settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ARTICLE = "Poland closed the Kuźnica crossing on Tuesday 9 November 2021, officials said.\n"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Placeholders replaced by paths of the example's own folder.
PATHS = ["{db}", "{notes}", "{foreign}", "{folder}", "{missing}", "{dir}", "{dir}/out.csv"]
VALUES = [
    *PATHS,
    "2021-11-15",
    "2021-13-45",
    "yesterday",
    "9999-12-31",
    "",
    "-",
    "--",
    "0",
    "-1",
    "99999",
    "csv",
    "json",
    "html",
    "jsonl",
    "RFI",
    "=HYPERLINK(1)",
    "Kuźnica",
    "\u202e",
]
FLAGS = [
    "--db",
    "--sources",
    "--format",
    "-o",
    "--from",
    "--to",
    "--outlet",
    "--lang",
    "--type",
    "--q",
    "--workers",
    "--dct",
    "--batch",
    "--background",
    "--help",
    "--scheduler",
]
COMMANDS = ["extract", "tag", "clusters", "build", "events", "export", "nonsense"]


@pytest.fixture(autouse=True)
def one_line_contract(monkeypatch):
    monkeypatch.delenv(settings.DEBUG_ENV_VAR, raising=False)


def _sandbox(seed_store: Path) -> tuple[Path, dict[str, str]]:
    root = Path(tempfile.mkdtemp(prefix="fuzz-cli-"))
    shutil.copy(seed_store, root / "events.duckdb")
    (root / "notes.txt").write_text("my notes\n", encoding="utf-8")
    import duckdb

    with duckdb.connect(str(root / "foreign.duckdb")) as con:
        con.execute("CREATE TABLE t (x INTEGER)")
    folder = root / "articles"
    folder.mkdir()
    (folder / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    names = {
        "db": root / "events.duckdb",
        "notes": root / "notes.txt",
        "foreign": root / "foreign.duckdb",
        "folder": folder,
        "missing": root / "missing.duckdb",
        "dir": root,
    }
    return root, {key: str(value) for key, value in names.items()}


def _untouchable(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in (root / "notes.txt", root / "foreign.duckdb")}


def _check_contract(status: int, err: str) -> None:
    assert "Traceback" not in err, err
    assert "error: unexpected" not in err, err
    assert status in (0, 2), (status, err)
    if status == 2:
        assert sum(line.startswith("error: ") for line in err.splitlines()) == 1, err


@FUZZ
@given(
    command=st.sampled_from(COMMANDS),
    tokens=st.lists(
        st.one_of(st.sampled_from(FLAGS), st.sampled_from(VALUES), st.text(max_size=12)),
        max_size=6,
    ),
    stdin=st.one_of(st.text(max_size=200), st.sampled_from(['{"text": 1}', "[1]", "{bad"])),
)
def test_no_flag_combination_makes_a_traceback(
    seed_store, capsys, monkeypatch, command, tokens, stdin
):
    root, names = _sandbox(seed_store)
    try:
        argv = [command, *(token.format(**names) if token in PATHS else token for token in tokens)]
        if command in ("extract", "clusters", "build") and names["folder"] not in argv:
            argv.insert(1, names["folder"])  # never the whole seeds folder: keep it fast
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        before = _untouchable(root)
        status = cli.main(argv)
        _, err = capsys.readouterr()
        _check_contract(status, err)
        assert _untouchable(root) == before, "a file that is not a store was written"
    finally:
        shutil.rmtree(root, ignore_errors=True)


_CELL = st.one_of(
    st.sampled_from(
        [
            "",
            "2021-11-15",
            "2021-13-45",
            "9999-12-31",
            "1850-01-01",
            "0001-01-01",
            "yesterday",
            '=HYPERLINK("http://evil.example")',
            "@SUM(1)",
            "+1",
            "-2",
            "\tx",
            "en",
            "fr",
            "xx",
            "001_a.txt",
            "002_b.txt",
        ]
    ),
    st.text(max_size=20),
)
_ROW = st.fixed_dictionaries(
    {"file": st.sampled_from(["001_a.txt", "002_b.txt", "", "../001_a.txt", "nope.txt"])},
    optional={key: _CELL for key in ("outlet", "title", "author", "published", "language", "url")},
)


def _sources_text(rows: list[dict], header: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


@FUZZ
@given(
    rows=st.lists(_ROW, max_size=4),
    header=st.permutations(["file", "outlet", "title", "author", "published", "language", "url"]),
    raw=st.one_of(st.none(), st.binary(max_size=64), st.text(max_size=64)),
    explicit=st.booleans(),
)
def test_no_sources_csv_makes_a_traceback_or_a_formula(
    tmp_path_factory, capsys, rows, header, raw, explicit
):
    folder = tmp_path_factory.mktemp("sources")
    (folder / "001_a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "002_b.txt").write_text("Lukashenko spoke on 12 November.\n", encoding="utf-8")
    sources = folder / "sources.csv"
    if raw is None:
        sources.write_text(_sources_text(rows, list(header)), encoding="utf-8")
    elif isinstance(raw, bytes):
        sources.write_bytes(raw)
    else:
        sources.write_text(raw, encoding="utf-8")
    argv = ["extract", str(folder), "--format", "csv"]
    status = cli.main([*argv, "--sources", str(sources)] if explicit else argv)
    out, err = capsys.readouterr()
    _check_contract(status, err)
    if status == 0:
        frame = pd.read_csv(io.StringIO(out), dtype=str, keep_default_na=False)
        for column in ("outlet", "sentence", "trigger", "date_reason"):
            risky = frame[column].str.startswith(FORMULA_STARTS)
            numbers = frame[column].str.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
            assert not (risky & ~numbers).any(), frame[column][risky]
        published = set(frame["published"]) - {""}
        low, high = settings.published_bounds()
        assert all(low.isoformat() <= p <= high.isoformat() for p in published), published
