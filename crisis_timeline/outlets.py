"""Per-outlet profiles: what each outlet reported, how fast, whom it cites, how it words it.

Reads: the clustered event table, the clusters (crisis_timeline.clusters) and each outlet's
cleaned article text. Gives: an `OutletProfile` per outlet, `key_terms()`, the
characteristic vocabulary of each outlet against the rest of the corpus, and
`outlet_summary()`, the overview's one row per outlet (articles, events, languages, dates).

Keyness is Dunning's log-likelihood (G2) of an outlet's term frequency against the other
outlets' in the same language (Rayson & Garside 2000; across languages every word would be
key, so the whole rest of the corpus is the reference only when no other outlet shares the
language), over lowercased word unigrams and bigrams with each
language's stopwords removed (bigrams never span a stopword or punctuation). Only terms the
outlet over-uses count (observed above expected), and a term needs at least `min_count`
occurrences in the outlet (one occurrence is an accident, not a habit) and a G2 of at least
3.84 (p < 0.05): with small corpora few terms pass, and that is the honest answer. Ties in G2 go to the
larger log ratio, then the term. With a single outlet there is nothing to compare to, so
no key terms are reported.

Does not: judge outlets, or count an outlet's events as its own reporting when it only
repeats another outlet (that is what clusters and first_outlet are for).
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from crisis_timeline.attribution import cited_sources, sources_cited_in
from crisis_timeline.cells import as_date, as_list
from crisis_timeline.clusters import Cluster
from crisis_timeline.language import detect_language
from crisis_timeline.text_features import stopwords_for, voice_actors, words

# Precisions at which "event date -> publication date" is a measurement, not a guess.
LAG_PRECISIONS = ("day", "weekend")
MIN_TERM_COUNT = 2
MIN_KEYNESS = 3.84  # G2 critical value for p < 0.05 (1 degree of freedom)
TOP_SOURCES = 15
TOP_ACTORS = 10

_CLAUSE_BREAK = re.compile(r"[.,;:!?()\[\]«»“”\"—–\n]+")


@dataclass(frozen=True)
class OutletProfile:
    """One outlet's share of the story, speed, sources and vocabulary."""

    outlet: str
    articles: int
    events: int
    clusters: int
    exclusive_clusters: tuple[str, ...]  # cluster ids only this outlet reported
    median_lag_days: float | None  # event date -> publication date
    sources_cited: tuple[tuple[str, int], ...]  # (source, times cited), most cited first
    key_terms: tuple[tuple[str, float], ...]  # (term, G2 keyness), most characteristic first
    actors: tuple[tuple[str, int], ...] = ()  # (participant, events naming it), most first

    def to_json(self) -> dict[str, object]:
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "events": self.events,
            "clusters": self.clusters,
            "exclusive_clusters": list(self.exclusive_clusters),
            "median_lag_days": self.median_lag_days,
            "sources_cited": [list(item) for item in self.sources_cited],
            "key_terms": [[term, round(score, 3)] for term, score in self.key_terms],
            "actors": [list(item) for item in self.actors],
        }

    @classmethod
    def from_json(cls, record: Mapping[str, object]) -> OutletProfile:
        def pairs(key: str) -> tuple[tuple, ...]:
            return tuple(tuple(item) for item in record.get(key, ()) or ())  # type: ignore[union-attr]

        lag = record.get("median_lag_days")
        return cls(
            outlet=str(record["outlet"]),
            articles=int(record["articles"]),  # type: ignore[arg-type]
            events=int(record["events"]),  # type: ignore[arg-type]
            clusters=int(record["clusters"]),  # type: ignore[arg-type]
            exclusive_clusters=tuple(record.get("exclusive_clusters", ()) or ()),  # type: ignore[arg-type]
            median_lag_days=None if lag is None else float(lag),  # type: ignore[arg-type]
            sources_cited=pairs("sources_cited"),
            key_terms=pairs("key_terms"),
            actors=pairs("actors"),
        )


def terms(text: str, lang: str) -> list[str]:
    """Unigrams and bigrams of content words; bigrams stay inside a clause, off stopwords."""
    stop = stopwords_for(lang)
    result: list[str] = []
    for clause in _CLAUSE_BREAK.split(text):
        previous: str | None = None
        for token in words(clause, lang):
            if len(token) < 3 or token in stop:
                previous = None
                continue
            result.append(token)
            if previous is not None:
                result.append(f"{previous} {token}")
            previous = token
    return result


