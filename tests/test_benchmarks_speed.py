"""benchmarks/speed.py: which folders it reads, and a clear message when it reads none."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from benchmarks import speed

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _language_folders(root: Path) -> None:
    """The seeds laid out as benchmarks/local/realpress is: one folder per language and one
    sources.csv at the top."""
    with (SEEDS / "sources.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        folder = root / row["language"]
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(SEEDS / row["file"], folder / row["file"])
    shutil.copy(SEEDS / "sources.csv", root / "sources.csv")


def test_a_corpus_in_language_folders_is_read_from_each_folder(tmp_path):
    _language_folders(tmp_path)
    assert speed.corpus_folders(tmp_path) == [tmp_path / "en", tmp_path / "fr"]
    figures = speed.measure(tmp_path, store_runs=False, baseline=2)
    assert figures["articles"] == 5 and figures["events"] > 0
    assert figures["search_dates_articles"] == 2


def test_a_flat_corpus_is_its_own_folder():
    assert speed.corpus_folders(SEEDS) == [SEEDS]


def test_a_folder_without_articles_is_a_message_not_a_traceback(tmp_path, capsys):
    assert speed.main(["--corpus", str(tmp_path), "--no-store"]) == 2
    assert "has no sources.csv" in capsys.readouterr().err
    shutil.copy(SEEDS / "sources.csv", tmp_path / "sources.csv")
    assert speed.main(["--corpus", str(tmp_path), "--no-store"]) == 2
    assert "no article could be read" in capsys.readouterr().err


def test_articles_beside_language_folders_are_read_too(tmp_path):
    _language_folders(tmp_path)
    shutil.copy(SEEDS / "000_655bb99b2924ade9.txt", tmp_path / "top.txt")
    assert speed.corpus_folders(tmp_path) == [tmp_path, tmp_path / "en", tmp_path / "fr"]
