"""The plain strings a pattern needs (regex_needles): a test that may only ever skip a search
that would have found nothing."""

from __future__ import annotations

import random
import re

import pytest

from crisis_timeline.regex_needles import all_needles, may_match, needles


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bvia WIRE\b", {"via WIRE"}),
        (r"\b(?:shows|pictured|is seen)\b", {"shows", "pictured", "is seen"}),
        (r"^(?:File )?Picture:", {"Picture:"}),  # an optional part is not required
        (r"\bspeaks? (?:with|to)\b.*\bduring\b", {"during"}),  # the longest run wins
        (r"(?:ab)+cde", {"cde"}),  # a repeated group is required, a longer run is better
        (r"(?:abc){2,}", {"abc"}),  # a group repeated at least once is required
    ],
)
def test_needles_are_required_strings(pattern: str, expected: set[str]) -> None:
    assert needles(re.compile(pattern)) == frozenset(expected)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d+",  # no literal at all
        r"(?:x|\d)",  # one branch needs no text
        r"(?:abc)?",  # all optional
    ],
)
def test_no_needles_when_unknown(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert needles(compiled) is None
    assert may_match((compiled,), "nothing in common")


def test_case_insensitive_patterns_get_no_needles() -> None:
    # "İ" (U+0130) matches "i" under re.IGNORECASE: a lower-cased needle test could miss it
    assert needles(re.compile("photo", re.IGNORECASE)) is None
    assert needles(re.compile("photo")) == frozenset({"photo"})


def test_scoped_flags_give_no_needles() -> None:
    assert needles(re.compile(r"(?i:wire) service")) == frozenset({" service"})
    assert needles(re.compile(r"(?i:wire)")) is None


def test_several_patterns_drop_redundant_needles() -> None:
    patterns = (re.compile(r"\(Photo by\b"), re.compile(r"\("), re.compile(r"©"))
    assert all_needles(patterns) == ("(", "©")
    assert all_needles((re.compile(r"\d"), re.compile("x"))) is None


def test_may_match_never_hides_a_match() -> None:
    """Random texts over a small alphabet: whenever a pattern is found, the gate says so."""
    patterns = (
        re.compile(r"\bab(?:c|dd)e?\b"),
        re.compile(r"(?:ba)+c"),
        re.compile(r"^d[ab]c"),
        re.compile(r"e(?:a|b)(?:cd|dc)"),
    )
    rng = random.Random(5)
    found = 0
    for _ in range(5000):
        text = "".join(rng.choice("abcde ") for _ in range(rng.randint(0, 12)))
        if any(p.search(text) for p in patterns):
            found += 1
            assert may_match(patterns, text), text
    assert found > 100  # the texts do exercise the patterns


def test_may_match_skips_texts_without_needles() -> None:
    patterns = (re.compile(r"\bvia WIRE\b"), re.compile(r"\(Photo: [A-Z]+\)"))
    assert not may_match(patterns, "The minister spoke on Tuesday.")
    assert may_match(patterns, "A crowd at the border (Photo: AGENCY)")
