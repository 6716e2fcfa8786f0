"""Polish page furniture (Polsat, Onet, Gazeta Wyborcza, TVN24 and the like)."""

from __future__ import annotations

from crisis_timeline.boilerplate import phrases

FURNITURE: dict[str, object] = {
    "FURNITURE": (
        *phrases("read_also", "Czytaj także ...", "Czytaj też ...", "Czytaj więcej ...",
                 "Zobacz także ...", "Zobacz też ...", "Przeczytaj również ...",
                 "Polecamy ...", "ZOBACZ ..."),
        *phrases("newsletter", "Zapisz się na newsletter ...", "Bądź na bieżąco ..."),
        *phrases("subscribe", "Wykup dostęp ...", "Subskrybuj ...", "Dostęp Premium ..."),
        *phrases("share", "Udostępnij", "Skomentuj", "Podziel się ..."),
        *phrases("advertising", "Reklama", "REKLAMA", "Artykuł sponsorowany"),
        *phrases("app_promo", "Pobierz aplikację ..."),
    ),
    "CAPTION_STRONG": (
        r"^(?:Fot\.|Fot:|Foto:|Zdjęcie:)", r"\bFot\. ?[A-ZĄĆĘŁŃÓŚŹŻ]", r"\bPAP/",
        r"\b(?:Fot|fot)\. (?:PAP|Getty|Reuters|AFP|East News|Agencja Wyborcza)",
    ),
    "CAPTION_DESCRIPTION": (r"\b(?:na zdjęciu|pozuj\w+ do zdjęcia)\b",),
    "CAPTION_DATE_ENDING": (
        r"\b[A-ZĄĆĘŁŃÓŚŹŻ][\w'-]+,? \d{1,2} (?:stycznia|lutego|marca|kwietnia|maja|czerwca"
        r"|lipca|sierpnia|września|października|listopada|grudnia) (?:19|20)\d{2}\.?$"
    ),
    "TWEET_INTRO_CUES": (r"\bnapisał\w* na\b", r"\bna (?:Twitterze|X)\b", r"\bopublikował\w*\b"),
}  # fmt: skip
