"""Who an article cites: attribution cues ("the Elysee said", "selon l'Élysée") -> source names.

Reads: cleaned article text and its language. Gives: (canonical source, start, end) for every
attribution, the span covering the cue and the source as written in the text.

Three kinds of source, tried in this order:
1. known institutions and media (SOURCE_ALIASES, all languages: "Elysée palace",
   "l'Élysée" -> "Elysee"; "Belarus state media" -> "Belarusian state media") inside a cue
   of the language's table ("according to ...", "... said", "a indiqué ...", "told ...");
2. the medium of a statement without a named source ("said in a tweet" -> "Twitter");
3. named people ("Josep Borrell said", "selon Mateusz Morawiecki"), titles stripped, a bare
   surname mapped to the full name used elsewhere in the same text; and generic groups
   ("according to humanitarian organizations").
Matching is case- and accent-insensitive for the tables (offsets stay those of the text).

Does not: resolve pronouns ("he said"), decide who is right, or attribute quotes without
a cue word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from crisis_timeline.lang import tables
from crisis_timeline.regex_needles import may_match

if TYPE_CHECKING:
    from crisis_timeline.article_records import Article

# canonical source -> aliases in any language (matched case- and accent-insensitively)
SOURCE_ALIASES: dict[str, tuple[str, ...]] = {
    "Elysee": (
        "Elysee Palace",
        "palais de l'Elysee",
        "presidence francaise",
        "French presidency",
        "Elysee",
    ),
    "Kremlin": ("Kremlin",),
    "Belarusian state media": (
        "Belarusian state media",
        "Belarus state media",
        "Belarusian state television",
        "Belarusian state news agency",
        "medias d'Etat bielorusses",
        "media d'Etat bielorusse",
        "television d'Etat bielorusse",
        "agence Belta",
        "BelTA",
    ),
    "Russian state media": ("Russian state media", "medias d'Etat russes", "RIA Novosti", "TASS"),
    "Journal du Dimanche": ("Journal du Dimanche", "JDD"),
    "PAP": ("PAP agency", "PAP news agency", "Polish Press Agency", "agence PAP", "PAP"),
    "AFP": ("Agence France-Presse", "AFP"),
    "Reuters": ("Reuters",),
    "Interfax": ("Interfax",),
    "Twitter": ("Twitter",),
    "Polish Border Guard": (
        "Polish border guards",
        "Polish Border Guard",
        "Polish border guard service",
        "Straz Graniczna",
        "garde-frontieres polonais",
        "gardes-frontieres polonais",
    ),
    "Belarusian border guards": (
        "Belarusian border guards",
        "Belarusian border committee",
        "gardes-frontieres de Bielorussie",
        "gardes-frontieres bielorusses",
    ),
    "Polish police": ("Polish police", "police polonaise"),
    "Polish government": ("Polish government", "Warsaw government", "gouvernement polonais"),
    "European Commission": ("European Commission", "Commission europeenne"),
    "European Union": ("European Union", "the EU", "Union europeenne", "l'UE"),
    "UNHCR": (
        "UN refugee agency",
        "Haut-Commissariat des Nations unies pour les refugies",
        "UNHCR",
        "HCR",
    ),
    "IOM": (
        "International Organization for Migration",
        "Organisation internationale pour les migrations",
        "IOM",
        "OIM",
    ),
    "NATO": ("NATO", "OTAN"),
    "Pentagon": ("Pentagon",),
}

# The cue tables (CUES, MEDIUM_CUES, GENERIC_*, NAME_CUES) are each language's, in
# crisis_timeline/lang/<code>/attribution.py, read through tables(lang).attribution.

# Words stripped from the front of a name ("Polish Prime Minister Mateusz Morawiecki").
TITLE_WORDS: frozenset[str] = frozenset(
    """president prime minister foreign interior defence defense chancellor spokesman
    spokeswoman spokesperson chief head leader secretary general commissioner ambassador
    minister deputy vice mr mrs ms dr sen gen pope king queen premier ministre président
    présidente chef porte-parole chancelière chancelier commissaire ambassadeur secrétaire
    général m mme""".split()
)
# Capitalised words that start a sentence, not a name.
NOT_NAMES: frozenset[str] = frozenset(
    """the this that these those it he she they we i but and or so then a an his her their
    its our le la les il elle ils elles nous on mais et ou un une ce cette ces son sa ses leur
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
    vendredi samedi dimanche in on at after before when while dans après avant quand later
    earlier meanwhile however also then yesterday today now there here as if since although
    because still yet instead asked speaking plus puis ensuite hier aujourd'hui ainsi alors
    cependant pourtant lors enfin""".split()
)


class _FoldTable(dict):
    """str.translate table filled on first sight of each character (a corpus uses a few
    hundred distinct characters; normalising each occurrence cost a minute on 10,000
    articles)."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "’‘`":
            value = "'"
        else:
            base = unicodedata.normalize("NFD", char)[0].lower()
            value = base[0] if base else char
        self[code] = value
        return value


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lowercase, accents removed, straight apostrophes; same length as the input."""
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=8)
def _alias_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    alias_to_source = {
        fold(alias): source for source, aliases in SOURCE_ALIASES.items() for alias in aliases
    }
    # Longest first, so "Elysee Palace" wins over "Elysee".
    alternation = "|".join(re.escape(a) for a in sorted(alias_to_source, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), alias_to_source


@lru_cache(maxsize=16)
def _cue_regexes(lang: str) -> tuple[re.Pattern[str], ...]:
    alias_pattern = _alias_regex()[0].pattern
    table = tables(lang).attribution
    return tuple(
        re.compile(cue.replace("{A}", table["ARTICLE"]).replace("{S}", f"(?P<src>{alias_pattern})"))
        for cue in table["CUES"]
    )


@lru_cache(maxsize=16)
def _medium_regexes(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """The language's MEDIUM_CUES compiled: (pattern, canonical medium)."""
    return tuple(
        (re.compile(pattern), medium) for pattern, medium in tables(lang).attribution["MEDIUM_CUES"]
    )


# Articles that may open a generic source after its introduction ("according to the
# Polish authorities", "selon les autorités"), whatever the article's language.
_GENERIC_ARTICLES = r"(?:the |a |an |l'|les |le |la |des |un |une )?"


@lru_cache(maxsize=16)
def _generic_regex(lang: str) -> re.Pattern[str]:
    """ "according to Polish officials": the language's introduction, then a phrase shaped
    around its generic heads (GENERIC_PHRASE says where its adjectives go)."""
    table = tables(lang).attribution
    heads = "|".join(table["GENERIC_SOURCES"]) or "(?!)"
    phrase = table["GENERIC_PHRASE"].format(heads=heads)
    return re.compile(rf"\b{table['GENERIC_INTRO']} {_GENERIC_ARTICLES}(?P<g>{phrase})\b")


def _person(name: str) -> str | None:
    """Strip titles and sentence-initial words; None when no name is left."""
    parts = name.replace("’", "'").split()
    while parts and parts[0].lower() in NOT_NAMES:
        parts = parts[1:]
    title_positions = [i for i, part in enumerate(parts) if part.lower().strip(".") in TITLE_WORDS]
    if title_positions:
        parts = parts[title_positions[-1] + 1 :]
    if not parts:
        return None
    return " ".join(parts)


def cited_sources(text: str, lang: str) -> list[tuple[str, int, int]]:
    """(canonical source, start, end) for every attribution cue in the text, in text order.

    >>> [s for s, _, _ in cited_sources("Putin said so, according to the Kremlin.", "en")]
    ['Putin', 'Kremlin']
    """
    folded = fold(text)
    alias_to_source = _alias_regex()[1]
    found: list[tuple[str, int, int]] = []
    source_spans: list[tuple[int, int]] = []  # where named sources stand, to avoid re-reading
    cue_spans: list[tuple[int, int]] = []  # whole cues of known sources: nothing else inside

    for regex in _cue_regexes(lang):
        for match in regex.finditer(folded):
            span = match.span("src")
            if span in source_spans:
                continue
            source_spans.append(span)
            cue_spans.append(match.span())
            found.append((alias_to_source[match.group("src")], match.start(), match.end()))

    for pattern, medium in _medium_regexes(lang):
        # Most articles name no medium: a plain-string test spares scanning the whole text.
        if not may_match((pattern,), folded):
            continue
        for match in pattern.finditer(folded):
            if not any(s <= match.start() < e for s, e in cue_spans):
                found.append((medium, match.start(), match.end()))

    for match in _generic_regex(lang).finditer(folded):
        span = match.span("g")
        if not any(s <= match.start() < e for s, e in cue_spans) and not any(
            s < span[1] and span[0] < e for s, e in source_spans
        ):
            source_spans.append(span)
            # As written (accents kept), lowercased: "humanitarian organizations".
            found.append((text[span[0] : span[1]].lower(), match.start(), match.end()))

    people: list[tuple[str, int, int]] = []
    for cue in tables(lang).attribution["NAME_CUES"]:
        for match in re.finditer(cue, text):
            span = match.span("name")
            if any(s < span[1] and span[0] < e for s, e in source_spans):
                continue
            name = _person(match.group("name"))
            if name and fold(name) not in alias_to_source:
                source_spans.append(span)
                people.append((name, match.start(), match.end()))
    found.extend(_full_names(people))
    return sorted(set(found), key=lambda item: (item[1], item[2], item[0]))


def sources_cited_in(article: Article) -> tuple[str, ...]:
    """The sources an article cites, in text order: those its extraction found, or read now
    from its cleaned text in its own language."""
    if article.cited_sources is not None:
        return article.cited_sources
    return tuple(source for source, _, _ in cited_sources(article.cleaned_text, article.language))


def _full_names(people: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Map a bare surname ("Borrell") to the full name cited elsewhere ("Josep Borrell")."""
    full = {name.split()[-1]: name for name, _, _ in people if len(name.split()) > 1}
    return [(full.get(name, name) if " " not in name else name, s, e) for name, s, e in people]
