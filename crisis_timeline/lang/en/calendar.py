"""English calendar words, date grammar and tense cues: the tagger's English `Lexicon`.

Weekday and month names, the words that license a bare month or year, parts of the day,
deictic phrases ("yesterday", "earlier this month", "the following day"), clock times, tense
cues, and the negative cues (event nouns after a year, betting odds, participles).
Conventions of every table: crisis_timeline/temporal_lexicon.py.
"""

from __future__ import annotations

from crisis_timeline.lang._calendar import day_words
from crisis_timeline.temporal_lexicon import NEWSPAPER_AFTER, NEWSPAPER_BEFORE, Lexicon, Phrase

_DAY_WORDS_EN = {
    "today": 0,
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _en_period_phrases() -> dict[str, Phrase]:
    """'this week', 'earlier this month', 'the end of last year', 'later in the week'..."""
    phrases = {}
    modifiers = ("", "earlier ", "later ", "early ", "late ", "the end of ", "the beginning of ",
                 "the start of ", "the middle of ")  # fmt: skip
    for unit in ("week", "month", "year"):
        for determiner, offset in (("this", 0), ("last", -1), ("next", 1)):
            for modifier in modifiers:
                phrases[f"{modifier}{determiner} {unit}"] = Phrase(unit, offset)
        for modifier in ("the end of", "the beginning of", "the start of", "the middle of",
                         "earlier in", "later in", "early in", "late in"):  # fmt: skip
            phrases[f"{modifier} the {unit}"] = Phrase(unit)
        for relation, offset in (("before", -1), ("after", 1)):  # "the year before" (the vote)
            phrases[f"the {unit} {relation}"] = Phrase(
                unit, offset, "narrative", relative_to_event=True
            )
    return phrases


_EN_PERIOD_PHRASES = _en_period_phrases()


# A rolling day, the border guards' daily count (Lexicon.rolling_day_phrases).
_ROLLING_DAY = (
    "the last 24 hours",
    "the past 24 hours",
    "the previous 24 hours",
    "the last twenty-four hours",
    "the past twenty-four hours",
    "the past day",  # "Over the past day in Poland, 50 people were detained"
)

_PHRASES_EN: dict[str, Phrase] = {
    **{phrase: Phrase("day") for phrase in _ROLLING_DAY},
    **day_words(_DAY_WORDS_EN),
    "earlier today": Phrase("day"),
    # a live page's "moments ago": the writer's day
    "moments ago": Phrase("day"),
    "a few moments ago": Phrase("day"),
    "later today": Phrase("day"),
    # the day the story is telling, as "that day" ("... told Sputnik on Thursday. Earlier in
    # the day, the EU ambassador said ..."); the publication day when it has told none
    "earlier in the day": Phrase("day", 0, "narrative"),
    "later in the day": Phrase("day", 0, "narrative"),
    "tonight": Phrase("day", time_of_day="night"),
    "year-end": Phrase("year"),
    "month-end": Phrase("month"),
    "this morning": Phrase("day", time_of_day="morning"),
    "this afternoon": Phrase("day", time_of_day="afternoon"),
    "this evening": Phrase("day", time_of_day="evening"),
    "last night": Phrase("day", -1, time_of_day="night"),
    **_EN_PERIOD_PHRASES,
    "the weekend": Phrase("weekend", reference="tense"),
    "this weekend": Phrase("weekend", reference="this"),
    "last weekend": Phrase("weekend", reference="before"),
    "this past weekend": Phrase("weekend", reference="before"),
    "next weekend": Phrase("weekend", reference="after"),
    "this coming weekend": Phrase("weekend", reference="after"),
    "the next day": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "the following day": Phrase("day", 1, "narrative", takes_part_of_day=True),
    "the day after": Phrase("day", 1, "narrative", relative_to_event=True),
    "the previous day": Phrase("day", -1, "narrative", takes_part_of_day=True),
    "the day before": Phrase("day", -1, "narrative", relative_to_event=True),
    "the same day": Phrase("day", 0, "narrative"),
    "that same day": Phrase("day", 0, "narrative"),
    "that day": Phrase("day", 0, "narrative"),
    # "Earlier this day, the ministry reported ...": the day the story is telling, not the
    # publication day (wire copy translated from Russian writes "this day" for "that day").
    "earlier that day": Phrase("day", 0, "narrative"),
    "later that day": Phrase("day", 0, "narrative"),
    "earlier this day": Phrase("day", 0, "narrative"),
    "later this day": Phrase("day", 0, "narrative"),
    "the next morning": Phrase("day", 1, "narrative", time_of_day="morning"),
    "the following morning": Phrase("day", 1, "narrative", time_of_day="morning"),
    "that morning": Phrase("day", 0, "narrative", time_of_day="morning"),
    "that afternoon": Phrase("day", 0, "narrative", time_of_day="afternoon"),
    "that evening": Phrase("day", 0, "narrative", time_of_day="evening"),
    "that night": Phrase("day", 0, "narrative", time_of_day="night"),
    "that week": Phrase("week", 0, "narrative"),
    "the following week": Phrase("week", 1, "narrative"),
    "the previous week": Phrase("week", -1, "narrative"),
    "the following month": Phrase("month", 1, "narrative"),
    "the previous month": Phrase("month", -1, "narrative"),
    "the following year": Phrase("year", 1, "narrative"),
    "the previous year": Phrase("year", -1, "narrative"),
}


_CLOCK_EN = (
    r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?: ?(?:[ap]\.m\.|[ap]m\b))?",
    r"(?:[01]\d|2[0-3])\.[0-5]\d(?= (?:gmt|utc|bst|cet|cest|est|edt)\b)",
    r"(?:1[0-2]|0?[1-9])(?:[.:][0-5]\d)? ?(?:[ap]\.m\.|[ap]m\b)",
    r"noon",
    r"midnight",
)


