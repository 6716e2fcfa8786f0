"""Polish calendar periods and vague references: "latem", "tego lata", "zimą 2021 r.",
"w trzecim kwartale 2021", "w Wigilię", "na Boże Narodzenie", "lata 90.", "XX wiek",
"obecnie", "niedawno", "w przyszłości".

A season in the instrumental ("latem", "zimą", "jesienią", "wiosną") is an adverb of time:
a date on its own (SEASON_ALONE), where English "spring" alone is not. "Wigilia" and
"Nowy Rok" are dates only when capitalised ("w wigilię wyborów", "w nowym roku" are not).

Read by crisis_timeline.temporal_periods; keys and pattern groups: lang/en/periods.py.
"""

from __future__ import annotations


def _alternation(words: object) -> str:
    """A regex alternation of the words, the longest first."""
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _adjective(
    stem: str, endings: tuple[str, ...] = ("y", "ego", "ej", "ym", "ą", "a", "e")
) -> list[str]:
    return [stem + ending for ending in endings]


_THIS = ("ten", "ta", "to", "tę", "tego", "tej", "tym", "tą", "tegoroczn")
_RELATIONS = {
    **{word: "this" for word in _THIS[:-1]},
    **{word: "this" for word in _adjective("tegoroczn")},
    **{word: "before" for stem in ("zeszł", "ubiegł", "minion", "zeszłoroczn")
       for word in _adjective(stem)},
    **{word: "after" for stem in ("przyszł", "następn", "najbliższ")
       for word in _adjective(stem)},
    **{word: "after" for word in _adjective("nadchodząc")},
    **{word: "this" for word in _adjective("bieżąc")},
}  # fmt: skip
# Before a season only the genitive and instrumental ("zeszłego lata", "zeszłą zimą"): the
# plural "ubiegłe lata", "minione lata" are years. "wczesną wiosną", "późną jesienią" are
# dates with no relation; "w" only before a locative ("w lecie", "w zimie").
_SEASON_RELATION = _alternation(
    [w for w in _RELATIONS if w.endswith(("ego", "ej", "ym", "ą")) or w in ("tego", "tej", "tym")]
    + ["wczesną", "późną", "wczesnym", "późnym", "wczesnej", "późnej",
       r"w(?=[ \u00a0](?:lecie|zimie|wiośnie|jesieni)\b)", r"na(?=[ \u00a0]wiosnę\b)"]
)  # fmt: skip
_SEASONS = {
    "SU": ("lato", "lata", "latem", "lecie"),
    "WI": ("zima", "zimy", "zimie", "zimę", "zimą"),
    "FA": ("jesień", "jesieni", "jesienią"),
    "SP": ("wiosna", "wiosny", "wiośnie", "wiosnę", "wiosną"),
}
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?!\d)(?:[ \u00a0]?(?:r\.|roku\b))?"
_YEAR_RELATIONS = {
    **{f"{w} roku": rel for w, rel in _RELATIONS.items() if w.endswith("ego")},
    "roku": "this", "br.": "this", "b.r.": "this", "ub. r.": "before", "ub.r.": "before",
}  # fmt: skip
_YEAR_WORDS = _alternation(_YEAR_RELATIONS).replace(".", r"\.").replace(" ", r"[ \u00a0]")
_RELATIVE_YEAR = rf"(?P<yr>{_YEAR_WORDS})"
_ORDINALS = {
    **{w: 1 for w in _adjective("pierwsz")},
    **{w: 2 for w in ("drugi", "drugiego", "drugiej", "drugim", "drugą", "druga", "drugie")},
    **{w: 3 for w in ("trzeci", "trzeciego", "trzeciej", "trzecim", "trzecią", "trzecia",
                      "trzecie")},
    **{w: 4 for w in _adjective("czwart")},
    **{w: 4 for w in ("ostatni", "ostatniego", "ostatniej", "ostatnim", "ostatnią", "ostatnia")},
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
}  # fmt: skip
_AFTER_PART = rf"(?:[ \u00a0](?:{_RELATIVE_YEAR}|{_YEAR}))?"
_DECADE_STEMS = {"dwudziest": "192", "trzydziest": "193", "czterdziest": "194",
                 "pięćdziesiąt": "195", "sześćdziesiąt": "196", "siedemdziesiąt": "197",
                 "osiemdziesiąt": "198", "dziewięćdziesiąt": "199"}  # fmt: skip
