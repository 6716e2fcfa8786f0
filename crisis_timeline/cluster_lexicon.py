"""The clustering's word tables, in English and French: stopwords, elisions, clause
openers, the cross-language concept words, event-type families, label nouns, units as
displayed, the rounding bands of qualified figures, and the voices (outlets, agencies,
presidencies) that report rather than take part.

Tables only; crisis_timeline/clusters/ and text_features.py read them. Other languages keep
theirs in crisis_timeline/lang/<code>/clusters.py.
"""

from __future__ import annotations

from crisis_timeline.lang._view import TableView

# --------------------------------------------------------------------------------------
# Language tables of English and French (other languages: crisis_timeline/lang/<code>/)
# --------------------------------------------------------------------------------------

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """a about above after again against all almost also am an and any are as at be because
        been before being below between both but by can could did do does doing down during each
        few for from further had has have having he her here hers herself him himself his how i if
        in into is it its itself just me more most my myself no nor not now of off on once only or
        other our ours ourselves out over own same she should so some such than that the their
        theirs them themselves then there these they this those through to too under until up
        very was we were what when where which while who whom why will with would you your yours
        yourself yourselves said says say told according would could may might must shall also
        one two three four five six seven eight nine ten first last new many much mr mrs ms
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week
        weeks day days month months year years ago earlier later late since still yet however
        including around near like just another even well back made make get got within across
        upon whether though although via per s t don didn doesn isn wasn weren hasn haven
        january february march april may june july august september october november december
        """.split()
    ),
    "fr": frozenset(
        """a à au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les
        leur leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que
        qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y été étée étées étés
        étant suis es est sommes êtes sont serai sera serons seront serait seraient étais était
        étions étiez étaient fus fut furent sois soit soyons soient ai as avons avez ont aurai
        aura aurons auront aurait auraient avais avait avions aviez avaient eu eue eus eut ceci
        cela celà ça celui celle ceux celles dont lequel laquelle lesquels lesquelles ni non oui
        plus moins très tout tous toute toutes autre autres aussi ainsi alors après avant depuis
        pendant entre sans sous selon chez vers comme si quand donc car puis encore déjà bien
        fait faire dit dire déclaré indiqué selon également notamment lundi mardi mercredi jeudi
        vendredi samedi dimanche aujourd hier demain semaine semaines jour jours mois an ans année
        années janvier février mars avril mai juin juillet août septembre octobre novembre
        décembre deux trois quatre cinq six sept huit neuf dix premier première dernier dernière
        cours fin début lors afin ainsi leur peu être avoir quelque quelques chaque
        """.split()
    ),
}

# French elided articles and pronouns ("l'instrumentalisation" -> "instrumentalisation").
_ELISIONS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "fr": frozenset({"l", "d", "qu", "n", "s", "c", "j", "m", "t", "jusqu", "lorsqu", "puisqu"}),
}

# Words that open a clause of its own ("... since his disputed re-election in August 2020",
# "... après le détournement d'un vol Ryanair le 23 mai"): a date inside such a clause dates
# that clause's happening, not the sentence's main one.
_CLAUSE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("since", "after", "following", "before", "which", "who", "whose", "where", "when"),
    "fr": ("depuis", "après", "avant", "qui", "dont", "où", "lorsque", "quand", "lors"),
}

