"""Per-outlet profiles: cited sources (both languages), keyness, lags and exclusives."""

from __future__ import annotations

import math

import pytest

from crisis_timeline.attribution import cited_sources
from crisis_timeline.clusters import cluster_events
from crisis_timeline.outlets import (
    key_terms,
    log_likelihood,
    outlet_profiles,
    outlet_summary,
    terms,
)
from tests.event_factory import make_events

# (lang, text, sources the text cites) — one row per cue, the seeds' wording where possible
CITATIONS = [
    ("en", "a statement from the Elysee Palace said that “it is our hope”", ["Elysee"]),
    ("en", "the Elysée palace declared it hoped", ["Elysee"]),
    ("en", "Putin responded, the Elysee said, adding that", ["Elysee"]),
    ("en", "Accroding to the Kremlin, Putin drew attention to", ["Kremlin"]),
    ("en", "According to the Kremlin, the talks were long.", ["Kremlin"]),
    (
        "en",
        "they talked by phone, according to a social media post by reporters for Belarus "
        "state media.",
        ["Belarusian state media"],
    ),
    ("en", "the crisis was staged, Belarusian state media reported.", ["Belarusian state media"]),
    (
        "en",
        '"People must not be used as weapons," Josep Borrell said in a tweet.',
        ["Josep Borrell", "Twitter"],
    ),
    (
        "en",
        '"Quite the opposite is happening," Josep Borrell told the Journal du Dimanche.',
        ["Josep Borrell", "Journal du Dimanche"],
    ),
    ("en", "In an interview with the PAP agency, Morawiecki estimated", ["PAP"]),
    (
        "en",
        "According to Polish Prime Minister Mateusz Morawiecki, the border will close.",
        ["Mateusz Morawiecki"],
    ),
    (
        "en",
        "According to humanitarian organizations, at least 10 migrants died.",
        ["humanitarian organizations"],
    ),
    ("en", "the country will carry out flights, Ahmed al-Sahaf said.", ["Ahmed al-Sahaf"]),
    ("en", "The bloc will target airlines, said the EU.", ["European Union"]),
    ("fr", "a noté la réduction des flux migratoires, rapporte l’Élysée.", ["Elysee"]),
    ("fr", "« mesures », a indiqué l’Élysée.", ["Elysee"]),
    ("fr", "selon l'Élysée, les deux présidents ont parlé", ["Elysee"]),
    ("fr", "indique le communiqué de l’Élysée.", ["Elysee"]),
    ("fr", "comme l’Elysée l’a enregistré dans un communiqué.", ["Elysee"]),
    ("fr", "selon le Kremlin, Poutine a insisté", ["Kremlin"]),
    ("fr", "selon les médias d'État biélorusses, le camp a été évacué", ["Belarusian state media"]),
    (
        "fr",
        "« C'est le contraire », a déclaré Josep Borrell au Journal du Dimanche.",
        [
            "Josep Borrell",
            "Journal du Dimanche",
        ],
    ),
    (
        "fr",
        "Josep Borrell a écrit dans un tweet que la situation était inacceptable.",
        [
            "Josep Borrell",
            "Twitter",
        ],
    ),
    (
        "fr",
        "Les gardes-frontières de Biélorussie ont déclaré à plusieurs reprises",
        ["Belarusian border guards"],
    ),
    (
        "fr",
        "d'après les autorités polonaises, 50 migrants ont franchi la frontière",
        ["autorités polonaises"],
    ),
    ("en", "He said nothing about the Elysee.", []),
    ("en", "The Kremlin is a fortress in Moscow.", []),
    ("fr", "L'Élysée est un palais.", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CITATIONS)
def test_cited_sources(lang, text, expected):
    found = cited_sources(text, lang)
    assert sorted({source for source, _, _ in found}) == sorted(expected)
    for _source, start, end in found:
        assert 0 <= start < end <= len(text)


def test_cited_source_spans_point_at_the_cue_in_the_original_text():
    text = "Putin responded by saying that, the Elysee said. Accroding to the Kremlin, yes."
    spans = {source: text[start:end] for source, start, end in cited_sources(text, "en")}
    assert spans == {"Elysee": "Elysee said", "Kremlin": "Accroding to the Kremlin"}


def test_bare_surname_joins_the_full_name_cited_in_the_same_text():
    text = "Josep Borrell said the EU was ready. Later Borrell said more sanctions would come."
    names = [source for source, _, _ in cited_sources(text, "en")]
    assert names.count("Josep Borrell") == 2


def test_log_likelihood_matches_dunning_by_hand():
    # 10 of 1,000 words vs 10 of 10,000: expected 1.818 and 18.18 occurrences.
    expected_here, expected_there = 1000 * 20 / 11000, 10000 * 20 / 11000
    by_hand = 2 * (10 * math.log(10 / expected_here) + 10 * math.log(10 / expected_there))
    assert log_likelihood(10, 1000, 10, 10000) == pytest.approx(by_hand)
    assert log_likelihood(10, 1000, 10, 10000) == pytest.approx(22.14, abs=0.01)
    assert log_likelihood(5, 1000, 50, 10000) == pytest.approx(0.0, abs=1e-9)


FILLER_EN = "Officials discussed the situation at the border with Poland again today. " * 4
FILLER_FR = "Les responsables ont discuté de la situation à la frontière avec la Pologne. " * 4

# (outlet texts, languages, outlet, terms that must be among its key terms, terms that must not)
KEYNESS = [
    (
        {
            "Outlet A": FILLER_EN + "Brussels denounced a hybrid attack. The hybrid attack "
            "continues, a hybrid attack on Europe. Human trafficking, human trafficking, "
            "human trafficking.",
            "Outlet B": FILLER_EN * 5 + "Migrants waited in the cold forest near the camp.",
        },
        {"Outlet A": "en", "Outlet B": "en"},
        "Outlet A",
        ["hybrid attack", "human trafficking", "hybrid"],
        ["the", "border", "attack continues"],
    ),
    (
        {
            "Média A": FILLER_FR + "L'instrumentalisation des migrants. Cette "
            "instrumentalisation inhumaine, l'instrumentalisation encore.",
            "Média B": FILLER_FR * 5 + "Les migrants attendent dans la forêt.",
            "Outlet C": FILLER_EN + "Instrumentalisation is a French word.",
        },
        {"Média A": "fr", "Média B": "fr", "Outlet C": "en"},
        "Média A",
        ["instrumentalisation"],
        ["les", "des", "l'instrumentalisation", "frontière"],
    ),
]


@pytest.mark.parametrize(("texts", "languages", "outlet", "present", "absent"), KEYNESS)
def test_key_terms(texts, languages, outlet, present, absent):
    found = dict(key_terms(texts, languages=languages, top=20)[outlet])
    for term in present:
        assert term in found, (term, found)
    for term in absent:
        assert term not in found, (term, found)
    scores = list(found.values())
    assert scores == sorted(scores, reverse=True)
    assert all(score >= 3.84 for score in scores)


def test_key_terms_need_two_occurrences_and_another_outlet():
    texts = {"A": FILLER_EN + "A unique zeppelin.", "B": FILLER_EN + "Nothing else."}
    assert "zeppelin" not in dict(key_terms(texts, languages={"A": "en", "B": "en"})["A"])
    assert key_terms({"Only": "hybrid attack hybrid attack hybrid attack"}) == {"Only": []}


def test_bigrams_stay_inside_a_clause_and_skip_stopwords():
    assert "attack continues" not in terms("It was a hybrid attack. Continues here.", "en")
    assert "hybrid attack" in terms("It was a hybrid attack.", "en")
    assert "attack brussels" not in terms("a hybrid attack, Brussels said", "en")
    assert "instrumentalisation inhumaine" in terms("l’instrumentalisation inhumaine", "fr")


def _profile_events():
    rows = [
        # The Independent: same day as the call, by expression.
        dict(
            outlet="The Independent",
            article_id="000",
            published="2021-11-15",
            date="2021-11-15",
            event_type="diplomacy",
            actors=["Emmanuel Macron", "Vladimir Putin", "Élysée Palace"],
            sentence="Macron and Putin spoke by phone on Monday, the Elysee Palace said.",
        ),
        # RFI, a day later; and a background event that must not count in its lag.
        dict(
            outlet="RFI",
            article_id="002",
            published="2021-11-16",
            date="2021-11-15",
            event_type="diplomacy",
            actors=["Emmanuel Macron", "Vladimir Putin"],
            sentence="Macron and Putin spoke by phone late Monday.",
        ),
        dict(
            outlet="RFI",
            article_id="002",
            start=500,
            published="2021-11-16",
            date="2014-03-18",
            background=True,
            event_type="military",
            places=["Crimea"],
            sentence="Moscow annexed Crimea in 2014.",
        ),
        dict(
            outlet="RFI",
            article_id="rfi-2",
            published="2021-11-20",
            date="2021-11-17",
            event_type="military",
            actors=["Russian Armed Forces"],
            sentence="Russian bombers patrolled Belarusian airspace on Wednesday.",
        ),
        # France 24: a publication-dated lead (lag 0 by construction) and a future event.
        dict(
            outlet="France 24",
            article_id="001",
            published="2021-11-14",
            date="2021-11-14",
            dated_by="publication",
            event_type="diplomacy",
            actors=["Josep Borrell", "Vladimir Makei"],
            sentence="It was a long conversation.",
        ),
        dict(
            outlet="France 24",
            article_id="001",
            start=300,
            published="2021-11-14",
            date="2021-11-15",
            event_type="sanctions",
            actors=["European Union"],
            sentence="EU ministers are due to meet on Monday to expand sanctions.",
        ),
    ]
    return make_events(rows)


def test_outlet_profiles():
    clustered, clusters = cluster_events(_profile_events())
    texts = {
        "The Independent": "A statement from the Elysee Palace said it hoped for results.",
        "RFI": "The Elysee said so. Accroding to the Kremlin, Putin agreed. The Elysee said.",
        "France 24": "Josep Borrell said in a tweet that it must stop.",
    }
    profiles = {p.outlet: p for p in outlet_profiles(clustered, clusters, texts)}
    assert list(profiles) == sorted(profiles)

    rfi = profiles["RFI"]
    assert (rfi.articles, rfi.events, rfi.clusters) == (2, 3, 3)
    # Lags: 1 day (15 -> 16 Nov) and 3 days (17 -> 20 Nov); Crimea 2014 is background.
    assert rfi.median_lag_days == 2.0
    assert rfi.sources_cited == (("Elysee", 2), ("Kremlin", 1))
    assert len(rfi.exclusive_clusters) == 2  # everything but the shared call

    independent = profiles["The Independent"]
    assert independent.median_lag_days == 0.0
    assert independent.exclusive_clusters == ()
    assert independent.sources_cited == (("Elysee", 1),)
    assert ("Emmanuel Macron", 1) in independent.actors
    assert "Élysée Palace" not in dict(independent.actors)  # a voice, counted as a source

    france24 = profiles["France 24"]
    # Publication-dated events and announced future events say nothing about speed.
    assert france24.median_lag_days is None
    assert dict(france24.sources_cited) == {"Josep Borrell": 1, "Twitter": 1}
    assert france24.clusters == 2 == len(france24.exclusive_clusters)


def test_outlet_known_only_from_text_and_empty_events():
    profiles = outlet_profiles(make_events([]), [], {"Le Monde": "Selon l'Élysée, rien."})
    assert len(profiles) == 1
    profile = profiles[0]
    assert (profile.outlet, profile.articles, profile.events, profile.clusters) == (
        "Le Monde",
        0,
        0,
        0,
    )
    assert profile.median_lag_days is None
    assert profile.sources_cited == (("Elysee", 1),)


def test_outlet_summary_has_one_row_per_outlet_and_one_per_unattributed_language():
    from datetime import date
    from types import SimpleNamespace

    def article(article_id, outlet, language, published):
        return SimpleNamespace(id=article_id, outlet=outlet, language=language, published=published)

    articles = [
        article("a1", "RFI", "fr", date(2021, 11, 15)),
        article("a2", "RFI", "en", date(2021, 11, 9)),
        article("a3", None, "fr", None),
        article("a4", None, "fr", date(2021, 11, 10)),
        article("a5", None, "pl", None),
    ]
    rows = [("a1", 0), ("a1", 100), ("a2", 0), ("a3", 0)]
    events = make_events([{"article_id": a, "start": start} for a, start in rows])
    table = outlet_summary(events, articles)
    assert list(table["Outlet"]) == ["RFI", "Unattributed (fr)", "Unattributed (pl)"]
    assert list(table["Articles"]) == [2, 2, 1]
    assert list(table["Events"]) == [3, 1, 0]
    assert list(table["Languages"]) == ["en, fr", "fr", "pl"]
    assert table.loc[0, "First published"] == date(2021, 11, 9)
    assert table.loc[0, "Last published"] == date(2021, 11, 15)
    assert table.loc[2, "First published"] is None


def test_a_build_finds_each_articles_sources_once_in_its_own_language():
    """The pipeline's workers find the sources an article cites (so the store's profiles
    need not read every text again in one process); the profiles are those read from the
    texts, and an outlet writing in two languages has each article read in its own."""
    import dataclasses

    from crisis_timeline.attribution import sources_cited_in
    from crisis_timeline.outlets import profiles_of_articles
    from crisis_timeline.pipeline import run_pipeline

    assert all(a.cited_sources is None for a in run_pipeline().articles)  # not asked
    extraction = run_pipeline(find_sources=True)
    assert all(a.cited_sources is not None for a in extraction.articles)
    unread = [dataclasses.replace(a, cited_sources=None) for a in extraction.articles]
    assert [a.cited_sources for a in extraction.articles] == [sources_cited_in(a) for a in unread]
    assert profiles_of_articles(
        extraction.events, extraction.clusters, extraction.articles
    ) == profiles_of_articles(extraction.events, extraction.clusters, unread)

    english, french = (
        dataclasses.replace(
            extraction.articles[0], id=name, source_label="Two Tongues", cleaned_text=text
        )
        for name, text in (
            ("a", "The talks went well, according to the Kremlin."),
            ("b", "Les pourparlers ont avancé, selon le Kremlin."),
        )
    )
    english = dataclasses.replace(english, language="en", cited_sources=None)
    french = dataclasses.replace(french, language="fr", cited_sources=None)
    (profile,) = profiles_of_articles(make_events([]), [], [english, french])
    assert profile.sources_cited == (("Kremlin", 2),)
