"""Which landmark day of the crisis (crisis_calendar.CALENDAR) a page tells as its news.

A page with no date of its own ("Les forces de sécurité polonaises ont fait usage ce mardi
matin de gaz lacrymogène ... dans le village de Kuźnica") is dated by a reader who followed
the crisis: that Tuesday was the 16th of November 2021. This reads the same way, and only as
far: a sentence must tell the happening (all of its language's patterns found in that one
sentence, lang/<code>/landmarks.py), and that same sentence must agree on the day: it names
that day's weekday (not in the future), or says "today" (or "yesterday": the page is of
the day after). When several landmarks agree, the
latest is the news.

publication.py asks this when its inference found no date of the writer's past in the
text (dates ahead, or outside a month-only page's month, do not count), and when the text's
past dates all come before the landmark it tells with its weekday (a speech of "26 mai"
recalled below "a déclaré vendredi l'état d'urgence": that Friday is the landmark's, not the
first Friday after the speech), so a page that dates its own news is not moved by it; and
to set aside a weekday that tells a landmark of the week before the page's latest date
(weekdays_of_known_days: "a approuvé, jeudi, un amendement à la loi sur les étrangers" on
a page naming Sunday 17 October is the 14th, not the 21st).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from crisis_timeline.crisis_calendar import CALENDAR, Landmark
from crisis_timeline.lang import tables
from crisis_timeline.sentences import split_sentences
from crisis_timeline.temporal import tag


@dataclass(frozen=True)
class Word:
    """A day word of the page: the weekday it names (None for "today"), its text and where
    it stands in the cleaned text."""

    weekday: int | None
    text: str
    start: int
    days_back: int = 0  # a day word's day before the page's: "today" 0, "yesterday" 1


@dataclass(frozen=True)
class LandmarkNews:
    """The landmark a page tells as its news, and why the page is of that day."""

    landmark: Landmark
    reason: str
    days_back: int = 0  # told as "yesterday": the page is of the day after

    @property
    def day(self) -> date:
        return self.landmark.day

    @property
    def page_day(self) -> date:
        """The page's day: the landmark's, or the day after when it says "yesterday"."""
        return self.landmark.day + timedelta(days=self.days_back)


@cache
def _patterns(lang: str) -> tuple[tuple[Landmark, tuple[re.Pattern[str], ...]], ...]:
    cues = tables(lang).landmarks
    compiled = []
    for landmark in CALENDAR:
        patterns = cues.get(landmark.key, ())
        if patterns:  # an empty entry (a language read in part) tells nothing
            compiled.append((landmark, tuple(re.compile(p) for p in patterns)))
    return tuple(compiled)


@lru_cache(maxsize=4)  # one page's inference asks several times (news, later, known days)
def told_landmarks(text: str, lang: str) -> list[tuple[Landmark, int, int]]:
    """The landmarks the sentences of `text` tell, each with the span of a sentence telling
    it: every such sentence, as a headline tells it without the day word its lead gives
    ("La Biélorussie menace de couper le gaz", then "a menacé hier de riposter ...")."""
    patterns = _patterns(lang)
    if not patterns:
        return []
    found: list[tuple[Landmark, int, int]] = []
    for sentence in split_sentences(text, lang):
        lowered = sentence.text.lower()
        for landmark, needed in patterns:
            if all(p.search(lowered) for p in needed):
                found.append((landmark, sentence.start, sentence.end))
    return found  # cached: the callers only read it


def news_landmark(text: str, lang: str, words: Sequence[Word]) -> LandmarkNews | None:
    """The latest landmark the page tells whose day the page agrees on (module docstring);
    None when it tells none, or names no day word that agrees."""
    agreeing = [
        news
        for landmark, start, end in told_landmarks(text, lang)
        if (news := _agreement(landmark, start, end, words)) is not None
    ]
    return max(agreeing, key=lambda news: news.page_day, default=None)


def _agreement(
    landmark: Landmark, start: int, end: int, words: Iterable[Word]
) -> LandmarkNews | None:
    for word in words:
        if not start <= word.start < end:
            continue  # a day word elsewhere dates another happening, the landmark its background
        if word.weekday is None:
            when = "the day before's" if word.days_back else "the day's"
            why = f"and tells it as {when} news (“{word.text}”)"
        elif word.weekday == landmark.day.weekday():
            why = f"and names its weekday (“{word.text}”)"
        else:
            continue
        return LandmarkNews(
            landmark,
            f"inferred: the text gives no date but tells of a known day of the crisis, "
            f"{landmark.what} ({landmark.day:%a %d %b %Y}), {why}",
            word.days_back,
        )
    return None


def weekdays_of_known_days(text: str, lang: str, words: Iterable[Word], latest: date) -> set[int]:
    """The starts of the weekdays that name a known day of the crisis in the week up to the
    latest date a page names ("Le Parlement polonais a approuvé, jeudi, un amendement à la
    loi sur les étrangers" on a page naming Sunday 17 October: the Thursday is the 14th, not
    a day after the 17th)."""
    told = told_landmarks(text, lang)
    return {
        word.start
        for word in words
        for landmark, start, end in told
        if start <= word.start < end
        and word.weekday == landmark.day.weekday()
        and timedelta(0) <= latest - landmark.day < timedelta(days=7)
        # the weekday is the sentence's only time: "On Thursday the Senate approved the wall
        # bill that the lower house passed last week" tells the landmark as another day's
        and len(tag(text[start:end], None, lang, references=False)) == 1
    }
