"""Languages through the whole pipeline: a mixed batch loses nothing, no code branches on a
language code, and the registry's views give every language its own tables."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest

from crisis_timeline import boilerplate, cluster_lexicon, entities, event_type_lexicon
from crisis_timeline.cli import main as cli_main
from crisis_timeline.lang import language_name, languages, tables
from crisis_timeline.pipeline import run_pipeline
from crisis_timeline.temporal import tag

PACKAGE = Path(__file__).resolve().parent.parent / "crisis_timeline"
CODES = frozenset({*languages(), "de", "lv", "uk", "be"})


def _names_a_language(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return node.value in CODES
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return any(_names_a_language(element) for element in node.elts)
    return False


def _language_branches(tree: ast.AST) -> list[int]:
    """Lines comparing something with a language code ("== 'fr'", "in ('en', 'fr')"), and
    `.get(lang, TABLE["en"])` fallbacks to English."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(
            _names_a_language(side) for side in (node.left, *node.comparators)
        ):
            lines.append(node.lineno)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and len(node.args) == 2
            and isinstance(node.args[1], ast.Subscript)
            and _names_a_language(node.args[1].slice)
        ):
            lines.append(node.lineno)
    return lines


def test_no_algorithm_branches_on_a_language_code():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _language_branches(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


@pytest.mark.parametrize(
    ("source", "caught"),
    [("if lang == 'fr': pass", True), ("x = lang in ('en', 'fr')", True),
     ("t = CUES.get(lang, CUES['en'])", True), ("if lang == 'auto': pass", False),
     ("t = tables(lang).events", False)],
)  # fmt: skip
def test_the_branch_detector_itself(source, caught):
    assert bool(_language_branches(ast.parse(source))) is caught


@pytest.mark.parametrize("code", ["pl", "ru", "lt", "de"])
def test_views_read_the_registry(code):
    record = tables(code)
    assert event_type_lexicon.CUES[code] == record.event_types
    assert boilerplate.CAPTION_STRONG[code] == record.furniture["CAPTION_STRONG"]
    assert cluster_lexicon.CONCEPTS[code] == record.clusters["CONCEPTS"]
    assert entities.FALLBACK_STOPWORDS[code] == record.stop_words
    assert boilerplate.CAPTION_STRONG["generic"]  # language-free entries stay


@pytest.mark.parametrize(
    ("code", "name"),
    [("pl", "Polish"), ("ru", "Russian"), ("lt", "Lithuanian"), ("en", "English"), ("de", "de"),
     ("unknown", "Unknown language")],
)  # fmt: skip
def test_language_names(code, name):
    assert language_name(code) == name


def test_a_language_without_tables_still_reads_numeric_and_iso_dates():
    found = [
        e.value for e in tag("Am 12.11.2021 und am 2021-11-13 am Montag.", date(2021, 11, 15), "de")
    ]
    assert found == ["2021-11-12", "2021-11-13"]


MIXED = {
    "a_en.txt": ("en", "Polish guards used water cannon at Kuźnica on Tuesday, 16 November 2021. "
                       "Officials said 50 migrants were detained."),
    "b_fr.txt": ("fr", "Les gardes polonais ont utilisé des canons à eau à Kuźnica le mardi 16 "
                       "novembre 2021. Une cinquantaine de migrants ont été arrêtés."),
    "c_pl.txt": ("pl", "We wtorek, 16 listopada, straż graniczna użyła armatek wodnych w Kuźnicy. "
                       "Zatrzymano 50 migrantów."),
    "d_ru.txt": ("ru", "Во вторник, 16 ноября, польские силовики применили водометы у Кузницы. "
                       "Задержаны 50 мигрантов."),
    "e_lt.txt": ("lt", "Lapkričio 16 d. Lenkijos pasieniečiai prie Kuznicos panaudojo vandens "
                       "patrankas. Sulaikyta 50 migrantų."),
    "f_de.txt": ("de", "Am 16.11.2021 setzte die polnische Polizei in Kuźnica Wasserwerfer ein. "
                       "Rund 50 Migranten wurden festgenommen."),
}  # fmt: skip


def _write_batch(folder: Path, *, state_language: bool) -> None:
    rows = ["file,outlet,title,author,published,language,url,notes"]
    for name, (code, text) in MIXED.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
        rows.append(f"{name},Outlet {code},,,2021-11-17,{code if state_language else ''},,")
    (folder / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize("state_language", [True, False])
def test_a_mixed_batch_loses_nothing(tmp_path, state_language):
    _write_batch(tmp_path, state_language=state_language)
    extraction = run_pipeline([tmp_path])
    assert not extraction.problems
    articles = {article.file_name: article for article in extraction.articles}
    assert set(articles) == set(MIXED)
    events = extraction.events
    for name, (code, _text) in MIXED.items():
        article = articles[name]
        if state_language or code != "de":
            assert article.language == code
        dated = events[events["article_id"] == article.id]
        assert "2021-11-16" in set(dated["date"].astype(str)), name
        assert (article.reading_note is None) == (code != "de"), name
    german = articles["f_de.txt"]
    assert "read in part" in german.reading_note


def test_cli_extract_on_a_mixed_batch(tmp_path, capsys):
    _write_batch(tmp_path, state_language=True)
    status = cli_main(["extract", str(tmp_path)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line]
    assert status in (0, None)
    assert {line["language"] for line in lines} == {"en", "fr", "pl", "ru", "lt", "de"}


@pytest.mark.parametrize("code", ["pl", "ru", "lt"])
def test_cli_tag_accepts_every_registry_language(code, capsys, monkeypatch):
    import io

    text = {"pl": "8 listopada", "ru": "8 ноября", "lt": "lapkričio 8 d."}[code]
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    status = cli_main(["tag", "--dct", "2021-11-15", "--lang", code])
    out = capsys.readouterr().out
    assert status in (0, None)
    assert json.loads(out.splitlines()[0])["value"] == "2021-11-08"


# One happening (16 Nov 2021: the Bruzgi camp moved into the logistics centre), reported in
# each of the five languages in our own words: the reports must form one story.
FIVE_REPORTS = {
    "en": (
        "Lukashenko orders migrants moved from the border camp\n\n"
        "On Tuesday, Belarusian authorities moved about 2,000 migrants from the camp at the "
        "Bruzgi crossing into a logistics centre, the border service said.\n"
    ),
    "fr": (
        "Loukachenko fait évacuer le camp de migrants\n\n"
        "Mardi, les autorités bélarusses ont transféré environ 2 000 migrants du camp de Bruzgi "
        "vers un centre logistique, a indiqué le service des frontières.\n"
    ),
    "pl": (
        "Migranci przeniesieni z obozu przy granicy\n\n"
        "We wtorek białoruskie władze przeniosły około 2 tys. migrantów z obozu przy przejściu "
        "w Bruzgach do centrum logistycznego – podała białoruska straż graniczna.\n"
    ),
    "ru": (
        "Мигрантов перевели из лагеря у границы\n\n"
        "Во вторник белорусские власти перевели около 2000 мигрантов из лагеря у пункта "
        "пропуска Брузги в транспортно-логистический центр, сообщили пограничники.\n"
    ),
    "lt": (
        "Migrantai perkelti iš stovyklos prie sienos\n\n"
        "Antradienį Baltarusijos valdžia perkėlė apie 2 000 migrantų iš stovyklos prie Bruzgų "
        "perėjimo į logistikos centrą, pranešė pasieniečiai.\n"
    ),
}


def test_one_happening_reported_in_five_languages_is_one_story(tmp_path):
    from crisis_timeline.pipeline import run_pipeline

    rows = ["file,outlet,title,author,published,language,url,notes"]
    for code, text in FIVE_REPORTS.items():
        (tmp_path / f"{code}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{code}.txt,Wire {code.upper()},,,2021-11-17,{code},,")
    (tmp_path / "sources.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    events = run_pipeline([tmp_path]).events
    assert set(events["language"]) == set(FIVE_REPORTS)
    assert set(events["date"].map(str)) == {"2021-11-16"}
    assert events["cluster_id"].nunique() == 1
    assert all("Bruzgi" in " ".join(places) for places in events["places"])