def log_likelihood(count: int, total: int, other_count: int, other_total: int) -> float:
    """Dunning's G2 for a term seen `count` times in `total` vs `other_count` in `other_total`."""
    expected = total * (count + other_count) / (total + other_total)
    other_expected = other_total * (count + other_count) / (total + other_total)
    g2 = 0.0
    if count:
        g2 += count * math.log(count / expected)
    if other_count:
        g2 += other_count * math.log(other_count / other_expected)
    return 2.0 * g2


def key_terms(
    texts: dict[str, str],
    *,
    top: int = 10,
    languages: dict[str, str] | None = None,
    min_count: int = MIN_TERM_COUNT,
    min_keyness: float = MIN_KEYNESS,
) -> dict[str, list[tuple[str, float]]]:
    """Each outlet's most over-used terms against all other outlets, scored by G2.

    `languages` (outlet -> ISO code) picks the stopword table; detected from the text otherwise.
    """
    counts: dict[str, Counter[str]] = {}
    language_of: dict[str, str] = {}
    for outlet, text in texts.items():
        language_of[outlet] = (languages or {}).get(outlet) or detect_language(text)
        counts[outlet] = Counter(terms(text, language_of[outlet]))
    # Reference counts = the pooled counts of the outlet's language minus its own (linear in
    # the number of outlets, where summing every other outlet per outlet was quadratic).
    pooled: dict[str, Counter[str]] = defaultdict(Counter)
    for outlet, counter in counts.items():
        pooled[language_of[outlet]].update(counter)
    everything: Counter[str] = Counter()
    for counter in pooled.values():
        everything.update(counter)
    result: dict[str, list[tuple[str, float]]] = {}
    for outlet, counter in counts.items():
        # Compare within a language: against other languages every word would be "key".
        same_language = sum(1 for o in counts if language_of[o] == language_of[outlet]) > 1
        reference = pooled[language_of[outlet]] if same_language else everything
        total = sum(counter.values())
        other_total = sum(reference.values()) - total
        scored: list[tuple[str, float, float]] = []
        if total and other_total:
            for term, count in counter.items():
                if count < min_count:
                    continue
                other = reference[term] - count
                # Over-use only: the outlet's rate must beat the reference corpus.
                if count / total <= other / other_total:
                    continue
                ratio = math.log2((count / total) / ((other + 0.5) / other_total))
                g2 = log_likelihood(count, total, other, other_total)
                if g2 >= min_keyness:
                    scored.append((term, g2, ratio))
        scored.sort(key=lambda item: (-item[1], -item[2], item[0]))
        result[outlet] = [(term, g2) for term, g2, _ in scored[:top]]
    return result


def _median_lag(rows: pd.DataFrame) -> float | None:
    # Background context and events dated only by the article's own day say nothing about
    # speed; announced future events (date after publication) are not a reporting delay.
    lags: list[int] = []
    backgrounds = rows["background"] if "background" in rows else [None] * len(rows)
    for day, published_on, background, dated_by, precision in zip(
        rows["date"],
        rows["published"],
        backgrounds,
        rows["dated_by"],
        rows["precision"],
        strict=True,
    ):
        event_day, published = as_date(day), as_date(published_on)
        if event_day is None or published is None:
            continue
        # None and NaN mean "not marked", not background.
        if background is not None and background == background and bool(background):
            continue
        if dated_by == "publication" or precision not in LAG_PRECISIONS:
            continue
        if event_day <= published:
            lags.append((published - event_day).days)
    return float(statistics.median(lags)) if lags else None


def _language(rows: pd.DataFrame, text: str) -> str:
    languages = [str(lang) for lang in rows.get("language", pd.Series(dtype=object)).dropna()]
    if languages:
        return Counter(languages).most_common(1)[0][0]
    return detect_language(text)


