"""English calendar periods and vague references: seasons, quarters and halves, holidays,
decades, centuries, "now" / "recently" / "in the future".

Read by crisis_timeline.temporal_periods (which says how each value is resolved). Patterns
are regex strings matched against the lower-cased text; the groups they may name are the
contract with the algorithm:

- SEASON: `s` the season word (a key of SEASON_WORDS), `rel` / `rel2` a determiner or
  relation word before / after it, `y` (or `y2`, `y3`) a year written with it;
- QUARTER, HALF: `o` an ordinal (a key of ORDINALS) or `q` a digit ("Q3"), `yr` a relative
  year (a key of YEAR_RELATIONS), `y` / `y2` / `y3` a year;
- HOLIDAYS: (pattern, holiday key); HOLIDAY_BEFORE: `rel`, a relation word right before;
- DECADE: `c` + `d` ("1990s": 19, 9), `s` a digit read in the 20th century ("the '90s"),
  or `w` a decade word (a key of DECADE_WORDS); CENTURY: `n` a number or `r` a Roman one.

This is the model every language's periods.py follows: the English tables carry the
comments saying what each one means.
"""

from __future__ import annotations

_YEAR_AFTER = r"(?:[ \u00a0](?:of[ \u00a0])?(?P<y>1[89]\d\d|20\d\d)\b)?"

