"""Outlets: who reported what and when, where their figures disagree, each story side by side."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.charts.outlets import coverage_matrix_figure
from crisis_timeline.clusters import clusters_in_view
from ui import filters as shared_filters
from ui.data import coverage_for, outlet_figures
from ui.disagreements import show_disagreement
from ui.messages import guard
from ui.page import empty_state, start
from ui.story_panel import show_story
from ui.text import literal, plain_text

# What a chart and a page of quotes can hold; larger views say what they left out.
MATRIX_ROWS, MATRIX_COLUMNS = 40, 20
MAX_DISAGREEMENTS = 15

st.title("Outlets compared")
with guard("the outlet comparison"):
    context = start("Outlets", "outlets")
    events = context.events
    if not empty_state(context, "comparison"):
        clusters = clusters_in_view(context.data.clusters, events)
        labels = {c.cluster_id: c.label for c in clusters}

        st.subheader("Coverage: stories × outlets")
        matrix = coverage_for(context.filters, MATRIX_ROWS, MATRIX_COLUMNS)
        if "shown_of" in matrix.attrs:
            rows, columns = matrix.attrs["shown_of"]
            st.caption(
                f"The {len(matrix.index)} stories reported by the most outlets, across the "
                f"{len(matrix.columns)} outlets with the most events (of {rows:,} stories and "
                f"{columns:,} outlets in view). Narrow the filters to see the others."
            )
        st.plotly_chart(
            coverage_matrix_figure(matrix, theme=context.theme),
            key="coverage_matrix",
            config={"displaylogo": False},
            theme=None,
        )
        with st.expander("Coverage as a table"):
            st.dataframe(matrix, width="stretch")

        st.subheader("Where outlets disagree")
        disputed = sorted(
            (c for c in clusters if c.discrepancies),
            key=lambda c: (-len(c.outlets), c.iso_date or ""),
        )
        if not disputed:
            st.info("No disagreements between outlets among the filtered stories.")
        if len(disputed) > MAX_DISAGREEMENTS:
            st.caption(
                f"{len(disputed):,} stories with disagreements: the {MAX_DISAGREEMENTS} reported "
                "by the most outlets are quoted here, every one is in the table below."
            )
            st.dataframe(
                pd.DataFrame(
                    [
                        {
                            "Story": c.label,
                            "Date": c.iso_date or "undated",
                            "Outlets": len(c.outlets),
                            "Disagreement": d.kind,
                            "Detail": d.detail,
                        }
                        for c in disputed
                        for d in c.discrepancies
                    ]
                ),
                hide_index=True,
                width="stretch",
                height=240,
            )
        for cluster in disputed[:MAX_DISAGREEMENTS]:
            with st.container(border=True):
                st.markdown(
                    f"**{literal(cluster.label)}** · {literal(cluster.iso_date or 'undated')}"
                )
                for discrepancy in cluster.discrepancies:
                    show_disagreement(discrepancy)

        st.subheader("Per outlet")
        profiles = outlet_figures()
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Outlet": p.outlet,
                        "Articles": p.articles,
                        "Events": p.events,
                        "Stories": p.clusters,
                        "Only it reported": len(p.exclusive_clusters),
                        "Median lag (days)": p.median_lag_days,
                        "Sources cited": ", ".join(f"{name} ({n})" for name, n in p.sources_cited)
                        or "—",
                        "Characteristic vocabulary": ", ".join(term for term, _ in p.key_terms[:6])
                        or "—",
                    }
                    for p in profiles
                ]
            ),
            hide_index=True,
            width="stretch",
        )

        st.subheader("One story, every outlet's words")
        ordered = sorted(clusters, key=lambda c: (-len(c.outlets), c.iso_date or ""))
        selected = context.selected_event()
        preferred = (
            selected["cluster_id"] if selected is not None else shared_filters.page_param("cluster")
        )
        ids = [c.cluster_id for c in ordered]
        by_id = {c.cluster_id: c for c in ordered}
        story = st.selectbox(
            "Story",
            ids,
            index=ids.index(preferred) if preferred in ids else 0,
            format_func=lambda cid: plain_text(
                f"{labels[cid]} ({by_id[cid].iso_date or 'undated'}) — {len(by_id[cid].outlets)} outlet(s)"
            ),
            key="outlets_story",
        )
        shared_filters.publish(context.filters, cluster=story)
        show_story(events[events["cluster_id"] == story])
