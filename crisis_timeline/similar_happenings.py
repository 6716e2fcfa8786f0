"""A similar happening told after the story: "Do podobnego zdarzenia doszło też wczoraj
około 23:00 w Dubiczach Cerkiewnych", "A similar incident occurred on Tuesday near Bohoniki".

Such a sentence holds no cue of its own (an "incident" is of no kind), so the event rules
would pass it by, or type it "other"; it tells the story's kind of happening again, on its
own day. events.py asks this of every dated sentence.
"""

from __future__ import annotations

from crisis_timeline.narration import narrates_past, pattern
from crisis_timeline.schema import Event
from crisis_timeline.sentence_units import SentenceUnit

# The story told at most this many sentences before (its details may come between: the
# video, the withdrawal), in the same or the paragraph before.
SIMILAR_REACH = 6


def similar_type(
    unit: SentenceUnit,
    index: int,
    units: list[SentenceUnit],
    last_dated: tuple[int, Event] | None,
    lang: str,
) -> str | None:
    """The event type of the story a "similar incident" sentence tells again, else None."""
    if last_dated is None or not pattern("similar", lang).search(unit.sentence.text):
        return None
    anchor_index, anchor = last_dated
    if index - anchor_index > SIMILAR_REACH or unit.paragraph - units[anchor_index].paragraph > 1:
        return None
    if not narrates_past(unit.sentence.text, lang):
        return None  # "Similar incidents could follow": no happening
    return anchor.event_type
