"""A page's address dates it: address_dates.address_date, and the publication date and
month an undated page takes from it (article_metadata.published_of, page_dateline.month_line)."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.address_dates import address_date
from crisis_timeline.article_metadata import published_of
from tests.press_passages import passage_article


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example/world/2022/03/22/children-sleep-in-forests", date(2022, 3, 22)),
        ("https://news.example/news/2021/11/8/poland-border", date(2021, 11, 8)),
        ("https://news.example/monde/2021-12-29/bielorussie-en-conflit", date(2021, 12, 29)),
        ("https://news.example/1255618/2021-11-26-lukashenko", date(2021, 11, 26)),
        ("https://lt.example/amp/20220128/simonyte-pasienyje-2122.html", date(2022, 1, 28)),
        ("https://news.example/archive/1999/2021/11/08/", date(2021, 11, 8)),
        ("https://news.example/world/20211126.html", date(2021, 11, 26)),
        # a time stamp opening the page's id: 2 September 2021, 20:30:54
        ("https://news.example/articulo/world/20210902203054013649.html", date(2021, 9, 2)),
        # the month as its English abbreviation, as The Guardian files its pages
        ("https://news.example/world/2021/nov/08/poland-belarus-border", date(2021, 11, 8)),
        ("https://news.example/world/2021/Sep/3", date(2021, 9, 3)),
        # day first: Mediapart's day, month and two-figure year, a segment of its own
        ("https://news.example/journal/fil-dactualites/040821/belarus-enquete", date(2021, 8, 4)),
        ("https://blogs.example/agata/blog/300921/si-nous-mourons", date(2021, 9, 30)),
        # a video agency's clip id, then the day in eight figures
        ("https://video.example/en/videos/a3035_16112021-migrants-return/x", date(2021, 11, 16)),
    ],
)
def test_an_address_files_its_page_under_a_day(url, day):
    found = address_date(url)
    assert found is not None
    assert found.day == day
    assert found.month == day.replace(day=1)


@pytest.mark.parametrize(
    ("url", "month"),
    [
        ("https://beninwebtv.example/2021/11/crise-des-migrants", date(2021, 11, 1)),
        # a slug starting with a number is no day: "3500-migrants" is not the 35th
        ("https://polonia.example/2021/11/3500-migrants-on-border.html", date(2021, 11, 1)),
        ("https://polonia.example/2021/11/30-migrants-found", date(2021, 11, 1)),
    ],
)
def test_an_address_may_give_only_its_month(url, month):
    found = address_date(url)
    assert found is not None
    assert found.day is None
    assert found.month == month


@pytest.mark.parametrize(
    "url",
    [
        None,
        "",
        "https://news.example/a/20211234/story",  # an id, not a date
        "https://news.example/2021/13/05/story",
        "https://news.example/search?date=2021-11-08",  # a query's date is a search's
        "https://news.example/story-1255618",
        "https://news.example/world/2021/novel/08/story",  # a word, not a month
        "https://news.example/world/2021/feb/30/story",
        "https://news.example/item/31575",
        "https://news.example/a/20211199123000/story",  # no such day
        "https://news.example/a/2021112612/story",  # an hour without its minutes: an id
        "https://news.example/1850/11/08/old",  # a year no news site files under
        "https://radio.example/wiadomosci/index/id/204635",  # six figures, no day-first date
        "https://news.example/en/106432/",
        "https://news.example/761789,Stan-wyjatkowy.html",  # an id before a comma
        "https://news.example/ru/news/281121",  # six figures with no slug after: an id
        "https://news.example/tag/010203/slug",  # a two-figure year before 2010: an id
        "https://news.example/story-12052021",  # eight figures inside a slug
        "http://[::1",
    ],
)
def test_an_address_without_a_date_gives_none(url):
    assert address_date(url) is None


def test_a_month_in_the_path_wins_over_six_figures_after_it():
    """ "/2021/11/120521/": a November page with an id, not one of 12 May 2021."""
    found = address_date("https://news.example/2021/11/120521/migrants-at-the-border")
    assert found is not None
    assert (found.month, found.day) == (date(2021, 11, 1), None)


def test_the_metadata_date_wins_over_the_address():
    day, basis, reason = published_of("2021-11-09", None, "https://x.example/2021/11/08/a")
    assert (day, basis) == (date(2021, 11, 9), "metadata")
    assert "sources.csv" in reason


def test_an_undated_page_takes_its_address_day():
    day, basis, reason = published_of(None, None, "https://x.example/2021/11/08/a")
    assert (day, basis) == (date(2021, 11, 8), "metadata")
    assert reason == "its address: /2021/11/08"


def test_a_bad_stated_date_falls_back_to_the_address():
    day, _, reason = published_of("08/11/2021", None, "https://x.example/2021-11-08/a")
    assert day == date(2021, 11, 8)
    assert "address" in reason


def test_an_address_month_beyond_the_plausible_dates_is_not_used():
    article = passage_article(PASSAGE, "en", None, url="https://x.example/2099/12/story")
    assert article.published is None
    assert article.published_basis == "unknown"


def test_a_bad_stated_date_is_still_told_when_the_address_dates_the_page():
    _, _, reason = published_of("08/11/2021", None, "https://x.example/2021-11-08/a")
    assert "08/11/2021" in reason


def test_an_address_day_beyond_the_plausible_dates_is_not_used():
    day, basis, _ = published_of(None, None, "https://x.example/2099/11/08/a")
    assert day is None and basis == "unknown"


PASSAGE = (
    "Polish border guards said on Monday that 134 people had tried to cross from Belarus, "
    "the largest daily number in weeks.\n\n"
    "Charities said the migrants had been told to leave a warehouse near Bruzgi."
)


def test_a_page_is_dated_by_its_address_when_nothing_else_dates_it():
    article = passage_article(PASSAGE, "en", None, url="https://x.example/world/2022/03/22/a")
    assert article.published == date(2022, 3, 22)
    assert article.published_basis == "metadata"


def test_an_address_month_keeps_the_inference_in_that_month():
    text = (
        "Polish border guards said on Monday that 134 people had tried to cross from "
        "Belarus, after the 27 October vote in the Sejm.\n\n"
        "Charities said the migrants had been told to leave a warehouse near Bruzgi."
    )
    article = passage_article(text, "en", None, url="https://x.example/2021/11/border-story")
    assert article.published is not None
    assert article.published.month == 11 and article.published.year == 2021
    assert "address gives only November 2021" in article.published_reason
