"""Lithuanian calendar words, date grammar and tense cues.

Dates put the month (genitive) before the day: "lapkričio 8 d.", "lapkričio 7-ąją",
"iki lapkričio 8-osios", "2021 m. lapkričio 8 d."; weekdays are accusative for "on"
("pirmadienį") and genitive before a part of day ("antradienio vakarą"). Past tense by
its endings ("pareiškė", "patvirtino", "grąžino"), future by its verbs ("bus", "vyks").
"""

from __future__ import annotations

from crisis_timeline.lang._calendar import CLOCK_DIGITS, day_words, make_lexicon, periods
from crisis_timeline.temporal_lexicon import Phrase

_MONTHS = {
    1: ("sausis", "sausio", "sausį"), 2: ("vasaris", "vasario", "vasarį"),
    # not "kovą": it is also "a fight" ("pradėjo kovą")
    3: ("kovas", "kovo"), 4: ("balandis", "balandžio", "balandį"),
    5: ("gegužė", "gegužės", "gegužę"), 6: ("birželis", "birželio", "birželį"),
    7: ("liepa", "liepos", "liepą"), 8: ("rugpjūtis", "rugpjūčio", "rugpjūtį"),
    9: ("rugsėjis", "rugsėjo", "rugsėjį"), 10: ("spalis", "spalio", "spalį"),
    11: ("lapkritis", "lapkričio", "lapkritį", "lapkrityje"),
    12: ("gruodis", "gruodžio", "gruodį", "gruodyje"),
}  # fmt: skip
_DAYS = ("pirmadien", "antradien", "trečiadien", "ketvirtadien", "penktadien", "šeštadien",
         "sekmadien")  # fmt: skip

# A rolling day, the border guards' daily count (Lexicon.rolling_day_phrases).
_ROLLING_DAY = ("pastarąją parą", "praėjusią parą", "pastarąsias 24 valandas")

_PHRASES = {
    **{phrase: Phrase("day") for phrase in _ROLLING_DAY},
    **day_words({"šiandien": 0, "vakar": -1, "rytoj": 1, "užvakar": -2, "poryt": 2}),
    # "vakarykštis incidentas", "per vakarykščius susirėmimus": yesterday's happening
    **{
        f"vakaryk{ending}": Phrase("day", -1)
        for ending in (
            "štis",
            "štė",
            "ščio",
            "štės",
            "ščiame",
            "štėje",
            "štį",
            "štę",
            "ščiai",
            "ščių",
            "ščius",
            "ščiuose",
            "štėmis",
            "ščiais",
        )
    },  # fmt: skip
    # "Šią parą ... sieną kirto dar 150": this day, today (not the rolling 24 hours before)
    "šią parą": Phrase("day", 0),
    # "per šiandieninį incidentą", "šiandieninio išpuolio metu": today's happening, in the
    # masculine genitive and accusative alone (not "šiandieniniame pasaulyje", "šiandieninė
    # Europa": nowadays)
    "šiandieninio": Phrase("day", 0),
    "šiandieninį": Phrase("day", 0),
    **periods(
        {
            # "prieš mėnesį" = "a month ago" (the number left out): the previous calendar month
            "prieš savaitę": ("week", -1),
            "prieš mėnesį": ("month", -1),
            "prieš metus": ("year", -1),
            "šią savaitę": ("week", 0),
            "praėjusią savaitę": ("week", -1),
            "praeitą savaitę": ("week", -1),
            "kitą savaitę": ("week", 1),
            "ateinančią savaitę": ("week", 1),
            "šį mėnesį": ("month", 0),
            "praėjusį mėnesį": ("month", -1),
            "kitą mėnesį": ("month", 1),
            "šiais metais": ("year", 0),
            "šiemet": ("year", 0),
            "praėjusiais metais": ("year", -1),
            "pernai": ("year", -1),
            "kitais metais": ("year", 1),
        }
    ),  # fmt: skip
    # "šių metų pradžioje", "praėjusio mėnesio pabaigoje": a part of the period, dated as the
    # period ("early this year" in English); never bare ("2021 metų pradžioje" is the year's)
    **periods(
        {
            f"{det} {noun} {part}": (unit, offset)
            for unit, noun, dets in (
                ("week", "savaitės", (("šios", 0), ("praėjusios", -1), ("kitos", 1))),
                ("month", "mėnesio", (("šio", 0), ("praėjusio", -1), ("kito", 1))),
                ("year", "metų", (("šių", 0), ("praėjusių", -1), ("kitų", 1))),
            )
            for det, offset in dets
            for part in ("pradžioje", "pabaigoje", "viduryje")
        }
    ),  # fmt: skip
    "šįryt": Phrase("day", time_of_day="morning"),
    "šiandien ryte": Phrase("day", time_of_day="morning"),
    "šiąnakt": Phrase("day", time_of_day="night"),
    "praėjusią naktį": Phrase("day", -1, time_of_day="night"),
    "savaitgalį": Phrase("weekend", reference="tense"),
    "šį savaitgalį": Phrase("weekend", reference="this"),
    "praėjusį savaitgalį": Phrase("weekend", reference="before"),
    "kitą savaitgalį": Phrase("weekend", reference="after"),
    "kitą dieną": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "kitą rytą": Phrase("day", 1, "narrative", time_of_day="morning"),
    "tą pačią dieną": Phrase("day", 0, "narrative"),
    "tą dieną": Phrase("day", 0, "narrative"),
    "dieną prieš tai": Phrase("day", -1, "narrative"),
    "išvakarėse": Phrase("day", -1, "narrative", relative_to_event=True),
}

