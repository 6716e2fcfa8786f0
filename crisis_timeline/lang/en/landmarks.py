"""English words of the crisis' landmark days (crisis_calendar.py): per landmark, patterns
that must all match one sentence (lower-cased) for it to tell that happening."""

# Merkel called Lukashenko twice (15 and 17 November): the second call is told as one
# again, the first by the same words without them
_CALL = (r"merkel", r"lukashenk", r"phone|call|spoke|talk")
_AGAIN = r"again|second|\bonce more"
# water cannon and tear gas, both used at Kuźnica on 16 November
_WATER, _GAS = r"water cannon", r"tear ?gas"

LANDMARKS: dict[str, tuple[str, ...]] = {
    "lithuania_extreme_situation": (
        r"lithuania",
        # the government's (2 July), called a state of emergency in some copies; the
        # Seimas's of November is voted
        r"extreme situation"
        r"|^(?!.*(?:seimas|parliament|lawmakers)).*government[^.]*state of emergency",
    ),
    "lithuania_barrier_announced": (
        # Lithuania, its prime minister or government, as the one announcing (not "Poland
        # will build a fence, following the example of Lithuania")
        r"(?:simonyt\w*|lithuania\S*(?: \w+){0,3}) (?:announc|said|will build|to build|decided)",
        r"barrier|fence",
        r"^(?!.*(?:began|started|begun|completed|finished))",
    ),
    "latvia_emergency": (r"latvia", r"state of emergency|emergency situation"),
    "poland_emergency_requested": (
        r"poland|polish|morawiecki|warsaw",
        r"state of emergency",
        r"government|council of ministers|cabinet",
        # asked for, not a law made after it ("approved a bill ... after the state of
        # emergency expires")
        r"\bask(?:s|ed)?\b|request|\bmotion\b",
        r"^(?!.*(?:expir|extend|prolong|after the state))",
    ),
    "poland_emergency_declared": (
        # Poland named, or a president (Poland's declared it; Lithuania's Seimas and Latvia's
        # government declared theirs) in a sentence naming neither other country: a PAP
        # quote, "Today the president took the decision to issue a regulation on introducing
        # a state of emergency", names no country
        r"poland|polish|^(?!.*(?:lithuan|latvi|lukashenk|belarusian president)).*\bpresident",
        r"state of emergency",
        r"\bduda\b|president",
        r"declar|impos|introduc|\bsign(?:s|ed)?\b",
    ),
    "sejm_upholds_emergency": (
        r"state of emergency",
        r"\bsejm\b|lawmakers|lower house|parliament",
        r"\bvot|uph|approv|\bbacked\b|reject",
    ),
    "poland_emergency_extended": (
        r"state of emergency|(?:60|sixty)-day extension",
        r"\bsejm\b|polish (?:parliament|lawmakers|deputies)",
        r"\bextend(?:ed|s)?\b|\bextension|prolong",
        # the act, not a possibility; Poland's, not a neighbour's
        r"^(?!.*(?:can|could|may|will) be extended)(?!.*(?:lithuania|latvia))",
    ),
    "sejm_wall_law": (
        r"\bsejm\b|pol(?:ish|and['’]s) (?:parliament|lawmakers|deputies|lower house)",
        r"\bpass(?:ed|es)?\b|approv|\bvoted\b|adopt",
        # the wall law and the push-back law passed the same day
        r"\bwall\b|barrier|fence|push-?backs?",
        r"\blaw\b|\bbill\b|legislation|amendment",
        r"^(?!.*(?:lithuania|latvia|state of emergency))",
    ),
    "kuznica_march": (
        r"ku[zź]nica|bruzgi",
        r"\bmarch(?:ed|ing|es)\b|column|convoy|head(?:ed|ing) (?:to|towards)|gather|camp",
    ),
    "kuznica_closed": (r"ku[zź]nica", r"clos|shut|suspend"),
    "lithuania_emergency": (
        r"lithuania",
        r"state of emergency",
        r"seimas|parliament|lawmakers|vot|approv|declar|impos|introduc",
        # the government's alone is the extreme situation of 2 July
        r"seimas|parliament|lawmakers|^(?!.*\bgovernment)",
    ),
    "gas_threat": (
        r"lukashenk|belarus|minsk",
        r"\bgas (?:transit|supplies|supply|flows?|deliveries)|gas to europe|pipeline|yamal",
        r"threat|\bcut|shut|halt|switch off|turn off",
    ),
    "turkey_flight_ban": (
        r"turkey|turkish",
        r"\bban|\bbar(?:s|red)?\b|refus|stop|no longer",
        r"iraq|syria|yemen",
    ),
    "eu_sanctions_widened": (
        r"\beu\b|european union",
        r"foreign ministers|foreign affairs council",
        r"sanction",
    ),
    "merkel_first_call": (*_CALL, rf"^(?!.*(?:{_AGAIN}))"),
    # the crossing named, or water cannon and tear gas together (the one day both were
    # used: an AFP lead names the crossing only sentences later)
    "bruzgi_clash": (
        r"water cannon|tear gas|teargas|stun grenade",
        rf"ku[zź]nica|bruzgi|{_WATER}.*{_GAS}|{_GAS}.*{_WATER}",
    ),
    "merkel_second_call": (*_CALL, _AGAIN),
    "first_repatriation_flight": (
        r"\bfirst\b",
        r"repatriat|flight|plane|flown|flew",
        r"erbil|iraq|kurdistan",
    ),
    "camp_cleared": (
        r"camp",
        r"clear|empt|dismantl|vacat|moved|relocat|transferr",
        r"warehouse|logistic|hangar|shelter",
    ),
    "morawiecki_baltic_tour": (
        # he is the one visiting (not "Nauseda visited Warsaw, where he met Morawiecki")
        r"(?:morawiecki|polish (?:prime minister|pm|premier))(?: \w+){0,4} (?:visit|travell?ed|went to|toured)",
        r"baltic|lithuania|latvia|estonia|vilnius|riga|tallinn",
    ),
    "lukashenko_bruzgi_visit": (
        r"lukashenk",
        r"visit|came to|went to|toured",
        r"bruzgi|logistic|warehouse|hangar",
    ),
    "eu_fifth_sanctions": (r"fifth (?:package|round)", r"sanction"),
    "poland_wall_started": (
        r"poland|polish",
        r"\bwall\b|barrier",
        r"construction|building|build",
        r"\bbeg[au]n\b|\bstart|kick|launch|get under way|got under way",
    ),
    "poland_wall_completed": (
        r"poland|polish|kaminski|kamiński|morawiecki",
        r"\bwall\b|barrier",
        r"\bcompleted|\bfinished",
        # done, not planned or denied ("would be completed by the end of June", "not yet")
        r"^(?!.*(?:\bwould\b|\bwill\b|\bnot\b|\bbe (?:completed|finished)))",
    ),
}


# The crisis' background happenings (crisis_calendar.BACKGROUND), each told by patterns all
# found in one clause (lower-cased): a month it names without its year is theirs. Belarus's
# election: an election word, a word of that election (not "Germany's federal election"),
# and no anniversary (the sanctions "on the anniversary of the election in August" are of
# 2021, as "a year since"). CLAUSE_JOINERS open a clause when a past verb follows them
# ("... re-election and in August Lithuania began pushing migrants back" tells no election's
# August; "the election and the crackdown in August" does).
BACKGROUND_HAPPENINGS: dict[str, tuple[str, ...]] = {
    "belarus_presidential_election": (
        r"\belection|\bre-?elect|\breelect|sixth (?:presidential )?term|presidential (?:poll|vote)",
        r"belarus|lukash|presidential|re-?elect|reelect|sixth|victor|claimed|disputed|rigged|fraud|protest",
        r"^(?!.*(?:anniversar|a year (?:since|after)))",
    ),
    "CLAUSE_JOINERS": (r"\band\b|\bbut\b",),
}
