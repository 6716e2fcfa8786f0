"""French cues for events (which sentences narrate a happening) and event types.

EVENTS: which undated sentences narrate a past happening (passé composé / passé simple; the
present "Bruxelles continue d'accuser" describes a state) and which dates are bounds, not
happenings; read by events.py (lang/en/events.py says what each table means). EVENT_TYPES:
(event_type, weight, patterns), matched as in lang/en/events.py.
"""

from __future__ import annotations

# The recent past "venir de" ("le Sénat vient d'adopter la loi"): done just now, the day
# of the report ("vient d'Irak" is where one comes from: no infinitive)
_JUST_DONE = r"|\bvien(?:t|nent) d(?:e\s+|['’])\w+(?:er|ir|re)\b"

# The news present of a decision or a launch, as a lead tells the day's news ("Le Conseil de
# l'Union européenne annonce de nouvelles sanctions", "Frontex commence à fournir une aide
# d'urgence"): the day's happening, where a present of state is none ("La situation
# s'aggrave"). Not the noun ("l'annonce de", "une annonce").
_HEADLINE_PRESENT = (
    r"|(?<!l['’])(?<!\bune )(?<!\bcette )(?<!\bson )(?<!\bsa )"
    r"\b(?:annonce|annoncent|lance|lancent|adopte|adoptent|impose|imposent|décide|décident"
    r"|suspend|suspendent|déploie|déploient|prolonge|prolongent|expulse|expulsent|rapatrie"
    r"|rapatrient|sanctionne|sanctionnent|commence à|commencent à)\b"
)

