"""Lemmas of inflected words through maintained libraries (simplemma, pymorphy3).

Polish, Russian and Lithuanian inflect names ("Kuźnicy", "Гродно", "Lukašenkos"); the
gazetteer keeps their case forms as aliases, and this module gives the lemma of anything
else. Libraries load lazily, once; a missing library degrades to the identity (the word
itself), never an error: reading an article must not depend on an optional package.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache


def _identity(word: str) -> str:
    return word


@cache
def _pymorphy_analyzer():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def lemma_function(kind: str, code: str) -> Callable[[str], str]:
    """word -> lemma for `kind` ("simplemma", "pymorphy3" or "none") in language `code`."""
    if kind == "simplemma":
        try:
            import simplemma
        except ImportError:
            return _identity

        @lru_cache(maxsize=65536)
        def simple(word: str) -> str:
            return simplemma.lemmatize(word, lang=code)

        return simple
    if kind == "pymorphy3":
        try:
            analyzer = _pymorphy_analyzer()
        except Exception:  # the package or its dictionary is missing
            return _identity

        @lru_cache(maxsize=65536)
        def morph(word: str) -> str:
            parses = analyzer.parse(word)
            return parses[0].normal_form if parses else word

        return morph
    return _identity
