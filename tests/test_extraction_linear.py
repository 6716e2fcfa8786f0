"""Extraction stays linear in the article's length (issue 19, defect 4), and right on texts
full of dates.

The growth test is deterministic: it counts the lines of crisis_timeline's own code that run
(sys.settrace) while one article is extracted, at one size and at twice that size. Linear
work doubles; a scan of every date for every sentence, or of every kept date for every
later one, roughly quadruples. No clock is read, so a loaded machine cannot make it flaky.
(benchmarks/extraction_size.py measures the seconds and megabytes.)
"""

from __future__ import annotations

import dataclasses
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

import crisis_timeline
from benchmarks.extraction_size import article_text, dates_text
from crisis_timeline.articles import SourceMeta, Span, parse_article
from crisis_timeline.events import Event
from crisis_timeline.pipeline import process_article
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.sentences import MAX_SENTENCE_CHARS, split_sentences
from crisis_timeline.settings import SEEDS_DIR
from crisis_timeline.temporal import tag

PACKAGE = str(Path(crisis_timeline.__file__).resolve().parent)
DCT = date(2021, 11, 15)
# Doubling the input may at most multiply the work by this: linear code measures 1.9-2.05;
# the quadratic scans this test was written against measured 2.4-3.5 on these inputs.
MAX_GROWTH = 2.25


def _extract(text: str, published: str = "2021-11-15") -> list[Event]:
    meta = SourceMeta(file="article.txt", published=published, language="en")
    article = parse_article("article.txt", text.encode("utf-8"), meta)
    return process_article(resolve_publication_dates([article])[0])


def _run_on(count: int) -> str:
    """Dates with no sentence end and no line break: one run-on 'sentence'."""
    return dates_text(count).replace(".", " and").replace("\n\n", " ")


def _lines_run(text: str) -> int:
    """How many lines of crisis_timeline's code run while `text` is extracted."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        _extract(text)
    finally:
        sys.settrace(previous)
    return count


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Load the reference data and compile the patterns before anything is counted."""
    _extract(article_text(5_000))


# (what, text of size n, text of size 2n)
GROWTH_CASES = [
    ("dated sentences", lambda: dates_text(1_500), lambda: dates_text(3_000)),
    ("run-on text of dates", lambda: _run_on(400), lambda: _run_on(800)),
    ("news prose", lambda: article_text(150_000), lambda: article_text(300_000)),
]


@pytest.mark.parametrize(("what", "small", "large"), GROWTH_CASES, ids=[c[0] for c in GROWTH_CASES])
def test_work_doubles_when_the_article_doubles(what, small, large):
    small_work, large_work = _lines_run(small()), _lines_run(large())
    growth = large_work / small_work
    assert growth < MAX_GROWTH, (
        f"{what}: {small_work:,} -> {large_work:,} lines run when the text doubles "
        f"(x{growth:.2f}): something scans the whole text per date or per sentence again"
    )


def test_every_date_of_a_date_dense_text_is_found_and_becomes_an_event():
    count = 3_000
    text = dates_text(count)
    days = [date(2021, 1, 1) + timedelta(days=i % 700) for i in range(count)]
    expressions = tag(text, DCT, "en")
    assert [e.date for e in expressions] == days
    assert [e.start for e in expressions] == sorted(e.start for e in expressions)
    events = _extract(text)
    # every day is an event's date, or inside one's span ("4/1/2021 and 5/1/2021"), once
    covered = [
        e.date + timedelta(days=offset)
        for e in events
        for offset in range((e.date_end - e.date).days + 1)
    ]
    assert covered == days
    # each event quotes its own sentence, which holds the date that dates it
    assert all(e.trigger in e.sentence for e in events)


def test_a_run_on_text_is_cut_into_bounded_sentences_and_keeps_its_dates():
    text = _run_on(1_200)
    sentences = split_sentences(text, "en")
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in sentences)
    # nothing but whitespace is lost between the pieces
    assert all(
        not text[a.end : b.start].strip() for a, b in zip(sentences, sentences[1:], strict=False)
    )
    assert not text[: sentences[0].start].strip() and not text[sentences[-1].end :].strip()
    # the dates are all found, and no event quotes more than one bounded sentence
    assert len(tag(text, DCT, "en")) == 1_200
    events = _extract(text)
    assert events
    assert all(len(e.sentence) <= MAX_SENTENCE_CHARS for e in events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("word " * 100 + "end.", ["word " * 99 + "word end."]),  # short: untouched
        ("x" * (MAX_SENTENCE_CHARS + 10), ["x" * MAX_SENTENCE_CHARS, "x" * 10]),  # no space
        (
            "a" * (MAX_SENTENCE_CHARS - 5) + " bbbbbbbbbb cc",
            ["a" * (MAX_SENTENCE_CHARS - 5), "bbbbbbbbbb cc"],
        ),
    ],
    ids=["short", "no-whitespace", "cut-at-last-space"],
)
def test_run_on_cut(text, expected):
    assert [s.text for s in split_sentences(text, "en")] == expected


def test_is_caption_agrees_with_testing_every_caption():
    """Article.is_caption bisects over its captions; it must answer as the plain test of
    every caption does, with nested, touching and unsorted captions."""
    seed = sorted(SEEDS_DIR.glob("*.txt"))[0]
    article = parse_article(seed.name, seed.read_bytes(), SourceMeta(file=seed.name))
    captions = (
        Span(500, 520, "caption"),
        Span(100, 400, "caption"),  # holds the next two
        Span(120, 130, "caption"),
        Span(300, 310, "caption"),
        Span(400, 450, "caption"),  # touches the long one
        Span(900, 901, "caption"),
    )
    article = dataclasses.replace(article, captions=captions)
    for start in range(0, 1_000):
        for end in (start, start + 1, start + 7, start + 150):
            expected = any(c.start < max(end, start + 1) and start < c.end for c in captions)
            assert article.is_caption(start, end) == expected, (start, end)
