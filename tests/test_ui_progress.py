"""ui/progress.py: the core's progress callables drawn as st.progress; the first start of the
app (no store yet) builds one from the seeds with a bar that goes when it is done."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from crisis_timeline import settings, store
from ui import progress as ui_progress


def test_a_stage_never_moves_the_bar_back_and_finish_fills_it():
    shown: list[tuple[float, str]] = []

    class Element:
        def progress(self, value: float, text: str | None = None) -> None:
            shown.append((value, text or ""))

        def empty(self) -> None:
            shown.append((-1.0, "emptied"))

    bar = ui_progress.WorkProgress(Element(), "Reading", counted_share=0.8, clock=lambda: 5.0)
    bar(0, 0)  # nothing to count: nothing shown
    bar.stage("clustering 12 events…")
    bar(1, 1)  # a late count does not pull the bar back
    bar.finish("Saved")
    assert [value for value, _ in shown] == [0.9, 0.9, 1.0]
    assert shown[0][1] == "Clustering 12 events…"
    assert shown[-1][1] == "Saved in 0:00"


def test_the_first_start_builds_the_store_with_a_progress_bar(tmp_path, monkeypatch):
    path = tmp_path / "new.duckdb"
    monkeypatch.setenv(settings.DB_ENV_VAR, str(path))
    monkeypatch.chdir(settings.PROJECT_ROOT)
    counted: list[tuple[int, int]] = []
    original = ui_progress.WorkProgress.__call__

    def recording(self, done: int, total: int) -> None:
        counted.append((done, total))
        original(self, done, total)

    monkeypatch.setattr(ui_progress.WorkProgress, "__call__", recording)
    at = AppTest.from_file(str(settings.PROJECT_ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    seeds = store.read_info(path).articles
    assert seeds and counted[-1] == (seeds, seeds)
    assert not at.progress, "the bar goes once the store is read"


def test_work_that_fails_takes_its_bar_away(monkeypatch):
    emptied: list[bool] = []

    class Element:
        def progress(self, value: float, text: str | None = None) -> None:
            pass

        def empty(self) -> None:
            emptied.append(True)

    monkeypatch.setattr(ui_progress.st, "progress", lambda *a, **k: Element())
    with pytest.raises(RuntimeError), ui_progress.work_progress("Reading", done="Saved"):
        raise RuntimeError("the store is locked")
    assert emptied == [True]
