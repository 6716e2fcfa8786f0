"""progress.ProgressBar: a bar redrawn in place on a terminal, a plain line per tenth of the
work elsewhere; and `build` reports its progress on stderr."""

from __future__ import annotations

import io

import pytest

from crisis_timeline import settings
from crisis_timeline.cli import main
from crisis_timeline.progress import ProgressBar, describe, format_duration


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
