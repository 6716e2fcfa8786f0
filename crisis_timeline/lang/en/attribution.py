"""English attribution: who said it ("said", "according to", "told").

Cue templates run on folded text (lower case, no accents, straight apostrophes); {S} is where
the source stands, {A} an article. NAME_CUES run on the original text.
"""

from __future__ import annotations

_UPPER = "A-ZÀ-ÖØ-Þ"
# A capitalised run; particles ("al-Sahaf", "de Gaulle") may join its later words.
_NAME = (
    rf"(?<![\w'’])[{_UPPER}][\w'’.\-]+"
    rf"(?: (?:al-|el-|de |du |von |van |di |da |bin |ben )?[{_UPPER}][\w'’\-]+){{0,4}}"
)

ATTRIBUTION: dict[str, object] = {
    "ARTICLE": r"(?:the |a |an )?",
    "CUES": (
        r"(?:according|accroding|acording) to (?:[\w'-]+ ){0,8}?{S}",
        r"{S}(?: has| had| have)? (?:said|says|added|declared|stated|announced|reported|confirmed|warned|insisted|told|tweeted|wrote|claimed)\b",
        r"(?:said|says|added|declared|stated|announced|reported|wrote|claimed) (?:the )?{S}",
        r"(?:statement|readout|communique|post|report|release|account) (?:from|by|of) (?:the )?{S}",
        r"{S}(?:'s)? (?:statement|readout|communique|spokesman|spokeswoman|spokesperson)",
        r"(?:told|telling) (?:the )?{S}",
        r"interviews? with (?:the )?{S}",
        r"(?:reported|quoted|cited|published) by (?:the )?{S}",
        r"(?:quoted|cited) (?:the )?{S}",
    ),
    # Cues naming the medium, not the source: (pattern, canonical medium).
    "MEDIUM_CUES": (
        (r"\bin an? (?:tweet|twitter post)\b", "Twitter"),
        (r"\b(?:said|wrote|posted) on twitter\b", "Twitter"),
        (r"\bon (?:his|her|its|their) twitter\b", "Twitter"),
        (r"\bon telegram\b", "Telegram"),
        (r"\bsocial media post\b", "social media"),
    ),
    # Generic sources after "according to" / "selon": head nouns, reported as written.
    "GENERIC_SOURCES": (
        "authorities",
        "officials",
        "organizations",
        "organisations",
        "sources",
        "witnesses",
        "activists",
        "police",
        "ministry",
        "government",
        "ngos",
        "reports",
        "media",
    ),
    # Generic sources: the introduction, and the phrase around a head ({heads}): adjectives before
    # the noun ("Polish officials") or after it ("les autorités polonaises").
    "GENERIC_INTRO": r"(?:according|accroding) to",
    "GENERIC_PHRASE": r"(?:[a-z]+ ){{0,2}}(?:{heads})",
    # Cues around a person's name (original-case text; names are capitalised runs).
    "NAME_CUES": (
        rf"(?P<name>{_NAME})(?: has| had)? (?:said|says|told|added|declared|warned|tweeted|insisted|wrote|stated)\b",
        rf"(?:[Aa]ccording|[Aa]ccroding) to (?P<name>{_NAME})",
        # "..., said Borrell." (an inverted name ends the clause)
        rf"\b(?:said|says|added|wrote) (?P<name>{_NAME})(?=[.,;:!?]|$)",
    ),
}
