"""How a build's cost grows with the corpus: 1k, 5k, 10k (and 50k) generated articles.

    .venv/bin/python -m benchmarks.scale [--sizes 1000,5000,10000] [--workers 2] [--json]

For each size it writes a corpus with benchmarks/generate_corpus.py (article i is the same
in every size, so each corpus extends the last) and runs, in a fresh subprocess,
`python -m crisis_timeline build CORPUS --db STORE --workers N` (stderr not a terminal: the
plain progress lines). It reports the wall seconds of the build, articles per second, the
peak resident memory of the build's processes (resource.getrusage of the children: the
largest single process, main or worker), the store's size, and its counts.

50,000 articles take several minutes on a 2-core machine (and ~130 MB of corpus on disk);
pass --sizes 1000,5000,10000,50000 to include them. App render time against the floor app
is benchmarks/render.py's (run it on the store this leaves with --keep).
It is a benchmark, not a test: it prints figures and never fails on them.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(PROJECT_ROOT))

from benchmarks.generate_corpus import write_corpus  # noqa: E402

DEFAULT_SIZES = (1000, 5000, 10000)


def _children_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def measure_build(corpus: Path, store: Path, workers: int) -> dict:
    """One build of `corpus` into a new `store` in a fresh process."""
    store.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "crisis_timeline",
        "build",
        str(corpus),
        "--db",
        str(store),
        "--workers",
        str(workers),
    ]
    started = time.perf_counter()
    completed = subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, check=False
    )
    seconds = time.perf_counter() - started
    if completed.returncode != 0:
        raise RuntimeError(f"build failed:\n{completed.stderr[-2000:]}")
    with duckdb.connect(str(store), read_only=True) as con:
        counts = {
            table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("articles", "events", "clusters")
        }
    return {
        "seconds": seconds,
        # getrusage(CHILDREN) is the largest finished descendant so far: sizes run in
        # increasing order, so a later row is never under-reported.
        "peak_mb": _children_peak_mb(),
        "store_mb": store.stat().st_size / 1e6,
        **counts,
    }


def run(sizes: list[int], workers: int, folder: Path, seed: int = 7) -> list[dict]:
    rows = []
    for size in sorted(sizes):
        corpus = folder / f"corpus-{size}"
        write_corpus(corpus, size, seed)
        row = {"size": size, "workers": workers}
        row |= measure_build(corpus, folder / f"store-{size}.duckdb", workers)
        row["articles_per_second"] = row["articles"] / row["seconds"]
        rows.append(row)
        print(format_row(row), file=sys.stderr, flush=True)
    return rows


HEADER = (
    "| articles | workers | build, s | articles/s | peak memory, MB | store, MB "
    "| events | clusters |\n|---|---|---|---|---|---|---|---|"
)


def format_row(row: dict) -> str:
    return (
        f"| {row['size']:,} | {row['workers']} | {row['seconds']:.1f} | "
        f"{row['articles_per_second']:,.0f} | {row['peak_mb']:,.0f} | {row['store_mb']:.1f} | "
        f"{row['events']:,} | {row['clusters']:,} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES))
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build in this folder and keep it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    print(HEADER, file=sys.stderr)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        rows = run(sizes, args.workers, args.keep, args.seed)
    else:
        with tempfile.TemporaryDirectory(prefix="ct-scale-") as folder:
            rows = run(sizes, args.workers, Path(folder), args.seed)
    command = "python -m benchmarks.scale " + " ".join(sys.argv[1:] if argv is None else argv)
    if args.json:
        print(json.dumps({"command": command, "rows": rows}, indent=2))
    else:
        print("\n".join([HEADER, *(format_row(row) for row in rows), f"command: {command}"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