# Word -> language-neutral concept key. These carry meaning across languages where the
# canonical entities do not: "spoke on the phone" and "entretien téléphonique" are both a
# call. A key is a word, a stem ending in "*" (French verbs and nouns inflect: "rapatri*"
# covers rapatrié, rapatriés, rapatriement) or two words ("turned back").
_CONCEPTS: dict[str, dict[str, str]] = {
    "en": {
        # talks between officials
        "phone": "call",
        "phones": "call",
        "telephone": "call",
        "phoned": "call",
        "call": "call",
        "calls": "call",
        "conversation": "call",
        "conversations": "call",
        "talks": "talks",
        "talk": "talks",
        "talked": "talks",
        "talking": "talks",
        "spoke": "talks",
        "spoken": "talks",
        "speak": "talks",
        "discussed": "talks",
        "negotiat*": "talks",
        "meeting": "meeting",
        "meetings": "meeting",
        "met": "meeting",
        "meet": "meeting",
        "summit": "meeting",
        "visit": "visit",
        "visits": "visit",
        "visited": "visit",
        "toured": "visit",
        # measures
        "sanction*": "sanctions",
        "blacklist*": "sanctions",
        "emergency": "emergency",
        "decree": "decree",
        "law": "decree",
        "legislation": "decree",
        "vote": "vote",
        "voted": "vote",
        "votes": "vote",
        "parliament": "parliament",
        "lawmakers": "parliament",
        "deputies": "parliament",
        "sejm": "parliament",
        "election": "election",
        "elections": "election",
        "re-election": "election",
        "ballot": "election",
        "presidential": "election",
        "closed": "closure",
        "closure": "closure",
        "shut": "closure",
        "suspended": "suspension",
        "suspend": "suspension",
        "suspends": "suspension",
        "suspension": "suspension",
        "diverted": "diversion",
        "diversion": "diversion",
        "hijacking": "diversion",
        "fence": "fence",
        "fences": "fence",
        "wall": "fence",
        "walls": "fence",
        "barrier": "fence",
        "barriers": "fence",
        "razor": "fence",
        "letter": "letter",
        # flights home
        "flight": "flight",
        "flights": "flight",
        "plane": "flight",
        "planes": "flight",
        "airline": "flight",
        "airlines": "flight",
        "airlift": "flight",
        "landed": "flight",
        "repatriat*": "repatriation",
        "fly home": "repatriation",
        "flown home": "repatriation",
        "return home": "repatriation",
        # the border
        "crossed": "crossing",
        "crossing": "checkpoint",  # mostly the place ("the Kuźnica crossing")
        "crossings": "checkpoint",
        "cross": "crossing",
        "attempts": "crossing",
        "checkpoint": "checkpoint",
        "storm": "storming",
        "stormed": "storming",
        "storming": "storming",
        "marched": "march",  # not "march": the month
        "marching": "march",
        "column": "march",
        "gathered": "gathering",
        "massing": "gathering",
        "massed": "gathering",
        "amassed": "gathering",
        "stranded": "stranded",
        "trapped": "stranded",
        "camp": "camp",
        "camps": "camp",
        "camped": "camp",
        "encampment": "camp",
        "arrested": "arrest",
        "detained": "arrest",
        "arrests": "arrest",
        "detentions": "arrest",
        "pushbacks": "pushback",
        "pushback": "pushback",
        "pushed back": "pushback",
        "turn back": "pushback",
        "turned back": "pushback",
        # violence and its toll
        "gas": "tear_gas",
        "cannon": "water_cannon",
        "cannons": "water_cannon",
        "stones": "stones",
        "rocks": "stones",
        "clash": "clash",
        "clashes": "clash",
        "confrontation": "clash",
        "injured": "injury",
        "wounded": "injury",
        "hurt": "injury",
        "died": "death",
        "dead": "death",
        "death": "death",
        "deaths": "death",
        "killed": "death",
        "body": "death",
        "bodies": "death",
        # aid
        "aid": "aid",
        "tents": "aid",
        "heaters": "aid",
        "food": "aid",
        "humanitarian": "aid",
        "asylum": "asylum",
        # force
        "troops": "troops",
        "soldiers": "troops",
        "paratroopers": "troops",
        "deployed": "troops",
        "bombers": "aircraft",
        "jets": "aircraft",
        "patrol": "aircraft",
        "drills": "drills",
        "exercises": "drills",
        "annexed": "annexation",
        "annexation": "annexation",
        "war": "war",
        # words
        "tweet": "tweet",
        "tweeted": "tweet",
        "twitter": "tweet",
        "accused": "accusation",
        "accuses": "accusation",
        "accusations": "accusation",
        "denied": "denial",
        "denies": "denial",
        "deny": "denial",
        "hybrid": "hybrid",
        "interview": "interview",
    },
    "fr": {
        "téléphon*": "call",
        "appel": "call",
        "appels": "call",
        "conversation": "call",
        "conversations": "call",
        "entretien": "talks",
        "entretiens": "talks",
        "entretenu*": "talks",
        "parlé": "talks",
        "discuté": "talks",
        "pourparlers": "talks",
        "négoci*": "talks",
        "rencontre": "meeting",
        "rencontré*": "meeting",
        "réunion": "meeting",
        "réunis": "meeting",
        "sommet": "meeting",
        "visite": "visit",
        "visité": "visit",
        "sanction*": "sanctions",
        "urgence": "emergency",
        "décret": "decree",
        "loi": "decree",
        "vote": "vote",
        "voté": "vote",
        "prononcer": "vote",
        "parlement": "parliament",
        "parlementaires": "parliament",
        "députés": "parliament",
        "diète": "parliament",
        "élection": "election",
        "élections": "election",
        "présidentielle": "election",
        "présidentielles": "election",
        "réélection": "election",
        "réélu": "election",
        "scrutin": "election",
        "fermé": "closure",
        "fermée": "closure",
        "fermeture": "closure",
        "fermer": "closure",
        "suspendu*": "suspension",
        "suspension": "suspension",
        "détournement": "diversion",
        "détourné": "diversion",
        "clôture": "fence",
        "clôtures": "fence",
        "mur": "fence",
        "murs": "fence",
        "barrière*": "fence",
        "barbelés": "fence",
        "lettre": "letter",
        "vol": "flight",
        "vols": "flight",
        "avion": "flight",
        "avions": "flight",
        "appareil": "flight",
        "aérien*": "flight",
        "atterri": "flight",
        "rapatri*": "repatriation",
        "franchi": "crossing",
        "franchir": "crossing",
        "franchissement": "crossing",
        "traversé": "crossing",
        "tentatives": "crossing",
        "passages": "crossing",
        "poste-frontière": "checkpoint",
        "marchant": "march",
        "marche": "march",
        "colonne": "march",
        "massés": "gathering",
        "rassemblés": "gathering",
        "amassés": "gathering",
        "bloqués": "stranded",
        "coincés": "stranded",
        "camp": "camp",
        "camps": "camp",
        "campement": "camp",
        "arrêtés": "arrest",
        "interpellé*": "arrest",
        "refoul*": "pushback",
        "lacrymogène": "tear_gas",
        "lacrymogènes": "tear_gas",
        "canons": "water_cannon",
        "canon": "water_cannon",
        "pierres": "stones",
        "affrontement*": "clash",
        "heurts": "clash",
        "blessé*": "injury",
        "mort": "death",
        "morts": "death",
        "décès": "death",
        "tués": "death",
        "corps": "death",
        "aide": "aid",
        "tentes": "aid",
        "nourriture": "aid",
        "humanitaire*": "aid",
        "asile": "asylum",
        "troupes": "troops",
        "soldats": "troops",
        "parachutistes": "troops",
        "déployé*": "troops",
        "bombardiers": "aircraft",
        "patrouill*": "aircraft",
        "exercices": "drills",
        "manœuvres": "drills",
        "annexé*": "annexation",
        "annexion": "annexation",
        "guerre": "war",
        "tweet": "tweet",
        "tweeté": "tweet",
        "accus*": "accusation",
        "nié": "denial",
        "nie": "denial",
        "démenti": "denial",
        "hybride": "hybrid",
        "entretien accordé": "interview",
    },
}

