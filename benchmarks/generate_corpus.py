"""Write a synthetic corpus of news articles about the 2021 Belarus–EU border crisis.

    .venv/bin/python -m benchmarks.generate_corpus OUT_DIR --articles 10000 [--seed 7]

Each article is a .txt file of 1,500–4,000 characters, about 60% English and 40% French,
published by one of ~40 outlets between August 2021 and January 2022, and OUT_DIR/sources.csv
holds its metadata (file,outlet,title,author,published,language,url,notes; a few dates and
outlets are blank, as in real collections). Articles are assembled from sentence templates in
both languages over a table of real happenings (HAPPENINGS: date, actors, place, figure), with
date expressions anchored to the article's publication date ("on Monday", "hier", "last week",
"jeudi soir", "on 8 November"), figures that vary between outlets (so clusters have
discrepancies to find), durations that are not dates, quotes, context about the 2020 election,
and page furniture lines ("Advertisement", "Read more: ...", "À lire aussi").

Actor and place names for quotes and colour come from data/actors.csv and data/places.csv when
present (small built-in lists otherwise). Output is a pure function of --seed and --articles:
article i draws from its own Random(seed, i), so the first 1,000 articles of a 10,000-article
corpus are the 1,000-article corpus.

Gold happenings at scale: each GeneratedArticle also records, in `gold`, the sentences of its
text that report a happening of HAPPENINGS (GoldSentence: the happening's `key`, whether the
sentence is the event sentence or a quote dated with a when phrase, its offsets and text), so
benchmarks/clusters.py --dense can score cross-outlet clustering on thousands of events.
Recording costs no random numbers: the written files and sources.csv are the same with or
without it. What it does not record: undated quotes, headlines and "Read more" lines (they name
a happening without dating it), and background sentences (the 2020 election and the like), so
a benchmark scoring against `gold` leaves the events extracted from those out.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ACTORS_CSV = PROJECT_ROOT / "data" / "actors.csv"
PLACES_CSV = PROJECT_ROOT / "data" / "places.csv"

FIRST_DAY = date(2021, 8, 1)
LAST_DAY = date(2022, 1, 31)
ENGLISH_SHARE = 0.6
BLANK_DATE_SHARE = 0.03
BLANK_OUTLET_SHARE = 0.02
MIN_CHARS = 1500
MAX_CHARS = 4000


# ------------------------------------------------------------------------------ happenings


@dataclass(frozen=True)
class Happening:
    """One real event: its day, who, where, an approximate figure and how each language says it.

    `en` and `fr` are past-tense clauses with no date in them; `{n}` is the figure, varied per
    article the way outlets round and disagree. The first actor is the one quoted about it.
    """

    day: date
    event_type: str
    actors: tuple[str, ...]
    place: str
    figure: int | None
    en: str
    fr: str
    headline_en: str
    headline_fr: str

    @property
    def key(self) -> str:
        """A stable id for gold labels: "2021-11-15 diplomacy Angela Merkel" (unique in HAPPENINGS)."""
        return f"{self.day.isoformat()} {self.event_type} {self.actors[0]}"


HAPPENINGS: tuple[Happening, ...] = (
    Happening(
        date(2021, 8, 2),
        "border_crossing",
        ("Agnė Bilotaitė",),
        "Belarus–Lithuania border",
        4000,
        "Lithuania began turning back migrants at its border with Belarus after more than {n} crossings this year",
        "la Lituanie a commencé à refouler les migrants à sa frontière avec le Bélarus, après plus de {n} passages cette année",
        "Lithuania starts pushing migrants back to Belarus",
        "La Lituanie commence à refouler les migrants vers le Bélarus",
    ),
    Happening(
        date(2021, 8, 10),
        "military",
        ("Krišjānis Kariņš",),
        "Belarus–Latvia border",
        280,
        "Latvia declared a state of emergency along its border with Belarus after {n} people crossed in a few days",
        "la Lettonie a décrété l'état d'urgence le long de sa frontière avec le Bélarus après le passage de {n} personnes en quelques jours",
        "Latvia declares emergency on Belarus border",
        "La Lettonie décrète l'état d'urgence à la frontière biélorusse",
    ),
    Happening(
        date(2021, 8, 18),
        "humanitarian",
        ("Grupa Granica",),
        "Usnarz Górny",
        32,
        "a group of {n} Afghans became stranded between Polish and Belarusian guards near Usnarz Górny",
        "un groupe de {n} Afghans s'est retrouvé bloqué entre les gardes polonais et biélorusses près d'Usnarz Górny",
        "Afghans stranded at Usnarz Górny",
        "Des Afghans bloqués à Usnarz Górny",
    ),
    Happening(
        date(2021, 8, 26),
        "military",
        ("Mariusz Błaszczak",),
        "Belarus–Poland border",
        100,
        "Polish soldiers started building a razor-wire fence along more than {n} kilometres of the border",
        "des soldats polonais ont commencé à dérouler des barbelés sur plus de {n} kilomètres de frontière",
        "Poland starts razor-wire fence on Belarus border",
        "La Pologne commence une clôture de barbelés",
    ),
    Happening(
        date(2021, 9, 2),
        "military",
        ("Andrzej Duda",),
        "Polish border emergency zone",
        183,
        "Poland declared a state of emergency in {n} localities along the Belarusian border",
        "la Pologne a décrété l'état d'urgence dans {n} localités le long de la frontière biélorusse",
        "Poland declares state of emergency on border",
        "La Pologne décrète l'état d'urgence à la frontière",
    ),
    Happening(
        date(2021, 9, 19),
        "casualties",
        ("Polish Border Guard",),
        "Belarus–Poland border",
        4,
        "the bodies of {n} migrants were found on both sides of the border",
        "les corps de {n} migrants ont été retrouvés des deux côtés de la frontière",
        "Migrants found dead at the border",
        "Des migrants retrouvés morts à la frontière",
    ),
    Happening(
        date(2021, 10, 14),
        "statement",
        ("Mariusz Kamiński",),
        "Warsaw",
        350,
        "the Sejm approved a bill to build a wall costing about {n} million euros",
        "la Diète a approuvé la construction d'un mur d'un coût d'environ {n} millions d'euros",
        "Polish lawmakers back border wall",
        "Les députés polonais approuvent le mur",
    ),
    Happening(
        date(2021, 10, 21),
        "diplomacy",
        ("Ursula von der Leyen",),
        "Brussels",
        27,
        "the leaders of the {n} member states discussed the crisis at a summit in Brussels",
        "les dirigeants des {n} États membres ont discuté de la crise lors d'un sommet à Bruxelles",
        "EU leaders discuss border crisis",
        "Les dirigeants européens évoquent la crise",
    ),
    Happening(
        date(2021, 11, 8),
        "border_crossing",
        ("Polish Border Guard",),
        "Kuźnica",
        2000,
        "about {n} migrants marched along a road towards the Kuźnica crossing",
        "environ {n} migrants ont marché en colonne vers le poste-frontière de Kuźnica",
        "Migrants march on Polish border at Kuźnica",
        "Des migrants marchent vers la frontière polonaise",
    ),
    Happening(
        date(2021, 11, 9),
        "military",
        ("Mariusz Błaszczak",),
        "Kuźnica",
        12000,
        "Poland reinforced the border with {n} soldiers and closed the Kuźnica crossing",
        "la Pologne a renforcé la frontière avec {n} soldats et fermé le poste de Kuźnica",
        "Poland sends troops, shuts crossing",
        "La Pologne envoie des troupes et ferme un poste-frontière",
    ),
    Happening(
        date(2021, 11, 10),
        "diplomacy",
        ("Angela Merkel",),
        "Berlin",
        None,
        "Angela Merkel asked Vladimir Putin to use his influence on Minsk in a telephone call",
        "Angela Merkel a demandé à Vladimir Poutine d'user de son influence sur Minsk lors d'un appel téléphonique",
        "Merkel asks Putin to intervene",
        "Merkel demande à Poutine d'intervenir",
    ),
    Happening(
        date(2021, 11, 12),
        "sanctions",
        ("Mevlüt Çavuşoğlu",),
        "Istanbul",
        3,
        "Turkey barred citizens of {n} countries from flights to Minsk",
        "la Turquie a interdit aux ressortissants de {n} pays les vols vers Minsk",
        "Turkey curbs flights to Minsk",
        "La Turquie restreint les vols vers Minsk",
    ),
    Happening(
        date(2021, 11, 14),
        "diplomacy",
        ("Emmanuel Macron",),
        "Paris",
        None,
        "Emmanuel Macron and Vladimir Putin spoke by telephone about the border",
        "Emmanuel Macron et Vladimir Poutine se sont entretenus au téléphone au sujet de la frontière",
        "Macron and Putin discuss Belarus",
        "Macron et Poutine évoquent le Bélarus",
    ),
    Happening(
        date(2021, 11, 15),
        "sanctions",
        ("Josep Borrell",),
        "Brussels",
        5,
        "EU foreign ministers widened sanctions against Belarus in a fifth round",
        "les ministres des affaires étrangères de l'UE ont élargi les sanctions contre le Bélarus, cinquième série",
        "EU widens Belarus sanctions",
        "L'UE élargit les sanctions contre le Bélarus",
    ),
    Happening(
        date(2021, 11, 15),
        "diplomacy",
        ("Angela Merkel",),
        "Minsk",
        50,
        "Angela Merkel spoke with Alexander Lukashenko for {n} minutes by telephone",
        "Angela Merkel s'est entretenue {n} minutes au téléphone avec Alexandre Loukachenko",
        "Merkel calls Lukashenko",
        "Merkel appelle Loukachenko",
    ),
    Happening(
        date(2021, 11, 16),
        "clash",
        ("Polish Police",),
        "Kuźnica–Bruzgi crossing",
        9,
        "Polish forces used water cannon and tear gas against migrants throwing stones, and {n} officers were hurt",
        "les forces polonaises ont utilisé des canons à eau et des gaz lacrymogènes contre des migrants qui lançaient des pierres, et {n} agents ont été blessés",
        "Water cannon used at Kuźnica",
        "Canons à eau à Kuźnica",
    ),
    Happening(
        date(2021, 11, 17),
        "diplomacy",
        ("Angela Merkel",),
        "Minsk",
        None,
        "Angela Merkel called Alexander Lukashenko a second time",
        "Angela Merkel a appelé une deuxième fois Alexandre Loukachenko",
        "Merkel and Lukashenko speak again",
        "Nouvel appel entre Merkel et Loukachenko",
    ),
    Happening(
        date(2021, 11, 18),
        "repatriation",
        ("Iraqi Airways",),
        "Erbil",
        430,
        "a first repatriation flight carried about {n} Iraqis from Minsk to Erbil",
        "un premier vol de rapatriement a ramené environ {n} Irakiens de Minsk à Erbil",
        "First repatriation flight lands in Erbil",
        "Un premier vol de rapatriement arrive à Erbil",
    ),
    Happening(
        date(2021, 11, 18),
        "humanitarian",
        ("Government of Belarus",),
        "Bruzgi logistics centre",
        1000,
        "Belarusian authorities cleared the camp and moved some {n} people into the Bruzgi logistics centre",
        "les autorités biélorusses ont évacué le camp et installé quelque {n} personnes dans le centre logistique de Brouzgi",
        "Camp cleared, migrants moved to warehouse",
        "Le camp évacué, les migrants dans un entrepôt",
    ),
    Happening(
        date(2021, 11, 21),
        "diplomacy",
        ("Mateusz Morawiecki",),
        "Vilnius",
        3,
        "Mateusz Morawiecki toured the {n} Baltic capitals to discuss the border",
        "Mateusz Morawiecki a fait la tournée des {n} capitales baltes pour parler de la frontière",
        "Morawiecki tours the Baltics",
        "Morawiecki en tournée dans les pays baltes",
    ),
    Happening(
        date(2021, 11, 26),
        "statement",
        ("Alexander Lukashenko",),
        "Bruzgi logistics centre",
        2000,
        "Alexander Lukashenko visited the {n} migrants housed in the Bruzgi warehouse",
        "Alexandre Loukachenko a rendu visite aux {n} migrants hébergés dans l'entrepôt de Brouzgi",
        "Lukashenko visits migrants at Bruzgi",
        "Loukachenko rend visite aux migrants de Brouzgi",
    ),
    Happening(
        date(2021, 12, 1),
        "statement",
        ("Ylva Johansson",),
        "Brussels",
        16,
        "the European Commission proposed letting Poland, Lithuania and Latvia take up to {n} weeks to register asylum claims",
        "la Commission européenne a proposé de laisser à la Pologne, la Lituanie et la Lettonie jusqu'à {n} semaines pour enregistrer les demandes d'asile",
        "Brussels proposes emergency asylum rules",
        "Bruxelles propose des règles d'asile d'urgence",
    ),
    Happening(
        date(2021, 12, 2),
        "sanctions",
        ("Josep Borrell",),
        "Brussels",
        17,
        "the EU added {n} individuals and entities to its Belarus sanctions list",
        "l'UE a ajouté {n} personnes et entités à sa liste de sanctions contre le Bélarus",
        "EU adds names to Belarus blacklist",
        "L'UE allonge sa liste noire biélorusse",
    ),
    Happening(
        date(2021, 12, 14),
        "diplomacy",
        ("Emmanuel Macron",),
        "Paris",
        None,
        "Emmanuel Macron and Vladimir Putin discussed the border again by telephone",
        "Emmanuel Macron et Vladimir Poutine ont de nouveau évoqué la frontière au téléphone",
        "Macron and Putin speak again",
        "Macron et Poutine se parlent à nouveau",
    ),
    Happening(
        date(2021, 12, 23),
        "casualties",
        ("Medics on the Border",),
        "Białowieża Forest",
        19,
        "aid groups counted at least {n} deaths along the border since the summer",
        "les associations ont recensé au moins {n} morts le long de la frontière depuis l'été",
        "Deaths at the border rise",
        "Le nombre de morts à la frontière augmente",
    ),
    Happening(
        date(2022, 1, 25),
        "military",
        ("Mariusz Kamiński",),
        "Belarus–Poland border",
        186,
        "Poland began building a {n}-kilometre steel wall on the border",
        "la Pologne a commencé la construction d'un mur d'acier de {n} kilomètres à la frontière",
        "Poland starts building border wall",
        "La Pologne commence son mur frontalier",
    ),
)

# Context older than the crisis: the background events the app hides by default.
BACKGROUND = {
    "en": (
        "Alexander Lukashenko claimed victory in the presidential election of 9 August 2020, a vote the EU does not recognise.",
        "The EU imposed its first sanctions on Minsk in October 2020, after the crackdown on protesters.",
        "In May 2021, Belarus forced a Ryanair flight to land in Minsk and arrested a dissident journalist on board.",
        "Russia annexed Crimea in March 2014, and Minsk has leaned on Moscow ever since.",
    ),
    "fr": (
        "Alexandre Loukachenko a revendiqué la victoire à l'élection présidentielle du 9 août 2020, que l'UE ne reconnaît pas.",
        "L'UE a imposé ses premières sanctions à Minsk en octobre 2020, après la répression des manifestants.",
        "En mai 2021, le Bélarus a forcé un vol Ryanair à atterrir à Minsk et arrêté un journaliste dissident à bord.",
        "La Russie a annexé la Crimée en mars 2014, et Minsk s'appuie depuis sur Moscou.",
    ),
}

# Sentences with no date: colour between the dated ones ({place} from places.csv).
FILLER = {
    "en": (
        "Aid workers say families with small children are sleeping in the forest near {place}.",
        "Temperatures at night fall below freezing in the area around {place}.",
        "Journalists and aid groups are barred from the emergency zone, so reports are hard to verify.",
        "Many of those at the border are Iraqi Kurds who flew to Minsk on tourist visas.",
        "Warsaw accuses Minsk of organising the flights and guiding people to the border.",
        "Minsk denies the accusation and blames Western sanctions for the crisis.",
        "The situation near {place} remains tense, according to local residents.",
        "Volunteers hand out food, water and dry clothes near {place}.",
        "The border runs for hundreds of kilometres through forest and marshland.",
        "Human rights groups have criticised the pushbacks as illegal under international law.",
        "Residents of {place} say they have never seen so many soldiers in the village.",
        "Some migrants told reporters they had paid thousands of dollars for the journey.",
        "Belarusian guards are accused of cutting the fence and pushing groups across.",
        "Aid organisations have asked for access to the camps on the Belarusian side.",
        "The Polish government has refused offers of help from Frontex so far.",
        "Local doctors in {place} report cases of hypothermia and exhaustion.",
        "Opposition politicians in Warsaw have questioned the state of emergency.",
        "The European Commission has offered to fund the return of migrants to their home countries.",
        "Lithuania and Latvia have also reinforced their borders with Belarus.",
        "Russia has backed Minsk and sent bombers to patrol Belarusian airspace.",
    ),
    "fr": (
        "Selon des humanitaires, des familles avec de jeunes enfants dorment dans la forêt près de {place}.",
        "La nuit, les températures descendent sous zéro autour de {place}.",
        "Les journalistes et les ONG n'ont pas accès à la zone d'urgence, ce qui rend les informations difficiles à vérifier.",
        "Beaucoup de ceux qui se trouvent à la frontière sont des Kurdes irakiens arrivés à Minsk avec des visas touristiques.",
        "Varsovie accuse Minsk d'organiser les vols et de guider les gens vers la frontière.",
        "Minsk dément et accuse les sanctions occidentales d'être à l'origine de la crise.",
        "La situation reste tendue près de {place}, selon des habitants.",
        "Des bénévoles distribuent de la nourriture, de l'eau et des vêtements secs près de {place}.",
        "La frontière s'étend sur des centaines de kilomètres de forêts et de marécages.",
        "Les défenseurs des droits humains jugent ces refoulements illégaux au regard du droit international.",
        "Des habitants de {place} disent n'avoir jamais vu autant de soldats dans le village.",
        "Certains migrants ont raconté avoir payé des milliers de dollars pour le voyage.",
        "Les gardes biélorusses sont accusés de couper la clôture et de pousser des groupes à traverser.",
        "Les organisations humanitaires demandent l'accès aux camps du côté biélorusse.",
        "Le gouvernement polonais a jusqu'ici refusé l'aide de Frontex.",
        "Des médecins de {place} signalent des cas d'hypothermie et d'épuisement.",
        "L'opposition à Varsovie conteste l'état d'urgence.",
        "La Commission européenne a proposé de financer le retour des migrants dans leur pays.",
        "La Lituanie et la Lettonie ont elles aussi renforcé leur frontière avec le Bélarus.",
        "La Russie soutient Minsk et a envoyé des bombardiers patrouiller dans l'espace aérien biélorusse.",
    ),
}

# Durations and other numbers that are not dates (the tagger must leave them out).
DURATIONS = {
    "en": (
        "The talks lasted almost two hours.",
        "Some of them had been waiting for three weeks in the cold.",
        "The march went on for several hours before the group stopped.",
        "Patrols now pass every 15 minutes.",
    ),
    "fr": (
        "L'entretien a duré près de deux heures.",
        "Certains attendaient depuis trois semaines dans le froid.",
        "La marche a duré plusieurs heures avant que le groupe ne s'arrête.",
        "Les patrouilles passent désormais toutes les 15 minutes.",
    ),
}

QUOTES = {
    "en": (
        "This is a hybrid attack, and we will defend our border",
        "We are deeply concerned about the humanitarian situation",
        "The instrumentalisation of migrants is unacceptable",
        "We need a de-escalation, and we need it now",
        "People are freezing in the forest and nobody is helping them",
        "We did not invite these people, and we are not holding them back",
    ),
    "fr": (
        "C'est une attaque hybride, et nous défendrons notre frontière",
        "Nous sommes profondément inquiets de la situation humanitaire",
        "L'instrumentalisation des migrants est inacceptable",
        "Il faut une désescalade, et il la faut maintenant",
        "Des gens meurent de froid dans la forêt et personne ne les aide",
        "Nous n'avons pas invité ces gens, et nous ne les retenons pas",
    ),
}

FURNITURE = {
    "en": (
        "Advertisement",
        "Read more: {headline}",
        "Share this article",
        "Sign up for our daily newsletter",
    ),
    "fr": (
        "Publicité",
        "À lire aussi : {headline}",
        "Partager",
        "Inscrivez-vous à notre newsletter",
    ),
}

# French spellings of names the templates use (actors.csv keeps the English canonical form).
FRENCH_NAMES = {
    "Alexander Lukashenko": "Alexandre Loukachenko",
    "Vladimir Putin": "Vladimir Poutine",
    "Government of Belarus": "le gouvernement biélorusse",
    "Polish Border Guard": "les garde-frontières polonais",
    "Polish Police": "la police polonaise",
    "Iraqi Airways": "Iraqi Airways",
    "Grupa Granica": "Grupa Granica",
    "Medics on the Border": "Medics on the Border",
}

BUILTIN_ACTORS = {
    "Alexander Lukashenko": "President of Belarus",
    "Mateusz Morawiecki": "Prime Minister of Poland",
    "Mariusz Kamiński": "Minister of the Interior of Poland",
    "Angela Merkel": "Chancellor of Germany",
    "Emmanuel Macron": "President of France",
    "Josep Borrell": "EU High Representative for Foreign Affairs",
}
# People who plausibly comment on the border (the quote goes to one of them when the
# happening's own actor is an institution).
COMMENTATORS = (
    "Alexander Lukashenko",
    "Mateusz Morawiecki",
    "Mariusz Kamiński",
    "Mariusz Błaszczak",
    "Stanisław Żaryn",
    "Anna Michalska",
    "Vladimir Makei",
    "Dmitry Peskov",
    "Angela Merkel",
    "Emmanuel Macron",
    "Josep Borrell",
    "Ursula von der Leyen",
    "Ylva Johansson",
    "Filippo Grandi",
    "Gabrielius Landsbergis",
    "Agnė Bilotaitė",
    "Krišjānis Kariņš",
)
BUILTIN_PLACES = ("Kuźnica", "Bruzgi", "Hrodna", "Michałowo", "Białystok", "Sokółka", "Krynki")
# Only these kinds of place make sense in "families sleeping in the forest near {place}".
# (villages and towns only: their names read the same in English and French).
BORDER_PLACE_KINDS = {"village", "town", "city"}
BORDER_COUNTRIES = {"PL", "BY", "LT", "LV"}

OUTLETS: tuple[tuple[str, str, str], ...] = (
    # (name, language, web domain)
    ("The Guardian", "en", "theguardian.com"),
    ("BBC News", "en", "bbc.co.uk"),
    ("Reuters", "en", "reuters.com"),
    ("Associated Press", "en", "apnews.com"),
    ("The Independent", "en", "independent.co.uk"),
    ("Euronews", "en", "euronews.com"),
    ("Deutsche Welle", "en", "dw.com"),
    ("Politico Europe", "en", "politico.eu"),
    ("Al Jazeera", "en", "aljazeera.com"),
    ("France 24", "en", "france24.com"),
    ("RFI", "en", "rfi.fr"),
    ("Notes from Poland", "en", "notesfrompoland.com"),
    ("LRT English", "en", "lrt.lt"),
    ("The Baltic Times", "en", "baltictimes.com"),
    ("ERR News", "en", "news.err.ee"),
    ("TVP World", "en", "tvpworld.com"),
    ("Belsat", "en", "belsat.eu"),
    ("The Telegraph", "en", "telegraph.co.uk"),
    ("Financial Times", "en", "ft.com"),
    ("The New York Times", "en", "nytimes.com"),
    ("The Washington Post", "en", "washingtonpost.com"),
    ("CNN", "en", "cnn.com"),
    ("Sky News", "en", "news.sky.com"),
    ("The Irish Times", "en", "irishtimes.com"),
    ("Le Monde", "fr", "lemonde.fr"),
    ("Le Figaro", "fr", "lefigaro.fr"),
    ("Libération", "fr", "liberation.fr"),
    ("France 24", "fr", "france24.com"),
    ("RFI", "fr", "rfi.fr"),
    ("Ouest-France", "fr", "ouest-france.fr"),
    ("La Croix", "fr", "la-croix.com"),
    ("L'Express", "fr", "lexpress.fr"),
    ("Le Point", "fr", "lepoint.fr"),
    ("20 Minutes", "fr", "20minutes.fr"),
    ("Franceinfo", "fr", "francetvinfo.fr"),
    ("Le Soir", "fr", "lesoir.be"),
    ("RTBF", "fr", "rtbf.be"),
    ("Le Temps", "fr", "letemps.ch"),
    ("La Libre Belgique", "fr", "lalibre.be"),
    ("Courrier international", "fr", "courrierinternational.com"),
    ("TV5Monde", "fr", "tv5monde.com"),
)

AUTHORS = (
    "Anna Kowalska",
    "James Walker",
    "Marie Dubois",
    "Tomas Petrauskas",
    "Sarah Klein",
    "Jean Martin",
    "Olga Ivanova",
    "Paul Schmidt",
    "Claire Bernard",
    "Daniel Novak",
)

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
}
MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
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
PARTS_OF_DAY = {
    "en": ("morning", "afternoon", "evening", "night"),
    "fr": ("matin", "après-midi", "soir", "soir"),
}


# ------------------------------------------------------------------------ reference data


def _load_speakers() -> dict[str, str]:
    """Name -> role of people who can be quoted: actors.csv persons, else a built-in list."""
    if not ACTORS_CSV.is_file():
        return dict(BUILTIN_ACTORS)
    with ACTORS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row.get("kind") == "person"]
    return {row["name"]: row["role"] for row in rows} or dict(BUILTIN_ACTORS)


def _load_places() -> tuple[str, ...]:
    """Border-area place names from places.csv, else a built-in list."""
    if not PLACES_CSV.is_file():
        return BUILTIN_PLACES
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        names = tuple(
            row["name"]
            for row in csv.DictReader(handle)
            if row.get("kind") in BORDER_PLACE_KINDS and row.get("country") in BORDER_COUNTRIES
        )
    return names or BUILTIN_PLACES


# ------------------------------------------------------------------------- date phrases


def _long_date(day: date, language: str, *, with_year: bool) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{number} {month} {day.year}" if with_year else f"{number} {month}"
    return f"{day.day} {month} {day.year}" if with_year else f"{day.day} {month}"


def when_phrase(day: date, published: date, language: str, rng: random.Random) -> str:
    """How an article published on `published` would say `day` (relative when it is close)."""
    lag = (published - day).days
    weekday = WEEKDAYS[language][day.weekday()]
    part = rng.choice(PARTS_OF_DAY[language])
    en = language == "en"
    if lag == 0:
        choices = (
            ["today", f"on {weekday}", f"this {part}", f"on {weekday} {part}"]
            if en
            else ["aujourd'hui", weekday, f"ce {weekday}", f"{weekday} {part}"]
        )
    elif lag == 1:
        choices = (
            ["yesterday", f"on {weekday}", f"late on {weekday}", f"on {weekday} {part}"]
            if en
            else ["hier", f"hier {part}", weekday, f"{weekday} {part}"]
        )
    elif 2 <= lag <= 6:
        choices = (
            [f"on {weekday}", f"on {weekday} {part}", f"last {weekday}"]
            if en
            else [weekday, f"{weekday} {part}", f"{weekday} dernier"]
        )
    elif 7 <= lag <= 13:
        explicit = _long_date(day, language, with_year=False)
        choices = (
            ["last week", f"on {explicit}", f"on {weekday}, {explicit}"]
            if en
            else ["la semaine dernière", f"le {explicit}", f"le {weekday} {explicit}"]
        )
    else:
        with_year = day.year != published.year or rng.random() < 0.3
        explicit = _long_date(day, language, with_year=with_year)
        month = MONTHS[language][day.month - 1]
        third = "early" if day.day <= 10 else "mid" if day.day <= 20 else "late"
        third_fr = {"early": "début", "mid": "mi-", "late": "fin"}[third]
        month_fr = f"{third_fr}{month}" if third == "mid" else f"{third_fr} {month}"
        choices = (
            [f"on {explicit}", f"on {explicit}", f"in {third} {month}"]
            if en
            else [f"le {explicit}", f"le {explicit}", month_fr]
        )
    return rng.choice(choices)


def _figure(value: int, language: str, rng: random.Random) -> str:
    """The figure as an outlet would print it: rounded differently, sometimes off by 10-50%."""
    if value >= 100 and rng.random() < 0.35:
        value = int(round(value * rng.choice((0.8, 0.9, 1.1, 1.25, 1.5)), -1))
    text = f"{value:,}"
    return text.replace(",", "\u202f") if language == "fr" else text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


# ------------------------------------------------------------------------------ articles


@dataclass(frozen=True)
class GoldSentence:
    """A sentence of a generated article that reports a happening: what it should cluster with."""

    happening: str  # Happening.key
    kind: str  # "event" (the happening's own sentence) | "quote" (a quote dated by a when phrase)
    start: int  # offsets in GeneratedArticle.text
    end: int
    text: str


@dataclass(frozen=True)
class GeneratedArticle:
    file: str
    outlet: str
    title: str
    author: str
    published: str
    language: str
    url: str
    text: str
    gold: tuple[GoldSentence, ...] = ()  # in text order; sentences cut off by MAX_CHARS dropped


class CorpusWriter:
    """Builds articles from the templates and reference data (loaded once)."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.speakers = _load_speakers()
        self.commentators = tuple(n for n in COMMENTATORS if n in self.speakers) or tuple(
            sorted(self.speakers)
        )
        self.places = _load_places()
        self.outlets_by_language = {
            language: tuple(o for o in OUTLETS if o[1] == language) for language in ("en", "fr")
        }
        self.span_days = (LAST_DAY - FIRST_DAY).days

    def _publication_day(self, rng: random.Random) -> date:
        # Coverage peaks in November: half the articles fall in the 8-30 November window.
        if rng.random() < 0.5:
            return date(2021, 11, 8) + timedelta(days=rng.randrange(23))
        return FIRST_DAY + timedelta(days=rng.randrange(self.span_days + 1))

    def _recent(self, published: date, rng: random.Random) -> list[Happening]:
        """Happenings an article of that day would report: the latest first, then older ones."""
        past = [h for h in HAPPENINGS if h.day <= published]
        if not past:
            past = [HAPPENINGS[0]]
        past.sort(key=lambda h: h.day, reverse=True)
        lead = past[: rng.randint(1, 2)]
        older = past[len(lead) :]
        return lead + rng.sample(older, k=min(len(older), rng.randint(1, 3)))

    def _name(self, name: str, language: str) -> str:
        return FRENCH_NAMES.get(name, name) if language == "fr" else name

    def _event_sentence(
        self, happening: Happening, published: date, language: str, rng: random.Random
    ) -> str:
        clause = happening.en if language == "en" else happening.fr
        if happening.figure is not None:
            clause = clause.replace("{n}", _figure(happening.figure, language, rng))
        when = when_phrase(happening.day, published, language, rng)
        if rng.random() < 0.5:
            return f"{_capitalise(when)}, {clause}."
        return f"{_capitalise(clause)} {when}."

    def _quote(
        self, happening: Happening, published: date, language: str, rng: random.Random
    ) -> tuple[str, bool]:
        """A quote about the happening, and whether a when phrase dates it."""
        speaker = happening.actors[0]
        if speaker not in self.speakers or rng.random() < 0.3:
            speaker = rng.choice(self.commentators)
        role = self.speakers.get(speaker, "")
        quote = rng.choice(QUOTES[language])
        name = self._name(speaker, language)
        said_when = (
            when_phrase(happening.day, published, language, rng) if rng.random() < 0.5 else ""
        )
        if language == "en":
            who = f"{name}, {role}," if role and rng.random() < 0.5 else name
            return f"\u201c{quote},\u201d {who} said {said_when}".rstrip() + ".", bool(said_when)
        sentence = f"\u00ab\u00a0{quote}\u00a0\u00bb, a déclaré {name} {said_when}".rstrip() + "."
        return sentence, bool(said_when)

    def _furniture(self, language: str, rng: random.Random) -> str:
        other = rng.choice(HAPPENINGS)
        headline = other.headline_en if language == "en" else other.headline_fr
        return rng.choice(FURNITURE[language]).format(headline=headline)

    def _body(
        self,
        happenings: list[Happening],
        published: date,
        language: str,
        rng: random.Random,
        labels: list[tuple[str, str, str]],
    ) -> list[str]:
        """Paragraphs: the lead happening first, older ones after, context and furniture between.

        Appends (happening key, kind, sentence) to `labels` for every sentence reporting a
        happening, in the order they appear in the text (only filler paragraphs are inserted).
        """
        extras = [*DURATIONS[language], *BACKGROUND[language], *FILLER[language]]
        rng.shuffle(extras)
        target = rng.randint(MIN_CHARS + 100, MAX_CHARS - 200)

        def extra() -> str:
            return extras.pop().format(place=rng.choice(self.places)) if extras else ""

        paragraphs: list[str] = []
        for position, happening in enumerate(happenings):
            sentences = [self._event_sentence(happening, published, language, rng)]
            labels.append((happening.key, "event", sentences[0]))
            if position == 0 or rng.random() < 0.5:
                quote, dated = self._quote(happening, published, language, rng)
                sentences.append(quote)
                if dated:
                    labels.append((happening.key, "quote", quote))
            if rng.random() < 0.6:
                sentences.append(extra())
            paragraphs.append(" ".join(s for s in sentences if s))
            for _ in range(rng.randint(0, 2)):
                if sum(len(p) + 2 for p in paragraphs) < target:
                    paragraphs.append(
                        " ".join(s for s in (extra() for _ in range(rng.randint(1, 3))) if s)
                    )
            if rng.random() < 0.25:
                paragraphs.append(self._furniture(language, rng))
        while sum(len(p) + 2 for p in paragraphs) < target and extras:
            paragraph = " ".join(s for s in (extra() for _ in range(rng.randint(1, 3))) if s)
            paragraphs.insert(rng.randint(1, len(paragraphs)), paragraph)
        return [p for p in paragraphs if p]

    def article(self, index: int) -> GeneratedArticle:
        rng = random.Random(f"{self.seed}:{index}")
        language = "en" if rng.random() < ENGLISH_SHARE else "fr"
        outlet, _, domain = rng.choice(self.outlets_by_language[language])
        published = self._publication_day(rng)
        happenings = self._recent(published, rng)
        lead = happenings[0]
        title = lead.headline_en if language == "en" else lead.headline_fr

        labels: list[tuple[str, str, str]] = []
        paragraphs = self._body(happenings, published, language, rng, labels)
        if rng.random() < 0.4:
            paragraphs.insert(0, title)
        if rng.random() < 0.3:
            paragraphs.append(self._furniture(language, rng))
        text = "\n\n".join(paragraphs)
        if len(text) > MAX_CHARS:
            text = text[: text.rfind("\n\n", 0, MAX_CHARS)]
        text += "\n"

        digest = hashlib.sha1(f"{self.seed}:{index}".encode()).hexdigest()[:12]
        file = f"{index:05d}_{digest}.txt"
        published_text = "" if rng.random() < BLANK_DATE_SHARE else published.isoformat()
        if published_text and rng.random() < 0.2:
            published_text += f"T{rng.randint(6, 22):02d}:{rng.randrange(60):02d}:00+00:00"
        slug = "-".join(title.lower().split()[:6]).replace("'", "")
        return GeneratedArticle(
            file=file,
            outlet="" if rng.random() < BLANK_OUTLET_SHARE else outlet,
            title=title if rng.random() < 0.8 else "",
            author=rng.choice(AUTHORS) if rng.random() < 0.6 else "",
            published=published_text,
            language=language,
            url=f"https://www.{domain}/{published:%Y/%m/%d}/{slug}-{digest[:6]}",
            text=text,
            gold=_locate(labels, text),
        )


