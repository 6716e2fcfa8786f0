"""Lithuanian cluster words: concepts (stems end in *) and clause openers."""

from __future__ import annotations

from crisis_timeline.lang.lt.stop_words import STOP_WORDS

CLUSTERS: dict[str, object] = {
    "STOPWORDS": STOP_WORDS,
    "ELISIONS": frozenset(),
    "CLAUSE_OPENERS": ("nuo", "po", "prieš", "kuris", "kuri", "kurie", "kurios", "kur",
                       "kai", "kada"),
    "CONCEPTS": {
        "telefon*": "call", "pokalb*": "call", "deryb*": "talks", "aptar*": "talks",
        "susitik*": "meeting", "vizit*": "visit", "lankė*": "visit", "lankys*": "visit",
        "vandens": "water_cannon", "patrank*": "water_cannon", "ašarin*": "tear_gas",
        "duj*": "tear_gas", "akmen*": "stones", "susirėm*": "clash", "šturm*": "clash",
        "kirt*": "crossing", "kirs*": "crossing", "patikros": "checkpoint",
        "sulaik*": "arrest", "nepaprast*": "emergency", "sankcij*": "sanctions",
        "skryd*": "flight", "lėktuv*": "flight", "repatrij*": "repatriation",
        "grąžin*": "repatriation", "stovykl*": "camp", "tvor*": "fence", "barjer*": "fence",
        "kari*": "troops", "kariuomen*": "troops", "mir*": "death", "žuv*": "death",
        "sužeist*": "injury", "humanitarin*": "aid", "pagalb*": "aid",
        "prieglobst*": "asylum", "hibridin*": "hybrid", "kaltin*": "accusation",
        "balsav*": "vote", "seim*": "parliament", "pratyb*": "drills", "uždar*": "closure",
        "apgręž*": "pushback", "eisen*": "march", "minia": "gathering", "interviu": "interview",
        "laišk*": "letter",
    },
}  # fmt: skip
