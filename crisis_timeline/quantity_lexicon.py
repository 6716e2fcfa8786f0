"""Language data for quantities.py: number words, units, qualifiers, cue words, per language.

Only data lives here; `quantities.py` compiles it. Adding a language means adding one entry
to each per-language dict below (keys are ISO 639-1 codes). Words are lowercase unless a
comment says otherwise; multi-word entries are matched with any whitespace between words.
Apostrophes match both ' and ’, and a phrase ending in "de" also matches its elided
form "d'" ("plus d'un millier").
"""

from __future__ import annotations

# --- Numbers --------------------------------------------------------------------------------

# word -> (value, role). Roles drive the evaluation of a sequence of number words:
#   "unit": added ("twenty" "five" -> 25); "hundred": multiplies what precedes (or 1);
#   "scale": closes a group and multiplies it ("two thousand three hundred").
NUMBER_WORDS: dict[str, dict[str, tuple[float, str]]] = {
    "en": {
        "one": (1, "unit"),
        "two": (2, "unit"),
        "three": (3, "unit"),
        "four": (4, "unit"),
        "five": (5, "unit"),
        "six": (6, "unit"),
        "seven": (7, "unit"),
        "eight": (8, "unit"),
        "nine": (9, "unit"),
        "ten": (10, "unit"),
        "eleven": (11, "unit"),
        "twelve": (12, "unit"),
        "thirteen": (13, "unit"),
        "fourteen": (14, "unit"),
        "fifteen": (15, "unit"),
        "sixteen": (16, "unit"),
        "seventeen": (17, "unit"),
        "eighteen": (18, "unit"),
        "nineteen": (19, "unit"),
        "twenty": (20, "unit"),
        "thirty": (30, "unit"),
        "forty": (40, "unit"),
        "fifty": (50, "unit"),
        "sixty": (60, "unit"),
        "seventy": (70, "unit"),
        "eighty": (80, "unit"),
        "ninety": (90, "unit"),
        "a hundred": (100, "unit"),
        "one hundred": (100, "unit"),
        "hundred": (100, "hundred"),
        "a thousand": (1000, "unit"),
        "thousand": (1000, "scale"),
        "a million": (1e6, "unit"),
        "million": (1e6, "scale"),
        "billion": (1e9, "scale"),
    },
    "fr": {
        "un": (1, "unit"),
        "une": (1, "unit"),
        "deux": (2, "unit"),
        "trois": (3, "unit"),
        "quatre": (4, "unit"),
        "cinq": (5, "unit"),
        "six": (6, "unit"),
        "sept": (7, "unit"),
        "huit": (8, "unit"),
        "neuf": (9, "unit"),
        "dix": (10, "unit"),
        "onze": (11, "unit"),
        "douze": (12, "unit"),
        "treize": (13, "unit"),
        "quatorze": (14, "unit"),
        "quinze": (15, "unit"),
        "seize": (16, "unit"),
        "vingt": (20, "unit"),
        "vingts": (20, "unit"),
        "trente": (30, "unit"),
        "quarante": (40, "unit"),
        "cinquante": (50, "unit"),
        "soixante": (60, "unit"),
        "quatre-vingt": (80, "unit"),
        "quatre-vingts": (80, "unit"),
        "cent": (100, "hundred"),
        "cents": (100, "hundred"),
        "mille": (1000, "scale"),
        "million": (1e6, "scale"),
        "millions": (1e6, "scale"),
        "milliard": (1e9, "scale"),
        "milliards": (1e9, "scale"),
    },
}

# Words that join number words ("two hundred and fifty", "vingt et un"); they are only
# read as part of a number after a tens/hundred/scale word, so "between two and three
# hours" stays two numbers.
NUMBER_JOINERS: dict[str, tuple[str, ...]] = {"en": ("and",), "fr": ("et",)}

# How digits are written: characters grouping thousands ("2,000", "15 000", "15.000") and
# marking decimals ("1.5", "1,5"). A separator followed by exactly three digits groups
# thousands; French also reads "1.5" as a decimal.
NUMBER_FORMATS: dict[str, dict[str, str]] = {
    "en": {"group": ",\u00a0\u202f", "decimal": "."},
    "fr": {"group": " \u00a0\u202f.", "decimal": ",."},
}

