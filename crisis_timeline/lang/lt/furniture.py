"""Lithuanian page furniture (LRT, Delfi, 15min and the like)."""

from __future__ import annotations

from crisis_timeline.boilerplate import phrases

FURNITURE: dict[str, object] = {
    "FURNITURE": (
        *phrases("read_also", "Skaitykite daugiau ...", "Skaitykite taip pat ...",
                 "Taip pat skaitykite ...", "Daugiau skaitykite ...", "Susiję straipsniai ..."),
        *phrases("newsletter", "Užsiprenumeruokite naujienlaiškį ..."),
        *phrases("subscribe", "Prenumeruokite ...", "Tapkite prenumeratoriumi ..."),
        *phrases("share", "Dalintis", "Komentuoti", "Pasidalinkite ..."),
        *phrases("advertising", "Reklama", "REKLAMA", "Užsakomasis turinys"),
        *phrases("app_promo", "Atsisiųskite programėlę ..."),
        *phrases("contact", "Pranešk naujieną!", "Praneškite naujieną!"),
    ),
    "CAPTION_STRONG": (
        r"^(?:Nuotr\.|Nuotrauka:|Asociatyvi nuotr\.)", r"\b[\w.]+ nuotr\.",
        r"\bNuotr\. ?[A-ZĄČĘĖĮŠŲŪŽ]", r"\b(?:BNS|ELTA|LRT|Scanpix|AFP|Reuters) nuotr\.",
    ),
    "CAPTION_DESCRIPTION": (r"\b(?:nuotraukoje|pozuoja)\b",),
    "CAPTION_DATE_ENDING": (
        r"\b[A-ZĄČĘĖĮŠŲŪŽ][\w'-]+,? (?:19|20)\d{2} m\. (?:sausio|vasario|kovo|balandžio|gegužės"
        r"|birželio|liepos|rugpjūčio|rugsėjo|spalio|lapkričio|gruodžio) \d{1,2} d\.?$"
    ),
    "TWEET_INTRO_CUES": (r"\bparašė\b", r"\b(?:Twitteryje|feisbuke|Facebook)\b", r"\bpaskelbė\b"),
}  # fmt: skip
