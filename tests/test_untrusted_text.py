"""Untrusted text (STYLE.md): article text, outlet names and titles reach HTML and Markdown
only through one helper each, a bidi control or a 3,000-character word cannot change the
layout, and a store the app cannot use is named in one clear error on every page.

Three layers: the rule as a test over the source of pages/ and ui/ (ast), the helpers and
the core's HTML on hostile text, and every page run (AppTest) on a store an attacker wrote
(tests/hostile_text.py). The browser half (no request leaves the Present page, nothing
overflows) is in tests/test_browser.py.
"""

from __future__ import annotations

import ast
import os
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from crisis_timeline.untrusted import BIDI_CONTROLS, html_text, plain_text
from tests import hostile_text as hostile
from ui.text import literal

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "app.py")

# ---------------------------------------------------------------- the rule, over the source

# Streamlit calls whose text is drawn as Markdown or HTML: every positional argument of the
# first kind, the label (first argument) of the widgets, and these keywords of both.
DISPLAY_CALLS = {
    "html", "markdown", "caption", "write", "title", "header", "subheader", "text", "info",
    "warning", "error", "success", "toast", "tabs", "latex", "badge", "spinner", "status",
}  # fmt: skip
WIDGET_CALLS = {
    "button", "metric", "expander", "selectbox", "multiselect", "radio", "segmented_control",
    "pills", "toggle", "checkbox", "download_button", "link_button", "popover", "text_input",
    "date_input", "slider", "select_slider", "number_input", "text_area",
    "form_submit_button", "feedback", "page_link",
}  # fmt: skip
TEXT_KEYWORDS = {"label", "body", "help", "placeholder", "format_func", "delta", "caption"}
# The helpers, and functions whose result is already escaped by them (core HTML builders).
SAFE_CALLS = {
    "literal", "html_text", "plain_text", "step_html", "step_choice", "render_html",
    "key_html", "len",
}  # fmt: skip
# Interpolations known to hold only the project's own words, each with its reason.
TRUSTED = {
    ("ui/filters.py", "label"): "the filter labels, from the module's own table",
    ("ui/filters.py", "placeholder"): "the filter placeholders, from the module's own table",
    ("ui/filters.py", "options.get"): "url_choice's options: constant dicts of the pages",
    ("ui/navigation.py", "page.title"): "the page titles, from navigation.PAGES",
}


def _safe(node: ast.AST) -> bool:
    """True when every piece of text `node` builds is a constant or passed a helper."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):  # a module constant (PRESENTER_CSS), not a variable
        return node.id.isupper()
    if isinstance(node, ast.Attribute | ast.Subscript):  # LABELS.get, LABELS[fmt]
        return isinstance(node.value, ast.Name) and node.value.id.isupper()
    if isinstance(node, ast.Call):
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name == "join" and node.args:  # "sep".join(<helper>(x) for x in ...)
            parts = node.args[0]
            return isinstance(parts, ast.GeneratorExp | ast.ListComp) and _safe(parts.elt)
        return name in SAFE_CALLS
    if isinstance(node, ast.JoinedStr):
        return all(_safe(value) for value in node.values)
    if isinstance(node, ast.FormattedValue):  # a format spec: a number or a date
        return node.format_spec is not None or _safe(node.value)
    if isinstance(node, ast.BinOp):
        return _safe(node.left) and _safe(node.right)
    if isinstance(node, ast.IfExp):
        return _safe(node.body) and _safe(node.orelse)
    if isinstance(node, ast.Lambda):  # format_func
        return _safe(node.body)
    return False


def _texts(call: ast.Call) -> list[ast.AST]:
    kind = call.func.attr
    positional = call.args if kind in DISPLAY_CALLS else call.args[:1]
    if kind == "page_link":
        positional = []  # the page, not text
    return [*positional, *(k.value for k in call.keywords if k.arg in TEXT_KEYWORDS)]


def unescaped_interpolations(source: str, name: str) -> list[str]:
    """`file:line: expression` for every text argument that is not safe (see _safe)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in DISPLAY_CALLS | WIDGET_CALLS:
            continue
        for text in _texts(node):
            expression = ast.unparse(text)
            if not _safe(text) and (name, expression) not in TRUSTED:
                found.append(f"{name}:{text.lineno}: {expression[:100]}")
    return found


def test_pages_and_ui_interpolate_text_only_through_the_helpers():
    offenders = []
    for folder in ("pages", "ui"):
        for path in sorted((ROOT / folder).glob("*.py")):
            name = f"{folder}/{path.name}"
            offenders += unescaped_interpolations(path.read_text(encoding="utf-8"), name)
    assert offenders == [], "wrap these in ui.text.literal / html_text / plain_text:\n" + (
        "\n".join(offenders)
    )


