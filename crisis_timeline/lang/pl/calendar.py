"""Polish calendar words, date grammar and tense cues.

Months are written in the genitive after a day ("8 listopada"), the nominative and the
locative elsewhere ("w listopadzie"); weekdays in the accusative after "w"/"we"
("w poniedziałek", "we wtorek", "w środę"). The past tense is recognised by its endings
("powiedział", "zatrzymali"), the future by its auxiliaries ("będzie", "odbędzie się").
"""

from __future__ import annotations

from crisis_timeline.lang._calendar import CLOCK_DIGITS, day_words, make_lexicon, periods
from crisis_timeline.temporal_lexicon import Phrase

_MONTHS = {
    1: ("styczeń", "stycznia", "styczniu"),
    2: ("luty", "lutego", "lutym"),
    3: ("marzec", "marca", "marcu"),
    4: ("kwiecień", "kwietnia", "kwietniu"),
    5: ("maj", "maja", "maju"),
    6: ("czerwiec", "czerwca", "czerwcu"),
    7: ("lipiec", "lipca", "lipcu"),
    8: ("sierpień", "sierpnia", "sierpniu"),
    9: ("wrzesień", "września", "wrześniu"),
    10: ("październik", "października", "październiku"),
    11: ("listopad", "listopada", "listopadzie"),
    12: ("grudzień", "grudnia", "grudniu"),
}
_WEEKDAYS = {
    0: ("poniedziałek", "poniedziałku"),
    1: ("wtorek", "wtorku"),
    2: ("środa", "środę", "środy", "środzie"),
    3: ("czwartek", "czwartku"),
    4: ("piątek", "piątku"),
    5: ("sobota", "sobotę", "soboty", "sobocie"),
    6: ("niedziela", "niedzielę", "niedzieli"),
}
# The weekday's adjective dates a part of day or a happening: "od poniedziałkowego poranka",
# "w piątkowy wieczór", "sobotnia manifestacja".
_WEEKDAY_ADJECTIVES = {
    0: "poniedziałkow", 1: "wtorkow", 2: "środow", 3: "czwartkow", 4: "piątkow", 5: "sobotni",
    6: "niedzieln",
}  # fmt: skip
_ADJECTIVE_ENDINGS = {
    "w": ("y", "ego", "ej", "ym", "a", "e", "ą"),  # poniedziałkow-y, -ego ...
    "i": ("", "ego", "ej", "m", "a", "e", "ą"),  # sobotni, sobotni-ego ...
    "n": ("y", "ego", "ej", "ym", "a", "e", "ą"),  # niedzieln-y ...
}
for _number, _stem in _WEEKDAY_ADJECTIVES.items():
    _WEEKDAYS[_number] += tuple(_stem + ending for ending in _ADJECTIVE_ENDINGS[_stem[-1]])

# A rolling day, the border guards' daily count (Lexicon.rolling_day_phrases).
_ROLLING_DAY = ("ostatniej doby", "minionej doby", "ostatnich 24 godzin")

