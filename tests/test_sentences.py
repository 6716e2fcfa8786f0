"""Sentence segmentation: abbreviations, decimals, quotes and the seeds' line breaks."""

from __future__ import annotations

import re

import pytest

from crisis_timeline.sentences import Sentence, split_sentences
from crisis_timeline.settings import SEEDS_DIR

# (lang, text, expected sentence texts)
CASES = [
    # abbreviations
    (
        "en",
        "Gen. Valery Gerasimov met Mr. Smith on Nov. 14. They talked.",
        ["Gen. Valery Gerasimov met Mr. Smith on Nov. 14.", "They talked."],
    ),
    (
        "en",
        "It happened in St. Petersburg. Lt. Col. Smith confirmed it.",
        ["It happened in St. Petersburg.", "Lt. Col. Smith confirmed it."],
    ),
    (
        "en",
        "Dr. Mijatovic arrived. Mr. Johnson spoke.",
        ["Dr. Mijatovic arrived.", "Mr. Johnson spoke."],
    ),
    (
        "en",
        "The U.S. State Department agreed. It said so.",
        ["The U.S. State Department agreed.", "It said so."],
    ),
    (
        "en",
        "He moved to the U.S. The move was quick.",
        ["He moved to the U.S.", "The move was quick."],
    ),
    (
        "en",
        "Items, e.g. tents, arrived. No. 5 was missing.",
        ["Items, e.g. tents, arrived.", "No. 5 was missing."],
    ),
    (
        "en",
        "He was asked. No. The answer came later.",
        ["He was asked.", "No.", "The answer came later."],
    ),
    (
        "en",
        "Josep Borrell said so. J. Borrell agreed.",
        ["Josep Borrell said so.", "J. Borrell agreed."],
    ),
    (
        "fr",
        "M. Macron a appelé M. Poutine. Il a parlé.",
        ["M. Macron a appelé M. Poutine.", "Il a parlé."],
    ),
    (
        "fr",
        "MM. Macron et Poutine se sont parlé. Mme Merkel aussi.",
        ["MM. Macron et Poutine se sont parlé.", "Mme Merkel aussi."],
    ),
    (
        "fr",
        "César est mort en 44 av. J.-C. à Rome. Il avait 55 ans.",
        ["César est mort en 44 av. J.-C. à Rome.", "Il avait 55 ans."],
    ),
    (
        "fr",
        "Il naquit en 100 av. J.-C. Il mourut jeune.",
        ["Il naquit en 100 av. J.-C.", "Il mourut jeune."],
    ),
    (
        "fr",
        "La conférence du 12 nov. 2021 a eu lieu. Puis rien.",
        ["La conférence du 12 nov. 2021 a eu lieu.", "Puis rien."],
    ),
    # decimals
    ("en", "Growth was 1.5 percent. Prices rose.", ["Growth was 1.5 percent.", "Prices rose."]),
    (
        "fr",
        "La croissance est de 1,5 %. Les prix montent.",
        ["La croissance est de 1,5 %.", "Les prix montent."],
    ),
    # ellipses, lowercase after a full stop
    (
        "en",
        "“We... condemn the actions,” read the statement. It was signed.",
        ["“We... condemn the actions,” read the statement.", "It was signed."],
    ),
    (
        "en",
        "“We haven’t washed for eight days… we’re cold”, the man said. He left.",
        ["“We haven’t washed for eight days… we’re cold”, the man said.", "He left."],
    ),
    ("en", "Already have an account? sign in", ["Already have an account? sign in"]),
    ("en", "Is it over? Yes. It is.", ["Is it over?", "Yes.", "It is."]),
    # quotes
    (
        "en",
        "A statement said that “it will yield results in the coming days”. Putin agreed.",
        ["A statement said that “it will yield results in the coming days”.", "Putin agreed."],
    ),
    (
        "en",
        "“Neighbours! Belarusians! Come to your senses!” the voice said. Guards waited.",
        ["“Neighbours! Belarusians! Come to your senses!” the voice said.", "Guards waited."],
    ),
    (
        "en",
        "“We want the world to see us,” one man said. “We are stuck.”",
        ["“We want the world to see us,” one man said.", "“We are stuck.”"],
    ),
    ("en", 'He said: "It must end." Then he left.', ['He said: "It must end."', "Then he left."]),
    (
        "en",
        '"It must end. People are not weapons," Borrell said.',
        ['"It must end. People are not weapons," Borrell said.'],
    ),
    (
        "fr",
        "Il a dit : « Nous partons. Nous revenons. » Puis il est parti.",
        ["Il a dit : « Nous partons. Nous revenons. »", "Puis il est parti."],
    ),
    (
        "fr",
        "« Les présidents ont confirmé leur accord » , a indiqué l’Élysée. Minsk a démenti.",
        ["« Les présidents ont confirmé leur accord » , a indiqué l’Élysée.", "Minsk a démenti."],
    ),
    (
        "fr",
        "«aide aux personnes bloquées. à la frontière. poursuivre les actions» , indique le "
        "communiqué. Macron a insisté.",
        [
            "«aide aux personnes bloquées. à la frontière. poursuivre les actions» , indique le "
            "communiqué.",
            "Macron a insisté.",
        ],
    ),
    # line structure
    (
        "en",
        "Amanda Coakley\nIn Poland\nMonday 15 November 2021 20:32\n‘Please save us’: Refugees",
        [
            "Amanda Coakley",
            "In Poland",
            "Monday 15 November 2021 20:32",
            "‘Please save us’: Refugees",
        ],
    ),
    (
        "en",
        "FRANCE - RUSSIA\n\nMacron, Putin agree\n\nFrench President Macron spoke.",
        ["FRANCE - RUSSIA", "Macron, Putin agree", "French President Macron spoke."],
    ),
    ("en", "The talks lasted\naround 50 minutes.", ["The talks lasted\naround 50 minutes."]),
    ("en", "It ended.\nThen it began.", ["It ended.", "Then it began."]),
    ("en", "Said Gen.\nGerasimov.", ["Said Gen.\nGerasimov."]),
    # a spokesperson's rank does not end the sentence
    (
        "pl",
        "Jak informowała ppr. Michalska, grupę znaleziono rano. Akcja trwała.",
        ["Jak informowała ppr. Michalska, grupę znaleziono rano.", "Akcja trwała."],
    ),
    (
        "pl",
        "Rzecznik st. sierż. Jan Kowalski potwierdził to. Nic więcej.",
        ["Rzecznik st. sierż. Jan Kowalski potwierdził to.", "Nic więcej."],
    ),
    # a lowercase abbreviation closing a line (a photo credit, a date) ends its sentence
    (
        "lt",
        "Migrantai iškeliami į centrą / V. Balkūno / 15min nuotr.\nTrečiadienį neįleista 76.",
        ["Migrantai iškeliami į centrą / V. Balkūno / 15min nuotr.", "Trečiadienį neįleista 76."],
    ),
    (
        "lt",
        "Sprendimas priimtas spalio 28 d.\nPenktadienį neįleista 55.",
        ["Sprendimas priimtas spalio 28 d.", "Penktadienį neįleista 55."],
    ),
    ("en", "No punctuation here\n\nnor here", ["No punctuation here", "nor here"]),
    (
        "en",
        "Crowds gathered at the crossing,\nThe guards watched.",
        ["Crowds gathered at the crossing,\nThe guards watched."],
    ),
    ("en", "  \u00a0Padded sentence.\u00a0 \n\n", ["Padded sentence."]),
    ("en", "", []),
    ("en", "- tents for the camp\n- food and water", ["- tents for the camp", "- food and water"]),
    (
        "en",
        "1. Macron called Putin.\n2. Putin called Lukashenko.",
        ["1. Macron called Putin.", "2. Putin called Lukashenko."],
    ),
    (
        "en",
        "It was annexed in 2014. 50 people died.",
        ["It was annexed in 2014.", "50 people died."],
    ),
    (
        "fr",
        "L’EST DE L’UKRAINE\nLe président français a parlé.",
        ["L’EST DE L’UKRAINE", "Le président français a parlé."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_split(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert [s.text for s in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_hard_wrapped_prose_is_running_text() -> None:
    text = (
        "The European commissioner for human rights, Dunja Mijatovic, arrived in\n"
        "Poland on Monday as part of a four-day visit to investigate the situation\n"
        "on the border. Poland has come under sharp criticism for imposing a state\n"
        "of Emergency along its eastern frontier, which prevents NGOs from entering."
    )
    assert [s.text.replace("\n", " ") for s in split_sentences(text, "en")] == [
        "The European commissioner for human rights, Dunja Mijatovic, arrived in Poland on "
        "Monday as part of a four-day visit to investigate the situation on the border.",
        "Poland has come under sharp criticism for imposing a state of Emergency along its "
        "eastern frontier, which prevents NGOs from entering.",
    ]


def test_unknown_language_uses_all_tables() -> None:
    assert [s.text for s in split_sentences("M. Macron i Gen. Gerasimov. Tak.", "pl")] == [
        "M. Macron i Gen. Gerasimov.",
        "Tak.",
    ]


def test_sentence_is_frozen() -> None:
    sentence = Sentence(0, 3, "Yes")
    with pytest.raises(AttributeError):
        sentence.start = 1  # type: ignore[misc]


SEED_LANGS = {"000": "en", "001": "en", "002": "en", "003": "fr", "004": "fr"}
SEED_COUNTS = {"000": 55, "001": 44, "002": 31, "003": 9, "004": 11}
ABBREVIATION_AT_END = re.compile(r"(?<!\w)(?:M|MM|Mr|Dr|Gen|Nov|Dec|St|Lt|Col|No|[A-Z])\.$")


def _seed(prefix: str) -> str:
    (path,) = SEEDS_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix", sorted(SEED_LANGS))
def test_seed_offsets_and_counts(prefix: str) -> None:
    text = _seed(prefix)
    sentences = split_sentences(text, SEED_LANGS[prefix])
    assert len(sentences) == SEED_COUNTS[prefix]
    previous_end = 0
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert not ABBREVIATION_AT_END.search(sentence.text)
        assert "\n\n" not in sentence.text


def _texts(prefix: str) -> list[str]:
    return [s.text for s in split_sentences(_seed(prefix), SEED_LANGS[prefix])]


def test_seed_000_header_lines_are_sentences() -> None:
    texts = _texts("000")
    assert texts[:6] == [
        "Macron and Putin call for a ‘de-escalation’ of Belarus border tensions",
        "The French and Russian leaders spoke for almost two hours on the phone",
        "Amanda Coakley",
        "In Poland",
        "Monday 15 November 2021 20:32",
        "‘Please save us’: Refugees face death at Poland-Belarus border",
    ]


def test_seed_000_paragraph_of_four_sentences() -> None:
    texts = _texts("000")
    start = texts.index("The post said the talks lasted around 50 minutes.")
    assert texts[start : start + 4] == [
        "The post said the talks lasted around 50 minutes.",
        "The leaders discussed the refugee crisis at the border and ways to provide "
        "humanitarian aid.",
        "They also spoke about measures to prevent the crisis from escalating.",
        "They have agreed to further contacts, the report added.",
    ]
    assert texts[start + 4].startswith("The talks were the first contact")


def test_seed_000_quotes_stay_with_their_speakers() -> None:
    texts = _texts("000")
    assert (
        "“Neighbours! Belarusians! We ask you: come to your senses!” the voice over the "
        "speakers said." in texts
    )
    assert "“We want the world to see us,” one man told The Independent." in texts
    assert "“We have been stuck in a jungle in the forest.”" in texts
    assert any(t.endswith("in the coming days”.") for t in texts)
    assert any(t.startswith("“We... condemn the actions") for t in texts)


def test_seed_001_tweet_and_quote() -> None:
    texts = _texts("001")
    assert "- Josep Borrell Fontelles (@JosepBorrellF) November 14, 2021" in texts
    assert "Russia withdraws" in texts
    assert any(
        t.startswith('"Lukashenko was wrong. He believed') and t.endswith("du Dimanche.")
        for t in texts
    )


def test_seed_002_headlines_and_caption() -> None:
    texts = _texts("002")
    assert texts[:3] == [
        "Skip to main content",
        "FRANCE - RUSSIA",
        "Macron, Putin agree on 'de-escalation' of Belarus migrant crisis",
    ]
    assert "Advertising" in texts
    assert "Moscow annexed Ukraine's Crimea peninsula in 2014." in texts
    assert "Share :" in texts and "Page not found" in texts


def test_seed_003_one_paragraph_per_line() -> None:
    texts = _texts("003")
    quote = [t for t in texts if t.startswith("«S’agissant")]
    assert len(quote) == 1
    assert "bloquées. à la frontière. poursuivre" in quote[0]
    assert quote[0].endswith("indique le communiqué de l’Élysée.")
    assert texts[5].endswith("Minsk a été accusée de créer une crise migratoire.")
    assert texts[6] == (
        "Minsk a déclaré qu’ils n’étaient pas les organisateurs de la crise migratoire."
    )


def test_seed_004_headline_and_trailer() -> None:
    texts = _texts("004")
    assert "L’EST DE L’UKRAINE" in texts
    assert texts[-1] == "A lire également"
    assert texts[0].startswith("Le président français Emmanuel Macron a demandé lundi")


def test_a_polish_noun_that_is_also_a_rank_abbreviation_can_end_a_sentence() -> None:
    texts = [
        s.text
        for s in split_sentences("W Warszawie odbył się marsz. Policja zatrzymała 20 osób.", "pl")
    ]
    assert texts == ["W Warszawie odbył się marsz.", "Policja zatrzymała 20 osób."]
