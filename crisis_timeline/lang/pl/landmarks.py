"""Polish words of the crisis' landmark days (crisis_calendar.py): per landmark, patterns
that must all match one sentence (lower-cased) for it to tell that happening."""

# Merkel called Lukashenko twice (15 and 17 November): the second call is told as one
# again, the first by the same words without them
_CALL = (r"merkel", r"łukaszenk", r"telefon|rozmaw|rozmow")
_AGAIN = r"ponowni|drugi|znów|znowu"
# water cannon and tear gas, both used at Kuźnica on 16 November
_WATER, _GAS = r"armat\w* wodn", r"gaz\w* łzaw"

LANDMARKS: dict[str, tuple[str, ...]] = {
    "lithuania_extreme_situation": (
        r"litw|litew",
        # the government's (2 July), often called a state of emergency in translation ("Litewski
        # rząd ogłosił dzisiaj stan wyjątkowy"); the Seimas's of November is voted
        r"sytuacj\w* ekstremaln|ekstremaln\w* sytuacj"
        r"|^(?!.*(?:sejm|parlament|posł)).*\brząd\w*[^.]*stan\w* wyjątkow",
    ),
    "lithuania_barrier_announced": (
        r"(?:simonyt\w*|litw\w*(?: \w+){0,3}) (?:ogłosi|zapowiedzia|zbuduje|wybuduje|postawi)",
        r"barier|płot|ogrodzeni",
        r"^(?!.*(?:rozpocz|zakończ|ukończ))",
    ),
    "latvia_emergency": (
        r"łotw|łotew",
        r"stan\w* wyjątkow|stan\w* nadzwyczajn|sytuacj\w* nadzwyczajn",
    ),
    "poland_emergency_requested": (
        r"^(?!.*(?:litw|łotw))",  # Polish news of the neighbours' emergencies names them
        r"stan\w* wyjątkow",
        r"\brząd|rad\w* ministrów|morawiec",
        # asked for: "przystał na wniosek MSWiA i podjął uchwałę o wprowadzeniu", "zwrócił
        # się do prezydenta"; not a bill for after it ("po wygaśnięciu stanu wyjątkowego")
        r"wnios|uchwał\w* o wprowadz|zwróci\w* się do prezydent",
        r"^(?!.*(?:wygas|przedłuż|po zakończeniu))",
    ),
    "poland_emergency_declared": (
        r"stan\w* wyjątkow",
        r"\bdud\w*|prezydent",
        r"wprowadz|ogłosi|podpisa|rozporządzeni",
    ),
    "sejm_upholds_emergency": (
        r"stan\w* wyjątkow",
        r"\bsejm|posł",
        r"głosow|uchyl|odrzuci|zagłosow|popar",
    ),
    "poland_emergency_extended": (
        r"stan\w* wyjątkow",
        r"\bsejm|posł",
        r"przedłuż",
        r"^(?!.*(?:litw|litew|łotw|łotew))",  # the Lithuanian and Latvian "Sejm" are not Poland's
    ),
    "sejm_wall_law": (
        r"\bsejm",
        r"uchwali|przyjął|przyjęli|przegłosow",
        # the wall law and the push-back law passed the same day
        r"zapor|\bmur\w*|zabezpieczeni\w* granic|barier|push-?back|zawracani",
        r"ustaw",
        # the Lithuanian and Latvian "Sejm" are not Poland's, nor the emergency's extension the law
        r"^(?!.*(?:litw|litew|łotw|łotew|stan\w* wyjątkow))",
    ),
    "kuznica_march": (
        r"kuźnic|bruzg",
        r"kolumn|pochód|maszer|ruszy|zgromadzi|koczow|obozowisk|\bszli\b|\bszła\b",
    ),
    "kuznica_closed": (r"kuźnic", r"zamkn|zawiesz|wstrzyma"),
    "lithuania_emergency": (
        r"litw|litew",
        r"stan\w* wyjątkow",
        r"sejm|parlament|posł|głosow|wprowadz|ogłosi|przyj",
        # the government's alone is the extreme situation of 2 July
        r"sejm|parlament|posł|^(?!.*\brząd)",
    ),
    "gas_threat": (
        r"łukaszenk|białoru|mińsk",
        r"(?:dostaw\w*|tranzyt\w*|przesył\w*|odcięci\w*) gazu|gaz\w* (?:płynąc\w*|do europy)|zakręc\w* gaz|gazociąg|jamał",
        r"grozi|groźb|zagroz|zakręc|odcię|odciąć|wstrzyma",
    ),
    "turkey_flight_ban": (
        r"turc|turcj",
        r"zakaz|zakaza|nie będ|wstrzyma|odmawia|nie sprzeda",
        r"irak|syr|jemen",
    ),
    "eu_sanctions_widened": (
        r"\bue\b|uni\w* europejsk|unijn",
        r"ministr\w* spraw zagranicznych|szef\w* dyplomacji|szef\w* msz|ministr\w* msz",
        r"sankcj",
    ),
    "merkel_first_call": (*_CALL, rf"^(?!.*(?:{_AGAIN}))"),
    # the crossing named, or water cannon and tear gas together (the one day both were
    # used: an AFP lead names the crossing only sentences later)
    "bruzgi_clash": (
        r"armat\w* wodn|polewacz|gaz\w* łzaw|granat\w* hukow",
        rf"kuźnic|bruzg|{_WATER}.*{_GAS}|{_GAS}.*{_WATER}",
    ),
    "merkel_second_call": (*_CALL, _AGAIN),
    "first_repatriation_flight": (
        r"(?<!po )pierwsz",
        r"repatria|\blot|samolot|rejs",
        r"irbil|erbil|irak|kurdystan",
    ),
    "camp_cleared": (
        r"obóz|obozowisk|koczowisk",
        r"opustosz|zlikwid|likwid|opróżni|przeniesi|przewiezi|przenie|zwinię",
        r"\bhal[iaęe]\b|magazyn|logistyczn|hangar",
    ),
    "morawiecki_baltic_tour": (
        r"morawieck\w*(?: \w+){0,4} (?:odwiedzi|przyjecha|udał|złożył wizyt|pojechał)",
        r"bałty|litw|łotw|estoni|wiln|\bryg[aię]\b|\brydze\b|tallin",
    ),
    "lukashenko_bruzgi_visit": (
        r"łukaszenk",
        r"odwiedzi|wizyt|przyjecha|pojawił",
        r"bruzg|logistyczn|magazyn|hangar|\bhal[iaęe]\b",
    ),
    "eu_fifth_sanctions": (r"piąt\w* pakiet", r"sankcj"),
    "poland_wall_started": (
        r"zapor|\bmur\w*|barier",
        r"\bbudow",
        r"granic",
        r"rozpocz|ruszy|zaczę|wystartow",
    ),
    "poland_wall_completed": (
        r"\bzapor|\bbarier|\bmur\b|\bpłot",
        r"granic",
        r"\bukończon|\bzakończon|\bukończył|\bzakończył|\bkończą się|\bskończył",
        r"^(?!.*(?:\bbędzie\b|\bbędą\b|zapowiedzia|\bnie\b))",
    ),
}


# The crisis' background happenings and the joiners that open a clause (see
# lang/en/landmarks.py)
BACKGROUND_HAPPENINGS: dict[str, tuple[str, ...]] = {
    "belarus_presidential_election": (
        r"\bwybor(?:y|ach|ów|ami|om)\b|reelekcj|szóst\w* kadencj",
        r"białoru|łukaszen|prezydenck|reelekcj|szóst|zwycięst|sfałszow|protest",
        r"^(?!.*(?:rocznic|rok (?:po|od)\b))",
    ),
    "CLAUSE_JOINERS": (r"\bi\b|\boraz\b|\bale\b",),
}
