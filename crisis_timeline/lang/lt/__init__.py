"""Lithuanian: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import LanguageTables
from crisis_timeline.lang.lt.attribution import ATTRIBUTION
from crisis_timeline.lang.lt.calendar import LEXICON
from crisis_timeline.lang.lt.clusters import CLUSTERS
from crisis_timeline.lang.lt.events import EVENT_TYPES, EVENTS
from crisis_timeline.lang.lt.furniture import FURNITURE
from crisis_timeline.lang.lt.periods import PERIODS
from crisis_timeline.lang.lt.quantities import QUANTITIES
from crisis_timeline.lang.lt.sentences import SENTENCES
from crisis_timeline.lang.lt.stop_words import STOP_WORDS

TABLES = LanguageTables(
    code="lt",
    name="Lithuanian",
    native_name="lietuvių",
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
    lemmatizer="simplemma",
)