EVENTS: dict[str, str] = {
    # "est"/"sont" with a participle: the passé composé of the verbs of motion and change,
    # and the news's present passive ("Il est arrêté par la police"); not a participle of a
    # standing state ("quelques milliers de migrants sont bloqués": Journal de Québec,
    # batch 29)
    "PAST_NARRATIVE": (
        r"\b(?:a|ont|avait|avaient|s'est|se sont|s’est|s'en sont|s’en sont|s'en est|s’en est"
        r"|s'y sont|s’y sont|s'y est|s’y est)\s+(?:\w+\s+)?"
        r"\w+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|erte|int)\b"
        r"|\b(?:est|sont)\s+(?:\w+\s+)?(?!(?:bloqu|coinc|mass|install|entass|situ|retenu|"
        r"pi[eé]g|concentr|prévu|attendu|exposé|privé|contraint|autorisé|interdit)\w*\b)"
        r"(?:\w+(?:é|ée|és|ées|i|is|ie|ies|it|u|us|ue|ues|ert|erte|int)|mort|morte|morts|mortes)\b"
        + _JUST_DONE
    ),
    "STATE_MARKERS": r"(?!)",
    "CONTINUATION": r"^(?:(?:Un autre|Une autre|D['’]autres|Encore) (?=\d|centaine|dizaine|groupe|migrant)|Dans le même temps|Parallèlement|Au cours de|Lors de|Les deux|Le président|Il|Elle|Ils|Elles|Leur|Ses|Son|Sa|L['’](?:entretien|appel|échange)|La (?:conversation|rencontre|réunion)|Les (?:discussions|échanges|entretiens)|Le sommet|Le gouvernement|Le ministère|L['’]ambassade|Les? ministres?|La ministre|Puis|Ensuite|Les migrants|Le groupe)\b",
    "EMBEDDING": r"\b(?:qui|dont|où|depuis)\b",
    # A conjunction that opens a second happening's clause in a dated sentence ("a déclaré
    # vendredi l'état d'urgence alors que 150 migrants ont traversé ... vendredi matin",
    # batch 30): that date's clause starts there (events._clause_event_type).
    "CONJUNCTION": r"\b(?:alors|tandis|pendant) qu(?:e\b|['’])",
    # The day's happening told in the present by an article's first sentence (see
    # lang/pl/events.py): not read in French yet, whose leads in the present were states in
    # the batches read so far.
    "PRESENT_LEAD": r"(?!)",
    # Un premier ou un record « depuis » dans le sujet ("Le premier vol de rapatriement
    # depuis le début de la crise a quitté Minsk dimanche"): une comparaison, pas une
    # proposition qui enchâsse les dates dites après le verbe principal (en: COMPARED_SINCE).
    "COMPARED_SINCE": r"\b(?:premi[eè]re?s?|dernier|derni[eè]re|plus (?:grande?|important|importante|forte?|haut|élevée?|lourde?)|seule?)\b(?:\s+\S+){0,8}?\s+depuis\b",
    # The wire's standing accusation ("L'UE accuse Minsk d'avoir orchestré ...", "se sont
    # mutuellement accusées"): background no sentence before it dates (en: ACCUSATION).
    "ACCUSATION": r"\b(?:accuse|accusent|(?:est|sont) (?:\w+ )?accusée?s?)\b",
    # A question's opening word (en: QUESTION_WORDS)
    "QUESTION_WORDS": r"^\s*(?:(?:Comment|Que|Qui|Pourquoi|Quand|Où|Quel|Quelle|Quels|Quelles|Combien)\b|Qu['’])",
    # A habit or a condition, no day's happening (read with PRESENT_LEAD, which French leaves empty)
    "HABITUAL": r"^\s*(?:Si|S['’]ils?)\b(?![^,]*\b(?:a|ont|avait|avaient)\s+(?:été\s+)?\w+[ée]e?s?\b)|\b(?:chaque (?:jour|nuit|semaine)|quotidiennement|régulièrement|souvent|habituellement)\b",
    # "que" opens what is reported, not the clause of a conjunction ("alors que 150 migrants
    # ont traversé ... vendredi matin" is a second happening, batch 30)
    "REPORTED_CLAUSE": (
        r"(?<!\balors )(?<!\btandis )(?<!\bpendant )(?<!\bparce )(?<!\bainsi )(?<!\bbien )"
        r"\b(?:que|qu['’])"
    ),
    "COREFERENT": r"^(?:Les deux|Tous deux|Ils)\b",
    "NOT_AN_EVENT_DATE": r"(?:\bexpire(?:ra)?|\bjusqu['’]?(?:au|à|a|en)?|\bcontre [\w,. ]+ (?:en|sur l'ensemble de l'année)|\bsur l['’]ensemble de(?: l['’]année)?|\bdu nombre d['’]\w+ (?:en|sur l['’]ensemble de)|\bqu['’]en)\s*(?:le\s+)?$",
    "VAGUE_TIME": r"\b(?:récemment|à plusieurs reprises|jusqu['’]ici|(?:ces|des) derni(?:ers|ères) (?:jours|semaines|mois)|depuis des (?:semaines|mois|années)|il y a quelques (?:jours|semaines|mois))\b",
    "LEAD_HAPPENING": (
        r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|it|u|ue|us|ues|ert|erte|int|ainte)\b"
        r"|\b(?:s['’]est|se sont|s['’]était|s['’]étaient)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|u|ue|us|ues)\b"
        r"|\b(?:est|sont|était|étaient)\s+(?:\w+\s+)?(?:arriv|part|mort|décéd|venu|revenu|devenu|"
        r"intervenu|survenu|entr|rentr|sort|tomb|retourn|pass|rest|all|descend|mont|né)"
        r"\w*\b"
        r"|\b\w{3,}(?:èrent|irent|urent)\b"  # passé simple plural (rare in news)
        r"|\b\w{3,}(?:ait|aient)\b"
        + _JUST_DONE  # imparfait ("se réunissaient")
        + _HEADLINE_PRESENT
    ),
    # ... and a plan told in the past ("il était prévu d'accueillir 1 500 migrants")
    "MODAL": r"\b(?:pourr(?:ait|aient|a|ont)|devr(?:ait|aient)|serai(?:t|ent)|aurai(?:t|ent))\b"
    r"|\bétai(?:t|ent) prévue?s? (?:de\b|d['’]|que\b)",
    "REPORTING": r"\b(?:a|ont)\s+(?:\w+\s+)?(?:ajouté|déclaré|indiqué|affirmé|précisé|estimé|expliqué|assuré|averti|prévenu)\b",
    "PRESENT_REPORT": r"\b(?:affirment|affirme|estiment|estime|disent|dit|assurent|assure|accusent|accuse)\b",
    "FIGURE_PAST": r"\b(?:était|étaient|se trouvai(?:t|ent)|a été|ont été)\b",
    "CUMULATIVE": r"\b(?:depuis|jusqu['’](?:ici|à présent)|déjà)\b",
    # Assessments ("La situation marque une escalade", "est perçue comme", "ils croient que"):
    # see lang/en/events.py.
    "ASSESSMENT": (
        r"\b(?:marqu(?:e|ait)|a marqué)\s+(?:une?|la|le)\s+(?:\w+\s+)?(?:escalade|tournant|étape)"
        r"|\b(?:est|sont|était|étaient)\s+(?:perçue?s?|considérée?s?|vue?s?)\s+comme"
        r"|\b(?:constitue|représente|croi(?:t|ent))\b"
    ),
    # A report's content about an ongoing situation ("est en train de", "actuellement").
    "PRESENT_CLAIM": r"\b(?:(?:est|sont|était|étaient)\s+en train de|actuellement|en ce moment)\b",
    # Mots qu'aucun indice de type ne lit: une « attaque hybride » (voir lang/en/events.py).
    "NOT_A_CUE": r"\b(?:attaques?|guerres?) hybrides?\b",
    # A rumour's day ahead is no happening, only what the rumour says will be
    # ("Selon une rumeur, des bus arriveront le 15 novembre").
    "RUMOUR": r"\brumeurs?\b",
    # A reporting clause after the story, right before its date: see lang/en/events.py.
    "REPORT_TAIL": r",\s*(?:a|ont)\s+(?:annoncé|indiqué|déclaré|précisé|affirmé|rapporté|confirmé|fait savoir)\s+$",
    # "A similar incident occurred ...": see lang/en/events.py.
    "SIMILAR_HAPPENING": r"\b(?:incident|tentative|épisode|scène|situation)s? (?:similaires?|semblables?|analogues?)\b",
    # A headline ends on a media tag, in brackets or after a "+": the heading of its line,
    # whatever stands before it there (sentence_units._is_heading):
    # "Des migrants forcent la frontière [VIDÉO]".
    # In capitals or capitalised only: "(video)" in lower case ends body text.
    "HEADLINE_TAG": (
        r"(?:[\[(]\+?(?:INFOGRAPHIE|Infographie|EN DIRECT|En direct|DIRECT|Direct|PHOTOS|Photos|VIDÉOS|Vidéos|AUDIO|Audio|CARTE|Carte|PHOTO|Photo|VIDEO|VIDÉO|Video|Vidéo)(?:\s*[,/+|&]\s*(?:INFOGRAPHIE|Infographie|EN DIRECT|En direct|DIRECT|Direct|PHOTOS|Photos|VIDÉOS|Vidéos|AUDIO|Audio|CARTE|Carte|PHOTO|Photo|VIDEO|VIDÉO|Video|Vidéo))*[\])]"
        r"|\+\s?(?:INFOGRAPHIE|Infographie|EN DIRECT|En direct|DIRECT|Direct|PHOTOS|Photos|VIDÉOS|Vidéos|AUDIO|Audio|CARTE|Carte|PHOTO|Photo|VIDEO|VIDÉO|Video|Vidéo))\s*$"
    ),
    # A declared stance (see lang/en/events.py): "devrait soutenir", "n'empêcherait plus".
    # Not "être" ("devrait être achevé", "ne sera pas rouvert"); a clitic may stand between
    # ("qu'il ne les empêcherait plus").
    "STANCE": r"\b(?:devrai(?:t|ent)(?! être\b)|"
    r"(?:ne\s+|n['’])(?:(?:les|le|la|leur|lui|y|en|se)\s+|[ls]['’])?(?!ser)\w+(?:rait|raient|ra|ront)"
    r"\s+(?:plus|pas|jamais))\b",
    # Le communiqué quotidien des garde-frontières : rien n'a été employé (« aucune arme n'a
    # été utilisée ») ne dit pas un événement, mais ce qui n'a pas eu lieu.
    # Le détail du décompte de la phrase d'avant ("Parmi eux, 20 femmes"): voir lang/en/events.py.
    # "Au lendemain d'un entretien téléphonique avec Angela Merkel, Loukachenko a assuré
    # ...": the happening named after it took place the day before the sentence's own.
    "DAY_AFTER": r"\b(?:au|le) lendemain (?:de |d['’]|du |des )",
    "BREAKDOWN": r"^(?:Parmi (?:eux|elles|ceux-ci|celles-ci|lesquels|lesquelles)|Sur ce nombre|Dont(?= \d))\b"
    r"|^(?:Environ |Quelque |Au moins )?\d[\d\s.]* d['’]entre (?:eux|elles)\b",
    "FORCE_NOT_USED": (
        r"\baucun\w* (?:\w+ ){0,3}(?:armes?|force|moyens? spéciaux|mesures? de contrainte) (?:\w+ ){0,3}(?:utilisé|employé|fait usage)\w*"
        r"|\bn['’](?:ont|a) pas (?:eu à |dû |eu besoin d['’])?(?:utiliser|employer|faire usage|recourir|utilisé|employé|fait usage|recouru)\b[^.]{0,60}\b(?:armes?|force|moyens spéciaux)\b"
        # personne blessé, as the whole sentence (en: FORCE_NOT_USED)
        r"|^(?:[^,.;]{0,60} que )?personne n['’]a été (?:blessée?|touchée?)\b[^,.;]{0,60}\W*$"
    ),
    # Une ligne de source ("C'est ce qu'a annoncé l'AFP"): voir lang/en/events.py.
    "SOURCE_LINE": (
        r"^C['’]est ce qu['’](?:a|ont|avait|avaient) (?:annoncé|indiqué|rapporté|déclaré|affirmé|"
        r"précisé|écrit)\b"
    ),
    # Futur antérieur ("auront été rapatriés depuis le 18 novembre"): see lang/en/events.py.
    "FUTURE_PERFECT": (
        r"\b(?:aura|auront)\s+(?:\w+\s+)?(?:été\s+)?\w+(?:é|ée|és|ées|i|is|ie|ies|u|us|ue|ues)\b"
    ),
}

