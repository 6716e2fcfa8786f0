"""The one exception type for expected bad input: its message is shown to users as is."""

from __future__ import annotations


class CrisisTimelineError(Exception):
    """Bad input a user can act on, e.g. "article.pdf is not text (PDF). Upload .txt, .md or .html."."""
