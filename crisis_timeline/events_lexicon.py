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

# What a lead sentence needs to tell of a happening dated by the publication date: a past or
# perfect verb ("Polish forces have used water cannons", "L'UE a décidé", "Les migrants se
# sont rassemblés"). A lead in the present or progressive ("A crisis is threatening to become
# more volatile", "L'UE s'apprête à frapper", "La situation s'aggrave") describes a state or a
# prospect, not a happening of that day. French "est/sont + participle" is a passive present
# ("ils sont renvoyés") unless the verb conjugates with être (arriver, partir, mourir, ...).
LEAD_HAPPENING: dict[str, str] = {
    "en": (
        PAST_NARRATIVE["en"]
        + r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ent|t|wn)\b"
        r"|\b(?:was|were|did)\b"
        r"|(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )(?<!\bbeing )(?<!\bbeen )\b(?-i:[a-z]{3,}ed)\b"  # lower case: not "United"
    ),
    "fr": (
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|it|u|ue|us|ues|ert|erte|int|ainte)\b"
        r"|\b(?:s['’]est|se sont|s['’]était|s['’]étaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues)\b"
        r"|\b(?:est|sont|était|étaient)\s+(?:\w+\s+)?(?:arriv|part|mort|décéd|venu|revenu|devenu|"
        r"intervenu|survenu|entr|rentr|sort|tomb|retourn|pass|rest|all|descend|mont|né)"
        r"\w*\b"
        r"|\b\w{3,}(?:èrent|irent|urent)\b"  # passé simple plural (rare in news)
        r"|\b\w{3,}(?:ait|aient)\b"  # imparfait ("se réunissaient")
    ),
}

# Modal or conditional verbs: a sentence whose only past verb reports a possibility ("He
# added that officials could face a travel ban", "pourraient être frappés, a ajouté M. X")
# tells of no happening; it does not inherit the narrative's date. ("The call lasted an hour,
# said BelTA, which added that talks would follow" still narrates: "lasted" is a happening.)
MODAL: dict[str, str] = {
    "en": r"\b(?:could|might|may|would|should)\b",
    "fr": r"\b(?:pourr(?:ait|aient|a|ont)|devr(?:ait|aient)|serai(?:t|ent)|aurai(?:t|ent))\b",
}

# Reporting verbs, blanked out before asking whether a modal sentence narrates anything else.
REPORTING: dict[str, str] = {
    "en": r"\b(?:said|added|told|stated|noted|warned|explained|insisted)\b",
    "fr": r"\b(?:a|ont)\s+(?:\w+\s+)?(?:ajouté|déclaré|indiqué|affirmé|précisé|estimé|expliqué|assuré|averti|prévenu)\b",
}

# Present reporting verbs: a lead whose past verbs all come after one ("Delegations say the
# migrants were lured", "Varsovie affirme que ...") reports a claim standing today, not a
# happening dated by the publication date.
PRESENT_REPORT: dict[str, str] = {
    "en": r"\b(?:says|say|claims?|believes?|argues?|insists?|maintains?|reports)\b",
    "fr": r"\b(?:affirment|affirme|estiment|estime|disent|dit|assurent|assure|accusent|accuse)\b",
}

# A figure told in the past of "be" or in the imperfect narrates the happening it counts ("A
# total of 420 people were on board", "Au total, 420 personnes se trouvaient à bord"): with
# a figure in the sentence, these forms count as past narration too.
FIGURE_PAST: dict[str, str] = {
    "en": r"\b(?:was|were)\b",
    "fr": r"\b(?:était|étaient|se trouvai(?:t|ent)|a été|ont été)\b",
}

# A running total ("more than 1,000 have been flown home since the first flight", "plus
# d'un millier ont déjà été rapatriés depuis le 18 novembre") is a figure to compare, not a
# happening of the narrative's day (GUIDELINES 9): a count with one of these does not inherit.
CUMULATIVE: dict[str, str] = {
    "en": r"\b(?:so far|since|to date|already|in all since)\b",
    "fr": r"\b(?:depuis|jusqu['’](?:ici|à présent)|déjà)\b",
}
