"""The house rules a newcomer relies on, written as tests (issue 21).

- ruff passes on the whole repository (lint and format), with McCabe complexity at most 15;
- no function is longer than 80 lines;
- no module is longer than 800 lines, except language tables (data, not logic).

The copies of the team's measuring tools (benchmarks/tools) are kept as received.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_FUNCTION_LINES = 80
MAX_MODULE_LINES = 800
MAX_COMPLEXITY = 15
CHECKED = ("app.py", "tasks.py", "crisis_timeline", "ui", "pages", "benchmarks", "scripts", "tests")
# Language tables are data: long lists of words and patterns, one module per kind of table.
TABLE_MODULES = {
    "crisis_timeline/temporal_lexicon.py",
    "crisis_timeline/quantity_lexicon.py",
    "crisis_timeline/cluster_lexicon.py",
    "crisis_timeline/event_type_lexicon.py",
    "crisis_timeline/events_lexicon.py",
}


def _python_files() -> list[Path]:
    files: list[Path] = []
    for name in CHECKED:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        else:
            files.extend(p for p in path.rglob("*.py") if "tools" not in p.relative_to(ROOT).parts)
    return sorted(files)


def _ruff() -> list[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    return [ruff]


def test_ruff_lint_with_complexity_at_most_15():
    result = subprocess.run(
        [
            *_ruff(),
            "check",
            "--extend-select",
            "C901",
            "--config",
            f"lint.mccabe.max-complexity={MAX_COMPLEXITY}",
            "--output-format",
            "concise",
            ".",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean():
    result = subprocess.run(
        [*_ruff(), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_function_over_80_lines():
    long = []
    for path in _python_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = node.end_lineno - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length})")
    assert not long, "\n".join(long)


def test_no_module_over_800_lines_outside_language_tables():
    long = []
    for path in _python_files():
        name = path.relative_to(ROOT).as_posix()
        if name in TABLE_MODULES or "/lang/" in name or name.startswith("tests/"):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_MODULE_LINES:
            long.append(f"{name} ({lines})")
    assert not long, "\n".join(long)
