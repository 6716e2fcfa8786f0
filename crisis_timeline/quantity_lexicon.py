"""Quantity data shared by every language: unit kinds, attached units, currency signs.

The per-language words (number words, units, qualifiers, death and time cues) live in each
language's folder, `crisis_timeline/lang/<code>/quantities.py` (read through
`crisis_timeline.lang.tables(code).quantities`); `quantities.py` compiles both. What is here
holds for an article in any language: the canonical units and their kinds, the unit words that
may be glued to a number ("50km"), currency signs and names that end in a number.
"""

from __future__ import annotations

# Unit words that may follow a number with no space ("50km", "1h", "30%", "10€").
ATTACHED_UNITS: frozenset[str] = frozenset({"km", "h", "min", "mn", "%", "€", "$", "hrs", "hr"})

# Currency symbols written before the number ("$5 million", "€10").
CURRENCY_PREFIXES: dict[str, str] = {"$": "dollar", "€": "euro", "US$": "dollar"}

# canonical unit -> kind. "people" and "country" counts under 3 written in words and with
# no qualifier are dropped as noise ("one man told", "the two countries").
UNIT_KINDS: dict[str, str] = {
    "minute": "duration",
    "day": "duration",
    "month": "duration",
    "year": "duration",
    "person": "people",
    "migrant": "people",
    "refugee": "people",
    "asylum seeker": "people",
    "soldier": "people",
    "border guard": "people",
    "police officer": "people",
    "child": "people",
    "woman": "people",
    "man": "people",
    "family": "people",
    "journalist": "people",
    "civilian": "people",
    "death": "death",
    "life": "life",
    "bomber": "object",
    "aircraft": "object",
    "helicopter": "object",
    "warship": "object",
    "tank": "object",
    "flight": "object",
    "tent": "object",
    "truck": "object",
    "bus": "object",
    "camp": "object",
    "country": "country",
    "kilometre": "distance",
    "euro": "money",
    "dollar": "money",
    "percent": "percent",
}
NOISE_KINDS: frozenset[str] = frozenset({"people", "country"})
NOISE_BELOW = 3

# Names that end in a number, in any language ("France 24", "Euro 2020").
NAMES_WITH_NUMBERS: tuple[str, ...] = (
    "France",
    "Euro",
    "Channel",
    "Covid",
    "COVID",
    "Airbus",
    "Boeing",
    "Windows",
    "Antenne",
    "BFM",
    "LCI",
    "Canal",
    "Radio",
    "Europe",
)