def outlet_profiles(
    events: pd.DataFrame,
    clusters: list[Cluster],
    texts: Mapping[str, str | Sequence[str]],
    cited: Mapping[str, Sequence[str]] | None = None,
) -> list[OutletProfile]:
    """One profile per outlet found in the events or the texts, sorted by outlet name.

    texts: outlet -> its text, or the list of its articles' texts (better: sources are then
    read article by article, which keeps the cost linear in a large corpus). cited: outlet
    -> every source its articles cite, when they were found already (a build's workers find
    them, profiles_of_articles passes them); an outlet not in it has its texts read.
    """
    articles_of = {o: [t] if isinstance(t, str) else list(t) for o, t in texts.items()}
    texts = {o: "\n".join(parts) for o, parts in articles_of.items()}
    outlets = (
        sorted(set(events["outlet"].dropna().astype(str)) | set(texts))
        if len(events)
        else sorted(texts)
    )
    rows_of = (
        {outlet: rows for outlet, rows in events.groupby("outlet", sort=True)}
        if len(events)
        else {}
    )
    empty = events.iloc[0:0]
    languages = {
        outlet: _language(rows_of.get(outlet, empty), texts.get(outlet, "")) for outlet in outlets
    }
    keyness = key_terms({o: t for o, t in texts.items() if t.strip()}, languages=languages)

    clusters_of: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters:
        for outlet in cluster.outlets:
            clusters_of[outlet].append(cluster)

    voices = voice_actors()
    profiles: list[OutletProfile] = []
    for outlet in outlets:
        rows = rows_of.get(outlet, empty)
        sources = Counter(
            cited[outlet]
            if cited is not None and outlet in cited
            else (
                source
                for text in articles_of.get(outlet, [])
                for source, _, _ in cited_sources(text, languages[outlet])
            )
        )
        # Participants only: voices (outlets, agencies, presidencies) are in sources_cited.
        actor_counts = Counter(
            actor
            for value in rows.get("actors", [])
            for actor in set(as_list(value))
            if actor not in voices
        )
        reported = clusters_of.get(outlet, [])
        profiles.append(
            OutletProfile(
                outlet=outlet,
                articles=int(rows["article_id"].nunique()) if len(rows) else 0,
                events=len(rows),
                clusters=len(reported),
                exclusive_clusters=tuple(c.cluster_id for c in reported if c.outlets == (outlet,)),
                median_lag_days=_median_lag(rows) if len(rows) else None,
                sources_cited=tuple(
                    sorted(sources.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SOURCES]
                ),
                key_terms=tuple(keyness.get(outlet, [])),
                actors=tuple(
                    sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_ACTORS]
                ),
            )
        )
    return profiles


def profiles_of_articles(
    events: pd.DataFrame, clusters: list[Cluster], articles: Sequence
) -> list[OutletProfile]:
    """outlet_profiles() with each outlet's texts taken from its articles (by source label,
    as the pages name outlets), and the sources each article cites (found by the build's
    workers, or read now). The store computes them once, when it is built."""
    texts: dict[str, list[str]] = {}
    cited: dict[str, list[str]] = {}
    for article in articles:
        texts.setdefault(article.source_label, []).append(article.cleaned_text)
        # each article read in its own language (an outlet may write in several)
        cited.setdefault(article.source_label, []).extend(sources_cited_in(article))
    return outlet_profiles(events, clusters, texts, cited)


def outlet_summary(events: pd.DataFrame, articles: Sequence) -> pd.DataFrame:
    """One row per outlet (Outlet, Articles, Events, Languages, First and Last published),
    most articles first: the overview's list when a corpus is too large to list article by
    article. Articles without an outlet share one row per language, not one row each."""
    counts = events["article_id"].value_counts().to_dict()  # a Series .get costs 5 µs a call
    rows: dict[str, dict] = {}
    for article in articles:
        outlet = article.outlet or f"Unattributed ({article.language})"
        row = rows.setdefault(
            outlet, {"Outlet": outlet, "Articles": 0, "Events": 0, "languages": set(), "days": []}
        )
        row["Articles"] += 1
        row["Events"] += int(counts.get(article.id, 0))
        row["languages"].add(article.language)
        if article.published:
            row["days"].append(article.published)
    table = pd.DataFrame(
        [
            {
                "Outlet": row["Outlet"],
                "Articles": row["Articles"],
                "Events": row["Events"],
                "Languages": ", ".join(sorted(row["languages"])),
                "First published": min(row["days"]) if row["days"] else None,
                "Last published": max(row["days"]) if row["days"] else None,
            }
            for row in rows.values()
        ]
    )
    return table.sort_values(["Articles", "Outlet"], ascending=[False, True], ignore_index=True)
