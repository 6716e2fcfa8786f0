"""Error classes the fourteenth blind batch of real press showed (benchmarks/real_blind14).

Each passage is written for this test (our own words, invented details) and reproduces one
class: an undated page of March 2022 whose dates have no year ("on March 5", "In
November") in a collection centred on August 2021 was read as March 2021's, before the
crisis began, and its "November" as 2020's: four wrong years.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_frames import events_frame
from crisis_timeline.events import extract_article_events
from tests.press_passages import passage_article

# Publication dates of the collection each passage is read in (None: the passage's own)
SUMMER_TO_WINTER = [date(2021, 7, 23), date(2021, 8, 19), date(2022, 1, 29), None]
JULY_AUGUST = [date(2021, 7, 1), date(2021, 8, 1), None]

SPRING_PAGE = (
    "Migrants pushed towards Ukraine\n\n"
    "Soldiers ordered the last families out of the warehouse near the crossing on March 5, "
    "witnesses said.\n\n"
    "In November, Belarusian troops escorted thousands of people to the Polish border.\n\n"
    "Many of them have since flown home."
)


def test_a_date_without_its_year_is_not_placed_before_the_crisis():
    article = passage_article(SPRING_PAGE, "en", None, SUMMER_TO_WINTER)
    # the March after the crisis began (June 2021), not the one before it
    assert article.published == date(2022, 3, 5), article.published_reason
    frame = events_frame(extract_article_events(article))
    november = frame[frame["sentence"].str.contains("In November")].iloc[0]
    assert november["date"] == date(2021, 11, 1)


def test_a_date_after_the_crisis_began_keeps_the_closest_year():
    # a yearless day already in the crisis stays the closest to the collection's dates
    text = SPRING_PAGE.replace("on March 5", "on August 5")
    assert passage_article(text, "en", None, SUMMER_TO_WINTER).published == date(2021, 8, 5)


WIRE_COPIES = [
    (
        "ru",
        "Глава МИД счел шантажом слова о мигрантах\n\n"
        "Вильнюс. 20 июля. АГЕНТСТВО - Заявление о помощи с мигрантами является шантажом, "
        "сказал министр.\n\n"
        "Накануне президент заявил, что готов помочь соседям.",
    ),
    (
        "en",
        "Minister calls the offer blackmail\n\n"
        "VILNIUS, July 20 (Wire) - The offer of help with the migrants is blackmail, the "
        "minister said.\n\n"
        "Yesterday the president said he was ready to help his neighbours.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WIRE_COPIES)
def test_a_wire_datelines_day_is_the_copys_even_without_its_year(lang, text):
    article = passage_article(text, lang, None, JULY_AUGUST)
    # the dateline's 20 July, not the day after it for the "yesterday" in the text
    assert article.published == date(2021, 7, 20), article.published_reason
    assert "dateline" in article.published_reason


def test_a_sentence_opening_on_a_day_word_and_a_date_is_no_dateline():
    text = "Title\n\nYesterday, July 20, the president said he was ready to help.\n"
    article = passage_article(text, "en", None, JULY_AUGUST)
    assert article.published == date(2021, 7, 21), article.published_reason
