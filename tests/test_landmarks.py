"""Landmark days of the crisis date a page that gives no date of its own (crisis_calendar.py,
landmarks.py, publication.py). Our own passages, written to reproduce what real undated
pages do: tell the day's news with only its weekday."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.crisis_calendar import CALENDAR, LANDMARK_KEYS
from crisis_timeline.landmarks import Word, news_landmark, told_landmarks
from crisis_timeline.lang import languages, tables
from tests.press_passages import one_row, passage_article, passage_events

# One passage per language: the Bruzgi clash of Tuesday 16 November 2021, told with its
# weekday only, in the past.
CLASH_ON_TUESDAY = {
    "en": "Polish forces used water cannon on Tuesday against migrants throwing stones at "
    "the Kuźnica crossing, the defence ministry said.",
    "fr": "Les forces polonaises ont fait usage mardi de canons à eau contre des migrants "
    "qui lançaient des pierres au poste de Kuźnica, a annoncé le ministère.",
    "pl": "We wtorek policja użyła armatek wodnych wobec migrantów rzucających kamieniami "
    "na przejściu w Kuźnicy, poinformowało MON.",
    "ru": "Во вторник польские силовики применили водомёты против мигрантов, бросавших "
    "камни у пункта пропуска Брузги, сообщило министерство.",
    "lt": "Antradienį Lenkijos pajėgos panaudojo vandens patrankas prieš migrantus, "
    "mėčiusius akmenis prie Kuźnicos perėjos, pranešė ministerija.",
}


@pytest.mark.parametrize("lang", sorted(CLASH_ON_TUESDAY))
def test_an_undated_page_telling_a_landmark_with_its_weekday_is_of_that_day(lang):
    article = passage_article(CLASH_ON_TUESDAY[lang], lang, None)
    assert article.published == date(2021, 11, 16), article.published_reason
    assert article.published_basis == "inferred"
    assert not article.published_weak
    assert "known day of the crisis" in article.published_reason


def test_its_events_are_placed_on_that_day():
    frame = passage_events(CLASH_ON_TUESDAY["en"], "en", None)
    assert one_row(frame, "water cannon")["date"] == date(2021, 11, 16)


def test_another_weekday_does_not_agree():
    """Water cannon at Kuźnica "on Friday": not the Tuesday of the clash, so not that day
    (the page might be of a later clash); the page stays undated."""
    text = CLASH_ON_TUESDAY["en"].replace("on Tuesday", "on Friday")
    article = passage_article(text, "en", None)
    assert article.published is None


def test_without_any_day_word_the_landmark_dates_nothing():
    text = "Polish forces used water cannon against migrants at the Kuźnica crossing."
    assert passage_article(text, "en", None).published is None


def test_today_in_the_sentence_telling_it_agrees():
    text = (
        "Сегодня из Минска в Эрбиль вылетел первый рейс с мигрантами, пожелавшими вернуться "
        "в Ирак. На борту 430 человек."
    )
    article = passage_article(text, "ru", None)
    assert article.published == date(2021, 11, 18), article.published_reason


def test_of_two_agreeing_landmarks_the_latest_is_the_news():
    text = (
        "On Monday a week ago, thousands of migrants marched to the Kuźnica crossing. "
        "On Tuesday Polish forces used water cannon and tear gas at Kuźnica."
    )
    assert passage_article(text, "en", None).published == date(2021, 11, 16)


def test_a_page_that_dates_itself_is_not_moved():
    text = (
        "On 20 November, the ministry recalled that on Tuesday Polish forces had used water "
        "cannon against migrants at the Kuźnica crossing."
    )
    article = passage_article(text, "en", None)
    assert article.published != date(2021, 11, 16)


def test_a_month_only_page_takes_a_landmark_inside_its_month():
    text = "Lithuania's Seimas on Tuesday declared a state of emergency on the Belarus border."
    url = "https://news.example/2021/11/lithuania-emergency/"
    article = passage_article(text, "en", None, url=url)
    assert article.published == date(2021, 11, 9)
    assert not article.published_weak


def test_a_month_line_and_a_landmark_of_its_month():
    text = " date 2021-08 La Lettonie a annoncé mardi un état d'urgence à sa frontière."
    assert passage_article(text, "fr", None).published == date(2021, 8, 10)


def test_a_landmark_outside_the_page_month_is_not_its_day():
    """A December page (by its address) telling the Seimas vote: the vote is its background;
    the page keeps its month's middle, weakly."""
    text = "Lithuania's Seimas on Tuesday declared a state of emergency on the Belarus border."
    url = "https://news.example/2021/12/lithuania-emergency/"
    article = passage_article(text, "en", None, url=url)
    assert article.published == date(2021, 12, 15)
    assert article.published_weak


@pytest.mark.parametrize(
    "text",
    [
        # a landmark as background, the weekday another happening's
        "Lithuania declared an extreme situation over the migrants. On Friday it turned back "
        "50 migrants.",
        # a weekday ahead is no "today", whatever the prior's weekday
        "EU foreign ministers will widen sanctions on Belarus on Monday, diplomats said.",
        # words inside other words: a prime minister, goods, "first of all"
        "Le Premier ministre irakien a annoncé jeudi des vols vers Erbil.",
    ],
)
def test_no_landmark_where_the_sentence_does_not_tell_it_that_day(text):
    lang = "fr" if "ministre" in text else "en"
    assert passage_article(text, lang, None).published is None


def test_the_second_call_is_not_the_first():
    text = "Angela Merkel spoke by phone with Alexander Lukashenko again today."
    assert passage_article(text, "en", None).published == date(2021, 11, 17)
    text = "Angela Merkel spoke by phone with Alexander Lukashenko today."
    assert passage_article(text, "en", None).published == date(2021, 11, 15)


def test_every_pattern_must_hold_in_one_sentence():
    """Water cannon in one sentence, Kuźnica in another: no sentence tells the clash."""
    text = "Police used water cannon. Migrants camped at Kuźnica on Tuesday."
    keys = {landmark.key for landmark, _, _ in told_landmarks(text, "en")}
    assert "bruzgi_clash" not in keys


def test_a_language_read_in_part_tells_no_landmark():
    assert told_landmarks(CLASH_ON_TUESDAY["en"], "de") == []
    assert news_landmark(CLASH_ON_TUESDAY["en"], "xx", [Word(1, "Tuesday", 0)]) is None


@pytest.mark.parametrize("lang", languages())
def test_every_language_has_words_for_every_landmark(lang):
    landmarks = tables(lang).landmarks
    assert set(landmarks) == set(LANDMARK_KEYS)
    assert all(landmarks[key] for key in LANDMARK_KEYS), lang


def test_the_calendar_is_within_the_crisis():
    assert all(date(2021, 5, 1) <= landmark.day <= date(2022, 6, 30) for landmark in CALENDAR)
    assert len(LANDMARK_KEYS) == len(CALENDAR)
