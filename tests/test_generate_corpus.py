"""The synthetic corpus generator: its gold labels, and output unchanged by recording them."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from benchmarks import generate_corpus
from benchmarks.generate_corpus import HAPPENINGS, CorpusWriter, write_corpus

HAPPENING_BY_KEY = {happening.key: happening for happening in HAPPENINGS}
ARTICLES = [CorpusWriter(7).article(index) for index in range(60)]


def test_happening_keys_are_unique() -> None:
    assert len(HAPPENING_BY_KEY) == len(HAPPENINGS)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.file)
def test_labels_point_at_sentences_of_the_text_that_name_their_happening(article) -> None:
    assert article.gold, "every article reports at least its lead happening"
    assert article.gold[0].kind == "event"
    previous_end = 0
    for label in article.gold:
        assert article.text[label.start : label.end] == label.text
        assert label.start >= previous_end  # in text order, never overlapping
        previous_end = label.end
        happening = HAPPENING_BY_KEY[label.happening]
        assert label.kind in {"event", "quote"}
        if label.kind == "event":
            # The happening's own clause, up to its figure, is in the sentence.
            clause = happening.en if article.language == "en" else happening.fr
            assert clause.split("{n}")[0].strip().lower() in label.text.lower()
        else:
            assert label.text[0] in "\u201c\u00ab"
        if article.published:
            assert happening.day <= date.fromisoformat(article.published[:10])


def test_a_label_names_the_happening_the_sentence_reports() -> None:
    # Sentences of different happenings in one article carry different keys.
    several = [a for a in ARTICLES if len({g.happening for g in a.gold if g.kind == "event"}) > 1]
    assert several
    for article in several:
        events = [g for g in article.gold if g.kind == "event"]
        assert len({g.happening for g in events}) == len(events)


def test_output_files_do_not_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Recording labels draws no random numbers: the files are those written before labels
    existed. The built-in name lists keep the digest independent of data/*.csv; update the
    digest only when changing the generated text on purpose."""
    monkeypatch.setattr(generate_corpus, "ACTORS_CSV", tmp_path / "missing-actors.csv")
    monkeypatch.setattr(generate_corpus, "PLACES_CSV", tmp_path / "missing-places.csv")
    out = tmp_path / "corpus"
    write_corpus(out, 40, seed=3)
    digest = hashlib.sha256()
    for path in sorted(out.iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    assert digest.hexdigest() == "002fd17f758821abfc70703c452c97e43a10d7544743b65ae336aa144e7e8cf6"
