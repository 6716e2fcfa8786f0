"""English cluster words: stopwords, clause openers and concepts (words that mean one thing
across languages: "phone" and "entretien téléphonique" are both a call).

How each table is used: crisis_timeline/cluster_lexicon.py and crisis_timeline/clusters/.
"""

from __future__ import annotations

CLUSTERS: dict[str, object] = {
    "STOPWORDS": frozenset(
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
    # Elided articles and pronouns stripped from a word's front (French "l'"): none in English.
    "ELISIONS": frozenset(),
    # Words that open a clause of its own ("... since his disputed re-election in August 2020",
    # "... après le détournement d'un vol Ryanair le 23 mai"): a date inside such a clause dates
    # that clause's happening, not the sentence's main one.
    "CLAUSE_OPENERS": (
        "since",
        "after",
        "following",
        "before",
        "which",
        "who",
        "whose",
        "where",
        "when",
    ),
    # Word -> language-neutral concept key. These carry meaning across languages where the
    # canonical entities do not: "spoke on the phone" and "entretien téléphonique" are both a
    # call. A key is a word, a stem ending in "*" (French verbs and nouns inflect: "rapatri*"
    # covers rapatrié, rapatriés, rapatriement) or two words ("turned back").
    "CONCEPTS": {
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
}
