"""The tables the synthetic corpus is written from (benchmarks/generate_corpus.py): real
happenings with their dates, actors, places, figures and clauses in English and French,
background and filler sentences, quotes, page furniture, outlets, authors, and the
date words of both languages.

Data, not logic: generate_corpus.py draws from these tables with its own random numbers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
