"""The layering rules of STYLE.md, as tests."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_never_imports_streamlit():
    offenders = [
        p.name for p in (ROOT / "crisis_timeline").rglob("*.py") if "streamlit" in _imports(p)
    ]
    assert offenders == []


def test_only_charts_import_plotly_or_pydeck():
    core = ROOT / "crisis_timeline"
    offenders = [
        str(p.relative_to(core))
        for p in core.rglob("*.py")
        if p.parent != core / "charts" and {"plotly", "pydeck"} & _imports(p)
    ]
    assert offenders == []


def test_pages_never_import_each_other_and_stay_thin():
    for page in (ROOT / "pages").glob("*.py"):
        assert "pages" not in _imports(page), page.name
        assert len(page.read_text(encoding="utf-8").splitlines()) <= 150, (
            f"{page.name} is doing core work"
        )


def test_entry_point_is_a_router_only():
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert "st.navigation" in source and "crisis_timeline" not in source