EVENT_TYPES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    # Un camp évacué, vidé ou démantelé est humanitaire (consignes), quoi qu'en dise "camp";
    # des personnes coincées ou en danger aussi.
    (
        "humanitarian",
        6.5,
        (
            r"(?:camp|campement)s? (?:\S+ ){0,6}?(?:évacuée?s?|vidée?s?|démantelée?s?)",
            r"(?:évacu|vid|démantel)\w* (?:\S+ ){0,4}?(?:camp|campement)s?",
            r"centre logistique",
        ),
    ),
    ("humanitarian", 2.0, (r"coincée?s?", r"état de santé", r"survivre")),
    # taken to hospital, rescued: care given at the border
    (
        "humanitarian",
        2.0,
        (
            r"(?:à l['’]|à un|vers l['’]|dans un) ?hôpital",
            r"hospitalis\w*",
            r"hypotherm\w*",
            r"secouru\w*|secours",
        ),
    ),
    # Les mesures des compagnies et des États sur les lignes vers Minsk sont "other"
    # (suspensions de vols), pas des vols de retour (voir lang/en/events.py).
    (
        "other",
        6.5,
        (
            r"suspen\w* (?:\S+ ){0,5}?(?:vols?|liaisons?|lignes?|dessertes?)",
            r"(?:vols?|liaisons?|lignes?) (?:\S+ ){0,6}?(?:suspendue?s?|annulée?s?|interdite?s?)",
            r"(?:coup\w*|interdi\w*|annul\w*) (?:\S+ ){0,4}?(?:vols?|liaisons?|lignes?)",
            r"ne plus desservir",
        ),
    ),
    (
        "other",
        3.4,
        (
            # "les avions d'Iraqi Airways décolleront à destination de Minsk" (batch 31)
            r"vols? (?:\S+ ){0,4}?(?:vers|pour|à destination de) (?:la )?(?:Minsk|Biélorussie)",
            # a route announced, not a plane flying back ("a décollé d'Erbil vers Minsk pour
            # ramener 400 Irakiens")
            r"décoll\w* à destination de (?:Minsk|la Biélorussie)",
        ),
    ),
    (
        "other",
        3.5,
        (
            r"état d['’]urgence",
            r"élections?",
            r"mur",
            r"présidentielles?",
            r"réélection",
            r"décret",
            r"loi",
            r"barrières?",
            # a wall by any name: "une fortification permanente", "une clôture"
            r"fortifications?",
            r"clôtures?",
            r"fermé le (?:\w+ ){0,3}(?:poste|point de passage)",
            # a crossing kept closed or reopened, or not ("ne rouvrira pas"): a measure
            r"(?:poste|point de passage)\S* (?:\S+ ){0,4}?rest\w* fermé",
            r"rouvr\w* (?:\S+ ){0,3}?(?:poste\S*|point de passage)",
            r"(?:poste|point de passage)\S* (?:\S+ ){0,4}?rouvert",
            r"suspen\w* (?:\S+ ){0,3}?(?:le )?trafic(?! de\b| d['’])",
            r"trafic (?:\S+ ){0,5}?(?:est|sera|a été) suspendu",
            r"vote",
            r"voté",
            r"votant",  # "adoptée avec 122 députés votant pour"
        ),
    ),
    # A text approved ("Ce plan avait été approuvé par la chambre basse le 14 octobre"): a
    # decision, whatever it was; a weak "other" any more telling cue outweighs ("adopté" is
    # not one: "les sanctions adoptées en juin" would tie with the sanctions)
    ("other", 1.0, (r"approuv\w*",)),
    # une mesure qui prend effet ("est entrée en vigueur le 13 novembre"): son jour
    ("other", 1.0, (r"entr(?:é|ée|és|ées|ait|aient) en vigueur", r"(?:a|ont) pris effet")),
    # An order, a decision or rules adopted: see lang/en/events.py ("a ordonné jeudi aux
    # agences de défense et de sécurité", "a signé un décret").
    (
        "other",
        6.5,
        (
            r"(?:a|ont) ordonné (?:\S+ ){0,2}?aux? (?:agences|services|gardes-frontières|garde-frontières)",
            r"(?:a|ont) (?:\S+ )?(?:signé|publié|adopté|pris) (?:\S+ ){0,2}?(?:décret|arrêté|règlement|décision|ordonnance)",
            r"décision (?:\S+ ){0,6}?a été (?:prise|adoptée|signée)",
        ),
    ),
    # An investigation opened: see lang/en/events.py.
    (
        "other",
        5.0,
        (
            r"(?:ouvert|ouvre|lancé|lance|ordonné|ordonne) (?:\S+ ){0,2}?(?:enquête|information judiciaire)",
            r"enquête (?:\S+ ){0,3}?(?:a été|est) ouverte",
        ),
    ),
    (
        "casualties",
        3.0,
        (
            r"morts?",
            r"mortes?",
            r"décès",
            r"décédée?s?",
            r"tuée?s?",
            r"périe?s?",
            r"ont péri",
            r"corps",
            r"victimes?",
            r"blessée?s?",
        ),
    ),
    (
        "repatriation",
        3.0,
        (
            r"rapatri\w*",
            r"retour(?:ner)? (?:chez eux|au pays)",
            r"vols? de retour",
            r"avion a quitté Minsk",
            r"expuls\w*",
            # un vol qui décolle ou atterrit: les avions du retour ("a décollé de Minsk",
            # "a redécollé pour se poser à Bagdad", "a atterri à Erbil")
            r"(?:re)?décoll\w*",
            r"atterri\w*",
            r"(?:avion|vol|appareil)s? (?:\S+ ){0,8}?(?:est|sont) partis?",
            r"(?:parti|partis|a quitté|ont quitté) (?:\S+ ){0,3}?Minsk",
            r"se poser (?:à|a) (?:l['’]aéroport|Erbil|Bagdad|Bassora)",
            r"(?:se trouvaient|étaient|sont) à bord",
            # les vols d'un rapatriement ("deux vols exceptionnels", "le premier vol"),
            # un départ "en avion", des "demandes de retour"
            r"(?:premiers?|deuxième|second|nouveaux|deux|trois|quatre) vols?",
            # an ordinal flight or plane of the series ("un quatrième vol", "un cinquième
            # avion"), not "deux avions bombardiers"
            r"(?:deuxième|troisième|quatrième|cinquième|sixième|septième) (?:vol|avion)s?",
            r"vols? exceptionnels?",
            r"en avion",
            r"(?:demandes? de retour|souhaitant rentrer|veulent rentrer)",
            r"renvoy\w*",
        ),
    ),
    (
        "clash",
        3.0,
        (
            r"gaz lacrymogènes?",
            r"canons? à eau",
            # "Les migrants s'en sont pris aux gardes-frontières": attacked them
            r"s['’]en (?:sont |est )?pris\w* (?:à|aux)",
            r"affrontements?",
            r"heurts?",
            r"pierres?",
            r"grenades?",
            r"violences?",
            r"coups? de feu",  # "des coups de feu ont été entendus"
            r"tir(?:s|é|ée|és|aient|ait)? (?:\S+ ){0,2}?(?:sur|contre|en l['’]air)",
            r"fusillades?",
            r"attaqu\w*",
        ),
    ),
    (
        "sanctions",
        3.0,
        (
            r"sanctions?",
            r"sanctionn\w*",
            r"liste noire",
            r"embargo",
            r"gel des avoirs",
            r"mesures? de rétorsion",  # "de nouvelles mesures de rétorsion sont attendues"
        ),
    ),
    (
        "military",
        2.5,
        (
            r"troupes?",
            r"soldats?",
            r"bombardiers?",
            r"militaires?",
            r"manœuvres",
            r"manoeuvres",
            r"exercices?",
            r"armée",
            r"forces",
            r"unités spéciales",
            r"renforts?",
            r"otan",
            r"annex\w*",
            r"séparatistes?",
        ),
    ),
    (
        "border_crossing",
        2.5,
        (
            r"franchi\w*",
            r"travers\w*",
            r"passage",
            r"point de passage",
            r"clôture",
            r"refoulements?",
            r"refoul\w*",
            # "ont commencé à repousser les migrants vers le Bélarus": a pushback
            r"repouss\w* (?:\S+ ){0,3}?(?:migrants|réfugiés|personnes|exilés)",
            r"arrêtée?s?",
            r"interpellée?s?",
            r"interceptée?s?",  # "289 migrants illégaux ont été interceptés en Lituanie"
            r"se pressent",
            r"colonnes?",
            r"rassembl\w*",
            r"entrer",
            r"flux migratoires?",
            r"appréhendée?s?",
            r"pénétr\w*",  # "ont pénétré illégalement en Lituanie"
            r"illégalement",
            r"déten(?:u|ue|us|ues|ir|ait|aient|ant)",  # "ont détenu plus d'un millier de migrants"
            r"massé\w*",  # "des milliers de personnes se sont massées à la frontière"
            r"(?:passer|dirig\w* vers) la frontière",
            # "un groupe de migrants est passé de la Biélorussie à la Pologne" (batch 45)
            r"(?:est|sont) pass(?:é|ée|és|ées) (?:\S+ ){0,4}?(?:en|à la|au) (?:Pologne|Lituanie|Lettonie)",
            r"groupes? (?:de \d+ |d['’]une \w+ de )?(?:migrants|réfugiés|exilés)",
            # "près de 500 arrivées en juin" (a count, not "les délégations sont arrivées")
            r"\d[\d\s\u00a0\u202f]* arrivées|arrivées (?:de migrants|illégales|irrégulières)",
        ),
    ),
    # A state of emergency declared, extended or lifted is the measure, whatever word the
    # vote is told with ("ont donné leur accord pour prolonger l'état d'urgence")
    (
        "other",
        5.0,
        (
            r"(?:prolong|instaur|décré|déclar|impos|lev|proclam)\w* (?:\S+ ){0,6}?"
            r"l['’]état d['’]urgence",
        ),
    ),
    (
        "diplomacy",
        3.0,
        (
            r"téléphonique",
            r"(?:a|ont|avait|avaient) parlé",
            r"entretien",
            r"entretenue?s?",
            r"appel",
            r"conversation",
            r"pourparlers",
            r"rencontr\w*",
            r"réun\w*",
            r"sommet",
            r"visite",
            # "s'est rendu dimanche en Lettonie", as "visited" in English
            # one official; migrants "se sont rendus" at the border, and "s'est rendu compte"
            # is "realised"
            r"s['’]est rendue?\b(?!\s+(?:compte|coupable))",
            r"négoci\w*",
            r"homologue",
            r"conférence(?!s? de presse)",  # a press conference is a statement
            r"accord",
            r"dialogue",
            r"discut\w*",
            r"engagés? à travailler",
        ),
    ),
    # La frontière : presque tout y arrive dans cette crise ; un indice faible que tout
    # indice plus parlant l'emporte, une déclaration aussi (1.0 en français, 0.6 au moins
    # en fin de phrase)
    ("border_crossing", 0.6, (r"frontières?",)),
    # Les camps : annotés humanitaires sept fois sur dix ; un indice de passage l'emporte
    ("humanitarian", 1.5, (r"campements?", r"camp(?:s|ent|er|ant|ai\w*|ée?s?)?")),
    (
        "humanitarian",
        2.0,
        (
            r"humanitaires?",
            r"aide",
            r"nourriture",
            r"tentes?",
            r"chauffages?",
            r"faim",
            r"froid",
            r"asile",
            r"abri",
            r"hcr",
            r"oim",
            r"croix-rouge",
            r"bloquée?s",
        ),
    ),
    (
        "statement",
        1.0,
        (
            r"a déclaré",
            r"ont déclaré",
            r"sonnette d['’]alarme",  # "a tiré la sonnette d'alarme": a warning given
            r"déclar\w*",
            r"a indiqué",
            r"indique",
            r"communiqué",
            r"accus\w*",
            r"condamn\w*",
            r"dénonc\w*",
            r"averti",
            r"annonc\w*",
            r"démenti",
            r"rapporte",
            r"a affirmé",
            r"affirm\w*",
            r"a demandé",
            r"exprimé",
            r"a noté",
            r"estim\w*",
            r"tweet",
        ),
    ),
    # Protests and unrest: a happening even when nobody is named ("les réfugiés ont
    # manifesté"); a weak "other" that any more telling cue outweighs; unrest outweighs the camp or
    # border where it broke out (a clash, weighed above the other types' 2.5-3.5).
    (
        "other",
        1.0,
        (
            r"manifest(?:ation|ations|ant|ants|é|èrent|er)",
            r"protest\w*",
            r"rassemblements?",
            r"grèves? de la faim",
        ),
    ),
    # « lors d'un incident similaire », « a pris la décision »: un fait, quel qu'il soit
    (
        "other",
        1.0,
        (r"incidents?", r"a décidé", r"ont décidé", r"(?:a|ont) pris (?:la|cette) décision"),
    ),
    # Des travaux (les poteaux d'un mur, les tentes d'un camp): un fait, même sans rien
    # d'autre de nommé; un "other" faible que tout indice plus parlant l'emporte
    ("other", 1.0, (r"construction", r"chantiers?")),
    ("clash", 4.0, (r"émeutes?",)),
    # Une conférence de presse, un point presse: une déclaration faite ce jour-là (elle
    # l’emporte sur « conférence », indice de diplomatie).
    ("statement", 2.5, (r"conférences? de presse", r"points? presse")),
    # Une menace est une déclaration, quoi qu'elle menace ("a menacé de couper le gaz")
    ("statement", 3.5, (r"menac(?:é|e|ent|ait|aient|er)",)),
)