# --------------------------------------------------------------------------------------
# Language-neutral tables: event types, labels, units, quantity qualifiers
# --------------------------------------------------------------------------------------

# Types that can describe the same happening: a call is often reported as what was said in it.
TYPE_FAMILY: dict[str, str] = {"diplomacy": "talk", "statement": "talk"}
COMPATIBLE_TYPE_FACTOR = 0.85

# Concept -> the event type(s) it is the cue of. The extractor gives a sentence one type,
# but outlets frame one happening differently ("Morawiecki s'est rendu ... où il a
# rencontré des soldats" may be typed `other`, "Morawiecki visited troops" `diplomacy`);
# two events whose types or words name one kind of happening can report the same one (at
# IMPLIED_TYPE_FACTOR). The concepts' types are also concept keys ("type:border_crossing"),
# so "gathering" and "march" are not wholly different words.
CONCEPT_TYPES: dict[str, str | tuple[str, ...]] = {
    "call": "diplomacy",
    "talks": "diplomacy",
    "meeting": "diplomacy",
    "visit": "diplomacy",
    "sanctions": "sanctions",
    "emergency": "other",
    "decree": "other",
    "vote": "other",
    "parliament": "other",
    "election": "other",
    "closure": "other",
    "suspension": "other",
    "diversion": "other",
    "fence": "other",
    "repatriation": "repatriation",
    "crossing": "border_crossing",
    "storming": "border_crossing",
    "march": "border_crossing",
    "gathering": "border_crossing",
    "stranded": "border_crossing",
    "arrest": "border_crossing",
    "pushback": "border_crossing",
    "tear_gas": "clash",
    "water_cannon": "clash",
    "stones": "clash",
    "clash": "clash",
    "injury": ("casualties", "clash"),  # the injured of a clash are part of the clash
    "death": "casualties",
    "aid": "humanitarian",
    "camp": "humanitarian",
    "troops": "military",
    "aircraft": "military",
    "drills": "military",
    "annexation": "military",
    "war": "military",
    "tweet": "statement",
    "accusation": "statement",
    "denial": "statement",
}
IMPLIED_TYPE_FACTOR = 0.8

