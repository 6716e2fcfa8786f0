"""An article annotated for reading: dates (with their reasons), actors, places, figures,
page furniture and photo captions, as spans of the ORIGINAL text, and their HTML rendering;
and an event's sentence with its neighbours (the event card's context).

It re-runs the taggers on one article (the ui caches the result per article and code
version); it does not decide what an event is. The article's text enters the HTML only
through untrusted.html_text.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis_timeline.articles import Article
from crisis_timeline.entities import load_gazetteer
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.quantities import find_quantities
from crisis_timeline.sentences import split_sentences
from crisis_timeline.temporal import tag
from crisis_timeline.timeml_words import timeml_words
from crisis_timeline.untrusted import html_text

# The outlined sentence's anchor: the event card links to `articles?...#ct-selected`, and the
# Articles page scrolls there (a page has at most one outlined sentence).
SELECTED_ANCHOR = "ct-selected"
# Higher wins when spans overlap (a date inside a place name is still a date).
PRIORITY = {"date": 4, "quantity": 3, "actor": 2, "place": 1}
CSS = """
/* overflow-wrap: a 3,000-character word wraps instead of widening the page */
.ct-article { line-height: 1.7; font-size: 1.02rem; white-space: pre-wrap; overflow-wrap: anywhere; }
.ct-date { font-weight: 700; border-bottom: 3px double currentColor; background: rgba(230,159,0,.22); }
.ct-actor { border-bottom: 2px solid currentColor; background: rgba(0,114,178,.18); }
.ct-place { border-bottom: 2px dashed currentColor; background: rgba(0,158,115,.18); }
.ct-quantity { font-style: italic; border-bottom: 2px dotted currentColor; background: rgba(204,121,167,.20); }
.ct-furniture { text-decoration: line-through; opacity: .65; }
.ct-caption { font-style: italic; outline: 1px dashed currentColor; }
.ct-badge { font-size: .75em; font-style: normal; padding: 0 .3em; border: 1px solid currentColor; border-radius: .3em; margin-right: .3em; }
.ct-event { box-shadow: 0 0 0 2px rgba(213,94,0,.9); scroll-margin-top: 5rem; }
"""


@dataclass(frozen=True)
class SentenceContext:
    """An event's sentence with the sentences before and after it in its article ("" at
    the article's start or end). Cleaned text: page furniture between them is left out."""

    before: str
    sentence: str
    after: str


def sentence_context(article: Article, start: int, end: int) -> SentenceContext:
    """The sentence at the ORIGINAL offsets [start, end) (an event's "start"/"end") with its
    neighbours, split as the extractor splits the cleaned text.

    >>> context = sentence_context(article, event["start"], event["end"])  # doctest: +SKIP
    >>> context.before, context.sentence, context.after  # doctest: +SKIP
    """
    if not 0 <= start <= end <= len(article.original_text):
        raise CrisisTimelineError(
            f"offsets {start}:{end} are outside article {article.id}; rebuild the store "
            "(python -m crisis_timeline build) so events and articles match"
        )
    sentences = split_sentences(article.cleaned_text, article.language)
    spans = [article.to_original(s.start, s.end) for s in sentences]
    # the sentence overlapping the event's span most (an event is one sentence, but a
    # store built by another version may cut it slightly differently)
    overlaps = [min(end, e) - max(start, s) for s, e in spans]
    if not sentences or max(overlaps) <= 0:
        return SentenceContext("", article.original_text[start:end], "")
    index = overlaps.index(max(overlaps))
    return SentenceContext(
        before=sentences[index - 1].text if index > 0 else "",
        sentence=article.original_text[start:end],
        after=sentences[index + 1].text if index + 1 < len(sentences) else "",
    )


@dataclass(frozen=True)
class Annotation:
    start: int  # original-text offsets
    end: int
    kind: str  # date | actor | place | quantity
    label: str  # canonical name, ISO value or normalised figure
    detail: str  # the date's reason, the actor's role, ...