# Scale words written after digits ("1.5 million", "13 millions", "2 milliards").
SCALE_WORDS: dict[str, dict[str, float]] = {
    "en": {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
}

# Vague amounts: phrase -> (value, qualifier). "Thousands of migrants" is stored as at
# least 1000; the approximate flag is always set for these. Longest phrases win.
VAGUE_AMOUNTS: dict[str, dict[str, tuple[float, str]]] = {
    "en": {
        "dozens": (12, "at least"),
        "scores": (20, "at least"),
        "hundreds": (100, "at least"),
        "thousands": (1000, "at least"),
        "millions": (1e6, "at least"),
        "tens of thousands": (1e4, "at least"),
        "hundreds of thousands": (1e5, "at least"),
        "several dozen": (12, "at least"),
        "several hundred": (100, "at least"),
        "several thousand": (1000, "at least"),
        "a few dozen": (12, "at least"),
        "a few hundred": (100, "at least"),
        "a few thousand": (1000, "at least"),
        "a dozen": (12, "about"),
        "half a dozen": (6, "about"),
    },
    "fr": {
        "des dizaines": (10, "at least"),
        "des centaines": (100, "at least"),
        "des milliers": (1000, "at least"),
        "des millions": (1e6, "at least"),
        "des dizaines de milliers": (1e4, "at least"),
        "des centaines de milliers": (1e5, "at least"),
        "plusieurs dizaines": (10, "at least"),
        "plusieurs centaines": (100, "at least"),
        "plusieurs milliers": (1000, "at least"),
        "plusieurs dizaines de milliers": (1e4, "at least"),
        "quelques dizaines": (10, "at least"),
        "quelques centaines": (100, "at least"),
        "quelques milliers": (1000, "at least"),
        "une dizaine": (10, "about"),
        "une douzaine": (12, "about"),
        "une quinzaine": (15, "about"),
        "une vingtaine": (20, "about"),
        "une trentaine": (30, "about"),
        "une quarantaine": (40, "about"),
        "une cinquantaine": (50, "about"),
        "une soixantaine": (60, "about"),
        "une centaine": (100, "about"),
        "un millier": (1000, "about"),
        "une dizaine de milliers": (1e4, "about"),
    },
}

# Phrases that are a number and a unit at once: phrase -> (value, unit word of UNITS).
FIXED_AMOUNTS: dict[str, dict[str, tuple[float, str]]] = {
    "en": {
        "an hour": (1, "hour"),
        "half an hour": (0.5, "hour"),
        "a half-hour": (0.5, "hour"),
        "an hour and a half": (1.5, "hour"),
        "a day and a half": (1.5, "day"),
    },
    "fr": {
        "une demi-heure": (0.5, "heure"),
        "une demi-journée": (0.5, "journée"),
    },
}

# "and a half" between a number and its unit ("two and a half hours"), and after the unit
# ("deux heures et demie", "an hour and a half" is a FIXED_AMOUNTS entry).
HALF_BEFORE_UNIT: dict[str, tuple[str, ...]] = {"en": ("and a half",), "fr": ("et demi",)}
HALF_AFTER_UNIT: dict[str, tuple[str, ...]] = {
    "en": ("and a half",),
    "fr": ("et demie", "et demi"),
}

# Joiners between the hours and the minutes of one duration ("one hour and 45 minutes").
DURATION_JOINERS: dict[str, tuple[str, ...]] = {"en": ("and", ","), "fr": ("et", ",")}

# Words linking an amount to its noun ("thousands of migrants", "des milliers de migrants").
OF_WORDS: dict[str, tuple[str, ...]] = {"en": ("of",), "fr": ("de", "d'")}

# Lowercase words allowed between a number and its noun ("50 more migrants"). Capitalised
# words ("dozens of Polish border guards") and model names ("two TU-22M3 bombers") are
# allowed in every language; at most two such words.
ADJECTIVES: dict[str, tuple[str, ...]] = {
    "en": (
        "more",
        "other",
        "additional",
        "new",
        "young",
        "illegal",
        "foreign",
        "armed",
        "civilian",
        "unaccompanied",
        "pregnant",
        "stranded",
        "undocumented",
        "extra",
        "military",
        "russian",
        "polish",
        "belarusian",
        "fighter",
        "strategic",
    ),
    "fr": ("autres", "nouveaux", "nouvelles", "jeunes", "petits", "petites"),
}

# --- Units ----------------------------------------------------------------------------------

# (surface forms...) -> (canonical unit, factor to the canonical unit). Durations normalise
# as: seconds, minutes, hours -> minute; days, nights, weeks -> day; months -> month;
# years, decades -> year. Distances -> kilometre. Symbols (%, €, $) are listed as written.
UNITS: dict[str, dict[tuple[str, ...], tuple[str, float]]] = {
    "en": {
        ("second", "seconds", "sec", "secs"): ("minute", 1 / 60),
        ("minute", "minutes", "min", "mins"): ("minute", 1.0),
        ("hour", "hours", "hr", "hrs", "h"): ("minute", 60.0),
        ("day", "days", "night", "nights"): ("day", 1.0),
        ("week", "weeks"): ("day", 7.0),
        ("month", "months"): ("month", 1.0),
        ("year", "years"): ("year", 1.0),
        ("decade", "decades"): ("year", 10.0),
        ("person", "persons", "people", "individuals"): ("person", 1.0),
        ("migrant", "migrants"): ("migrant", 1.0),
        ("refugee", "refugees"): ("refugee", 1.0),
        ("asylum seeker", "asylum seekers", "asylum-seekers"): ("asylum seeker", 1.0),
        ("soldier", "soldiers", "troops", "servicemen", "service members"): ("soldier", 1.0),
        ("border guard", "border guards", "border officers"): ("border guard", 1.0),
        ("police officer", "police officers", "policemen", "officers"): ("police officer", 1.0),
        ("child", "children", "minors", "kids", "babies"): ("child", 1.0),
        ("woman", "women"): ("woman", 1.0),
        ("man", "men"): ("man", 1.0),
        ("family", "families"): ("family", 1.0),
        ("journalist", "journalists"): ("journalist", 1.0),
        ("civilian", "civilians"): ("civilian", 1.0),
        ("iraqis", "syrians", "afghans", "kurds", "yemenis"): ("person", 1.0),
        ("death", "deaths", "dead", "fatalities"): ("death", 1.0),
        ("life", "lives"): ("life", 1.0),
        ("bomber", "bombers"): ("bomber", 1.0),
        ("aircraft", "plane", "planes", "jet", "jets", "warplanes"): ("aircraft", 1.0),
        ("helicopter", "helicopters"): ("helicopter", 1.0),
        ("warship", "warships", "ship", "ships"): ("warship", 1.0),
        ("tank", "tanks"): ("tank", 1.0),
        ("flight", "flights"): ("flight", 1.0),
        ("tent", "tents"): ("tent", 1.0),
        ("truck", "trucks", "lorry", "lorries"): ("truck", 1.0),
        ("bus", "buses", "coaches"): ("bus", 1.0),
        ("camp", "camps"): ("camp", 1.0),
        ("country", "countries", "member state", "member states", "states"): ("country", 1.0),
        ("kilometre", "kilometres", "kilometer", "kilometers", "km"): ("kilometre", 1.0),
        ("metre", "metres", "meter", "meters"): ("kilometre", 0.001),
        ("mile", "miles"): ("kilometre", 1.609344),
        ("euro", "euros", "eur", "€"): ("euro", 1.0),
        ("dollar", "dollars", "usd", "$"): ("dollar", 1.0),
        ("percent", "per cent", "%"): ("percent", 1.0),
    },
    "fr": {
        ("seconde", "secondes"): ("minute", 1 / 60),
        ("minute", "minutes", "min", "mn"): ("minute", 1.0),
        ("heure", "heures", "h"): ("minute", 60.0),
        ("jour", "jours", "journée", "journées", "nuit", "nuits"): ("day", 1.0),
        ("semaine", "semaines"): ("day", 7.0),
        ("mois",): ("month", 1.0),
        ("an", "ans", "année", "années"): ("year", 1.0),
        ("décennie", "décennies"): ("year", 10.0),
        ("personne", "personnes", "individus", "gens"): ("person", 1.0),
        ("migrant", "migrants", "migrante", "migrantes"): ("migrant", 1.0),
        ("réfugié", "réfugiés", "réfugiée", "réfugiées"): ("refugee", 1.0),
        ("demandeur d'asile", "demandeurs d'asile", "demandeurs d’asile"): (
            "asylum seeker",
            1.0,
        ),
        ("soldat", "soldats", "militaires", "hommes de troupe"): ("soldier", 1.0),
        ("garde-frontière", "gardes-frontières", "garde-frontières", "gardes-frontière"): (
            "border guard",
            1.0,
        ),
        ("policier", "policiers", "gendarmes"): ("police officer", 1.0),
        ("enfant", "enfants", "mineurs", "bébés"): ("child", 1.0),
        ("femme", "femmes"): ("woman", 1.0),
        ("homme", "hommes"): ("man", 1.0),
        ("famille", "familles"): ("family", 1.0),
        ("journaliste", "journalistes"): ("journalist", 1.0),
        ("civil", "civils"): ("civilian", 1.0),
        ("irakiens", "syriens", "afghans", "kurdes", "yéménites"): ("person", 1.0),
        ("mort", "morts", "décès", "tués"): ("death", 1.0),
        ("vie", "vies"): ("life", 1.0),
        ("bombardier", "bombardiers"): ("bomber", 1.0),
        ("avion", "avions", "appareils", "chasseurs"): ("aircraft", 1.0),
        ("hélicoptère", "hélicoptères"): ("helicopter", 1.0),
        ("navire", "navires", "navires de guerre", "bâtiments de guerre"): ("warship", 1.0),
        ("char", "chars"): ("tank", 1.0),
        ("vol", "vols"): ("flight", 1.0),
        ("tente", "tentes"): ("tent", 1.0),
        ("camion", "camions"): ("truck", 1.0),
        ("bus", "autobus", "autocars", "cars"): ("bus", 1.0),
        ("camp", "camps"): ("camp", 1.0),
        ("pays", "états membres", "etats membres", "états"): ("country", 1.0),
        ("kilomètre", "kilomètres", "km"): ("kilometre", 1.0),
        ("mètre", "mètres"): ("kilometre", 0.001),
        ("euro", "euros", "€"): ("euro", 1.0),
        ("dollar", "dollars", "$"): ("dollar", 1.0),
        ("pour cent", "pourcent", "%"): ("percent", 1.0),
    },
}

# Unit words that may follow a number with no space ("50km", "1h", "30%", "10€").
ATTACHED_UNITS: frozenset[str] = frozenset({"km", "h", "min", "mn", "%", "€", "$", "hrs", "hr"})

# Singular unit words usable in a hyphenated modifier ("a four-day visit", "12-hour").
HYPHEN_UNITS: dict[str, tuple[str, ...]] = {
    "en": (
        "second",
        "minute",
        "hour",
        "day",
        "night",
        "week",
        "month",
        "year",
        "decade",
        "kilometre",
        "kilometer",
        "km",
        "mile",
        "metre",
        "meter",
    ),
    "fr": (),
}

# Currency symbols written before the number ("$5 million", "€10").
CURRENCY_PREFIXES: dict[str, str] = {"$": "dollar", "€": "euro", "US$": "dollar"}

# canonical unit -> kind. "people" and "country" counts under 3 written in words and with
# no qualifier are dropped as noise ("one man told", "the two countries").
UNIT_KINDS: dict[str, str] = {
    "minute": "duration",
    "day": "duration",
    "month": "duration",
    "year": "duration",
    "person": "people",
    "migrant": "people",
    "refugee": "people",
    "asylum seeker": "people",
    "soldier": "people",
    "border guard": "people",
    "police officer": "people",
    "child": "people",
    "woman": "people",
    "man": "people",
    "family": "people",
    "journalist": "people",
    "civilian": "people",
    "death": "death",
    "life": "life",
    "bomber": "object",
    "aircraft": "object",
    "helicopter": "object",
    "warship": "object",
    "tank": "object",
    "flight": "object",
    "tent": "object",
    "truck": "object",
    "bus": "object",
    "camp": "object",
    "country": "country",
    "kilometre": "distance",
    "euro": "money",
    "dollar": "money",
    "percent": "percent",
}
NOISE_KINDS: frozenset[str] = frozenset({"people", "country"})
NOISE_BELOW = 3

# --- Qualifiers -----------------------------------------------------------------------------

# phrase before the number -> normalised qualifier (at least | at most | about | almost |
# more than | less than | up to). French phrases ending in "de" also match "d'".
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": {
        "at least": "at least",
        "no fewer than": "at least",
        "no less than": "at least",
        "a minimum of": "at least",
        "at most": "at most",
        "no more than": "at most",
        "not more than": "at most",
        "a maximum of": "at most",
        "about": "about",
        "around": "about",
        "some": "about",
        "roughly": "about",
        "approximately": "about",
        "an estimated": "about",
        "estimated": "about",
        "more or less": "about",
        "circa": "about",
        "approx.": "about",
        "almost": "almost",
        "nearly": "almost",
        "close to": "almost",
        "just under": "almost",
        "more than": "more than",
        "over": "more than",
        "upwards of": "more than",
        "in excess of": "more than",
        "well over": "more than",
        "just over": "more than",
        "less than": "less than",
        "fewer than": "less than",
        "under": "less than",
        "up to": "up to",
        "as many as": "up to",
    },
    "fr": {
        "au moins": "at least",
        "pas moins de": "at least",
        "au minimum": "at least",
        "au plus": "at most",
        "tout au plus": "at most",
        "pas plus de": "at most",
        "au maximum": "at most",
        "environ": "about",
        "quelque": "about",
        "autour de": "about",
        "aux alentours de": "about",
        "approximativement": "about",
        "à peu près": "about",
        "près de": "almost",
        "presque": "almost",
        "quasiment": "almost",
        "pratiquement": "almost",
        "pas loin de": "almost",
        "plus de": "more than",
        "au-delà de": "more than",
        "bien plus de": "more than",
        "moins de": "less than",
        "jusqu'à": "up to",
        "jusqu’à": "up to",
    },
}

