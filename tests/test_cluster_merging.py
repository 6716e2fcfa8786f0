"""crisis_timeline.clusters.merging: unions and the checks that refuse them."""

from __future__ import annotations

import pytest

from crisis_timeline.clusters.merging import Groups, Span
from crisis_timeline.clusters.scoring import Scorer
from tests.cluster_cases import CALL, normalised


@pytest.mark.parametrize(
    ("first", "second", "merges"),
    [
        (dict(date="2021-11-15"), dict(date="2021-11-16"), True),
        (dict(date="2021-11-15"), dict(date="2021-11-17"), False),  # MAX_DAY_SPREAD
        (
            dict(date="2021-11-15"),
            dict(date="2021-11-15", date_end="2021-11-21", precision="week"),
            True,
        ),
        (
            dict(date="2021-11-22", date_end="2021-11-28", precision="week"),
            dict(date="2021-11-15"),
            False,
        ),
        (
            dict(date="2021-11-01", date_end="2021-11-30", precision="month"),
            dict(date="2021-12-01", date_end="2021-12-31", precision="month"),
            False,
        ),
    ],
)
def test_merged_dates_stay_one_happening(first, second, merges):
    left, right = normalised([{**CALL, **first}, {**CALL, "outlet": "B", **second}])
    assert (Span.of(left).merged(Span.of(right)) is not None) is merges


def test_groups_refuse_a_union_that_would_chain_days():
    events = normalised(
        [{**CALL, "outlet": f"Outlet {day}", "date": f"2021-11-{day}"} for day in (14, 15, 16)]
    )
    groups = Groups(events, Scorer(events))
    assert groups.try_union(0, 1)
    assert not groups.try_union(1, 2)  # 14 to 16 November: more than MAX_DAY_SPREAD
    assert groups.find(0) == groups.find(1) != groups.find(2)
