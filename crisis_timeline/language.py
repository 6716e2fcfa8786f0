"""Language identification for article text, offline (py3langid, a maintained langid.py fork).

Only the languages the pipeline has tables for are candidates; anything else is reported
as the closest supported one, because the tagger and extractor need one of them.
"""

from __future__ import annotations

from functools import lru_cache

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(SUPPORTED_LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language among SUPPORTED_LANGUAGES ("en" for empty text)."""
    sample = text[:5000]
    if not sample.strip():
        return "en"
    lang, _probability = _identifier().classify(sample)
    return lang
