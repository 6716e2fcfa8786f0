"""Progress of long work (build, add) on stderr: a bar on a terminal, plain lines elsewhere.

On a terminal the bar is redrawn in place (carriage return), at most REDRAW_SECONDS apart:

    [##########----------]  5,012/10,000 articles   231/s   0:21 left

When stderr is not a terminal (a log file, CI, a pipe) one plain line is written per tenth
of the work, so a log holds ten lines, not ten thousand:

    articles: 1,000/10,000 (10%), 231/s, 0:39 left

`ProgressBar` is the callable pipeline.run_pipeline takes as `progress(done, total)`.
Work that goes on after the counted items (an `add` clusters the store's stories again and
writes them: seconds on a big store) is announced by `stage(text)`, one line of its own:

    clustering 61,204 events…

It only prints; it never changes the work, and it never imports streamlit (the app shows
st.progress through the same callables, ui/progress.py).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 20
REDRAW_SECONDS = 0.1
STEPS = 10  # plain lines: one per tenth of the work

# progress(done, total) after each counted item; stage(text) when a step without a count starts
Progress = Callable[[int, int], None]
Stage = Callable[[str], None]


def format_duration(seconds: float) -> str:
    """0:07, 1:05, 1:02:03 (hours only when needed)."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def describe(done: int, total: int, elapsed: float) -> tuple[str, str]:
    """(rate, time left) as shown: "231/s", "0:21 left"; unknown before the first item.
    Below one a second with a decimal ("0.4/s": an add of a few long articles), not "0/s"."""
    if done <= 0 or elapsed <= 0:
        return "-/s", "time left unknown"
    rate = done / elapsed
    left = (total - done) / rate if rate > 0 else 0.0
    shown = f"{rate:.1f}" if rate < 1 else f"{rate:,.0f}"
    return f"{shown}/s", f"{format_duration(left)} left"


class ProgressBar:
    """progress(done, total) drawing on `stream` (default sys.stderr at call time)."""

    def __init__(
        self,
        label: str = "articles",
        stream: TextIO | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        tty: bool | None = None,
    ) -> None:
        self.label = label
        self._stream = stream
        self._clock = clock
        self._tty = tty
        self._started: float | None = None
        self._last_draw = float("-inf")
        self._last_step = -1
        self._drawn = False

    @property
    def stream(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stderr

    def _is_tty(self) -> bool:
        if self._tty is not None:
            return self._tty
        isatty = getattr(self.stream, "isatty", None)
        return bool(isatty and isatty())

    def __call__(self, done: int, total: int) -> None:
        now = self._clock()
        if self._started is None:
            self._started = now
        if total <= 0:
            return
        elapsed = now - self._started
        if self._is_tty():
            if done >= total or now - self._last_draw >= REDRAW_SECONDS:
                self._draw_bar(done, total, elapsed)
                self._last_draw = now
            return
        step = done * STEPS // total
        if step > self._last_step and step > 0:
            self._last_step = step
            rate, left = describe(done, total, elapsed)
            percent = done * 100 // total
            self.stream.write(f"{self.label}: {done:,}/{total:,} ({percent}%), {rate}, {left}\n")
            self.stream.flush()

    def _draw_bar(self, done: int, total: int, elapsed: float) -> None:
        filled = min(BAR_WIDTH, done * BAR_WIDTH // total)
        rate, left = describe(done, total, elapsed)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        width = len(f"{total:,}")
        self.stream.write(
            f"\r[{bar}] {done:>{width},}/{total:,} {self.label}   {rate:>7}   {left}\x1b[K"
        )
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
        self._drawn = done < total

    def stage(self, text: str) -> None:
        """A step without a count ("clustering 61,204 events…") on a line of its own, after
        the bar (ended first if unfinished); the same on a terminal and in a log."""
        self.close()
        self.stream.write(f"{text}\n")
        self.stream.flush()

    def close(self) -> None:
        """End a bar left unfinished (an error, an interrupt) with a line break."""
        if self._drawn and self._is_tty():
            self.stream.write("\n")
            self.stream.flush()
        self._drawn = False
