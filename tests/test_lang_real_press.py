"""Polish, Russian and Lithuanian error classes found on real press (issue 17).

Each passage is written for this test (our own words, invented details); it reproduces one
class of error the real-press set showed (benchmarks/real/README.md): a Lithuanian date
written year first ("2021 m. lapkričio 8 d.", "2021 12 04"), "a month ago" with the number
left out, Polish weekday adjectives, "od"/"nuo" meaning "since", and the event cues
(plain reporting verbs, Russian flights, "as reported earlier").
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.articles import SourceMeta, parse_article
from crisis_timeline.event_frames import events_frame
from crisis_timeline.events import extract_article_events
from crisis_timeline.publication import resolve_publication_dates
from crisis_timeline.temporal import tag


def _only(text: str, lang: str, dct: date | None) -> tuple[str, str | None, str]:
    """The one expression of a passage: (its text, its value, its precision)."""
    found = tag(text, dct, lang, references=False)
    assert len(found) == 1, [e.text for e in found]
    return found[0].text, found[0].value, found[0].precision


# --- Lithuanian year-first dates ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "value", "precision"),
    [
        # A month after "YYYY m.": it was read as a bare year, or not at all.
        ("Pasitarimas dėl tvoros vyko 2021 m. rugsėjo mėnesį.", "2021 m. rugsėjo", "2021-09",
         "month"),
        ("Pirmieji keleiviai atvyko 2021 m. birželį.", "2021 m. birželį", "2021-06", "month"),
        # A day: the year is the text's, not the publication's (a 2022 article).
        ("Komisija posėdžiavo 2021 m. gruodžio 3 d. Kaune.", "2021 m. gruodžio 3 d", "2021-12-03",
         "day"),
        # A page date printed year first with spaces or dots.
        ("2021 10 05\n\nPasieniečiai apgręžė grupę.", "2021 10 05", "2021-10-05", "day"),
        ("Atnaujinta 2021.10.05 14:20", "2021.10.05 14:20", "2021-10-05T14:20", "day"),
    ],
)  # fmt: skip
def test_lithuanian_year_first_dates(text, span, value, precision):
    assert _only(text, "lt", date(2022, 3, 1)) == (span, value, precision)


def test_a_year_then_a_count_is_not_a_year_first_date():
    # "2021 m." alone is a year; "12 05" after it are counts, not a month and day.
    assert tag("Per 2021 m. 12 05 migrantai", date(2022, 3, 1), "lt", references=False)[0].text == (
        "2021"
    )


def test_english_does_not_read_year_first_numbers():
    # Only a language that lists year-first separators reads them.
    found = tag("In 2021 12 04 people were stopped.", date(2021, 12, 4), "en")
    assert "2021-12-04" not in [e.value for e in found]


# --- "a month ago" with the number left out --------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "span", "value", "precision"),
    [
        ("pl", "Ministrowie rozmawiali miesiąc temu w Warszawie.", "miesiąc temu", "2021-11",
         "month"),
        ("pl", "Obóz zlikwidowano tydzień temu.", "tydzień temu", "2021-W48", "week"),
        ("ru", "Переговоры прошли месяц назад.", "месяц назад", "2021-11", "month"),
        ("ru", "Колонна ушла неделю назад.", "неделю назад", "2021-W48", "week"),
        ("lt", "Prieš mėnesį ministrė lankėsi Medininkuose.", "Prieš mėnesį", "2021-11", "month"),
        ("lt", "Tvora pradėta statyti prieš savaitę.", "prieš savaitę", "2021-W48", "week"),
    ],
)  # fmt: skip
def test_a_unit_ago_without_a_number(lang, text, span, value, precision):
    # Published Friday 10 December 2021: the previous month, the previous calendar week.
    assert _only(text, lang, date(2021, 12, 10)) == (span, value, precision)


def test_a_few_weeks_ago_stays_vague():
    assert tag("Kilka tygodni temu rząd przyjął ustawę.", date(2021, 12, 10), "pl") == []


# --- Polish weekday adjectives; "od" / "nuo" as "since" ------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # Published Thursday 18 November 2021.
        ("pl", "Od wtorkowego wieczoru strażnicy liczą kolejne próby.", "2021-11-16TEV"),
        ("pl", "W sobotnie popołudnie pod płotem stało kilkaset osób.", "2021-11-13"),
        # "od" + present: since the latest such day (it was read as the next one).
        ("pl", "Grupa czeka przy płocie od poniedziałku.", "2021-11-15"),
        ("lt", "Kariai budi prie užtvaros nuo antradienio.", "2021-11-16"),
        # A start ahead takes a future.
        ("pl", "Od poniedziałku będą obowiązywać nowe przepisy.", "2021-11-22"),
    ],
)
def test_weekday_adjectives_and_since(lang, text, value):
    found = tag(text, date(2021, 11, 18), lang, references=False)
    assert [e.value for e in found] == [value]


# --- event cues ------------------------------------------------------------------------------


def _events(text: str, lang: str, published: str):
    meta = SourceMeta(file="t01_test.txt", outlet="Test Wire", published=published, language=lang)
    article = resolve_publication_dates([parse_article("t01_test.txt", text.encode(), meta)])[0]
    return events_frame(extract_article_events(article))


@pytest.mark.parametrize(
    ("lang", "text", "words", "day", "event_type"),
    [
        # A dated plain reporting verb is the day's statement (no actor the gazetteer knows).
        ("pl", "Granica nadal zamknięta.\n\nW środę rano resort zdrowia opublikował komunikat "
               "o szpitalach.", "resort zdrowia opublikował", date(2021, 11, 17), "statement"),
        ("lt", "Padėtis rami.\n\nŠeštadienį ministrė žurnalistams sakė, kad planų nekeis.",
         "ministrė žurnalistams sakė", date(2021, 11, 13), "statement"),
        # A flight ("рейс") is a repatriation, and its sentence an event.
        ("ru", "Ситуация остается напряженной.\n\nПо словам чиновника, очередной рейс будет в "
               "субботу, 20 ноября.", "очередной рейс будет", date(2021, 11, 20), "repatriation"),
    ],
)  # fmt: skip
def test_event_cues(lang, text, words, day, event_type):
    frame = _events(text, lang, "2021-11-18")
    rows = frame[frame["sentence"].str.contains(words, regex=False)]
    assert len(rows) == 1
    assert rows.iloc[0]["date"] == day
    assert rows.iloc[0]["event_type"] == event_type


def test_russian_source_line_and_earlier_report_are_not_the_story_day():
    text = (
        "В четверг у пункта пропуска собрались около тысячи человек. Пограничники закрыли "
        "проезд. Об этом сообщил телеграм-канал ведомства.\n\n"
        "Как сообщалось ранее, министр приехал на границу. Он осмотрел палаточный лагерь."
    )
    frame = _events(text, "ru", "2021-11-19")
    dated = frame[frame["date"].notna()]
    assert not dated["sentence"].str.contains("Об этом сообщил", regex=False).any()
    assert not dated["sentence"].str.contains("Он осмотрел", regex=False).any()
    assert dated["sentence"].str.contains("собрались около тысячи", regex=False).any()


# --- residual fixes (issue 17): plans, cut-off endings, unstated times ------------------------


def test_a_past_modal_plan_is_not_a_happening():
    # "miał spotkać się" (was to meet): a plan or hearsay, not the visit's next happening.
    text = (
        "Wizyta w ośrodku\n\nW czwartek 25 listopada Łukaszenka odwiedził ośrodek dla migrantów "
        "przy granicy z Polską. Prezydent miał tam m.in. spotkać się z lekarzami oraz obejrzeć "
        "magazyn z żywnością."
    )
    frame = _events(text, "pl", "2021-11-26")
    assert frame["sentence"].str.contains("odwiedził ośrodek", regex=False).any()
    assert not frame["sentence"].str.contains("miał tam", regex=False).any()


def test_a_proposal_to_act_from_a_date_keeps_its_year_and_the_approval():
    # "pritarė siūlymui įvesti ... nuo lapkričio 10 d." the day after publication: the start
    # lies ahead (it was read as past, 2020); the approval is the lead, on the publication day.
    text = (
        "Nepaprastoji padėtis\n\nReaguodama į įtampą pasienyje su Baltarusija, Vyriausybė pritarė "
        "ministerijos siūlymui įvesti nepaprastąją padėtį nuo lapkričio 10 d."
    )
    frame = _events(text, "lt", "2021-11-09")
    assert sorted(frame["date"]) == [date(2021, 11, 9), date(2021, 11, 10)]


def test_a_cut_off_last_line_is_a_sentence_not_a_heading():
    text = (
        "Пограничники заявили, что лагерь у границы с Польшей опустел.\n\n"
        "Накануне, 18 ноября, более 400 человек улетели из Минска первым эвакуационным рейсом"
    )
    frame = _events(text, "ru", "2021-11-19")
    rows = frame[frame["sentence"].str.contains("улетели из Минска", regex=False)]
    assert list(rows["date"]) == [date(2021, 11, 18)]


def test_an_unstated_time_only_in_a_relative_clause_leaves_the_lead_dated():
    # "jakie powstało w ostatnich dniach" dates the camp, not the ministry's video; "kilka dni
    # temu" (a few days ago) in a main clause is an unstated time: no event on the story's day.
    text = (
        "Resort spraw wewnętrznych opublikował nagranie z obozowiska, jakie powstało w ostatnich "
        "dniach przy granicy.\n\nPrzebywało tam jeszcze kilka dni temu ok. 300 osób, z których "
        "część odleciała do Iraku."
    )
    frame = _events(text, "pl", "2021-11-12")
    assert list(frame["sentence"].str.startswith("Resort")) == [True]
    assert frame.iloc[0]["date"] == date(2021, 11, 12)