# A cluster's type is its members' majority type; ties go to the more specific one.
TYPE_PRIORITY: tuple[str, ...] = (
    "casualties",
    "repatriation",
    "clash",
    "sanctions",
    "military",
    "border_crossing",
    "diplomacy",
    "humanitarian",
    "statement",
    "other",
)

# event type -> (concept, noun) in preference order; concept None is the fallback noun.
LABEL_NOUNS: dict[str, tuple[tuple[str | None, str], ...]] = {
    "diplomacy": (
        ("call", "phone call"),
        ("meeting", "meeting"),
        ("visit", "visit"),
        (None, "talks"),
    ),
    "statement": (("tweet", "tweet"), (None, "statement")),
    "sanctions": ((None, "sanctions"),),
    "border_crossing": (
        ("storming", "border storming"),
        ("arrest", "border arrests"),
        ("pushback", "pushbacks"),
        ("camp", "border camp"),
        (None, "border crossing"),
    ),
    "clash": (
        ("tear_gas", "clash (tear gas)"),
        ("water_cannon", "clash (water cannon)"),
        (None, "clash"),
    ),
    "humanitarian": (("aid", "aid"), (None, "humanitarian situation")),
    "military": (
        ("aircraft", "air patrol"),
        ("drills", "military drills"),
        ("troops", "troop deployment"),
        (None, "military move"),
    ),
    "casualties": ((None, "deaths"),),
    "repatriation": (("flight", "repatriation flight"), (None, "repatriation")),
    "other": (
        ("emergency", "state of emergency"),
        ("election", "election"),
        ("vote", "vote"),
        ("closure", "border closure"),
        ("fence", "border barrier"),
        ("suspension", "suspension"),
        ("diversion", "flight diversion"),
        (None, "event"),
    ),
}

# Words that make a canonical actor name an organisation or group, not a person, so the
# label keeps the whole name ("European Union") instead of a surname.
NON_PERSON_WORDS: frozenset[str] = frozenset(
    """union commission council parliament ministry office palace agency organization
    organisation guard guards police army forces government nations cross media airlines
    airline committee court bank service services kremlin elysee élysée nato unhcr iom
    european polish belarusian lithuanian latvian estonian russian german french iraqi
    turkish british american syrian ukrainian kurdish international united state states
    republic border""".split()
)

# unit -> (title in a detail line, noun in "Only X gives ...", abbreviation after a value)
UNIT_DISPLAY: dict[str, tuple[str, str, str]] = {
    "minute": ("Duration", "a duration", "min"),
    "hour": ("Duration", "a duration", "h"),
    "day": ("Duration", "a duration", "days"),
    "person": ("Number of people", "a number of people", "people"),
    "migrant": ("Number of migrants", "a number of migrants", "migrants"),
    "soldier": ("Number of soldiers", "a number of soldiers", "soldiers"),
    "troop": ("Number of troops", "a number of troops", "troops"),
    "death": ("Deaths", "a death toll", "deaths"),
    "kilometre": ("Distance", "a distance", "km"),
    "euro": ("Amount", "an amount", "EUR"),
    "dollar": ("Amount", "an amount", "USD"),
    "percent": ("Share", "a share", "per cent"),
    "month": ("Duration", "a duration", "months"),
    "year": ("Duration", "a duration", "years"),
    "refugee": ("Number of refugees", "a number of refugees", "refugees"),
    "asylum seeker": ("Number of asylum seekers", "a number of asylum seekers", "asylum seekers"),
    "border guard": ("Number of border guards", "a number of border guards", "border guards"),
    "police officer": ("Number of police officers", "a number of police officers", "officers"),
    "child": ("Number of children", "a number of children", "children"),
    "civilian": ("Number of civilians", "a number of civilians", "civilians"),
    "family": ("Number of families", "a number of families", "families"),
    "man": ("Number of men", "a number of men", "men"),
    "woman": ("Number of women", "a number of women", "women"),
    "journalist": ("Number of journalists", "a number of journalists", "journalists"),
    "life": ("Lives", "a number of lives", "lives"),
    "country": ("Number of countries", "a number of countries", "countries"),
    "camp": ("Number of camps", "a number of camps", "camps"),
    "tent": ("Number of tents", "a number of tents", "tents"),
    "flight": ("Number of flights", "a number of flights", "flights"),
    "aircraft": ("Number of aircraft", "a number of aircraft", "aircraft"),
    "bomber": ("Number of bombers", "a number of bombers", "bombers"),
    "helicopter": ("Number of helicopters", "a number of helicopters", "helicopters"),
    "warship": ("Number of warships", "a number of warships", "warships"),
    "tank": ("Number of tanks", "a number of tanks", "tanks"),
    "truck": ("Number of trucks", "a number of trucks", "trucks"),
    "bus": ("Number of buses", "a number of buses", "buses"),
}

