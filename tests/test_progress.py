"""progress.ProgressBar: a bar redrawn in place on a terminal, a plain line per tenth of the
work elsewhere, a line per stage; `build` and `add` report their progress on stderr, and
`add` keeps stdout to its one line per file."""

from __future__ import annotations

import io

import pytest

from crisis_timeline import settings, store
from crisis_timeline.cli import main
from crisis_timeline.progress import ProgressBar, describe, format_duration
from tests.cli_support import run_cli


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (7.4, "0:07"), (65, "1:05"), (3723, "1:02:03"), (-3, "0:00")],
)
def test_format_duration(seconds, shown):
    assert format_duration(seconds) == shown


@pytest.mark.parametrize(
    ("done", "total", "elapsed", "rate", "left"),
    [
        (0, 100, 0.0, "-/s", "time left unknown"),
        (50, 100, 10.0, "5/s", "0:10 left"),
        (1000, 10000, 4.0, "250/s", "0:36 left"),
        (100, 100, 2.0, "50/s", "0:00 left"),
        (1, 3, 2.5, "0.4/s", "0:05 left"),
    ],
)
def test_describe(done, total, elapsed, rate, left):
    assert describe(done, total, elapsed) == (rate, left)


def test_plain_lines_one_per_tenth():
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar("articles", stream, clock=clock, tty=False)
    for done in range(0, 1001):
        clock.now = 100.0 + done / 250  # 250 articles a second
        bar(done, 1000)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0] == "articles: 100/1,000 (10%), 250/s, 0:04 left"
    assert lines[-1] == "articles: 1,000/1,000 (100%), 250/s, 0:00 left"
    assert "\r" not in stream.getvalue()


def test_plain_lines_for_fewer_items_than_steps():
    stream = io.StringIO()
    bar = ProgressBar("articles", stream, clock=Clock(), tty=False)
    for done in range(4):
        bar(done, 3)
    assert [line.split(" (")[0] for line in stream.getvalue().splitlines()] == [
        "articles: 1/3",
        "articles: 2/3",
        "articles: 3/3",
    ]


def test_terminal_bar_redraws_in_place_and_ends_the_line():
    stream, clock = io.StringIO(), Clock()
    bar = ProgressBar("articles", stream, clock=clock, tty=True)
    for done in range(0, 101):
        clock.now = 100.0 + done * 0.05  # a redraw every other item at most
        bar(done, 100)
    text = stream.getvalue()
    frames = text.split("\r")[1:]
    assert 10 < len(frames) < 101  # throttled, not one per item
    assert frames[-1].startswith("[####################] 100/100 articles")
    assert text.endswith("\n") and text.count("\n") == 1
    assert "20/s" in frames[-1] and "0:00 left" in frames[-1]


def test_close_ends_an_unfinished_bar():
    stream = io.StringIO()
    bar = ProgressBar("articles", stream, clock=Clock(), tty=True)
    bar(3, 10)
    bar.close()
    assert stream.getvalue().startswith("\r[######--------------]  3/10 articles")
    assert stream.getvalue().endswith("\n")


def test_build_prints_progress_on_stderr(tmp_path, capsys):
    assert main(["build", str(settings.SEEDS_DIR), "--db", str(tmp_path / "s.duckdb")]) == 0
    captured = capsys.readouterr()
    lines = [line for line in captured.err.splitlines() if line.startswith("articles: ")]
    assert [line.split(",")[0] for line in lines] == [
        f"articles: {n}/5 ({n * 20}%)" for n in range(1, 6)
    ]
    assert "built (5 articles" in captured.out


def test_a_stage_gets_a_line_of_its_own_after_an_unfinished_bar():
    stream = io.StringIO()
    bar = ProgressBar("articles", stream, clock=Clock(), tty=True)
    bar(1, 4)
    bar.stage("clustering 1,234 events…")
    bar.close()  # nothing left to end
    assert stream.getvalue().endswith("\x1b[K\nclustering 1,234 events…\n")


ARTICLE = "Polish guards closed the Kuźnica crossing on Tuesday 9 November 2021, officials said.\n"
OTHER = "Belarusian troops moved to Grodno on Wednesday 17 November 2021, the ministry said.\n"


def add_files(tmp_path, count: int) -> list[str]:
    """`count` different article files (each its own day, so none is a duplicate)."""
    paths = []
    for number in range(count):
        path = tmp_path / f"report-{number}.txt"
        path.write_text(f"{number + 1} reports. " + (ARTICLE if number % 2 else OTHER))
        paths.append(str(path))
    return paths


def test_add_prints_progress_and_stages_on_stderr_only(tmp_path, capsys, db):
    status, out, err = run_cli(capsys, "add", *add_files(tmp_path, 3), "--db", str(db))
    assert status == 0, err
    lines = err.splitlines()
    counted = [line.split(" (")[0] for line in lines if line.startswith("articles: ")]
    assert counted == ["articles: 1/3", "articles: 2/3", "articles: 3/3"]
    # then one line per step without a count; a small store is clustered whole again
    assert lines[len(counted) :] == [
        "adding 3 articles to the store…",
        "finding the stories to cluster again…",
        f"clustering {len(store.read_events(db)):,} events…",
        "writing the store…",
    ]
    # stdout is a contract scripts parse: one line per file, nothing else
    assert [line.split(": ")[0] for line in out.splitlines()] == [
        "report-0.txt",
        "report-1.txt",
        "report-2.txt",
    ]
    assert all(": added as report-" in line for line in out.splitlines())


def test_add_of_only_duplicates_counts_them_and_clusters_nothing(tmp_path, capsys, db):
    paths = add_files(tmp_path, 1)
    assert run_cli(capsys, "add", *paths, "--db", str(db))[0] == 0
    status, out, err = run_cli(capsys, "add", *paths, "--db", str(db))
    assert status == 0
    assert out.startswith("report-0.txt: duplicate of report-0-")
    assert [line.split(",")[0] for line in err.splitlines()] == ["articles: 1/1 (100%)"]