# Qualifiers that mean something else before a duration ("over two days" = during).
COUNT_ONLY_QUALIFIERS: dict[str, frozenset[str]] = {
    "en": frozenset({"over"}),
    "fr": frozenset(),
}

# --- Deaths ---------------------------------------------------------------------------------

# A count of people followed by these (after optional auxiliaries) is a death count:
# "at least 10 migrants have died", "10 migrants sont morts", "15 morts".
DEATH_AUXILIARIES: dict[str, tuple[str, ...]] = {
    "en": (
        "have",
        "has",
        "had",
        "were",
        "are",
        "was",
        "been",
        "who",
        "that",
        "reportedly",
        "already",
        "now",
        "since",
        "have been",
        "had been",
        "are believed to have",
    ),
    "fr": ("ont", "sont", "avaient", "étaient", "été", "qui", "déjà", "auraient", "seraient"),
}
DEATH_WORDS_AFTER: dict[str, tuple[str, ...]] = {
    "en": (
        "died",
        "dead",
        "killed",
        "perished",
        "drowned",
        "froze to death",
        "lost their lives",
    ),
    "fr": (
        "péri",
        "morts",
        "mortes",
        "mort",
        "décédés",
        "décédées",
        "décédé",
        "tués",
        "tuées",
        "tué",
        "noyés",
        "noyées",
        "perdu la vie",
    ),
}
# After "lives"/"vies" these make it a death count too ("13,000 lives lost").
LIVES_LOST_AFTER: dict[str, tuple[str, ...]] = {"en": ("lost",), "fr": ("perdues",)}
# Verbs before a count of people that make it a death count: "killed 50 people",
# "claimed the lives of 13,000 people", "coûté la vie à 13 000 personnes".
DEATH_WORDS_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("killed", "killing", "claimed the lives of", "cost the lives of"),
    "fr": ("tué", "tuant", "coûté la vie à", "coûtant la vie à", "coûté la vie de"),
}
# Verbs before "lives"/"vies" that make them deaths: "claimed more than 13,000 lives".
LIVES_TAKEN_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("claimed", "claiming", "cost", "costing", "took", "taken", "taking"),
    "fr": ("coûté", "coûtant", "fauché", "emporté"),
}

