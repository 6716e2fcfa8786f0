"""Page render and filter-rerun times of our app as ratios over the floor app, in Chromium.

    .venv/bin/python -m benchmarks.render [--runs 5] [--corpus-articles 10000] [--url-path ""]
        [--only seeds|corpus] [--reuse-store] [--timeout 900]

Runs benchmarks/tools/render_time.py twice, each time timing the floor app
(benchmarks/tools/floor_app.py: one slider, one plotly chart, one pydeck map, one dataframe)
and our app.py side by side, interleaved, with one widget moved per run so the filter rerun
is timed too ("Share shown (%)" in the floor app, "Show background events" in ours):

  seeds    the store built from seeds/ (five articles)
  corpus   the store built from a generated corpus (benchmarks/generate_corpus.py), written
           once into benchmarks/.cache/ and re-used while its inputs are unchanged.

The app finds its store through CRISIS_TIMELINE_DB, which render_time.py's servers inherit.
Stores are built before timing, so the app's first paint only reads one. The figures to quote
are the medians of the per-round ratios over the floor: `total_visual` (process start until
every chart has drawn) and `rerun` (filter change until the rerun finished). Targets (issue 6):
total_visual <= 1.5x on the seeds and <= 2x on 10,000 articles; rerun <= 1.5x. It is a
benchmark, not a test: it prints figures and exits non-zero only when a run failed.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate_corpus import write_corpus  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parent.parent
TOOLS_DIR = PROJECT_ROOT / "benchmarks" / "tools"  # copies of the team's measuring tools
RENDER_TIME = TOOLS_DIR / "render_time.py"
FLOOR_APP = TOOLS_DIR / "floor_app.py"
CACHE_DIR = PROJECT_ROOT / "benchmarks" / ".cache"
VENV_PYTHON = PROJECT_ROOT / ".venv" / "bin" / "python"

FLOOR_WIDGET = "Share shown (%)"
APP_WIDGET = "Show background events"
TARGETS = {
    "seeds": {"t_total_visual": 1.5, "t_rerun": 1.5},
    "corpus": {"t_total_visual": 2.0, "t_rerun": 1.5},
}
QUOTED = (
    "t_total_visual",
    "t_total",
    "t_first_render",
    "t_visual",
    "t_settled",
    "t_rerun",
    "t_rerun_settled",
)


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(PROJECT_ROOT))
    except ValueError:
        return os.path.relpath(path, PROJECT_ROOT)


def seeds_store() -> Path:
    """The seeds' store in the cache (rebuilt only when the seeds or the code changed)."""
    from crisis_timeline import settings, store

    path = CACHE_DIR / "seeds.duckdb"
    info = store.build_store([settings.SEEDS_DIR], None, path)
    print(
        f"seeds store: {_relative(path)} ({'built' if info.rebuilt else 'up to date'}, "
        f"{info.articles} articles, {info.events} events)",
        file=sys.stderr,
    )
    return path


