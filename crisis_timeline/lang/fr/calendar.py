"""French calendar words, date grammar and tense cues: the tagger's French `Lexicon`.

Weekday and month names, the words that license a bare month or year, parts of the day,
deictic phrases ("hier", "la semaine dernière", "le lendemain"), clock times ("20h30"),
tense cues (passé composé, plus-que-parfait), and the negative cues (participles, nouns).
Conventions of every table: crisis_timeline/temporal_lexicon.py.
"""

from __future__ import annotations

from crisis_timeline.lang._calendar import day_words
from crisis_timeline.temporal_lexicon import NEWSPAPER_AFTER, NEWSPAPER_BEFORE, Lexicon, Phrase

_DAY_WORDS_FR = {
    "aujourd'hui": 0,
    "hier": -1,
    "d'hier": -1,  # "les heurts d'hier": the elided "de" hides "hier" from the word boundary
    "demain": 1,
    "avant-hier": -2,
    "après-demain": 2,
    "apres-demain": 2,
}


def _de(phrase: str) -> str:
    """French 'de' + a period phrase, contracted: 'du mois dernier', 'de l'année prochaine'."""
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    return "de " + phrase


def _fr_period_phrases() -> dict[str, Phrase]:
    """'cette semaine', 'plus tôt ce mois-ci', 'la fin de l'année dernière'..."""
    periods = {
        "week": {"cette semaine": 0, "la semaine dernière": -1, "la semaine passée": -1,
                 "la semaine prochaine": 1, "la semaine": 0},
        "month": {"ce mois-ci": 0, "ce mois": 0, "le mois dernier": -1, "le mois passé": -1,
                  "le mois prochain": 1, "le mois": 0},
        "year": {"cette année": 0, "l'année dernière": -1, "l'année passée": -1, "l'an dernier": -1,
                 "l'an passé": -1, "l'année prochaine": 1, "l'an prochain": 1, "l'année": 0},
    }  # fmt: skip
    within = {"week": "la semaine", "month": "le mois", "year": "l'année"}
    phrases = {}
    for unit, table in periods.items():
        for phrase, offset in table.items():
            bare = phrase in ("la semaine", "le mois", "l'année")  # a date only with a modifier
            if not bare:
                phrases[phrase] = Phrase(unit, offset)
            for modifier in ("la fin", "le début", "le milieu"):
                phrases[f"{modifier} {_de(phrase)}"] = Phrase(unit, offset)
            # "au début de l'année", "au milieu du mois dernier"; not "au début du mois" (of
            # March, as often as of this one: "au début du mois de mars 2020")
            if phrase not in ("la semaine", "le mois"):
                for modifier in ("au début", "au milieu"):
                    phrases[f"{modifier} {_de(phrase)}"] = Phrase(unit, offset)
            if offset == 0 and not bare:
                for modifier in ("plus tôt", "plus tard"):
                    phrases[f"{modifier} {phrase}"] = Phrase(unit)
        for modifier in ("plus tôt", "plus tard", "tôt", "tard"):
            phrases[f"{modifier} dans {within[unit]}"] = Phrase(unit)
        for relation, offset in (("précédent", -1), ("suivant", 1)):
            name = within[unit]
            ending = "e" if name.startswith(("la", "l'")) else ""
            phrases[f"{name} {relation}{ending}"] = Phrase(unit, offset, "narrative")
    return phrases


_FR_PERIOD_PHRASES = _fr_period_phrases()


# A rolling day, the border guards' daily count (Lexicon.rolling_day_phrases).
_ROLLING_DAY = ("dernières 24 heures", "dernières vingt-quatre heures", "24 dernières heures")

