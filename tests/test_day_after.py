"""A happening named as the day before the sentence's own ("Au lendemain d'un entretien
téléphonique avec Angela Merkel, Loukachenko a assuré ...", blind batch 28) took place the
day before it: one more event, dated and typed by its own words. Our own passages, written
to reproduce what the real page taught."""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import one_row, passage_events

PUBLISHED = "2021-11-16"
SENTENCE_DAY = date(2021, 11, 16)  # the sentence's own day in every passage below
CALL_DAY = date(2021, 11, 15)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Au lendemain d'un entretien téléphonique avec la chancelière Angela Merkel, le "
            "président Loukachenko a affirmé mardi vouloir éviter une confrontation.",
        ),
        (
            "en",
            "A day after his phone call with Angela Merkel, Alexander Lukashenko said on "
            "Tuesday that he wanted to avoid a confrontation.",
        ),
        (
            "pl",
            "Dzień po rozmowie telefonicznej z Angelą Merkel Aleksander Łukaszenka oświadczył "
            "we wtorek, że chce uniknąć konfrontacji.",
        ),
        (
            "ru",
            "Спустя сутки после телефонного разговора с Ангелой Меркель Александр "
            "Лукашенко заявил во вторник, что хочет избежать конфронтации.",
        ),
        (
            "lt",
            "Dieną po telefoninio pokalbio su Angela Merkel Aleksandras Lukašenka antradienį "
            "pareiškė, kad nori išvengti konfrontacijos.",
        ),
    ],
)
def test_the_named_happening_is_the_day_before(lang, text):
    frame = passage_events(text, lang, PUBLISHED)
    days = sorted(frame["date"])
    assert days == [CALL_DAY, SENTENCE_DAY], list(
        zip(frame["date"], frame["event_type"], strict=True)
    )
    call = frame[frame["date"] == CALL_DAY].iloc[0]
    assert call["event_type"] == "diplomacy"
    assert "the day before" in call["date_reason"]


def test_the_main_clause_is_not_typed_by_the_named_call():
    frame = passage_events(
        "Au lendemain d'un entretien téléphonique avec Angela Merkel, Loukachenko a affirmé "
        "mardi vouloir éviter une confrontation.",
        "fr",
        PUBLISHED,
    )
    main = frame[frame["date"] == SENTENCE_DAY].iloc[0]
    assert main["event_type"] != "diplomacy"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the named call has its own date, set off by commas: it makes its own event
        (
            "fr",
            "L'évacuation du camp est intervenue au lendemain d'un nouvel entretien "
            "téléphonique, mardi, entre Angela Merkel et Alexandre Loukachenko.",
        ),
        # a date inside the named happening
        (
            "fr",
            "Au lendemain de l'entretien téléphonique du 15 novembre, Loukachenko a visité "
            "mardi le camp de Bruzgi.",
        ),
        # nothing happened the day before: a day, not a happening
        ("en", "The day after tomorrow, Poland will close the crossing at Kuznica."),
        ("pl", "Dzień po dniu migranci próbowali przekroczyć granicę we wtorek."),
    ],
)
def test_no_day_before_without_a_dateless_happening(lang, text):
    frame = passage_events(text, lang, PUBLISHED)
    assert CALL_DAY - date.resolution not in set(frame["date"])
    reasons = " ".join(frame["date_reason"])
    assert "the day before the sentence" not in reasons


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the story's day, told before: the named call is already its event
        (
            "en",
            "Lukashenko spoke with Merkel on Monday. A day after their phone call, Belarusian "
            "troops cleared the camp.",
        ),
        # a date inside the named happening, before its comma, is its own
        (
            "en",
            "A day after the violent clashes at the Kuznica crossing on Monday, calm returned "
            "to the border on Tuesday.",
        ),
        # in a reported clause, or after "since": not the sentence's day less one
        (
            "en",
            "Lukashenko said on Tuesday that the migrants had left the camp a day after the "
            "clashes with Polish guards.",
        ),
        (
            "en",
            "Poland has kept the crossing closed since the day after the clashes at Kuznica, a "
            "spokesman said on Tuesday.",
        ),
        # not at a clause's start: "co dzień" is every day, "trzeci dzień" the third
        (
            "pl",
            "Co dzień po polskiej stronie granicy zatrzymywano migrantów, we wtorek zatrzymano "
            "100 osób.",
        ),
        (
            "pl",
            "Już trzeci dzień po zamknięciu przejścia w Kuźnicy migranci koczowali we wtorek.",
        ),
    ],
)
def test_no_day_before_where_the_phrase_does_not_count_from_the_sentence(lang, text):
    frame = passage_events(text, lang, PUBLISHED)
    reasons = " ".join(frame["date_reason"])
    assert "the day before the sentence" not in reasons, list(frame["date"])


def test_a_russian_next_day_after_a_named_happening_keeps_its_day():
    """ "На следующий день после штурма" counts from the story's day (Monday's storming):
    the detentions are Tuesday's, and no storming is made up on Sunday."""
    frame = passage_events(
        "В понедельник мигранты штурмовали КПП. На следующий день после штурма пограничники "
        "задержали 100 человек.",
        "ru",
        PUBLISHED,
    )
    assert one_row(frame, "задержали")["date"] == SENTENCE_DAY
    assert date(2021, 11, 14) not in set(frame["date"])
