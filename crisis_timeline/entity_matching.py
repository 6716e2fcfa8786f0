"""Names in text: folding and longest-leftmost dictionary matching over word tokens.

Folding makes matching diacritics- and case-insensitive (``Kuznica`` finds Kuźnica); the
matcher works on whole word tokens only and keeps the longest match starting leftmost; an
alias's case rule (any case, capitalised, all capitals) is checked on the text as written.
Offsets always refer to the text as given.

It does not know where the aliases come from (`entities.Gazetteer` builds the entries from
the CSV files) nor guess places missing from them (`geonames_fallback.py` does).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from crisis_timeline.entity_records import Category, Mention, RolePhrase

# Acronym aliases that are ordinary words when a whole line is in capitals (French "UN" =
# "a", English "US" = "us" in a shouted headline); there, the acronym is not trusted.
CAPS_AMBIGUOUS_ACRONYMS: frozenset[str] = frozenset({"un", "us", "ue", "it", "am", "is"})

# Characters NFKD does not decompose but that readers treat as their base letter, and
# typographic variants of the apostrophe and the hyphen.
_EXTRA_FOLDS: dict[str, str] = {
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ð": "d",
    "ı": "i",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "þ": "th",
    "’": "'",
    "‘": "'",
    "ʼ": "'",
    "`": "'",
    "´": "'",
    "‐": "-",
    "‑": "-",
    "‒": "-",
    "–": "-",
    "—": "-",
    "−": "-",
    "\u00a0": " ",
    "\u202f": " ",
}

_TOKEN = re.compile(r"\w+")
# What may stand between two words of one name: spaces, hyphens/dashes, apostrophes and the
# dots of abbreviations ("U.S.", "l'Élysée", "Kuźnica – Bruzgi"); a comma or a full stop
# followed by a space ends the name.
_JOINER = re.compile(r"(?:\s+|\s*-\s*|'|\.)")


# --- folding ------------------------------------------------------------------------------
@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    extra = _EXTRA_FOLDS.get(char)
    if extra is not None:
        return extra
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Lower-case ``text`` and strip diacritics: ``fold("Kuźnica–Łódź") == "kuznica-lodz"``."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


class _FoldTable(dict[int, str]):
    """`str.translate` table that folds each character on first sight (then a dict lookup).

    It also records the characters whose fold is not exactly one character (ligatures,
    combining marks): only texts holding one of those need a folded-to-original index."""

    def __init__(self) -> None:
        super().__init__()
        self.irregular: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _fold_char(char)
        if len(folded) != 1:
            self.irregular.add(char)
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def _fold_with_map(text: str) -> tuple[str, list[int] | None]:
    """The folded text and, when lengths differ, the original index of each folded char."""
    if text.isascii():
        return text.lower(), None
    folded = text.translate(_FOLD_TABLE)
    if _FOLD_TABLE.irregular.isdisjoint(text):
        # One character for one: the index would be the identity (and no combining marks).
        return folded, None
    pieces: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = _fold_char(char)
        pieces.append(folded)
        index.extend([position] * len(folded))
    return "".join(pieces), index


def alias_key(alias: str) -> tuple[str, ...]:
    """The folded word tokens that identify an alias in text."""
    return tuple(_TOKEN.findall(fold(alias)))


def case_rule(alias: str) -> int:
    """0: any case; 1: first letter capitalised in the text; 2: all capitals (acronym)."""
    letters = [c for c in alias if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    words = _TOKEN.findall(alias)
    is_acronym = all(c.isupper() for c in letters) and len(letters) <= 6 and len(words) <= 3
    if is_acronym and (len(letters) > 1):
        return 2
    return 1


# --- the matcher --------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    category: Category
    name: str
    alias: str
    case_rule: int
    confidence: float
    role: RolePhrase | None = None


@dataclass
class Scan:
    """One pass over a text: its tokens and the curated mentions found."""

    text: str
    folded: str
    index: list[int] | None
    tokens: list[tuple[int, int, str]]  # folded start, folded end, folded token
    mentions: list[Mention] = field(default_factory=list)
    covered: set[int] = field(default_factory=set)  # token positions inside a mention
    # The GeoNames fallback mentions, computed once per scan (`entities.Gazetteer` caches
    # scans per sentence and asks for the places of one sentence several times).
    fallback: list[Mention] | None = None

    def original_span(self, first: int, last: int) -> tuple[int, int]:
        start, end = self.tokens[first][0], self.tokens[last][1]
        if self.index is None:
            return start, end
        original_end = self.index[end - 1] + 1
        # Combining marks after the last letter belong to it.
        while original_end < len(self.text) and unicodedata.combining(self.text[original_end]):
            original_end += 1
        return self.index[start], original_end

    def joinable(self, position: int) -> bool:
        """Whether token ``position`` and the next one may belong to one name."""
        gap = self.folded[self.tokens[position][1] : self.tokens[position + 1][0]]
        return _JOINER.fullmatch(gap) is not None


class Matcher:
    """Longest-leftmost dictionary matching over folded word tokens."""

    def __init__(self, entries: dict[tuple[str, ...], list[Entry]]) -> None:
        self._entries = entries
        self._longest_from: dict[str, int] = {}
        for key in entries:
            first = key[0]
            self._longest_from[first] = max(self._longest_from.get(first, 0), len(key))

    def scan(self, text: str, on: date) -> Scan:
        folded, index = _fold_with_map(text)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        scan = Scan(text=text, folded=folded, index=index, tokens=tokens)
        longest_from = self._longest_from
        # Only tokens that start some alias can start a match: visit those alone.
        starts = [i for i, token in enumerate(tokens) if token[2] in longest_from]
        position = 0
        for candidate in starts:
            if candidate < position:
                continue  # inside the previous match
            position = candidate
            longest = longest_from[tokens[position][2]]
            matched = 0
            if longest:
                reach = 1
                while (
                    reach < longest
                    and position + reach < len(tokens)
                    and scan.joinable(position + reach - 1)
                ):
                    reach += 1
                for size in range(reach, 0, -1):
                    key = tuple(t[2] for t in tokens[position : position + size])
                    candidates = self._entries.get(key)
                    if not candidates:
                        continue
                    start, end = scan.original_span(position, position + size - 1)
                    found = [e for e in candidates if _accepts(e, text, start, end, on)]
                    if found:
                        scan.mentions.extend(_mentions(found, text, start, end))
                        scan.covered.update(range(position, position + size))
                        matched = size
                        break
            position += matched or 1
        return scan


def _accepts(entry: Entry, text: str, start: int, end: int, on: date) -> bool:
    if entry.role is not None and not entry.role.holds_on(on):
        return False
    written = text[start:end]
    if entry.case_rule == 1:
        first_letter = next((c for c in written if c.isalpha()), "")
        return not first_letter.islower()
    if entry.case_rule == 2:
        if any(c.islower() for c in written):
            return False
        if fold(entry.alias).replace(".", "") in CAPS_AMBIGUOUS_ACRONYMS:
            return not _line_is_all_caps(text, start, end)
    return True


def _line_is_all_caps(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    letters = [c for c in line if c.isalpha()]
    return len(letters) > len(text[start:end]) and not any(c.islower() for c in letters)


def _mentions(entries: list[Entry], text: str, start: int, end: int) -> list[Mention]:
    seen: set[tuple[str, str]] = set()
    out: list[Mention] = []
    for entry in entries:
        if (entry.category, entry.name) in seen:
            continue
        seen.add((entry.category, entry.name))
        if entry.role is not None:
            reason = f"role phrase {entry.role.phrase!r} ({entry.role.language})"
        else:
            reason = f"alias {entry.alias!r}"
        out.append(
            Mention(
                start, end, text[start:end], entry.name, entry.category, entry.confidence, reason
            )
        )
    return out
