"""French: every table the pipeline reads, assembled for the registry (crisis_timeline.lang)."""

from crisis_timeline.lang import folder_tables

TABLES = folder_tables(__name__, name="French", native_name="français", lemmatizer="none")
