"""ui.text.literal: article text in st.markdown reads as written, never as formatting."""

from __future__ import annotations

import re

import pytest

from ui.text import literal

TRICKY = [
    "*Breaking*: 2,000 migrants_at_the_border",
    "[click](http://example.org) ![img](http://example.org/x.png)",
    "Costs rose from $5 to $7 million",
    ":red[alarm] # not a heading",
    "1. not a list",
    "> not a quote | not | a table ~~not struck~~ <b>not bold</b>",
    "a back\\slash",
]


@pytest.mark.parametrize("text", TRICKY)
def test_every_markdown_character_is_escaped_and_nothing_else_changes(text):
    escaped = literal(text)
    assert re.sub(r"\\(.)", r"\1", escaped) == text
    # every ASCII punctuation mark is preceded by a backslash
    assert not re.search(r"(?<!\\)[*_\[\]()$:#>|~<`!]", escaped.replace("\\\\", ""))


def test_plain_words_are_untouched():
    assert literal("Kuźnica border crossing") == "Kuźnica border crossing"


def test_a_right_to_left_override_is_dropped_and_arabic_kept():
    assert literal("\u202eevil\u202c news") == "evil news"
    assert literal("مهاجرون عند الحدود") == "مهاجرون عند الحدود"