# Nouns after a year that make it a date: "the 1985 quake", "the 2004 tsunami".
_EN_EVENT_NOUNS = frozenset(
    {
        "quake", "earthquake", "tsunami", "flood", "floods", "hurricane", "storm",
        "wildfires", "famine", "massacre", "bombing", "bombings", "riots", "strike",
        "strikes", "crash", "disaster", "pandemic", "outbreak", "final", "finals",
        "championship", "championships", "tournament", "edition", "treaty",
        "constitution", "plan", "target", "targets", "figures", "accounts", "harvest",
        "recession", "merger", "visit", "tour", "race", "marathon", "genocide",
        "shooting", "shootings", "killings", "victory", "defeat", "film", "album", "novel",
        "mission", "launch", "heatwave", "drought", "spending", "forecast", "forecasts",
        "mid-term", "midterm", "midterms", "primary", "primaries", "runoff", "contest",
    }
)  # fmt: skip


_EN_SCHEDULED_NEEDS_SUBJECT = frozenset(
    {
        "face", "meet", "play", "host", "open", "close", "reopen", "resume", "start", "begin",
        "end", "vote", "expire", "kick", "go", "travel", "head", "fly", "take", "come", "run",
        "last", "get",
    }
)  # fmt: skip


_EN_CUE_BLOCKERS = frozenset(
    {
        "to", "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
        "that", "these", "those", "will", "would", "could", "should", "can", "may", "might",
        "must", "shall", "did", "does", "do", "not", "no", "never", "don't", "doesn't",
        "didn't", "won't", "wouldn't", "can't", "cannot", "new", "first", "last", "next",
        "whose", "of", "one", "two", "three", "several", "many", "some", "any", "every",
        "each", "all", "both", "is", "are", "was", "were", "be", "been", "being", "had",
    }
)  # fmt: skip


_EN_PARTICIPLES = frozenset(
    {
        "sworn", "chosen", "taken", "given", "born", "beaten", "driven", "written", "shown",
        "seen", "stolen", "frozen", "broken", "spoken", "hidden", "forgotten", "overtaken",
        "withdrawn", "drawn", "thrown", "flown", "shaken", "ridden", "fallen", "struck",
        "caught", "brought", "bought", "sought", "taught", "won", "lost",
    }
)  # fmt: skip


_EN_PARTICIPLE_BLOCKERS = frozenset(
    {
        "be", "been", "being", "is", "are", "was", "were", "will", "would", "to", "has",
        "have", "had", "the", "a", "an",
    }
)  # fmt: skip


_EN_MONTH_NOUNS_AFTER = frozenset(
    {
        "figures", "figure", "data", "numbers", "statistics", "report", "reading", "jobs",
        "inflation", "sales", "payrolls", "payroll", "election", "elections", "vote",
        "meeting", "summit", "session", "deadline", "visit", "attack", "attacks", "talks",
        "rally", "protest", "protests", "strike", "budget", "poll", "polls", "results",
        "survey", "edition", "issue", "index", "decision", "release", "unemployment",
        "trade", "exports", "imports", "output", "announcement", "hearing", "trial",
        "referendum", "ceasefire", "offensive",
    }
)  # fmt: skip


