"""English tables (read from the lexicon modules until they move into this folder)."""

from crisis_timeline.lang._legacy import legacy_tables

TABLES = legacy_tables("en", "English", "English")
