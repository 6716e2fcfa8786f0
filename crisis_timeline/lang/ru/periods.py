"""Russian calendar periods and vague references: "летом", "этой зимой", "летом 2021 года",
"в третьем квартале 2021 года", "на Рождество", "под Новый год", "90-е годы", "XX век",
"сейчас", "в настоящее время", "недавно", "в будущем".

A season in the instrumental ("летом", "зимой", "осенью", "весной") is an adverb of time:
a date on its own (SEASON_ALONE).

Holidays as the Russian-language press of Russia and Belarus uses them (BelTA, Nasha Niva in
Russian): "Рождество" with no qualifier is the Orthodox Christmas, 7 January (a public
holiday in both countries), "сочельник" the Orthodox Christmas Eve, 6 January, and "Пасха"
the Orthodox Easter; the Western feasts are written "католическое Рождество" (25 December),
"католический сочельник" and "католическая Пасха".

Read by crisis_timeline.temporal_periods; keys and pattern groups: lang/en/periods.py.
"""

from __future__ import annotations


def _alternation(words: object) -> str:
    """A regex alternation of the words, the longest first."""
    return "|".join(sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


def _forms(stem: str, endings: str) -> list[str]:
    return [stem + ending for ending in endings.split()]


_HARD = "ый ая ое ую ой ого ому ым ом ые ых"  # прошлый, прошлая ...
_SOFT = "ий яя ее юю ей его ему им ем ие их"  # следующий, последний ...
_RELATIONS = {
    **{w: "this" for w in ("этот", "эта", "это", "эту", "этой", "этого", "этим", "этом",
                           "нынешней", "нынешним", "нынешнего")},
    **{w: "before" for stem in ("прошл", "прошедш", "минувш") for w in _forms(stem, _HARD)},
    **{w: "before" for w in _forms("прошедш", _SOFT) + _forms("минувш", _SOFT)},
    **{w: "after" for stem in ("следующ", "будущ", "наступающ", "грядущ")
       for w in _forms(stem, _SOFT)},
}  # fmt: skip
_SEASONS = {
    "SP": ("весна", "весны", "весне", "весну", "весной", "весною"),
    "SU": ("лето", "лета", "лету", "летом", "лете"),
    "FA": ("осень", "осени", "осенью"),
    "WI": ("зима", "зимы", "зиме", "зиму", "зимой", "зимою"),
}
# Before a season: the genitive and instrumental forms ("этой зимой", "прошлым летом",
# "этого лета"), and "ранней весной", "поздней осенью" (dates with no relation).
_SEASON_RELATION = _alternation(
    [w for w in _RELATIONS if w.endswith(("ой", "ым", "им", "ей", "ого", "его"))]
    + ["ранней", "поздней", "ранним", "поздним", "той", "тем"]
)
_YEAR = r"(?P<y>1[89]\d\d|20\d\d)(?!\d)(?:[ \u00a0](?:года|году|г\.))?"
_YEAR_RELATIONS = {
    **{f"{w} года": rel for w, rel in _RELATIONS.items() if w.endswith(("ого", "его"))},
    "года": "this", "текущего года": "this", "с. г.": "this", "с.г.": "this",
}  # fmt: skip
_RELATIVE_YEAR = _alternation(_YEAR_RELATIONS).replace(".", r"\.").replace(" ", r"[ \u00a0]")
_ORDINALS = {
    **{w: 1 for w in _forms("перв", _HARD)},
    **{w: 2 for w in ("второй", "второго", "втором", "второму", "вторым", "вторая", "вторую")},
    **{w: 3 for w in _forms("трет", "ий ья ье ью ьей ьего ьему ьим ьем")},
    **{w: 4 for w in _forms("четвёрт", _HARD) + _forms("четверт", _HARD)},
    **{w: 4 for w in _forms("последн", _SOFT)},
    "i": 1, "ii": 2, "iii": 3, "iv": 4,
}  # fmt: skip
_AFTER_PART = rf"(?:[ \u00a0](?:(?P<yr>{_RELATIVE_YEAR})|{_YEAR}))?"
_DECADE_WORDS = {
    "двадцат": "192", "тридцат": "193", "сороков": "194", "пятидесят": "195",
    "шестидесят": "196", "семидесят": "197", "восьмидесят": "198", "девяност": "199",
}  # fmt: skip
_HOLIDAY_RELATIONS = _alternation(_RELATIONS)
_CHRISTMAS = r"рождеств(?:о|а|у|ом|е)"

PERIODS: dict[str, object] = {
    "REFERENCES": (
        (r"\b(?:сейчас|теперь|ныне|в[ \u00a0]настоящее[ \u00a0]время|в[ \u00a0]настоящий"
         r"[ \u00a0]момент|(?:в|на)[ \u00a0]данный[ \u00a0]момент)\b", "PRESENT_REF"),
        # "в прошлом" alone ("в прошлом году" is a year): before punctuation only.
        (r"\b(?:недавно\b|в[ \u00a0]последнее[ \u00a0]время\b|в[ \u00a0]прошлом(?=[ \u00a0]*"
         r"[,.;:!?)]))", "PAST_REF"),
        (r"\bв[ \u00a0]будущем\b(?![ \u00a0]+(?:году|месяце|сезоне|веке|квартале|полугодии|"
         r"учебном|году))", "FUTURE_REF"),
    ),
    "TRIGGERS": {
        "references": ("сейчас", "теперь", "ныне", "настоящ", "данный", "недавн",
                       "последнее", "прошлом", "будущем"),
        "seasons": ("весн", "лет", "осен", "зим"),
        "parts": ("квартал", "полугоди", "половин"),
        "holidays": ("рождеств", "сочельник", "нов", "пасх"),
        "ages": ("0-", "десят", "девяност", "сороков", "xx", "xix", "xviii"),
        "spelled_years": (),
    },
    "SEASON_WORDS": {form: code for code, forms in _SEASONS.items() for form in forms},
    # Not after "с", "перед", "под" ("перед зимой": before it), nor in "Арабская весна",
    # "Пражская весна" (names, written in lower case in Russian).
    "SEASON": (
        r"(?<![\w-])(?<!\bс )(?<!\bперед )(?<!\bпод )(?<!арабской )(?<!пражской )"
        rf"(?:(?P<rel>{_SEASON_RELATION})[ \u00a0])?"
        rf"(?P<s>{_alternation(f for forms in _SEASONS.values() for f in forms)})\b"
        rf"(?:[ \u00a0]{_YEAR})?"
    ),
    "SEASON_ALONE": frozenset({"весной", "весною", "летом", "осенью", "зимой", "зимою"}),
    "SEASON_NAME_BEFORE": (),
    "PREPOSITIONS": {},
    "RELATIONS": _RELATIONS,
    "QUARTER": (
        rf"\b(?P<o>{_alternation(_ORDINALS)})[ \u00a0](?:квартал(?:е|а|у|ом)?|кв\.)(?!\w)"
        + _AFTER_PART
    ),
    # "половина" is a year's only with the year written: "во второй половине ноября" is not.
    "HALF": (
        rf"\b(?P<o>{_alternation(_ORDINALS)})[ \u00a0](?:полугоди(?:е|я|и|ем)|половин(?:а|ы|е|у)"
        rf"(?=[ \u00a0](?:1[89]\d\d|20\d\d|{_RELATIVE_YEAR})))(?!\w)" + _AFTER_PART
    ),
    "ORDINALS": _ORDINALS,
    "YEAR_RELATIONS": _YEAR_RELATIONS,
    "BARE_QUARTER_NEEDS_FINANCE": False,  # sport says "четверть", not "квартал"
    "FINANCE": r"(?!)",
    "HOLIDAYS": (
        (r"\bкатолическ(?:ий|ого|ом|ому)[ \u00a0](?:рождественск(?:ий|ого|ом)[ \u00a0])?"
         r"сочельник(?:а|е|ом|у)?\b", "christmas_eve"),
        (r"\b(?:рождественск(?:ий|ого|ом)[ \u00a0])?сочельник(?:а|е|ом|у)?\b", "orthodox_eve"),
        (rf"\b(?:католическ|западн)(?:ое|ого|ому|им|ом)[ \u00a0]{_CHRISTMAS}\b", "christmas"),
        (rf"\b(?:православн(?:ое|ого|ому|ым|ом)[ \u00a0])?{_CHRISTMAS}"
         r"(?:[ \u00a0]христов(?:о|а|у|ым|ом))?\b", "orthodox"),
        (r"\b(?:канун(?:е|а|у|ом)?[ \u00a0]нового[ \u00a0]года|новогодн(?:яя|юю|ей)[ \u00a0]"
         r"ноч(?:ь|и|ью))\b", "new_year_eve"),
        (r"\bнов(?:ый|ого|ому|ым|ом)[ \u00a0]год(?:а|у|ом|е)?\b", "new_year"),
        (r"\bкатолическ(?:ая|ой|ую)[ \u00a0]пасх(?:а|и|у|ой|е)\b", "easter"),
        (r"\b(?:православн(?:ая|ой|ую)[ \u00a0])?пасх(?:а|и|у|ой|е)\b", "orthodox_easter"),
    ),
    "HOLIDAY_BEFORE": rf"\b(?P<rel>{_HOLIDAY_RELATIONS})[ \u00a0]\Z",
    # "Новый год" is the holiday, "в новом году" the coming year.
    "CAPITALISED_HOLIDAYS": frozenset({"new_year"}),
    # "ёлка к Новому году", "подарки на Рождество": the holiday qualifies a noun.
    "MODIFIED_BEFORE": (
        r"\b(?:ёлк[аиуе]|елк[аиуе]|ярмарк[аиуе]|подар(?:ок|ки|ков)|куличи|открытк[аиу])"
        r"[ \u00a0]+(?:(?:на|к|ко)[ \u00a0]+)?\Z"
    ),
    "NOUNS_AFTER": frozenset(),
    "NAME_AFTER_CAPITAL": False,  # "Этой зимой Лукашенко ...": a date before a name
    "OF_AFTER": r"(?!)",
    # "90-е годы", "в 1990-х", "в девяностые", "девяностых годов".
    "DECADE": (
        r"\b(?:(?P<c>1[0-9]|20)(?P<d>\d)0|(?P<s>[2-9])0)-(?:е|х|м|ми|ые|ых)\b"
        r"(?:[ \u00a0](?:годы|годов|годах|годами|гг\.))?"
        rf"|\b(?P<w>{_alternation(_DECADE_WORDS)})(?:ые|ых|ыми|ым)\b"
        r"(?:[ \u00a0](?:годы|годов|годах|годами|гг\.))?"
    ),
    "DECADE_WORDS": _DECADE_WORDS,
    "CENTURY": r"\b(?P<r>xviii|xix|xxi|xx)[ \u00a0](?:век(?:а|е|ом|у)?\b|в\.)",
    "BOUNDING": (
        r"(?<!\w)(?:с|со|до|начиная[ \u00a0]+с|вплоть[ \u00a0]+до|с[ \u00a0]+приближением"
        r"|к[ \u00a0]+началу)[ \u00a0]+\Z"
    ),
    # Years in words (see lang/en/periods.py): none read yet.
    # A superlative before a year in its clause: the comparison's frame ("самое большое
    # число в этом году"), not a date (see lang/en/periods.py).
    "RECORD_BEFORE": (
        r"(?<!\w)(?:(?:сам(?:ый|ая|ое|ые|ого|ой|ом|ых)[ \u00a0]+(?:больш|высок|крупн)\w*"
        r"|наибольш\w*|максимальн\w*|рекордн\w*)(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+"
        r"(?:числ|количеств|показател|рост|приток|д(?:ень|ня|ни))\w*|рекорд\w*)(?!\w)"
        r"[^,;.!?()\d]{0,20}\Z"
    ),
    "YEAR_WORDS": {},
    "YEAR_LINKS": (),
    "SPELLED_YEAR_BEFORE": r"(?!)",
}  # fmt: skip
