"""What the twenty-fifth blind batch of real press taught (our own passages, written to
reproduce each lesson; benchmarks/real_blind25 scores the real pages)."""

from __future__ import annotations

from datetime import date

from crisis_timeline.embed_dates import embed_days
from crisis_timeline.narration import lead_happens
from tests.press_passages import passage_article, passage_events


def test_a_caption_printed_above_the_headline_is_a_caption():
    """A report's top photo: its caption above the headline, then again with its credit.
    The photo's day is no publication date (a report of 24 November was dated 6 October)."""
    text = (
        "Two men and a boy sleep on the forest floor after crossing the border near Narewka "
        "on October 6, 2021.\n\n"
        "Trapped Between Two Fences\n\n"
        "Two men and a boy sleep on the forest floor after crossing the border near Narewka "
        "on October 6, 2021. © 2021 Jan Kowalski/Agency\n\n"
        "Thousands of people are stuck at the border in circumstances that put their lives "
        "at risk, and the guards push them back into the forest again and again.\n"
    )
    article = passage_article(text, "en", None)
    assert article.published is None
    assert article.cleaned_text.count("Narewka") == 1


def test_an_embedded_tweets_day_says_which_week_the_weekdays_are_in():
    text = (
        "Migranci opuszczają obozowisko przy przejściu w Kuźnicy\n\n"
        "Cudzoziemcy spakowali się i opuszczają obozowisko - napisała w środę Straż "
        "Graniczna na Twitterze.\n\n"
        "Cudzoziemcy koczujący po stronie białoruskiej spakowali się i opuszczają "
        "obozowisko.\n"
        "— Straż Graniczna (@Straz_Graniczna) November 17, 2021\n\n"
        "We wtorek rano w stronę polskich służb rzucano kamienie.\n"
    )
    article = passage_article(text, "pl", None)
    assert [e.day for e in embed_days(article)] == [date(2021, 11, 17)]
    assert article.published == date(2021, 11, 17)
    assert "November 17, 2021" in article.published_reason


def test_since_a_month_looks_back_under_a_future():
    """ "viendra remplacer les fils barbelés érigés depuis septembre" in January 2022: the
    wire went up in September 2021, not 2022."""
    frame = passage_events(
        "Le mur viendra remplacer les fils barbelés érigés par les autorités polonaises "
        "depuis septembre.",
        "fr",
        "2022-01-06",
    )
    assert [(str(d), str(e)) for d, e in zip(frame["date"], frame["date_end"], strict=True)] == [
        ("2021-09-01", "2021-09-30")
    ]


def test_the_end_of_a_russian_range_is_no_writers_day():
    """ "с 11 августа по 10 ноября": the end of a state of emergency, after the report of
    Sunday 22 August; it had dated the page 10 November."""
    text = (
        "Поток мигрантов иссякает\n\n"
        "В воскресенье, 22 августа, пограничники не зафиксировали попыток незаконно "
        "пересечь латвийско-белорусскую границу.\n\n"
        "Как сообщалось, правительство ранее приняло решение объявить чрезвычайное "
        "положение с 11 августа по 10 ноября в приграничных краях.\n"
    )
    article = passage_article(text, "ru", None)
    assert article.published == date(2021, 8, 22)


def test_a_verb_ending_in_eed_is_no_past():
    assert not lead_happens(
        "Polish officials repel those who try to cross, or push back those who succeed.", "en"
    )
    assert lead_happens("The ministers agreed on new sanctions.", "en")


def test_a_headline_the_caption_starts_with_is_kept():
    text = (
        "Border guards detained 41 migrants near Kuźnica on Monday\n\n"
        "By A Reporter\n\n"
        "Border guards detained 41 migrants near Kuźnica on Monday, as the camp grew. "
        "© 2021 Jan Kowalski/Agency\n\n"
        "The group was taken to a guarded centre, officials said on Tuesday.\n"
    )
    article = passage_article(text, "en", "2021-11-16")
    assert article.cleaned_text.startswith("Border guards detained 41 migrants")


def test_an_old_tweet_does_not_date_the_page():
    text = (
        "Prezydent przypomniał swój wpis sprzed lat.\n\n"
        "Granica musi być szczelna.\n"
        "— Andrzej Duda (@AndrzejDuda) March 3, 2019\n\n"
        "We wtorek rano prezydent odwiedził żołnierzy przy granicy.\n"
    )
    assert passage_article(text, "pl", None).published is None
