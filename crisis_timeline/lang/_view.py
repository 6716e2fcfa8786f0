"""A read-only {language code: table} mapping whose values come from the registry.

The lexicon modules (boilerplate, cluster_lexicon, event_type_lexicon,
geonames_fallback) used to expose dicts keyed by "en" and "fr" that the algorithms indexed
with `.get(lang, ...)`. They now expose a `TableView` under the same name: `CUES["pl"]` is
`tables("pl").event_types`, and a code without a folder ("de") gives the partial record's
empty table, never English's. Every language, English and French included, writes its
tables in its own folder (`crisis_timeline/lang/<code>/`).

What it does not do: hold data or decide anything about a language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crisis_timeline.lang import LanguageTables


class TableView(Mapping[str, Any]):
    """`view[code]` is `read(tables(code))`; `extra` adds language-free entries ("generic")."""

    def __init__(
        self, read: Callable[[LanguageTables], Any], extra: Mapping[str, Any] | None = None
    ) -> None:
        self._read = read
        self._extra = dict(extra or {})

    def __getitem__(self, code: str) -> Any:
        if code in self._extra:
            return self._extra[code]
        if not isinstance(code, str):
            raise KeyError(code)
        from crisis_timeline.lang import tables  # lazily: the registry imports the lexicons

        return self._read(tables(code))

    def __iter__(self) -> Iterator[str]:
        from crisis_timeline.lang import languages

        return iter((*self._extra, *languages()))

    def __len__(self) -> int:
        from crisis_timeline.lang import languages

        return len(self._extra) + len(languages())

    def __contains__(self, code: object) -> bool:
        # The languages read in full (and the extra entries): `lang in STOPWORDS` is how a
        # caller asks whether to fall back to every language's table. Indexing never fails.
        from crisis_timeline.lang import is_supported

        return code in self._extra or (isinstance(code, str) and is_supported(code))

    def __repr__(self) -> str:
        return f"TableView({sorted(self)})"
