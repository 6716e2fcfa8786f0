"""The English and French tables as the pipeline's modules hold them today.

Until their tables move into `lang/en/` and `lang/fr/`, those folders read them from the
lexicon modules through this adapter, so the registry already offers all five languages
with the same keys.
"""

from __future__ import annotations

from crisis_timeline.lang import TABLE_KEYS, LanguageTables


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

    attribution_tables = pick(attribution, TABLE_KEYS["attribution"])
    furniture = {key: boilerplate.BUILT_IN[key][code] for key in TABLE_KEYS["furniture"]}
    return LanguageTables(
        code=code,
        name=name,
        native_name=native_name,
        calendar=temporal_lexicon.BUILT_IN[code],
        events=pick(events_lexicon, TABLE_KEYS["events"]),
        event_types=tuple(event_type_lexicon.BUILT_IN["CUES"][code]),
        quantities=pick(quantity_lexicon, TABLE_KEYS["quantities"]),
        attribution=attribution_tables,
        sentences=dict(sentences.SENTENCE_RULES[code]),
        furniture=furniture,
        clusters={key: cluster_lexicon.BUILT_IN[key][code] for key in TABLE_KEYS["clusters"]},
        stop_words=entities.BUILT_IN["stop_words"][code],
        lemmatizer="none",
    )
