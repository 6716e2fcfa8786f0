"""Which reports end up together: passages, blocking, the pair score and merging.

The rules of the steps together (passages.py, candidates.py, scoring.py, merging.py), as
outcomes through cluster_events; each step's own file (test_cluster_scoring.py, ...) calls
it directly. Each row of SCENARIOS and RULES names the events it feeds in and which must
share a cluster or not.
"""

from __future__ import annotations

import pytest

from crisis_timeline.clusters import cluster_events
from tests.cluster_cases import (
    EVENTS,
    MACRON_PUTIN,
    MERKEL_LUKASHENKO,
    article_rows,
    cluster_by_name,
    cluster_ids_of,
    cluster_of_names,
    named_frame,
    qty,
)
from tests.event_factory import make_events

# (case, events fed in, groups that must each share one cluster, pairs that must stay apart)
SCENARIOS = [
    (
        "seed Macron–Putin call across outlets and languages; 14 Dec call apart",
        ["independent_call", "rfi_call", "wire_call_fr", "december_call_fr"],
        [["independent_call", "rfi_call", "wire_call_fr"]],
        [("independent_call", "december_call_fr"), ("wire_call_fr", "december_call_fr")],
    ),
    (
        "same day, same type, other leaders (same article): Lukashenko–Merkel stays apart",
        ["independent_call", "rfi_call", "lukashenko_merkel"],
        [["independent_call", "rfi_call"]],
        [("independent_call", "lukashenko_merkel"), ("rfi_call", "lukashenko_merkel")],
    ),
    (
        "Lukashenko–Merkel reported by two outlets merges, still apart from Macron–Putin",
        ["independent_call", "lukashenko_merkel", "lukashenko_merkel_other"],
        [["lukashenko_merkel", "lukashenko_merkel_other"]],
        [("independent_call", "lukashenko_merkel_other")],
    ),
    (
        "one shared leader is not enough: Lukashenko–Putin meeting vs Lukashenko–Merkel call",
        ["lukashenko_merkel_other", "lukashenko_putin_meeting"],
        [],
        [("lukashenko_merkel_other", "lukashenko_putin_meeting")],
    ),
    (
        "Borrell–Makei call of 14 November stays apart from the 15 November call",
        ["independent_call", "rfi_call", "borrell_makei"],
        [],
        [("borrell_makei", "independent_call"), ("borrell_makei", "rfi_call")],
    ),
    (
        "two French reports of the same clash merge",
        ["clash_fr_a", "clash_fr_b"],
        [["clash_fr_a", "clash_fr_b"]],
        [],
    ),
    (
        "an English and a French report of one repatriation flight merge",
        ["flight_en", "flight_fr"],
        [["flight_en", "flight_fr"]],
        [],
    ),
    (
        "same day, same actors and places, other type: sanctions vs border crossing",
        ["sanctions", "crossing", "crossing_fr"],
        [["crossing", "crossing_fr"]],
        [("sanctions", "crossing"), ("sanctions", "crossing_fr")],
    ),
    (
        "French clash and French border crossing on neighbouring days stay apart",
        ["clash_fr_a", "crossing_fr"],
        [],
        [("clash_fr_a", "crossing_fr")],
    ),
]