def annotate_article(article: Article) -> list[Annotation]:
    """Dates, actors, places and figures of an article, non-overlapping, in text order."""
    text = article.cleaned_text
    found: list[Annotation] = []

    def add(start: int, end: int, kind: str, label: str, detail: str) -> None:
        o_start, o_end = article.to_original(start, end)
        found.append(Annotation(o_start, o_end, kind, label, detail))

    for expression in tag(text, article.published, article.language):
        add(
            expression.start,
            expression.end,
            "date",
            # words for the reader, the TimeML value kept for whoever checks the tagger
            f"{timeml_words(expression.value)} ({expression.value})"
            if expression.value
            else "unresolved",
            expression.reason,
        )
    gazetteer = load_gazetteer()
    for mention in gazetteer.find_actors(text):
        actor = gazetteer.actor(mention.name)
        add(mention.start, mention.end, "actor", mention.name, actor.role if actor else "")
    for mention in gazetteer.find_places(text):
        place = gazetteer.place(mention.name)
        detail = (
            f"{place.local_name}, {place.country} ({place.lat:.3f}, {place.lon:.3f})"
            if place
            else ""
        )
        add(mention.start, mention.end, "place", mention.name, detail)
    for quantity in find_quantities(text, article.language):
        add(
            quantity.start,
            quantity.end,
            "quantity",
            f"{quantity.value:g} {quantity.unit}",
            quantity.qualifier or "",
        )
    chosen: list[Annotation] = []
    for annotation in sorted(found, key=lambda a: (-PRIORITY[a.kind], a.start)):
        if all(annotation.end <= c.start or annotation.start >= c.end for c in chosen):
            chosen.append(annotation)
    return sorted(chosen, key=lambda a: a.start)


def render_html(
    article: Article,
    annotations: list[Annotation],
    *,
    show_furniture: bool = True,
    highlight: tuple[int, int] | None = None,
) -> str:
    """The original text as HTML: annotations marked (title = how it was resolved), furniture
    struck out (or hidden), captions flagged, an optional highlighted sentence."""
    text = article.original_text
    opens: dict[int, list[str]] = {}
    closes: dict[int, list[str]] = {}
    hidden: list[tuple[int, int]] = []

    def wrap(start: int, end: int, opening: str, closing: str) -> None:
        opens.setdefault(start, []).append(opening)
        closes.setdefault(end, []).insert(0, closing)

    for span in article.furniture:
        if show_furniture:
            wrap(
                span.start,
                span.end,
                f'<del class="ct-furniture" title="removed: {html_text(span.kind)}">',
                "</del>",
            )
        else:
            hidden.append((span.start, span.end))
    for span in article.captions:
        wrap(
            span.start,
            span.end,
            '<span class="ct-caption" title="photo caption"><span class="ct-badge">photo caption</span>',
            "</span>",
        )
    if highlight:
        wrap(
            highlight[0],
            highlight[1],
            f'<span class="ct-event" id="{SELECTED_ANCHOR}" title="the selected event">',
            "</span>",
        )
    for annotation in annotations:
        title = f"{annotation.kind}: {annotation.label}" + (
            f" — {annotation.detail}" if annotation.detail else ""
        )
        wrap(
            annotation.start,
            annotation.end,
            f'<span class="ct-{annotation.kind}" title="{html_text(title)}">',
            "</span>",
        )
    return (
        f'<style>{CSS}</style><div class="ct-article">{_merge(text, opens, closes, hidden)}</div>'
    )


def _merge(
    text: str,
    opens: dict[int, list[str]],
    closes: dict[int, list[str]],
    hidden: list[tuple[int, int]],
) -> str:
    """The text escaped run by run between tag positions, the tags in between, hidden spans
    left out. Linear in the text: escaping it character by character (and testing every
    character against every hidden span) took seconds on a 300 KB article."""
    shown = [True] * (len(text) + 1)
    for start, end in hidden:
        shown[start:end] = [False] * (end - start)
    breaks = sorted({0, len(text), *opens, *closes, *(i for span in hidden for i in span)})
    parts: list[str] = []
    for start, end in zip(breaks, breaks[1:] + [len(text)], strict=True):
        parts.extend(closes.get(start, []))
        parts.extend(opens.get(start, []))
        if start < end and shown[start]:
            parts.append(html_text(text[start:end]))
    return "".join(parts)
