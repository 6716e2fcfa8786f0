"""Articles: each article with its dates, actors, places and figures marked, and its events."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from crisis_timeline.lang import language_name
from crisis_timeline.reader import SELECTED_ANCHOR, render_html
from ui import filters as shared_filters
from ui.article_admin import remove_button
from ui.data import annotations_for, article_by_id
from ui.event_card import date_label
from ui.messages import guard
from ui.page import start
from ui.text import literal, plain_text

# Streamlit cannot scroll, and its links carry no #fragment: a small script finds the
# outlined sentence (reader.SELECTED_ANCHOR) and centres it.
SCROLL_TO_SENTENCE = (
    "<script>(function find(tries) {"
    f"const target = document.getElementById('{SELECTED_ANCHOR}');"
    "if (target) { target.scrollIntoView({block: 'center', behavior: 'instant'}); return; }"
    "if (tries > 0) { setTimeout(() => find(tries - 1), 100); }"
    "})(30);</script>"
)

st.title("Articles")
with guard("the article reader"):
    context = start("Articles", "articles")
    # the list from the articles' facts; only the article shown is read whole
    listed = context.data.facts_by_id
    if not listed:
        st.info("No articles have been read yet.")
        st.stop()
    # The filters narrow the list to articles with matching events; with none, all stay
    # listed (an article may have no dated events at all) and the page says so.
    with_events = set(context.events["article_id"])
    in_view = [i for i in listed if i in with_events]
    ids = in_view if in_view and not context.filters.is_default() else list(listed)
    if not in_view:
        st.info("No article has events matching the filters; all articles are listed.")
    selected = context.selected_event()
    wanted = st.query_params.get("article") or (
        selected["article_id"] if selected is not None else None
    )
    # a first run on this page (arriving from an event's card): the picker's state is gone
    arrived = "articles_pick" not in st.session_state
    article_id = st.selectbox(
        "Article",
        ids,
        index=ids.index(wanted) if wanted in ids else 0,
        format_func=lambda i: plain_text(f"{listed[i].source_label} · {listed[i].heading}"),
        key="articles_pick",
    )
    shared_filters.publish(context.filters, article=article_id)
    article = article_by_id(article_id)
    if article is None:  # removed since the list was read
        st.info("This article is no longer in the store.")
        st.stop()
    published = f"{article.published:%A %d %B %Y}" if article.published else "unknown"
    st.markdown(
        f"**{literal(article.source_label)}** · {literal(language_name(article.language))} "
        f"({literal(article.language_basis)}) · published {literal(published)} "
        f"({literal(article.published_basis)})"
        + (f" · by {literal(article.author)}" if article.author else "")
    )
    st.caption(f"Publication date: {literal(article.published_reason)}")
    if article.reading_note:  # a language without tables: say what was read
        st.caption(literal(article.reading_note))
    remove_button(article_id)
    show_furniture = st.toggle(
        "Show removed page furniture (struck out)", value=True, key="articles_furniture"
    )
    st.caption(
        "Marked: **dates** (double underline; hover for how each was resolved) · actors (solid underline) · "
        "places (dashed) · *figures* (dotted) · photo captions (boxed) · the selected event (outlined)."
    )
    article_events = context.data.events[context.data.events["article_id"] == article_id]
    highlight = None
    if selected is not None and selected["article_id"] == article_id:
        highlight = (int(selected["start"]), int(selected["end"]))
    annotations = annotations_for(article_id)
    st.html(render_html(article, annotations, show_furniture=show_furniture, highlight=highlight))
    # scroll to the outlined sentence on arrival or when another event is picked (not on
    # every rerun: the furniture toggle must not move the reader)
    if highlight and (arrived or st.session_state.get("articles_scrolled") != highlight):
        st.session_state["articles_scrolled"] = highlight
        st.html(SCROLL_TO_SENTENCE, unsafe_allow_javascript=True)

    st.subheader("How each date was resolved")
    dates = [a for a in annotations if a.kind == "date"]
    if dates:
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Expression": article.original_text[a.start : a.end],
                        "Value": a.label,
                        "Reason": a.detail,
                    }
                    for a in dates
                ]
            ),
            hide_index=True,
            width="stretch",
        )
    else:
        st.info("This article has no date expressions.")

    st.subheader("Events from this article")
    if article_events.empty:
        st.info(
            "No dated events were found in this article (it may hold only background or undated statements)."
        )
    for _, row in article_events.iterrows():
        if st.button(
            f"{literal(date_label(row))} · {literal(row['event_type'].replace('_', ' '))} · "
            f"{literal(row['sentence'][:120])}",
            key=f"article_event_{row['event_id']}",
            type="primary" if highlight and row["start"] == highlight[0] else "secondary",
        ):
            shared_filters.select_event(row["event_id"])
            st.rerun()