# --- Not quantities -------------------------------------------------------------------------

# A duration next to these is a temporal reference for the tagger, not a quantity
# ("seven years ago", "il y a deux jours", "dans deux jours").
TEMPORAL_AFTER: dict[str, tuple[str, ...]] = {
    "en": ("ago", "earlier", "later", "before", "after", "from now", "hence", "prior"),
    "fr": ("plus tard", "plus tôt", "auparavant", "avant", "après", "plus loin"),
}
TEMPORAL_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("in", "every", "each", "per"),
    "fr": ("il y a", "dans", "d'ici", "d’ici", "toutes les", "tous les", "par"),
}
# Ages: "a 12-year-old boy", "âgé de 12 ans".
AGE_AFTER: dict[str, tuple[str, ...]] = {"en": ("-old", " old"), "fr": ()}
AGE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("aged",),
    "fr": ("âgé de", "âgée de", "âgés de", "âgées de", "âgé d'", "agé de"),
}

# Before an "h" hour ("à 20h30", "vers 14 h") or a French "heures" these words make it a
# clock time. A bare "NhMM" with 10 <= N < 24 and no duration cue is read as a clock time.
CLOCK_BEFORE: dict[str, tuple[str, ...]] = {
    "en": ("at", "by", "until", "till", "from", "before", "after", "since"),
    "fr": (
        "à",
        "vers",
        "dès",
        "jusqu'à",
        "jusqu’à",
        "avant",
        "après",
        "depuis",
        "à partir de",
        "entre",
    ),
}
DURATION_CUES: dict[str, tuple[str, ...]] = {
    "en": ("for", "during", "lasting", "lasted", "over", "within", "last"),
    "fr": ("pendant", "durant", "en", "de", "d'", "d’", "une durée de", "duré"),
}