_EN_STATISTIC_NOUNS = frozenset(
    {
        "figures", "figure", "data", "numbers", "statistics", "reading", "jobs", "inflation",
        "sales", "payrolls", "payroll", "results", "survey", "index", "unemployment",
        "trade", "exports", "imports", "output",
    }
)  # fmt: skip


_EN_MANNER_VERBS = frozenset(
    {
        "close", "closes", "closed", "closing", "shut", "shuts", "shutting", "finish",
        "finishes", "finished", "finishing", "leave", "leaves", "left", "leaving", "retire",
        "retires", "retired", "knock", "clock", "wrap", "wraps", "wrapped",
    }
)  # fmt: skip


_EN_ODDS_CONTEXT = (
    "odds", "favourite", "favorite", "bookmakers", "bookmaker", "bookies", "betting",
    "punters", "each-way", "outsider", "paddy power", "william hill", "ladbrokes",
)  # fmt: skip


# Weekdays listed after a weekly count, "four days a week – Tuesday, Wednesday, Friday and
# Sunday": a timetable (a set), not days that happened.
_WEEKLY_LISTS = tuple(
    f"{count}{mark}{preposition}"
    for count in ("days a week", "times a week")
    for mark in (" –", " -", " —", ":", " :")
    for preposition in ("", " on")
)