# How far a figure can be from its stated value and still agree, as (low, high) relative
# bands. Exact figures allow rounding (2%); "around" 10% either way; "almost" means a bit
# under, so "almost two hours" (108-120 min) disagrees with "one hour and 45 minutes"
# (105 min) while "around 2,000" agrees with "2,000".
EXACT_BAND = (-0.02, 0.02)
APPROXIMATE_BAND = (-0.10, 0.10)
QUALIFIER_BANDS: dict[str, tuple[float, float]] = {
    # en
    "around": APPROXIMATE_BAND,
    "about": APPROXIMATE_BAND,
    "approximately": APPROXIMATE_BAND,
    "roughly": APPROXIMATE_BAND,
    "some": APPROXIMATE_BAND,
    "almost": (-0.10, 0.0),
    "nearly": (-0.10, 0.0),
    "just under": (-0.10, 0.0),
    "more than": (0.0, 0.5),
    "over": (0.0, 0.5),
    "at least": (0.0, 0.5),
    "upwards of": (0.0, 0.5),
    "less than": (-0.5, 0.0),
    "fewer than": (-0.5, 0.0),
    "under": (-0.5, 0.0),
    "up to": (-0.5, 0.0),
    "at most": (-0.5, 0.0),
    # fr
    "environ": APPROXIMATE_BAND,
    "près de": APPROXIMATE_BAND,
    "quelque": APPROXIMATE_BAND,
    "autour de": APPROXIMATE_BAND,
    "presque": (-0.10, 0.0),
    "quasiment": (-0.10, 0.0),
    "pas loin de": (-0.10, 0.0),
    "plus de": (0.0, 0.5),
    "au moins": (0.0, 0.5),
    "moins de": (-0.5, 0.0),
    "jusqu'à": (-0.5, 0.0),
    # vague magnitudes ("hundreds of migrants", "des milliers"): the value is a floor
    "dozens": (0.0, 9.0),
    "hundreds": (0.0, 9.0),
    "thousands": (0.0, 9.0),
    "dizaines": (0.0, 9.0),
    "centaines": (0.0, 9.0),
    "milliers": (0.0, 9.0),
}

# Actors that are voices, not participants: outlets, news agencies and presidencies that a
# sentence cites ("a statement from the Elysee Palace said"). They say nothing about which
# happening a sentence reports, so matching and labels ignore them. data/actors.csv adds
# every actor whose role contains one of VOICE_ROLE_WORDS.
VOICE_ACTORS: frozenset[str] = frozenset(
    {
        "Élysée Palace",
        "Kremlin",
        "White House",
        "Reuters",
        "Agence France-Presse",
        "Associated Press",
        "Belarusian state media",
        "BelTA",
        "TASS",
        "RIA Novosti",
        "Sputnik",
        "Interfax",
        "Polish Press Agency",
        "Journal du Dimanche",
        "NEXTA",
        "France 24",
        "Radio France Internationale",
        "The Independent",
    }
)
VOICE_ROLE_WORDS: tuple[str, ...] = (
    "news agency",
    "news outlet",
    "media",
    "newspaper",
    "broadcaster",
    "television",
    "channel",
    "presidency",
    "presidential administration",
)


# English and French are written above; lang/en and lang/fr read them here (BUILT_IN). The
# pipeline reads every language through the registry: these names are views of
# crisis_timeline.lang.tables(code), so a code without a folder gets an empty table.
BUILT_IN: dict[str, dict] = {
    "STOPWORDS": _STOPWORDS,
    "ELISIONS": _ELISIONS,
    "CLAUSE_OPENERS": _CLAUSE_OPENERS,
    "CONCEPTS": _CONCEPTS,
}
STOPWORDS: TableView = TableView(lambda t: t.clusters["STOPWORDS"])
ELISIONS: TableView = TableView(lambda t: t.clusters["ELISIONS"])
CLAUSE_OPENERS: TableView = TableView(lambda t: t.clusters["CLAUSE_OPENERS"])
CONCEPTS: TableView = TableView(lambda t: t.clusters["CONCEPTS"])
