"""Where an event record is made: `EventBuilder.add` turns a sentence unit and the date the
event rules gave it (events.py) into a schema.Event, with its figures, actors, places,
background flag and confidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from crisis_timeline import settings
from crisis_timeline.articles import Article
from crisis_timeline.entities import Gazetteer
from crisis_timeline.quantities import find_quantities
from crisis_timeline.schema import Event
from crisis_timeline.sentence_units import SentenceUnit

# How much a date is trusted, by what gave it: a date written in full, one resolved
# against the publication date, the publication date itself, a date carried from the
# sentence before.
CONFIDENCE = {"absolute": 0.95, "dct": 0.85, "publication": 0.7, "narrative": 0.5}
INFERRED_PUBLICATION_FACTOR = 0.8  # dates resting on an inferred publication date


def _background(start: date | None, end: date | None) -> bool:
    last = end or start
    return last is not None and last < settings.BACKGROUND_BEFORE


class EventBuilder:
    """Accumulates the events of one article; knows its metadata. Every event record is made
    here (`add`), whatever dated it."""

    def __init__(self, article: Article, gazetteer: Gazetteer) -> None:
        self.article = article
        self.gazetteer = gazetteer
        self.events: list[Event] = []
        self.inferred = article.published_basis == "inferred"
        # The figures of the last sentence: a sentence listing many dates gives many events,
        # and reading its figures again for each was quadratic in the sentence.
        self._figures: tuple[int, list] = (-1, [])

    def _confidence(self, kind: str) -> float:
        value = CONFIDENCE[kind]
        if self.inferred and kind != "absolute":
            value *= INFERRED_PUBLICATION_FACTOR
        return round(value, 2)

    def add_day(
        self,
        unit: SentenceUnit,
        *,
        dated_by: str,
        day: date | None,
        day_end: date | None = None,
        reason: str,
        kind: str,
        **more: Any,
    ) -> Event:
        """An event on one day (or `day` to `day_end`) that no expression of its own gives:
        the lead's, the day before the sentence's; `kind` names its CONFIDENCE."""
        return self.add(
            unit,
            dated_by=dated_by,
            start=day,
            end=day_end or day,
            precision="day",
            time_of_day=None,
            trigger=None,
            reason=reason,
            confidence=self._confidence(kind),
            **more,
        )

    def add(
        self,
        unit: SentenceUnit,
        *,
        dated_by: str,
        start: date | None,
        end: date | None,
        precision: str,
        time_of_day: str | None,
        trigger: str | None,
        reason: str,
        confidence: float,
        suffix: str = "",
        inherited_actors: Iterable[str] = (),
        event_type: str | None = None,
    ) -> Event:
        article = self.article
        sentence_original = article.original_text[unit.original_start : unit.original_end]
        if self._figures[0] != unit.sentence.start:
            found = find_quantities(unit.sentence.text, article.language)
            self._figures = (unit.sentence.start, found)
        quantities = [q.to_json() for q in self._figures[1]]
        event = Event(
            event_id=f"{article.id}:{unit.original_start}-{unit.original_end}{suffix}",
            article_id=article.id,
            outlet=article.source_label,
            language=article.language,
            published=article.published,
            published_basis=article.published_basis,
            date=start,
            date_end=end,
            precision=precision,
            time_of_day=time_of_day,
            dated_by=dated_by,
            trigger=trigger,
            date_reason=reason,
            sentence=sentence_original,
            start=unit.original_start,
            end=unit.original_end,
            event_type=event_type or unit.event_type,
            actors=list(dict.fromkeys([*unit.actors, *inherited_actors])),
            places=list(unit.places),
            quantities=quantities,
            background=_background(start, end),
            confidence=confidence,
        )
        self.events.append(event)
        return event
