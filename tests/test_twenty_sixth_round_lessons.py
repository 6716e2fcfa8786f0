"""What the twenty-sixth blind batch of real press taught (our own passages, written to
reproduce each lesson; benchmarks/real_blind26 scores the real pages). The addresses
filed day first ("/040821/", "_16112021-") are in tests/test_address_dates.py."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_types import classify_event_type
from tests.press_passages import one_row, passage_article, passage_events


def test_a_month_only_page_reads_its_weekdays_inside_that_month():
    """JURIST files under /2022/01/ and says only "Tuesday": that is a January Tuesday, not
    the last one of December (the page was weakly dated on the 1st). The passage tells no
    landmark day of the crisis (the wall's start would date it: tests/test_landmarks.py)."""
    text = (
        "Guards report new crossings\n\n"
        "The Polish Border Guard announced Tuesday that 40 people tried to cross the border "
        "from Belarus.\n"
    )
    article = passage_article(text, "en", None, url="https://law.example/news/2022/01/poland-wall/")
    assert article.published_weak
    assert (article.published.year, article.published.month) == (2022, 1)
    frame = passage_events(text, "en", None, url="https://law.example/news/2022/01/poland-wall/")
    row = one_row(frame, "announced Tuesday")
    assert (row["date"].year, row["date"].month) == (2022, 1)


def test_the_polish_impersonal_past_is_a_past():
    """ "migrantów przewieziono do ośrodka jesienią" in March: last autumn, not the next."""
    frame = passage_events(
        "Jak przypomina Biełsat TV, migrantów przewieziono do ośrodka w Bruzgach jesienią po "
        "próbach przedarcia się do Polski.",
        "pl",
        "2022-03-15",
    )
    row = one_row(frame, "przewieziono")
    assert row["date"] == date(2021, 9, 1)


@pytest.mark.parametrize(
    ("lang", "sentence", "event_type"),
    [
        # a state of emergency is the measure, whatever drove it
        (
            "ru",
            "Власти страны 2 июля объявили экстремальную ситуацию в связи с наплывом "
            "нелегальных мигрантов.",
            "other",
        ),
        # a barrier built on the border is a fence, not a crossing
        ("pl", "Budowa bariery na granicy polsko-białoruskiej ruszyła 25 stycznia.", "other"),
        (
            "ru",
            "Литва приступила к установке проволочного заграждения на границе с Белоруссией.",
            "other",
        ),
        # camps: people stranded, camps opened or left (the guidelines' humanitarian)
        ("en", "The migrants returned to the makeshift tent camp on Tuesday.", "humanitarian"),
        # people detained, massed, arriving: border crossings
        (
            "fr",
            "La Lituanie a détenu depuis le 1er juin plus d'un millier de migrants.",
            "border_crossing",
        ),
        (
            "fr",
            "Des milliers de personnes se sont massées à la frontière du Bélarus et de la Pologne.",
            "border_crossing",
        ),
        (
            "pl",
            "W niedzielę do Polski z Białorusi próbowało się przedrzeć ok. 60 cudzoziemców.",
            "border_crossing",
        ),
        ("ru", "В четверг в Литву пыталось попасть 55 нелегалов.", "border_crossing"),
        ("lt", "Į Lietuvą šiemet pateko daugiau nei 4,2 tūkst. migrantų.", "border_crossing"),
        ("en", "Lithuania has been pushing back migrants since early August.", "border_crossing"),
    ],
)
def test_event_types_of_the_twenty_sixth_batch(lang, sentence, event_type):
    assert classify_event_type(sentence, lang) == event_type


@pytest.mark.parametrize(
    ("lang", "sentence", "event_type"),
    [
        (
            "en",
            "Lithuania's parliament passed new legislation Tuesday aimed at curbing illegal "
            "migrants crossing from Belarus.",
            "other",
        ),
        ("en", "Poland last month strengthened border patrols on the frontier.", "military"),
        ("fr", "Loukachenko a ordonné mercredi une enquête sur la mort d'un Irakien.", "other"),
        ("lt", "Praėjusią savaitę užsienio reikalų ministras viešėjo Bagdade.", "diplomacy"),
        (
            "lt",
            "Oro linijos nusprendė dvigubinti skrydžių skaičių maršrutu Bagdadas-Minskas.",
            "other",
        ),
    ],
)
def test_more_event_types_of_the_twenty_sixth_batch(lang, sentence, event_type):
    assert classify_event_type(sentence, lang) == event_type


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pl",
            "W poniedziałek migranci zgromadzili się przy przejściu w Kuźnicy.\n\n"
            "Jeden z żołnierzy został uderzony kamieniem podczas dzisiejszego ataku migrantów.",
        ),
        (
            "ru",
            "В понедельник мигранты собрались у пункта пропуска Брузги.\n\n"
            "Один из солдат был ранен во время сегодняшнего штурма границы мигрантами.",
        ),
        (
            "lt",
            "Pirmadienį migrantai susirinko prie Bruzgų punkto.\n\n"
            "Per šiandieninį incidentą pasienyje buvo sužeistas pasieniečių karys.",
        ),
    ],
)
def test_todays_happening_is_of_the_publication_day(lang, text):
    """ "podczas dzisiejszego ataku" after a Monday's story, in a Tuesday's page: Tuesday."""
    frame = passage_events(text, lang, "2021-11-16")
    assert list(frame["date"]) == [date(2021, 11, 15), date(2021, 11, 16)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "W dzisiejszych czasach policja musi szybciej reagować na granicy."),
        ("pl", "W dzisiejszej Europie migranci są wypychani z powrotem na granicy."),
        ("pl", "Dzisiejsze czasy wymagają od policji szybszej reakcji na granicy."),
        ("ru", "Сегодняшние реалии таковы, что мигранты стоят на границе."),
        ("ru", "На сегодняшний день в лагере на границе находятся мигранты."),
        ("lt", "Šiandieniniame pasaulyje migrantai stovi prie sienos."),
        ("fr", "Dans l'Europe d'aujourd'hui, les migrants attendent à la frontière."),
    ],
)
def test_nowadays_is_no_date(lang, text):
    frame = passage_events(text, lang, "2021-11-16")
    assert frame.empty or frame["date"].isna().all()


