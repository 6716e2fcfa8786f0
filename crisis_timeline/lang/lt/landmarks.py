"""Lithuanian words of the crisis' landmark days (crisis_calendar.py): per landmark, patterns
that must all match one sentence (lower-cased) for it to tell that happening."""

# Merkel called Lukashenko twice (15 and 17 November): the second call is told as one
# again, the first by the same words without them
_CALL = (r"merkel", r"lukašenk", r"telefon|pokalb|kalbėj")
_AGAIN = r"\bvėl|antr|dar kartą"
# water cannon and tear gas, both used at Kuźnica on 16 November
_WATER, _GAS = r"vandens patrank", r"ašarin\w* duj"

LANDMARKS: dict[str, tuple[str, ...]] = {
    "lithuania_extreme_situation": (
        r"ekstremal\w* situacij",
        r"paskelb|vyriausyb|įved",
        r"migrant|pasien|neteisėt",
    ),
    "lithuania_barrier_announced": (
        r"(?:simonyt\w*|vyriausyb\w*|lietuv\w*(?: \w+){0,3}) (?:paskelb|pranešė|statys|nusprend)",
        r"barjer|tvor",
        r"^(?!.*(?:pradėt|pradėjo|baigt|baigė))",
    ),
    "latvia_emergency": (r"latvij", r"nepaprast\w* padėt|ekstremal\w* situacij"),
    "poland_emergency_requested": (
        r"lenkij",
        r"nepaprast\w* padėt",
        r"vyriausyb|ministrų taryb",
        r"praš|kreipė",
        r"^(?!.*(?:pratęs|pasibaig))",
    ),
    "poland_emergency_declared": (
        r"lenkij",
        r"nepaprast\w* padėt",
        r"\bdud\w*|prezident",
        r"paskelb|įved|pasiraš",
    ),
    "sejm_upholds_emergency": (
        r"lenkij",
        r"nepaprast\w* padėt",
        r"seim|parlament",
        r"balsav|pritar|patvirtin|atmet",
    ),
    "poland_emergency_extended": (
        r"lenkijos (?:seim|parlament)",
        r"nepaprast\w* padėt",
        r"pratęs",
    ),
    "sejm_wall_law": (
        r"lenkijos (?:seim|sejm|parlament)",
        r"priėmė|pritarė|patvirtino|balsav",
        # the wall law and the push-back law passed the same day
        r"sien|tvor|barjer|užtvar|apgręž",
        r"įstatym|patais",
        r"^(?!.*nepaprast\w* padėt)",
    ),
    "kuznica_march": (
        r"kuznic|kuźnic|bruzg",
        r"kolon|žygi|pajudėj|patrauk|susirink|stovykl|susitelk",
    ),
    "kuznica_closed": (r"kuznic|kuźnic", r"uždar|sustabd"),
    "lithuania_emergency": (
        r"nepaprast\w* padėt",
        r"\bseim",
        r"paskelb|įved|pritar|patvirtin|balsav",
    ),
    "gas_threat": (
        r"lukašenk|baltarus|minsk",
        r"dujų (?:tranzit|tiekim)\w*|dujas į europą|nutraukti dujas|dujotiek|jamal",
        r"grasin|grasino|nutrauk|užsuk",
    ),
    "turkey_flight_ban": (
        r"turkij|turk",
        r"uždraud|draud|nebeparduo|atsisak|nebeleis",
        r"irak|sirij|jemen",
    ),
    "eu_sanctions_widened": (
        r"\bes\b|europos sąjung",
        r"užsienio reikalų ministr",
        r"sankcij",
    ),
    "merkel_first_call": (*_CALL, rf"^(?!.*(?:{_AGAIN}))"),
    # the crossing named, or water cannon and tear gas together (the one day both were
    # used: an AFP lead names the crossing only sentences later)
    "bruzgi_clash": (
        r"vandens patrank|vandens švirkšt|ašarin\w* duj",
        rf"kuznic|kuźnic|bruzg|{_WATER}.*{_GAS}|{_GAS}.*{_WATER}",
    ),
    "merkel_second_call": (*_CALL, _AGAIN),
    "first_repatriation_flight": (
        r"\bpirm(?!adien|inink)",
        r"repatrij|skryd|lėktuv|reis",
        r"erbil|irak|kurdistan",
    ),
    "camp_cleared": (
        r"stovykl",
        r"ištušt|iškel|perkel|likvid|išard|apleist",
        r"sandėl|logistik|angar|patalp",
    ),
    "morawiecki_baltic_tour": (
        r"(?:morawieck|moraveck)\w*(?: \w+){0,4} (?:aplank|lankėsi|apsilank|atvyk)",
        r"baltij|lietuv|latvij|estij|vilni|\bryg[ao]j?e?\b|talin",
    ),
    "lukashenko_bruzgi_visit": (
        r"lukašenk",
        r"aplank|lanky|apsilank|atvyk|vizit",
        r"bruzg|logistik|sandėl|angar",
    ),
    "eu_fifth_sanctions": (r"penkt\w* (?:paket|sankcij)", r"sankcij"),
    "poland_wall_started": (
        r"lenkij",
        r"(?<!pa)sien|barjer|užtvar",
        r"statyb|\bstat(?:o|ys|yti)\b",
        r"prasidė|pradė",
    ),
    "poland_wall_completed": (
        r"lenkij",
        r"(?<!pa)sien|barjer|tvor",
        r"\bbaigė|\bbaigta|\bužbaigė|\bužbaigta|\bpastatė",
        r"^(?!.*(?:\bbus\b|\bnebaig))",
    ),
}


# The crisis' background happenings and the joiners that open a clause (see
# lang/en/landmarks.py)
BACKGROUND_HAPPENINGS: dict[str, tuple[str, ...]] = {
    "belarus_presidential_election": (
        r"\brinkim|perrink|šešt\w* kadencij",
        r"baltarus|lukašen|prezident|perrink|šešt|pergal|suklastot|protest",
        r"^(?!.*(?:metin|metai po|metų nuo))",
    ),
    "CLAUSE_JOINERS": (r"\bir\b|\bbet\b",),
}