_PHRASES_FR: dict[str, Phrase] = {
    **{phrase: Phrase("day") for phrase in _ROLLING_DAY},
    **day_words(_DAY_WORDS_FR),
    # le jour que le récit raconte, comme "ce jour-là" (en: "earlier in the day")
    "plus tôt dans la journée": Phrase("day", 0, "narrative"),
    # le direct : « il y a quelques instants », le jour de l'auteur
    "il y a quelques instants": Phrase("day"),
    "plus tard dans la journée": Phrase("day", 0, "narrative"),
    "ce matin": Phrase("day", time_of_day="morning"),
    "cet après-midi": Phrase("day", time_of_day="afternoon"),
    "ce soir": Phrase("day", time_of_day="evening"),
    "cette nuit": Phrase("day", time_of_day="night"),
    "la nuit dernière": Phrase("day", -1, time_of_day="night"),
    **_FR_PERIOD_PHRASES,
    "début de semaine": Phrase("week"),
    "milieu de semaine": Phrase("week"),
    "fin de semaine": Phrase("week"),
    "fin de mois": Phrase("month"),
    "début de mois": Phrase("month"),
    # "attendues en début de semaine prochaine" (batch 31): the next week's start, not this
    **{
        f"{part} de semaine {which}": Phrase("week", offset)
        for part in ("début", "milieu", "fin")
        for which, offset in (("prochaine", 1), ("dernière", -1))
    },
    **{
        f"{part} de mois {which}": Phrase("month", offset)
        for part in ("début", "fin")
        for which, offset in (("prochain", 1), ("dernier", -1))
    },
    "fin d'année": Phrase("year"),
    "début d'année": Phrase("year"),
    "le week-end": Phrase("weekend", reference="tense"),
    "ce week-end": Phrase("weekend", reference="this"),
    "le week-end dernier": Phrase("weekend", reference="before"),
    "le week-end passé": Phrase("weekend", reference="before"),
    "le week-end prochain": Phrase("weekend", reference="after"),
    "le lendemain": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "le surlendemain": Phrase("day", 2, "narrative"),
    "la veille": Phrase("day", -1, "narrative", takes_part_of_day=True, relative_to_event=True),
    "l'avant-veille": Phrase("day", -2, "narrative", relative_to_event=True),
    "le même jour": Phrase("day", 0, "narrative"),
    "le jour même": Phrase("day", 0, "narrative"),
    "ce jour-là": Phrase("day", 0, "narrative"),
    "ce matin-là": Phrase("day", 0, "narrative", time_of_day="morning"),
    "ce soir-là": Phrase("day", 0, "narrative", time_of_day="evening"),
    "cette nuit-là": Phrase("day", 0, "narrative", time_of_day="night"),
    "cette semaine-là": Phrase("week", 0, "narrative"),
    "cette année-là": Phrase("year", 0, "narrative"),
}


_CLOCK_FR = (
    r"(?:[01]?\d|2[0-3]) ?h ?(?:[0-5]\d)?(?!\w)",
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?",
    r"(?:[01]?\d|2[0-3]) heures?(?: [0-5]\d)?(?!\w)",
    r"midi",
    r"minuit",
)


_FR_CUE_BLOCKERS = frozenset(
    {
        "le", "la", "les", "un", "une", "des", "du", "de", "sa", "son", "ses", "leur",
        "leurs", "cette", "ce", "cet", "ces", "notre", "nos", "votre", "vos", "mon", "ma",
        "mes", "première", "dernière", "nouvelle", "prochaine",
    }
)  # fmt: skip


_FR_REPORTING_VERBS = frozenset(
    {
        "dit", "indiqué", "déclaré", "annoncé", "affirmé", "précisé", "ajouté", "expliqué",
        "assuré", "souligné", "confirmé", "averti", "prévenu",
    }
)  # fmt: skip


_FR_PARTICIPLES = frozenset(
    {
        "élu", "élue", "élus", "élues", "réuni", "réunie", "réunis", "réunies", "parti",
        "partie", "partis", "parties", "venu", "venue", "venus", "venues", "revenu",
        "revenue", "reçu", "reçue", "reçus", "reçues", "mort", "morte", "morts", "mortes",
        "né", "née", "nés", "nées", "pris", "prise", "prises", "mis", "mise", "mises",
        "détenu", "détenue", "détenus", "retenu", "retenue", "retenus", "tenu", "tenue",
        "interrompu", "interrompue", "battu", "battue", "battus", "vaincu", "vaincue",
        "sorti", "sortie", "sortis", "disparu", "disparue", "disparus", "survenu", "survenue",
        "intervenu", "parvenu", "parvenue", "conquis", "surpris", "soumis", "abattu",
        "abattue", "abattus", "ouvert", "ouverte", "dit", "dite", "écrit", "écrite",
        "saisi", "saisie", "saisis", "choisi", "choisie", "choisis", "établi", "établie",
        "réussi", "accueilli", "accueillie", "accueillis", "conclu", "conclue", "perdu",
        "perdue", "perdus", "vendu", "vendue", "rendu", "rendue", "entendu", "entendue",
        "suspendu", "suspendue", "descendu", "obtenu", "obtenue", "maintenu", "maintenue",
        "soutenu", "soutenue", "convaincu", "reconnu", "reconnue", "servi", "suivi", "suivie",
        "poursuivi", "poursuivie", "investi", "investie", "envahi", "fini", "finie",
        "averti", "avertie", "interdit", "interdite", "promis", "promise", "remis", "remise",
        "transmis", "commis", "admis", "admise", "compris", "repris", "reprise", "appris",
        "acquis", "requis", "condamné", "inculpé",
        "fait", "faite", "atteint", "atteinte", "éteint", "éteinte", "construit",
        "construite", "conduit", "conduite", "produit", "détruit", "détruite",
    }
)  # fmt: skip


