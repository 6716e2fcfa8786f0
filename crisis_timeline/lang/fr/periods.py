"""French calendar periods and vague references: "cet été", "au printemps", "le troisième
trimestre 2021", "Noël", "les années 90", "le XXe siècle", "actuellement", "récemment".

Read by crisis_timeline.temporal_periods; the keys and the groups their patterns name are
explained in crisis_timeline/lang/en/periods.py.
"""

from __future__ import annotations

_YEAR_AFTER = r"(?:[ \u00a0](?:de[ \u00a0])?(?P<y>1[89]\d\d|20\d\d)\b)?"

PERIODS: dict[str, object] = {
    "REFERENCES": (
        (r"\b(?:actuellement|désormais|maintenant|à présent|en ce moment|aujourd'hui même)\b",
         "PRESENT_REF"),
        (r"\b(?:récemment|dernièrement|par le passé|autrefois)\b", "PAST_REF"),
        # "l'autre jour", "l'autre soir": some recent day the text does not give.
        (r"\bl['’]autre (?:jour|nuit|soir|matin)\b", "PAST_REF"),
        (r"(?<=\bà )l['’]avenir\b", "FUTURE_REF"),
    ),
    "TRIGGERS": {
        "references": ("actuel", "désormais", "maintenant", "présent", "en ce moment", "même",
                       "récem", "dernièrement", "passé", "autrefois", "avenir", "autre "),
        "seasons": ("printemps", "été", "automne", "hiver"),
        "parts": ("trimestre", "semestre"),
        "holidays": ("noël", "nouvel an", "jour de l", "sylvestre", "pâques"),
        "ages": ("années", "siècle"),
        "spelled_years": ("mille",),
    },
    "SEASON_WORDS": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "SEASON": (
        r"(?:\b(?P<rel>cet|cette|ce|le|au|en|l['’]|à[ \u00a0]l['’]|de[ \u00a0]l['’]|dès[ \u00a0]l['’])"
        r"[ \u00a0]?)(?P<s>printemps|été|automne|hiver)\b"
        r"(?:[ \u00a0](?P<rel2>dernier|prochain))?" + _YEAR_AFTER
    ),
    "SEASON_ALONE": frozenset(),
    "SEASON_NAME_BEFORE": (),
    # Prepositions before a season are left out of the span (TimeML), the article "l'" stays:
    # "au printemps" -> "printemps", "à l'automne" -> "l'automne".
    "PREPOSITIONS": {"au": 0, "en": 0, "à l'": 2, "à l’": 2, "de l'": 3, "de l’": 3,
                     "dès l'": 4, "dès l’": 4},
    "RELATIONS": {"cet": "this", "cette": "this", "ce": "this", "dernier": "before",
                  "prochain": "after"},
    "QUARTER": (
        r"\b(?:le[ \u00a0])?(?P<o>premier|1er|deuxième|second|2e|troisième|3e|"
        r"quatrième|4e|dernier)[ \u00a0]trimestre(?:[ \u00a0](?:de[ \u00a0]l['’]année[ \u00a0]"
        r"(?P<yr>dernière|prochaine)|(?:de[ \u00a0])?(?P<y>20\d\d|19\d\d)))?"
    ),
    "HALF": (
        r"\b(?:le[ \u00a0])?(?P<o>premier|1er|deuxième|second|2e)[ \u00a0]semestre"
        r"(?:[ \u00a0](?:de[ \u00a0]l['’]année[ \u00a0](?P<yr>dernière|prochaine)|"
        r"(?:de[ \u00a0])?(?P<y>20\d\d|19\d\d)))?"
    ),
    "ORDINALS": {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3,
                 "3e": 3, "quatrième": 4, "4e": 4, "dernier": 4},
    "YEAR_RELATIONS": {"dernière": "before", "prochaine": "after"},
    # "le troisième trimestre" is a year's: French sport says "quart-temps", not "trimestre".
    "BARE_QUARTER_NEEDS_FINANCE": False,
    "FINANCE": r"(?!)",
    "HOLIDAYS": (
        (r"\bnoël[ \u00a0]orthodoxe\b", "orthodox"),
        (r"\b(?:le[ \u00a0])?réveillon[ \u00a0]de[ \u00a0]noël\b", "christmas_eve"),
        (r"\b(?:le[ \u00a0]jour[ \u00a0]de[ \u00a0])?noël\b", "christmas"),
        (r"\b(?:le[ \u00a0])?(?:réveillon[ \u00a0]du[ \u00a0]nouvel[ \u00a0]an|"
         r"(?:la[ \u00a0])?saint-sylvestre)\b", "new_year_eve"),
        (r"\b(?:le[ \u00a0])?(?:nouvel[ \u00a0]an|jour[ \u00a0]de[ \u00a0]l['’]an)\b",
         "new_year"),
        (r"\bpâques\b", "easter"),
    ),
    "HOLIDAY_BEFORE": r"(?!)",
    "CAPITALISED_HOLIDAYS": frozenset({"new_year", "easter"}),
    # "le marché de Noël", "le sapin de Noël": the holiday qualifies a noun.
    "MODIFIED_BEFORE": (
        r"\b(?:marché|marchés|sapin|sapins|arbre|cadeau|cadeaux|chant|chants|conte|carte|cartes|"
        r"décorations?|illuminations?|menu|film|esprit|père|vacances|œufs?|chasse)[ \u00a0]+de"
        r"[ \u00a0]+\Z"
    ),
    "NOUNS_AFTER": frozenset(),
    "NAME_AFTER_CAPITAL": True,  # "Noël Mamère"
    "OF_AFTER": r"[ \u00a0]+(?:de|du|des|d['’])\b",  # "l'été de la colère"
    "DECADE": r"\b(?:les[ \u00a0])?années[ \u00a0](?:(?P<c>1[0-9]|20)(?P<d>\d)0|(?P<s>\d)0)\b",
    "DECADE_WORDS": {},
    "CENTURY": (
        r"\b(?:le[ \u00a0])?(?:(?P<n>1[5-9]|2[01])e|(?P<r>xviii|xix|xxi|xx)e)"
        r"[ \u00a0]siècle\b"
    ),
    "BOUNDING": (
        r"\b(?:depuis|jusqu['’](?:à|au|en)|dès|approche[ \u00a0]+de|arrivée[ \u00a0]+de)[ \u00a0]+"
        r"(?:(?:le|la|l['’])[ \u00a0]*)?\Z"
    ),
    # A year in words ("en deux mille vingt et un", "l'an deux mille vingt"): see
    # lang/en/periods.py. "l'an" is a licensor of its own.
    # A superlative before a year in its clause: the comparison's frame ("le plus grand nombre
    # cette année"), not a date (see lang/en/periods.py).
    "RECORD_BEFORE": (
        r"(?:\b(?:le|la|les|l['’])[ \u00a0]*plus[ \u00a0]+(?:grand|élevé|important|fort)e?s?"
        r"[ \u00a0]+(?:nombre|chiffre|total|bilan|afflux|hausse)|\b(?:nombre|chiffre|total|bilan)"
        r"[ \u00a0]+(?:le|la)[ \u00a0]+plus[ \u00a0]+[^\W\d_]+|\brecords?)\b[^,;.!?()\d]{0,20}\Z"
    ),
    "YEAR_WORDS": {
        "deux mille": 2000, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "trente": 30,
    },
    "YEAR_LINKS": ("et",),
    "SPELLED_YEAR_BEFORE": r"(?:\b(?:en|depuis|dès|jusqu['’]en|d['’]ici)[ \u00a0]+|\bl['’]an[ \u00a0]+)\Z",
}  # fmt: skip
