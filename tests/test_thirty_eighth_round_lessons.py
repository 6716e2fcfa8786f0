"""What the thirty-eighth round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.address_dates import address_date
from crisis_timeline.event_types import classify_event_type, cue_scores
from crisis_timeline.temporal import tag
from tests.press_passages import passage_article, passage_events

# A measure's term told in the present ("is declared from August 11 to November 10") is
# ahead of the writer: a ministry's page of 10 August had been dated 10 November, the
# latest day it names. A range counted up to the writer's day in the past ("From 1 July to
# 10 August, 342 people were registered") still dates the page.
MEASURE_TERMS = [
    (
        "en",
        "On Tuesday, August 10, the government declared a state of emergency in four "
        "districts. From 1 July to 10 August, 342 people were registered. The state of "
        "emergency is declared from August 11, 2021 to November 10, 2021 in these districts.",
    ),
    (
        "fr",
        "Mardi 10 août, le gouvernement a décrété l'état d'urgence dans quatre districts. Du "
        "1er juillet au 10 août, 342 personnes ont été interpellées. L'état d'urgence est "
        "instauré du 11 août au 10 novembre 2021 dans ces districts.",
    ),
    (
        "pl",
        "We wtorek 10 sierpnia rząd ogłosił stan wyjątkowy w czterech okręgach. Od 1 lipca do "
        "10 sierpnia zatrzymano 342 osoby. Stan wyjątkowy obowiązuje od 11 sierpnia do 10 "
        "listopada 2021 roku.",
    ),
    (
        "ru",
        "Во вторник, 10 августа, правительство объявило чрезвычайное положение в четырёх "
        "районах. С 1 июля по 10 августа задержаны 342 человека. Режим действует с 11 августа "
        "по 10 ноября 2021 года.",
    ),
    (
        "lt",
        "Antradienį, rugpjūčio 10 d., vyriausybė paskelbė ekstremaliąją padėtį keturiuose "
        "rajonuose. Nuo liepos 1 iki rugpjūčio 10 d. sulaikyti 342 žmonės. Padėtis galioja nuo "
        "rugpjūčio 11 iki lapkričio 10 d.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MEASURE_TERMS)
def test_a_measures_term_told_in_the_present_is_ahead_of_the_page(lang: str, text: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2021, 8, 10), article.published_reason


def test_a_range_counted_in_the_past_still_dates_the_page() -> None:
    article = passage_article(
        "Border guards gave new figures. From 1 July to 12 August, 342 people were "
        "registered while attempting to cross the border. This is more than in 2020.",
        "en",
        None,
    )
    assert article.published == date(2021, 8, 12), article.published_reason


# A night named by both its days with their weekdays ("dans la nuit du mercredi 10 au jeudi
# 11 novembre") is one happening over the two days: it had been two, the first day's number
# dropped, and the page dated the 10th.
WEEKDAY_NIGHTS = [
    (
        "fr",
        "Dans la nuit du mercredi 10 au jeudi 11 novembre, des migrants ont franchi la frontière.",
    ),
    ("en", "On the night of Wednesday 10 to Thursday 11 November, migrants crossed the border."),
    ("ru", "В ночь со среды 10 на четверг 11 ноября мигранты пересекли границу."),
    ("pl", "W nocy ze środy 10 na czwartek 11 listopada migranci sforsowali ogrodzenie."),
]


@pytest.mark.parametrize(("lang", "text"), WEEKDAY_NIGHTS)
def test_a_night_named_by_two_weekdays_and_days_is_one_happening(lang: str, text: str) -> None:
    frame = passage_events(text, lang, "2021-11-16")
    spans = list(zip(frame["date"], frame["date_end"], strict=True))
    assert spans == [(date(2021, 11, 10), date(2021, 11, 11))]


@pytest.mark.parametrize(("lang", "text"), WEEKDAY_NIGHTS)
def test_such_a_night_dates_its_page_by_its_second_day(lang: str, text: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2021, 11, 11), article.published_reason


def test_weekdays_that_do_not_follow_one_another_are_no_night() -> None:
    found = tag("Dans la nuit du mardi 10 au jeudi 11 novembre, des migrants.", None, "fr")
    assert [e.text for e in found][-1] == "jeudi 11 novembre"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Мигранты пересекли границу в ночь с 13 на 14 ноября. Их задержали."),
        ("pl", "Migranci sforsowali ogrodzenie w nocy z 13 na 14 listopada. Zatrzymano ich."),
    ],
)
def test_a_night_of_two_day_numbers_dates_its_page_by_the_second(lang: str, text: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2021, 11, 14), article.published_reason


# Two more ways an address files its page's day (batch 38: both pages had no date of
# their own): tko.pl's id then year, month and day after commas, and InoPressa's
# day-month-year segment.
@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://tko.pl/132951,2021,12,20,wiadomo-ktore-firmy-zbuduja-zapore", date(2021, 12, 20)),
        ("https://inopressa.ru/article/21Sep2021/liberation/migrants.html", date(2021, 9, 21)),
        ("https://example.com/article/3nov2021/", date(2021, 11, 3)),
    ],
)
def test_an_address_files_its_day_in_these_forms(url: str, day: date) -> None:
    found = address_date(url)
    assert found is not None and found.day == day


@pytest.mark.parametrize(
    "url",
    [
        "https://tko.pl/132951,2021,13,40,slug",  # no such month
        "https://example.com/article/31Feb2021/",  # no such day
        "https://example.com/a/21Sep2021x/",  # not a segment of its own
        "https://example.com/a?d=2021,12,20",  # a query, not the path
    ],
)
def test_such_forms_that_are_no_date_file_nothing(url: str) -> None:
    assert address_date(url) is None


def test_the_address_dates_a_page_without_a_date_of_its_own() -> None:
    article = passage_article(
        "Zespół, który zebrał się w czwartek, zarekomendował wybór dwóch firm.",
        "pl",
        None,
        url="https://tko.pl/132951,2021,12,20,wiadomo-ktore-firmy",
    )
    assert article.published == date(2021, 12, 20)


# "il y a une dizaine de jours" (about ten days ago) had no date: the approximate counts
# are read as their round number, as the annotators read them.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Il y a une dizaine de jours, la police a arrêté 20 migrants.", date(2022, 3, 21)),
        ("Il y a une quinzaine de jours, la police a arrêté 20 migrants.", date(2022, 3, 16)),
        ("Il y a une vingtaine de jours, la police a arrêté 20 migrants.", date(2022, 3, 11)),
    ],
)
def test_an_approximate_count_of_days_ago_dates_its_happening(text: str, day: date) -> None:
    found = tag(text, date(2022, 3, 31), "fr", references=False)
    assert [e.date for e in found] == [day]


def test_an_approximate_count_of_people_is_no_date() -> None:
    assert tag("Une dizaine de migrants ont été arrêtés.", date(2022, 3, 31), "fr") == []


# Repatriation flights counted by their ordinal or named as special flights ("Un quatrième
# vol ... transportera 431 personnes", "specjalny lot ewakuacyjny", "mogą wrócić do Iraku")
# had no cue of their own and took a statement's type from the sentence around them.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un quatrième vol aura lieu vendredi soir et transportera 431 personnes."),
        ("fr", "Un cinquième avion transportera samedi 430 personnes."),
        ("pl", "Ambasada poinformowała, że we wtorek zorganizowany zostanie specjalny lot."),
        ("pl", "We wtorek odbędzie się lot ewakuacyjny do Iraku."),
        ("pl", "Loty, którymi migranci mogą wrócić do Iraku, odbędą się w piątek."),
    ],
)
def test_flights_home_are_repatriation(lang: str, text: str) -> None:
    assert classify_event_type(text, lang) == "repatriation"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le quatrième volet des sanctions a été adopté vendredi."),
        ("pl", "Migranci wrócili do obozowiska przy granicy w piątek."),
    ],
)
def test_other_fourths_and_returns_are_not(lang: str, text: str) -> None:
    assert classify_event_type(text, lang) != "repatriation"


# On a page of unknown date, the days a sentence lists ("В четверг ... 55 нелегалов, в
# среду – 76, во вторник – 93") had been one event: the reprint check took them for one
# sentence printed twice, their dates being all unknown (batches 20, 23 and 25 lost 13).
@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        (
            "ru",
            "В четверг в Литву пыталось попасть 55 нелегалов, в среду – 76, во вторник – 93, "
            "в понедельник – 121.",
            4,
        ),
        (
            "lt",
            "Ketvirtadienį iš Baltarusijos buvo neįleisti 57 migrantai, trečiadienį – 79 "
            "migrantai, antradienį – 55, pirmadienį – 149.",
            4,
        ),
        ("en", "On Thursday, 55 migrants tried to enter Lithuania, on Wednesday 76.", 2),
    ],
)
def test_listed_days_of_an_undated_page_are_each_an_event(lang, text, count) -> None:
    frame = passage_events(text, lang, None)
    assert frame["date"].isna().all()
    assert len(frame) == count, list(frame["trigger"])


def test_a_sentence_printed_twice_is_still_one_event_per_day() -> None:
    line = "On Thursday, 55 migrants tried to enter Lithuania from Belarus, guards said."
    frame = passage_events(f"{line}\n\n{line}", "en", None)
    assert len(frame) == 1


# Weekdays listed after a weekly count are a timetable, not days that happened: "skrydžiai
# vyks ... keturias dienas per savaitę – antradienį, trečiadienį, penktadienį ir
# sekmadienį" had made four flights.
WEEKLY_TIMETABLES = [
    ("en", "Flights will run four days a week – Tuesday, Wednesday, Friday and Sunday."),
    ("fr", "Les vols auront lieu quatre jours par semaine : mardi, mercredi et vendredi."),
    ("pl", "Loty będą się odbywać cztery dni w tygodniu – we wtorek, środę, piątek i niedzielę."),
    ("ru", "Рейсы будут выполняться четыре дня в неделю – во вторник, среду и пятницу."),
    ("lt", "Skrydžiai vyks keturias dienas per savaitę – antradienį, trečiadienį ir penktadienį."),
]


@pytest.mark.parametrize(("lang", "text"), WEEKLY_TIMETABLES)
def test_weekdays_of_a_weekly_timetable_are_no_dates(lang: str, text: str) -> None:
    assert tag(text, date(2021, 7, 22), lang, references=False) == []


def test_a_week_without_a_count_keeps_its_days() -> None:
    found = tag("W tygodniu – we wtorek straż zatrzymała 20 osób.", date(2021, 7, 22), "pl")
    assert [e.text for e in found] == ["wtorek"]


# Batch 39. A day ending a range that began the day before ("за последние сутки (с утра 4
# до утра 5 июля)") is the count's end, up to the report: the "until" before it had made
# it a measure's term ahead of the page, and the page had no date. Two days joined by
# "and" ahead of the page stay ahead ("рейсы запланированы на 29 и 30 ноября").
def test_a_days_count_ending_on_a_date_dates_its_page() -> None:
    article = passage_article(
        "В Литве сообщили об очередной группе задержанных нелегалов. Согласно официальной "
        "информации, за последние сутки (с утра 4 до утра 5 июля) в Литве поймали 134 "
        "нарушителя границы.",
        "ru",
        None,
    )
    assert article.published == date(2021, 7, 5), article.published_reason


def test_two_days_ahead_joined_by_and_do_not_date_the_page() -> None:
    article = passage_article(
        "Дополнительные рейсы для возвращения беженцев в Ирак запланированы на 29 и 30 "
        "ноября. На них улетают по несколько сотен человек.",
        "ru",
        None,
    )
    assert article.published != date(2021, 11, 30), article.published_reason


def test_libérations_slug_date_dates_its_page() -> None:
    url = "https://www.liberation.fr/international/europe/au-belarus-la-crise-20211201_4QASN3L2UJ/"
    found = address_date(url)
    assert found is not None and found.day == date(2021, 12, 1)
    assert address_date("https://example.com/news/item-20211301_X/") is None  # no month 13


# "en mai de cette année" on a page of unknown date had become two events, the month and
# "cette année", once the listed days of such pages were no longer merged: it is one month.
@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("fr", "Les relations se sont détériorées en mai de cette année.", "mai de cette année"),
        ("en", "Relations deteriorated further in May this year.", "May this year"),
        ("en", "Relations deteriorated in 2021, in May of last year.", "May of last year"),
    ],
)
def test_a_month_of_a_relative_year_is_one_expression_without_a_date(lang, text, words):
    found = tag(text, None, lang, references=False)
    assert found[-1].text == words and found[-1].date is None


def test_a_russian_perfective_future_names_the_coming_weekday() -> None:
    found = tag("Информацию опубликуют в четверг в журнале ЕС.", date(2021, 12, 1), "ru")
    assert [e.date for e in found] == [date(2021, 12, 2)]


# "Еще сотня мигрантов была задержана в Друскининкайском районе" (another hundred were
# detained) goes on telling the dated count before it, and "34 нелегала проникли на
# территории ... районов" is a crossing: both had been left out (batch 39).
ANOTHER_COUNT = [
    (
        "ru",
        "За последние сутки в Литве поймали 134 нарушителя границы. Еще сотня мигрантов "
        "была задержана в Друскининкайском районе.",
    ),
    (
        "en",
        "On Monday, guards detained 134 migrants. Another hundred were detained in the "
        "Druskininkai district.",
    ),
    (
        "pl",
        "W poniedziałek straż zatrzymała 134 migrantów. Kolejnych stu zatrzymano w "
        "okolicach Sokółki.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ANOTHER_COUNT)
def test_another_count_goes_on_telling_the_dated_one(lang: str, text: str) -> None:
    frame = passage_events(text, lang, "2021-07-06")
    assert len(frame) == 2, list(frame["sentence"])
    assert frame["date"].nunique() == 1


def test_migrants_who_got_into_the_territory_crossed() -> None:
    text = "Известно, что 34 нелегала проникли на территории Варенского и Игналинского районов."
    assert classify_event_type(text, "ru") == "border_crossing"


# Batch 40. A measure taking effect on its day ("The move came into force on November 13,
# 2021") had no cue and no event; "sanctions ... come into force" (ahead) stays none.
TAKING_EFFECT = [
    ("en", "The move came into force on November 13, 2021, the airline said."),
    ("fr", "La mesure est entrée en vigueur le 13 novembre dans toute la zone."),
    ("pl", "Rozporządzenie weszło w życie 13 listopada w całej strefie."),
    ("ru", "Запрет вступил в силу 13 ноября на всей территории."),
    ("lt", "Draudimas skraidyti pasienyje įsigaliojo lapkričio 13 d."),
]


@pytest.mark.parametrize(("lang", "text"), TAKING_EFFECT)
def test_a_measure_taking_effect_is_an_event_of_its_day(lang: str, text: str) -> None:
    frame = passage_events(text, lang, "2021-11-20")
    assert list(frame["date"]) == [date(2021, 11, 13)]


def test_a_measure_to_come_into_force_is_no_cue() -> None:
    assert not cue_scores("The new rules come into force next month.", "en").get("other")


# Poland's Sejm passed the law on building the wall on Thursday 14 October 2021: a page
# telling it with "w czwartek", after a "1 października", and a Saturday's arrests, is of
# that week (it had been dated 2 October, the first Saturday after the 1st).
def test_the_sejms_wall_law_bounds_its_page() -> None:
    article = passage_article(
        "Funkcjonariusze Straży Granicznej w sobotę zatrzymali pięciu cudzoziemców. 1 "
        "października prezydent podpisał rozporządzenie o przedłużeniu stanu wyjątkowego. W "
        "czwartek Sejm uchwalił ustawę o budowie zabezpieczenia granicy państwowej.",
        "pl",
        None,
    )
    assert article.published == date(2021, 10, 16), article.published_reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "W czwartek litewski Sejm uchwalił ustawę o budowie zapory na granicy."),
        ("en", "On Thursday, Lithuania's parliament passed a law to build a border wall."),
    ],
)
def test_other_parliaments_walls_are_not_the_sejms(lang: str, text: str) -> None:
    from crisis_timeline.landmarks import told_landmarks

    assert "sejm_wall_law" not in [landmark.key for landmark, _, _ in told_landmarks(text, lang)]


# Batch 41. Shots heard or fired on the Belarusian side are an army's (the annotators of
# batches 21, 35, 39 and 41), warning shots at migrants a clash.
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Dieną ties Lazdijų rajonu Baltarusijos pusėje buvo šaudoma pavieniais šūviais.",
            "military",
        ),
        ("Vakare Baltarusijos pusėje prie sienos buvo iššauta apie 20 pavienių šūvių.", "military"),
        ("Baltarusijos pusėje įvairiu laiku girdėjosi pabūklų šūviai.", "military"),
        ("Buvo panaudotos ašarinės dujos, paleisti du įspėjamieji šūviai į orą.", "clash"),
    ],
)
def test_shots_on_the_belarusian_side_are_military(text: str, event_type: str) -> None:
    assert classify_event_type(text, "lt") == event_type


# The review's counter-examples to this round's rules.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Monday, December 13, EU foreign ministers agreed new sanctions on Belarus. The "
            "leaders will meet in Brussels from 16 to 17 December to discuss the crisis.",
        ),
        (
            "pl",
            "W poniedziałek 13 grudnia ministrowie przyjęli nowe sankcje. Przywódcy spotkają "
            "się w Brukseli od 16 do 17 grudnia.",
        ),
    ],
)
def test_a_days_range_ahead_in_a_future_clause_stays_ahead(lang: str, text: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2021, 12, 13), article.published_reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Bilan des gardes\n\nDu 2 au 10 novembre : 5000 tentatives de franchissement."),
        ("en", "Border figures\n\nFrom November 2 to November 10: 5,000 attempts to cross."),
    ],
)
def test_a_verbless_range_still_dates_its_page(lang: str, text: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2021, 11, 10), article.published_reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник 50 мигрантов пересекли границу. Еще неизвестно, сколько задержано."),
        ("pl", "We wtorek 50 migrantów przekroczyło granicę. Jeszcze nie wiadomo, ilu zatrzymano."),
        ("lt", "Antradienį 50 migrantų kirto sieną. Dar nežinoma, kiek migrantų buvo sulaikyta."),
        ("fr", "Mardi, 50 migrants ont franchi la frontière. Encore faut-il savoir combien."),
        ("en", "On Tuesday, 50 migrants crossed the border. Another question is who was detained."),
    ],
)
def test_still_and_yet_are_no_continuation(lang: str, text: str) -> None:
    assert len(passage_events(text, lang, "2021-11-18")) == 1


def test_the_emergencys_extension_is_not_the_wall_law() -> None:
    article = passage_article(
        "W czwartek Sejm przegłosował przedłużenie stanu wyjątkowego o 60 dni, a wojsko buduje "
        "zaporę z drutu kolczastego.",
        "pl",
        None,
    )
    assert article.published == date(2021, 9, 30), article.published_reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Deux avions bombardiers russes ont survolé la Biélorussie mercredi."),
        ("pl", "Migranci nie chcą wrócić do kraju i koczują przy granicy."),
        ("pl", "Łukaszenka powiedział, że migranci mogą wrócić do domu, jeśli chcą."),
    ],
)
def test_planes_and_returns_that_are_no_repatriation(lang: str, text: str) -> None:
    assert classify_event_type(text, lang) != "repatriation"


def test_a_single_weekday_after_a_weekly_count_is_a_day() -> None:
    found = tag(
        "Самолеты летают три раза в неделю: в понедельник из Минска вылетел первый рейс.",
        date(2021, 11, 18),
        "ru",
        references=False,
    )
    assert [e.date for e in found] == [date(2021, 11, 15)]


def test_the_comma_form_before_a_file_extension() -> None:
    found = address_date("https://tko.pl/132951,2021,12,20.html")
    assert found is not None and found.day == date(2021, 12, 20)


# Batch 42. A month listed with its figure in brackets ("Kolejne miesiące to listopad (8,9
# tys.), wrzesień (7,7 tys.)") is a date: a bare month had needed a preposition.
@pytest.mark.parametrize(
    ("lang", "text", "months"),
    [
        (
            "pl",
            "Kolejne miesiące to listopad (8,9 tys.), wrzesień (7,7 tys.) i sierpień (3,5 tys.).",
            [11, 9, 8],
        ),
        (
            "en",
            "The busiest months were October (17,500), November (8,900) and September (7,700).",
            [10, 11, 9],
        ),
    ],
)
def test_a_month_with_its_figure_in_brackets_is_a_date(lang, text, months) -> None:
    found = tag(text, date(2022, 1, 8), lang, references=False)
    assert [e.date.month for e in found] == months
    assert all(e.precision == "month" for e in found)


def test_a_bare_month_without_its_figure_stays_no_date() -> None:
    assert tag("Listopad był najgorętszym miesiącem.", date(2022, 1, 8), "pl") == []


# A weekday telling a known day of the crisis in the week before the latest date a page
# names is that day, not a day after it: "Le Parlement polonais a approuvé, jeudi, un
# amendement à la loi sur les étrangers" on a page naming Sunday 17 October is Thursday the
# 14th (the push-back law passed with the wall law); the page had been dated the 21st.
def test_a_known_days_weekday_before_the_latest_date_does_not_move_the_page() -> None:
    article = passage_article(
        "Des milliers de personnes ont manifesté dimanche 17 octobre à Varsovie contre les "
        "refoulements. Le Parlement polonais a approuvé, jeudi, un amendement à la loi sur les "
        "étrangers qui autorise les refoulements.",
        "fr",
        None,
    )
    assert article.published == date(2021, 10, 17), article.published_reason
    frame = passage_events(article.cleaned_text, "fr", "2021-10-17")
    assert date(2021, 10, 14) in list(frame["date"])


def test_an_unknown_weekday_after_the_latest_date_still_moves_the_page() -> None:
    article = passage_article(
        "Des milliers de personnes ont manifesté dimanche 17 octobre à Varsovie. Le "
        "gouvernement a annoncé jeudi de nouvelles mesures à la frontière.",
        "fr",
        None,
    )
    assert article.published == date(2021, 10, 21), article.published_reason


# The second review's counter-examples.
@pytest.mark.parametrize(
    "text",
    [
        "Kierowca Marek Lipiec (45) został zatrzymany za przemyt migrantów.",
        "Poseł Grzegorz Maj (38 l.) pojechał do Kuźnicy.",
        "Posłanka Anna Maj (PiS) zapowiedziała ustawę.",
    ],
)
def test_a_name_with_an_age_or_party_in_brackets_is_no_month(text: str) -> None:
    assert tag(text, date(2021, 11, 20), "pl", references=False) == []


def test_a_known_day_told_as_another_days_background_moves_nothing_back() -> None:
    article = passage_article(
        "On Monday, October 18, the government put the cost of the barrier at 1.6 billion "
        "zloty. On Thursday the Senate approved the wall bill that Poland's lower house "
        "passed last week.",
        "en",
        None,
    )
    assert article.published == date(2021, 10, 21), article.published_reason


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "W czwartek Sejm przyjął nowelizację ustawy o zatrudnianiu cudzoziemców."),
        ("en", "On Thursday Poland's lower house approved an amendment on employing foreigners."),
    ],
)
def test_another_foreigners_law_is_not_the_wall_law_day(lang: str, text: str) -> None:
    assert passage_article(text, lang, None).published != date(2021, 10, 14)


@pytest.mark.parametrize("count", ["четверо", "шестеро", "семеро", "девять"])
def test_russian_counts_of_another_group_go_on(count: str) -> None:
    text = f"Во вторник 50 мигрантов пересекли границу. Еще {count} были задержаны."
    assert len(passage_events(text, "ru", "2021-11-18")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Migrantai Baltarusijos pusėje metė akmenis, Lenkijos pareigūnai atsakė šūviais į orą.",
        "Lenkijos pasieniečiai paleido įspėjamuosius šūvius į orą, kai migrantai Baltarusijos "
        "pusėje bandė pralaužti tvorą.",
    ],
)
def test_shots_at_migrants_stay_a_clash(text: str) -> None:
    assert classify_event_type(text, "lt") == "clash"


def test_an_english_timetable_with_on_is_a_set() -> None:
    text = "Belavia now flies to Istanbul three times a week: on Monday, Wednesday and Friday."
    assert tag(text, date(2021, 11, 20), "en", references=False) == []
