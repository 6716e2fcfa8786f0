"""reader.py: an event's sentence with its neighbours (the event card), and the anchor the
Articles page scrolls to."""

from __future__ import annotations

import pytest

from crisis_timeline.articles import parse_article
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.reader import SELECTED_ANCHOR, render_html, sentence_context

TEXT = (
    "Headline of the piece\n\n"
    "Migrants gathered on Monday. Hundreds approached the checkpoint at Kuźnica. "
    "Polish guards stood behind the fence.\n\n"
    "Advertisement\n\n"
    "The camp was cleared on Tuesday.\n"
)


def span(article, sentence: str) -> tuple[int, int]:
    start = article.original_text.index(sentence)
    return start, start + len(sentence)


@pytest.mark.parametrize(
    ("sentence", "before", "after"),
    [
        (
            "Hundreds approached the checkpoint at Kuźnica.",
            "Migrants gathered on Monday.",
            "Polish guards stood behind the fence.",
        ),
        # the first sentence of a paragraph: its neighbour is the previous paragraph's last
        ("Migrants gathered on Monday.", "Headline of the piece", "Hundreds approached"),
        # the last sentence: nothing after it; before it, the page furniture ("Advertisement")
        # is skipped for the last sentence of the text
        ("The camp was cleared on Tuesday.", "Polish guards stood behind the fence.", ""),
    ],
)
def test_sentence_context_gives_the_neighbouring_sentences(sentence, before, after):
    article = parse_article("a1.txt", TEXT.encode("utf-8"))
    context = sentence_context(article, *span(article, sentence))
    assert context.sentence == sentence
    assert context.before.startswith(before)
    assert context.after.startswith(after) if after else context.after == ""


def test_offsets_outside_the_article_are_an_actionable_error():
    article = parse_article("a1.txt", TEXT.encode("utf-8"))
    with pytest.raises(CrisisTimelineError, match="rebuild the store"):
        sentence_context(article, 10, 10_000)


def test_the_outlined_sentence_carries_the_anchor_the_articles_page_scrolls_to():
    article = parse_article("a1.txt", TEXT.encode("utf-8"))
    markup = render_html(article, [], highlight=span(article, "Migrants gathered on Monday."))
    assert markup.count(f'id="{SELECTED_ANCHOR}"') == 1
    assert f'id="{SELECTED_ANCHOR}"' not in render_html(article, [])


def test_date_hovers_say_the_date_in_words_then_the_timeml_value():
    # Issue 20: hovers showed codes such as "2021-W45-WE".
    from dataclasses import replace
    from datetime import date

    from crisis_timeline.reader import annotate_article

    text = "Migrants gathered last weekend. Talks were held on Monday.\n"
    article = replace(parse_article("a2.txt", text.encode("utf-8")), published=date(2021, 11, 17))
    labels = {a.label for a in annotate_article(article) if a.kind == "date"}
    assert "weekend of 13–14 Nov 2021 (2021-W45-WE)" in labels
    assert "15 Nov 2021 (2021-11-15)" in labels
