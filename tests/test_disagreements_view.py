"""ui/disagreements: who says which figure, grouped, whether 2 outlets report it or 80 (the
Discrepancy records the store reads back, old ones without groups included)."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from ui.disagreements import named


def shown(markdown: str) -> str:
    """Markdown source as the reader sees it: backslash escapes (ui.text.literal) removed."""
    return re.sub(r"\\(.)", r"\1", markdown)


def test_named_lists_a_few_outlets_then_counts_the_rest():
    assert named(["A"]) == "A"
    assert named(["A", "B"]) == "A and B"
    assert named(["A", "B", "C"]) == "A, B and C"
    assert named([f"O{n}" for n in range(42)]) == "O0, O1, O2, O3 and 38 more"
    assert named([]) == ""


def _script(groups: int, outlets_each: int, stored_groups: bool = True) -> AppTest:
    def app(groups: int, outlets_each: int, stored_groups: bool) -> None:
        from crisis_timeline.clusters import Discrepancy
        from ui.disagreements import show_disagreement

        made = [
            {
                "value": f"{100 - 10 * g} km",
                "outlets": [f"Outlet {g}-{n}" for n in range(outlets_each)],
                "words": f"about {100 - 10 * g} kilometres",
            }
            for g in range(groups)
        ]
        show_disagreement(
            Discrepancy.from_json(
                {
                    "kind": "quantity",
                    "unit": "kilometre",
                    "values": {o: m["words"] for m in made for o in m["outlets"]},
                    "detail": "Kilometre: ...",
                    "groups": made if stored_groups else [],
                }
            )
        )

    at = AppTest.from_function(
        app, kwargs={"groups": groups, "outlets_each": outlets_each, "stored_groups": stored_groups}
    )
    return at.run()


def test_a_few_figures_are_side_by_side_with_their_outlets_and_words():
    at = _script(groups=2, outlets_each=40)
    assert not at.exception
    assert "80 outlets, 2 different figures" in at.markdown[0].value
    columns = [shown(m.value) for m in at.markdown[1:]]
    assert len(columns) == 2
    assert columns[0].startswith("**100 km** · 40 outlets")
    assert "Outlet 0-0, Outlet 0-1, Outlet 0-2, Outlet 0-3 and 36 more" in columns[0]
    assert "> about 100 kilometres" in columns[0]


def test_many_figures_go_into_a_table_not_dozens_of_columns():
    at = _script(groups=7, outlets_each=3)
    assert not at.exception
    assert "21 outlets, 7 different figures" in at.markdown[0].value
    assert len(at.markdown) == 1
    table = at.dataframe[0].value
    assert list(table["Says"]) == [f"{100 - 10 * g} km" for g in range(7)]
    assert list(table["Outlets"]) == [3] * 7


def test_a_store_without_groups_shows_one_group_per_outlet():
    at = _script(groups=2, outlets_each=1, stored_groups=False)
    assert not at.exception
    assert "2 outlets, 2 different figures" in at.markdown[0].value
    assert "about 100 kilometres" in shown(at.markdown[1].value)


def test_an_outlet_giving_two_figures_is_counted_once_in_the_headline():
    def app() -> None:
        from crisis_timeline.clusters import Discrepancy
        from ui.disagreements import show_disagreement

        show_disagreement(
            Discrepancy.from_json(
                {
                    "kind": "date",
                    "unit": None,
                    "values": {"A": "2021-11-14", "B": "2021-11-14, 2021-11-15"},
                    "detail": "Date: ...",
                    "groups": [
                        {"value": "14 November 2021", "outlets": ["A", "B"], "words": "“Sunday”"},
                        {"value": "15 November 2021", "outlets": ["B"], "words": "“Monday”"},
                    ],
                }
            )
        )

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert at.markdown[0].value == "**Date**: 2 outlets, 2 different dates"
    assert shown(at.markdown[1].value).startswith("**14 November 2021** · 2 outlets")


def test_malformed_or_old_records_show_what_they_can_without_failing():
    def app() -> None:
        from crisis_timeline.clusters import Discrepancy
        from ui.disagreements import show_disagreement

        # an old store: no groups; two outlets in the same words share one group
        show_disagreement(
            Discrepancy.from_json(
                {
                    "kind": "quantity",
                    "unit": "person",
                    "values": {"A": "2,000 people", "B": "2,000 people", "C": "1,500 people"},
                    "detail": "Number of people: ...",
                }
            )
        )
        # groups without outlets and no values: nothing to show, no error
        show_disagreement(
            Discrepancy.from_json(
                {
                    "kind": "date",
                    "unit": None,
                    "values": {},
                    "detail": "",
                    "groups": [{"value": "x"}],
                }
            )
        )

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert at.markdown[0].value == "**Number of people**: 3 outlets, 2 different figures"
    assert shown(at.markdown[1].value).startswith("**2,000 people** · 2 outlets")
    assert len(at.markdown) == 3


def test_a_claim_only_one_outlet_makes_is_its_sentence():
    def app() -> None:
        from crisis_timeline.clusters import Discrepancy
        from ui.disagreements import show_disagreement

        show_disagreement(
            Discrepancy.from_json(
                {
                    "kind": "claim",
                    "unit": None,
                    "values": {"RFI": "Le HCR a demandé un accès."},
                    "detail": "Only RFI mentions UNHCR: “Le HCR a demandé un accès.”",
                }
            )
        )

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert [shown(m.value) for m in at.markdown] == [
        "Only RFI mentions UNHCR: “Le HCR a demandé un accès.”"
    ]