LEXICON = Lexicon(
    lang="en",
    months={
        "january": 1,
        "february": 2,
        "march": 3,
        "april": 4,
        "may": 5,
        "june": 6,
        "july": 7,
        "august": 8,
        "september": 9,
        "october": 10,
        "november": 11,
        "december": 12,
    },
    month_abbreviations={
        "jan": 1,
        "feb": 2,
        "mar": 3,
        "apr": 4,
        "jun": 6,
        "jul": 7,
        "aug": 8,
        "sep": 9,
        "sept": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    },
    capitalised_only=frozenset({"may", "march", "mar"}),
    weekdays={
        "monday": 0,
        "tuesday": 1,
        "wednesday": 2,
        "thursday": 3,
        "friday": 4,
        "saturday": 5,
        "sunday": 6,
    },
    weekday_abbreviations={
        "mon": 0,
        "tue": 1,
        "tues": 1,
        "wed": 2,
        "thu": 3,
        "thur": 3,
        "thurs": 3,
        "fri": 4,
        "sat": 5,
        "sun": 6,
    },
    day_suffixes=("st", "nd", "rd", "th"),
    date_determiners=("the",),
    day_month_links=("of",),
    month_before_day=True,
    period_modifiers={
        "early": "start",
        "late": "end",
        "mid": "mid",
        "the end of": "end",
        "the beginning of": "start",
        "the start of": "start",
        "the middle of": "mid",
        "the first half of": "start",
        "the second half of": "end",
        "the first months of": "start",
        "the final months of": "end",
        "the last months of": "end",
        "the final weeks of": "end",
        "the last weeks of": "end",
        # a numbered week of the month: temporal.WEEK_OF_MONTH
        "the first week of": "week1",
        "first week of": "week1",
        "the second week of": "week2",
        "second week of": "week2",
        "the third week of": "week3",
        "third week of": "week3",
        "the fourth week of": "week4",
        "the last week of": "week_last",
        "last week of": "week_last",
        "the final week of": "week_last",
        # the first or last day of a month or year: temporal_calendar.DAY_OF_PERIOD
        "the first day of": "day_first",
        "first day of": "day_first",
        "the last day of": "day_last",
        "last day of": "day_last",
        "the final day of": "day_last",
        "fiscal": "fiscal",
    },
    month_licensors=(
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "throughout",
        "during",
        "from",
        "before",
        "after",
        "between",
        "last",
        "next",
        "this",
        "of",
        "the year to",
        "the month of",
    ),
    year_licensors=(
        "in",
        "since",
        "by",
        "until",
        "till",
        "through",
        "throughout",
        "during",
        "from",
        "before",
        "after",
        "between",
        "of",
        "the year",
        "for",
        "welcome",
        "welcomed",
        "welcoming",
        "ring in",
        "rang in",
        "usher in",
        "ushered in",
        "see in",
        "saw in",
    ),
    # "for 2000 years", "welcome 2000 refugees": counts when a plural noun follows.
    weak_year_licensors=("of", "from", "for", "welcome", "welcomed", "welcoming"),
    year_nouns_after=frozenset(
        {
            "election",
            "elections",
            "presidential",
            "parliamentary",
            "general",
            "vote",
            "referendum",
            "census",
            "olympics",
            "summit",
            "crisis",
            "war",
            "invasion",
            "annexation",
            "protests",
            "uprising",
            "revolution",
            "campaign",
            "budget",
            "season",
            "agreement",
            "accord",
            "deal",
            "ceasefire",
            "talks",
            "attack",
            "attacks",
            "coup",
            "report",
            "law",
        }
    )
    | _EN_EVENT_NOUNS,
    year_nouns_before=(),
    year_determiners=("the", "a", "an", "its", "his", "her", "their", "this", "that"),
    function_words=frozenset(
        {
            "this",
            "thus",
            "across",
            "always",
            "towards",
            "unless",
            "whereas",
            "perhaps",
            "does",
            "less",
            "plus",
            "afterwards",
            "besides",
            "was",
            "has",
            "its",
            "his",
            "hers",
            "ours",
        }
    ),  # fmt: skip
    range_links=("-", "–", "to", "and", "through"),
    noun_phrase_starts=("the", "a", "an", "his", "her", "its", "their", "this", "that", "of"),
    of_words=("of", "between", "from"),  # "the night [between] Tuesday and Wednesday"
    relative_prefixes={
        "last": "before",
        "this past": "before",
        "next": "after",
        "this coming": "after",
        "this": "this",
    },
    relative_suffixes={},
    day_part_prefixes={
        "early": "early morning",
        "early on": "early morning",
        "late": "late",
        "late on": "late",
    },
    parts_of_day={
        "morning": "morning",
        "afternoon": "afternoon",
        "evening": "evening",
        "night": "night",
        "at dawn": "early morning",
        "at daybreak": "early morning",
    },
    part_of_day_of={
        "the morning of": "morning",
        "the afternoon of": "afternoon",
        "the evening of": "evening",
        "the night of": "night",
        # "in the night between Tuesday and Wednesday", "the night from Saturday to Sunday":
        # one night, dated by its first day (the range's second weekday is read with it)
        "the night between": "night",
        "the night from": "night",
        "the early hours of": "early morning",
        "the early morning of": "early morning",
        "the small hours of": "early morning",
    },
    bare_parts_of_day={
        "the morning": ("morning", True),
        "the afternoon": ("afternoon", True),
        "the evening": ("evening", True),
        "the night": ("night", True),
        "the early morning": ("early morning", True),
        "the early hours": ("early morning", True),
        "the late afternoon": ("afternoon", True),
        "the late evening": ("evening", True),
        "early in the morning": ("early morning", False),
        "dawn": ("early morning", True),
        "daybreak": ("early morning", True),
    },
    bare_part_licensors=("in", "during", "overnight into", "at", "before", "after"),
    passive_markers=("be", "being", "remain", "remains", "stay", "stays"),
    deadline_prepositions=("by", "no later than", "not later than"),
    phrases=_PHRASES_EN,
    numbers={
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
        "twenty": 20,
        "thirty": 30,
        "forty": 40,
        "fifty": 50,
        "a couple of": 2,
    },
    units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
    relative_templates={
        "ago": ("{n} {unit} ago",),
        "ahead": ("{n} {unit} from now", "in {n} {unit}' time", "in {n} {unit}'s time"),
        "later": ("{n} {unit} later",),
        "earlier": ("{n} {unit} earlier",),
        # the days up to the report: "in the past three days" (temporal.py, "past")
        "past": ("the past {n} {unit}", "the last {n} {unit}"),
    },
    tense_cues={
        "future": (
            "will",
            "won't",
            "shall",
            "(?:is|are|am|'re|'s) (?:not )?(?:due|set|scheduled|slated|expected|poised|going|"
            "supposed|planning|preparing|likely|unlikely) to",
            "(?:is|are) (?:expected|forecast|scheduled|slated|planned|due)",
            "(?:set|scheduled|slated|fixed|planned|postponed|adjourned|rescheduled|pushed back|"
            "delayed|deferred|brought forward) (?:for|until|to|back to)",
            # "postponed the hearing until January 15": the object may come in between.
            "(?:postponed|adjourned|delayed|deferred|rescheduled|pushed back)"
            "(?=(?: \\S+){1,4} (?:until|till) )",
            "(?:plans?|intends?|aims?|hopes?|vows?|pledges?|promises?|threatens?|wants?|"
            "expects?) to",
            "to be held",
            "gonna",
            "upcoming",
        ),
        "reported": (
            "would",
            "wouldn't",
            "(?:was|were) (?:not )?(?:due|set|scheduled|slated|expected|poised|going|supposed|"
            "planning|preparing|likely|forecast|tipped|projected|predicted) to",
            "(?:planned|intended|aimed|hoped|vowed|pledged|promised|threatened|wanted|agreed|"
            "decided|expected) to",
        ),
        # Present tense of a scheduled happening (fixtures, openings, deadlines, laws): news
        # uses it for what is ahead ("England face Wales on Wednesday", "polls close on
        # Sunday"). Bare forms need a subject before them (scheduled_needs_subject).
        "scheduled": (
            "(?:faces?|meets?|plays?|hosts?|opens?|closes?|reopens?|resumes?|starts?|begins?|"
            "ends?|vote|expires?|arrives)",
            "(?:kick|kicks) off",
            "(?:go|goes) (?:on sale|ahead|to the polls)",
            "(?:travel|travels|head|heads|fly|flies) to",
            "(?:take|takes) (?:effect|over)",
            "(?:come|comes) into (?:force|effect)",
            "(?:run|runs|last|lasts) (?:until|till|through)",
            "(?:get|gets) under ?way",
            "(?:forecast|tipped|projected|predicted) to",
            "(?:has|have) (?:only )?until",
        ),
        "present": (
            "(?:is|are|am|'re) (?:still |now |currently )?[a-z]+ing",
            "(?:has|have) to",
            "may",
            "can",
            "must",
            "should",
            "could",
            "might",
        ),
        "past": (
            "has",
            "have",
            "had",
            "hasn't",
            "haven't",
            "hadn't",
            "'ve",
            "was",
            "were",
            "wasn't",
            "weren't",
            "did",
            "didn't",
            "said",
            "told",
            "met",
            "spoke",
            "went",
            "came",
            "took",
            "gave",
            "made",
            "held",
            "left",
            "sent",
            "saw",
            "began",
            "became",
            "fell",
            "found",
            "got",
            "led",
            "lost",
            "ran",
            "rose",
            "sat",
            "shot",
            "stood",
            "struck",
            "thought",
            "won",
            "wrote",
            "brought",
            "bought",
            "caught",
            "fought",
            "flew",
            "drove",
            "broke",
            "chose",
            "knew",
            "grew",
            "threw",
            "kept",
            "meant",
            "paid",
            "sought",
            "sold",
            "understood",
            "withdrew",
            "arose",
            "froze",
            "hid",
            "swore",
            "tore",
            "wore",
            "spent",
            "built",
            "dealt",
            "felt",
            "heard",
            "lent",
            "slept",
            "stuck",
            "swept",
            "taught",
            "fled",
            "ago",
        ),
        # A present passive or a state ("the curfew is kept", "remains in force", "are
        # closed"): no direction of its own, and not the past its participle looks like.
        # After the other categories, so that "is expected", "is set to" stay future.
        "state": (
            "(?:is|are|remain|remains|stay|stays)(?: (?:still|now|currently|also|again|"
            "[a-z]+ly))* (?:in (?:force|place|effect)|under way|open|shut|valid|kept|held|"
            "known|seen|shown|given|taken|built|sent|paid|made|done|found|told|sold|bound|"
            "forbidden|hidden|written|drawn|[a-z]+ed)",
        ),
    },
    tense_endings={"past": ("ed",), "future": ("'ll",)},
    tense_stopwords=frozenset(
        {
            "need",
            "speed",
            "feed",
            "seed",
            "indeed",
            "proceed",
            "exceed",
            "succeed",
            "breed",
            "bleed",
            "greed",
            "weed",
            "deed",
            "steed",
            "hundred",
            "bed",
            "shed",
            "embed",
            "united",
            "red",
            "ahmed",
            "mohammed",
            "mohamed",
            "muhammed",
            "limited",
            "interested",
        }
    ),
    set_cues=(
        "every",
        "each",
        "every year on",
        "each year on",
        "every year in",
        "each year in",
        "annually on",
    ),
    timetable_cues=_WEEKLY_LISTS,
    habitual_determiners=(),
    newspaper_before=NEWSPAPER_BEFORE,
    newspaper_after=NEWSPAPER_AFTER,
    holiday_before=frozenset(
        {
            "black",
            "good",
            "super",
            "bloody",
            "easter",
            "palm",
            "ash",
            "holy",
            "cyber",
            "maundy",
            "shrove",
            "whit",
            "giving",
        }
    ),
    holiday_after=(),
    count_cues=(
        "about",
        "around",
        "some",
        "nearly",
        "almost",
        "over",
        "than",
        "least",
        "approximately",
        "roughly",
        "estimated",
        "up to",
        "only",
        "just",
        "of the",
        "another",
    ),
    count_nouns=frozenset({"people", "men", "women", "children", "km", "police", "staff"}),
    clock_patterns=_CLOCK_EN,
    named_times={"noon": "12:00", "midnight": "00:00"},
    pm_markers=("p.m.", "pm"),
    am_markers=("a.m.", "am"),
    time_prepositions=(
        "at",
        "around",
        "about",
        "shortly after",
        "shortly before",
        "just after",
        "just before",
        "from",
        "until",
    ),  # fmt: skip
    time_date_links=("on",),
    time_zones=("gmt", "utc", "bst", "cet", "cest", "est", "edt", "local time", "moscow time"),
    ignored_locale_phrases=frozenset(
        {
            "till date",
            "this mo",
            "last mo",
            "next mo",
            "this wk",
            "last wk",
            "next wk",
            "this yr",
            "last yr",
            "next yr",
        }
    ),  # fmt: skip
    scheduled_needs_subject=_EN_SCHEDULED_NEEDS_SUBJECT,
    subject_pronouns=frozenset({"they", "we", "you", "i"}),
    scheduled_before_only=False,
    cue_blockers=_EN_CUE_BLOCKERS,
    forward_markers=(
        "ahead of(?! (?:schedule|time|the curve|the pack|expectations|forecasts|rivals))",
        "in the (?:run|lead|build)-?up to",
        "in preparation for",
        "in time for",
    ),
    forward_prepositions=(),
    open_end_prepositions=(
        "until",
        "till",
        "starting",
        "starting from",
        "starting on",
        "as of",
        "as from",
        "effective",
        "with effect from",
    ),
    reporting_verbs=frozenset(
        {"said", "says", "told", "announced", "added", "stated", "confirmed", "warned"}
    ),
    participle_endings=(),  # "-ed" is a tense ending already
    # Irregular participles not listed as past cues: "Sworn in on Tuesday, the mayor will ...".
    participles=_EN_PARTICIPLES,
    participle_stopwords=frozenset(),
    participle_blockers=_EN_PARTICIPLE_BLOCKERS,
    list_links=("and", "or", "to", "through", "-", "–", ","),
    title_part_words=frozenset({"night", "nights", "morning", "evening", "afternoon"}),
    weekdays_lower_case=False,
    odds_before=(
        "at",
        "odds of",
        "priced at",
        "backed at",
        "cut to",
        "out to",
        "drifted to",
        "shortened to",
        "into",
    ),
    odds_after=frozenset(
        {"favourite", "favorite", "fav", "shot", "chance", "outsider", "joint", "second", "bet"}
    ),
    odds_context=_EN_ODDS_CONTEXT,
    month_nouns_after=_EN_MONTH_NOUNS_AFTER,
    statistic_nouns=_EN_STATISTIC_NOUNS,
    manner_verbs=_EN_MANNER_VERBS,
    pluperfect_auxiliaries=frozenset({"had", "hadn't"}),
    count_plural_endings=("s", "x"),
    schedule_nouns=(
        "curfew",
        "curfews",
        "opening hours",
        "visiting hours",
        "office hours",
        "business hours",
        "closing time",
        "opening time",
        "timetable",
    ),
    daily_markers=(
        "every day",
        "each day",
        "every night",
        "each night",
        "every evening",
        "every morning",
        "daily",
        "nightly",
        "on weekdays",
    ),
    until_prepositions=("until", "till", "through", "up to"),
    since_prepositions=("since", "ever since"),
    rolling_day_phrases=_ROLLING_DAY,
    # not "until"/"jusqu'à": a bound (NOT_AN_EVENT_DATE) before a day dates no event
    rolling_day_ends=(
        "24 hours to",
        "24 hours up to",
        "24 hours ending",
        "24-hour period to",
        "24-hour period up to",
        "24-hour period ending",
    ),
    day_range_links=("to", "through", "until", "till"),
    day_pair_links=("and",),
    day_range_openers=("between", "turn of"),
    day_list_openers=("on", "on the"),
    day_between_links=(),
    day_range_determiners=("on",),
)
