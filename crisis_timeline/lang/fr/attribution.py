"""French attribution: who said it ("a indiqué", "selon", "a déclaré au").

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
    "ARTICLE": r"(?:l'|le |la |les |un |une )?",
    "CUES": (
        r"(?:selon|d'apres) (?:[\w'-]+ ){0,6}?{A}{S}",
        r"{S} (?:a|ont|avait|avaient) (?:indique|declare|annonce|affirme|precise|enregistre|rapporte|souligne|ajoute|confirme|assure|estime|dementi|ecrit)",
        r"(?:a|ont) (?:indique|declare|annonce|affirme|precise|ajoute|souligne|rapporte) {A}{S}",
        r"(?:rapporte|rapportent|indique|precise|affirme|annonce|ajoute|souligne|declare|ecrit) {A}{S}",
        r"(?:communique|declaration|compte rendu|compte-rendu) (?:de l'|du |de la |des |de )?{S}",
        r"comme {A}{S} l'a",
        r"(?:declare|dit|confie|indique|affirme|explique)(?: [\w'-]+){0,3} (?:au |a l'|a la |aux ){S}",
        r"(?:entretien|interview) (?:accorde |accordee )?(?:au |a l'|a la )?{S}",
    ),
    "MEDIUM_CUES": (
        (r"\bdans un tweet\b", "Twitter"),
        (r"\bsur (?:son |leur )?(?:compte )?twitter\b", "Twitter"),
        (r"\bsur (?:son |leur )?(?:compte |canal )?telegram\b", "Telegram"),
        (r"\bsur les reseaux sociaux\b", "social media"),
    ),
    "GENERIC_SOURCES": (
        "autorites",
        "responsables",
        "sources",
        "temoins",
        "ong",
        "militants",
        "police",
        "ministere",
        "gouvernement",
        "medias",
        "organisations",
    ),
    "GENERIC_INTRO": r"(?:selon|d'apres)",
    "GENERIC_PHRASE": r"(?:{heads})(?: (?!(?:de|du|des|la|le|les|et|ont|a|qui|que)\b)[a-z]+)?",
    # Cues around a person's name (original-case text; names are capitalised runs).
    "NAME_CUES": (
        rf"(?P<name>{_NAME}) a (?:déclaré|indiqué|affirmé|estimé|annoncé|précisé|assuré|souligné|ajouté|dénoncé|écrit)\b",
        rf"\b(?:[Ss]elon|[Dd]'après|[Dd]’après) (?P<name>{_NAME})",
        rf"\b(?:a|ont) (?:déclaré|indiqué|affirmé|estimé|précisé|ajouté|souligné) (?P<name>{_NAME})(?=[.,;:!?]| au | à | dans |$)",
    ),
}
