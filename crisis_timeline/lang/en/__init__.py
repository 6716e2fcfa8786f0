"""English: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import LanguageTables
from crisis_timeline.lang.en.attribution import ATTRIBUTION
from crisis_timeline.lang.en.calendar import LEXICON
from crisis_timeline.lang.en.clusters import CLUSTERS
from crisis_timeline.lang.en.events import EVENT_TYPES, EVENTS
from crisis_timeline.lang.en.furniture import FURNITURE
from crisis_timeline.lang.en.periods import PERIODS
from crisis_timeline.lang.en.quantities import QUANTITIES
from crisis_timeline.lang.en.sentences import SENTENCES
from crisis_timeline.lang.en.stop_words import STOP_WORDS

TABLES = LanguageTables(
    code="en",
    name="English",
    native_name="English",
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
    lemmatizer="none",
)