_PHRASES = {
    **{phrase: Phrase("day") for phrase in _ROLLING_DAY},
    **day_words(
        {"dziś": 0, "dzisiaj": 0, "wczoraj": -1, "jutro": 1, "przedwczoraj": -2, "pojutrze": 2}
    ),
    # "Wczorajsza udaremniona próba", "we wczorajszych starciach": yesterday's happening;
    # "podczas dzisiejszego ataku": today's, in the genitive singular alone: the other forms
    # are the nowadays idioms' too ("w dzisiejszych czasach", "w dzisiejszej Europie",
    # "dzisiejsze czasy")
    **{
        f"wczorajsz{ending}": Phrase("day", -1)
        for ending in ("y", "a", "e", "ego", "ej", "ym", "ych", "ą", "ymi")
    },
    "dzisiejszego": Phrase("day", 0),
    # a live page's "przed chwilą" (a moment ago): the writer's day
    "przed chwilą": Phrase("day", 0),
    # the officials' "w dniu dzisiejszym" (today; "wczorajszym" is read above)
    "w dniu dzisiejszym": Phrase("day", 0),
    **periods(
        {
            f"{prep} {det} {noun}": (unit, offset)
            for unit, noun, forms in (
                (
                    "week",
                    "tygodniu",
                    (
                        ("tym", 0),
                        ("zeszłym", -1),
                        ("ubiegłym", -1),
                        ("minionym", -1),
                        ("przyszłym", 1),
                        ("najbliższym", 1),
                    ),
                ),
                (
                    "month",
                    "miesiącu",
                    (
                        ("tym", 0),
                        ("zeszłym", -1),
                        ("ubiegłym", -1),
                        ("minionym", -1),
                        ("przyszłym", 1),
                    ),
                ),
                (
                    "year",
                    "roku",
                    (
                        ("tym", 0),
                        ("zeszłym", -1),
                        ("ubiegłym", -1),
                        ("minionym", -1),
                        ("przyszłym", 1),
                    ),
                ),
            )
            for det, offset in forms
            for prep in ("w",)
        }
    ),  # fmt: skip
    # "na początku tego roku", "pod koniec ubiegłego miesiąca": a part of the period, dated
    # as the period ("early this year" in English); never bare ("pod koniec roku szkolnego"
    # is a school year's end)
    **periods(
        {
            f"{part} {det}{noun}": (unit, offset)
            for unit, noun in (("week", "tygodnia"), ("month", "miesiąca"), ("year", "roku"))
            for det, offset in (
                ("tego ", 0),
                ("zeszłego ", -1),
                ("ubiegłego ", -1),
                ("minionego ", -1),
                ("przyszłego ", 1),
            )
            for part in ("na początku", "pod koniec", "w połowie")
        }
    ),  # fmt: skip
    # "tydzień temu" = "a week ago" (the number left out): the previous calendar week;
    # "przed tygodniem" says the same with the preposition first.
    **periods(
        {
            "tydzień temu": ("week", -1),
            "miesiąc temu": ("month", -1),
            "rok temu": ("year", -1),
            "przed tygodniem": ("week", -1),
            "przed miesiącem": ("month", -1),
            "przed rokiem": ("year", -1),
        }
    ),
    "zeszłej nocy": Phrase("day", -1, time_of_day="night"),
    "ubiegłej nocy": Phrase("day", -1, time_of_day="night"),
    "minionej nocy": Phrase("day", -1, time_of_day="night"),
    "tej nocy": Phrase("day", time_of_day="night"),
    "dziś w nocy": Phrase("day", time_of_day="night"),
    "w weekend": Phrase("weekend", reference="tense"),
    "w ten weekend": Phrase("weekend", reference="this"),
    "w miniony weekend": Phrase("weekend", reference="before"),
    "w ubiegły weekend": Phrase("weekend", reference="before"),
    "w zeszły weekend": Phrase("weekend", reference="before"),
    "w przyszły weekend": Phrase("weekend", reference="after"),
    "następnego dnia": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "kolejnego dnia": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "dzień później": Phrase("day", 1, "narrative"),
    "poprzedniego dnia": Phrase("day", -1, "narrative", takes_part_of_day=True),
    "dzień wcześniej": Phrase("day", -1, "narrative"),
    "tego samego dnia": Phrase("day", 0, "narrative"),
    "tego dnia": Phrase("day", 0, "narrative"),
    "w przeddzień": Phrase("day", -1, "narrative", relative_to_event=True),
}

# Weekdays listed after a weekly count, "cztery dni w tygodniu – we wtorek, środę, piątek i
# niedzielę": a timetable (a set), not days that happened.
_WEEKLY_LISTS = tuple(
    f"{count}{mark}{preposition}"
    for count in ("dni w tygodniu", "razy w tygodniu")
    for mark in (" –", " -", " —", ":", " :")
    for preposition in ("", " w", " we")
)


