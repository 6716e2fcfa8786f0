"""The clustering's language-free tables: event-type families, units as displayed, the
rounding bands of qualified figures, and the voices (outlets, agencies, presidencies) that
report rather than take part; plus views of every language's cluster words.

Tables only; crisis_timeline/clusters/ and text_features.py read them. Each language keeps
its stopwords, elisions, clause openers and concept words in
crisis_timeline/lang/<code>/clusters.py, read through crisis_timeline.lang.tables(code).
"""

from __future__ import annotations

from crisis_timeline.lang._view import TableView

# --------------------------------------------------------------------------------------
# Language-neutral tables: event types, units, quantity qualifiers, voices
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
    "zloty": ("Amount", "an amount", "PLN"),
    "rouble": ("Amount", "an amount", "RUB"),
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


# Every language's cluster words, as views of crisis_timeline.lang.tables(code): a code
# without a folder gets an empty table.
STOPWORDS: TableView = TableView(lambda t: t.clusters["STOPWORDS"])
ELISIONS: TableView = TableView(lambda t: t.clusters["ELISIONS"])
CLAUSE_OPENERS: TableView = TableView(lambda t: t.clusters["CLAUSE_OPENERS"])
CONCEPTS: TableView = TableView(lambda t: t.clusters["CONCEPTS"])
