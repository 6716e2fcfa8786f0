"""Where outlets disagree about one story: who says which figure or date, side by side.

A story reported by 80 outlets has 80 values but only a handful of different ones: the
outlets are grouped by what they say (clusters.ValueGroup), the most widely said first, so
the disagreement reads at a glance whether two outlets or two hundred report it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.clusters import unit_title

GROUP_COLUMNS = 4  # groups side by side; more go into a table
NAMED_OUTLETS = 4  # outlets named in a column before "and N more"
KIND_TITLES = {"quantity": "Figures", "date": "Date", "claim": "Only one outlet"}


def named(outlets: list[str] | tuple[str, ...], shown: int = NAMED_OUTLETS) -> str:
    """ "A, B and C", or "A, B, C, D and 38 more"."""
    outlets = list(outlets)
    if len(outlets) <= shown:
        return outlets[0] if len(outlets) == 1 else f"{', '.join(outlets[:-1])} and {outlets[-1]}"
    return f"{', '.join(outlets[:shown])} and {len(outlets) - shown} more"


def _groups(discrepancy: dict) -> list[dict]:
    """The stored groups; a store built before they were stored gets one group per outlet."""
    groups = discrepancy.get("groups")
    if groups:
        return groups
    return [
        {"value": words, "outlets": [outlet], "words": words}
        for outlet, words in discrepancy["values"].items()
    ]


def show_disagreement(discrepancy: dict) -> None:
    """One disagreement: a line saying what differs, then who says what."""
    kind = discrepancy["kind"]
    if kind == "claim":  # one outlet by definition: its sentence says it all
        st.markdown(f"{KIND_TITLES[kind]}: {discrepancy['detail']}")
        return
    groups = _groups(discrepancy)
    outlets = len({outlet for group in groups for outlet in group["outlets"]})
    what = "dates" if kind == "date" else "figures"
    title = (
        unit_title(discrepancy["unit"]) if kind == "quantity" and discrepancy["unit"] else "Date"
    )
    st.markdown(f"**{title}**: {outlets:,} outlets, {len(groups)} different {what}")
    if len(groups) <= GROUP_COLUMNS:
        for column, group in zip(st.columns(len(groups)), groups, strict=False):
            count = len(group["outlets"])
            column.markdown(
                f"**{group['value']}** · {count} outlet{'s' if count != 1 else ''}\n\n"
                f"{named(group['outlets'])}\n\n> {group['words']}"
            )
        return
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Says": group["value"],
                    "Outlets": len(group["outlets"]),
                    "Who": named(group["outlets"]),
                    "In the words of the first": group["words"],
                }
                for group in groups
            ]
        ),
        hide_index=True,
        width="stretch",
        height=min(36 * (len(groups) + 1) + 2, 260),
    )
