"""Extraction time and peak memory against article size, 10 KB to 5 MB (issue 19, defect 4).

    .venv/bin/python -m benchmarks.extraction_size [--sizes 10K,50K,...] [--dates N] [--json]

For each size it writes one article of that many bytes (UTF-8) into a temporary folder, with
a sources.csv beside it, and runs, in a fresh subprocess, what `python -m crisis_timeline
extract FILE` runs: `pipeline.run_pipeline([FILE])` (load, clean, date the article, extract
its events, cluster them). It reports wall and CPU seconds of that call, the peak resident
memory of the subprocess (`resource.getrusage`, which includes the interpreter and the
reference data, about 100 MB), the number of events, and the fitted exponent: the slope of
log(seconds) against log(bytes) over the sizes from 100 KB up (below that, start-up costs
dominate). A slope near 1 is linear; near 2 is quadratic.

The articles are built from our own texts: the English seeds and gold articles
(benchmarks/gold/articles), their paragraphs shuffled afresh on every pass (a deterministic
shuffle) so that the article is not one block repeated. `--dates N` adds a row for a text
of N dates (one short sentence each), the shape that hung before (200,000 dates).

It is a benchmark, not a test: it prints figures and never fails on them.
(tests/test_extraction_linear.py guards the growth with operation counts instead.)
"""

from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TEXT_FOLDERS = (PROJECT_ROOT / "seeds", PROJECT_ROOT / "benchmarks" / "gold" / "articles")
DEFAULT_SIZES = ("10K", "50K", "100K", "500K", "1M", "2M", "5M")
MAX_BYTES = 5 * 1024 * 1024  # settings.MAX_UPLOAD_BYTES: the largest article a user can load
FIT_FROM_BYTES = 100_000
PUBLISHED = "2021-11-15"

# Run in the subprocess: one extraction, then its figures as one JSON line.
_CHILD = """
import json, resource, sys, time
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.pipeline import run_pipeline
load_gazetteer()  # reference data: loaded once per process, not part of an article's cost
wall, cpu = time.perf_counter(), time.process_time()
extraction = run_pipeline([sys.argv[1]])
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": wall, "cpu_seconds": cpu, "peak_mb": peak_kb / 1024,
                  "events": len(extraction.events),
                  "problems": [p.message for p in extraction.problems]}))
"""


def parse_size(text: str) -> int:
    """'10K' -> 10,000 bytes, '5M' -> 5 MiB capped at the upload limit, '2000' -> 2,000."""
    text = text.strip().upper()
    if text.endswith("M"):
        return min(int(float(text[:-1]) * 1024 * 1024), MAX_BYTES)
    if text.endswith("K"):
        return int(float(text[:-1]) * 1000)
    return int(text)


def _english_paragraphs() -> list[str]:
    paragraphs = []
    for folder in TEXT_FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            if " the " not in text:  # the French articles: one language per article
                continue
            paragraphs.extend(p.strip() for p in text.split("\n\n") if p.strip())
    return paragraphs


def article_text(size: int, seed: int = 0) -> str:
    """About `size` bytes (UTF-8, never more) of English news prose from our own articles."""
    paragraphs = _english_paragraphs()
    rng = random.Random(seed)
    parts: list[str] = []
    used = 0
    while True:
        rng.shuffle(paragraphs)
        for paragraph in paragraphs:
            cost = len(paragraph.encode("utf-8")) + 2
            if used + cost > size:
                return "\n\n".join(parts) + "\n"
            parts.append(paragraph)
            used += cost


def dates_text(count: int, per_sentence: int = 5) -> str:
    """`count` dates, each a different day, `per_sentence` to a sentence, a paragraph every
    ten sentences: "Guards reported crossings on 3/11/2021, 4/11/2021 and 5/11/2021."
    (about 13 bytes per date, so 200,000 dates stay under the 5 MB upload limit)."""
    first = date(2021, 1, 1)
    days = [first + timedelta(days=index % 700) for index in range(count)]
    written = [f"{day.day}/{day.month}/{day.year}" for day in days]
    sentences = []
    for start in range(0, count, per_sentence):
        group = written[start : start + per_sentence]
        listed = ", ".join(group[:-1]) + " and " + group[-1] if len(group) > 1 else group[0]
        sentences.append(f"Guards reported crossings on {listed}.")
    paragraphs = [" ".join(sentences[i : i + 10]) for i in range(0, len(sentences), 10)]
    return "\n\n".join(paragraphs) + "\n"


def _write_article(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    (folder / "sources.csv").write_text(
        "file,outlet,title,author,published,language,url,notes\n"
        f"{name},Size Benchmark,,,{PUBLISHED},en,,generated from our own texts\n",
        encoding="utf-8",
    )
    return path


def measure_file(path: Path, timeout: float = 1800) -> dict:
    """Figures of one extraction of `path` in a fresh process."""
    completed = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if completed.returncode != 0:
        raise RuntimeError(f"extraction of {path.name} failed:\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def fitted_exponent(rows: list[dict], key: str = "cpu_seconds") -> float | None:
    """Least-squares slope of log(key) against log(bytes) over rows from FIT_FROM_BYTES up."""
    points = [
        (math.log(row["bytes"]), math.log(row[key]))
        for row in rows
        if row["bytes"] >= FIT_FROM_BYTES and row[key] > 0 and not row.get("dates")
    ]
    if len(points) < 2:
        return None
    mean_x = sum(x for x, _ in points) / len(points)
    mean_y = sum(y for _, y in points) / len(points)
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    return sum((x - mean_x) * (y - mean_y) for x, y in points) / spread


def run(sizes: list[int], dates: int = 0) -> list[dict]:
    """One row per size (and one for `dates` dates when given)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="extraction-size-") as tmp:
        jobs = [(size, article_text(size), None) for size in sizes]
        if dates:
            jobs.append((0, dates_text(dates), dates))
        for index, (_size, text, date_count) in enumerate(jobs):
            folder = Path(tmp) / f"run{index}"
            folder.mkdir()
            path = _write_article(folder, f"article_{index}.txt", text)
            row = {"bytes": path.stat().st_size, "dates": date_count, **measure_file(path)}
            rows.append(row)
            print(_format_row(row), file=sys.stderr, flush=True)
    return rows


def _format_row(row: dict) -> str:
    label = f"{row['dates']:,} dates" if row.get("dates") else f"{row['bytes'] / 1e6:.2f} MB"
    return (
        f"| {label} | {row['seconds']:.2f} | {row['cpu_seconds']:.2f} | "
        f"{row['peak_mb']:.0f} | {row['events']:,} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(DEFAULT_SIZES), help="comma-separated")
    parser.add_argument("--dates", type=int, default=0, help="also a text of N dates")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = parser.parse_args(argv)
    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    print("| article | wall s | CPU s | peak MB | events |", file=sys.stderr)
    print("|---|---|---|---|---|", file=sys.stderr)
    rows = run(sizes, args.dates)
    exponent = fitted_exponent(rows)
    if args.json:
        print(json.dumps({"rows": rows, "exponent": exponent}, indent=2))
    else:
        shown = "n/a" if exponent is None else f"{exponent:.2f}"
        print(f"fitted exponent (log CPU s / log bytes, >= 100 KB): {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
