"""English: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import folder_tables

TABLES = folder_tables(__name__, name="English", native_name="English", lemmatizer="none")
