"""st.progress fed by the core's progress callables (crisis_timeline/progress.py).

The core reports counted work as `progress(done, total)` (articles read and extracted) and
the steps without a count that follow as `stage(text)` ("clustering 61,204 events…": an add
clusters the store's stories again, the long part on a big store). `WorkProgress` turns both
into one st.progress bar: the counted part fills the bar up to `counted_share`, each stage
then moves it half way to the end, and `finish` fills it with how long the work took.
The text shown is the core's own (numbers and fixed words), never article text.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from typing import Protocol

import streamlit as st

from crisis_timeline.progress import describe, format_duration


class ProgressElement(Protocol):
    """What WorkProgress needs of st.progress's element (a fake one in tests)."""

    def progress(self, value: float, text: str | None = None) -> object: ...

    def empty(self) -> object: ...


class WorkProgress:
    """progress(done, total) and stage(text) for the core, drawn on one progress element."""

    def __init__(
        self,
        element: ProgressElement,
        label: str,
        *,
        counted_share: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.element = element
        self.label = label
        self.value = 0.0
        self._share = counted_share
        self._clock = clock
        self._started = clock()

    def _show(self, value: float, text: str) -> None:
        self.value = min(1.0, max(self.value, value))  # a bar never moves back
        self.element.progress(self.value, text=text)

    def __call__(self, done: int, total: int) -> None:
        if total <= 0:
            return
        text = f"{self.label}: {done:,} of {total:,}"
        if done:
            rate, left = describe(done, total, self._clock() - self._started)
            text += f" · {rate} · {left}"
        self._show(self._share * done / total, text)

    def stage(self, text: str) -> None:
        # A stage has no count: half of what is left, so that every stage visibly moves it.
        start = max(self.value, self._share)
        self._show(start + (1.0 - start) / 2, text[:1].upper() + text[1:])

    def finish(self, text: str) -> None:
        """The bar full, with how long the work took: "Saved in 0:02"."""
        self._show(1.0, f"{text} in {format_duration(self._clock() - self._started)}")


@contextlib.contextmanager
def work_progress(
    label: str, *, done: str | None = None, counted_share: float = 0.5
) -> Iterator[WorkProgress]:
    """A st.progress bar for the work in the block. It stays, full, with `done` and the time
    taken when the block ends well and `done` is given; it goes (element emptied) when the
    block raises (the page's guard then says what went wrong) or `done` is None."""
    bar = WorkProgress(st.progress(0.0, text=f"{label}…"), label, counted_share=counted_share)
    try:
        yield bar
    except BaseException:
        bar.element.empty()
        raise
    if done is None:
        bar.element.empty()
    else:
        bar.finish(done)
