"""A happening told as the day before the sentence's own: "Au lendemain d'un entretien
téléphonique avec Angela Merkel, Loukachenko a assuré plus tôt dans la journée ...", "A day
after his call with Merkel, Lukashenko said on Tuesday ...", "Dzień po rozmowie z Merkel ...".

The sentence's date (its own, or the lead's or the narrative's) dates its main clause; the
happening the phrase names took place the day before it. Without this, the call is read as
the sentence's happening on the later day, or not at all. events.py asks this of every
sentence that made an event.

Left alone: a named happening with its own date ("au lendemain de l'annonce du 15
novembre": that date makes its own event), one without an event cue ("au lendemain de la
guerre", "the day after tomorrow"), and a sentence dated more loosely than a day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from crisis_timeline.event_types import classify_event_type, cue_scores
from crisis_timeline.narration import pattern
from crisis_timeline.schema import Event
from crisis_timeline.sentence_units import SentenceUnit
from crisis_timeline.temporal_periods import after_bounding_word

# Where the named happening ends: a clause boundary ("Au lendemain d'un entretien avec
# Merkel, le président ...")
_CLAUSE_ENDS = (",", ";", ":", "—", "–", "(")
MIN_WORDS = 1  # "the day after, ..." names nothing; "au lendemain des affrontements" does
# A named happening that ends where the main clause's verb comes (no comma): a date at most
# this many words into it is its own ("dzień po wtorkowej rozmowie"); further on, after the
# subject's names, it is the main clause's ("Dieną po pokalbio su Angela Merkel Aleksandras
# Lukašenka antradienį pareiškė"). Ended by a comma, every date inside it is its own.
OWN_DATE_WORDS = 3


@dataclass(frozen=True, slots=True)
class DayBefore:
    """The happening a day-after phrase names: its day and type, where it is (sentence
    offsets of the phrase and of the named happening's end), why, and the type of the
    sentence's own happening read without it."""

    day: date
    event_type: str
    start: int
    end: int
    reason: str
    main_type: str


def day_before_happening(unit: SentenceUnit, made: list[Event], lang: str) -> DayBefore | None:
    """The happening named after "the day after" in a sentence whose events are `made`,
    dated the day before the sentence's day; None when there is none to date."""
    text = unit.sentence.text
    phrase = pattern("day_after", lang).search(text)
    if phrase is None or _told_inside(text, phrase.start(), lang):
        return None
    # The named happening is a noun phrase: it ends at a clause boundary, or where the
    # main clause's verb comes without one (Polish, Russian and Lithuanian set no comma
    # after "Dzień po rozmowie z Merkel Łukaszenka oświadczył ...")
    stops = [i for i in (text.find(s, phrase.end()) for s in _CLAUSE_ENDS) if i >= 0]
    verb = pattern("past", lang).search(text, phrase.end())
    end = min([*stops, verb.start() if verb else len(text)])
    named = text[phrase.end() : end]
    if len(named.split()) < MIN_WORDS or not cue_scores(named, lang):
        return None
    at_boundary = bool(stops) and end == min(stops)
    if _dates_it(unit, phrase, end, at_boundary):
        return None  # that date makes its own event
    if any(e.dated_by == "narrative" for e in made) or any(
        x.anchor == "narrative" for x in unit.expressions
    ):
        # the day came from the story told before ("A day after their call, troops cleared
        # the camp"): the named happening is that story's, already an event
        return None
    days = {(e.date, e.date_end) for e in made if e.precision == "day" and not e.background}
    if len(days) != 1:
        return None  # no day, or several: which one is "the day after" is not said
    day, day_end = days.pop()
    if day is None or day != day_end:
        return None
    before = day - timedelta(days=1)
    # the sentence's own happening, typed without the one it names ("other" when no cue
    # is left: the named call's words must not type the main clause's statement)
    rest = text[: phrase.start()] + " " * (end - phrase.start()) + text[end:]
    return DayBefore(
        day=before,
        event_type=classify_event_type(named, lang),
        start=phrase.start(),
        end=end,
        reason=f"“{text[phrase.start() : end][:60]}”: the day before the sentence's own "
        f"day ({day:%a %d %b %Y}), so {before:%a %d %b %Y}",
        main_type=classify_event_type(rest, lang),
    )


def _told_inside(text: str, start: int, lang: str) -> bool:
    """The phrase stands in a reported clause or after "since" ("said on Tuesday that the
    migrants had left a day after the clashes", "closed since the day after the clashes"):
    the named happening's day is not the sentence's day less one."""
    return bool(pattern("reported", lang).search(text, 0, start)) or after_bounding_word(
        text, start, lang
    )


def _dates_it(unit: SentenceUnit, phrase: re.Match[str], named_end: int, at_boundary: bool) -> bool:
    """Whether a date of the sentence is the named happening's own: inside it when a comma
    ends it ("a day after the clashes at Kuznica on Monday,"), a few words into it when
    the main clause's verb does ("au lendemain de l'entretien du 15 novembre"), or set off
    by commas right after it in mid-sentence ("... est intervenue au lendemain d'un nouvel
    entretien téléphonique, mercredi, entre ..."; at the sentence's start such a date is
    the main clause's)."""
    text, offset = unit.sentence.text, unit.sentence.start
    named_start = phrase.end()
    after = text[named_end:]
    apposition = named_end + len(after) - len(after.lstrip(",;:—–( "))
    for expression in unit.expressions:
        at = expression.start - offset
        if at == apposition and apposition > named_end and phrase.start() > 0:
            return True
        inside = named_start <= at < named_end
        if inside and (at_boundary or len(text[named_start:at].split()) <= OWN_DATE_WORDS):
            return True
    return False
