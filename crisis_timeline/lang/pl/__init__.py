"""Polish: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import LanguageTables
from crisis_timeline.lang.pl.attribution import ATTRIBUTION
from crisis_timeline.lang.pl.calendar import LEXICON
from crisis_timeline.lang.pl.clusters import CLUSTERS
from crisis_timeline.lang.pl.events import EVENT_TYPES, EVENTS
from crisis_timeline.lang.pl.furniture import FURNITURE
from crisis_timeline.lang.pl.periods import PERIODS
from crisis_timeline.lang.pl.quantities import QUANTITIES
from crisis_timeline.lang.pl.sentences import SENTENCES
from crisis_timeline.lang.pl.stop_words import STOP_WORDS

TABLES = LanguageTables(
    code="pl",
    name="Polish",
    native_name="polski",
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