PERIODS: dict[str, object] = {
    # (pattern, TimeML value) of the vague references. "the past" only after "in" and not
    # before a duration ("in the past few weeks"); "the future" only after "in"; "now on"
    # ("from now on", "now on sale") is left out.
    "REFERENCES": (
        (r"\b(?:now(?! on)|currently|nowadays|at present|presently)\b", "PRESENT_REF"),
        (r"\b(?:recently|lately|(?<=in )the past(?![ \u00a0]+(?:few|several|couple|\d|two|"
         r"three|four|five|six|seven|eight|nine|ten|twelve|day|week|month|year|decade|hour|"
         r"century)))\b", "PAST_REF"),
        (r"(?<=in )\bthe future\b", "FUTURE_REF"),
        # "the other night", "the other day": some recent day the text does not give.
        (r"\bthe other (?:day|night|morning|evening|week)\b", "PAST_REF"),
    ),
    # Words one of which a text must hold for a family to be looked for (a substring test is
    # much cheaper than running the family's patterns over every text): every match of the
    # family's patterns holds one of them.
    "TRIGGERS": {
        "references": ("now", "current", "present", "recent", "lately", "past", "future",
                       "the other"),
        "seasons": ("spring", "summer", "autumn", "fall", "winter"),
        "parts": ("quarter", "half", "q1", "q2", "q3", "q4", "h1", "h2"),
        "holidays": ("christmas", "xmas", "new year", "easter", "thanksgiving"),
        "ages": ("0s", "centur"),
        "spelled_years": ("thousand",),
    },
    # Season word (every inflected form) -> TimeML season code.
    "SEASON_WORDS": {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
                     "winter": "WI"},
    "SEASON": (
        r"\b(?:(?P<rel>this|last|next|past|coming|the|that|early|late)[ \u00a0](?:(?:early|late|"
        r"mid)[ \u00a0-])?)?(?P<s>spring|summer|autumn|fall|winter)\b" + _YEAR_AFTER
    ),
    # Season forms that are a date with no determiner or year (Polish "latem"): none in
    # English, where "spring" alone is too often no date and "fall" alone is the verb.
    "SEASON_ALONE": frozenset(),
    # Words right before a capitalised season that make it a name: "the Arab Spring".
    "SEASON_NAME_BEFORE": ("arab ",),
    # Determiners and prepositions before a season -> characters of them kept in the span
    # (0: the span starts at the season word). English keeps its determiners: none.
    "PREPOSITIONS": {},
    # Relation words (before or after a season or holiday) -> this / before / after.
    "RELATIONS": {"this": "this", "last": "before", "past": "before", "next": "after",
                  "coming": "after"},
    "QUARTER": (
        r"\b(?:the[ \u00a0])?(?P<o>first|second|third|fourth|final)[ \u00a0-]quarter"
        r"(?:[ \u00a0]of[ \u00a0](?:(?P<yr>this|last|next|the)[ \u00a0]year|(?P<y>20\d\d|19\d\d))"
        r"|[ \u00a0](?P<y2>20\d\d))|\bq(?P<q>[1-4])[ \u00a0](?P<y3>20\d\d)\b"
    ),
    "HALF": (
        r"\b(?:the[ \u00a0])?(?P<o>first|second)[ \u00a0]half[ \u00a0]of[ \u00a0]"
        r"(?:(?P<yr>this|last|next|the)[ \u00a0]year|(?P<y>20\d\d|19\d\d))"
        r"|\bh(?P<q>[12])[ \u00a0](?P<y3>20\d\d)\b"
    ),
    # Ordinal of a quarter or half -> its number.
    "ORDINALS": {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4},
    # The relative year of a quarter or half ("of last year") -> this / before / after.
    "YEAR_RELATIONS": {"this": "this", "the": "this", "last": "before", "next": "after"},
    # "the third quarter" with no year is a match's, unless the text is about money (FINANCE
    # within 200 characters) and names a relative year.
    "BARE_QUARTER_NEEDS_FINANCE": True,
    "FINANCE": r"profit|sales|growth|gdp|revenue|earnings|economy|output|results|quarterly"
               r"|percent|%",
    # (pattern, holiday key), the longest first. The keys are calendar facts the algorithm
    # knows: christmas (25 Dec), christmas_eve, orthodox (7 Jan), orthodox_eve (6 Jan),
    # new_year, new_year_eve, easter (Western), orthodox_easter, thanksgiving (US).
    "HOLIDAYS": (
        (r"\borthodox[ \u00a0]christmas(?:[ \u00a0]day)?\b", "orthodox"),
        (r"\bchristmas[ \u00a0]eve\b", "christmas_eve"),
        (r"\b(?:christmas[ \u00a0]day|christmas|xmas)\b", "christmas"),
        (r"\bnew[ \u00a0]year['’]?s[ \u00a0]eve\b", "new_year_eve"),
        (r"\bnew[ \u00a0]year(?:['’]?s(?:[ \u00a0]day)?)?\b", "new_year"),
        (r"\beaster(?:[ \u00a0](?:sunday|day))?\b", "easter"),
        (r"\bthanksgiving(?:[ \u00a0]day)?\b", "thanksgiving"),
    ),
    # A relation word right before a holiday ("last Christmas"), taken into the span.
    "HOLIDAY_BEFORE": r"\b(?P<rel>last|next|this)[ \u00a0]\Z",
    # Holidays that are dates only when capitalised: "a new year of talks" is none.
    "CAPITALISED_HOLIDAYS": frozenset({"new_year", "easter"}),
    # Nouns right before a holiday that make it their modifier (French "le marché de Noël").
    "MODIFIED_BEFORE": r"(?!)",
    # Lower-case nouns right after a season or holiday that make it their modifier.
    "NOUNS_AFTER": frozenset(
        """tree trees market markets card cards carol carols song songs lights decorations
        shopping jumper jumpers movie movies film films special spirit message clothes
        clothing sports sport games olympics coat coats tyres tires collection collections
        season break holiday holidays sale sales campaign campaigns offensive wheat crop crops
        camp camps school term semester bonus fashion menu storm storms weather temperatures
        conditions gear fuel stock stocks wave waves""".split()
    ),
    # A capitalised word right after a season or holiday makes it part of a name
    # ("Christmas Island"); English capitalises names, not the words around a date.
    "NAME_AFTER_CAPITAL": True,
    # "of" right after a season with no year: "the fall of communism".
    "OF_AFTER": r"[ \u00a0]+of\b",
    "DECADE": r"\b(?:the[ \u00a0])?(?:(?P<c>1[0-9]|20)(?P<d>\d)0s|'(?P<s>\d)0s)\b",
    # Decade words -> the decade's first three digits ("the nineties"): none read.
    "DECADE_WORDS": {},
    "CENTURY": r"\b(?:the[ \u00a0])?(?P<n>1[5-9]|2[01])(?:st|nd|rd|th)[ \u00a0-]century\b",
    # Words that, right before a season, quarter or decade, make it the bound of a state
    # ("since the 1990s", "until the spring"), no happening of its own.
    # "so far this year", "so far in 2022": a running total's frame ("the busiest day so far
    # in 2022"), as "since the start of the year" is
    "BOUNDING": r"\b(?:since|until|till|approach[ \u00a0]+of|ahead[ \u00a0]+of"
                r"|(?:so|thus)[ \u00a0]+far,?(?:[ \u00a0]+in)?)[ \u00a0]+(?:the[ \u00a0]*)?\Z",
    # A superlative of a count right before a year makes the year the comparison's frame,
    # not a date: "134 people tried to cross on Monday, the largest daily number this year";
    # not "the highest court ruled in 2022", "the biggest protests took place in 2021".
    "RECORD_BEFORE": r"(?:\b(?:largest|biggest|highest|lowest|greatest|busiest|worst"
                     r"|deadliest)(?:[ \u00a0]+[^\W\d_]+)?[ \u00a0]+(?:number|figure|total|count"
                     r"|tally|toll|influx|surge|increase|rise|day|week|month)s?|\brecords?)\b"
                     r"[^,;.!?()\d]{0,20}\Z",
    # A year written in words ("in two thousand and twenty-one"; rare in news): a thousands
    # phrase, then number words whose values are summed. YEAR_WORDS: every such word or
    # phrase -> its value (a value of 1000 or more is a thousands phrase); YEAR_LINKS: words
    # that only join them ("and"); SPELLED_YEAR_BEFORE: the words one of which must come
    # right before (a preposition that takes a year), so "two thousand and five migrants"
    # stays a count.
    "YEAR_WORDS": {
        "two thousand": 2000, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    },
    "YEAR_LINKS": ("and",),
    "SPELLED_YEAR_BEFORE": r"\b(?:in|since|until|till|by|of|from)[ \u00a0]+\Z",
}  # fmt: skip