_DECADE_WORDS = {
    stem + ending: prefix
    for stem, prefix in _DECADE_STEMS.items()
    for ending in ("e", "ych", "ymi")
}
_DECADE_NUMBER = rf"(?:(?P<c>1[0-9]|20)(?P<d>\d)0(?=-(?:te|tych|ych)\b)|(?P<s>[2-9])0|(?P<w>{_alternation(_DECADE_WORDS)}))"
_HOLIDAY_RELATIONS = _alternation(
    w
    for w in _RELATIONS
    if len(w) > 4  # adjectives only: "w tę Wigilię" is rare
)

PERIODS: dict[str, object] = {
    "REFERENCES": (
        (r"\b(?:teraz|obecnie|aktualnie|w[ \u00a0]tej[ \u00a0]chwili|w[ \u00a0]chwili"
         r"[ \u00a0]obecnej|dzisiaj[ \u00a0]już)\b", "PRESENT_REF"),
        (r"\b(?:niedawno|ostatnio|w[ \u00a0]przeszłości|dawniej)\b", "PAST_REF"),
        (r"\bw[ \u00a0]przyszłości\b", "FUTURE_REF"),
    ),
    "TRIGGERS": {
        "references": ("teraz", "obecn", "aktualnie", "chwili", "niedawn", "ostatnio",
                       "przeszłoś", "dawniej", "przyszłoś"),
        "seasons": ("lat", "lec", "zim", "jesie", "wios", "wioś"),
        "parts": ("kwarta", "kw.", "półrocz", "połow"),
        "holidays": ("wigili", "narodzeni", "nowy", "nowego", "nowym", "sylwest", "wielkan"),
        "ages": ("lat", "wiek", "xx", "xix", "xviii"),
        "spelled_years": (),
    },
    "SEASON_WORDS": {form: code for code, forms in _SEASONS.items() for form in forms},
    # Not after "z", "ze", "przed" ("walka z zimą", "przed zimą": no date of their own).
    "SEASON": (
        rf"(?<![\w-])(?<!\bz )(?<!\bze )(?<!\bprzed )(?:(?P<rel>{_SEASON_RELATION})[ \u00a0])?"
        rf"(?P<s>{_alternation(f for forms in _SEASONS.values() for f in forms)})\b"
        rf"(?:(?<!lata)[ \u00a0]{_YEAR})?"
    ),
    "SEASON_ALONE": frozenset({"latem", "zimą", "jesienią", "wiosną"}),
    "SEASON_NAME_BEFORE": (),
    "PREPOSITIONS": {"w": 0, "na": 0},  # left out of the span: "w zimie" -> "zimie"
    "RELATIONS": _RELATIONS,
    "QUARTER": (
        rf"\b(?P<o>{_alternation(_ORDINALS)})[ \u00a0](?:kwartał(?:u|em|y)?|kwartale|kw\.)"
        rf"(?!\w){_AFTER_PART}"
    ),
    # "połowa" is a year's only with the year written: "w drugiej połowie listopada" is not.
    "HALF": (
        rf"\b(?P<o>{_alternation(_ORDINALS)})[ \u00a0](?:półrocz(?:e|a|u|em)|połow(?:a|y|ie|ę|ą)"
        rf"(?=[ \u00a0](?:1[89]\d\d|20\d\d|{_YEAR_WORDS})))"
        rf"(?!\w){_AFTER_PART}"
    ),
    "ORDINALS": _ORDINALS,
    "YEAR_RELATIONS": _YEAR_RELATIONS,
    "BARE_QUARTER_NEEDS_FINANCE": False,  # sport says "kwarta", not "kwartał"
    "FINANCE": r"(?!)",
    "HOLIDAYS": (
        (r"\bprawosławn(?:e|ego|ym)[ \u00a0]boż(?:e|ego|ym)[ \u00a0]narodzeni(?:e|a|em|u)\b",
         "orthodox"),
        (r"\bwigili(?:a|i|ę|ą)(?:[ \u00a0]bożego[ \u00a0]narodzenia)?\b", "christmas_eve"),
        (r"\b(?:święt(?:a|ach|ami)[ \u00a0])?boż(?:e|ego|ym)[ \u00a0]narodzeni(?:e|a|em|u)\b",
         "christmas"),
        (r"(?<=\bw )sylwestra\b|\bnoc(?:y|ą)?[ \u00a0]sylwestrow(?:a|ej|ą)\b"
         r"|\bsylwestrow(?:a|ej|ą)[ \u00a0]noc(?:y|ą)?\b", "new_year_eve"),
        (r"\bnow(?:y|ego|ym)[ \u00a0]rok(?:u|iem)?\b", "new_year"),
        (r"\bprawosławn(?:a|ej|ą)[ \u00a0]wielkan(?:oc|ocy|ocą)\b", "orthodox_easter"),
        (r"\bwielkan(?:oc|ocy|ocą)\b", "easter"),
    ),
    "HOLIDAY_BEFORE": rf"\b(?P<rel>{_HOLIDAY_RELATIONS})[ \u00a0]\Z",
    "CAPITALISED_HOLIDAYS": frozenset({"christmas_eve", "new_year", "easter"}),
    # "jarmark Bożego Narodzenia", "choinka na Boże Narodzenie": the holiday qualifies a noun.
    "MODIFIED_BEFORE": (
        r"\b(?:jarmark|jarmarku|kiermasz|kiermaszu|choinka|choinki|choinkę|ozdoby|dekoracje|"
        r"prezenty|prezentów|kolędy|kolęd|jajka|jajek|koszyczek)[ \u00a0]+(?:na[ \u00a0]+)?\Z"
    ),
    "NOUNS_AFTER": frozenset(),
    # Polish capitalises the names after a date as English does not: "Latem Łukaszenka
    # zagroził" is a date, and "Wigilia" is a name of its own.
    "NAME_AFTER_CAPITAL": False,
    "OF_AFTER": r"(?!)",
    # "lata 90.", "w latach 90-tych", "lata dziewięćdziesiąte"; "lat" (genitive: "od lat 90.")
    # only with the dot or ending, as "przez 5 lat 90 osób" is no decade.
    "DECADE": (
        rf"\b(?:lata|latach|latami|lat(?=[ \u00a0](?:[2-9]0\.|[2-9]0-|1[89]\d0-|20\d0-|"
        rf"{_alternation(_DECADE_WORDS)})))[ \u00a0]{_DECADE_NUMBER}"
        r"(?:-te|-tych|-ych|\.(?!\d))?(?![\d%])"
    ),
    "DECADE_WORDS": _DECADE_WORDS,
    "CENTURY": r"\b(?P<r>xviii|xix|xxi|xx)[ \u00a0](?:wiek(?:u|iem|owi)?\b|w\.)",
    "BOUNDING": (
        r"\b(?:od|do|aż[ \u00a0]+do|przed[ \u00a0]+nadejściem|z[ \u00a0]+nadejściem)"
        r"[ \u00a0]+\Z"
    ),
    # Years in words (see lang/en/periods.py): none read yet.
    # A superlative before a year in its clause: the comparison's frame ("największa liczba w
    # tym roku"), not a date (see lang/en/periods.py).
    "RECORD_BEFORE": (
        r"(?<!\w)(?:(?:największ|najwyższ|rekordow)\w*(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+"
        r"(?:liczb|wynik|bilans|napływ|wzrost|dzie[nń]|dni)\w*|rekord\w*)(?!\w)"
        r"[^,;.!?()\d]{0,20}\Z"
    ),
    "YEAR_WORDS": {},
    "YEAR_LINKS": (),
    "SPELLED_YEAR_BEFORE": r"(?!)",
}  # fmt: skip
