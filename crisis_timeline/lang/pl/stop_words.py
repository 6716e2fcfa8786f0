"""Polish stop words (function words, pronouns, common verbs) for vocabulary and places."""

from __future__ import annotations

STOP_WORDS: frozenset[str] = frozenset(
    """
    a aby ale albo ani aż bez bo by być był była było byli były będzie będą co czy dla do
    dziś gdy gdzie go i ich im iż ja jak jako jednak jego jej jest jeszcze już kiedy kto
    która które którego której który którzy ku lub ma mają mi mnie może na nad nam nas
    nawet nic nie niż o od oraz po pod podczas przed przez przy się są ta tak także te
    tego tej ten to tu tylko tym u w we według więc z za zaś ze że żeby ponad około
    według wczoraj jutro roku r pan pani straż granicy granicę granica
    """.split()
)
