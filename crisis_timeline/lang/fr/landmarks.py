"""French words of the crisis' landmark days (crisis_calendar.py): per landmark, patterns
that must all match one sentence (lower-cased) for it to tell that happening."""

# Merkel called Lukashenko twice (15 and 17 November): the second call is told as one
# again, the first by the same words without them
_CALL = (r"merkel", r"loukachenk", r"téléphon|entretien|appel|entretenu")
_AGAIN = r"nouveau|seconde? |deuxième"
# water cannon and tear gas, both used at Kuźnica on 16 November
_WATER, _GAS = r"canons? à eau", r"gaz lacrymog"

LANDMARKS: dict[str, tuple[str, ...]] = {
    # Reuters's French copy calls the government's extreme situation of 2 July a "state of
    # emergency" (the Seimas's, in November, is voted: lithuania_emergency)
    "lithuania_extreme_situation": (
        r"lituanie|lituanien",
        r"situation (?:d'urgence )?extrême|gouvernement lituanien[^.]*état d['’]urgence",
    ),
    "lithuania_barrier_announced": (
        r"(?:simonyt\w*|lituanie\S*(?: \w+){0,3}) (?:a annoncé|annonce|va (?:construire|ériger)|a décidé)",
        r"barrière|clôture",
        r"^(?!.*(?:commencé|débuté|achevé|terminé))",
    ),
    "latvia_emergency": (r"lettonie|letton", r"état d['’]urgence|situation d['’]urgence"),
    "poland_emergency_requested": (
        r"pologne|polonais|morawiecki|varsovie",
        r"état d['’](?:urgence|exception)",
        r"gouvernement|conseil des ministres",
        r"demand|sollicit",
        r"^(?!.*(?:prolong|après la fin))",
    ),
    "poland_emergency_declared": (
        r"pologne|polonais",
        r"état d['’](?:urgence|exception)",
        r"\bduda\b|président",
        r"décr|instaur|impos|proclam|signé",
    ),
    "sejm_upholds_emergency": (
        r"état d['’](?:urgence|exception)",
        r"diète|\bsejm\b|députés|parlement",
        r"vot|approuv|valid|rejet|entérin",
    ),
    "poland_emergency_extended": (
        r"état d['’](?:urgence|exception)",
        r"\bsejm\b|diète|parlement polonais|députés polonais",
        r"prolong|extension",
        r"^(?!.*(?:pourra|peut|pourrait) être prolong)(?!.*(?:lituan|letton))",
    ),
    "sejm_wall_law": (
        r"\bsejm\b|diète|parlement polonais|députés polonais",
        r"adopt|\bvot|approuv",
        # the wall law and the push-back law passed the same day
        r"\bmur\b|barrière|clôture|refoulement",
        r"\bloi\b|projet de loi|législation|amendement",
        r"^(?!.*(?:lituan|letton|état d['’](?:urgence|exception)))",
    ),
    "kuznica_march": (
        r"ku[zsź]nica|brouzgui|bruzgi",
        r"\bmarch(?!and)|colonne|convoi|\bdirig(?!eant)|rassembl|massé|campe",
    ),
    "kuznica_closed": (r"ku[zsź]nica", r"\bferm(?!ement)|suspend"),
    "lithuania_emergency": (
        r"lituanie|lituanien",
        r"état d['’]urgence",
        r"seimas|parlement|députés|vot|approuv|décr|instaur|impos|proclam",
    ),
    "gas_threat": (
        r"loukachenk|biélorussie|bélarus|minsk",
        r"livraisons de gaz|transit du gaz|gaz (?:vers|à) l['’]europe|couper le gaz|gazoduc|yamal",
        r"menac|couper|fermer|interromp",
    ),
    "turkey_flight_ban": (
        r"turquie|turc",
        r"interdi|refus|plus de billets|ne (?:pourront|peuvent) plus",
        r"irak|syri|yémen",
    ),
    "eu_sanctions_widened": (
        r"\bue\b|union européenne|européens|vingt-sept|\b27\b",
        r"ministres des affaires étrangères|chefs de la diplomatie",
        r"sanction",
    ),
    "merkel_first_call": (*_CALL, rf"^(?!.*(?:{_AGAIN}))"),
    # the crossing named, or water cannon and tear gas together (the one day both were
    # used: an AFP lead names the crossing only sentences later)
    "bruzgi_clash": (
        r"canons? à eau|gaz lacrymog|grenades? assourdissante",
        rf"ku[zsź]nica|brouzgui|bruzgi|{_WATER}.*{_GAS}|{_GAS}.*{_WATER}",
    ),
    "merkel_second_call": (*_CALL, _AGAIN),
    "first_repatriation_flight": (
        r"\bpremier(?!s? ministres?)",
        r"rapatri|\bvol\b|avion",
        r"erbil|irak|kurdistan",
    ),
    "camp_cleared": (
        r"camp",
        r"évacu|vid[ée]|démantel|déplac|transfér|relog",
        r"entrepôt|logistique|hangar|abri",
    ),
    "morawiecki_baltic_tour": (
        r"(?:morawiecki|premier ministre polonais)(?: \w+){0,4} (?:s['’]est rendu|a visité|visite|effectue une tournée)",
        r"balte|lituanie|lettonie|estonie|vilnius|riga|tallinn",
    ),
    "lukashenko_bruzgi_visit": (
        r"loukachenk",
        r"visit|rendu|s['’]est rendu|déplac",
        r"brouzgui|bruzgi|logistique|entrepôt|hangar",
    ),
    "eu_fifth_sanctions": (r"cinquième (?:paquet|train|série|volet)", r"sanction"),
    "poland_wall_started": (
        r"pologne|polonais",
        r"\bmur\b|barrière",
        r"construction|construire",
        r"commenc|débuté|début|lanc|démarr",
    ),
    "poland_wall_completed": (
        r"pologne|polonais",
        r"\bmur\b|barrière",
        r"\bachevé|\bterminé|\bfini",
        r"^(?!.*(?:\bsera\b|\bserait\b|\bpas\b))",
    ),
}


# The crisis' background happenings and the joiners that open a clause (see
# lang/en/landmarks.py)
BACKGROUND_HAPPENINGS: dict[str, tuple[str, ...]] = {
    "belarus_presidential_election": (
        r"\bélection|\bréélection|\bréélu|\bscrutin|sixième mandat",
        r"biélorus|bélarus|loukach|présidentiel|réélection|réélu|sixième|victoire|revendiqu|contesté|truqu|fraud|manifest",
        r"^(?!.*(?:anniversaire|un an (?:depuis|après)))",
    ),
    "CLAUSE_JOINERS": (r"\bet\b|\bmais\b",),
}
