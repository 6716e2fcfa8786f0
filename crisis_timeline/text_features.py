"""What a sentence is reduced to for comparison, shared by the clusterer and outlet profiles.

Words (lowercased, elisions and English possessives removed: "l'armée" -> armée,
"Belarus's" -> belarus), each language's stopwords, language-neutral concept keys
("phone", "téléphonique" -> call), and what a canonical actor name is: a voice that reports
(an outlet, an agency, a presidency) rather than a participant, a person or an institution.
crisis_timeline/clusters/ matches reports on these; outlets.py counts an outlet's words
and the actors it names with them.

Does not: hold the word tables (cluster_lexicon.py does, per language) or find names in
text (entities.py does).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from crisis_timeline.cluster_lexicon import (
    CONCEPTS,
    ELISIONS,
    NON_PERSON_WORDS,
    STOPWORDS,
    VOICE_ACTORS,
    VOICE_ROLE_WORDS,
)
from crisis_timeline.settings import ACTORS_CSV

_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def words(text: str, lang: str) -> list[str]:
    """Lowercased word tokens with elisions and English possessives removed."""
    tokens = _WORD_RE.findall(text.lower())
    if "'" not in text and "’" not in text:
        return tokens
    elisions = ELISIONS.get(lang, frozenset())
    result: list[str] = []
    for token in tokens:
        token = token.replace("’", "'")
        if "'" in token:
            head, _, tail = token.partition("'")
            if head in elisions:
                token = tail
            elif tail == "s":  # English possessive: Belarus's -> belarus
                token = head
        result.append(token)
    return result


def stopwords_for(lang: str) -> frozenset[str]:
    """The stopword table of a language; the union of all tables for an unknown language."""
    if lang in STOPWORDS:
        return STOPWORDS[lang]
    return frozenset().union(*STOPWORDS.values())


class ConceptTable(dict):  # token -> concept or None, filled on first sight of a token
    """CONCEPTS of one language compiled for lookup: words, stems ("rapatri*"), word pairs."""

    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self.exact = {key: c for key, c in table.items() if " " not in key and "*" not in key}
        self.pairs = {tuple(key.split()): c for key, c in table.items() if " " in key}
        self.pair_starts = frozenset(first for first, _second in self.pairs)
        self.stems = sorted(
            ((key[:-1], c) for key, c in table.items() if key.endswith("*")),
            key=lambda item: -len(item[0]),
        )

    def __missing__(self, token: str) -> str | None:
        found = self.exact.get(token)
        if found is None:
            found = next((c for stem, c in self.stems if token.startswith(stem)), None)
        self[token] = found
        return found

    def concepts(self, tokens: list[str]) -> frozenset[str]:
        found = set(map(self.__getitem__, tokens))
        found.discard(None)
        if not self.pair_starts.isdisjoint(tokens):
            found.update(
                self.pairs[pair]
                for pair in zip(tokens, tokens[1:], strict=False)
                if pair in self.pairs
            )
        return frozenset(found)


@lru_cache(maxsize=16)
def concept_table(lang: str) -> ConceptTable:
    """The compiled concept table of a language (empty for a language without one)."""
    return ConceptTable(CONCEPTS.get(lang, {}))


def concepts(text: str, lang: str) -> frozenset[str]:
    """Language-neutral concept keys of a text ("entretien téléphonique" -> call, talks)."""
    return concept_table(lang).concepts(words(text, lang))


# --------------------------------------------------------------------------------------
# Actor names: voices, people, institutions
# --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _actor_kinds() -> tuple[frozenset[str], frozenset[str]]:
    """(voices, persons): VOICE_ACTORS plus data/actors.csv roles and kinds, when readable."""
    voices, persons = set(VOICE_ACTORS), set()
    try:
        with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                name, role = row.get("name") or "", (row.get("role") or "").lower()
                if name and any(word in role for word in VOICE_ROLE_WORDS):
                    voices.add(name)
                if name and (row.get("kind") or "").lower() == "person":
                    persons.add(name)
    except OSError:  # no gazetteer: the built-in table and the name heuristic alone
        pass
    return frozenset(voices), frozenset(persons)


def voice_actors() -> frozenset[str]:
    """Canonical actors that are voices (outlets, agencies, presidencies), not participants."""
    return _actor_kinds()[0]


@lru_cache(maxsize=8192)
def is_person(name: str) -> bool:
    """A person (data/actors.csv says so, or the name looks like one), not an institution."""
    return name in _actor_kinds()[1] or short_actor_name(name) != name


def short_actor_name(name: str) -> str:
    """A person's surname ("Emmanuel Macron" -> "Macron"); organisations and places whole."""
    parts = name.split()
    if len(parts) < 2 or len(parts) > 4:
        return name
    if any(not part[:1].isupper() or part.lower() in NON_PERSON_WORDS for part in parts):
        return name
    return parts[-1]