@pytest.mark.parametrize(
    ("case", "names", "together", "apart"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_merging_and_not_merging(case, names, together, apart):
    cluster_of = cluster_of_names(named_frame(names), names)
    for group in together:
        assert len({cluster_of[name] for name in group}) == 1, (case, group)
    for left, right in apart:
        assert cluster_of[left] != cluster_of[right], (case, left, right)


def test_no_chaining_across_more_than_one_day():
    rows = [
        dict(
            outlet=f"Outlet {day}",
            date=f"2021-11-{day}",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence=f"Macron and Putin spoke by phone ({day}).",
        )
        for day in (14, 15, 16)
    ]
    clustered, _ = cluster_events(make_events(rows))
    by_outlet = dict(zip(clustered["outlet"], clustered["cluster_id"], strict=True))
    assert by_outlet["Outlet 14"] != by_outlet["Outlet 16"]


@pytest.mark.parametrize(
    ("other", "merges"),
    [
        (dict(date="2021-11-15", date_end="2021-11-21", precision="week"), True),
        (dict(date="2021-11-22", date_end="2021-11-28", precision="week"), False),
        (dict(date="2021-01-01", date_end="2021-12-31", precision="year"), False),
        (dict(date=None, date_end=None), False),
    ],
)
def test_coarse_and_missing_dates_respect_precision(other, merges):
    rows = [
        dict(
            outlet="Outlet A",
            date="2021-11-15",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron and Putin spoke by phone on Monday.",
        ),
        dict(
            outlet="Outlet B",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron and Putin spoke by phone this week.",
            **other,
        ),
    ]
    clusters = cluster_events(make_events(rows))[1]
    assert (len(clusters) == 1) == merges


def test_background_events_cluster_only_with_each_other():
    election = dict(
        date="2020-08-09",
        event_type="other",
        actors=["Alexander Lukashenko"],
        places=["Belarus"],
        sentence="Lukashenko claimed victory in the election.",
    )
    rows = [
        {**election, "outlet": "Outlet A", "background": True},
        {**election, "outlet": "Outlet B", "background": True},
        {**election, "outlet": "Outlet C", "background": False},
    ]
    clustered, _ = cluster_events(make_events(rows))
    by_outlet = dict(zip(clustered["outlet"], clustered["cluster_id"], strict=True))
    assert by_outlet["Outlet A"] == by_outlet["Outlet B"] != by_outlet["Outlet C"]


@pytest.mark.parametrize(
    ("second", "merges"),
    [
        # The same article telling one call over two sentences: "the pair" names no one.
        (
            dict(
                actors=[],
                sentence="The pair spoke on the phone for almost two hours.",
                dated_by="narrative",
            ),
            True,
        ),
        # ...and a different call on the same day in the same article.
        (
            dict(
                actors=["Alexander Lukashenko", "Angela Merkel"],
                sentence="Lukashenko and Merkel talked by phone.",
                dated_by="narrative",
            ),
            False,
        ),
    ],
)
def test_events_of_one_article(second, merges):
    first = dict(
        outlet="The Independent",
        article_id="000",
        date="2021-11-15",
        event_type="diplomacy",
        actors=MACRON_PUTIN,
        sentence="Macron had spoken to his Russian counterpart Putin.",
    )
    rows = [first, {**first, "start": 200, **second}]
    clusters = cluster_events(make_events(rows))[1]
    assert (len(clusters) == 1) == merges


def test_passage_lets_an_unnamed_sentence_meet_other_outlets():
    rows = [
        dict(
            outlet="The Independent",
            article_id="000",
            date="2021-11-15",
            event_type="diplomacy",
            actors=MACRON_PUTIN,
            sentence="Macron had spoken to his Russian counterpart Putin.",
        ),
        dict(
            outlet="The Independent",
            article_id="000",
            start=200,
            date="2021-11-15",
            event_type="diplomacy",
            actors=["Élysée Palace"],
            dated_by="narrative",
            sentence="The pair spoke on the phone for almost two hours, the Elysee Palace said.",
            quantities=[qty(120, "almost two hours", approximate=True, qualifier="almost")],
        ),
        EVENTS["rfi_call"],
    ]
    clusters = cluster_events(make_events(rows))[1]
    assert len(clusters) == 1
    # the Élysée is a voice, not a party
    assert clusters[0].label == "Macron and Putin speak by phone"
    assert [d.kind for d in clusters[0].discrepancies] == ["quantity"]


def _background_talks(count: int) -> dict[str, dict]:
    """Daily talks between envoys in December: corpus statistics as in a real run, where
    "talks" is everywhere and a repatriation flight or a parliament vote is rare."""
    return {
        f"talks_{n}": dict(
            date=f"2021-12-{1 + n % 28:02d}",
            event_type="diplomacy",
            actors=[f"Envoy{n} Name", f"Envoy{n + 1000} Name"],
            sentence=f"Envoy{n} and Envoy{n + 1000} talked on the phone.",
        )
        for n in range(count)
    }


RULES = [
    (
        "fr/en: a visit typed `other` whose words say 'rencontré' meets a visit report",
        {
            "fr_other": dict(
                language="fr",
                date="2021-11-09",
                event_type="other",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Le Premier ministre Mateusz Morawiecki s'est rendu mardi à Kuźnica, "
                "où il a rencontré des soldats.",
            ),
            "en_visit": dict(
                date="2021-11-09",
                event_type="diplomacy",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Prime Minister Mateusz Morawiecki visited troops near Kuźnica on "
                "Tuesday.",
            ),
            # Same day and place, nothing in its words of a visit: another happening.
            "en_clash": dict(
                date="2021-11-09",
                event_type="clash",
                actors=["Mateusz Morawiecki"],
                places=["Kuźnica"],
                sentence="Morawiecki said stones were thrown at police officers near Kuźnica "
                "on Tuesday.",
            ),
        },
        [["fr_other", "en_visit"]],
        [("en_visit", "en_clash"), ("fr_other", "en_clash")],
    ),
    (
        "en/fr: the same two people on one day merge whatever the types; one person does not",
        {
            "en_agreed": dict(
                date="2021-11-15",
                event_type="border_crossing",
                actors=MACRON_PUTIN,
                places=["Belarus–Poland border"],
                sentence="Macron and Putin have agreed on de-escalating tensions on the "
                "Belarus-Poland border where migrants have been massing.",
            ),
            "fr_call": dict(
                language="fr",
                date="2021-11-15",
                event_type="diplomacy",
                actors=MACRON_PUTIN,
                sentence="Emmanuel Macron s'est entretenu lundi par téléphone avec Vladimir "
                "Poutine.",
            ),
            "en_one_shared": dict(
                date="2021-11-15",
                event_type="border_crossing",
                actors=["Vladimir Putin", "Alexander Lukashenko"],
                places=["Belarus–Poland border"],
                sentence="Putin and Lukashenko watched migrants massing on the Belarus-Poland "
                "border on Monday.",
            ),
        },
        [["en_agreed", "fr_call"]],
        [("en_one_shared", "fr_call")],
    ),
    (
        "en/fr: 'the Kuźnica crossing' and 'Kuźnica' are one place; two villages are two",
        {
            "en_crossing": dict(
                date="2021-11-16",
                event_type="clash",
                actors=["Polish Border Guard"],
                places=["Kuźnica–Bruzgi crossing"],
                sentence="Polish forces fired water cannon at migrants throwing stones at the "
                "Bruzgi-Kuznica crossing on Tuesday.",
            ),
            "fr_village": dict(
                language="fr",
                date="2021-11-16",
                event_type="clash",
                places=["Kuźnica"],
                sentence="Des canons à eau ont été utilisés mardi contre des migrants qui "
                "lançaient des pierres près de Kuźnica.",
            ),
            "en_dubicze": dict(
                date="2021-11-18",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Dubicze Cerkiewne"],
                sentence="Migrants tried to force their way across the frontier near "
                "Dubicze Cerkiewne, border guards said.",
            ),
            "fr_czeremcha": dict(
                language="fr",
                date="2021-11-19",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Czeremcha"],
                sentence="Les gardes-frontières polonais ont fait état de nouvelles tentatives "
                "de passage près de Czeremcha.",
            ),
        },
        [["en_crossing", "fr_village"]],
        [("en_dubicze", "fr_czeremcha")],
    ),
    (
        "en/fr: the Red Cross's aid in Latvia from two outlets merges; its aid in Poland does not",
        {
            "en_latvia": dict(
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Latvia"],
                sentence="The ICRC delivered tents and food to migrants in Latvia on Friday.",
            ),
            "fr_latvia": dict(
                language="fr",
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Latvia"],
                sentence="Le CICR a distribué vendredi des tentes et de la nourriture aux "
                "migrants en Lettonie.",
            ),
            "fr_poland": dict(
                language="fr",
                date="2021-08-13",
                event_type="humanitarian",
                actors=["International Committee of the Red Cross"],
                places=["Poland"],
                sentence="Le CICR a distribué vendredi des tentes et de la nourriture aux "
                "migrants en Pologne.",
            ),
        },
        [["en_latvia", "fr_latvia"]],
        [("en_latvia", "fr_poland"), ("fr_latvia", "fr_poland")],
    ),
    (
        "en/fr: an Iraqi spokesman and a flight to Erbil share Iraq; a flight to Turkey does not",
        {
            "en_spokesman": dict(
                date="2021-11-18",
                event_type="repatriation",
                actors=["Ahmed al-Sahaf"],
                sentence="Foreign ministry spokesman Ahmed al-Sahaf said the country will carry "
                "out its first repatriation flight on Thursday.",
            ),
            "fr_landing": dict(
                language="fr",
                date="2021-11-18",
                event_type="repatriation",
                actors=["Iraqi Airways"],
                places=["Erbil"],
                sentence="Le premier vol de rapatriement d'Iraqi Airways a atterri jeudi soir "
                "à Erbil.",
            ),
            "en_turkey": dict(
                date="2021-11-18",
                event_type="repatriation",
                actors=["Turkish Airlines"],
                places=["Istanbul"],
                sentence="Turkish Airlines said a repatriation flight would leave Istanbul on "
                "Thursday.",
            ),
            # Sixty other reports: a repatriation flight is rare enough to block on.
            **_background_talks(60),
        },
        [["en_spokesman", "fr_landing"]],
        [("en_turkey", "fr_landing"), ("en_turkey", "en_spokesman")],
    ),
    (
        "en/fr: reports naming no one meet through what happened (a parliament vote)",
        {
            "en_vote": dict(
                date="2021-09-06",
                event_type="other",
                sentence="Parliament must approve the emergency within 48 hours; a vote is "
                "expected on Monday.",
            ),
            "fr_vote": dict(
                language="fr",
                date="2021-09-06",
                event_type="other",
                sentence="Les députés polonais doivent se prononcer lundi sur le décret.",
            ),
            "fr_pushback": dict(
                language="fr",
                date="2021-09-06",
                event_type="border_crossing",
                sentence="Des migrants ont été refoulés lundi vers la Biélorussie.",
            ),
        },
        [["en_vote", "fr_vote"]],
        [("fr_vote", "fr_pushback"), ("en_vote", "fr_pushback")],
    ),
    (
        "en/fr: two shared concepts anchor reports whose actors differ; one does not",
        {
            "en_suspension": dict(
                date="2021-08-06",
                event_type="other",
                actors=["European Commission"],
                sentence="The Commission welcomed that Iraq suspended its flights on Friday.",
            ),
            "fr_suspension": dict(
                language="fr",
                date="2021-08-06",
                event_type="other",
                actors=["Gabrielius Landsbergis"],
                sentence="Gabrielius Landsbergis a salué vendredi la suspension des vols.",
            ),
            "fr_exports": dict(
                language="fr",
                date="2021-08-06",
                event_type="other",
                actors=["Ylva Johansson"],
                sentence="Ylva Johansson a annoncé vendredi la suspension des exportations.",
            ),
        },
        [["en_suspension", "fr_suspension"]],
        [("en_suspension", "fr_exports"), ("fr_suspension", "fr_exports")],
    ),
    (
        "en/fr: a report naming no one finds its happening by a concept too common to block on,"
        " not by one that every day has",
        {
            "en_december": dict(
                date="2021-12-01",
                date_end="2021-12-31",
                precision="month",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Poland", "Belarus"],
                sentence="In December, Polish border guards recorded about 1,700 attempts to "
                "cross illegally from Belarus.",
            ),
            "fr_december": dict(
                language="fr",
                date="2021-12-01",
                date_end="2021-12-31",
                precision="month",
                event_type="border_crossing",
                sentence="En décembre, les gardes-frontières ont enregistré environ 1 700 "
                "tentatives de passage.",
            ),
            "en_august": dict(
                date="2021-08-01",
                date_end="2021-08-31",
                precision="month",
                event_type="border_crossing",
                actors=["Polish Border Guard"],
                places=["Poland"],
                sentence="In August, border guards recorded 3,500 attempts to cross.",
            ),
            # Talks every day: "talks" is in most events, so it anchors nothing on its own;
            # "crossing" (3 of 31) is distinctive but too common to be a blocking key.
            **_background_talks(27),
            "fr_unnamed_talk": dict(
                language="fr",
                date="2021-12-15",
                event_type="diplomacy",
                sentence="Des migrants ont parlé au téléphone avec des journalistes.",
            ),
        },
        [["en_december", "fr_december"]],
        [
            ("fr_december", "en_august"),
            ("en_december", "en_august"),
            ("fr_unnamed_talk", "talks_14"),
            ("fr_unnamed_talk", "talks_13"),
        ],
    ),
    (
        "en: one body's act told as the act and as the meeting of its council that makes it",
        {
            **_background_talks(60),
            "eu_decision": dict(
                date="2021-11-15",
                dated_by="narrative",
                event_type="sanctions",
                actors=["European Union"],
                places=["Minsk"],
                sentence="Meanwhile the EU decided to tighten its measures against Minsk with "
                "new sanctions.",
            ),
            # typed as a meeting, named by the EU's council, and naming the target as well
            "council_meeting": dict(
                date="2021-11-15",
                trigger="on Monday",
                event_type="diplomacy",
                actors=["Foreign Affairs Council", "Government of Belarus"],
                places=["Belarus"],
                sentence="EU foreign ministers gather on Monday to widen sanctions on Belarus "
                "over the Lukashenko government's treatment of its critics.",
            ),
            # another body on the same day, against the sanctions
            "other_body": dict(
                date="2021-11-15",
                trigger="on Monday",
                event_type="statement",
                actors=["Russian Ministry of Foreign Affairs"],
                places=["Belarus"],
                sentence="Moscow's diplomats on Monday called any sanctions against its ally "
                "Belarus unlawful.",
            ),
            "next_week": dict(
                date="2021-11-22",
                trigger="on Monday",
                event_type="diplomacy",
                actors=["Foreign Affairs Council"],
                places=["Belarus"],
                sentence="EU foreign ministers gather on Monday to widen sanctions on Belarus.",
            ),
        },
        [["eu_decision", "council_meeting"]],
        [("eu_decision", "other_body"), ("eu_decision", "next_week")],
    ),
]


@pytest.mark.parametrize(("case", "rows", "together", "apart"), RULES, ids=[r[0] for r in RULES])
def test_cross_outlet_rules(case, rows, together, apart):
    cluster_of = cluster_by_name(rows)
    for group in together:
        assert len({cluster_of[name] for name in group}) == 1, (case, group)
    for left, right in apart:
        assert cluster_of[left] != cluster_of[right], (case, left, right)


@pytest.mark.parametrize(
    ("lang", "wednesday", "monday", "other_lang", "other"),
    [
        (
            "fr",
            "Mercredi, Angela Merkel s'est de nouveau entretenue avec Alexandre Loukachenko.",
            "Lundi, les deux dirigeants avaient parlé pendant une cinquantaine de minutes.",
            "en",
            "Merkel and Lukashenko talked by phone on Monday.",
        ),
        (
            "en",
            "On Wednesday, Merkel spoke again by phone with Lukashenko.",
            "On Monday, the two leaders had talked for 50 minutes.",
            "fr",
            "Lundi, Angela Merkel a parlé au téléphone avec Alexandre Loukachenko.",
        ),
    ],
)
def test_the_two_leaders_on_another_day_are_the_previous_sentence_people(
    lang, wednesday, monday, other_lang, other
):
    rows = article_rows(
        "a",
        "Outlet A",
        lang,
        [
            dict(
                date="2021-11-17",
                event_type="diplomacy",
                actors=MERKEL_LUKASHENKO,
                sentence=wednesday,
            ),
            dict(date="2021-11-15", event_type="diplomacy", dated_by="narrative", sentence=monday),
        ],
    ) + [
        dict(
            article_id="b",
            outlet="Outlet B",
            language=other_lang,
            date="2021-11-15",
            event_type="diplomacy",
            actors=MERKEL_LUKASHENKO,
            sentence=other,
        )
    ]
    wednesday_call, monday_call, other_report = cluster_ids_of(rows)
    assert monday_call == other_report
    assert wednesday_call != other_report


@pytest.mark.parametrize(
    ("lang", "call", "lasted", "other_people", "other_lang", "other"),
    [
        (
            "en",
            "Merkel spoke by telephone with Lukashenko for a second time on Wednesday.",
            "The call lasted about 50 minutes, according to BelTA, which said the two agreed "
            "to raise the problem with the European Union.",
            "The call was criticised by Polish President Andrzej Duda.",
            "fr",
            "Mercredi, Angela Merkel s'est entretenue au téléphone avec Alexandre Loukachenko.",
        ),
        (
            "fr",
            "Mercredi, Angela Merkel s'est entretenue au téléphone avec Alexandre Loukachenko.",
            "L'entretien a duré une cinquantaine de minutes, selon BelTA, qui évoque une "
            "discussion avec l'Union européenne.",
            "L'entretien a été critiqué par le président polonais Andrzej Duda.",
            "en",
            "Merkel spoke by telephone with Lukashenko for a second time on Wednesday.",
        ),
    ],
)
def test_an_opener_that_refers_back_carries_the_passage_on(
    lang, call, lasted, other_people, other_lang, other
):
    rows = article_rows(
        "a",
        "Outlet A",
        lang,
        [
            dict(
                date="2021-11-17", event_type="diplomacy", actors=MERKEL_LUKASHENKO, sentence=call
            ),
            dict(
                date="2021-11-17",
                event_type="diplomacy",
                dated_by="narrative",
                actors=["BelTA", "European Union"],
                sentence=lasted,
                quantities=[qty(50, "50 minutes", approximate=True, qualifier="about")],
            ),
            dict(
                date="2021-11-17",
                event_type="statement",
                dated_by="narrative",
                actors=["Andrzej Duda"],
                sentence=other_people,
            ),
        ],
    ) + [
        dict(
            article_id="b",
            outlet="Outlet B",
            language=other_lang,
            date="2021-11-17",
            event_type="diplomacy",
            actors=MERKEL_LUKASHENKO,
            sentence=other,
        )
    ]
    call_id, lasted_id, criticism_id, other_id = cluster_ids_of(rows)
    assert call_id == lasted_id == other_id
    assert criticism_id != call_id


def test_same_two_people_in_one_article_are_one_happening_whatever_the_types():
    rows = article_rows(
        "rfi",
        "RFI",
        "en",
        [
            dict(
                date="2021-11-15",
                dated_by="narrative",
                event_type="border_crossing",
                actors=MACRON_PUTIN,
                places=["Belarus–Poland border"],
                sentence="Macron and his Russian counterpart Putin have agreed on de-escalating "
                "tensions on the Belarus-Poland border where migrants have been massing.",
            ),
            dict(
                date="2021-11-15",
                event_type="diplomacy",
                actors=MACRON_PUTIN,
                sentence=EVENTS["rfi_call"]["sentence"],
            ),
            dict(
                date="2021-11-15",
                event_type="border_crossing",
                places=["Belarus–Poland border"],
                sentence="Hundreds of migrants massed at the Belarus-Poland border on Monday.",
            ),
        ],
    )
    agreed, call, massing = cluster_ids_of(rows)
    assert agreed == call
    assert massing != call
