"""Lithuanian stop words (function words, pronouns, common verbs) for vocabulary and places."""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    ir ar bet nes kad kai kur kas kuris kuri kurie kurios jis ji jie jos jo jų mes jūs aš
    tu tai šis ši tas ta su be iš į per prie po nuo iki už ant apie dėl tarp prieš pagal
    pasak anot taip pat jau dar tik net buvo yra bus būti nebuvo ne nei arba o tačiau
    vakar šiandien rytoj metų m d sienos siena pasienio
    """.split()
)
