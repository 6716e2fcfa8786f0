"""Russian calendar words, date grammar and tense cues.

Months in the genitive after a day ("8 ноября"), the nominative and prepositional
elsewhere ("в ноябре"); weekdays in the accusative after "в"/"во" ("во вторник",
"в среду"). The past tense is recognised by its endings ("заявил", "задержали",
"состоялся"), the future by its auxiliaries and perfective verbs of scheduling.
"""

from __future__ import annotations

from crisis_timeline.lang._calendar import CLOCK_DIGITS, day_words, make_lexicon, periods
from crisis_timeline.temporal_lexicon import Phrase

_MONTHS = {
    1: ("январь", "января", "январе"), 2: ("февраль", "февраля", "феврале"),
    3: ("март", "марта", "марте"), 4: ("апрель", "апреля", "апреле"), 5: ("май", "мая", "мае"),
    6: ("июнь", "июня", "июне"), 7: ("июль", "июля", "июле"),
    8: ("август", "августа", "августе"), 9: ("сентябрь", "сентября", "сентябре"),
    10: ("октябрь", "октября", "октябре"), 11: ("ноябрь", "ноября", "ноябре"),
    12: ("декабрь", "декабря", "декабре"),
}  # fmt: skip
_WEEKDAYS = {
    0: ("понедельник", "понедельника"), 1: ("вторник", "вторника"),
    2: ("среда", "среду", "среды"), 3: ("четверг", "четверга"),
    4: ("пятница", "пятницу", "пятницы"), 5: ("суббота", "субботу", "субботы"),
    6: ("воскресенье", "воскресенья"),
}  # fmt: skip

# A rolling day, the border guards' daily count (Lexicon.rolling_day_phrases).
# "В Литве за сутки задержали 287 мигрантов": "in a day" alone is the past day too.
_ROLLING_DAY = (
    "последние сутки", "минувшие сутки", "прошедшие сутки", "последние 24 часа", "за сутки",
)  # fmt: skip