@pytest.mark.parametrize(
    ("source", "bad"),
    [
        ("st.markdown(f\"**{row['outlet']}**\")", True),
        ("st.markdown(f\"**{literal(row['outlet'])}** · {count:,}\")", False),
        ("st.html(f'<h1>{step.headline}</h1>')", True),
        ("st.html(step_html(step))", False),
        ('col.button(f"{date} · {row[\'sentence\']}", key="k")', True),
        ("st.selectbox('Story', ids, format_func=lambda c: labels[c])", True),
        ("st.selectbox('Story', ids, format_func=lambda c: plain_text(labels[c]))", False),
        ('st.caption(" · ".join(details))', True),
        ('st.caption(" · ".join(literal(d) for d in details))', False),
        ('st.error("Problem: " + str(error))', True),
        ("st.metric(f'Span, {years}', value)", True),
        ("st.expander(title)", True),
        ("st.write(article.title)", True),
        ("st.info(MESSAGE)", False),
    ],
)
def test_the_rule_catches_interpolation_and_passes_helpers(source, bad):
    assert bool(unescaped_interpolations(source, "x.py")) is bad


# ---------------------------------------------------------------- the helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<img src=x onerror='a'>", "&lt;img src=x onerror=&#x27;a&#x27;&gt;"),
        ('a "quoted" & <b>', "a &#34;quoted&#34; &amp; &lt;b&gt;"),
        (f"{hostile.RLO}gnikaerb{hostile.PDF} news", "gnikaerb news"),
        ("\u2066isolated\u2069 \u202aembedded\u202c", "isolated embedded"),
        (None, ""),
        (42, "42"),
    ],
)
def test_html_text_escapes_markup_quotes_and_drops_bidi_controls(text, expected):
    assert html_text(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "مهاجرون عند الحدود البيلاروسية",  # Arabic: reads right to left by its own letters
        "מהגרים בגבול בלארוס",  # Hebrew
        "Kuźnica \u200fmark\u200e kept",  # the direction marks only nudge neutrals: kept
    ],
)
def test_right_to_left_scripts_and_direction_marks_are_untouched(text):
    assert plain_text(text) == text
    assert html_text(text) == text
    assert literal(text) == text


def test_every_bidi_control_is_dropped_by_all_three_helpers():
    text = "a" + "".join(sorted(BIDI_CONTROLS)) + "b"
    assert plain_text(text) == html_text(text) == literal(text) == "ab"


@pytest.mark.parametrize("text", [hostile.CLASH, hostile.MARKDOWN_OUTLET, hostile.TITLE])
def test_literal_leaves_no_markdown_to_interpret(text):
    escaped = literal(text)
    assert _reads(escaped) == text
    assert _markup_in(escaped) == []


# ---------------------------------------------------------------- the core's HTML


def _step():
    from crisis_timeline.presentation import Step, StepQuote

    return Step(
        cluster_id="c1",
        headline=hostile.MEETING,
        date_label="Monday 15 November 2021",
        event_type="clash",
        places=(),
        quotes=(
            StepQuote(hostile.IMG_OUTLET, "en", hostile.CLASH, "test", "e1"),
            StepQuote(hostile.MARKDOWN_OUTLET, "en", hostile.LIST, "test", "e2"),
        ),
        event_ids=("e1", "e2"),
    )


def _assert_escaped_html(markup: str) -> None:
    for raw in hostile.RAW_HTML:
        assert raw not in markup
    assert hostile.RLO not in markup
    assert "&lt;img src=http://evil.example/x.png&gt;" in markup


def test_a_present_step_is_escaped_html():
    from crisis_timeline.presentation import step_choice, step_html

    markup = step_html(_step())
    _assert_escaped_html(markup)
    assert hostile.LONG_WORD in markup
    assert "reversed text" in markup
    assert '<blockquote dir="auto">' in markup and "<bdi>" in markup
    choice = step_choice(_step(), 1, 3)
    assert choice.startswith("1/3 · Monday") and hostile.RLO not in choice


def test_the_reader_escapes_the_article_and_wraps_long_words():
    from crisis_timeline.articles import parse_article
    from crisis_timeline.reader import annotate_article, render_html

    text = f"Title\n\n{hostile.CLASH}\n\n{hostile.MEETING}\n\n{hostile.LIST}\n"
    article = parse_article("a1.txt", text.encode("utf-8"))
    markup = render_html(article, annotate_article(article))
    _assert_escaped_html(markup)
    assert hostile.LONG_WORD in markup and "overflow-wrap: anywhere" in markup


