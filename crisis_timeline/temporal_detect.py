"""Finding temporal expressions: spans and their parts, before any date is computed.

Reads: the text, its lower-cased copy and the language's `Grammar`. Gives: `Candidate`s,
sorted and non-overlapping, each with the parts it was written with (day, month, year,
weekday, phrase, part of day, clock time...). `temporal.tag` turns them into dates.

What is deliberately not a candidate (see the module docstring of `temporal`): durations,
sets (also listed days, "every Tuesday and Friday", and yearly dates, "every November 11"),
counts, ages, model names, the modal "may", betting odds ("at 5/2", "the 7/2 favourite"),
titles of newspapers, shows and books ("Saturday Night Live", « Dimanche en politique »),
holidays.

Span convention (TimeML): leading prepositions are left out ("on [Monday]", "en [2014]"),
determiners and modifiers are kept ("[the weekend]", "[le 12 novembre]", "[late Monday]").
"""

from __future__ import annotations

import re

from .temporal_calendar import valid_day
from .temporal_candidates import Candidate, longest_first
from .temporal_grammar import LEFT_REACH, SP, Grammar, key, parse_clock
from .temporal_lexicon import NUMERIC_NOT_DATES
from .temporal_lists import listed_after, listed_before, weekday_listed_before
from .temporal_nights import NIGHT_INTO, night_day_after, night_into, night_of_two_days

LOOKBACK = 48  # characters searched before an expression for its left context
# A month listed with its figure in brackets: "listopad (8,9 tys.), wrzesień (7,7 tys.)",
# "October (17,500)"; not an age or years after a name ("Marek Lipiec (45)", "May (2016-19)")
_FIGURE_AFTER = re.compile(r"[ \t]*\([ \t]*\d+[.,]\d")

_NEXT_WORDS = re.compile(f"{SP}([^\\W\\d_]+)(?:{SP}([^\\W\\d_]+))?")
_NUMBER_GOES_ON = re.compile(r"[,.]\d|:\d|\d|%")
_PREVIOUS_WORD = re.compile(f"([^\\W\\d_]+){SP}\\Z")
_SPACES = " \t\u00a0\u202f"
_QUOTE_OPENERS = "«“‘\"'"
_QUOTE_CLOSERS = re.compile('[»”’"]')


def word_of(match: re.Match[str]) -> str:
    """The word(s) a left-context pattern (temporal_grammar._left) found."""
    return match.group(match.lastgroup or 0)


_DOTTED_DAY_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})")
_ONLY_SPACE_OR_COMMA = re.compile(r"[\s,]*")
# "We wtorek (4.01)", "в субботу (13.11)": a weekday's day and month in brackets after it.
_BRACKETED_DAY_MONTH = re.compile(r"[ \t\u00a0]*\((\d{1,2})\.(\d{1,2})\.?\)")

# A day in brackets right after another ("Monday (Tuesday Beijing time)"): only spaces and the
# opening bracket between them, and words (a time zone), no digits, before the closing one.
_OPEN_BRACKET_BETWEEN = re.compile(r"\s*\(\s*")
_ASIDE_AFTER = re.compile(r"[ \u00a0]+[^\W\d_][^()\d]{0,40}\)")


