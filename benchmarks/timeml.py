"""TimeML newswire benchmark: our `tag` against the DATE expressions of .tml files.

    .venv/bin/python -m benchmarks.timeml [--dir DIR] [--errors N] [--json]

Reads every `*.tml` file of a local folder (TimeML 1.2: TempEval-3 platinum, TimeBank 1.2,
AQUAINT), takes its document creation time (the DCT's TIMEX3 value) as the publication
date and its <TEXT> with the tags removed as the text, runs
`crisis_timeline.temporal.tag(text, dct, "en")` and scores the gold TIMEX3s of type DATE:

- span P/R/F1, strict (exact offsets) and lenient (overlapping spans);
- value P/R/F1: a prediction counts when it overlaps a gold DATE and its value equals the
  gold value (`tag` gives the same ISO forms: 2013-03-22, 2013-W11, 2013-03, 2013).

A prediction overlapping a gold TIMEX3 of another type (DURATION, SET, TIME) is left out of
the precision: the tagger is only asked for dates here. Speed is documents per second in one
process, after a warm-up. The corpus is not ours: it stays outside the repository (see
benchmarks/README.md for where to get it); without the folder the script exits 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

# Where a reader keeps the .tml files (not committed: .gitignore lists benchmarks/local/).
DEFAULT_DIR = Path(__file__).resolve().parent / "local" / "timeml"
_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]


class MissingCorpus(Exception):
    """The folder of .tml files is absent or empty."""


def _dct(root: ET.Element) -> date | None:
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = _ISO_DAY.match(timex.get("value", ""))
            if match:
                return date(int(match[1]), int(match[2]), int(match[3]))
    return None


def _flatten(element: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    """The element's text with tags removed, collecting TIMEX3 offsets on the way."""
    if element.text:
        parts.append(element.text)
    for child in element:
        start = sum(map(len, parts))
        _flatten(child, parts, timexes)
        if child.tag == "TIMEX3":
            end = sum(map(len, parts))
            text = "".join(parts)[start:end]
            timexes.append(
                GoldTimex(start, end, text, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)


def load_document(path: Path) -> Document:
    root = ET.parse(path).getroot()
    body = root.find("TEXT")
    if body is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(body, parts, timexes)
    return Document(path.stem, _dct(root), "".join(parts), tuple(timexes))


def load_folder(folder: Path) -> list[Document]:
    if not folder.is_dir():
        raise MissingCorpus(
            f"{folder} does not exist. The TimeML corpus is not in the repository: put the "
            f".tml files of TempEval-3 platinum (or TimeBank 1.2) there, or pass --dir."
        )
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise MissingCorpus(f"{folder} holds no .tml file.")
    return [load_document(path) for path in files]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score(documents: Sequence[Document], predictions: dict[str, list[Any]]) -> dict[str, Any]:
    """Counts and P/R/F1 for strict and lenient spans and for values, over gold DATEs."""
    gold_total = predicted_total = strict = lenient = value_ok = 0
    errors: list[dict[str, Any]] = []
    for document in documents:
        dates = [t for t in document.timexes if t.type == "DATE"]
        others = [t for t in document.timexes if t.type != "DATE"]
        gold_total += len(dates)
        kept = [
            p
            for p in predictions[document.name]
            if any(_overlaps(p.start, p.end, g.start, g.end) for g in dates)
            or not any(_overlaps(p.start, p.end, o.start, o.end) for o in others)
        ]
        predicted_total += len(kept)
        for gold in dates:
            match = next((p for p in kept if _overlaps(p.start, p.end, gold.start, gold.end)), None)
            if match is None:
                errors.append({"doc": document.name, "miss": gold.text, "gold": gold.value})
                continue
            lenient += 1
            strict += (match.start, match.end) == (gold.start, gold.end)
            if match.value == gold.value:
                value_ok += 1
            else:
                errors.append(
                    {
                        "doc": document.name,
                        "text": gold.text,
                        "gold": gold.value,
                        "ours": f"{match.text} = {match.value}",
                    }
                )
        for p in kept:
            if not any(_overlaps(p.start, p.end, g.start, g.end) for g in dates):
                errors.append({"doc": document.name, "false_alarm": p.text, "ours": p.value})

    def prf(hits: int) -> dict[str, float]:
        precision = hits / predicted_total if predicted_total else 0.0
        recall = hits / gold_total if gold_total else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"P": round(precision, 3), "R": round(recall, 3), "F1": round(f1, 3)}

    return {
        "documents": len(documents),
        "gold_dates": gold_total,
        "predicted": predicted_total,
        "strict": prf(strict),
        "lenient": prf(lenient),
        "value": prf(value_ok),
        "errors": errors,
    }


def run(documents: Sequence[Document], rounds: int = 3) -> tuple[dict[str, list[Any]], float]:
    """Predictions per document and documents per second (best of `rounds`, after a warm-up)."""
    from crisis_timeline.temporal import tag

    predictions = {d.name: tag(d.text, d.dct, "en") for d in documents}  # warm-up
    best = float("inf")
    for _ in range(rounds):
        began = time.perf_counter()
        for document in documents:
            tag(document.text, document.dct, "en")
        best = min(best, time.perf_counter() - began)
    return predictions, (len(documents) / best if best > 0 else float("inf"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.timeml", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR, help="folder of .tml files")
    parser.add_argument("--errors", type=int, default=0, help="list up to N errors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        documents = load_folder(args.dir)
    except MissingCorpus as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    predictions, speed = run(documents)
    report = score(documents, predictions)
    report["docs_per_second"] = round(speed, 1)
    errors = report.pop("errors")
    if args.json:
        print(json.dumps(report | {"errors": errors[: args.errors]}, indent=2))
        return 0
    print(f"TimeML benchmark: {args.dir} ({report['documents']} documents)")
    print(f"gold DATE expressions {report['gold_dates']}, predicted {report['predicted']}")
    for name in ("strict", "lenient", "value"):
        figures = report[name]
        print(f"  {name:<8} P {figures['P']:.3f}  R {figures['R']:.3f}  F1 {figures['F1']:.3f}")
    print(f"speed: {report['docs_per_second']} documents/s (one process, after a warm-up)")
    for error in errors[: args.errors]:
        print("  " + json.dumps(error, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