_PHRASES = {
    **{phrase: Phrase("day") for phrase in _ROLLING_DAY},
    **day_words({"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2}),
    # "вчерашний штурм", "во вчерашних столкновениях": yesterday's happening; "во время
    # сегодняшнего штурма": today's, in the genitive alone: the other forms are the nowadays
    # idioms' too ("в сегодняшнем мире", "сегодняшние реалии", "на сегодняшний день")
    **{
        f"вчерашн{ending}": Phrase("day", -1)
        for ending in ("ий", "яя", "ее", "ие", "его", "ей", "ем", "ему", "их", "им", "юю", "ими")
    },
    "сегодняшнего": Phrase("day", 0),
    **periods(
        {
            # "неделю назад" = "a week ago" (the number left out): the previous calendar week
            "неделю назад": ("week", -1),
            "месяц назад": ("month", -1),
            "год назад": ("year", -1),
            "на этой неделе": ("week", 0),
            "на прошлой неделе": ("week", -1),
            "на минувшей неделе": ("week", -1),
            "на следующей неделе": ("week", 1),
            "на будущей неделе": ("week", 1),
            "в этом месяце": ("month", 0),
            "в прошлом месяце": ("month", -1),
            "в следующем месяце": ("month", 1),
            "в этом году": ("year", 0),
            "в прошлом году": ("year", -1),
            "в следующем году": ("year", 1),
        }
    ),  # fmt: skip
    # "в начале этого года", "в конце прошлого месяца": a part of the period, dated as the
    # period ("early this year" in English); never bare ("в середине недели моды" is a
    # fashion week's middle)
    **periods(
        {
            f"{part} {det}{noun}": (unit, offset)
            for unit, noun, dets in (
                (
                    "week",
                    "недели",
                    (("этой ", 0), ("прошлой ", -1), ("минувшей ", -1), ("следующей ", 1)),
                ),
                (
                    "month",
                    "месяца",
                    (
                        ("этого ", 0),
                        ("прошлого ", -1),
                        ("минувшего ", -1),
                        ("следующего ", 1),
                    ),
                ),
                (
                    "year",
                    "года",
                    (
                        ("этого ", 0),
                        ("текущего ", 0),
                        ("прошлого ", -1),
                        ("минувшего ", -1),
                        ("следующего ", 1),
                    ),
                ),
            )
            for det, offset in dets
            for part in ("в начале", "в конце", "в середине")
        }
    ),  # fmt: skip
    "прошлой ночью": Phrase("day", -1, time_of_day="night"),
    "минувшей ночью": Phrase("day", -1, time_of_day="night"),
    "этой ночью": Phrase("day", time_of_day="night"),
    "в выходные": Phrase("weekend", reference="tense"),
    "в эти выходные": Phrase("weekend", reference="this"),
    "в минувшие выходные": Phrase("weekend", reference="before"),
    "в прошлые выходные": Phrase("weekend", reference="before"),
    "в следующие выходные": Phrase("weekend", reference="after"),
    "на следующий день": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "на другой день": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "днем позже": Phrase("day", 1, "narrative"),
    "в тот же день": Phrase("day", 0, "narrative"),
    "в тот день": Phrase("day", 0, "narrative"),
    "накануне": Phrase("day", -1, "narrative", takes_part_of_day=True, relative_to_event=True),
}

# A part of the day in the instrumental: after its day ("27 ноября ночью") and right before
# it ("ночью 27 ноября") alike
_PARTS_OF_DAY = {
    "утром": "morning",
    "рано утром": "early morning",
    "днем": "afternoon",
    "днём": "afternoon",
    "вечером": "evening",
    "поздно вечером": "evening",
    "ночью": "night",
}

# Weekdays listed after a weekly count, "четыре дня в неделю – во вторник, среду, пятницу и
# воскресенье": a timetable (a set), not days that happened.
_WEEKLY_LISTS = tuple(
    f"{count}{mark}{preposition}"
    for count in ("дня в неделю", "дней в неделю", "раза в неделю", "раз в неделю")
    for mark in (" –", " -", " —", ":", " :")
    for preposition in ("", " в", " во")
)


LEXICON = make_lexicon(
    "ru",
    months={name: number for number, forms in _MONTHS.items() for name in forms},
    month_abbreviations={
        "янв": 1,
        "фев": 2,
        "мар": 3,
        "апр": 4,
        "авг": 8,
        "сен": 9,
        "сент": 9,
        "окт": 10,
        "ноя": 11,
        "нояб": 11,
        "дек": 12,
    },  # fmt: skip
    weekdays={name: number for number, forms in _WEEKDAYS.items() for name in forms},
    weekday_abbreviations={"пн": 0, "вт": 1, "ср": 2, "чт": 3, "пт": 4, "сб": 5, "вс": 6},
    month_before_day=False,
    period_modifiers={
        "в начале": "start",
        "в конце": "end",
        "в середине": "mid",
        "к концу": "end",
        "до конца": "end",
        "с начала": "start",
        "начало": "start",
        "конец": "end",
        # a numbered week of the month: temporal.WEEK_OF_MONTH
        "первую неделю": "week1",
        "первая неделя": "week1",
        "на первой неделе": "week1",
        "первой недели": "week1",
        "вторую неделю": "week2",
        "на второй неделе": "week2",
        "третью неделю": "week3",
        "на третьей неделе": "week3",
        "четвертую неделю": "week4",
        "четвёртую неделю": "week4",
        "последнюю неделю": "week_last",
        "на последней неделе": "week_last",
        "последняя неделя": "week_last",
        "последней недели": "week_last",
        # the first or last day of a month or year: temporal_calendar.DAY_OF_PERIOD
        "в первый день": "day_first",
        "первый день": "day_first",
        "первого дня": "day_first",
        "в последний день": "day_last",
        "последний день": "day_last",
        "последнего дня": "day_last",
    },  # fmt: skip
    # "в течение июля": during the month
    month_licensors=("в", "во", "с", "до", "к", "после", "перед", "на", "течение"),
    year_licensors=("в", "с", "до", "к", "после", "года", "году"),
    # "2019 году пограничники задержали ...": the year's own word after it
    year_nouns_after=frozenset({"г", "гг", "году", "года", "год", "годом"}),
    weak_year_licensors=("до", "с", "к"),
    range_links=("-", "–", "по", "до", "и"),
    relative_prefixes={
        "прошлый": "before",
        "прошлую": "before",
        "прошлое": "before",
        "минувший": "before",
        "минувшую": "before",
        "минувшее": "before",
        "этот": "this",
        "эту": "this",
        "это": "this",
        "следующий": "after",
        "следующую": "after",
        "следующее": "after",
        "ближайший": "after",
        "ближайшую": "after",
        "ближайшее": "after",
    },  # fmt: skip
    parts_of_day=_PARTS_OF_DAY,
    part_of_day_of={
        "утром в": "morning",
        "утром во": "morning",
        "вечером в": "evening",
        "вечером во": "evening",
        "днем в": "afternoon",
        "днём в": "afternoon",
        "ночью в": "night",
        # the instrumental right before a date names that date's part: "ночью 27 ноября"
        **_PARTS_OF_DAY,
        "в ночь на": "night into",
        "в ночь с": "night",
        "в ночь со": "night",  # "в ночь со среды на четверг"
        # the genitive of a range's ends: "с утра субботы до утра воскресенья" (batch 32)
        "утра": "morning",
        "вечера": "evening",
    },  # fmt: skip
    # The instrumental of a part of day is an adverb of time of its own ("Полиция сообщила,
    # что ночью в том же районе ..."): the narrative's day, or the publication's
    bare_parts_of_day={
        "ночью": ("night", False),
        "утром": ("morning", False),
        "рано утром": ("early morning", False),
        "вечером": ("evening", False),
        "поздно вечером": ("evening", False),
    },  # fmt: skip
    phrases=_PHRASES,
    numbers={
        "один": 1,
        "одну": 1,
        "два": 2,
        "две": 2,
        "три": 3,
        "четыре": 4,
        "пять": 5,
        "шесть": 6,
        "семь": 7,
        "восемь": 8,
        "девять": 9,
        "десять": 10,
        # the collective numbers of "сутки": "за последние трое суток"
        "двое": 2,
        "трое": 3,
        "четверо": 4,
    },  # fmt: skip
    units={
        "день": "day",
        "дня": "day",
        "дней": "day",
        "суток": "day",
        "неделю": "week",
        "недели": "week",
        "недель": "week",
        "месяц": "month",
        "месяца": "month",
        "месяцев": "month",
        "год": "year",
        "года": "year",
        "лет": "year",
    },  # fmt: skip
    relative_templates={
        "ago": ("{n} {unit} назад",),
        "ahead": ("через {n} {unit}",),
        "later": ("{n} {unit} спустя", "спустя {n} {unit}"),
        "earlier": ("за {n} {unit} до этого",),
        "past": ("последние {n} {unit}",),
    },
    tense_cues={
        "future": (
            "(?:будет|будут|будем|буду)",
            "(?:состоится|состоятся|пройдет|пройдёт|пройдут|начнется|начнётся|откроется)",
            "(?:планирует|планируют|намерен|намерена|намерены|собирается|собираются)",
            "(?:должен|должна|должно|должны)(?! (?:был|была|было|были))",
            # perfective presents name the future: "санкции вступят в силу 2 декабря",
            # "под действие ограничений попадут 17 человек" (batch 32)
            "вступ(?:ит|ят) в силу",
            "(?:попадут|попадёт|попадет|введут|введёт|введет|утвердят|утвердит|примут)",
            # a plan's day: "учения запланированы на 10 сентября", "намечены еще два рейса"
            # (not when a past verb follows: "Запланированная на вторник встреча состоялась")
            "(?:запланирован|намечен)(?:ы|а|о|ный|ная|ное|ные|ных|ную|ного)?"
            "(?![^.!?]*\\b[а-яё]+(?:л|ла|ло|ли)(?:сь|ся)?\\b)",
            "(?:посетит|встретится|встретятся|проведет|проведёт|проведут|обсудят|приедет)",
            # more perfective presents of the crisis' plans: "Польша 25 января начнёт
            # возведение забора" (batch 34)
            "(?:начнет|начнёт|начнут|начнутся|завершит|завершат|завершится|закончит|закончат"
            "|закончится|откроет|откроют|закроет|закроют|закроется|построит|построят"
            "|возведет|возведёт|возведут|продлит|продлят|отменит|отменят|вернет|вернёт"
            "|вернут|прибудет|прибудут|вылетит|вылетят|отправит|отправят|выделит|выделят"
            # "официально данную информацию опубликуют в четверг" (batch 39)
            "|опубликует|опубликуют|объявит|объявят|представит|представят|подпишет|подпишут)",
        ),
        "reported": (
            "(?:должен|должна|должно|должны) (?:был|была|было|были)",
            "(?:собирался|собиралась|собирались)",
        ),
        "scheduled": (
            "(?:проходит|проходят|открывается|начинается|стартует|вводится|вводятся)",
            "вступа(?:ет|ют) в силу",
        ),
        "past": ("(?:был|была|было|были)",),
        # A state ("комендантский час действует", "остаётся в силе"): no direction of its own.
        "state": ("(?:действует|действуют|сохраняется|сохраняются|остаётся|остается|остаются)",),
    },
    tense_endings={
        "past": (
            "ил",
            "ыл",
            "ал",
            "ял",
            "ел",
            "ёл",  # "ввёл", "произошёл", "пришёл"
            "ул",
            "ила",
            "ыла",
            "ала",
            "яла",
            "ела",
            "ула",
            "или",
            "ыли",
            "али",
            "яли",
            "ели",
            "ули",
            "ило",
            "ыло",
            "ало",
            "яло",
            "ело",
            "лся",
            "лась",
            "лись",
            "лось",
        ),
    },  # fmt: skip
    tense_stopwords=frozenset(
        {
            "или",
            "сила",
            "дело",
            "тело",
            "село",
            "начало",
            "мало",
            "немало",
            "материал",
            "канал",
            "генерал",
            "финал",
            "сигнал",
            "капитал",
            "персонал",
            "вокзал",
            "зал",
            "предел",
            "отдел",
            "раздел",
            "правила",
            "правило",
            "дела",
            "цели",
            "недели",
            "модели",
            "детали",
            "пули",
            "тыл",
            "могила",
            "вилла",
            "около",
            "весело",
            "смело",
            "целый",
            "ели",
            "мел",
            "интервал",
            "идеал",
            "обстрел",
        }
    ),  # fmt: skip
    # Not "по": with a date or a singular weekday it ends a range ("с 10 по 15 ноября",
    # "с субботы по понедельник"); the plural of a set ("по понедельникам") is no date form.
    set_cues=("каждый", "каждую", "каждое"),
    timetable_cues=_WEEKLY_LISTS,
    count_cues=(
        "около",
        "более",
        "свыше",
        "почти",
        "порядка",
        "до",
        "не менее",
        "менее",
        "примерно",
        "больше",
        "меньше",
    ),  # fmt: skip
    count_nouns=frozenset(
        {
            "мигрантов",
            "человек",
            "беженцев",
            "военных",
            "силовиков",
            "пограничников",
            "рублей",
            "евро",
            "долларов",
            "км",
            "километров",
            "граждан",
            "мигранта",
        }
    ),  # fmt: skip
    # "С полуночи до 13 часов 1 августа": the genitive after "с"/"до" is the same hour
    clock_patterns=(
        *CLOCK_DIGITS,
        r"(?:[01]?\d|2[0-3]) час(?:а|ов)?",
        r"полдень",
        r"полудня",
        r"полночь",
        r"полуночи",
    ),
    named_times={"полдень": "12:00", "полудня": "12:00", "полночь": "00:00", "полуночи": "00:00"},
    time_prepositions=("в", "около", "до", "после", "с", "к"),
    time_date_links=("в", "во"),  # "в 12.45 в воскресенье": the clock is that day's
    time_zones=(
        "по московскому времени",
        "по минскому времени",
        "по местному времени",
        "мск",
        "utc",
        "gmt",
    ),  # fmt: skip
    scheduled_before_only=True,
    cue_blockers=frozenset({"не", "чтобы"}),
    forward_markers=("в преддверии", "накануне запланированн\\w+"),
    open_end_prepositions=("до", "вплоть до", "с"),
    since_or_from_prepositions=("с",),
    reporting_verbs=frozenset(
        {
            "заявил",
            "заявила",
            "сообщил",
            "сообщила",
            "сообщили",
            "сказал",
            "сказала",
            "отметил",
            "отметила",
            "добавил",
            "добавила",
            "передает",
            "передаёт",
        }
    ),  # fmt: skip
    list_links=("и", "или", "-", "–", ","),
    weekdays_lower_case=True,
    odds_context=("коэффициент", "букмекеры", "ставки"),
    schedule_nouns=(
        "комендантский час",
        "комендантского часа",
        "комендантским часом",
        "комендантскому часу",
        "часы работы",
        "режим работы",
    ),
    daily_markers=(
        "ежедневно",
        "каждый день",
        "каждую ночь",
        "каждый вечер",
        "каждое утро",
        "по будням",
    ),
    until_prepositions=("до", "вплоть до", "по"),  # "с 11 августа [по] 10 ноября"
    since_prepositions=(),
    rolling_day_phrases=_ROLLING_DAY,
    day_range_links=("по", "до"),
    night_range_links=("на",),
    day_pair_links=("и",),
    day_range_openers=("между", "на рубеже"),
    day_list_openers=(),
    day_between_links=(),
    day_range_determiners=(),
    month_years_after={
        "этого года": 0,
        "текущего года": 0,
        "сего года": 0,
        "т.г.": 0,
        "т. г.": 0,
        "прошлого года": -1,
        "минувшего года": -1,
        "прошедшего года": -1,
        "позапрошлого года": -2,
        "следующего года": 1,
        "будущего года": 1,
    },
)