LEXICON = make_lexicon(
    "pl",
    months={name: number for number, forms in _MONTHS.items() for name in forms},
    month_abbreviations={
        "sty": 1,
        "lut": 2,
        "kwi": 4,
        "cze": 6,
        "lip": 7,
        "sie": 8,
        "wrz": 9,
        "paź": 10,
        "lis": 11,
        "gru": 12,
    },  # fmt: skip
    weekdays={name: number for number, forms in _WEEKDAYS.items() for name in forms},
    weekday_abbreviations={"pon": 0, "wt": 1, "śr": 2, "czw": 3, "pt": 4, "sob": 5, "niedz": 6},
    month_before_day=False,
    period_modifiers={
        "na początku": "start",
        "pod koniec": "end",
        "w połowie": "mid",
        "do końca": "end",
        "od początku": "start",
        "koniec": "end",
        "początek": "start",
        "połowa": "mid",
        # a numbered week of the month: temporal.WEEK_OF_MONTH
        "w pierwszym tygodniu": "week1",
        "pierwszy tydzień": "week1",
        "pierwszego tygodnia": "week1",
        "w drugim tygodniu": "week2",
        "drugi tydzień": "week2",
        "w trzecim tygodniu": "week3",
        "trzeci tydzień": "week3",
        "w czwartym tygodniu": "week4",
        "w ostatnim tygodniu": "week_last",
        "ostatni tydzień": "week_last",
        "ostatniego tygodnia": "week_last",
        # the first or last day of a month or year: temporal_calendar.DAY_OF_PERIOD
        "pierwszego dnia": "day_first",
        "w pierwszym dniu": "day_first",
        "pierwszy dzień": "day_first",
        "ostatniego dnia": "day_last",
        "w ostatnim dniu": "day_last",
        "ostatni dzień": "day_last",
    },  # fmt: skip
    # "w samym październiku było 17,5 tys." (in October alone, batch 45)
    month_licensors=("w", "we", "od", "do", "z", "przed", "po", "na", "w samym"),
    year_licensors=("w", "od", "do", "przed", "po", "roku", "z"),
    # "2019 r. straż zatrzymała ...": the year's own word after it (roku)
    year_nouns_after=frozenset({"r", "roku", "rok"}),
    weak_year_licensors=("do", "od", "z"),
    range_links=("-", "–", "do", "i"),
    noun_phrase_starts=(),
    of_words=(),
    relative_prefixes={
        "zeszły": "before",
        "zeszłą": "before",
        "ubiegły": "before",
        "ubiegłą": "before",
        "miniony": "before",
        "minioną": "before",
        "ostatni": "before",
        "ostatnią": "before",
        "przyszły": "after",
        "przyszłą": "after",
        "najbliższy": "after",
        "najbliższą": "after",
        "ten": "this",
        "tę": "this",
    },  # fmt: skip
    relative_suffixes={},
    parts_of_day={
        "rano": "morning",
        "rankiem": "morning",
        "przed południem": "morning",
        "w południe": "afternoon",
        "po południu": "afternoon",
        "wieczorem": "evening",
        "późnym wieczorem": "evening",
        "w nocy": "night",
        "nocą": "night",
        "nad ranem": "early morning",
        "wcześnie rano": "early morning",
        # after a weekday adjective: "poniedziałkowego poranka", "w piątkowy wieczór"
        "poranka": "morning",
        "poranek": "morning",
        "wieczoru": "evening",
        "wieczór": "evening",
    },  # fmt: skip
    part_of_day_of={
        "w nocy z": "night",
        "w nocy ze": "night",  # "w nocy ze środy na czwartek"
        "w nocy na": "night into",
        "noc z": "night",
        "noc ze": "night",
    },
    # A part of day standing alone ("W nocy grupa 30 osób sforsowała ogrodzenie"): the
    # narrative's day, or the publication's
    bare_parts_of_day={
        "w nocy": ("night", False),
        "nocą": ("night", False),
        "nad ranem": ("early morning", False),
        "wieczorem": ("evening", False),
        "późnym wieczorem": ("evening", False),
    },  # fmt: skip
    phrases=_PHRASES,
    numbers={
        "jeden": 1,
        "jedną": 1,
        "dwa": 2,
        "dwie": 2,
        "dwoma": 2,
        "trzema": 3,
        "czterema": 4,
        "pięcioma": 5,
        "sześcioma": 6,
        "siedmioma": 7,
        "ośmioma": 8,
        "dziewięcioma": 9,
        "dziesięcioma": 10,
        "dwóch": 2,
        "trzy": 3,
        "trzech": 3,
        "cztery": 4,
        "czterech": 4,
        "pięć": 5,
        "sześć": 6,
        "siedem": 7,
        "osiem": 8,
        "dziewięć": 9,
        "dziesięć": 10,
    },  # fmt: skip
    units={
        "dzień": "day",
        "dni": "day",
        "dnia": "day",
        "dniami": "day",
        "tygodniami": "week",
        "miesiącami": "month",
        "laty": "year",
        "tydzień": "week",
        "tygodnie": "week",
        "tygodni": "week",
        "miesiąc": "month",
        "miesiące": "month",
        "miesięcy": "month",
        "rok": "year",
        "lata": "year",
        "lat": "year",
    },  # fmt: skip
    relative_templates={
        # "przed dwoma tygodniami", "przed 20 laty": the instrumental after "przed"
        "ago": ("{n} {unit} temu", "przed {n} {unit}"),
        "ahead": ("za {n} {unit}",),
        "later": ("{n} {unit} później",),
        "earlier": ("{n} {unit} wcześniej",),
        "past": ("ostatnich {n} {unit}", "ostatnie {n} {unit}"),
    },
    tense_cues={
        "future": (
            # with its l-participle: "będzie obowiązywał" is a future, not a past in "-ł"
            "(?:będzie|będą|będziemy|będę)(?: [^\\W\\d_]+(?:ł|ła|ło|li|ły)(?![\\w'’-]))?",
            "(?:zostanie|zostaną)",
            "(?:odbędzie|odbędą) się",
            "(?:ma|mają) się (?:odbyć|rozpocząć|spotkać|zakończyć)",
            # "Premier ma w piątek spotkać się": "ma" before an infinitive within a few words
            # (not "ma" = has: "Polska ma 12 tys. żołnierzy").
            "(?:ma|mają)(?= (?:\\w+ ){0,3}\\w+ć\\b)",
            "(?:planuje|planują|zamierza|zamierzają)",
            # a plan's day: "manewry wojskowe zaplanowane na 10 września" (batch 28: a page of
            # 31 August was dated after the manoeuvres it announced)
            # (not when a past verb follows: "Zaplanowane na wtorek spotkanie odbyło się")
            "(?:za)?planowan(?:y|a|e|ych|ym|ą|i) (?:na|w|od)"
            "(?![^.!?]*\\b[^\\W\\d_]+(?:ło|ła|ły|li|ł)(?: się)?\\b)",
            "(?:wejdzie|wejdą) w życie",
            "(?:rozpocznie|rozpoczną|zakończy|zakończą) się",
            "(?:przyjedzie|przyjadą|spotka|spotkają|odwiedzi|odwiedzą)",
            # perfective presents are futures: "izba zajmie się tą kwestią w poniedziałek"
            "(?:zajmie|zajmą|zbierze|zbiorą) się",
            "(?:rozpatrzy|rozpatrzą|zagłosuje|zagłosują|podpisze|podpiszą|przedstawi|przedstawią)",
            "(?:ogłosi|ogłoszą|omówi|omówią|pojedzie|pojadą|poleci|polecą|przeprowadzi|przeprowadzą)",
        ),
        "reported": ("(?:miał|miała|miało|mieli|miały) (?:się )?[^\\W\\d_]+ć",),
        "scheduled": (
            "(?:odbywa|odbywają|rozpoczyna|rozpoczynają|kończy|kończą) się",
            "(?:wchodzi|wchodzą) w życie",
        ),
        "past": ("(?:był|była|było|byli|były)",),
        # A state or present passive ("godzina policyjna obowiązuje", "jest utrzymana"):
        # no direction of its own, and it keeps a farther past from deciding.
        "state": (
            "(?:obowiązuje|obowiązują)",
            "(?:pozostaje|pozostają) (?:w mocy|w użyciu)",
            "(?:jest|są) (?:nadal |wciąż |dalej )?(?:utrzyman|zamknięt|otwart|zawieszon)[yaei]",
        ),
    },
    tense_endings={
        "past": (
            "ł",
            "ła",
            "ło",
            "li",
            "ły",
            "łem",
            "łam",
            "liśmy",
            "łyśmy",
            # the impersonal past: "migrantów przewieziono", "zatrzymano 50 osób",
            # "wszczęto śledztwo" ("rano", four letters, is too short to be read)
            "ano",
            "ono",
            "ęto",
            "yto",
            "ito",
        )
    },  # fmt: skip
    tense_stopwords=frozenset(
        {
            "koło",
            "czoło",
            "źródło",
            "dzieło",
            "ciało",
            "godło",
            "święto",
            "koryto",
            "grono",
            "siano",
            "kimono",
            "piano",
            "soprano",
            "łono",
            "wrzeciono",
            "zielono",
            "czerwono",
            "masło",
            "siła",
            "siły",
            "szkoła",
            "szkoły",
            "strzały",
            "skała",
            "skały",
            "chwili",
            "woli",
            "roli",
            "fali",
            "soli",
            "sali",
            "skali",
            "cały",
            "cała",
            "mały",
            "mała",
            "biały",
            "biała",
            "stały",
            "stała",
            "przyszły",
            "przyszła",
            "dali",
            "mili",
            "pomału",
            "zespoły",
            "byli",
            "odległości",
            "woły",
            "stoły",
            "dziali",
            "anieli",
            "rodzeli",
        }
    ),  # fmt: skip
    set_cues=("co", "każdy", "każdą", "każdego", "w każdy", "w każdą"),
    timetable_cues=_WEEKLY_LISTS,
    count_cues=(
        "około",
        "ok",
        "ponad",
        "blisko",
        "prawie",
        "niemal",
        "co najmniej",
        "przeszło",
        "nawet",
        "aż",
        "do",
    ),  # fmt: skip
    count_nouns=frozenset(
        {
            "migrantów",
            "osób",
            "ludzi",
            "żołnierzy",
            "policjantów",
            "funkcjonariuszy",
            "uchodźców",
            "cudzoziemców",
            "złotych",
            "zł",
            "euro",
            "km",
            "dolarów",
            "migranci",
            "osoby",
            "obywateli",
        }
    ),  # fmt: skip
    clock_patterns=(
        *CLOCK_DIGITS,
        r"godz(?:\.|iny|ina)? ?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?!\d)",
        r"północy",
        r"północ",
        r"południe",
    ),
    named_times={"północ": "00:00", "południe": "12:00"},
    time_prepositions=("o", "około", "ok.", "od", "do", "po", "przed"),
    time_date_links=("w", "we"),  # "o 12.45 w niedzielę": the clock is that day's
    time_zones=("czasu polskiego", "czasu lokalnego", "utc", "gmt"),
    scheduled_before_only=True,
    cue_blockers=frozenset({"nie", "by", "aby", "żeby"}),
    forward_markers=("przed (?:planowanym|zaplanowanym)", "w przededniu"),
    forward_prepositions=(),
    # "od" (since/from) is left out: with a present verb it is "since" ("koczują od
    # poniedziałku", camped since Monday); a start ahead takes a future ("od środy będzie").
    open_end_prepositions=("do", "aż do"),
    reporting_verbs=frozenset(
        {
            "powiedział",
            "powiedziała",
            "poinformował",
            "poinformowała",
            "przekazał",
            "przekazała",
            "podała",
            "podał",
            "dodał",
            "dodała",
            "oświadczył",
            "oświadczyła",
        }
    ),  # fmt: skip
    list_links=("i", "oraz", "lub", "albo", "-", "–", ","),
    weekdays_lower_case=True,
    odds_context=("kursy", "bukmacherzy", "zakłady"),
    pluperfect_auxiliaries=frozenset(),
    schedule_nouns=(
        "godzina policyjna",
        "godziny policyjnej",
        "godzinę policyjną",
        "godziną policyjną",
        "godzinie policyjnej",
        "godziny otwarcia",
    ),
    daily_markers=(
        "codziennie",
        "co dzień",
        "każdego dnia",
        "co wieczór",
        "każdego wieczoru",
        "co noc",
        "każdej nocy",
        "co rano",
    ),
    until_prepositions=("do", "aż do"),
    since_prepositions=(),
    rolling_day_phrases=_ROLLING_DAY,
    day_range_links=("do",),
    night_range_links=("na",),
    day_pair_links=("i",),
    day_range_openers=("między", "pomiędzy", "na przełomie"),
    day_list_openers=("w dniach", "dniach"),
    day_between_links=("a",),
    day_range_determiners=(),
    month_years_after={
        "tego roku": 0,
        "bieżącego roku": 0,
        "br.": 0,
        "b.r.": 0,
        "ubiegłego roku": -1,
        "zeszłego roku": -1,
        "minionego roku": -1,
        "ub.r.": -1,
        "ub. r.": -1,
        "przyszłego roku": 1,
    },
)
