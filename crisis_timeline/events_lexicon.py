"""Language data for deciding which undated sentences narrate a past happening.

A sentence with no date of its own can only inherit one (from the article's lead or the
surrounding narrative) when it tells of a completed happening: English past simple,
French passé composé / passé simple. Present perfect in English ("Britain has sent 10
troops") and the present ("Bruxelles continue d'accuser") describe a state, not an event.
"""

from __future__ import annotations

PAST_NARRATIVE: dict[str, str] = {
    "en": (
        r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!'ve )(?<!\bbeen )(?<!\bbe )"
        r"\b(?:said|spoke|told|met|sent|agreed|promised|talked|lasted|discussed|added|"
        r"announced|accused|condemned|declared|denied|warned|urged|rejected|dismissed|"
        r"insisted|expressed|reiterated|responded|called|asked|arrived|left|walked|"
        r"crossed|approached|arrested|detained|fired|threw|used|began|started|signed|"
        r"imposed|adopted|approved|launched|opened|closed|cleared|moved|flew|took|gave|"
        r"made|held|reported|stated|tweeted|wrote|noted|thanked|voiced|raised|drew|"
        r"cautioned|criticised|criticized|blamed|claimed|vowed|pledged)\b"
    ),
    "fr": (
        r"\b(?:a|ont|avait|avaient|est|sont|s'est|se sont|s’est)\s+(?:\w+\s+)?"
        r"\w+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|erte|int)\b"
    ),
}

# Perfect / present forms that mark a sentence as a state rather than a happening (English).
STATE_MARKERS: dict[str, str] = {
    "en": r"(?<!\bto )(?<!\bmay )(?<!\bmight )(?<!\bwould )(?<!\bcould )\b(?:has|have|'ve)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b",
    "fr": r"(?!)",  # French news narrates in the passé composé: no perfect/past split
}

# Openers that tie a sentence to the one before it ("At the same time", "Meanwhile").
CONTINUATION: dict[str, str] = {
    "en": r"^(?:At the same time|Meanwhile|During (?:the|their) (?:call|conversation|talks)|The (?:talks|call|conversation|meeting|summit|visit|flight|post|report|statement|leaders|pair|two|government|ministers?)|They|Their|He|His|She|Her|It|Its|Both|Also|After)\b",
    "fr": r"^(?:Dans le même temps|Parallèlement|Au cours de|Lors de|Les deux|Le président|Il|Elle|Ils|Elles|Leur|Ses|Son|Sa|L['’](?:entretien|appel|échange)|La (?:conversation|rencontre|réunion)|Les (?:discussions|échanges|entretiens)|Le sommet)\b",
}

# Words that open a clause embedding a date in something else ("the conference, which was
# held on 12 November", "la conférence qui s'est tenue le 12 novembre", "since August 2020"):
# the date is an event of its own, but it does not date the sentences that follow.
EMBEDDING: dict[str, str] = {
    "en": r"\b(?:which|who|whose|where|since)\b",
    "fr": r"\b(?:qui|dont|où|depuis)\b",
}

# Between two dates of one sentence: a reported clause ("said that ... would ... on Monday")
# holds a claim, not a second happening; a coordinated clause ("and on Wednesday ...") does.
REPORTED_CLAUSE: dict[str, str] = {
    "en": r"\b(?:that|whether)\b",
    "fr": r"\b(?:que|qu['’])",
}

# Openers that refer back to the previous sentence's actors ("The pair spoke ...").
COREFERENT: dict[str, str] = {
    "en": r"^(?:The (?:pair|two|leaders|two leaders|two presidents|two men)|They|Both)\b",
    "fr": r"^(?:Les deux|Tous deux|Ils)\b",
}

# Words right before a date that make it a bound or a comparison, not the day something
# happened: "will last until November 10", "against 37 in the whole of 2020",
# "prolongé jusqu'au 10 novembre", "contre 37 sur l'ensemble de l'année 2020".
NOT_AN_EVENT_DATE: dict[str, str] = {
    "en": r"(?:\buntil|\btill|\bthrough|\bagainst [\w,.]+ in|\bcompared (?:with|to) [\w,.]+ in|\bin (?:the whole|all) of|\bthan in)\s+(?:the\s+)?$",
    "fr": r"(?:\bjusqu['’]?(?:au|à|a)?|\bcontre [\w,. ]+ (?:en|sur l'ensemble de l'année)|\bsur l['’]ensemble de l['’]année|\bqu['’]en)\s*(?:le\s+)?$",
}

# Vague times: the sentence tells of something at an unstated time ("have recently
# reported", "à plusieurs reprises"); it neither inherits a date nor passes one on.
VAGUE_TIME: dict[str, str] = {
    "en": r"\b(?:recently|repeatedly|so far|in recent (?:days|weeks|months)|over the past (?:few )?(?:days|weeks|months)|for (?:weeks|months|years))\b",
    "fr": r"\b(?:récemment|à plusieurs reprises|jusqu['’]ici|ces derni(?:ers|ères) (?:jours|semaines|mois)|depuis des (?:semaines|mois|années))\b",
}