_FR_PARTICIPLE_STOPWORDS = frozenset(
    {
        "année", "journée", "soirée", "matinée", "côté", "été", "société", "liberté",
        "sécurité", "activité", "entrée", "arrivée", "armée", "pensée", "idée", "musée",
        "lycée", "allée", "durée", "fumée", "marée", "rentrée", "tournée", "assemblée",
        "délégué", "député", "comité", "marché", "clergé", "congé", "degré", "café", "thé",
        "bébé", "résumé", "communiqué", "employé", "salarié", "allié", "alliés", "associé",
        "invité", "réfugié", "réfugiés", "émigré", "blessé", "blessés", "andré", "rené",
        "josé", "aimé", "noé", "désiré", "honoré", "chloé", "zoé", "renée", "andrée",
        "santé", "qualité", "quantité", "majorité", "autorité", "autorités", "unité",
        "communauté", "université", "solidarité", "vérité", "identité", "électricité",
        "difficulté", "nationalité", "priorité", "fraternité", "égalité", "dignité",
        "réalité", "capacité", "volonté", "beauté", "cité", "traité", "traités", "procédé",
        "défilé", "dégradé", "opéra", "épée", "vallée", "poupée", "chaussée", "randonnée",
        "destinée", "corvée", "bouchée", "portée", "montée", "visée", "mosquée", "odyssée",
        "trophée", "pâté", "gré", "pré", "blé", "clé", "clés", "thés", "cafés", "revenu",
        "revenus",
    }
)  # fmt: skip


_FR_PARTICIPLE_BLOCKERS = frozenset(
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "sa", "son", "ses",
        "leur", "leurs", "cette", "ce", "cet", "ces", "notre", "nos", "votre", "vos",
        "être", "été", "sera", "seront", "serait", "seraient", "est", "sont", "soit",
        "soient", "était", "étaient", "va", "vont", "doit", "doivent", "devra", "devront",
        "a", "ont", "avait", "avaient", "aura", "auront", "sera-t-il", "sera-t-elle",
    }
)  # fmt: skip


_FR_STATISTIC_NOUNS = frozenset(
    {
        "chiffres", "chiffre", "données", "statistiques", "résultats", "bilan", "inflation",
        "ventes", "exportations", "importations", "sondage",
    }
)  # fmt: skip


_FR_MANNER_VERBS = frozenset(
    {
        "plus", "trop", "très", "assez", "si", "aussi", "ferme", "ferment", "fermera",
        "fermeront", "quitte", "quittent", "partent", "termine", "terminent",
    }
)  # fmt: skip


# Tense cues around "être": adverbs between auxiliary and participle, participle endings
# (regular and irregular: "éteintes", "assise", "produites", "ouverte"), and the
# participles of the verbs conjugated with "être", whose "est|sont" + participle is a passé
# composé ("est arrivé", "sont partis", "est décédée") rather than a present passive.
_FR_BE_ADVERBS = (
    "(?:également|aussi|déjà|notamment|bien|encore|pas|ensuite|alors|récemment|enfin|"
    "finalement|toujours|désormais)"
)
_FR_PARTICIPLE_END = (
    "(?:é|ée|és|ées|u|ue|us|ues|i|ie|is|ies|ise|ises|it|ite|its|ites|ert|erte|erts|ertes|"
    "ort|orte|orts|ortes|int|inte|ints|intes)"
)
_FR_BE_VERB_PARTICIPLES = (
    "(?:(?:arriv|tomb|rest|entr|rentr|mont|remont|retourn|pass|repass|décéd|all|"
    "débarqu|accost)ée?s?|(?:re|de|inter|par|sur|ad|pro)?venue?s?|(?:re)?descendue?s?|"
    "apparue?s?|accourue?s?|(?:re)?partie?s?|(?:res)?sortie?s?|morte?s?|née?s?)"
)

