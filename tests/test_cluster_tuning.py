"""crisis_timeline.clusters.tuning: every number has a name, a unit and a reason.

The rule of issue 21's "Settings in one place", written as a test: each constant of the
table says `# unit: why` on its line, or on the comment line just above it.
"""

from __future__ import annotations

import ast
import inspect

from crisis_timeline.clusters import tuning


def _constants() -> list[tuple[str, int]]:
    tree = ast.parse(inspect.getsource(tuning))
    return [
        (node.targets[0].id, node.lineno)
        for node in tree.body
        if isinstance(node, ast.Assign) and node.targets[0].id.isupper()
    ]


def test_every_setting_says_its_unit_and_why():
    lines = inspect.getsource(tuning).splitlines()
    undocumented = []
    for name, line in _constants():
        own, above = lines[line - 1], lines[line - 2]
        comment = own.partition("  # ")[2] or above.removeprefix("# ")
        unit, colon, why = comment.partition(":")
        if not (colon and unit.strip() and len(why.split()) >= 3):
            undocumented.append(name)
    assert undocumented == []


def test_the_table_holds_the_clusterer_s_numbers():
    names = {name for name, _line in _constants()}
    assert len(names) >= 25
    assert {"MERGE_THRESHOLD", "LINKAGE_THRESHOLD", "WEIGHT_ACTORS", "DAY_SLACK"} <= names
    weights = [getattr(tuning, n) for n in sorted(names) if n.startswith("WEIGHT_")]
    assert all(0 < w < 1 for w in weights)
