"""Russian: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import LanguageTables
from crisis_timeline.lang.ru.attribution import ATTRIBUTION
from crisis_timeline.lang.ru.calendar import LEXICON
from crisis_timeline.lang.ru.clusters import CLUSTERS
from crisis_timeline.lang.ru.events import EVENT_TYPES, EVENTS
from crisis_timeline.lang.ru.furniture import FURNITURE
from crisis_timeline.lang.ru.periods import PERIODS
from crisis_timeline.lang.ru.quantities import QUANTITIES
from crisis_timeline.lang.ru.sentences import SENTENCES
from crisis_timeline.lang.ru.stop_words import STOP_WORDS

TABLES = LanguageTables(
    code="ru",
    name="Russian",
    native_name="русский",
    calendar=LEXICON,
    events=EVENTS,
    event_types=EVENT_TYPES,
    quantities=QUANTITIES,
    attribution=ATTRIBUTION,
    sentences=SENTENCES,
    furniture=FURNITURE,
    clusters=CLUSTERS,
    stop_words=STOP_WORDS,
    periods=PERIODS,
    lemmatizer="pymorphy3",
)
