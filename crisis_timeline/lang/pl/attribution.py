"""Polish attribution: who said it ("powiedział", "według", "poinformowała").

Cues run on folded text (lower case, accents stripped; "ł" stays "ł").
"""

from __future__ import annotations

ATTRIBUTION: dict[str, object] = {
    "ARTICLE": "",
    "CUES": (
        r"(?:wedlug|zdaniem|jak podaje|jak podala|jak podal|jak informuje) {A}{S}",
        r"{S} (?:poinformowal|poinformowala|poinformowaly|podal|podala|podaly|przekazal|"
        r"przekazala|oswiadczyl|oswiadczyla|powiedzial|powiedziala|dodal|dodala|zaznaczyl|"
        r"zaznaczyla|podkreslil|podkreslila)",
        r"(?:poinformowal|poinformowala|podal|podala|przekazal|przekazala|oswiadczyl|"
        r"oswiadczyla) {A}{S}",
        r"(?:komunikat|oswiadczenie) {S}",
        r"(?:w rozmowie z|w wywiadzie dla|powiedzial|powiedziala) {S}",
    ),
    "MEDIUM_CUES": (
        (r"\bna twitterze\b", "Twitter"),
        (r"\bw (?:wpisie|tweecie) na twitterze\b", "Twitter"),
        (r"\bna telegramie\b", "Telegram"),
        (r"\bw mediach spolecznosciowych\b", "social media"),
    ),
    "GENERIC_SOURCES": (
        "wladze",
        "sluzby",
        "zrodla",
        "swiadkowie",
        "aktywisci",
        "policja",
        "ministerstwo",
        "rzad",
        "media",
        "organizacje",
    ),
    "GENERIC_INTRO": r"(?:wedlug|zdaniem)",
    "GENERIC_PHRASE": r"(?:[a-z]+ )?(?:{heads})(?: [a-z]+)?",
    "NAME_CUES": (
        r"(?P<name>(?<![\w'’])[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.\-]+(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'’\-]+){0,3}) "
        r"(?:powiedział|powiedziała|oświadczył|oświadczyła|poinformował|poinformowała|"
        r"przekazał|przekazała|dodał|dodała|podkreślił|podkreśliła)\b",
        r"\b(?:[Ww]edług|[Zz]daniem) (?P<name>(?<![\w'’])[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.\-]+"
        r"(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'’\-]+){0,3})",
        r"\b(?:powiedział|powiedziała|oświadczył|oświadczyła|poinformował|poinformowała|"
        r"przekazał|przekazała) (?P<name>(?<![\w'’])[A-ZĄĆĘŁŃÓŚŹŻ][\w'’.\-]+"
        r"(?: [A-ZĄĆĘŁŃÓŚŹŻ][\w'’\-]+){0,3})(?=[.,;:!?]|$)",
    ),
}
