"""Lithuanian attribution: who said it ("pareiškė", "pasak", "pranešė").

Cues run on folded text (lower case, accents stripped: "ė" folds to "e", "š" to "s").
"""

from __future__ import annotations

_UP = "A-ZĄČĘĖĮŠŲŪŽ"

ATTRIBUTION: dict[str, object] = {
    "ARTICLE": "",
    "CUES": (
        r"(?:pasak|anot|kaip pranese|kaip skelbia|remiantis) {A}{S}",
        r"{S} (?:pareiske|pranese|teige|sake|nurode|pazymejo|pridure|patvirtino|informavo|"
        r"skelbia|praneša)",
        r"(?:pranese|pareiske|nurode|informavo|patvirtino) {A}{S}",
        r"(?:pranesime|pareiskime|komunikate) {S}",
        r"(?:interviu|pokalbyje su|sake) {S}",
    ),
    "MEDIUM_CUES": (
        (r"\btwitter(?:yje|io paskyroje)\b", "Twitter"),
        (r"\btelegram(?:e|o kanale)\b", "Telegram"),
        (r"\bsocialiniuose tinkluose\b", "social media"),
        (r"\bfeisbuke\b", "Facebook"),
    ),
    "GENERIC_SOURCES": (
        "valdzia",
        "pareigunai",
        "saltiniai",
        "liudininkai",
        "aktyvistai",
        "policija",
        "ministerija",
        "vyriausybe",
        "ziniasklaida",
        "organizacijos",
    ),
    "GENERIC_INTRO": r"(?:pasak|anot)",
    "GENERIC_PHRASE": r"(?:[a-z]+ )?(?:{heads})(?: [a-z]+)?",
    "NAME_CUES": (
        rf"(?P<name>(?<![\w'’])[{_UP}][\w'’.\-]+(?: [{_UP}][\w'’\-]+){{0,3}}) "
        r"(?:pareiškė|pranešė|teigė|sakė|nurodė|pažymėjo|pridūrė|patvirtino|tvirtino)\b",
        rf"\b(?:[Pp]asak|[Aa]not) (?P<name>(?<![\w'’])[{_UP}][\w'’.\-]+(?: [{_UP}][\w'’\-]+){{0,3}})",
        r"\b(?:pareiškė|pranešė|teigė|sakė|nurodė|pažymėjo|pridūrė) "
        rf"(?P<name>(?<![\w'’])[{_UP}][\w'’.\-]+(?: [{_UP}][\w'’\-]+){{0,3}})(?=[.,;:!?]|$)",
    ),
}
