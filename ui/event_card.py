"""The selected event, shown the same way on every page, one click from its source sentence:
the sentence between its neighbours, and a link that opens the article in the same tab,
scrolled to the outlined sentence."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import streamlit as st

from crisis_timeline.articles import Article
from crisis_timeline.filters import Filters
from crisis_timeline.reader import SentenceContext, sentence_context
from ui.corrections_panel import corrections_panel
from ui.text import html_text, literal

CARD_KEY = "ct_event_card"  # st.container key: the element gets the class st-key-ct_event_card
CONTEXT_CSS = """
<style>
.ct-context { line-height: 1.6; margin: 0; overflow-wrap: anywhere; }
.ct-context .ct-around { opacity: .78; }
.ct-context .ct-sentence { box-shadow: 0 0 0 2px rgba(213,94,0,.9); border-radius: 2px;
  padding: 0 .15em; font-weight: 600; }
</style>
"""
# Brings the card into view after a click on a chart point: at 1280x720 it starts below the
# chart, out of sight. A script, since Streamlit has no scroll API; the card may be drawn a
# frame after this element, hence the retries.
SCROLL_TO_CARD = """
<script>
(function find(tries) {
  const card = document.querySelector(".st-key-ct_event_card");
  if (card) { card.scrollIntoView({block: "nearest", behavior: "instant"}); return; }
  if (tries > 0) { setTimeout(() => find(tries - 1), 100); }
})(20);
</script>
"""


def date_label(row: pd.Series | Mapping[str, Any]) -> str:
    """ "Mon 15 Nov 2021, late" / "13–14 Nov 2021 (weekend)" / "undated" (an event row, or
    its dict: a dict is much cheaper to make for thousands of rows)."""
    start, end = row["date"], row["date_end"]
    if start is None:
        return "undated (publication date unknown)"
    if row["precision"] == "day":
        text = f"{start:%a %d %b %Y}"
    elif row["precision"] == "month":
        text = f"{start:%B %Y}"
    elif row["precision"] == "year":
        text = f"{start:%Y}"
    else:
        text = f"{start:%d %b}–{end:%d %b %Y} ({row['precision']})"
    if row.get("time_of_day"):
        text += f", {row['time_of_day']}"
    if row.get("published_basis") == "inferred" and row["dated_by"] != "expression":
        text += " (inferred)"
    return text


@st.cache_data(show_spinner=False, max_entries=256)
def _context(content_hash: str, start: int, end: int, _article: Article) -> SentenceContext:
    """The event's sentence with its neighbours (cached: splitting a long article takes time)."""
    return sentence_context(_article, start, end)


def show_event(
    row: pd.Series,
    filters: Filters,
    *,
    cluster_label: str | None = None,
    article: Article | None = None,
    scroll: bool = False,
) -> None:
    """A bordered card: date with its reason, outlet, the sentence outlined between its
    neighbours (when `article` is given), and a link opening the article at the sentence.
    scroll=True brings the card into view (after a click on a chart)."""
    with st.container(border=True, key=CARD_KEY):
        st.markdown(
            f"**{literal(date_label(row))}** · {literal(row['outlet'])} · "
            f"{literal(row['language'])} · {literal(row['event_type'].replace('_', ' '))}"
        )
        context = SentenceContext("", str(row["sentence"]), "")
        if article is not None:
            context = _context(article.content_hash, int(row["start"]), int(row["end"]), article)
        st.html(CONTEXT_CSS)
        st.html(
            f'<p class="ct-context"><span class="ct-around">{html_text(context.before)}</span> '
            f'<span class="ct-sentence" title="the event\'s sentence">'
            f"{html_text(context.sentence)}</span> "
            f'<span class="ct-around">{html_text(context.after)}</span></p>'
        )
        st.caption(
            f"How the date was resolved: {literal(row['date_reason'])} "
            f"(confidence {row['confidence']:.2f})"
        )
        details = []
        if row["actors"]:
            details.append("Actors: " + ", ".join(row["actors"]))
        if row["places"]:
            details.append("Places: " + ", ".join(row["places"]))
        if row["quantities"]:
            details.append("Figures: " + ", ".join(q["text"] for q in row["quantities"]))
        if cluster_label:
            details.append(f"Story: {cluster_label}")
        if details:
            st.caption(" · ".join(literal(detail) for detail in details))
        # a page link: the same tab (a Markdown link opens a new one); the Articles page
        # scrolls to the outlined sentence of the selected event
        st.page_link(
            "pages/articles.py",
            label="Read the source sentence in its article →",
            icon=":material/article:",
            query_params={
                **filters.with_event(str(row["event_id"])).to_query(),
                "article": str(row["article_id"]),
            },
        )
        corrections_panel(row)
    if scroll:
        st.html(SCROLL_TO_CARD, unsafe_allow_javascript=True)
