"""French page furniture, caption and tweet cues (France 24, RFI, Le Monde and the like).

Pattern syntax and how each table is used: crisis_timeline/boilerplate.py.
"""

from __future__ import annotations

from crisis_timeline.boilerplate import phrases, regex

FURNITURE: dict[str, object] = {
    "FURNITURE": (
        *phrases(
            "read_also",
            "A lire également ...",
            "A lire aussi ...",
            "Lire aussi : ...",
            "Lire également : ...",
            ">> A lire aussi : ...",
            ">> Lire aussi : ...",
            ">> Voir aussi : ...",
            "Voir aussi : ...",
        ),
        *regex(
            "with_agency",
            r"\(?avec (?:afp|reuters|ap|l'afp|agences)(?: et (?:afp|reuters|ap))?\)?",
        ),
        *phrases("advertising", "Publicité", "Contenu sponsorisé"),
        *phrases("navigation", "Aller au contenu principal", "Aller au contenu", "Retour en haut"),
        *phrases(
            "share", "Partager :", "Partager", "Partager sur Facebook", "Partager sur Twitter"
        ),
        *phrases(
            "newsletter",
            "Newsletter quotidienne",
            "Recevez tous les matins l'essentiel de l'actualité internationale",
            "Le résumé de la semaine",
            "Inscrivez-vous à notre newsletter ...",
        ),
        *phrases("subscribe", "Je m'abonne", "S'abonner", "Abonnez-vous ..."),
        *phrases(
            "app_promo",
            "Emportez l'actualité internationale partout avec vous !",
            "Téléchargez l'application ...",
        ),
        *phrases("error_page", "Page introuvable", "Cette page n'existe pas ou plus."),
        *phrases(
            "registration",
            "Inscrivez-vous gratuitement pour continuer votre lecture",
            "Déjà abonné ? Se connecter",
        ),
    ),
    "CAPTION_STRONG": (
        r"\((?:G|D|au centre|à gauche|à droite)\)",
        r"^Photo d'illustration\b",
        r"\bCrédits? photo\b",
        # "... près d'Usnarz Gorny, le 18 août 2021. Crédit : Reuters"
        r"\bCrédits? ?: ?[A-Z][^.!?]*$",
        r"^(?:Photo|Image) ?:",
    ),
    "CAPTION_DESCRIPTION": (
        r"\b(?:posent pour|pose pour|photographiée?s?|s'entretient avec)\b",
        r"\blors d[e'] .*\b(?:le \d{1,2} \w+ \d{4})\b",
    ),
    "CAPTION_DATE_ENDING": (
        r"\b(?!(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)[A-Z][\w'-]+,? le"
        r" \d{1,2} (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
        r"|novembre|décembre) (?:19|20)\d{2}\.?$"
    ),
    "TWEET_INTRO_CUES": (r"\ba écrit\b", r"\bsur (?:X|les réseaux sociaux)\b", r"\ba posté\b"),
}
