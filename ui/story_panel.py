"""One story in every outlet's words: the outlets side by side, in order of publication."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.lang import language_name
from ui.event_card import date_label
from ui.text import literal

# What fits 1280 px side by side. A story of a large corpus has hundreds of outlets and
# thousands of sentences (drawing each was 5,000 elements and 1.9 s per rerun on 10,000
# articles): the first outlets to publish, a few sentences each, and every sentence in a table.
STORY_COLUMNS, STORY_SENTENCES = 6, 3


def show_story(members: pd.DataFrame) -> None:
    """Each outlet's sentences of one story (its events), originals with their language."""
    outlets = list(
        dict.fromkeys(
            members.sort_values(
                "published", key=lambda s: s.map(lambda d: d.toordinal() if d else 0)
            )["outlet"]
        )
    )
    shown = outlets[:STORY_COLUMNS]
    for column, outlet in zip(st.columns(max(len(shown), 1)), shown, strict=False):
        column.markdown(f"**{literal(outlet)}**")
        rows = members[members["outlet"] == outlet]
        for _, row in rows.head(STORY_SENTENCES).iterrows():
            column.markdown(
                f"{literal(language_name(row['language']))} · {literal(date_label(row))}\n\n"
                f"> {literal(row['sentence'])}"
            )
            column.caption(literal(row["date_reason"]))
        if len(rows) > STORY_SENTENCES:
            column.caption(f"{len(rows) - STORY_SENTENCES} more in the table below.")
    if len(outlets) > len(shown) or len(members) > len(shown) * STORY_SENTENCES:
        st.caption(
            f"The first {len(shown)} of {len(outlets):,} outlets to publish this story, side "
            f"by side; all {len(members):,} of its sentences are in this table."
        )
        st.dataframe(
            pd.DataFrame(
                {
                    "Outlet": members["outlet"],
                    "Language": members["language"].map(language_name),
                    "Date": [date_label(row) for row in members.to_dict("records")],
                    "Sentence": members["sentence"],
                    "How dated": members["date_reason"],
                }
            ),
            hide_index=True,
            width="stretch",
        )