# Nouns whose complement month is a date: "les chiffres d'avril".
_FR_DATED_NOUNS = (
    "chiffres", "chiffre", "données", "statistiques", "résultats", "bilan",
    "rapport", "inflation", "élections", "élection", "scrutin", "sommet", "réunion",
    "session", "édition", "manifestation", "manifestations", "attentats", "attentat",
    "grève", "grèves", "ventes", "exportations", "importations", "sondage",
    "référendum", "conseil", "décision", "annonce", "vote",
)  # fmt: skip


# Weekdays listed after a weekly count, "quatre jours par semaine : mardi, mercredi,
# vendredi et dimanche": a timetable (a set), not days that happened.
_WEEKLY_LISTS = tuple(
    f"{count}{mark}{preposition}"
    for count in ("jours par semaine", "fois par semaine")
    for mark in (" –", " -", " —", ":", " :")
    for preposition in ("",)
)


LEXICON = Lexicon(
    lang="fr",
    months={
        "janvier": 1,
        "février": 2,
        "fevrier": 2,
        "mars": 3,
        "avril": 4,
        "mai": 5,
        "juin": 6,
        "juillet": 7,
        "août": 8,
        "aout": 8,
        "septembre": 9,
        "octobre": 10,
        "novembre": 11,
        "décembre": 12,
        "decembre": 12,
    },
    month_abbreviations={
        "janv": 1,
        "févr": 2,
        "fév": 2,
        "fevr": 2,
        "avr": 4,
        "juil": 7,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "déc": 12,
        "dec": 12,
    },
    capitalised_only=frozenset(),
    weekdays={
        "lundi": 0,
        "mardi": 1,
        "mercredi": 2,
        "jeudi": 3,
        "vendredi": 4,
        "samedi": 5,
        "dimanche": 6,
    },
    weekday_abbreviations={
        "lun": 0,
        "mar": 1,
        "mer": 2,
        "jeu": 3,
        "ven": 4,
        "sam": 5,
        "dim": 6,
    },
    day_suffixes=("er",),
    date_determiners=("le",),
    day_month_links=(),
    month_before_day=False,
    period_modifiers={
        "début": "start",
        "fin": "end",
        "mi": "mid",
        "courant": "mid",
        "la fin de": "end",
        "le début de": "start",
        "la mi": "mid",
        "la fin de l'année": "end",
        "le début de l'année": "start",
        "la fin de l'an": "end",
        "les derniers mois de": "end",
        "les premiers mois de": "start",
        # a numbered week of the month: temporal.WEEK_OF_MONTH
        "la première semaine de": "week1",
        "la première semaine d'": "week1",
        "première semaine de": "week1",
        "première semaine d'": "week1",
        "la deuxième semaine de": "week2",
        "la deuxième semaine d'": "week2",
        "la seconde semaine de": "week2",
        "la seconde semaine d'": "week2",
        "la troisième semaine de": "week3",
        "la troisième semaine d'": "week3",
        "la quatrième semaine de": "week4",
        "la quatrième semaine d'": "week4",
        "la dernière semaine de": "week_last",
        "la dernière semaine d'": "week_last",
        "dernière semaine de": "week_last",
        "dernière semaine d'": "week_last",
        # the first or last day of a month or year: temporal_calendar.DAY_OF_PERIOD
        "le premier jour de": "day_first",
        "le premier jour d'": "day_first",
        "premier jour de": "day_first",
        "premier jour d'": "day_first",
        "le dernier jour de": "day_last",
        "le dernier jour d'": "day_last",
        "dernier jour de": "day_last",
        "dernier jour d'": "day_last",
    },
    month_licensors=(
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "jusqu'à",
        "avant",
        "après",
        "entre",
        "d'ici",
        "au mois de",
        "le mois de",
        "du mois de",
        "au mois d'",
        "le mois d'",
        "du mois d'",
        # A month as the complement of a dated noun: "les chiffres d'avril".
        *(f"{noun} {de}" for noun in _FR_DATED_NOUNS for de in ("de", "d'")),  # fmt: skip
    ),
    year_licensors=(
        "en",
        "depuis",
        "dès",
        "jusqu'en",
        "avant",
        "après",
        "entre",
        "d'ici",
        "de",
        "d'",
        "l'année",
        "l'an",
        "pour",
    ),
    # "de 2000 migrants", "pour 2000 personnes": counts when a plural noun follows.
    weak_year_licensors=("de", "d'", "pour"),
    year_nouns_after=frozenset(),
    year_nouns_before=(
        "présidentielle",
        "présidentielles",
        "élection",
        "élections",
        "législatives",
        "municipales",
        "européennes",
        "régionales",
        "scrutin",
        "budget",
        "exercice",
    ),
    year_determiners=(),
    function_words=frozenset(
        {
            "dans",
            "sous",
            "sans",
            "plus",
            "tous",
            "après",
            "depuis",
            "vers",
            "alors",
            "puis",
            "ainsi",
            "lors",
            "leurs",
            "moins",
            "jamais",
            "toujours",
            "mais",
            "très",
            "près",
            "selon",
            "avons",
            "avez",
            "sommes",
            "êtes",
            "sont",
            "ils",
            "elles",
            "nous",
            "vous",
        }
    ),  # fmt: skip
    range_links=("-", "–", "au", "et", "à"),
    noun_phrase_starts=("le", "la", "les", "l'", "de", "du", "des", "d'", "son", "sa", "ses"),
    of_words=("de", "du", "d'"),
    relative_prefixes={"ce": "this"},
    relative_suffixes={"dernier": "before", "passé": "before", "prochain": "after"},
    day_part_prefixes={"tôt": "early morning", "tard": "late"},
    parts_of_day={
        "matin": "morning",
        "après-midi": "afternoon",
        "soir": "evening",
        "en soirée": "evening",
        "en matinée": "morning",
        "dans la soirée": "evening",
        "dans la matinée": "morning",
        "dans la nuit": "night",
        "dans l'après-midi": "afternoon",
        "en fin de journée": "late",
        "en fin d'après-midi": "afternoon",
        "en début de soirée": "evening",
        "en début d'après-midi": "afternoon",
        "en fin de matinée": "morning",
        "en début de matinée": "early morning",
        "au matin": "morning",
        "au soir": "evening",
        "au petit matin": "early morning",
        "à l'aube": "early morning",
        "au lever du jour": "early morning",
        "à la mi-journée": "afternoon",
    },
    part_of_day_of={
        "la nuit de": "night",
        "la nuit du": "night",
        "la soirée de": "evening",
        "la soirée du": "evening",
        "la matinée de": "morning",
        "la matinée du": "morning",
        "l'après-midi de": "afternoon",
        "l'après-midi du": "afternoon",
        "la journée de": None,
        "la journée du": None,
    },
    bare_parts_of_day={
        "la matinée": ("morning", True),
        "l'après-midi": ("afternoon", True),
        "la soirée": ("evening", True),
        "la nuit": ("night", True),
        "matinée": ("morning", True),
        "soirée": ("evening", True),
        "fin de journée": ("late", True),
        "fin d'après-midi": ("afternoon", True),
        "fin de matinée": ("morning", True),
        "début de soirée": ("evening", True),
        "début de matinée": ("early morning", True),
        "début d'après-midi": ("afternoon", True),
        "petit matin": ("early morning", True),
        "tôt le matin": ("early morning", False),
        "tôt dans la matinée": ("early morning", False),
        "tard dans la soirée": ("evening", False),
        "tard dans la nuit": ("night", False),
        "le petit matin": ("early morning", True),
        "l'aube": ("early morning", True),
    },
    bare_part_licensors=("dans", "en", "au", "dès", "durant", "pendant", "à"),
    passive_markers=(),
    deadline_prepositions=("d'ici", "d'ici au", "d'ici à", "au plus tard"),
    phrases=_PHRASES_FR,
    numbers={
        "un": 1,
        "une": 1,
        "deux": 2,
        "trois": 3,
        "quatre": 4,
        "cinq": 5,
        "six": 6,
        "sept": 7,
        "huit": 8,
        "neuf": 9,
        "dix": 10,
        "onze": 11,
        "douze": 12,
        "treize": 13,
        "quatorze": 14,
        "quinze": 15,
        "seize": 16,
        "vingt": 20,
        "trente": 30,
        "quarante": 40,
        "cinquante": 50,
        # approximate counts, read as their round number ("il y a une dizaine de jours")
        "une dizaine de": 10,
        "une quinzaine de": 15,
        "une vingtaine de": 20,
        "une trentaine de": 30,
    },
    units={
        "jour": "day",
        "jours": "day",
        "semaine": "week",
        "semaines": "week",
        "mois": "month",
        "an": "year",
        "ans": "year",
        "année": "year",
        "années": "year",
    },
    relative_templates={
        "ago": ("il y a {n} {unit}",),
        "ahead": ("dans {n} {unit}",),
        "later": ("{n} {unit} plus tard",),
        "earlier": ("{n} {unit} plus tôt", "{n} {unit} auparavant"),
        "past": ("ces {n} derniers {unit}", "les {n} derniers {unit}", "des {n} derniers {unit}"),
    },
    tense_cues={
        "future": (
            "(?:va|vont|vais|vas|allons|allez) (?:(?:bientôt|encore|aussi|également|ensuite|"
            "donc|pas|se|s'|y|en|lui|leur|les|la|le|l'|me|te|nous|vous) ?)*"
            "[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:doit|doivent) (?:(?:se|s'|y|en|lui|leur|les|la|le|l'|encore|aussi|également|"
            "notamment|bientôt) ?)*[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:est|sont) (?:(?:également|aussi|notamment) )?(?:prévue?s?|attendue?s?|"
            "programmée?s?|censée?s?)",
            "prévoi(?:t|ent) (?:de|d')",
            # "repoussé à samedi" schedules; "ont repoussé des migrants samedi" narrates.
            "(?:report|repouss|ajourn|décal)(?:ée?s?|er|e|ent)"
            "(?=(?: (?:l'|l’)?\\w+){0,3} (?:à|au|aux|pour|jusqu))",
            "(?:fixée?s?|programmée?s?|prévue?s?|attendue?s?)",
            "aura lieu",
            "auront lieu",
            "sera",
            "seront",
            "aura",
            "auront",
            "fera",
            "feront",
            "ira",
            "iront",
            "pourra",
            "pourront",
            "devra",
            "devront",
            "viendra",
            "viendront",
            # The conditional of "devoir" forecasts: "les températures devraient atteindre
            # 38 degrés mercredi" is ahead, not a future in the past.
            "devrait",
            "devraient",
            "verra",
            "verront",
            "voudra",
            "faudra",
            "tiendra",
            "tiendront",
            "saura",
            "irons",
            "irez",
            "serons",
            "serez",
            "aurons",
            "aurez",
            "ferons",
            "ferez",
        ),
        "reported": (
            "serait",
            "seraient",
            "aurait",
            "auraient",
            "ferait",
            "feraient",
            "irait",
            "iraient",
            "(?:devait|devaient|allait|allaient) (?:(?:se|s'|y|en|lui|leur|les|la|le|l') ?)*"
            "[^\\W\\d_]+(?:er|ir|re|oir)",
            "(?:était|étaient) (?:prévue?s?|attendue?s?|censée?s?)",
            "(?:risque|risquent|risquait|risquaient) (?:de|d')",
        ),
        # Present tense of a scheduled happening: "La France affronte l'Irlande jeudi",
        # "le sommet se tient lundi", "les électeurs ont jusqu'à dimanche".
        "scheduled": (
            "(?:affronte|affrontent|rencontre|rencontrent|reçoit|reçoivent|accueille|"
            "accueillent|ouvre|ouvrent|rouvre|rouvrent|ferment|referment|débute|débutent|"
            "commence|commencent|démarre|démarrent|reprend|reprennent|expire|expirent|joue|"
            "jouent|dispute|disputent|votent|défilent|manifestent)",
            "(?:entre|entrent) en vigueur",
            "(?:prend|prennent) (?:effet|fin)",
            "(?:a|ont) lieu",
            "ferme (?:ses|leurs) portes",
            "se (?:tient|tiennent|déroule|déroulent|rend|rendent|réunit|réunissent|termine|"
            "terminent)",
            "s'(?:ouvre|ouvrent|achève|achèvent)",
            "(?:appelle|appellent) (?:à|au|aux)",
            "(?:a|as|ont|avez|avons) (?:encore )?jusqu'(?:à|au|en)",
        ),
        "present": (
            "(?:est|sont) en train de",
            "(?:peut|peuvent)",
        ),
        "past": (
            "(?:a|ont|avait|avaient|ai|avons|avez|eu) (?:(?:également|aussi|"
            "déjà|notamment|bien|encore|pas|ensuite|alors|récemment|enfin|finalement|toutefois|"
            "cependant|d'abord|lui-même|elle-même|par ailleurs|ainsi) )*"
            "[^\\W\\d_][^\\W\\d_-]*(?:é|ée|és|ées|i|is|ie|ies|it|ite|u|us|ue|ues|ert|erte|ort|"
            "orte|eint|aint|uit|ait)",
            "(?:a-t-(?:il|elle|on)|ont-(?:ils|elles)|avait-(?:il|elle|on)) "
            "[^\\W\\d_][^\\W\\d_-]*(?:é|ée|és|ées|i|is|ie|ies|it|ite|u|us|ue|ues|ert|erte|ort)",
            # Passé composé of a pronominal verb: "se" makes "sont" an auxiliary, whatever
            # the participle ("s'est rendu", "se sont éteintes", "s'est assise").
            "(?:s'est|se sont|s'était|s'étaient|s'en est|s'en sont|s'y est|s'y sont)"
            f"(?: {_FR_BE_ADVERBS})*(?: [^\\W\\d_][^\\W\\d_-]*{_FR_PARTICIPLE_END})?",
            # Plus-que-parfait or past passive: past whatever the verb.
            f"(?:était|étaient|fut|furent)(?: {_FR_BE_ADVERBS})* "
            f"[^\\W\\d_][^\\W\\d_-]*{_FR_PARTICIPLE_END}",
            # "est|sont" with the participle of a verb conjugated with être ("est arrivé",
            # "sont partis") is a passé composé; with another one it is a present passive or
            # a state ("est maintenu", see "state" below).
            f"(?:est|sont)(?: {_FR_BE_ADVERBS})* {_FR_BE_VERB_PARTICIPLES}",
            "fut",
            "furent",
            "eut",
            "eurent",
        ),
        # A present passive or a state: "le couvre-feu est maintenu", "reste en vigueur".
        # After "past", so that "est arrivé" is a passé composé first.
        "state": (
            f"(?:est|sont|reste|restent|demeure|demeurent)(?: {_FR_BE_ADVERBS})* "
            f"(?:en vigueur|en place|de mise|[^\\W\\d_][^\\W\\d_-]*{_FR_PARTICIPLE_END})",
        ),
    },
    tense_endings={
        # Conditional and future endings that imperfects and nouns do not share
        # ("déclarait" is past, "déclarerait" reported, "caméra" nothing).
        "future": (
            "era",
            "eront",
            "erons",
            "erez",
            "irons",
            "irez",
            "rrons",
            "rrez",
            "drons",
            "drez",
            "vrons",
            "vrez",
            "ira",
            "iront",
            "rra",
            "rront",
            "dra",
            "dront",
            "vra",
            "vront",
            "ttra",
            "ttront",
            "îtra",
            "îtront",
        ),
        "reported": (
            "erait",
            "eraient",
            "irait",
            "iraient",
            "rrait",
            "rraient",
            "drait",
            "draient",
            "vrait",
            "vraient",
        ),
        "past": ("ait", "aient", "èrent"),
    },
    tense_stopwords=frozenset(
        {
            "front",
            "affront",
            "contra",
            "extra",
            "opéra",
            "caméra",
            "sahara",
            "ankara",
            "tora",
            "cobra",
            "mantra",
            "para",
            "terra",
            "sierra",
            "agora",
            "hydra",
            "zebra",
            "algèbre",
            "angora",
            "samara",
            "ultra",
            "vera",
            "era",
            "dera",
            "tiara",
            "portrait",
            "retrait",
            "extrait",
            "attrait",
            "trait",
            "distrait",
            "abstrait",
            "soustrait",
            "lait",
            "souhait",
            "parfait",
            "bienfait",
            "forfait",
            "méfait",
            "fait",
            "plait",
            "plaît",
            "sujet",
            "jamais",
            "ferait",
            "quatre",
            "contrat",
            "autrement",
            "mira",
            "chimera",
            "opera",
            "environs",
            "vignerons",
            "bûcherons",
            "forgerons",
            "biberons",
            "hérons",
            "escadrons",
            "chaudrons",
            "perez",
            "xerez",
        }
    ),
    set_cues=(
        "chaque",
        "tous les",
        "toutes les",
        "chaque année",
        "chaque année en",
        "tous les ans",
        "tous les ans en",
    ),
    timetable_cues=_WEEKLY_LISTS,
    habitual_determiners=("le",),
    newspaper_before=NEWSPAPER_BEFORE,
    newspaper_after=NEWSPAPER_AFTER,
    holiday_before=frozenset(),
    holiday_after=(
        "saint",
        "gras",
        "de pâques",
        "de pentecôte",
        "des rameaux",
        "des cendres",
        "noir",
        "saints",
    ),  # fmt: skip
    count_cues=(
        "environ",
        "près de",
        "plus de",
        "moins de",
        "quelque",
        "au moins",
        "jusqu'à",
        "d'environ",
        "quelques",
        "sur",
        "des",
        "les",
    ),
    count_nouns=frozenset({"km", "euros", "personnes", "gens"}),
    clock_patterns=_CLOCK_FR,
    named_times={"midi": "12:00", "minuit": "00:00"},
    pm_markers=(),
    am_markers=(),
    time_prepositions=(
        "à",
        "vers",
        "dès",
        "peu après",
        "peu avant",
        "aux alentours de",
        "autour de",
        "jusqu'à",
    ),  # fmt: skip
    time_date_links=("le",),
    time_zones=("gmt", "utc", "heure locale", "heure de paris", "heure française", "hec"),
    scheduled_needs_subject=frozenset(),
    subject_pronouns=frozenset(),
    scheduled_before_only=True,
    cue_blockers=_FR_CUE_BLOCKERS,
    forward_markers=(
        "en vue (?:de|du|des|d')",
        "en prévision (?:de|du|des|d')",
        "à l'approche (?:de|du|des|d')",
        "dans la perspective (?:de|du|des|d')",
        "en amont (?:de|du|des|d')",
    ),
    forward_prepositions=("pour",),
    open_end_prepositions=(
        "jusqu'à",
        "jusqu'au",
        "jusqu'en",
        "à partir de",
        "à partir du",
        "à compter de",
        "à compter du",
    ),
    reporting_verbs=_FR_REPORTING_VERBS,
    participle_endings=("é", "ée", "és", "ées"),
    participles=_FR_PARTICIPLES,
    participle_stopwords=_FR_PARTICIPLE_STOPWORDS,
    participle_blockers=_FR_PARTICIPLE_BLOCKERS,
    list_links=("et", "ou", "au", "à", "-", "–", ","),
    title_part_words=frozenset(),
    weekdays_lower_case=True,
    odds_before=(),
    odds_after=frozenset(),
    odds_context=("cote", "cotes", "bookmakers", "parieurs", "paris sportifs", "turf", "pmu"),
    month_nouns_after=frozenset(),
    statistic_nouns=_FR_STATISTIC_NOUNS,
    manner_verbs=_FR_MANNER_VERBS,
    pluperfect_auxiliaries=frozenset({"avait", "avaient", "était", "étaient", "s'était"}),
    count_plural_endings=("s", "x"),
    participle_noun_endings=("ité", "ités"),
    schedule_nouns=(
        "couvre-feu",
        "couvre-feux",
        "horaires",
        "horaire",
        "heure de fermeture",
        "heure d'ouverture",
        "heures d'ouverture",
    ),
    daily_markers=(
        "tous les jours",
        "chaque jour",
        "tous les soirs",
        "chaque soir",
        "tous les matins",
        "chaque matin",
        "toutes les nuits",
        "chaque nuit",
        "quotidiennement",
        "en semaine",
    ),
    until_prepositions=("jusqu'au", "jusqu'à", "jusqu'en", "jusqu'aux"),
    since_prepositions=("depuis",),
    rolling_day_phrases=_ROLLING_DAY,
    # not "until"/"jusqu'à": a bound (NOT_AN_EVENT_DATE) before a day dates no event
    rolling_day_ends=(
        "24 heures qui se sont terminées",
        "24 heures qui se sont achevées",
        "vingt-quatre heures qui se sont terminées",
        "vingt-quatre heures qui se sont achevées",
    ),
    day_range_links=("au", "à", "jusqu'au"),
    day_pair_links=("et",),
    day_range_openers=("entre",),
    day_list_openers=("les",),
    day_between_links=(),
    day_range_determiners=("le",),
)