def test_the_html_briefing_escapes_everything_from_the_store(tmp_path):
    from crisis_timeline.briefing import briefing_html
    from tests.event_factory import make_events

    events = make_events(
        [
            {"outlet": hostile.IMG_OUTLET, "sentence": hostile.CLASH, "date": "2021-11-15"},
            {"outlet": hostile.MARKDOWN_OUTLET, "sentence": hostile.MEETING, "start": 400},
        ]
    )
    meta = {
        "title": hostile.TITLE,
        "generated_at": "now",
        "tool": "test",
        "filters": "<b>none</b>",
        "events": 2,
        "articles": 2,
    }
    sources = [
        {
            "source": hostile.IMG_OUTLET,
            "title": hostile.TITLE,
            "language": "en",
            "published": "2021-11-16",
            "basis": "metadata",
            "url": "javascript:alert(1)",
        }
    ]
    markup = briefing_html(events.iloc[:0], meta, [], sources)
    _assert_escaped_html(markup)
    markup = briefing_html(events, meta, [], sources)
    _assert_escaped_html(markup)  # the chart too: a static SVG with the outlets as labels
    assert '<svg class="ct-timeline"' in markup


# ---------------------------------------------------------------- every page, hostile store


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory) -> Path:
    return hostile.build_hostile_store(tmp_path_factory.mktemp("hostile"))


@pytest.fixture()
def hostile_env(hostile_store, monkeypatch) -> Path:
    from crisis_timeline import settings

    monkeypatch.setenv(settings.DB_ENV_VAR, str(hostile_store))
    monkeypatch.chdir(ROOT)
    return hostile_store


def _event_id(store: Path, sentence_start: str, outlet: str = hostile.IMG_OUTLET) -> str:
    from crisis_timeline.store import read_events

    events = read_events(store)
    rows = events[(events["outlet"] == outlet) & events["sentence"].str.startswith(sentence_start)]
    return rows.iloc[0]["event_id"]


def _run(page: str, query: dict) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    return at


def _markdown_shown(at: AppTest) -> list[str]:
    """Every Markdown source the page sent: text elements and widget labels."""
    shown = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "info", "warning"):
        shown += [str(element.value) for element in at.get(kind)]
    for kind in ("button", "metric", "expander", "toggle", "segmented_control"):
        shown += [str(element.label) for element in at.get(kind)]
    return shown


def _plain_shown(at: AppTest) -> list[str]:
    return [str(option) for box in at.selectbox for option in box.options]


def _html_shown(at: AppTest) -> str:
    return "\n".join(str(element.proto.body) for element in at.get("html"))


def _markup_in(markdown: str) -> list[str]:
    """The hostile fragments `markdown` holds unescaped (a backslash before one makes its
    first character text: "\\<form" is shown as "<form", never drawn as a form)."""
    return [
        raw
        for raw in hostile.RAW_MARKDOWN + hostile.RAW_HTML
        for found in re.finditer(re.escape(raw), markdown)
        if found.start() == 0 or markdown[found.start() - 1] != "\\"
    ]