class Detector:
    """Runs a language's patterns over one text."""

    def __init__(self, text: str, lowered: str, grammar: Grammar) -> None:
        self.text = text
        self.lowered = lowered
        self.g = grammar

    # ---- small context helpers -------------------------------------------------------

    def _before(self, pattern: re.Pattern[str], start: int) -> re.Match[str] | None:
        reach = LEFT_REACH.get(id(pattern), LOOKBACK)
        return pattern.search(self.lowered, max(0, start - reach), start)

    def _capitalised(self, position: int) -> bool:
        return self.text[position].isupper()

    def _month(self, match: re.Match[str], group: str) -> int | None:
        """The month number of a matched month name, or None if it is not one here."""
        written = match.group(group)
        k = key(written)
        number = self.g.month_numbers.get(k)
        if number is None:
            return None
        if k in self.g.capitalised_only and not self._capitalised(match.start(group)):
            return None  # "may", "march" as a verb
        return number

    def _is_set(self, start: int, end: int | None = None) -> bool:
        """ "every Tuesday"; "four days a week – Tuesday, Wednesday ..." when a second
        weekday follows (a timetable, not "three times a week: on Monday the first flight")."""
        if self._before(self.g.set_before, start) is not None:
            return True
        if end is None or self._before(self.g.timetable_before, start) is None:
            return False
        return self.g.weekday_listed_after.match(self.lowered, end) is not None

    # ---- candidate families ----------------------------------------------------------

    def _starts_word(self, position: int) -> bool:
        return position == 0 or not (
            self.lowered[position - 1].isalnum() or self.lowered[position - 1] in "_-‐‑"
        )

    def _date_start(self, start: int) -> tuple[int, int | None]:
        """Start of a date once a weekday or determiner before it is included, and that weekday."""
        m = self._before(self.g.date_left, start)
        if m:
            weekday = self.g.weekday_numbers.get(key(m.group("wd")))
            return (m.start("det0") if m.group("det0") else m.start("wd")), weekday
        m = self._before(self.g.determiner_left, start)
        if m:
            return m.start("det"), None
        return start, None

    def _explicit(self, m: re.Match[str], dm: bool) -> Candidate | None:
        day = int(m.group("d1") if dm else m.group("d2"))
        month = self._month(m, "m1" if dm else "m2")
        year_text = m.group("y1") if dm else m.group("y2")
        year = int(year_text) if year_text else None
        if month is None or not valid_day(year, month, day):
            return None
        end = m.end()
        if year is None and _NUMBER_GOES_ON.match(self.lowered, end):
            return None  # "May 2,000 people", "Nov 16.5"
        start, weekday = self._date_start(m.start())
        if year is None and self._is_set(start):
            return None  # "every November 11", "chaque 11 novembre": a yearly set
        relation = None
        after = self.g.relation_after.match(self.lowered, end)
        if after and year is None:  # "le 12 décembre dernier"
            relation = self.g.relative_suffixes.get(key(after.group("post")))
            end = after.end()
        candidate = Candidate(
            start,
            end,
            "explicit",
            day=day,
            month=month,
            year=year,
            weekday=weekday,
            relation=relation,
        )
        candidate.extras["day_month"] = dm
        return candidate

    def digit_led(self) -> list[Candidate]:
        """Explicit day-month dates, numeric dates and years: all start with a digit."""
        found = []
        lowered = self.lowered
        for hit in self.g.digits.finditer(lowered):
            position = hit.start()
            previous = lowered[position - 1] if position else " "
            if previous.isalnum() or previous == "_":
                continue
            m = self.g.explicit_dm.match(lowered, position)
            if m:
                candidate = self._explicit(m, dm=True)
                if candidate:
                    found.append(candidate)
            if previous not in "/.,:-‐‑":
                m = self.g.numeric.match(lowered, position)
                if m:
                    candidate = self._numeric(m)
                    if candidate:
                        found.append(candidate)
            if len(hit.group()) == 4 and previous not in "$€£#/.,":
                found.extend(self._year_led(position))
        return found

    def _year_led(self, position: int) -> list[Candidate]:
        """At a four-digit number: a year-first numeric date ("2021 12 04"), a year."""
        found = []
        m = self.g.year_first_numeric.match(self.lowered, position)
        if m:
            year, month, day = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            if valid_day(year, month, day):
                found.append(Candidate(position, m.end(), "numeric", day, month, year))
        m = self.g.year.match(self.lowered, position)
        if m:
            candidate = self._year(m)
            if candidate:
                found.append(candidate)
        return found

    def _numeric(self, m: re.Match[str]) -> Candidate | None:
        if m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            first, second = int(m.group("a")), int(m.group("b"))
            if m.group() in NUMERIC_NOT_DATES:
                return None
            year_text = m.group("y")
            if year_text is None and m.group("sep") == ".":
                return None  # 18.11 is a decimal number
            if year_text is None and first < second <= 10:
                return None  # 1/2, 3/4: fractions
            if year_text is None and self._odds(m):
                return None  # "at 5/2", "the 7/2 favourite"
            year = None
            if year_text:
                year = int(year_text)
                if len(year_text) == 2:
                    year += 2000 if year < 70 else 1900
            if first > 12 >= second or (first <= 12 and second <= 12):
                day, month = first, second  # day/month: UK and French usage
            elif first <= 12 < second:
                day, month = second, first  # 11/18: only a US month/day fits
            else:
                return None
        if not valid_day(year, month, day):
            return None
        start, weekday = self._date_start(m.start())
        if year is None and self._is_set(start):
            return None
        return Candidate(
            start, m.end(), "numeric", day=day, month=month, year=year, weekday=weekday
        )

    def _odds(self, m: re.Match[str]) -> bool:
        """Betting odds written like a day/month: "at 5/2", "the 7/2 favourite", "Arkle 4/1"
        in a sentence about betting."""
        if m.group("sep") != "/":
            return False
        if self._before(self.g.odds_before, m.start()):
            return True
        following = _NEXT_WORDS.match(self.lowered, m.end())
        if following and following.group(1) in self.g.lexicon.odds_after:
            return True
        # Up to 200 characters either side, within the line (the newline is searched for
        # in that reach only: on a one-line text a search to the line start was quadratic).
        window_start = max(0, m.start() - 200)
        newline = self.lowered.rfind("\n", window_start, m.start())
        window_start = newline + 1 if newline >= 0 else window_start
        window_end = min(len(self.lowered), m.end() + 200)
        newline = self.lowered.find("\n", m.end(), window_end)
        window_end = newline if newline >= 0 else window_end
        return self.g.odds_context.search(self.lowered, window_start, window_end) is not None

    def _year(self, m: re.Match[str]) -> Candidate | None:
        start = m.start()
        mod = self._before(self.g.modifier_left, start)
        if mod:
            modifier = self.g.modifiers.get(key(mod.group("x")))
            return Candidate(
                mod.start(), m.end(), "year", year=int(m.group("y")), modifier=modifier
            )
        if start and self.lowered[start - 1] in "-‐‑":
            return None
        licensor = self._before(self.g.year_licensor_before, start)
        following = _NEXT_WORDS.match(self.lowered, m.end())
        if licensor is None and self._before(self.g.year_range_before, start) is None:
            as_modifier = (following and following.group(1) in self.g.lexicon.year_nouns_after) or (
                self._before(self.g.year_noun_before, start)
            )
            if not as_modifier and following and self._before(self.g.year_determiner_before, start):
                # "the 1991 Gulf War": a name follows (not "the 2000 Americans", a count)
                name = following.group(1)
                as_modifier = self._capitalised(following.start(1)) and not name.endswith("s")
            if not as_modifier:
                return None
            return Candidate(start, m.end(), "year", year=int(m.group("y")))
        if self._before(self.g.count_before, licensor.start() if licensor else start):
            return None  # "more than 2000", "plus de 2000"
        early = int(m.group("y")) < 1800  # "in 1500 cases" is likelier than "in 1500"
        if following and self._looks_counted(following.group(1), licensor, always=early):
            return None  # "2000 migrants", "de 2000 personnes"
        upto = self.g.range_to_number.match(self.lowered, m.end())
        if upto and not (1800 <= int(upto.group(1)) <= 2099):
            return None  # "de 2000 à 3000 migrants": a range of counts
        return Candidate(start, m.end(), "year", year=int(m.group("y")))

    def month_led(self) -> list[Candidate]:
        """Explicit month-day dates (English), month-year and licensed bare months."""
        found = []
        lowered = self.lowered
        for hit in self.g.month_token.finditer(lowered):
            position = hit.start()
            if position and (lowered[position - 1].isalnum() or lowered[position - 1] == "_"):
                continue
            if self.g.explicit_md is not None:
                m = self.g.explicit_md.match(lowered, position)
                if m:
                    candidate = self._explicit(m, dm=False)
                    if candidate:
                        found.append(self._with_year_before(candidate))
            m = self.g.month.match(lowered, position)
            if m:
                candidate = self._month_candidate(m)
                if candidate:
                    found.append(self._with_year_before(candidate))
        return found

    def _with_year_before(self, candidate: Candidate) -> Candidate:
        """A month-led date takes a year written before it ("2021 m. lapkričio 8 d."):
        without this the year was read alone and the month was lost."""
        if candidate.year is not None:
            return candidate
        m = self._before(self.g.year_before_month, candidate.start)
        if m is None:
            return candidate
        candidate.year = int(m.group("y"))
        candidate.start = m.start()
        candidate.relation = None  # the year says which one
        return candidate

    def _month_candidate(self, m: re.Match[str]) -> Candidate | None:
        month = self._month(m, "m")
        if month is None:
            return None
        start = m.start()
        year = int(m.group("y")) if m.group("y") else None
        modifier = relation = None
        mod = self._before(self.g.modifier_left, start)
        if mod:
            modifier = self.g.modifiers.get(key(mod.group("x")))
            start = mod.start()
        elif start and self.lowered[start - 1] in "-‐‑":
            return None
        pre = self._before(self.g.relation_left, start)
        if pre:
            relation = self.g.relative_prefixes.get(key(word_of(pre)))
            start = pre.start()
        if m.group("post"):
            relation = self.g.relative_suffixes.get(key(m.group("post")))
        end = m.end()
        after = self.g.modifier_right.match(self.lowered, end) if modifier is None else None
        if after:  # "rugsėjo pabaigoje": the end of September
            modifier = self.g.modifiers.get(key(after.group("x")))
            end = after.end()
        statistic = False
        if year is None:
            if self.g.month_is_abbreviation.get(key(m.group("m"))):
                return None  # "Nov" alone is not a date; "Nov. 16" and "Nov 2021" are
            licensor = self._before(self.g.month_licensor_before, start)
            noun = self._month_as_modifier(start, m.end())
            statistic_nouns = self.g.lexicon.statistic_nouns
            statistic = (noun in statistic_nouns) or (
                licensor is not None and word_of(licensor).split()[0] in statistic_nouns
            )
            licensed = (
                modifier is not None
                or relation is not None
                or key(m.group("m")) in self.g.adverbial_months
                or licensor is not None
                or self._before(self.g.month_range_before, start) is not None
                or self.g.month_range_after.match(self.lowered, m.end()) is not None
                or noun is not None
                or self._before(self.g.year_before_month, start) is not None
                or _FIGURE_AFTER.match(self.lowered, m.end()) is not None
            )
            if not licensed or self._is_set(start):
                return None
        candidate = Candidate(
            start, end, "month", month=month, year=year, modifier=modifier, relation=relation
        )
        if statistic:
            candidate.extras["statistic"] = True
        return candidate

    def _month_as_modifier(self, start: int, end: int) -> str | None:
        """'the April figures', 'the May data': the dated noun after the month, if any."""
        if not self.g.lexicon.month_nouns_after or not self._before(
            self.g.year_determiner_before, start
        ):
            return None
        following = _NEXT_WORDS.match(self.lowered, end)
        if following is not None and following.group(1) in self.g.lexicon.month_nouns_after:
            return following.group(1)
        return None

    def _listed_after_set(self, start: int, sets: list[int]) -> bool:
        """'every Tuesday and Friday', 'chaque lundi et jeudi': the later days are in the set."""
        if not sets:
            return False
        gap_start = sets[-1]
        if gap_start > start:
            return False
        return self.g.list_gap.fullmatch(self.lowered, gap_start, start) is not None

    def _title(self, position: int, end: int) -> bool:
        """A weekday that starts or sits in a name: "Saturday Night Live", « Dimanche en
        politique » (French weekdays are lower case in running text)."""
        following = _NEXT_WORDS.match(self.lowered, end)
        if (
            following
            and following.group(2)
            and following.group(1) in self.g.lexicon.title_part_words
            and self._capitalised(following.start(1))
            and self._capitalised(following.start(2))
        ):
            return True
        if not (self.g.lexicon.weekdays_lower_case and self._capitalised(position)):
            return False
        if self.g.day_number_after.match(self.lowered, end):
            return False  # "Lundi 15 novembre", a dateline
        # The last marks before the weekday on its line, read backwards over the spaces (and
        # then the quotation marks) only: copying the line up to here was quadratic on a
        # text with few line breaks.
        cursor = _skip_back(self.text, position, _SPACES)
        last = self.text[cursor - 1] if cursor else "\n"
        if last == "\n" or last in "-–—•·|*►▶(":
            return False  # a line start, after a dateline dash ("Paris (AFP) - Lundi") or a bullet
        opened = last in _QUOTE_OPENERS
        cursor = _skip_back(self.text, cursor, _SPACES + _QUOTE_OPENERS)
        last = self.text[cursor - 1] if cursor else "\n"
        if last == "\n" or last in ".!?:;…":
            return False  # the start of a sentence or of a quotation after a colon
        if not opened:
            return True
        # A capitalised weekday opening a quotation mid-sentence: a title if the quotation
        # is short and has no comma ("l'invité de « Dimanche en politique »").
        closing = _QUOTE_CLOSERS.search(self.text, end, min(len(self.text), end + 60))
        return closing is not None and "," not in self.text[end : closing.start()]

    def weekdays(self) -> list[Candidate]:
        found = []
        sets: list[int] = []  # ends of weekdays read as sets ("every Tuesday")
        for hit in self.g.weekday_token.finditer(self.lowered):
            position = hit.start()
            if not self._starts_word(position):
                continue
            m = self.g.weekday.match(self.lowered, position)
            if m is None:
                continue
            weekday = self.g.weekday_numbers[key(m.group("wd"))]
            relation = None
            start = position
            pre = self._before(self.g.relation_left, position)
            if pre:
                relation = self.g.relative_prefixes.get(key(word_of(pre)))
                start = pre.start()
            if m.group("post"):
                relation = self.g.relative_suffixes.get(key(m.group("post")))
            if self._is_set(start, m.end()) or self._listed_after_set(start, sets):
                sets.append(m.end())
                continue
            if relation is None and self._before(self.g.habitual_before, start):
                continue  # French "le lundi": on Mondays
            if self._newspaper(position, m.end("wd")) or self._holiday(position, m.end("wd")):
                continue
            if relation is None and self._title(position, m.end("wd")):
                continue
            found.append(Candidate(start, m.end(), "weekday", weekday=weekday, relation=relation))
        return found

    def _looks_counted(
        self, word: str, licensor: re.Match[str] | None, *, always: bool = False
    ) -> bool:
        """Whether the word after a year-like number makes it a count ("2000 migrants")."""
        if word in self.g.lexicon.count_nouns:
            return True
        weak = always or (
            licensor is not None and word_of(licensor) in self.g.lexicon.weak_year_licensors
        )
        return (
            weak
            and len(word) > 3
            and word.endswith(self.g.lexicon.count_plural_endings)
            and word not in self.g.lexicon.function_words
        )

    def _newspaper(self, start: int, end: int) -> bool:
        if self._before(self.g.newspaper_before, start):
            return True
        following = _NEXT_WORDS.match(self.lowered, end)
        if following is None or not self._capitalised(following.start(1)):
            return False
        words = [following.group(1)]
        if following.group(2):
            words.append(f"{following.group(1)} {following.group(2)}")
        return any(w in self.g.lexicon.newspaper_after for w in words)

    def _in_title(self, c: Candidate) -> bool:
        """Part of a newspaper title such as "USA Today" or "Aujourd'hui en France"."""
        window_start = max(0, c.start - LOOKBACK)
        for m in self.g.newspaper_title.finditer(self.lowered, window_start, c.end + LOOKBACK):
            if m.start() < c.end and c.start < m.end() and self._starts_word(m.start()):
                return True
        return False

    def _holiday(self, start: int, end: int) -> bool:
        previous = _PREVIOUS_WORD.search(self.lowered, max(0, start - 20), start)
        if previous and previous.group(1) in self.g.lexicon.holiday_before:
            return True
        return self.g.holiday_after.match(self.lowered, end) is not None

    def phrases(self) -> list[Candidate]:
        found = []
        for m in self.g.phrase.finditer(self.lowered):
            if not self._starts_word(m.start()) or (
                m.start() and self.lowered[m.start() - 1] in "'’"
            ):
                continue
            phrase = self.g.phrases.get(key(m.group()))
            if phrase is None or self._is_set(m.start()):
                continue
            if phrase.relative_to_event and self.g.event_after.match(self.lowered, m.end()):
                continue  # "the day before the vote", "la veille du sommet"
            found.append(
                Candidate(
                    m.start(), m.end(), "phrase", phrase=phrase, time_of_day=phrase.time_of_day
                )
            )
        return found

    def relatives(self) -> list[Candidate]:
        """'two weeks ago', 'il y a trois jours', 'dans deux semaines', 'two days later'."""
        found: dict[tuple[int, int], Candidate] = {}
        lowered = self.lowered
        for direction, keyword, pattern in self.g.relative:
            position = lowered.find(keyword)
            while position >= 0:
                window_start = max(0, position - LOOKBACK)
                window_end = min(len(lowered), position + len(keyword) + LOOKBACK)
                for m in pattern.finditer(lowered, window_start, window_end):
                    written = m.group("n")
                    amount = int(written) if written.isdigit() else self.g.numbers.get(key(written))
                    unit = self.g.units.get(key(m.group("u")))
                    if amount and unit is not None and (m.start(), m.end()) not in found:
                        found[m.start(), m.end()] = Candidate(
                            m.start(),
                            m.end(),
                            "relative",
                            amount=amount,
                            unit=unit,
                            direction=direction,
                        )
                position = lowered.find(keyword, position + len(keyword))
        return list(found.values())

    def bare_parts(self) -> list[Candidate]:
        found = []
        for m in self.g.bare_part.finditer(self.lowered):
            if not self._starts_word(m.start()):
                continue
            time_of_day, needs_licensor = self.g.bare_parts_of_day[key(m.group())]
            if needs_licensor and not self._before(self.g.bare_licensor_before, m.start()):
                continue
            if self.g.of_after.match(self.lowered, m.end()):
                continue  # "the morning of the attack", "la nuit de lundi" (handled with the day)
            found.append(Candidate(m.start(), m.end(), "bare_part", time_of_day=time_of_day))
        return found

    # ---- assembling ------------------------------------------------------------------

    def run(self, periods: list[Candidate] | None = None) -> list[Candidate]:
        """All candidates: non-overlapping (longest wins), extended, sorted by start.

        `periods` are those of `temporal_periods` (seasons, holidays, references...), found
        there and competing here with the others for their characters."""
        pool = [
            *(periods or ()),
            *self.digit_led(),
            *self.month_led(),
            *self.weekdays(),
            *self.phrases(),
            *self.relatives(),
            *self.bare_parts(),
        ]
        pool = [c for c in pool if c.kind not in ("weekday", "phrase") or not self._in_title(c)]
        for candidate in pool:
            night_of_two_days(self, candidate)
        kept = self._add_range_starts(longest_first(pool, len(self.text)))
        # A day may take in a following bare part of day ("jeudi à l'aube"), up to the next
        # other candidate. Indexes, found right to left in one pass, because a candidate's
        # start changes only when its own turn comes (_extend moves it left).
        next_other: list[int | None] = [None] * len(kept)
        following: int | None = None
        for i in range(len(kept) - 1, -1, -1):
            next_other[i] = following
            if kept[i].kind != "bare_part":
                following = i
        extended: list[Candidate] = []
        lower_bound = 0  # where the last day (not a bare part of day) ends
        for i, candidate in enumerate(kept):
            if extended and candidate.start < extended[-1].end:
                continue  # swallowed by the previous one ("la nuit de lundi à mardi")
            j = next_other[i]
            upper_bound = kept[j].start if j is not None else len(self.text)
            self._extend(candidate, lower_bound, upper_bound)
            # A bare part of day the day took in from before ("ночью [в понедельник]") is
            # the day's, as one it takes in after it is
            while (
                extended and extended[-1].kind == "bare_part" and extended[-1].end > candidate.start
            ):
                extended.pop()
            extended.append(candidate)
            if candidate.kind != "bare_part":
                lower_bound = candidate.end
        return self._with_bare_clocks(self._without_time_zone_asides(extended))

    def _with_bare_clocks(self, found: list[Candidate]) -> list[Candidate]:
        """Add the clock times no day took ("à [13h45]", "at [10:30 a.m.]"): looked for
        last, so "Monday at 10:00" and "10 a.m. on Monday" stay one expression."""
        if not any(ch.isdigit() for ch in self.lowered) and not self.g.lexicon.named_times:
            return found
        covered = bytearray(len(self.text) + 1)
        for candidate in found:
            covered[candidate.start : candidate.end] = b"\x01" * (candidate.end - candidate.start)
        clocks = []
        for m in self.g.bare_clock.finditer(self.lowered):
            start, end = m.span("time")
            clock = parse_clock(m.group("time"), self.g.lexicon)
            if clock and covered.find(1, start, end) < 0:
                clocks.append(Candidate(start, end, "clock", clock=clock))
        if not clocks:
            return found
        return sorted([*found, *clocks], key=lambda c: c.start)

    def _without_time_zone_asides(self, found: list[Candidate]) -> list[Candidate]:
        """Drop a day written in brackets right after another day with more words in the
        brackets: "on Monday (Tuesday Beijing time)" is one happening told in two time
        zones, not two days. "Monday (15 November)" stays: the brackets hold only a date."""
        kept: list[Candidate] = []
        for candidate in found:
            previous = kept[-1] if kept else None
            if (
                previous is not None
                and candidate.kind in ("weekday", "explicit", "numeric")
                and _OPEN_BRACKET_BETWEEN.fullmatch(self.text, previous.end, candidate.start)
                and _ASIDE_AFTER.match(self.text, candidate.end)
            ):
                continue
            kept.append(candidate)
        return kept

    def _add_range_starts(self, kept: list[Candidate]) -> list[Candidate]:
        """'15-16 November', 'du 15 au 17 novembre', 'November 18 and 19': the other days
        written with a day-month date are dates of their own (temporal_lists)."""
        out: list[Candidate] = []
        for i, candidate in enumerate(kept):
            listable = (
                candidate.kind == "explicit"
                and "day_month" in candidate.extras
                and candidate.weekday is None
            )
            if listable and candidate.extras["day_month"]:
                out.extend(listed_before(self, candidate, out[-1].end if out else 0))
            elif listed := weekday_listed_before(self, candidate, out[-1] if out else None):
                out[-1] = listed
            out.append(candidate)
            if listable and not candidate.extras["day_month"]:
                upper_bound = kept[i + 1].start if i + 1 < len(kept) else len(self.text)
                out.extend(listed_after(self, candidate, upper_bound))
        return out

    def _extend(self, c: Candidate, lower_bound: int, upper_bound: int) -> None:
        """Attach what belongs to a day: part of day, clock time, 'late', 'the night of'."""
        is_phrase = c.kind == "phrase"
        if not (
            c.kind in ("explicit", "numeric", "weekday") or (is_phrase and c.phrase.unit == "day")
        ):
            return
        if c.kind == "weekday" and c.relation is None:
            self._day_number_after(c, upper_bound)
        self._part_and_clock_after(c, upper_bound)
        deictic_day = is_phrase and c.phrase.reference == "dct"
        if is_phrase and not (c.phrase.takes_part_of_day and deictic_day):
            if deictic_day:
                self._clock_before(c, lower_bound)  # "11pm tonight", "6pm this evening"
            return  # "the next day" takes no 'late' before it; "late yesterday" does
        self._day_part_before(c, lower_bound)
        if is_phrase:
            self._clock_before(c, lower_bound)  # "6pm yesterday"
            return
        self._part_of_before(c, lower_bound)
        self._clock_before(c, lower_bound)

    def _day_number_after(self, c: Candidate, upper_bound: int) -> None:
        """ "lundi 15", "Monday 15th": a day number without a month after a weekday."""
        m = self.g.day_number_after.match(self.lowered, c.end)
        if not m or m.end() > upper_bound:
            return
        rest = self.lowered[m.end() : m.end() + 2].strip(" \u00a0\u202f")
        has_suffix = not m.group().rstrip().endswith(m.group("day"))
        day_part_next = self.g.part_after.match(self.lowered, m.end()) or self.g.time_after.match(
            self.lowered, m.end()
        )
        if has_suffix or not rest or rest[0] in ",;.:!?)" or day_part_next:
            c.day = int(m.group("day"))
            c.end = m.end()

    def _part_and_clock_after(self, c: Candidate, upper_bound: int) -> None:
        """ "Monday evening", "Monday at 10:00": a part of day, then a clock time, after it;
        or the weekday's day and month, bracketed or dotted ("We wtorek (4.01)", "w sobotę
        23.10"), which make it an explicit date."""
        takes_part = not (c.kind == "phrase" and not c.phrase.takes_part_of_day)
        m = self.g.part_after.match(self.lowered, c.end) if takes_part else None
        if m and m.end() <= upper_bound and c.time_of_day is None:
            c.time_of_day = self.g.parts_of_day[key(m.group("pod"))]
            c.end = m.end()
        if self._bracketed_day_and_month(c, upper_bound):
            return
        m = self.g.time_after.match(self.lowered, c.end)
        if m and m.end() <= upper_bound:
            if self._day_and_month_after_weekday(c, m):
                return
            clock = parse_clock(m.group("time"), self.g.lexicon)
            if clock:
                c.clock = clock
                c.end = m.end()

    def _bracketed_day_and_month(self, c: Candidate, upper_bound: int) -> bool:
        """ "We wtorek (4.01)": the Polish press writes a weekday's date in brackets after
        it; no clock is written so (batch 22: the page's only date, and it went unread).
        Makes `c` an explicit date; the resolver turns it back into the weekday when that
        day and month do not fall on it near the publication date."""
        m = _BRACKETED_DAY_MONTH.match(self.lowered, c.end)
        if c.kind != "weekday" or c.day is not None or m is None or m.end() > upper_bound:
            return False
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return False
        _weekday_as_date(c, day, month, m.end(), weekday_reading=(c.end, None))
        return True

    def _day_and_month_after_weekday(self, c: Candidate, m: re.Match[str]) -> bool:
        """ "w sobotę 23.10", "в субботу 23.10": right after a weekday, with no "at" or "o"
        between, a dotted pair that is a day and a month is that date, not a clock time
        (the Polish and Russian press write both with a dot; a time takes its preposition).
        Makes `c` an explicit date with its weekday; False when it is not one."""
        pair = _DOTTED_DAY_MONTH.fullmatch(m.group("time"))
        if c.kind != "weekday" or c.day is not None or pair is None:
            return False
        if not _ONLY_SPACE_OR_COMMA.fullmatch(self.lowered, c.end, m.start("time")):
            return False
        day, month = int(pair.group(1)), int(pair.group(2))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return False
        clock = parse_clock(m.group("time"), self.g.lexicon)
        # read as a clock instead, the pair stays in the weekday's span: "w piątek 9.05"
        _weekday_as_date(
            c, day, month, m.end(), weekday_reading=(m.end(), clock) if clock else None
        )
        return True

    def _day_part_before(self, c: Candidate, lower_bound: int) -> None:
        """ "late on Monday", "early Tuesday": a part of the day written before it."""
        m = self._before(self.g.day_part_before, c.start)
        if not m or m.start() < lower_bound or self._manner(m.start()):
            return
        prefix = self.g.day_part_prefixes[key(word_of(m))]
        if c.time_of_day is None or (c.time_of_day == "morning" and prefix == "early morning"):
            c.time_of_day = prefix
        c.start = m.start()

    def _part_of_before(self, c: Candidate, lower_bound: int) -> None:
        """ "the night of Monday": a part of the day that names the day after it."""
        m = self._before(self.g.part_of_before, c.start)
        if not m or m.start() < lower_bound:
            return
        part = self.g.part_of_day_of[key(word_of(m))]
        c.time_of_day = c.time_of_day or (night_into(c) if part == NIGHT_INTO else part)
        c.start = m.start()
        if c.kind == "weekday":
            # "la nuit de lundi à mardi": one night from the first day into the second
            m_range = self.g.night_range_after.match(self.lowered, c.end)
            if m_range:
                c.end = m_range.end()
                c.extras["night_range"] = True  # it ends on the second day (temporal.resolve)
        elif c.time_of_day == "night" and "range_of" not in c.extras:
            night_day_after(self, c)  # a listed day ("du [13] au 14 novembre") has its range

    def _clock_before(self, c: Candidate, lower_bound: int) -> None:
        """A clock time written before the day: "10 a.m. on Monday", "6pm yesterday"."""
        m = self._before(self.g.time_before, c.start)
        if m and m.start() >= lower_bound and c.clock is None:
            clock = parse_clock(m.group("time"), self.g.lexicon)
            if clock:
                c.clock = clock
                c.start = m.start()

    def _manner(self, position: int) -> bool:
        """'close early today': 'early' is the verb's adverb, not a part of the day."""
        previous = _PREVIOUS_WORD.search(self.lowered, max(0, position - 20), position)
        return previous is not None and previous.group(1) in self.g.lexicon.manner_verbs


def _skip_back(text: str, position: int, characters: str) -> int:
    """The position before which text[:position] ends once `characters` are stripped."""
    while position and text[position - 1] in characters:
        position -= 1
    return position


def _weekday_as_date(
    c: Candidate, day: int, month: int, end: int, weekday_reading: tuple[int, str | None] | None
) -> None:
    """Makes the weekday `c` the explicit date its day and month after it name. The other
    reading (where the weekday's span ends, and the clock the pair would be) is kept in
    `extras["weekday_reading"]`: temporal.tag falls back on it when that day and month do
    not fall on the weekday near the publication date ("We wtorek (2.5)", "w piątek 9.05")."""
    if weekday_reading is not None:
        c.extras["weekday_reading"] = weekday_reading
    c.kind, c.day, c.month, c.end = "explicit", day, month, end
