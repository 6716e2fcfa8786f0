"""Language identification for article text, offline.

Two functions:
- `identify_language(text)`: the language among every folder of `crisis_timeline.lang`
  ("en", "fr", "pl", "ru", "lt"), or "unknown" for anything else (German, Ukrainian,
  Latvian...). It uses lingua (lingua-language-detector), which is reliable on short texts
  (headlines, captions, one sentence); measured on 39 short texts of the five languages and
  three others: lingua 39/39, py3langid restricted with set_languages 36/39 (it calls short
  French and Russian lines "unknown" or English). py3langid remains the fallback when lingua is
  not installed. Lingua is also given German, Ukrainian, Latvian and Belarusian, so a text in
  one of those is reported "unknown" rather than forced into its nearest supported neighbour.
- `detect_language(text)`: what the pipeline uses: `identify_language`, except "en" for
  empty text (a headline-less stub is read with English tables, as before).

A language stated in sources.csv always wins; callers only ask for text without one.
"""

from __future__ import annotations

from functools import lru_cache

from crisis_timeline.lang import languages

# Languages read in full: the registry's folders.
SUPPORTED_LANGUAGES: tuple[str, ...] = languages()
UNKNOWN = "unknown"
SAMPLE_CHARS = 5000  # enough for any classifier; keeps long articles fast
# Lingua names of our codes, and of neighbours that must not be mistaken for them.
_LINGUA_NAMES = {"en": "ENGLISH", "fr": "FRENCH", "pl": "POLISH", "ru": "RUSSIAN",
                 "lt": "LITHUANIAN", "de": "GERMAN", "uk": "UKRAINIAN", "lv": "LATVIAN",
                 "be": "BELARUSIAN"}  # fmt: skip


@lru_cache(maxsize=4)
def _py3langid(candidates: tuple[str, ...]):
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(candidates))
    return identifier


@lru_cache(maxsize=1)
def _lingua():
    """A lingua detector over our languages and their neighbours (None when not installed)."""
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    wanted = [getattr(Language, name) for name in _LINGUA_NAMES.values()]
    return LanguageDetectorBuilder.from_languages(*wanted).build()


def identify_language(text: str) -> str:
    """ISO 639-1 code among the registry's languages, or "unknown" (also for empty text)."""
    sample = text[:SAMPLE_CHARS]
    if not sample.strip():
        return UNKNOWN
    known = languages()
    detector = _lingua()
    if detector is not None:
        found = detector.detect_language_of(sample)
        if found is None:
            return UNKNOWN
        code = found.iso_code_639_1.name.lower()
        return code if code in known else UNKNOWN
    code, _probability = _py3langid(tuple(sorted({*known, "de", "uk", "lv", "be"}))).classify(
        sample
    )
    return code if code in known else UNKNOWN


def detect_language(text: str) -> str:
    """A code among SUPPORTED_LANGUAGES, or "unknown" (read in part); "en" for empty text."""
    if not text[:SAMPLE_CHARS].strip():
        return "en"
    return identify_language(text)