# Four-digit numbers 1900-2100 after these are years ("in 2014 Russian troops ...").
YEAR_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (
        "in",
        "since",
        "by",
        "until",
        "of",
        "from",
        "to",
        "early",
        "late",
        "mid",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ),
    "fr": (
        "en",
        "depuis",
        "de",
        "d'",
        "d’",
        "fin",
        "début",
        "année",
        "jusqu'en",
        "jusqu’en",
        "dès",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
}
# Reference numbers: "No. 5", "page 12", "n° 3", "vol 123".
REFERENCE_BEFORE: dict[str, tuple[str, ...]] = {
    "en": (
        "no.",
        "number",
        "page",
        "p.",
        "pp.",
        "tel.",
        "phone",
        "room",
        "article",
        "chapter",
        "section",
        "route",
        "highway",
        "line",
        "flight",
        "resolution",
    ),
    "fr": (
        "n°",
        "nº",
        "no",
        "numéro",
        "page",
        "p.",
        "tél.",
        "article",
        "chapitre",
        "ligne",
        "route",
        "vol",
        "résolution",
    ),
}
# Names that end in a number, in any language ("France 24", "Euro 2020").
NAMES_WITH_NUMBERS: tuple[str, ...] = (
    "France",
    "Euro",
    "Channel",
    "Covid",
    "COVID",
    "Airbus",
    "Boeing",
    "Windows",
    "Antenne",
    "BFM",
    "LCI",
    "Canal",
    "Radio",
    "Europe",
)
