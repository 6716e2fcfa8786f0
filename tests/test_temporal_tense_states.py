"""A present passive or state is not a past; a pronominal passé composé is (issue 16).

"Le couvre-feu est maintenu", "the curfew is kept", "remains in force", "obowiązuje" say how
things stand: no direction of their own, so a clock time under them is not dated, and a
farther verb does not decide for them. "Se sont éteintes", "s'est assise" are passés
composés whatever the participle. A clock time that is a rule's hour ("curfew at 18:00",
"closes at 9 p.m. every day") never dates an event. Passages are written for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.temporal import tag
from crisis_timeline.temporal_grammar import grammar
from crisis_timeline.temporal_tense import ClauseTense

DCT = date(2021, 11, 16)


def _tense_at(text: str, lang: str, written: str):
    start = text.index(written)
    return ClauseTense(text, text.lower(), grammar(lang)).governing(start, start + len(written))


def _values(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in tag(text, DCT, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "written", "cue"),
    [
        ("fr", "La fermeture du poste à 20 heures est maintenue pour l'instant.", "20 heures",
         "est maintenue"),
        ("fr", "L'état d'urgence à la frontière reste en vigueur depuis 22 heures.", "22 heures",
         "reste en vigueur"),
        ("en", "The ban on gatherings at 8 p.m. is kept by the governor.", "8 p.m.", "is kept"),
        ("en", "The 9 p.m. closure remains in force along the border.", "9 p.m.",
         "remains in force"),
        ("pl", "Zakaz wstępu od 20:00 obowiązuje w całym powiecie.", "20:00", "obowiązuje"),
        ("ru", "Запрет на въезд после 20:00 действует в районе.", "20:00", "действует"),
        ("lt", "Draudimas po 20:00 galioja visame rajone.", "20:00", "galioja"),
    ],
)  # fmt: skip
def test_a_present_state_is_not_a_past(lang, text, written, cue) -> None:
    tense = _tense_at(text, lang, written)
    assert tense.mode not in ("past", "future", "reported")
    assert tense.cue == cue
    assert tense.label == "present state"
    assert [v for v in _values(text, lang) if v[0] == written] == []


def test_a_state_keeps_a_farther_past_from_deciding() -> None:
    # The participle "annoncée" is farther from "20 heures" than "est maintenue" is.
    text = "La fermeture du poste à 20 heures est maintenue, annoncée par le préfet."
    assert _tense_at(text, "fr", "20 heures").cue == "est maintenue"
    assert _values(text, "fr") == []


def test_a_verb_with_etre_is_still_a_past() -> None:
    text = "Le convoi est reparti à 15h10 vers la capitale."
    assert _tense_at(text, "fr", "15h10").mode == "past"
    assert _values(text, "fr") == [("15h10", "2021-11-16T15:10")]


def test_a_state_still_takes_a_target_or_an_open_end() -> None:
    assert _values("Le rassemblement est maintenu pour samedi.", "fr") == [("samedi", "2021-11-20")]
    assert _values("The crossing is closed until Sunday.", "en") == [("Sunday", "2021-11-21")]


@pytest.mark.parametrize(
    ("text", "written", "cue"),
    [
        ("Les réverbères se sont éteints à 21h05 dans le village.", "21h05",
         "se sont éteints"),
        ("Tous les écrans se sont éteints d'un coup à 21h05.", "21h05", "se sont éteints"),
        ("La ministre s'est assise à 9h40 face aux élus.", "9h40", "s'est assise"),
        ("Deux accidents se sont produits à 7h15 sur la route.", "7h15",
         "se sont produits"),
        ("Les portes du centre se sont ouvertes à 8h00 ce matin-là.", "8h00",
         "se sont ouvertes"),
        ("Les manifestants s'y sont rendus à 16h30.", "16h30", "s'y sont rendus"),
    ],
)  # fmt: skip
def test_a_pronominal_passe_compose_is_past(text, written, cue) -> None:
    tense = _tense_at(text, "fr", written)
    assert (tense.mode, tense.cue) == ("past", cue)
    hour = written.replace("h", ":").zfill(5)
    assert [v for v in _values(text, "fr") if v[0] == written] == [(written, f"2021-11-16T{hour}")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le couvre-feu de 19 heures, voté la veille par le conseil, a surpris."),
        ("en", "A curfew from 9 p.m. to 5 a.m. was announced by the mayor."),
        ("en", "Residents were angry about the 7 p.m. curfew imposed in the town."),
        ("en", "The market stayed busy and closed at 4 p.m. every day that week."),
        ("fr", "Le bureau de vote fermait ses portes à 19 heures tous les soirs."),
        ("pl", "Wprowadzono godzinę policyjną od 21:00 do 5:00."),
        ("ru", "Ввели комендантский час с 21:00 в приграничных районах."),
    ],
)  # fmt: skip
def test_a_rule_hour_is_not_an_event_time(lang, text) -> None:
    assert [e for e in tag(text, DCT, lang) if e.time_of_day and e.time_of_day[0].isdigit()] == []


@pytest.mark.parametrize(
    ("lang", "text", "written", "value"),
    [
        ("en", "The curfew started at 9 p.m. and the streets emptied.", "9 p.m.",
         "2021-11-16T21:00"),
        ("fr", "Le couvre-feu est entré en vigueur à 19 heures.", "19 heures",
         "2021-11-16T19:00"),
    ],
)  # fmt: skip
def test_a_rule_that_happens_at_an_hour_is_dated(lang, text, written, value) -> None:
    # A verb between the noun and the hour: the hour is when the rule began, a happening.
    assert (written, value) in _values(text, lang)


def test_a_state_gives_way_to_a_cue_that_reads_further() -> None:
    # "are also expected" looks like a present passive, but "expected to" looks forward.
    text = "Delegates, who gather in Vienna on Thursday, are also expected to sign the text."
    tense = _tense_at(text, "en", "Thursday")
    assert (tense.mode, tense.cue) == ("reported", "expected to")
