"""The event extractor: seed truths, and each rule of the events issue in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.articles import SourceMeta, parse_article
from crisis_timeline.events import events_frame, extract_article_events
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.schema import EVENT_COLUMNS

# (seed prefix, words of the evidence sentence, expected first day, how it is dated)
SEED_EVENTS = [
    ("000", "The pair spoke on the phone for almost two hours", date(2021, 11, 15), "publication"),
    (
        "000",
        "Lukashenko and German chancellor Angela Merkel talked by phone",
        date(2021, 11, 15),
        "publication",
    ),
    ("000", "Lithuania, Latvia and Estonia accused Minsk", date(2021, 11, 15), "narrative"),
    ("000", "On Monday, hundreds of migrants approached", date(2021, 11, 15), "expression"),
    ("000", "Dunja Mijatovic, arrived in Poland on Monday", date(2021, 11, 15), "expression"),
    ("000", "first repatriation flight on Thursday", date(2021, 11, 18), "expression"),
    ("000", "on Wednesday Moscow dispatched two TU-22M3 bombers", date(2021, 11, 10), "expression"),
    ("000", "British prime minister Boris Johnson", date(2021, 11, 15), "expression"),
    ("001", "spoke on Sunday, November 14", date(2021, 11, 14), "expression"),
    (
        "001",
        "On Sunday morning, Poland said it had arrested dozens of migrants",
        date(2021, 11, 14),
        "expression",
    ),
    (
        "001",
        "50 migrants crossed the heavily guarded EU-NATO border on Saturday",
        date(2021, 11, 13),
        "expression",
    ),
    ("001", "Mariusz Kaminski on Saturday reported a rumor", date(2021, 11, 13), "expression"),
    ("001", "EU foreign ministers are due to meet on Monday", date(2021, 11, 15), "expression"),
    (
        "002",
        "After a telephone conversation lasting one hour and 45 minutes",
        date(2021, 11, 15),
        "expression",
    ),
    ("002", "At the weekend Putin denied claims", date(2021, 11, 13), "expression"),
    (
        "003",
        "lors d’une conversation téléphonique avec son homologue russe",
        date(2021, 12, 14),
        "publication",
    ),
    ("004", "a demandé lundi à son homologue russe", date(2021, 11, 15), "expression"),
    (
        "004",
        "la conférence internationale sur la Libye qui s’est tenue le 12 novembre",
        date(2021, 11, 12),
        "expression",
    ),
]

# (seed prefix, evidence, expected first day) for context older than the crisis
SEED_BACKGROUND = [
    ("000", "presidential elections in August 2020", date(2020, 8, 1)),
    ("002", "June 26, 2020", date(2020, 6, 26)),
    ("004", "élections présidentielles d’août 2020", date(2020, 8, 1)),
]

# Statements of state, with no date: not events.
SEED_NON_EVENTS = [
    ("000", "Britain has sent 10 troops to Poland."),
    ("001", "Turkey has now banned Iraqis"),
    ("004", "Bruxelles continue d’accuser"),
]


@pytest.fixture(scope="module")
def seed_events(seed_extraction):
    return seed_extraction.events


def _rows(events, prefix, evidence):
    return events[
        events["article_id"].str.startswith(prefix)
        & events["sentence"].str.contains(evidence, regex=False)
    ]


def test_the_table_has_the_design_columns(seed_events):
    assert list(seed_events.columns) == list(EVENT_COLUMNS)
    assert seed_events["event_id"].is_unique


@pytest.mark.parametrize(("prefix", "evidence", "day", "dated_by"), SEED_EVENTS)
def test_seed_events_are_present_on_the_right_day(seed_events, prefix, evidence, day, dated_by):
    rows = _rows(seed_events, prefix, evidence)
    crisis = rows[~rows["background"]]
    assert not crisis.empty, f"no event for {evidence!r}"
    assert set(crisis["date"]) == {day}
    assert dated_by in set(crisis["dated_by"])


@pytest.mark.parametrize(("prefix", "evidence", "day"), SEED_BACKGROUND)
def test_background_is_marked(seed_events, prefix, evidence, day):
    rows = _rows(seed_events, prefix, evidence)
    background = rows[rows["background"]]
    assert list(background["date"]) == [day]


@pytest.mark.parametrize(("prefix", "evidence"), SEED_NON_EVENTS)
def test_undated_statements_of_state_are_not_events(seed_events, prefix, evidence):
    rows = _rows(seed_events, prefix, evidence)
    assert rows[~rows["background"]].empty


def test_no_seed_event_falls_outside_what_the_text_allows(seed_events):
    crisis = seed_events[~seed_events["background"]]
    assert crisis["date"].notna().all()
    assert crisis["date"].between(date(2021, 11, 10), date(2021, 12, 14)).all()
    december = crisis[crisis["date"] == date(2021, 12, 14)]
    assert set(december["article_id"].str[:3]) == {"003"}


def test_seed_004_publication_date_is_inferred(seed_extraction):
    article = next(a for a in seed_extraction.articles if a.id.startswith("004"))
    assert article.published == date(2021, 11, 15)
    assert article.published_basis == "inferred"
    assert "12 novembre" in article.published_reason
    rows = seed_extraction.events[seed_extraction.events["article_id"] == article.id]
    assert (rows["published_basis"] == "inferred").all()


def test_offsets_point_into_the_original_text(seed_extraction):
    originals = {a.id: a.original_text for a in seed_extraction.articles}
    for row in seed_extraction.events.itertuples():
        assert originals[row.article_id][row.start : row.end] == row.sentence


def test_actors_places_and_quantities_are_canonical(seed_events):
    call = _rows(seed_events, "000", "The pair spoke on the phone").iloc[0]
    assert {"Emmanuel Macron", "Vladimir Putin"} <= set(call["actors"])
    assert {"value": 120, "unit": "minute"}.items() <= call["quantities"][0].items()
    french = _rows(seed_events, "004", "a demandé lundi").iloc[0]
    assert {"Emmanuel Macron", "Vladimir Putin"} <= set(french["actors"])
    assert french["places"] == ["Belarus–Poland border"]
    crossing = _rows(seed_events, "001", "near the village of Starzyna").iloc[0]
    assert "Starzyna" in crossing["places"]


# --- each rule, both languages, on small articles -------------------------------------------


def _article(
    text: str,
    lang: str,
    published: str | None,
    name: str = "t01_test.txt",
    outlet: str = "Test Wire",
):
    meta = SourceMeta(file=name, outlet=outlet, published=published, language=lang)
    return resolve_publication_dates([parse_article(name, text.encode(), meta)])[0]


def _events(text: str, lang: str, published: str | None = "2021-11-15"):
    return events_frame(extract_article_events(_article(text, lang, published)))


RULES = [
    # (language, text, evidence, expected date or None, dated_by)
    (
        "en",
        "Poland's prime minister Mateusz Morawiecki visited the border guards in Kuźnica.\n\nHe praised the troops.",
        "visited the border guards",
        date(2021, 11, 15),
        "publication",
    ),
    (
        "fr",
        "Le Premier ministre polonais Mateusz Morawiecki a rendu visite aux gardes-frontières à Kuźnica.\n\nIl a salué les troupes.",
        "a rendu visite",
        date(2021, 11, 15),
        "publication",
    ),
    (
        "en",
        "Ukraine said it was worried.\n\nOn Friday, Polish troops used water cannon against migrants at Kuźnica. They also fired tear gas.",
        "They also fired tear gas",
        date(2021, 11, 12),
        "narrative",
    ),
    (
        "fr",
        "L'Ukraine s'est dite inquiète.\n\nVendredi, les forces polonaises ont utilisé des canons à eau contre les migrants à Kuźnica. Elles ont aussi tiré des gaz lacrymogènes.",
        "Elles ont aussi tiré",
        date(2021, 11, 12),
        "narrative",
    ),
    (
        "en",
        "Nothing moved at first.\n\nIraq will fly migrants home from Minsk on Thursday.",
        "Iraq will fly migrants home",
        date(2021, 11, 18),
        "expression",
    ),
    (
        "fr",
        "Rien ne bougeait.\n\nLes ministres des Affaires étrangères de l'UE se réuniront jeudi pour adopter des sanctions.",
        "se réuniront jeudi",
        date(2021, 11, 18),
        "expression",
    ),
]


@pytest.mark.parametrize(("lang", "text", "evidence", "day", "dated_by"), RULES)
def test_dating_rules(lang, text, evidence, day, dated_by):
    events = _events(text, lang)
    rows = events[events["sentence"].str.contains(evidence, regex=False)]
    assert not rows.empty, list(events["sentence"])
    assert rows.iloc[0]["date"] == day
    assert rows.iloc[0]["dated_by"] == dated_by


@pytest.mark.parametrize(
    ("lang", "text", "evidence"),
    [
        (
            "en",
            "Migrants camped near Kuźnica on Monday.\n\nBritain has sent 10 troops to Poland.",
            "Britain has sent",
        ),
        (
            "fr",
            "Des migrants ont campé près de Kuźnica lundi.\n\nLa Pologne continue de renforcer sa frontière.",
            "continue de renforcer",
        ),
    ],
)
def test_undated_background_statements_are_not_events(lang, text, evidence):
    events = _events(text, lang)
    assert events[events["sentence"].str.contains(evidence, regex=False)].empty
    assert len(events) == 1


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        (
            "en",
            "Polish guards pushed migrants back on Saturday, and on Sunday Belarusian troops escorted them to the fence.",
            {date(2021, 11, 13), date(2021, 11, 14)},
        ),
        (
            "fr",
            "Les gardes polonais ont repoussé des migrants samedi, et dimanche les soldats biélorusses les ont escortés jusqu'à la clôture.",
            {date(2021, 11, 13), date(2021, 11, 14)},
        ),
    ],
)
def test_a_sentence_with_two_dates_holds_two_events(lang, text, days):
    assert set(_events(text, lang)["date"]) == days


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The crisis began after the disputed election in August 2020, when Alexander Lukashenko claimed victory.",
        ),
        (
            "fr",
            "La crise a commencé après l'élection contestée d'août 2020, quand Alexandre Loukachenko a revendiqué la victoire.",
        ),
    ],
)
def test_old_context_is_background(lang, text):
    events = _events(text, lang)
    old = events[events["date"] == date(2020, 8, 1)]
    assert not old.empty and old["background"].all()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Alexander Lukashenko met Polish officials on Tuesday at the Bruzgi crossing."),
        (
            "fr",
            "Alexandre Loukachenko a rencontré mardi des responsables polonais au poste de Brouzgi.",
        ),
    ],
)
def test_an_undated_article_lists_its_events_without_placing_them(lang, text):
    article = _article(text, lang, None, name="t02_undated.txt")
    assert article.published is None and article.published_basis == "unknown"
    events = events_frame(extract_article_events(article))
    assert len(events) == 1
    assert events.iloc[0]["date"] is None and "listed, not placed" in events.iloc[0]["date_reason"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Emmanuel Macron spoke on the phone with Vladimir Putin on Monday.", "diplomacy"),
        (
            "fr",
            "Emmanuel Macron s'est entretenu lundi avec Vladimir Poutine lors d'un entretien téléphonique.",
            "diplomacy",
        ),
        ("en", "The EU agreed new sanctions on Belarus on Monday.", "sanctions"),
        ("fr", "L'UE a adopté lundi de nouvelles sanctions contre la Biélorussie.", "sanctions"),
        (
            "en",
            "Polish forces fired tear gas and water cannon at migrants in Kuźnica on Tuesday.",
            "clash",
        ),
        (
            "fr",
            "Les forces polonaises ont tiré des gaz lacrymogènes sur les migrants à Kuźnica mardi.",
            "clash",
        ),
        ("en", "A first repatriation flight left Minsk for Erbil on Thursday.", "repatriation"),
        ("fr", "Un premier vol de rapatriement a quitté Minsk pour Erbil jeudi.", "repatriation"),
    ],
)
def test_event_types_from_either_language(lang, text, expected):
    assert list(_events(text, lang)["event_type"]) == [expected]


@pytest.mark.parametrize(
    "lang, text",
    [
        (
            "en",
            "Macron and Putin spoke by phone on Monday, the first call since Lukashenko "
            "claimed victory in the presidential election in August 2020.",
        ),
        (
            "fr",
            "Macron et Poutine ont eu un entretien téléphonique lundi, le premier depuis la "
            "présidentielle d'août 2020.",
        ),
    ],
)
def test_a_date_in_its_own_clause_takes_that_clause_type(lang, text):
    # one sentence, two happenings: the call (Monday) and the election (August 2020)
    events = _events(text, lang).sort_values("date")
    assert list(events["event_type"]) == ["other", "diplomacy"]
    assert [d.year for d in events["date"]] == [2020, 2021]
