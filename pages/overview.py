"""Overview: headline figures, the articles read, the timeline, and the latest events."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from ui.data import timeline_chart
from ui.event_card import date_label
from ui.messages import guard
from ui.page import empty_state, start

st.title("Crisis Timeline · Belarus–EU border crisis, 2021")
with guard("the overview"):
    context = start("Overview", "overview")
    data, events = context.data, context.events
    placed = events[events["date"].notna()]
    columns = st.columns(5)
    columns[0].metric("Articles", len(data.articles))
    columns[1].metric("Events (filtered)", len(events))
    columns[2].metric(
        "Stories across outlets", int(events["cluster_id"].nunique()) if not events.empty else 0
    )
    columns[3].metric("Outlets", len({a.source_label for a in data.articles}))
    columns[4].metric(
        "Span",
        f"{placed['date'].min():%d %b} – {placed['date_end'].max():%d %b %Y}"
        if not placed.empty
        else "—",
    )

    st.subheader("Articles")
    counts = data.events["article_id"].value_counts()
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "Source": a.source_label,
                    "Language": f"{a.language} ({a.language_basis})",
                    "Published": f"{a.published:%a %d %b %Y}" if a.published else "unknown",
                    "Date basis": a.published_basis,
                    "Title": a.title or "—",
                    "Length (chars)": len(a.cleaned_text),
                    "Events": int(counts.get(a.id, 0)),
                    "File": a.file_name,
                }
                for a in data.articles
            ]
        ),
        hide_index=True,
        width="stretch",
    )
    inferred = [a for a in data.articles if a.published_basis in ("inferred", "text")]
    for article in inferred:
        st.caption(
            f"{article.source_label}: publication date {article.published_basis} — {article.published_reason}"
        )

    st.subheader("Timeline")
    if not empty_state(context, "timeline"):
        st.plotly_chart(
            timeline_chart(context.filters, context.theme, range_slider=False),
            key="overview_timeline",
            config={"displaylogo": False},
            theme=None,
        )
        st.caption("The table behind this chart, with every event, is on the Timeline page.")
        st.subheader("Latest events")
        latest = placed.sort_values(["date", "start"], ascending=False).head(5)
        for _, row in latest.iterrows():
            st.markdown(f"- **{date_label(row)}** · {row['outlet']}: {row['sentence']}")