# Weekdays listed after a weekly count, "keturias dienas per savaitę – antradienį,
# trečiadienį, penktadienį ir sekmadienį": a timetable (a set), not days that happened.
_WEEKLY_LISTS = tuple(
    f"{count}{mark}{preposition}"
    for count in (
        "dienas per savaitę",
        "dienų per savaitę",
        "kartus per savaitę",
        "kartų per savaitę",
    )
    for mark in (" –", " -", " —", ":", " :")
    for preposition in ("",)
)


LEXICON = make_lexicon(
    "lt",
    months={name: number for number, forms in _MONTHS.items() for name in forms},
    month_abbreviations={
        "saus": 1,
        "vas": 2,
        "bal": 4,
        "geg": 5,
        "birž": 6,
        "liep": 7,
        "rugp": 8,
        "rugs": 9,
        "spal": 10,
        "lapkr": 11,
        "gruod": 12,
    },  # fmt: skip
    weekdays={
        f"{stem}{ending}": number
        for number, stem in enumerate(_DAYS)
        for ending in ("is", "į", "io", "iui")
    },
    day_suffixes=(" d", " dieną", "-ąją", "-oji", "-osios", "-ajai", "-ąja", "-ją", "-ji", "-os"),
    month_before_day=True,
    period_modifiers={"pradžioje": "start", "pabaigoje": "end", "viduryje": "mid"},
    month_licensors=("nuo", "iki", "per", "šių metų", "praėjusių metų", "pernai", "šiemet"),
    year_licensors=("nuo", "iki", "per", "po", "prieš"),
    # "2019 m. pasieniečiams įkliuvo 46 migrantai": the year's own word after it (metais)
    year_nouns_after=frozenset({"m", "metais", "metų", "metai", "metams"}),
    weak_year_licensors=("iki", "nuo"),
    range_links=("-", "–", "iki", "ir"),
    relative_prefixes={
        "praėjusį": "before",
        "praeitą": "before",
        "šį": "this",
        "kitą": "after",
        "ateinantį": "after",
        "artimiausią": "after",
    },  # fmt: skip
    parts_of_day={
        "ryte": "morning",
        "rytą": "morning",
        "anksti ryte": "early morning",
        "popiet": "afternoon",
        "po pietų": "afternoon",
        "vakare": "evening",
        "vakarą": "evening",
        "naktį": "night",
        "vėlai vakare": "evening",
        # "nuo ketvirtadienio vidurnakčio": the day's midnight, its night
        "vidurnaktį": "night",
        "vidurnakčio": "night",
        # the genitive after "nuo"/"iki": "nuo šeštadienio ryto iki sekmadienio ryto", the
        # border guard's daily count (batch 32)
        "ryto": "morning",
        "vakaro": "evening",
    },  # fmt: skip
    # "iki vidurnakčio iš ketvirtadienio į penktadienį": the midnight between two days, read
    # as their night (batches 39, 41, 43: two days had made two events)
    part_of_day_of={
        "naktį į": "night into",
        "naktį iš": "night",
        "vidurnakčio iš": "night",
        "vidurnaktį iš": "night",
    },
    phrases=_PHRASES,
    numbers={
        "vieną": 1,
        "dvi": 2,
        "du": 2,
        "tris": 3,
        "trys": 3,
        "keturias": 4,
        "keturis": 4,
        "penkias": 5,
        "penkis": 5,
        "šešias": 6,
        "septynias": 7,
        "dešimt": 10,
    },  # fmt: skip
    units={
        "dieną": "day",
        "dienas": "day",
        "dienų": "day",
        "savaitę": "week",
        "savaites": "week",
        "savaičių": "week",
        "mėnesį": "month",
        "mėnesius": "month",
        "mėnesių": "month",
        "metus": "year",
        "metų": "year",
    },  # fmt: skip
    relative_templates={
        "ago": ("prieš {n} {unit}",),
        "ahead": ("po {n} {unit}",),
        "later": ("{n} {unit} vėliau",),
        "earlier": ("{n} {unit} anksčiau",),
        "past": ("pastarąsias {n} {unit}", "paskutines {n} {unit}"),
    },
    tense_cues={
        "future": (
            "(?:bus|vyks|įvyks|planuoja|ketina|susitiks|atvyks|lankysis|pradės|įsigalios|"
            "svarstys|turės|posėdžiaus|bus surengtas|bus surengta|planuojama|numatyta|"
            "numatoma|ketinama)",
            # what should happen ("ministrai ketvirtadienį turėtų ratifikuoti sprendimą")
            "turėtų (?:[^\\W\\d_]+ )?[^\\W\\d_]+ti",
        ),
        "reported": (
            "(?:turėjo|turėjusi) (?:[^\\W\\d_]+ )?[^\\W\\d_]+ti",
            # A proposal or decision to do something ("pritarė siūlymui įvesti ... nuo
            # lapkričio 10 d."): what is to be done lies ahead of it, like "agreed to".
            "(?:siūlym|sprendim|nutarim|ketinim|plan)[^\\W\\d_]* [^\\W\\d_]+ti",
            "(?:nusprendė|nutarė|pasiūlė|ketino|planavo|sutarė|sutiko) [^\\W\\d_]+ti",
        ),
        "scheduled": ("(?:prasideda|vyksta|įsigalioja)",),
        "past": ("(?:buvo|vyko|įvyko)",),
        # A state ("komendanto valanda galioja"): no direction of its own.
        "state": ("(?:galioja|tebegalioja|išlieka)",),
    },
    tense_endings={
        "future": ("ks", "ps", "sime", "site", "siu"),
        # "-o" past forms whose present differs ("pateko"/"patenka", "neįleido"/"neįleidžia",
        # "atvyko"/"atvyksta", "žuvo"/"žūva"); not a bare "-o", which
        # present forms share ("sako", "žino"), nor "-ngo" ("dingo" but "pavojingo", "lango")
        "past": (
            "ė",
            "avo",
            "ovo",
            "ino",
            "ėjo",
            "ijo",
            "ydavo",
            "ėsi",
            "eko",
            "ido",
            "yko",
            "uvo",
        ),
    },
    tense_stopwords=frozenset(
        {
            "valstybė",
            "vietovė",
            "bendrovė",
            "gegužė",
            "tarnybė",
            "putino",
            "mokslininkė",
            "vadovė",
            "atstovė",
            "premjerė",
            "ministrė",
            "prezidentė",
            "pirmininkė",
            "savivaldybė",
            "sveikatos",
            "dienė",
            "apylinkė",
            "kalbėtoja",
            "gynybė",
        }
    ),  # fmt: skip
    set_cues=("kiekvieną", "kas"),
    timetable_cues=_WEEKLY_LISTS,
    count_cues=(
        "apie",
        "daugiau nei",
        "daugiau kaip",
        "beveik",
        "mažiausiai",
        "iki",
        "per",
        "maždaug",
        "virš",
        "bent",
    ),  # fmt: skip
    count_nouns=frozenset(
        {
            "migrantų",
            "žmonių",
            "asmenų",
            "pabėgėlių",
            "pasieniečių",
            "karių",
            "eurų",
            "km",
            "kilometrų",
            "užsieniečių",
            "migrantai",
        }
    ),  # fmt: skip
    clock_patterns=(*CLOCK_DIGITS, r"(?:[01]?\d|2[0-3]) val\.?"),
    named_times={},
    time_prepositions=("apie", "nuo", "iki", "po"),
    time_zones=("lietuvos laiku", "vietos laiku", "utc", "gmt"),
    scheduled_before_only=True,
    cue_blockers=frozenset({"ne", "kad"}),
    # "nuo" (since/from) is left out: with a past or present verb it is "since" ("nuo
    # ketvirtadienio vidurnakčio iki penktadienio", the past day); ahead takes a future.
    open_end_prepositions=("iki",),
    reporting_verbs=frozenset(
        {
            "pareiškė",
            "sakė",
            "teigė",
            "pranešė",
            "nurodė",
            "patvirtino",
            "pažymėjo",
            "informavo",
            "tvirtino",
            "pridūrė",
        }
    ),  # fmt: skip
    list_links=("ir", "arba", "-", "–", ","),
    weekdays_lower_case=True,
    odds_context=("koeficientai", "lažybos"),
    # "2021 m. lapkričio 8 d.": the year first, "m." (metų) before the month's genitive.
    # or written out ("2021 metų lapkritį", kriptovaliutos.org's copy of Belsat: the month)
    year_month_links=("m.", "metų"),
    # 15min and others print the page date as "2021 12 04"; "2021.12.04" is common too.
    year_first_separators=(" ", "."),
    schedule_nouns=(
        "komendanto valanda",
        "komendanto valandos",
        "komendanto valandą",
        "komendanto valandai",
        "darbo laikas",
        "darbo laiko",
    ),
    daily_markers=(
        "kasdien",
        "kiekvieną dieną",
        "kiekvieną vakarą",
        "kiekvieną naktį",
        "kiekvieną rytą",
    ),
    until_prepositions=("iki",),
    since_prepositions=(),
    rolling_day_phrases=_ROLLING_DAY,
    # the accusative and locative of a month date a clause alone ("Spalį pranešta")
    adverbial_month_forms=tuple(
        form
        for forms in _MONTHS.values()
        for form in forms
        if form.endswith(("į", "ą", "ę", "yje"))
    ),
    period_modifiers_after={
        "pradžioje": "start",
        "pabaigoje": "end",
        "viduryje": "mid",
        # "lapkričio paskutinę dieną": temporal_calendar.DAY_OF_PERIOD
        "pirmąją dieną": "day_first",
        "pirmą dieną": "day_first",
        "paskutinę dieną": "day_last",
        "paskutiniąją dieną": "day_last",
    },
    day_range_links=("iki",),
    night_range_links=("į",),
    day_pair_links=("ir",),
    day_range_openers=("tarp",),
    day_list_openers=(),
    day_between_links=(),
    day_range_determiners=(),
    month_years_before={
        "šių metų": 0,
        "šiemet": 0,
        "praėjusių metų": -1,
        "pernai": -1,
        "užpernai": -2,
        "kitų metų": 1,
    },
)
