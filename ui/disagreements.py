"""Where outlets disagree about one story: who says which figure or date, side by side.

A story reported by 80 outlets has 80 values but only a handful of different ones: the
outlets are grouped by what they say (clusters.ValueGroup), the most widely said first, so
the disagreement reads at a glance whether two outlets or two hundred report it.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.clusters import Discrepancy, ValueGroup, unit_title
from ui.text import literal

GROUP_COLUMNS = 4  # groups side by side; more go into a table
NAMED_OUTLETS = 4  # outlets named in a column before "and N more"


def named(outlets: list[str] | tuple[str, ...], shown: int = NAMED_OUTLETS) -> str:
    """ "A, B and C", or "A, B, C, D and 38 more" ("" for none)."""
    outlets = list(outlets)
    if len(outlets) <= 1:
        return "".join(outlets)
    if len(outlets) <= shown:
        return f"{', '.join(outlets[:-1])} and {outlets[-1]}"
    return f"{', '.join(outlets[:shown])} and {len(outlets) - shown} more"


def _groups(discrepancy: Discrepancy) -> list[ValueGroup]:
    """The stored groups (empty ones dropped); a store built before they were stored gets
    its outlets grouped by their own words."""
    stored = [group for group in discrepancy.groups if group.outlets]
    if stored:
        return stored
    by_words: dict[str, list[str]] = {}
    for outlet, words in discrepancy.values.items():
        by_words.setdefault(words, []).append(outlet)
    groups = [ValueGroup(value=w, outlets=tuple(o), words=w) for w, o in by_words.items()]
    return sorted(groups, key=lambda group: -len(group.outlets))


def _title(discrepancy: Discrepancy) -> tuple[str, str]:
    """What differs, and the plural noun of its values."""
    if discrepancy.kind == "date":
        return "Date", "dates"
    unit = discrepancy.unit
    return (unit_title(unit) if unit else "Figure"), "figures"


def show_disagreement(discrepancy: Discrepancy) -> None:
    """One disagreement: a line saying what differs, then who says what."""
    if discrepancy.kind == "claim":  # "Only X gives/mentions ...": it says it all
        st.markdown(literal(discrepancy.detail))
        return
    groups = _groups(discrepancy)
    if not groups:
        return
    outlets = len({outlet for group in groups for outlet in group.outlets})
    title, noun = _title(discrepancy)
    differing = f"{len(groups)} different {noun}" if len(groups) > 1 else f"one {noun[:-1]}"
    st.markdown(f"**{literal(title)}**: {outlets:,} outlets, {literal(differing)}")
    if len(groups) <= GROUP_COLUMNS:
        for column, group in zip(st.columns(len(groups)), groups, strict=False):
            count = len(group.outlets)
            column.markdown(
                f"**{literal(group.value)}** · {count:,} outlet{'s' if count != 1 else ''}\n\n"
                f"{literal(named(group.outlets))}\n\n> {literal(group.words)}"
            )
        return
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Says": group.value,
                    "Outlets": len(group.outlets),
                    "Who": named(group.outlets),
                    "In the words of the first": group.words,
                }
                for group in groups
            ]
        ),
        hide_index=True,
        width="stretch",
        height=min(36 * (len(groups) + 1) + 2, 260),
    )
