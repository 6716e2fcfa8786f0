"""The fast path of normalisation (runs of plain characters copied whole) gives exactly what
the character-by-character path gives: the same text and the same offset map."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from crisis_timeline import article_normalise
from crisis_timeline.article_records import Span

# Letters of the five languages, marks that combine, spaces of several kinds, invisible
# characters and compatibility forms NFKC rewrites ("ﬁ", "ſ", "…", "²").
_ALPHABET = "ab Zé\u0301\u0308\u00a0\u2009\n\t\u200b\u00adŁżąĘ–—…«»„“’\ufb01ſЁёЙ\u0306²Ω.,!"


def _slow(text: str, removed: list[Span]):
    never = re.compile(r"(?!)")
    fast = article_normalise._PLAIN_RUN
    article_normalise._PLAIN_RUN = never
    try:
        return article_normalise.normalise(text, removed)
    finally:
        article_normalise._PLAIN_RUN = fast


@settings(max_examples=400, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=80),
    cut=st.tuples(st.integers(0, 80), st.integers(0, 12)),
)
def test_the_fast_path_equals_the_slow_one(text, cut):
    removed = [Span(cut[0], min(len(text), cut[0] + cut[1]), "furniture")]
    fast_text, fast_map = article_normalise.normalise(text, removed)
    slow_text, slow_map = _slow(text, removed)
    assert fast_text == slow_text
    assert tuple(fast_map) == tuple(slow_map)
    assert len(fast_map) == len(fast_text) + 1


def test_letters_of_every_language_take_the_fast_path():
    for word in ("Kuźnica", "Брузги", "Dieveniškės", "Biélorussie", "„cytat”", "–"):
        assert article_normalise._PLAIN_RUN.fullmatch(word), word
    for char in ("\u0301", "\u00a0", "\ufb01", "ſ", "…", "\u200b"):
        assert not article_normalise._PLAIN_RUN.fullmatch(char), repr(char)
