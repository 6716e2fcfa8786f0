"""French: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import LanguageTables
from crisis_timeline.lang.fr.attribution import ATTRIBUTION
from crisis_timeline.lang.fr.calendar import LEXICON
from crisis_timeline.lang.fr.clusters import CLUSTERS
from crisis_timeline.lang.fr.events import EVENT_TYPES, EVENTS
from crisis_timeline.lang.fr.furniture import FURNITURE
from crisis_timeline.lang.fr.periods import PERIODS
from crisis_timeline.lang.fr.quantities import QUANTITIES
from crisis_timeline.lang.fr.sentences import SENTENCES
from crisis_timeline.lang.fr.stop_words import STOP_WORDS

TABLES = LanguageTables(
    code="fr",
    name="French",
    native_name="français",
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
