"""The Add articles page (AppTest): paste text, check the form and the preview, save (a
progress bar through reading, clustering and writing), and find the new event selected;
hostile input is one message and adds nothing."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from crisis_timeline import settings, store
from ui.filters import STATE_KEY
from ui.progress import WorkProgress

ARTICLE = "Polish guards closed the Kuźnica crossing on Tuesday 9 November 2021, officials said."


@pytest.fixture()
def own_store(tmp_path, seed_store, monkeypatch):
    path = tmp_path / "events.duckdb"
    shutil.copy(seed_store, path)
    monkeypatch.setenv(settings.DB_ENV_VAR, str(path))
    monkeypatch.chdir(settings.PROJECT_ROOT)
    return path


def add_page() -> AppTest:
    at = AppTest.from_file(str(settings.PROJECT_ROOT / "app.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/add.py").run()
    assert not at.exception
    return at


def test_the_page_states_its_limits(own_store):
    at = add_page()
    assert at.title[0].value == "Add articles"
    caption = " ".join(c.value for c in at.caption)
    assert f"Up to {settings.MAX_FILES_PER_UPLOAD} files" in caption and "5 MB" in caption


def test_pasted_text_is_previewed_saved_and_selected(own_store):
    at = add_page()
    at.radio(key="addpage_source").set_value("Paste text").run()
    at.text_area(key="addpage_text").input(ARTICLE).run()
    assert not at.exception
    assert at.dataframe, "a preview of the events"
    assert "Kuźnica" in at.dataframe[0].value["sentence"].iloc[0]
    outlet = next(t for t in at.text_input if t.label == "Outlet")
    outlet.input("**Border** <b>Watch</b>").run()
    at.button(key="addpage_save").click().run()
    assert not at.exception
    assert any("added as pasted-" in s.value.replace("\\", "") for s in at.success)
    # the progress bar of the save stays full, with how long it took
    (bar,) = at.progress
    assert bar.value == 100 and bar.text.startswith("Saved in 0:")
    article = next(a for a in store.read_articles(own_store) if a.file_name == "pasted.txt")
    assert article.outlet == "**Border** <b>Watch</b>"
    selected = at.session_state[STATE_KEY].event_id
    assert selected and selected.startswith(f"{article.id}:")
    events = store.read_events(own_store)
    assert (events["article_id"] == article.id).any()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [("   ", None), ("word " * 1_000_000, "has a line of")],
)
def test_hostile_paste_adds_nothing(own_store, text, fragment):
    before = store.read_info(own_store).articles
    at = add_page()
    at.radio(key="addpage_source").set_value("Paste text").run()
    at.text_area(key="addpage_text").input(text).run()
    assert not at.exception
    if fragment:
        assert any(fragment in e.value.replace("\\", "") for e in at.error)
    assert not [b for b in at.button if b.key == "addpage_save"]
    assert store.read_info(own_store).articles == before


def test_offline_address_is_one_clear_message(own_store, monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "fetch_url", lambda *a, **k: None)
    at = add_page()
    at.radio(key="addpage_source").set_value("Paste a web address").run()
    at.text_input(key="addpage_url").input("https://example.org/article").run()
    at.button(key="addpage_fetch").click().run()
    assert not at.exception
    assert any("could not fetch" in e.value.replace("\\", "") for e in at.error)


def test_an_added_article_is_removed_from_the_articles_page(own_store):
    from crisis_timeline import ingest

    (outcome,) = ingest.add_articles(
        [ingest.Submission(name="mine.txt", raw=ARTICLE.encode())], own_store
    )
    at = AppTest.from_file(str(settings.PROJECT_ROOT / "app.py"), default_timeout=60)
    at.run()
    seed = store.read_articles(own_store)[0].id
    at.query_params["article"] = seed
    at.switch_page("pages/articles.py").run()
    assert not at.exception
    assert not [b for b in at.button if b.label == "Remove this article"], "not on a seed"
    at.selectbox(key="articles_pick").set_value(outcome.article_id).run()
    at.button(key=f"remove_{outcome.article_id}").click().run()
    assert any("cannot be undone" in w.value for w in at.warning)
    at.button(key=f"remove_{outcome.article_id}_yes").click().run()
    assert not at.exception
    assert any("removed with" in s.value for s in at.success)
    assert outcome.article_id not in {a.id for a in store.read_articles(own_store)}


class FakeBar:
    """What st.progress returns, recording (value, text) of each update."""

    def __init__(self) -> None:
        self.shown: list[tuple[float, str]] = []
        self.emptied = False

    def progress(self, value: float, text: str | None = None) -> None:
        self.shown.append((value, text or ""))

    def empty(self) -> None:
        self.emptied = True


def test_saving_shows_each_article_then_each_step(own_store):
    """The core's progress and stage callables, as the page passes them, move one bar:
    half of it for the articles read, then every step further, never back."""
    from crisis_timeline import ingest

    element, now = FakeBar(), [0.0]
    bar = WorkProgress(element, "Reading the articles", clock=lambda: now[0])

    def progress(done: int, total: int) -> None:
        now[0] = 2.0 * done  # two seconds an article
        bar(done, total)

    submissions = [
        ingest.Submission(name=f"report-{n}.txt", raw=f"{n} reports. {ARTICLE}".encode())
        for n in range(2)
    ]
    outcomes = ingest.add_articles(submissions, own_store, progress=progress, stage=bar.stage)
    assert [o.status for o in outcomes] == ["added", "added"]
    bar.finish("Saved")
    values = [value for value, _ in element.shown]
    texts = [text for _, text in element.shown]
    assert values == sorted(values) and values[2] == 0.5 and values[-1] == 1.0
    assert texts[:3] == [
        "Reading the articles: 0 of 2",
        "Reading the articles: 1 of 2 · 0.5/s · 0:02 left",
        "Reading the articles: 2 of 2 · 0.5/s · 0:00 left",
    ]
    assert texts[3] == "Adding 2 articles to the store…"
    assert any(t.startswith("Clustering ") and t.endswith(" events…") for t in texts)
    assert texts[-2:] == ["Writing the store…", "Saved in 0:04"]
