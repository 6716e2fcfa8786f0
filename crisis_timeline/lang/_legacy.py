"""The English and French tables as the pipeline's modules hold them today.

Until their tables move into `lang/en/` and `lang/fr/`, those folders read them from the
lexicon modules through this adapter, so the registry already offers all five languages
with the same keys.
"""

from __future__ import annotations

from crisis_timeline.lang import TABLE_KEYS, LanguageTables

# attribution._generic_regex's two shapes: adjectives before the noun ("Polish officials")
# or after it ("les autorités polonaises").
_GENERIC_INTRO = {"en": r"(?:according|accroding) to", "fr": r"(?:selon|d'apres)"}
_GENERIC_PHRASE = {
    "en": r"(?:[a-z]+ ){{0,2}}(?:{heads})",
    "fr": r"(?:{heads})(?: (?!(?:de|du|des|la|le|les|et|ont|a|qui|que)\b)[a-z]+)?",
}


def legacy_tables(code: str, name: str, native_name: str) -> LanguageTables:
    from crisis_timeline import (
        attribution,
        boilerplate,
        cluster_lexicon,
        entities,
        event_type_lexicon,
        events_lexicon,
        quantity_lexicon,
        sentences,
        temporal_lexicon,
    )

    def pick(module, keys, renames=None):
        renames = renames or {}
        return {key: getattr(module, renames.get(key, key))[code] for key in keys}

    attribution_tables = pick(
        attribution, ("CUES", "MEDIUM_CUES", "GENERIC_SOURCES", "NAME_CUES")
    ) | {
        "ARTICLE": attribution._ARTICLE[code],
        "GENERIC_INTRO": _GENERIC_INTRO[code],
        "GENERIC_PHRASE": _GENERIC_PHRASE[code],
    }
    furniture = pick(
        boilerplate,
        TABLE_KEYS["furniture"],
        {"FURNITURE": "FURNITURE_BY_LANGUAGE"},
    )
    return LanguageTables(
        code=code,
        name=name,
        native_name=native_name,
        calendar=temporal_lexicon.LEXICONS[code],
        events=pick(events_lexicon, TABLE_KEYS["events"]),
        event_types=tuple(event_type_lexicon.CUES[code]),
        quantities=pick(quantity_lexicon, TABLE_KEYS["quantities"]),
        attribution=attribution_tables,
        sentences=dict(sentences.SENTENCE_RULES[code]),
        furniture=furniture,
        clusters=pick(cluster_lexicon, TABLE_KEYS["clusters"]),
        stop_words=entities.FALLBACK_STOPWORDS[code],
        lemmatizer="none",
    )
