"""Accessibility: axe-core (WCAG 2.1 A and AA rules) on every page, light and dark theme.

axe-core comes from npm (tests/a11y/package.json, installed by `tasks.py test`); it is
injected into the page served by the same Streamlit server the browser suite starts.
A violation fails with the rule, its impact and the first offending elements, so the
message says what to fix.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.browser_support import assert_clean, wait_ready
from tests.test_browser import PAGES

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if not AXE.exists():
    if os.environ.get("CI") == "true":
        raise RuntimeError(
            f"CI=true but axe-core is missing at {AXE} (run `python3 tasks.py test`)"
        )
    pytest.skip("axe-core is not installed (npm ci --prefix tests/a11y)", allow_module_level=True)


def _violations(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA
    )
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:4]],
            "summary": v["nodes"][0].get("failureSummary", "")[:300] if v["nodes"] else "",
        }
        for v in result["violations"]
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", list(PAGES))
def test_no_wcag_21_aa_violation(server, browser, path, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(f"{server.url}/{path}")
        wait_ready(page)
        assert_clean(page)
        found = _violations(page)
        assert not found, json.dumps(found, indent=1, ensure_ascii=False)
    finally:
        context.close()
