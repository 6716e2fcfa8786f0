"""Error classes the thirteenth blind batch of real press showed (benchmarks/real_blind13).

Each passage is written for this test (our own words, invented details) and reproduces one
class of wrong publication date inferred from an undated page:
- the days that follow a date written with its weekday, in its sentence ("On Friday,
  September 10, ... 26 on Saturday and 34 on Sunday") were taken for weekdays of the
  writer's week, after the latest date the text names: the page went five days late, and
  every weekday of it with it;
- a weekday told in the pluperfect ("Mardi soir, un millier de personnes avaient déjà
  trouvé refuge") was taken for the writer's day after the story's dated Thursday: the
  page went to the next Tuesday, and "Mardi" with it.
And one the rebuilt sixth and seventh batches showed: a past weekday five or six days after
the latest date named ("В понедельник ... сообщил ... Об этом стало известно в среду, 10
ноября") was placed after it (Monday the 15th) where it is a day of the week before; and
one the rebuilt held-out set showed: a bare weekday the text also writes with its date
("Od soboty ... «Od soboty 23.10 ...» ... opublikowała w poniedziałek") was taken for the
writer's day, where the Monday is. And, from the rebuilt eleventh batch, a dated sentence
of building work with nothing else named ("W piątek rozpoczął się montaż pierwszych
słupów") made no event: it had no cue.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.event_frames import events_frame
from crisis_timeline.events import extract_article_events
from tests.press_passages import one_row, passage_article, passage_events


def _date_of(article, words: str) -> date | None:
    frame = events_frame(extract_article_events(article))
    rows = frame[frame["sentence"].str.contains(words, regex=False)]
    assert len(rows) >= 1, frame[["sentence", "date"]]
    return rows.iloc[0]["date"]


SEQUENCES = [
    (
        "en",
        "Guards stop 95 people over the weekend\n\n"
        "The border service turned back 95 people over the weekend, according to figures "
        "it released on October 11.\n\n"
        "On Friday, October 8, guards stopped 31 people, 24 on Saturday and 40 on Sunday.\n\n"
        "Nobody was detained.",
        "24 on Saturday",
    ),
    (
        "fr",
        "Des gardes refoulent 95 personnes\n\n"
        "Les gardes-frontières ont refoulé 95 personnes pendant le week-end, selon le bilan "
        "publié le 11 octobre.\n\n"
        "Vendredi 8 octobre, ils ont arrêté 31 personnes, puis 24 samedi et 40 dimanche.\n\n"
        "Personne n'a été placé en détention.",
        "24 samedi",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), SEQUENCES)
def test_days_following_a_dated_weekday_in_its_sentence_are_that_week(lang, text, words):
    article = passage_article(text, lang, None)
    # the latest date named, 11 October (a Monday), not the Saturday after it (16th)
    assert article.published == date(2021, 10, 11), article.published_reason
    assert _date_of(article, words) == date(2021, 10, 8)  # the sentence's first date


def test_a_weekday_before_the_dated_weekday_is_still_the_writers():
    # "said on Tuesday that ... on Monday, November 8": the Tuesday comes first in its
    # sentence, so it is the day of the report, after the date it names
    text = (
        "Guards count the marchers\n\n"
        "Poland's border guard said on Tuesday that on Monday, November 8, some 2,000 "
        "people had marched on the crossing at Kuznica.\n\n"
        "Soldiers stood along the fence through the night."
    )
    assert passage_article(text, "en", None).published == date(2021, 11, 9)


PLUPERFECTS = [
    (
        "fr",
        "Les migrants conduits vers un entrepôt\n\n"
        "Les derniers occupants du camp ont été conduits, jeudi 21 octobre, vers un entrepôt "
        "voisin, ont indiqué les autorités.\n\n"
        "Mardi soir, près de 600 personnes y avaient déjà trouvé abri.\n\n"
        "Les autres ont passé la nuit dehors.",
        "Mardi soir",
    ),
    (
        "en",
        "Migrants moved to a warehouse\n\n"
        "The last people in the camp were taken to a nearby warehouse on Thursday, "
        "October 21, officials said.\n\n"
        "On Tuesday evening, some 600 people had already found shelter there.\n\n"
        "The others spent the night outside.",
        "On Tuesday evening",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), PLUPERFECTS)
def test_a_weekday_in_the_pluperfect_is_before_the_story_not_the_writers_day(lang, text, words):
    article = passage_article(text, lang, None)
    # the dated Thursday, not the Tuesday after it (26 October)
    assert article.published == date(2021, 10, 21), article.published_reason
    assert _date_of(article, words) == date(2021, 10, 19)


def test_a_weekday_in_the_pluperfect_still_places_a_page_with_nothing_else():
    # alone, the pluperfect weekday is all there is: in a collection of one tight week it
    # still places the page (weakly), as any past weekday does
    text = "Camp emptied\n\nOn Tuesday evening, some 600 people had already found shelter."
    week = [date(2021, 10, 20), date(2021, 10, 21), date(2021, 10, 22)]
    article = passage_article(text, "en", None, [*week, None])
    assert article.published is not None


REPORT_LAGS = [
    (
        "ru",
        "Мигранты идут к границе\n\n"
        "В понедельник погранкомитет сообщил, что большая группа беженцев направилась к "
        "границе с Польшей.\n\n"
        "Об этом стало известно в среду, 10 ноября.\n\n"
        "Солдаты стояли у забора всю ночь.",
        "В понедельник",
    ),
    (
        "pl",
        "Stan wyjątkowy na Litwie\n\n"
        "W poniedziałek ministerstwo zaproponowało wprowadzenie stanu wyjątkowego przy "
        "granicy.\n\n"
        "We wtorek parlament zdecydował o wprowadzeniu go od północy 10 listopada.\n\n"
        "Straż graniczna wzmocniła patrole.",
        "W poniedziałek",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), REPORT_LAGS)
def test_a_weekday_days_after_the_latest_date_is_the_week_before_it(lang, text, words):
    article = passage_article(text, lang, None)
    # Wednesday 10 November, not the Monday five days after it (15th)
    assert article.published == date(2021, 11, 10), article.published_reason
    assert "week before" in article.published_reason
    assert _date_of(article, words) == date(2021, 11, 8)


DATED_ELSEWHERE = [
    (
        "pl",
        "Obóz opustoszał\n\n"
        "Od soboty w obozowisku przy granicy nie ma już migrantów, pozostały namioty - "
        "poinformowała straż graniczna.\n\n"
        'Straż opublikowała w poniedziałek nagranie z obozowiska. "Od soboty 23.10 w '
        'obozowisku nie ma już nikogo" - przekazała.\n\n'
        "Miejsca pilnują białoruskie służby.",
        "opublikowała w poniedziałek",
    ),
    (
        "en",
        "Camp stands empty\n\n"
        "Since Saturday the camp near the border has stood empty, the border guard said.\n\n"
        'The guard posted a video of the camp on Monday. "Since Saturday, October 23, '
        'nobody has been in the camp," it said.\n\n'
        "Belarusian troops guard the tents.",
        "posted a video",
    ),
]


@pytest.mark.parametrize(("lang", "text", "words"), DATED_ELSEWHERE)
def test_a_weekday_the_text_dates_elsewhere_is_not_the_writers_day(lang, text, words):
    article = passage_article(text, lang, None)
    # the Monday after Saturday 23 October, not that Saturday itself
    assert article.published == date(2021, 10, 25), article.published_reason
    assert _date_of(article, words) == date(2021, 10, 25)


BUILDING_WORK = [
    ("pl", "W piątek rozpoczął się montaż pierwszych słupów tworzących konstrukcję tej budowli."),
    ("en", "On Friday, construction of the first posts began."),
    ("fr", "Vendredi, le chantier des premiers poteaux a commencé."),
    ("ru", "В пятницу начался монтаж первых столбов."),
    ("lt", "Penktadienį prasidėjo pirmųjų stulpų montavimas."),
]


@pytest.mark.parametrize(("lang", "sentence"), BUILDING_WORK)
def test_dated_building_work_is_a_happening_with_nothing_else_named(lang, sentence):
    text = f"Title\n\nThe border guard gave new figures on Saturday.\n\n{sentence}\n"
    frame = passage_events(text, lang, "2022-02-05")
    row = one_row(frame, sentence[:12])
    assert row["date"] == date(2022, 2, 4)
    assert row["event_type"] == "other"
