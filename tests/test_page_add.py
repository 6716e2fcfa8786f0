"""The Add articles page (AppTest): paste text, check the form and the preview, save, and
find the new event selected; hostile input is one message and adds nothing."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from crisis_timeline import settings, store
from ui.filters import STATE_KEY

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
