"""benchmarks/real_press.py: which annotation set and which text folder it reads."""

from __future__ import annotations

from benchmarks import real_press


def test_each_annotation_set_has_its_own_text_folder():
    heldout = real_press.REAL_DIR.with_name("real_heldout")
    assert real_press.default_dir(real_press.REAL_DIR) == real_press.DEFAULT_DIR
    assert real_press.default_dir(heldout) == real_press.DEFAULT_DIR.with_name("realpress_heldout")


def test_a_set_without_annotations_is_a_message_not_a_traceback(tmp_path, capsys):
    assert real_press.main(["--set", str(tmp_path)]) == 2
    assert "no annotation file" in capsys.readouterr().err


def test_a_missing_text_folder_says_how_to_rebuild_it(tmp_path, capsys):
    assert real_press.main(["--dir", str(tmp_path / "absent")]) == 2
    assert "not in the repository" in capsys.readouterr().err


def test_an_annotation_finds_its_evidence_whatever_the_quotes():
    """A page fetched again may print curly quotes where the annotation has straight ones:
    the evidence is found all the same, at the text's own offsets."""
    from benchmarks.events import GoldEvent, evidence_spans

    text = "Titre\n\nLa Turquie a annoncé vendredi qu’elle interdisait les vols « vers Minsk »."
    gold = GoldEvent(
        line=1,
        article_id="a",
        evidence="a annoncé vendredi qu'elle interdisait",
        date=None,
        date_end=None,
        precision=None,
        event_type="other",
        background=False,
        optional=False,
        occurrence=0,
        cluster=None,
    )
    (span,) = evidence_spans(gold, text)
    assert text[span[0] : span[1]] == "a annoncé vendredi qu’elle interdisait"


def test_given_dates_fill_only_the_blank_publication_dates(tmp_path):
    sources = tmp_path / "sources.csv"
    sources.write_text(
        "file,outlet,title,author,published,language,url,notes\n"
        "a1.txt,Wire,T,,2021-11-16,en,https://example.org/a1,\n"
        "a2.txt,Wire,T,,,pl,https://example.org/a2,undated page\n",
        encoding="utf-8",
    )
    publication = tmp_path / "publication_dates.csv"
    publication.write_text(
        "article_id,published,basis,note\n"
        "a1,2021-11-17,metadata,\n"
        "a2,2021-11-12,inferred,from its weekdays\n",
        encoding="utf-8",
    )
    (tmp_path / "out").mkdir()
    filled = real_press.sources_with_dates(sources, publication, tmp_path / "out")
    rows = filled.read_text(encoding="utf-8").splitlines()
    assert rows[1].split(",")[4] == "2021-11-16"  # stated: kept as the page states it
    assert rows[2].split(",")[4] == "2021-11-12"  # blank: the annotators' date
    assert sources.read_text(encoding="utf-8").splitlines()[2].split(",")[4] == ""
