"""What the forty-fifth round taught (our own passages, written to reproduce each lesson;
benchmarks/real_blind* score the real pages)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.press_passages import passage_article, passage_events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The first repatriation flight since the crisis began left Minsk on Sunday. "
            "Poland said the situation remained tense.",
            "en",
        ),
        (
            "The first high-level contact between Brussels and Minsk since the beginning of "
            "the crisis took place on Sunday, the EU said.",
            "en",
        ),
        (
            "Le premier vol de rapatriement depuis le début de la crise a quitté Minsk dimanche.",
            "fr",
        ),
    ],
)
def test_a_firsts_since_in_the_subject_leaves_the_main_verbs_day_its_own(
    text: str, lang: str
) -> None:
    events = passage_events(text, lang, "2021-11-22")
    first = events[events["sentence"] == events.iloc[0]["sentence"]]
    # the Sunday only: the "since" had made it look embedded, and the lead's day was added
    assert list(first["date"]) == [date(2021, 11, 21)], first[["date", "dated_by"]]


def test_the_comparison_point_itself_stays_embedded_and_the_lead_keeps_its_day() -> None:
    events = passage_events(
        "It was the first contact between the two leaders since August 2020. Merkel called "
        "Lukashenko on Monday.",
        "en",
        "2021-11-22",
    )
    lead = events[events["sentence"].str.startswith("It was")]
    assert date(2021, 11, 22) in set(lead["date"]), lead[["date", "dated_by"]]


def test_a_relative_clause_with_since_still_embeds_its_dates() -> None:
    events = passage_events(
        "Officials visited the camp on Sunday. The camp, which has existed since the crisis "
        "began on 8 November, was cleared.",
        "en",
        "2021-11-22",
    )
    camp = events[events["sentence"].str.startswith("The camp")]
    assert date(2021, 11, 8) in set(camp["date"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The EU has sanctioned Belarus after the August elections in Belarus.", "en"),
        (
            "Belarus was thrown into turmoil last August when Lukashenko claimed a sixth "
            "presidential term.",
            "en",
        ),
        (
            "Les Européens ne reconnaissent pas la victoire qu’il a revendiquée lors des "
            "élections d’août dernier.",
            "fr",
        ),
        ("Protesty wybuchły, a w sierpniu Łukaszenka ogłosił zwycięstwo w wyborach.", "pl"),
        ("Протесты начались после президентских выборов в августе.", "ru"),
    ],
)
def test_a_month_the_presidential_election_names_is_august_2020(text: str, lang: str) -> None:
    dates = set(passage_events(text, lang, "2021-11-17")["date"])
    # the grammar alone reads the writer's latest August (2021): the election was in 2020
    assert date(2020, 8, 1) in dates and date(2021, 8, 1) not in dates, dates


@pytest.mark.parametrize(
    "text",
    [
        "Poland started building a fence in August, after the elections were postponed.",
        "Lithuania's parliament voted for the barrier in August.",
        "After the election in August 2021 the government fell.",  # a year written stays
    ],
)
def test_a_month_outside_an_election_clause_keeps_the_grammars_year(text: str) -> None:
    dates = set(passage_events(text, "en", "2021-11-17")["date"])
    assert date(2020, 8, 1) not in dates, dates


def test_the_background_year_is_given_by_the_tagger_with_its_reason() -> None:
    from crisis_timeline.temporal import tag

    (august,) = tag("après les élections contestées d'août dernier", date(2021, 11, 17), "fr")
    assert (august.date, august.date_end, august.value) == (
        date(2020, 8, 1),
        date(2020, 8, 31),
        "2020-08",
    )
    assert "presidential election" in august.reason


@pytest.mark.parametrize(
    "text",
    ["Macron phoned Putin on Sunday.", "Merkel called her Belarusian counterpart on Sunday."],
)
def test_a_phone_call_told_by_its_verb_is_diplomacy(text: str) -> None:
    events = passage_events(text, "en", "2021-11-22")
    assert list(events["event_type"]) == ["diplomacy"]


def test_a_call_for_something_is_not_a_phone_call() -> None:
    events = passage_events("He called for new sanctions on Sunday.", "en", "2021-11-22")
    assert "diplomacy" not in set(events["event_type"])


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (
            "WARSAW, Nov 16 (Reuters) - Polish forces used water cannon on migrants on Monday.",
            "en",
            [date(2021, 11, 15)],
        ),
        (
            "VARSOVIE, 16 novembre (Reuters) - La police polonaise a utilisé des canons à eau lundi.",
            "fr",
            [date(2021, 11, 15)],
        ),
        (
            " date 2021-11-16 CAIRO (UrduPoint News / Sputnik - 16th November, 2021) Iraqi "
            "Airways has suspended flights to Minsk, a source told Sputnik on Monday.",
            "en",
            [date(2021, 11, 15)],
        ),
        # with no day of its own, the lead is the copy's day
        (
            "WARSAW, Nov 16 (Reuters) - Polish forces used water cannon on migrants.",
            "en",
            [date(2021, 11, 16)],
        ),
    ],
)
def test_a_wire_datelines_date_is_the_copys_not_a_second_happening(
    text: str, lang: str, days: list[date]
) -> None:
    events = passage_events(text, lang, "2021-11-16")
    assert list(events["date"]) == days, events[["date", "dated_by", "trigger"]]


def test_a_dated_first_line_that_is_no_wire_dateline_keeps_its_date() -> None:
    events = passage_events(
        "On Nov 15 (a Monday) Polish forces used water cannon on migrants.", "en", "2021-11-16"
    )
    assert list(events["date"]) == [date(2021, 11, 15)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Iraqi Airways suspended its flights, a source told Sputnik on Thursday. Earlier in "
            "the day, the EU ambassador said flights would stop.",
            "en",
        ),
        (
            "La compagnie a suspendu ses vols jeudi. Plus tôt dans la journée, l'ambassadeur de "
            "l'UE avait annoncé l'arrêt des vols.",
            "fr",
        ),
    ],
)
def test_earlier_in_the_day_is_the_day_the_story_tells(text: str, lang: str) -> None:
    events = passage_events(text, lang, "2021-08-06")
    assert set(events["date"]) == {date(2021, 8, 5)}, events[["date", "trigger"]]


def test_earlier_in_the_day_with_no_day_told_is_the_publication_day() -> None:
    events = passage_events(
        "Earlier in the day, Poland said the border was calm.", "en", "2021-08-06"
    )
    assert list(events["date"]) == [date(2021, 8, 6)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Poland had set up a no-access zone at the border, which expires on June 30, "
            "banning nonresidents from the area.",
            "en",
        ),
        ("L'état d'urgence, qui expire le 2 décembre, sera remplacé par une loi.", "fr"),
        ("Режим ЧП, который истекает 2 декабря, заменят законом.", "ru"),
    ],
)
def test_the_day_a_measure_expires_is_no_happening(text: str, lang: str) -> None:
    assert passage_events(text, lang, "2021-11-30").empty


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Poland extended the ban on entering the border zone by three months, until "
            "March 2, 2022, the ministry said.",
            "en",
        ),
        (
            "L’interdiction de visiter la zone frontalière a été prolongée en Pologne de trois "
            "mois, jusqu’en mars 2022, a indiqué le ministère.",
            "fr",
        ),
    ],
)
def test_a_lead_whose_only_date_is_a_bound_is_the_days_news(text: str, lang: str) -> None:
    events = passage_events(text, lang, "2021-12-01")
    # the bound makes no event, and the lead is the page's day (it had made none at all)
    assert list(events["date"]) == [date(2021, 12, 1)], events[["date", "trigger"]]


def test_a_first_dated_nothing_happened_formula_stays_no_lead() -> None:
    events = passage_events(
        "В пятницу не было иностранцев, которых сотрудники Службы охраны госграницы впустили "
        "бы в Литву из гуманитарных соображений.",
        "ru",
        None,
    )
    assert events.empty, events[["date", "dated_by"]]


def test_the_page_is_of_its_latest_weekday_just_after_its_latest_date() -> None:
    events = passage_events(
        "W środę prezydent Andrzej Duda skierował do Sejmu wniosek o przedłużenie stanu "
        "wyjątkowego.\n\nZ wnioskiem o przedłużenie stanu wyjątkowego 28 września wystąpiła "
        "Rada Ministrów.\n\nW czwartek wieczorem w Sejmie odbyła się debata nad wnioskiem, a "
        "po niej - głosowanie.",
        "pl",
        None,
    )
    debate = events[events["sentence"].str.startswith("W czwartek")]
    # the page is of Thursday 30 (it had been dated by its first weekday, Wednesday 29, and
    # the debate put a week back, on the 23rd)
    assert list(debate["date"]) == [date(2021, 9, 30)]
    assert list(events[events["sentence"].str.startswith("W środę")]["date"]) == [date(2021, 9, 29)]


def test_a_weekday_of_the_days_before_the_latest_date_does_not_move_the_page() -> None:
    events = passage_events(
        "On Friday, the flight landed in Erbil. On Monday, migrants gathered at the border. "
        "On Thursday, November 18, the first flight left Minsk.",
        "en",
        None,
    )
    # Friday the 19th is the page's day; the Monday before the 18th would be the 22nd
    monday = events[events["sentence"].str.startswith("On Monday")]
    assert list(monday["date"]) == [date(2021, 11, 15)], monday[["date", "date_reason"]]


def test_the_polish_officials_today_is_the_writers_day() -> None:
    events = passage_events(
        '"W niedzielę 14.11 odnotowano 118 prób nielegalnego przekroczenia granicy" – '
        "przekazała w poniedziałek rano Straż Graniczna.\n\nW dniu dzisiejszym, jak powiedział "
        "rzecznik policji, Białorusini dostarczyli imigrantom alkohol. Wczoraj były takie "
        "sygnały.",
        "pl",
        None,
    )
    # a "yesterday" no longer moves the page to Tuesday: it also says "today"
    assert set(events["published"]) == {date(2021, 11, 15)}
    alcohol = events[events["sentence"].str.startswith("W dniu dzisiejszym")]
    assert list(alcohol["date"]) == [date(2021, 11, 15)], alcohol[["date", "date_reason"]]


def test_a_lithuanian_informavo_is_a_statement() -> None:
    from crisis_timeline.event_types import classify_event_type

    text = "VSAT antradienį taip pat informavo apie Baltarusijos tarnybų melagienas."
    assert classify_event_type(text, "lt") == "statement"


def test_a_question_subheading_does_not_cut_the_story_it_asks_about() -> None:
    events = passage_events(
        "W czwartek wieczorem w Sejmie odbyła się debata nad wnioskiem, a po niej - "
        "głosowanie.\n\nJak głosowali posłowie?\n\nZa przyjęciem wniosku o przedłużenie stanu "
        "wyjątkowego przy granicy z Białorusią było 237 posłów. Przeciw zagłosowało 179, 31 "
        "wstrzymało się od głosu.",
        "pl",
        "2021-09-30",
    )
    votes = events[events["sentence"].str.contains("237|179")]
    assert list(votes["date"]) == [date(2021, 9, 30)] * 2, votes[["date", "sentence"]]
    assert not events["sentence"].str.startswith("Jak").any()  # the question is no event


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Głosowanie było w czwartek.\n\nJak głosowali posłowie?\n\nZa było 237.", True),
        # in its paragraph, or long: a question of the story, not a subheading
        ("Głosowanie było w czwartek. Jak głosowali posłowie? Za było 237.", False),
        (
            "Głosowanie było w czwartek.\n\nDlaczego tak wielu posłów głosowało przeciw "
            "przedłużeniu stanu wyjątkowego?\n\nZa było 237.",
            False,
        ),
    ],
)
def test_only_a_short_question_alone_on_its_line_is_a_subheading(text: str, heading: bool) -> None:
    from crisis_timeline.entities import load_gazetteer
    from crisis_timeline.sentence_units import sentence_units
    from tests.press_passages import passage_article

    units = sentence_units(passage_article(text, "pl", "2021-09-30"), load_gazetteer())
    (question,) = [u for u in units if u.sentence.text.rstrip().endswith("?")]
    assert question.is_heading is heading


def test_a_russian_past_verb_written_with_yo_is_past() -> None:
    from crisis_timeline.narration import pattern

    assert pattern("past", "ru").search("Совет Евросоюза ввёл пятый пакет санкций")


def test_a_topic_asked_as_a_subheading_still_starts_a_new_thread() -> None:
    events = passage_events(
        "Vendredi, le président biélorusse a affirmé que 150 personnes errent toujours le long "
        "de la frontière.\n\nComplot de Minsk?\n\nLes migrants se sont retrouvés bloqués à "
        "la frontière polonaise.",
        "fr",
        "2021-11-27",
    )
    assert not events["sentence"].str.startswith("Les migrants").any(), events[["date"]]


def test_a_month_line_page_telling_a_landmark_on_the_weekday_it_names_is_of_that_day() -> None:
    text = (
        " date 2021-11 W nocy nie było prób siłowego przekroczenia granicy w okolicach "
        "Kuźnicy.\n\nO 7:00 został zawieszony ruch graniczny na przejściu w Kuźnicy.\n\n"
        "W powiatach przy granicy będzie możliwa nauka zdalna - poinformował we wtorek "
        "minister edukacji Przemysław Czarnek."
    )
    article = passage_article(text, "pl", None)
    # the Kuźnica crossing closed on Tuesday 9 November: not the month's middle, weakly
    assert article.published == date(2021, 11, 9), article.published_reason
    assert not article.published_weak


def test_a_month_line_page_whose_weekday_is_not_the_landmarks_keeps_the_middle() -> None:
    text = (
        " date 2021-11 O 7:00 został zawieszony ruch graniczny na przejściu w Kuźnicy.\n\n"
        "Minister poinformował w czwartek o nauce zdalnej."
    )
    article = passage_article(text, "pl", None)
    assert article.published == date(2021, 11, 15) and article.published_weak


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "W poniedziałek migranci zebrali się przy granicy w Kuźnicy. Przed chwilą odbyła "
            "się rozmowa prezydenta i sekretarza generalnego NATO.",
            "pl",
        ),
        (
            "Lundi, des migrants se sont rassemblés à Kuźnica. Il y a quelques instants, la "
            "police polonaise a tiré des gaz lacrymogènes.",
            "fr",
        ),
        (
            "On Monday, migrants gathered at Kuźnica. Moments ago, Polish police fired tear gas "
            "at the crossing.",
            "en",
        ),
    ],
)
def test_a_live_pages_moments_ago_is_the_writers_day(text: str, lang: str) -> None:
    events = passage_events(text, lang, "2021-11-09")
    # the second sentence is the writer's Tuesday, not the story's Monday
    assert list(events["date"]) == [date(2021, 11, 8), date(2021, 11, 9)], events[["date"]]


def test_a_lithuanian_leaders_genitive_is_no_past_verb() -> None:
    from crisis_timeline.narration import pattern

    text = "Šalies vadovo teigimu, kovojant su migrantų antplūdžiu svarbūs trys žingsniai."
    assert not pattern("past", "lt").search(text)
    assert pattern("past", "lt").search("Pasieniečiai sulaikė 150 migrantų.")


@pytest.mark.parametrize(
    "text",
    [
        "По оценкам властей, на границе находится около 3 тысяч нелегалов, отмечает телеканал.",
        "Возле границы был слышен один выстрел.",
    ],
)
def test_russian_nouns_ending_like_a_past_verb_narrate_nothing(text: str) -> None:
    from crisis_timeline.narration import pattern

    assert not pattern("past", "ru").search(text.replace("был", "")), text


def test_where_a_polish_camp_lies_is_a_state_not_a_happening() -> None:
    events = passage_events(
        "W środę migranci zaczęli opuszczać obóz przy granicy. Obozowisko zlokalizowane "
        "zostało w pobliżu przejścia granicznego Bruzgi.",
        "pl",
        "2021-11-18",
    )
    assert not events["sentence"].str.startswith("Obozowisko").any(), events[["date"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Si les migrants parviennent à entrer en Pologne, certains d’entre eux sont "
            "détenus et envoyés dans des centres gardés.",
            "fr",
        ),
        ("If migrants manage to cross into Poland, some of them are detained by guards.", "en"),
    ],
)
def test_a_condition_goes_on_no_narrative(text: str, lang: str) -> None:
    events = passage_events(
        {
            "fr": "Lundi, des migrants ont tenté de franchir la frontière. ",
            "en": "On Monday, migrants tried to cross the border. ",
        }[lang]
        + text,
        lang,
        "2021-11-09",
    )
    assert len(events) == 1, events[["date", "sentence"]]


def test_a_reported_future_goes_on_no_narrative() -> None:
    events = passage_events(
        "On Monday, 171 migrants were detained at the border. The border service said the group "
        "will be placed in one of the detention centres.",
        "en",
        "2021-07-27",
    )
    assert len(events) == 1, events[["date", "sentence"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The EU has refused to recognise Lukashenko's re-election and in August Lithuania "
            "began pushing migrants back to Belarus.",
            "en",
        ),
        (
            "L'UE ne reconnaît pas la réélection de Loukachenko et en août la Lituanie a "
            "commencé à refouler les migrants.",
            "fr",
        ),
        (
            "On the anniversary of the election in August, the United States and Britain "
            "imposed new sanctions on Belarus.",
            "en",
        ),
        ("Лукашенко провёл пресс-конференцию 9 августа в годовщину выборов.", "ru"),
        (
            "Lithuania began pushing migrants back in August ahead of Germany's federal election.",
            "en",
        ),
    ],
)
def test_a_month_beside_another_clause_or_an_anniversary_keeps_its_year(
    text: str, lang: str
) -> None:
    dates = set(passage_events(text, lang, "2021-11-17")["date"])
    assert dates and all(d.year == 2021 for d in dates), dates


def test_a_lithuanian_day_with_its_abbreviation_is_the_elections() -> None:
    events = passage_events(
        "Po rugpjūčio 9 d. prezidento rinkimų Lukašenka paskelbė pergalę.", "lt", "2021-11-17"
    )
    assert date(2020, 8, 9) in set(events["date"]), events[["date", "date_reason"]]


# ---- the round's review: each passage reproduced a fault of the rules above ---------------


@pytest.mark.parametrize(
    ("text", "lang", "published", "days"),
    [
        # a copy republished days later keeps the copy's day when the lead tells none
        (
            "WARSAW, Nov 16 (Reuters) - Polish forces used water cannon against migrants at the "
            "Kuźnica crossing.",
            "en",
            "2021-11-18",
            [date(2021, 11, 16)],
        ),
        # below a headline, a place with its diacritics, two places, a Polish agency
        (
            "Poland uses water cannon on migrants\n\nWARSAW, Nov 16 (Reuters) - Polish forces "
            "used water cannon on migrants on Monday.",
            "en",
            "2021-11-16",
            [date(2021, 11, 15)],
        ),
        (
            "BIAŁYSTOK, Nov 16 (Reuters) - Polish forces used water cannon on Monday.",
            "en",
            "2021-11-16",
            [date(2021, 11, 15)],
        ),
        (
            "WARSAW/VILNIUS, Nov 16 (Reuters) - Polish forces used water cannon on Monday.",
            "en",
            "2021-11-16",
            [date(2021, 11, 15)],
        ),
        (
            "Warszawa, 16 listopada (PAP) - Policja użyła armatek wodnych w poniedziałek.",
            "pl",
            "2021-11-16",
            [date(2021, 11, 15)],
        ),
    ],
)
def test_review_wire_datelines(text: str, lang: str, published: str, days: list[date]) -> None:
    events = passage_events(text, lang, published)
    assert list(events["date"]) == days, events[["date", "dated_by", "trigger"]]


def test_review_a_chronology_line_keeps_its_date() -> None:
    events = passage_events(
        "Tuesday, Nov 16 - Polish forces used water cannon on migrants, a day after the clash "
        "on Monday.",
        "en",
        "2021-11-18",
    )
    assert date(2021, 11, 16) in set(events["date"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Around 2,000 migrants camped at the Kuźnica crossing until November 18.", "en"),
        ("Migranci koczowali przy przejściu w Kuźnicy do 18 listopada.", "pl"),
    ],
)
def test_review_a_past_states_bound_is_no_news_of_the_day(text: str, lang: str) -> None:
    assert passage_events(text, lang, "2021-11-25").empty


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Polish border guards reported 300 crossing attempts on Sunday. It was the largest "
            "group since the crisis began in August, the ministry said.",
            date(2021, 11, 21),
        ),
        (
            "It was the highest daily number since the state of emergency was declared on 2 "
            "September.",
            date(2021, 11, 22),
        ),
    ],
)
def test_review_a_since_clauses_own_verb_is_not_the_main_one(text: str, day: date) -> None:
    events = passage_events(text, "en", "2021-11-22")
    second = events[events["sentence"].str.startswith("It was")]
    assert day in set(second["date"]), second[["date", "dated_by"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "W poniedziałek UE uzgodniła nowe sankcje wobec Białorusi.\n\nCo się stało 8 "
            "listopada?\n\nTysiące migrantów przeszły pod przejście w Kuźnicy i rozbiły obóz.",
            "pl",
        ),
        (
            "Penktadienį pasieniečiai sulaikė 150 migrantų prie Medininkų.\n\nHumanitarinė "
            "krizė?\n\nPasieniečiai apgręžė dar 40 žmonių.",
            "lt",
        ),
    ],
)
def test_review_a_question_with_a_date_or_a_topic_starts_a_new_thread(text: str, lang: str) -> None:
    events = passage_events(text, lang, "2021-11-17")
    last = events[events["sentence"].str.startswith(("Tysiące", "Pasieniečiai apgręžė"))]
    # not the previous story's day (Monday the 15th, Friday the 12th)
    assert not set(last["date"]) & {date(2021, 11, 15), date(2021, 11, 12)}, last[["date"]]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("En Pologne, l'état d'urgence a expiré jeudi à minuit.", "fr"),
        ("In Poland, the state of emergency expired on Thursday at midnight.", "en"),
    ],
)
def test_review_a_measure_that_expired_is_a_happening_one_that_expires_is_not(
    text: str, lang: str
) -> None:
    # the written set's "l'état d'urgence a expiré mardi à minuit" is an event; a day ahead
    # ("which expires on June 30") is a bound
    assert date(2021, 12, 2) in set(passage_events(text, lang, "2021-12-05")["date"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            " date 2022-06 W czwartek kończą się prace przy budowie bariery fizycznej na "
            "granicy z Białorusią.",
            "pl",
        ),
        ("Poland completed the steel wall on its border with Belarus on Thursday.", "en"),
    ],
)
def test_the_finished_wall_is_a_known_day_of_the_crisis(text: str, lang: str) -> None:
    article = passage_article(text, lang, None)
    assert article.published == date(2022, 6, 30), article.published_reason


# ---- the round's second review ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Lukashenko's re-election was not recognised by the EU. In August Lithuania began "
            "pushing migrants back to Belarus.",
            "en",
        ),
        (
            "Итоги президентских выборов в Беларуси не признал ЕС. В августе Литва начала "
            "выдворять мигрантов.",
            "ru",
        ),
        (
            "Lukashenko claimed a sixth term in the election of 2020. In August Lithuania began "
            "pushing migrants back to Belarus.",
            "en",
        ),
        (
            "In August Lukashenko marked a year since his disputed re-election with a marathon "
            "press conference.",
            "en",
        ),
    ],
)
def test_review2_the_next_sentences_august_is_the_writers(text: str, lang: str) -> None:
    dates = set(passage_events(text, lang, "2021-11-17")["date"])
    assert date(2021, 8, 1) in dates and date(2020, 8, 1) not in dates, dates


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The EU imposed sanctions on Minsk after the rigged presidential election and the "
            "brutal crackdown on protesters in August.",
            "en",
        ),
        (
            "UE nałożyła sankcje na Mińsk po sfałszowanych wyborach prezydenckich i brutalnym "
            "stłumieniu protestów w sierpniu.",
            "pl",
        ),
    ],
)
def test_review2_and_joining_two_nouns_keeps_the_elections_clause(text: str, lang: str) -> None:
    assert date(2020, 8, 1) in set(passage_events(text, lang, "2021-11-17")["date"])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On Thursday, Poland's interior minister Mariusz Kamiński said the wall on the border "
            "with Belarus would be completed by the end of June.",
            "en",
        ),
        (
            "The wall on the border with Belarus is not yet finished, Polish officials admitted "
            "on Thursday.",
            "en",
        ),
        (
            "W czwartek szef MSWiA Mariusz Kamiński zapowiedział, że zapora na granicy z "
            "Białorusią będzie gotowa do końca czerwca.",
            "pl",
        ),
    ],
)
def test_review2_a_wall_planned_or_not_finished_is_no_known_day(text: str, lang: str) -> None:
    assert passage_article(text, lang, None).published is None


def test_review2_days_counted_back_from_a_planned_date_keep_their_anchor() -> None:
    events = passage_events(
        "The new EU sanctions against Belarus will be formally adopted on Thursday, December 2. "
        "EU ambassadors agreed on the package two days earlier.",
        "en",
        "2021-12-01",
    )
    assert date(2021, 11, 30) in set(events["date"]), events[["date", "date_reason"]]


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "W poniedziałek straż graniczna zatrzymała grupę migrantów koło Kuźnicy. Jeśli "
            "chodzi o Litwę, tamtejsi pogranicznicy zawrócili kilkadziesiąt osób do Białorusi.",
            "pl",
            date(2021, 11, 15),
        ),
        (
            "Jeudi, l'armée polonaise a évacué le camp de Kuźnica. Si la plupart des migrants ont "
            "été transférés dans un entrepôt, les gardes-frontières ont arrêté plusieurs "
            "personnes près de Bruzgi.",
            "fr",
            date(2021, 11, 18),
        ),
    ],
)
def test_review2_as_for_and_a_concessive_if_go_on_with_the_story(
    text: str, lang: str, day: date
) -> None:
    events = passage_events(text, lang, "2021-11-19" if lang == "fr" else "2021-11-17")
    assert len(events) == 2 and set(events["date"]) == {day}, events[["date", "sentence"]]


def test_review2_a_since_date_in_the_lead_leaves_the_copys_day() -> None:
    events = passage_events(
        "Warszawa, 16 listopada (PAP) - Policja użyła armatek wodnych wobec migrantów, którzy "
        "od 8 listopada koczują przy przejściu w Kuźnicy.",
        "pl",
        "2021-11-18",
    )
    assert date(2021, 11, 16) in set(events["date"]), events[["date", "trigger"]]


def test_review2_a_lithuanian_bns_dateline_is_the_copys() -> None:
    events = passage_events(
        "Vilnius, lapkričio 16 d. (BNS) – Pasieniečiai pirmadienį sulaikė 40 migrantų.",
        "lt",
        "2021-11-17",
    )
    assert list(events["date"]) == [date(2021, 11, 15)], events[["date", "trigger"]]


@pytest.mark.parametrize(
    "text",
    [
        "The largest group of migrants since the summer crossed into Poland on Sunday.",
        "The first repatriation flight since the border crisis left Minsk on Sunday.",
    ],
)
def test_review2_a_since_noun_phrase_then_the_main_verb(text: str) -> None:
    assert list(passage_events(text, "en", "2021-11-22")["date"]) == [date(2021, 11, 21)]


def test_review2_russian_nouns_in_other_cases_are_no_past_verbs() -> None:
    from crisis_timeline.narration import pattern

    for text in (
        "По данным телеканала, на границе",
        "По словам генерала, ситуация",
        "сообщает портал",
    ):
        assert not pattern("past", "ru").search(text), text


def test_review2_the_noun_will_and_a_group_found_by_a_patrol() -> None:
    events = passage_events(
        "On Monday, Lukashenko visited the migrant camp near Bruzgi. He said Belarus lacked the "
        "political will to stop them.",
        "en",
        "2021-11-17",
    )
    assert len(events) == 2, events[["date", "sentence"]]
    events = passage_events(
        "W środę straż graniczna zatrzymała grupę migrantów koło Kuźnicy. Dwie kolejne grupy "
        "cudzoziemców zostały zlokalizowane przez patrol w pobliżu Białowieży.",
        "pl",
        "2021-11-18",
    )
    assert len(events) == 2, events[["date", "sentence"]]


def test_review2_french_question_words_end_on_a_word() -> None:
    from crisis_timeline.narration import pattern

    for text in ("Questions sur la frontière?", "Quinze migrants?", "Commentaires?"):
        assert not pattern("question_words", "fr").search(text), text
    assert pattern("question_words", "fr").search("Qu'ont fait les gardes ?")


def test_a_line_ending_in_a_photo_credit_is_a_caption() -> None:
    text = (
        "Roughly 600 Iraqis to be flown home\n\nMigrants arrive in Erbil on a repatriation flight "
        "on Nov. 19, 2021. (Photo: Kurdistan 24)\n\nBaghdad announced on Thursday that 600 "
        "citizens would be repatriated."
    )
    article = passage_article(text, "en", None)
    start = article.cleaned_text.index("Nov. 19")
    assert article.is_caption(*article.to_original(start, start + 7))