@pytest.mark.parametrize(
    ("lang", "sentence", "event_type"),
    [
        # words that only look like the new cues
        ("fr", "Macron espère une détente entre Minsk et Varsovie.", "other"),
        (
            "fr",
            "Les délégations européennes sont arrivées à Minsk pour des pourparlers.",
            "diplomacy",
        ),
        ("fr", "La frontière restera fermée, a déclaré le ministre.", "statement"),
        ("pl", "Przedstawiciele obozu władzy oskarżyli opozycję o kłamstwa.", "statement"),
        ("ru", "Представители правящего лагеря обвинили оппозицию.", "statement"),
        ("en", "Lukashenko's camp accused the opposition of lying.", "statement"),
        ("en", "Warsaw is pushing back against Brussels over the rule of law.", "other"),
        ("lt", "Lietuva pateko į Europos Komisijos sąrašą.", "other"),
        ("pl", "Przedruk artykułu wyłącznie za zgodą redakcji.", "other"),
    ],
)
def test_look_alikes_of_the_new_cues(lang, sentence, event_type):
    assert classify_event_type(sentence, lang) == event_type


def test_a_polish_noun_ending_like_the_impersonal_past_is_no_past():
    """ "grono", "koryto" end like "przewieziono": "W marcu grono ekspertów zajmie się" is
    next March."""
    frame = passage_events("W marcu grono ekspertów zajmie się ustawą.", "pl", "2021-11-16")
    assert frame["date"].iloc[0] == date(2022, 3, 1)


def test_a_french_sentence_at_the_border_is_eventful_without_a_named_actor():
    """ "Mercredi, un ressortissant irakien, violemment battu, a été retrouvé ... près de la
    frontière": no cue but the border, no actor the gazetteer knows."""
    frame = passage_events(
        "Mercredi, un ressortissant irakien, violemment battu, a été retrouvé près de la "
        "frontière.",
        "fr",
        "2021-08-04",
    )
    assert list(frame["date"]) == [date(2021, 8, 4)]