def _locate(labels: list[tuple[str, str, str]], text: str) -> tuple[GoldSentence, ...]:
    """Offsets of the labelled sentences in the final text, searched in order (the labels are
    in text order, so an identical earlier sentence is never taken for a later one); those
    the MAX_CHARS cut removed are left out."""
    found: list[GoldSentence] = []
    cursor = 0
    for key, kind, sentence in labels:
        at = text.find(sentence, cursor)
        if at < 0:
            break  # cut off, and so is everything after it
        found.append(GoldSentence(key, kind, at, at + len(sentence), sentence))
        cursor = at + len(sentence)
    return tuple(found)


SOURCES_COLUMNS = ("file", "outlet", "title", "author", "published", "language", "url", "notes")


def write_corpus(out_dir: Path, articles: int, seed: int = 7) -> list[GeneratedArticle]:
    """Write `articles` article files and sources.csv into `out_dir` (created if needed)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = CorpusWriter(seed)
    generated = [writer.article(index) for index in range(articles)]
    for article in generated:
        (out_dir / article.file).write_text(article.text, encoding="utf-8")
    with (out_dir / "sources.csv").open("w", encoding="utf-8", newline="") as handle:
        table = csv.writer(handle)
        table.writerow(SOURCES_COLUMNS)
        for article in generated:
            notes = "" if article.published else "Publication date unknown (synthetic)"
            table.writerow(
                (
                    article.file,
                    article.outlet,
                    article.title,
                    article.author,
                    article.published,
                    article.language,
                    article.url,
                    notes,
                )
            )
    return generated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    generated = write_corpus(args.out_dir, args.articles, args.seed)
    elapsed = time.perf_counter() - started
    french = sum(a.language == "fr" for a in generated)
    characters = sum(len(a.text) for a in generated)
    print(
        f"{len(generated)} articles ({french} French, {characters / max(len(generated), 1):.0f} "
        f"chars on average) in {args.out_dir} in {elapsed:.1f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