def _reads(markdown: str) -> str:
    """Markdown source as the reader sees it: backslash escapes removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


# page, how to open it (a query, given the store), what of the hostile text it must show
PAGE_CASES = {
    "overview": ("pages/overview.py", lambda store: {}, hostile.MARKDOWN_OUTLET),
    "timeline": (
        "pages/timeline.py",
        lambda store: {"event": _event_id(store, "On Monday")},
        "<img src=http://evil.example/x.png>evil",
    ),
    "map": (
        "pages/map.py",
        lambda store: {"event": _event_id(store, "On Monday")},
        "<img src=http://evil.example/x.png>evil",
    ),
    "outlets": ("pages/outlets.py", lambda store: {}, hostile.MARKDOWN_OUTLET),
    "articles": (
        "pages/articles.py",
        lambda store: {"article": "a1", "event": _event_id(store, "On Tuesday")},
        "Lukashenko met Merkel <form><input name=q></form> <h1>HUGE</h1>",
    ),
}


@pytest.mark.parametrize("case", list(PAGE_CASES))
def test_hostile_text_is_shown_as_written_never_as_markup(hostile_env, case):
    page, query, expected = PAGE_CASES[case]
    at = _run(page, query(hostile_env))
    markdown = _markdown_shown(at)
    for source in markdown:
        assert hostile.RLO not in source, source
        assert _markup_in(source) == [], source
    for option in _plain_shown(at):  # select options are plain text: only the override goes
        assert hostile.RLO not in option, option
    # the hostile text is there, shown as written (not dropped to pass the test)
    assert any(expected in _reads(source) for source in markdown), markdown
    markup = _html_shown(at)
    for raw in hostile.RAW_HTML:
        assert raw not in markup, raw
    assert hostile.RLO not in markup


@pytest.mark.parametrize("step", [1, 2, 3])
def test_the_present_page_escapes_every_step(hostile_env, step):
    at = _run("pages/present.py", {"step": str(step)})
    markup = _html_shown(at)
    for raw in hostile.RAW_HTML:
        assert raw not in markup, raw
    assert hostile.RLO not in markup
    assert ".ct-present { overflow-wrap: anywhere; }" in markup
    shown = {
        1: "&lt;img src=http://evil.example/x.png&gt;",
        2: "&lt;h1&gt;HUGE&lt;/h1&gt;",
        3: hostile.LONG_WORD,
    }[step]
    assert shown in markup
    for option in _plain_shown(at):
        assert hostile.RLO not in option
    for source in _markdown_shown(at):
        assert _markup_in(source) == [], source


def test_the_articles_page_wraps_a_long_word_and_strips_the_override(hostile_env):
    at = _run("pages/articles.py", {"article": "a1"})
    markup = _html_shown(at)
    assert hostile.LONG_WORD in markup and "overflow-wrap: anywhere" in markup
    assert "the reversed text report said" in markup and hostile.RLO not in markup
    title = [option for option in _plain_shown(at) if "Title" in option]
    assert title and hostile.TITLE in title[0]  # a select option is plain text: as written


# ---------------------------------------------------------------- the Articles page's cache


def test_the_articles_page_annotates_an_article_once(app_env, monkeypatch):
    from crisis_timeline import reader
    from ui import data

    calls = []
    original = reader.annotate_article

    def counting(article):
        calls.append(article.id)
        return original(article)

    data._annotations.clear()
    monkeypatch.setattr(reader, "annotate_article", counting)
    at = _run("pages/articles.py", {"article": "000_655bb99b2924ade9"})
    at.toggle(key="articles_furniture").set_value(False).run()
    at.run()
    assert not at.exception
    assert calls == ["000_655bb99b2924ade9"]


# ---------------------------------------------------------------- a store the app cannot use


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder no store can be created in (root writes anywhere: then /sys, read-only)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.access(folder, os.W_OK) and Path("/sys").is_dir():
        return Path("/sys/crisis-timeline-test")
    return folder


def _bad_store(kind: str, tmp_path: Path) -> Path:
    if kind == "folder":
        path = tmp_path / "a-folder"
        path.mkdir()
    elif kind == "text file":
        path = tmp_path / "notes.txt"
        path.write_text("meeting notes, not a store\n" * 20, encoding="utf-8")
    elif kind == "missing, read-only folder":
        path = _unwritable_folder(tmp_path) / "events.duckdb"
    else:  # another program's DuckDB file
        import duckdb

        path = tmp_path / "other.duckdb"
        with duckdb.connect(str(path)) as con:
            con.execute("CREATE TABLE measurements AS SELECT 1 AS value")
    return path


BAD_STORES = {
    "folder": "is a folder",
    "text file": "is not a DuckDB file",
    "missing, read-only folder": "does not exist, and no store could be built there",
    "foreign DuckDB file": "is a DuckDB file but not a Crisis Timeline event store",
}
PAGES = [
    "pages/overview.py",
    "pages/timeline.py",
    "pages/map.py",
    "pages/outlets.py",
    "pages/articles.py",
    "pages/present.py",
]


@pytest.mark.parametrize("kind", list(BAD_STORES))
def test_a_store_the_app_cannot_use_is_named_on_every_page(kind, tmp_path, monkeypatch):
    from crisis_timeline import settings

    path = _bad_store(kind, tmp_path)
    monkeypatch.setenv(settings.DB_ENV_VAR, str(path))
    monkeypatch.chdir(ROOT)
    before = path.read_bytes() if path.is_file() else None
    at = AppTest.from_file(APP, default_timeout=60).run()
    for page in PAGES:
        if page != "pages/overview.py":
            at.switch_page(page).run()
        assert not at.exception, (page, [e.value for e in at.exception])
        errors = [_reads(e.value) for e in at.error]
        assert len(errors) == 1, (page, errors)
        message = errors[0]
        assert f"{settings.DB_ENV_VAR} points at {path}" in message, message
        assert BAD_STORES[kind] in message, message
        assert "restart the app" in message and "clearing the filters" not in message
    if before is not None:
        assert path.read_bytes() == before  # never written over
