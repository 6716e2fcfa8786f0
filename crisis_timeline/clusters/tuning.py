"""The clusterer's tuning in one table: each number's name, value, unit and reason.

Every module of crisis_timeline/clusters/ reads its numbers from here, as Datasette keeps
its SETTINGS in one list, so whoever tunes the clusterer looks in one place. A line reads
`NAME = value  # unit: why`. The figures were set on the development gold; after changing
one, rerun `python -m benchmarks.clusters --dense 1000` and compare with the README's
Measured section. Per-language word tables, the qualifier bands of figures and the type
factors are language data and live in cluster_lexicon.py.
"""

from __future__ import annotations

# Pair score (scoring.py): a weighted mean of the evidence both events carry. A weight is
# the share of the score an evidence kind holds when both sides carry it.
WEIGHT_ACTORS = 0.40  # weight: who took part tells one happening from another best
WEIGHT_PLACES = 0.20  # weight: where; half the actors', as every report names Belarus
WEIGHT_WORDS = 0.25  # weight: shared wording, same language only, and only ever adding
WEIGHT_CONCEPTS = 0.25  # weight: what happened, in language-neutral keys (call, pushback)
WEIGHT_UNITS = 0.05  # weight: both give a figure of one unit (minutes, migrants); a hint
FULL_EVIDENCE_WEIGHT = 0.30  # weight: below this the score scales down; one concept is thin
INSTITUTIONS_SHARE = 0.5  # factor of WEIGHT_ACTORS: "the EU" on one side is mostly context
CONTAINMENT_SHARE = 0.5  # share: containment, the rest Jaccard; the shorter report is in the longer
DISJOINT_ACTORS_FACTOR = 0.6  # factor: other people (Macron–Putin vs Merkel–Lukashenko)
DISJOINT_PLACES_FACTOR = 0.6  # factor: no local place shared, or countries disjoint
ADJACENT_DAY_FACTOR = 0.9  # factor: a day apart (time zones, "late Monday" vs Tuesday)
COARSE_DATE_FACTOR = 0.85  # factor: a week or month holding the other's day, not one date

# Anchors (scoring.py): without one of these a pair scores 0, however similar otherwise.
ANCHOR_WORD_SIMILARITY = 0.30  # IDF-weighted Jaccard: same-language wording that anchors
ANCHOR_CONCEPTS = 2  # concept keys: shared (one distinctive) to anchor; one is too common
DISTINCTIVE_CONCEPT_SHARE = 0.1  # share of events: rarer is distinctive ("vote", not "talks")
NEAR_DUPLICATE_SIMILARITY = 0.50  # IDF-weighted Jaccard: one article's unnamed events repeat
CONTINUATION_OVERLAP = 0.5  # share of participants: two sets this alike name one group of people

# Blocking (candidates.py): which pairs are scored at all.
RARE_WORD_SHARE = 0.05  # share of a language's events: a word this rare is a blocking key
NEIGHBOURS_PER_KEY = 20  # events per key: nearest by date; linear cost, gold same as uncapped
UNNAMED_LOOKBACK_DAYS = 31  # days: how far an unnamed report looks back (a month's first day)
# days: how far a date reaches beyond its span, by precision (a day meets the next day)
DAY_SLACK = {"day": 1, "weekend": 0, "week": 0, "month": 0, "year": 0}

# Merging (merging.py): union-find with checks that stop chaining.
MERGE_THRESHOLD = 0.50  # score: a pair at or above this may merge two groups
LINKAGE_THRESHOLD = 0.35  # score: ...if the groups' mean stays here (A~B, B~C: not C into A)
LINKAGE_SAMPLE = 6  # reports per group, sentences per report: the few linkage compares
MAX_DAY_SPREAD = 1  # days: between a group's earliest and latest day-precision member
FINE_PRECISIONS = ("day", "weekend")  # precisions: read as days; coarser ones must hold them

# Several processes (windows.py): the same clusters, sooner on a big input.
WINDOWED_MIN_EVENTS = 20_000  # events: below this, forking workers costs more than it saves
WINDOWS_PER_WORKER = 4  # date windows per worker (all blocks): busy and quiet months even out

# Passages (passages.py)
LEAD_IN_CHARS = 30  # characters: "Lundi," / "On Monday evening," before a subject

# Cluster records (__init__.py, disagreements.py)
CLUSTER_ID_HEX = 10  # hex digits: 40 bits, no collision expected below millions of clusters
QUOTE_CHARS = 160  # characters: a claim quotes its sentence up to this, then "…"
