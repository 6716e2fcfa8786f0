"""Lithuanian calendar periods and vague references: "vasarą", "šią žiemą", "2021 m.
vasarą", "trečiąjį 2021 m. ketvirtį", "per Kalėdas", "Naujųjų metų išvakarėse", "dešimtajame
dešimtmetyje", "XX a.", "dabar", "šiuo metu", "neseniai", "ateityje".

A season in the accusative ("vasarą", "žiemą", "rudenį", "pavasarį") is an adverb of time:
a date on its own (SEASON_ALONE). The year comes before what it dates ("2021 m. vasarą",
"2021 m. trečiąjį ketvirtį"), or inside it ("trečiąjį 2021 m. ketvirtį"). A decade is an
ordinal of the century's decades: "dešimtajame dešimtmetyje" is the tenth, the 1990s (read
in the 20th century, as "the '90s" is).

Read by crisis_timeline.temporal_periods; keys and pattern groups: lang/en/periods.py.
"""

from __future__ import annotations


def _alternation(words: object) -> str:
    """A regex alternation of the words, the longest first."""
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _forms(stem: str, endings: str) -> list[str]:
    return [stem + ending for ending in endings.split()]


_RELATIONS = {
    **{w: "this" for w in ("šį", "šią", "šio", "šios", "šiuos", "šias", "šių", "šiemet")},
    **{w: "before" for w in _forms("praėjus", "į ią io ios ius ias ių")},
    **{w: "after" for w in ("kitą", "kito", "kitos", "kitus", "kitas", "kitų")},
    **{w: "after" for w in _forms("ateinan", "tį čią čio čios čius čias čių")},
}  # fmt: skip
_SEASONS = {
    "SP": ("pavasaris", "pavasario", "pavasariui", "pavasarį", "pavasariu", "pavasaryje"),
    "SU": ("vasara", "vasaros", "vasarai", "vasarą", "vasaroje"),
    "FA": ("ruduo", "rudens", "rudeniui", "rudenį", "rudeniu", "rudenyje"),
    "WI": ("žiema", "žiemos", "žiemai", "žiemą", "žiemoje"),
}
_SEASON_RELATION = _alternation(
    [w for w in _RELATIONS if w not in ("šiuos", "šias", "šių", "kitus", "kitas", "kitų")]
    + ["ankstyvą", "vėlyvą", "vėlų", "ankstyvo", "vėlyvo"]
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_RELATIONS = {
    "šių metų": "this", "š. m.": "this", "š.m.": "this", "praėjusių metų": "before",
    "kitų metų": "after", "ateinančių metų": "after",
}  # fmt: skip
_RELATIVE_YEAR = _alternation(_YEAR_RELATIONS).replace(".", r"\.").replace(" ", r"[ \u00a0]")
_ORDINAL_ENDINGS = "asis ąjį ajame ojo uoju as ą ame o"
_ORDINALS = {
    **{w: 1 for w in _forms("pirm", _ORDINAL_ENDINGS)},
    **{w: 2 for w in _forms("antr", _ORDINAL_ENDINGS)},
    **{w: 3 for w in _forms("treči", _ORDINAL_ENDINGS)},
    **{w: 4 for w in _forms("ketvirt", _ORDINAL_ENDINGS)},
    **{w: 4 for w in ("paskutinis", "paskutinįjį", "paskutiniajame", "paskutinį",
                      "paskutiniame", "paskutinio")},
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
}  # fmt: skip


def _part(nouns: str) -> str:
    """A quarter or half: the year or relative year before the ordinal or inside it."""
    return (
        rf"(?:\b(?P<y2>{_YEAR})[ \u00a0]m\.[ \u00a0]|\b(?P<yr>{_RELATIVE_YEAR})[ \u00a0])?"
        rf"\b(?P<o>{_alternation(_ORDINALS)})[ \u00a0](?:(?P<y>{_YEAR})[ \u00a0]m\.[ \u00a0])?"
        rf"(?:{nouns})"
    )


_DECADE_STEMS = {"penkt": "194", "šešt": "195", "septint": "196", "aštunt": "197",
                 "devint": "198", "dešimt": "199"}  # fmt: skip
_DIGITS = {"5": "194", "6": "195", "7": "196", "8": "197", "9": "198", "10": "199"}
_DECADE_WORDS = {
    **{w: prefix for stem, prefix in _DECADE_STEMS.items()
       for w in _forms(stem, "asis ąjį ajame ojo uoju oji")},
    **{f"{n}-{ending}": prefix for n, prefix in _DIGITS.items()
       for ending in ("asis", "ąjį", "ajame", "ojo", "uoju", "oji", "ąjį")},
}  # fmt: skip
_PLURAL = "os ų oms as omis ose"

PERIODS: dict[str, object] = {
    "REFERENCES": (
        (r"\b(?:dabar|šiuo[ \u00a0]metu|šiuo[ \u00a0]laiku|dabartiniu[ \u00a0]metu)\b",
         "PRESENT_REF"),
        (r"\b(?:neseniai|pastaruoju[ \u00a0]metu|praeityje)\b", "PAST_REF"),
        (r"\bateityje\b", "FUTURE_REF"),
    ),
    "TRIGGERS": {
        "references": ("dabar", "šiuo", "neseniai", "pastaruoju", "praeityje", "ateityje"),
        "seasons": ("pavasar", "vasar", "ruduo", "ruden", "rudens", "žiem"),
        "parts": ("ketvir", "ketv.", "pusme"),
        "holidays": ("kalėd", "kūči", "nauj", "velyk"),
        "ages": ("dešimtmet", "xx", "xix", "xviii"),
        "spelled_years": (),
    },
    "SEASON_WORDS": {form: code for code, forms in _SEASONS.items() for form in forms},
    "SEASON": (
        rf"\b(?:(?P<y>{_YEAR})(?:[ \u00a0]m\.|-ųjų)[ \u00a0]|(?P<rel>{_SEASON_RELATION})[ \u00a0])?"
        rf"(?P<s>{_alternation(f for forms in _SEASONS.values() for f in forms)})\b"
    ),
    "SEASON_ALONE": frozenset({"pavasarį", "vasarą", "rudenį", "žiemą"}),
    "SEASON_NAME_BEFORE": (),
    "PREPOSITIONS": {},
    "RELATIONS": _RELATIONS,
    "QUARTER": _part(r"ketvir(?:tis|čio|čiui|tį|čiu|tyje)\b|ketv\."),
    "HALF": _part(r"pusme(?:tis|čio|čiui|tį|čiu|tyje)\b"),
    "ORDINALS": _ORDINALS,
    "YEAR_RELATIONS": _YEAR_RELATIONS,
    "BARE_QUARTER_NEEDS_FINANCE": False,
    "FINANCE": r"(?!)",
    "HOLIDAYS": (
        (rf"\bstačiatikių[ \u00a0]kalėd(?:{_PLURAL.replace(' ', '|')})\b", "orthodox"),
        (rf"\bkūči(?:{_PLURAL.replace(' ', '|')})\b|\bkalėdų[ \u00a0]išvakar(?:ės|ių|ėms|es|ėse)\b",
         "christmas_eve"),
        (rf"\b(?:šv\.[ \u00a0]|šventų(?:jų)?[ \u00a0])?kalėd(?:{_PLURAL.replace(' ', '|')})\b",
         "christmas"),
        (r"\bnaujųjų[ \u00a0]metų[ \u00a0](?:išvakar(?:ės|ių|ėms|es|ėse)|nakt(?:is|į|ies))\b",
         "new_year_eve"),
        (r"\bnauj(?:ieji|ųjų|iesiems|uosius|aisiais|uosiuose)[ \u00a0]"
         r"met(?:ai|ų|ams|us|ais|uose)\b", "new_year"),
        (rf"\bstačiatikių[ \u00a0]velyk(?:{_PLURAL.replace(' ', '|')})\b", "orthodox_easter"),
        (rf"\bvelyk(?:{_PLURAL.replace(' ', '|')})\b", "easter"),
    ),
    "HOLIDAY_BEFORE": rf"\b(?P<rel>{_alternation(_RELATIONS)})[ \u00a0]\Z",
    # "Naujieji metai" is the holiday, "naujaisiais metais" the coming year.
    "CAPITALISED_HOLIDAYS": frozenset({"new_year"}),
    "MODIFIED_BEFORE": r"(?!)",
    # The genitive before a noun makes the holiday its modifier: "Kalėdų eglutė" (the tree),
    # "Kalėdų senelis", "Kalėdų mugė", "Velykų kiaušiniai".
    "NOUNS_AFTER": frozenset(
        """eglutė eglutės eglutę eglutėje eglė eglės senelis senelio seneliu seneliui mugė
        mugės mugę mugėje dovana dovanos dovanų dovanas stalas stalo stalui kiaušiniai
        kiaušinių margučiai margučių giesmės giesmių atvirukas atvirukai atvirukų
        dekoracijos dekoracijų papuošimai papuošimų""".split()
    ),
    "NAME_AFTER_CAPITAL": False,  # "Šią žiemą Lukašenka ...": a date before a name
    "OF_AFTER": r"(?!)",
    # "dešimtajame dešimtmetyje", "XX a. dešimtajame dešimtmetyje", "10-ajame dešimtmetyje".
    "DECADE": (
        r"(?<![\w-])(?:(?:xx[ \u00a0]a\.|xx[ \u00a0]amžiaus|praėjusio[ \u00a0]amžiaus)[ \u00a0])?"
        rf"(?P<w>{_alternation(_DECADE_WORDS)})[ \u00a0]dešimtmet(?:is|į|yje|io|yj|ije)\b"
    ),
    "DECADE_WORDS": _DECADE_WORDS,
    "CENTURY": r"\b(?P<r>xviii|xix|xxi|xx)[ \u00a0](?:amži(?:us|aus|ui|ų|uje)\b|a\.)",
    "BOUNDING": r"\b(?:nuo|iki|ligi|artėjant)[ \u00a0]+\Z",
    # Years in words (see lang/en/periods.py): none read yet.
    # A superlative before a year in its clause: the comparison's frame ("didžiausias
    # skaičius šiais metais"), not a date (see lang/en/periods.py).
    "RECORD_BEFORE": (
        r"(?<!\w)(?:(?:didžiausi|aukščiausi|rekordin)\w*(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+"
        r"(?:skaiči|sraut|antplūd|dien)\w*|rekord\w*)(?!\w)[^,;.!?()\d]{0,20}\Z"
    ),
    "YEAR_WORDS": {},
    "YEAR_LINKS": (),
    "SPELLED_YEAR_BEFORE": r"(?!)",
}  # fmt: skip