def corpus_store(articles: int, seed: int, workers: int, reuse: bool = False) -> Path:
    """A generated corpus and its store in the cache (each made once, then re-used)."""
    from crisis_timeline import store

    corpus = CACHE_DIR / f"corpus-{articles}-seed{seed}"
    if not (corpus / "sources.csv").is_file():
        started = time.perf_counter()
        write_corpus(corpus, articles, seed)
        print(
            f"generated {articles} articles in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    path = CACHE_DIR / f"corpus-{articles}-seed{seed}.duckdb"
    started = time.perf_counter()
    sources = corpus / "sources.csv"
    if reuse and store.stored_fingerprint(path) is not None:
        # Timing the app does not need the newest extraction; a rebuild takes ~10 minutes.
        info = store.read_info(path)
        if info.fingerprint != store.fingerprint([corpus], sources):
            print(
                f"re-using {_relative(path)} built by older code (--reuse-store)", file=sys.stderr
            )
    else:
        info = store.build_store([corpus], sources, path, workers=workers)
    print(
        f"corpus store: {_relative(path)} ({'built' if info.rebuilt else 'up to date'} in "
        f"{time.perf_counter() - started:.1f} s, {info.articles} articles, {info.events} events, "
        f"{info.clusters} clusters)",
        file=sys.stderr,
    )
    return path


def render_command(
    runs: int, warmup: int, json_path: Path, url_path: str, app_widget: str, timeout: float = 0
) -> list[str]:
    """The render_time.py command, from the project root."""
    command = [
        _relative(VENV_PYTHON),
        _relative(RENDER_TIME),
        _relative(FLOOR_APP),
        "app.py",
        "--runs",
        str(runs),
        "--python",
        _relative(VENV_PYTHON),
        "--cwd",
        ".",
        "--interact",
        FLOOR_WIDGET,
        "--interact",
        app_widget,
        "--json",
        _relative(json_path),
    ]
    if warmup:
        command += ["--warmup", str(warmup)]
    if url_path:
        command += ["--url-path", url_path]
    if timeout:
        command += ["--timeout", str(timeout)]
    return command


def run_render(name: str, db: Path, args: argparse.Namespace) -> dict[str, Any]:
    suffix = f"-{args.url_path}" if args.url_path else ""
    json_path = CACHE_DIR / f"render-{name}{suffix}.json"
    command = render_command(
        args.runs, args.warmup, json_path, args.url_path, args.interact, args.timeout
    )
    shown = f"CRISIS_TIMELINE_DB={_relative(db)} {shlex.join(command)}"
    print(f"\n$ {shown}", file=sys.stderr, flush=True)
    environment = {**os.environ, "CRISIS_TIMELINE_DB": str(db)}
    completed = subprocess.run(command, cwd=PROJECT_ROOT, env=environment, check=False)
    if completed.returncode != 0:
        return {"name": name, "command": shown, "failed": completed.returncode}
    summary = json.loads(json_path.read_text())
    floor, ours = summary["apps"][0], summary["apps"][1]
    return {
        "name": name,
        "command": shown,
        "db": _relative(db),
        "versions": summary["versions"],
        "ratio": {k: ours["ratio_over_first"].get(k) for k in QUOTED},
        "floor_median_s": {k: floor["median"].get(k) for k in QUOTED},
        "app_median_s": {k: ours["median"].get(k) for k in QUOTED},
        "json": _relative(json_path),
    }


def report(results: list[dict[str, Any]]) -> str:
    lines = [
        "",
        f"{'store':<8} {'measure':<16} {'floor s':>8} {'app s':>8} {'ratio':>7} {'target':>7}",
    ]
    for result in results:
        if "failed" in result:
            lines.append(f"{result['name']:<8} FAILED (exit {result['failed']})")
            continue
        for key in QUOTED:
            ratio = result["ratio"][key]
            target = TARGETS[result["name"]].get(key)
            verdict = (
                "" if target is None or ratio is None else ("ok" if ratio <= target else "MISSED")
            )
            floor, ours = result["floor_median_s"][key], result["app_median_s"][key]
            lines.append(
                f"{result['name']:<8} {key[2:]:<16} {floor or 0:>8.3f} {ours or 0:>8.3f} "
                f"{'-' if ratio is None else f'{ratio:.2f}x':>7} "
                f"{'' if target is None else f'<={target}x':>7} {verdict}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=0)
    parser.add_argument("--corpus-articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--build-workers", type=int, default=2, help="processes for the corpus build"
    )
    parser.add_argument("--url-path", default="", help="page to open (default: the overview)")
    parser.add_argument("--interact", default=APP_WIDGET, help="our app's widget label to move")
    parser.add_argument(
        "--reuse-store",
        action="store_true",
        help="use the cached corpus store even when the code changed since it was built",
    )
    parser.add_argument(
        "--timeout", type=float, default=0, help="seconds per phase (render_time.py: 120)"
    )
    parser.add_argument("--only", choices=("seeds", "corpus"), help="time one store only")
    args = parser.parse_args(argv)

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    stores: list[tuple[str, Path]] = []
    if args.only in (None, "seeds"):
        stores.append(("seeds", seeds_store()))
    if args.only in (None, "corpus"):
        stores.append(
            (
                "corpus",
                corpus_store(
                    args.corpus_articles,
                    args.seed,
                    args.build_workers,
                    args.reuse_store,
                ),
            )
        )
    results = [run_render(name, db, args) for name, db in stores]
    print(report(results))
    for result in results:
        print(f"{result['name']}: {result['command']}")
    summary_path = CACHE_DIR / f"render-summary{'-' + args.url_path if args.url_path else ''}.json"
    summary_path.write_text(json.dumps(results, indent=2))
    print(f"summary: {_relative(summary_path)}")
    return 1 if any("failed" in r for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
