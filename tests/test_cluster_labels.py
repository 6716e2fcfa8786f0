"""crisis_timeline.clusters.labels: what a story is called, written as a headline."""

from __future__ import annotations

import json
import re

import pytest

from crisis_timeline.charts.layout import LANE_LABEL_CHARS
from crisis_timeline.clusters import cluster_events
from crisis_timeline.clusters.features import normalise
from crisis_timeline.clusters.labels import LABEL_MAX_CHARS, PHRASES, Phrase, majority_type
from crisis_timeline.clusters.labels import label as label_of
from tests.cluster_cases import MACRON_PUTIN
from tests.event_factory import make_events

FRENCH = re.compile(r"\b(?:a eu|a été|a décrété|ont confirmé)\b")  # the French rows' verbs

# (what the row shows, actors, places, event type, sentence, headline): one event each, our
# own sentences, in English and French.
ONE_EVENT = [
    (
        "two people on the phone act together",
        MACRON_PUTIN,
        [],
        "diplomacy",
        "Macron and Putin spoke by phone for two hours.",
        "Macron and Putin speak by phone",
    ),
    (
        "the same call told in French",
        MACRON_PUTIN,
        [],
        "diplomacy",
        "Macron a eu un entretien téléphonique avec Poutine.",
        "Macron and Putin speak by phone",
    ),
    (
        "talks with no cue word: the type's own phrase",
        ["Angela Merkel", "Alexander Lukashenko"],
        [],
        "diplomacy",
        "Merkel and Lukashenko discussed the crisis.",
        "Merkel and Lukashenko hold talks",
    ),
    (
        "one person and a country the sentence names: the country is the other party",
        ["Emmanuel Macron"],
        ["Russia"],
        "diplomacy",
        "Macron thanked Russia for its help.",
        "Macron holds talks with Russia",
    ),
    (
        "a body meets about a country (its government stands for it)",
        ["Foreign Affairs Council", "Government of Belarus"],
        [],
        "diplomacy",
        "EU foreign ministers met to discuss the Belarus regime.",
        "EU foreign ministers meet on Belarus",
    ),
    (
        "a visit names the place visited",
        ["Dunja Mijatović"],
        ["Poland"],
        "diplomacy",
        "Mijatovic began a visit to Poland.",
        "Mijatović visits Poland",
    ),
    (
        "sanctions: the body acts, the country is sanctioned, whatever the word order",
        ["Government of Belarus", "European Union"],
        [],
        "sanctions",
        "Belarus officials will face new sanctions, the EU said.",
        "EU agrees new sanctions on Belarus",
    ),
    (
        "sanctions on a president fall on his country",
        ["European Union", "Alexander Lukashenko"],
        ["Minsk"],
        "sanctions",
        "The EU imposed sanctions on Lukashenko.",
        "EU agrees new sanctions on Belarus",
    ),
    (
        "a denial",
        ["Vladimir Putin"],
        [],
        "statement",
        "Putin denied that Moscow was behind the crisis.",
        "Putin denies claims",
    ),
    (
        "migrants cross, near a village",
        ["European Union"],
        ["Starzyna"],
        "border_crossing",
        "About 40 migrants crossed the border near Starzyna.",
        "Migrants cross the border near Starzyna",
    ),
    (
        "a capital stands for its government when no one is named",
        [],
        ["Poland", "Belarus"],
        "border_crossing",
        "Poland said it had arrested 30 migrants coming from Belarus.",
        "Poland arrests migrants",
    ),
    (
        "a closure names the crossing (shortened to fit)",
        [],
        ["Poland", "Kuźnica–Bruzgi crossing"],
        "other",
        "Poland closed the Kuźnica crossing until further notice.",
        "Poland closes the Kuźnica crossing",
    ),
    (
        "a clash at a crossing",
        ["Polish Police"],
        ["Kuźnica–Bruzgi crossing"],
        "clash",
        "Police used tear gas against migrants throwing stones.",
        "Polish police fire tear gas at migrants",
    ),
    (
        "repatriation: the country, not its spokesman",
        ["Ahmed al-Sahaf"],
        ["Iraq"],
        "repatriation",
        "Iraq's spokesman said a repatriation flight would leave on Thursday.",
        "Iraq flies migrants home",
    ),
    (
        "an election: the country of the person elected",
        ["Alexander Lukashenko"],
        [],
        "other",
        "Loukachenko a été réélu lors d'un scrutin contesté.",
        "Belarus holds an election",
    ),
    (
        "a state of emergency, in French",
        ["Andrzej Duda"],
        ["Poland"],
        "other",
        "Andrzej Duda a décrété l'état d'urgence à la frontière.",
        "Poland declares a state of emergency",
    ),
    (
        "no one and nowhere: the type's own headline",
        [],
        [],
        "diplomacy",
        "Les deux présidents ont confirmé leur accord.",
        "Leaders hold talks",
    ),
    (
        "aid from three bodies still fits",
        ["European Union", "UNHCR", "IOM"],
        ["Belarus"],
        "humanitarian",
        "The EU and the agencies brought aid to the people stranded.",
        "EU, UNHCR and IOM bring aid to migrants",
    ),
]


@pytest.mark.parametrize(
    ("actors", "places", "event_type", "sentence", "headline"),
    [row[1:] for row in ONE_EVENT],
    ids=[row[0] for row in ONE_EVENT],
)
def test_a_label_says_who_did_what_where(actors, places, event_type, sentence, headline):
    language = "fr" if FRENCH.search(sentence) else "en"
    frame = make_events(
        [
            dict(
                language=language,
                date="2021-11-15",
                actors=actors,
                places=places,
                event_type=event_type,
                sentence=sentence,
            )
        ]
    )
    assert cluster_events(frame)[1][0].label == headline


# Headlines that would run past LABEL_MAX_CHARS drop detail, never a part of a word.
LONG = [
    (
        "a subject and verb too long: the phrase's own headline, with its place",
        ["State Border Committee of Belarus", "Lithuanian State Border Guard Service"],
        ["Kuźnica"],
        "humanitarian",
        "Humanitarian crisis near Kuźnica",
    ),
    (
        "a long crossing name is left out",
        ["Polish Border Guard"],
        ["Medininkai–Kamenny Log crossing"],
        "clash",
        "Polish border guards clash with migrants",
    ),
]


@pytest.mark.parametrize(
    ("actors", "places", "event_type", "headline_wanted"),
    [row[1:] for row in LONG],
    ids=[row[0] for row in LONG],
)
def test_a_long_label_drops_detail_to_fit(actors, places, event_type, headline_wanted):
    frame = make_events(
        [dict(date="2021-11-15", actors=actors, places=places, event_type=event_type)]
    )
    headline = cluster_events(frame)[1][0].label
    assert headline == headline_wanted
    assert len(headline) <= LABEL_MAX_CHARS
    assert not headline.endswith("…")


def test_seed_labels_fit_a_lane_and_read_as_headlines(tmp_path):
    """Every seed story: short enough for a lane, no canonical body names, no dash lists."""
    from crisis_timeline import settings
    from crisis_timeline.pipeline import run_pipeline

    clusters = run_pipeline([settings.SEEDS_DIR], None).clusters
    labels = {c.cluster_id: c.label for c in clusters}
    assert LABEL_MAX_CHARS <= LANE_LABEL_CHARS
    for cluster_id, headline in labels.items():
        assert len(headline) <= LABEL_MAX_CHARS, (cluster_id, headline)
        assert "Government of" not in headline and "European Union" not in headline
        assert not headline.endswith("…"), headline
        assert headline[:1].isupper() and " " in headline, headline
    november = next(c for c in clusters if len(c.outlets) == 3)
    assert november.label == "Macron and Putin speak by phone"
    json.dumps(labels)  # plain strings all the way


def test_labels_are_deterministic_whatever_the_row_order():
    rows = [
        dict(
            outlet=f"Outlet {n}",
            date="2021-11-15",
            event_type="diplomacy",
            actors=actors,
            sentence="They spoke by phone.",
        )
        for n, actors in enumerate([MACRON_PUTIN, list(reversed(MACRON_PUTIN)), MACRON_PUTIN])
    ]
    frame = make_events(rows)
    forward = cluster_events(frame)[1]
    backward = cluster_events(frame.iloc[::-1])[1]
    assert [c.label for c in forward] == [c.label for c in backward]
    assert forward[0].label == "Macron and Putin speak by phone"


@pytest.mark.parametrize(
    ("verb", "singular"),
    [
        ("speak by phone", "speaks by phone"),
        ("deny claims", "denies claims"),
        ("push migrants back", "pushes migrants back"),
        ("approach {crossing}", "approaches {crossing}"),
        ("deploy troops", "deploys troops"),
        ("fly migrants home", "flies migrants home"),
    ],
)
def test_a_single_subject_takes_a_verb_in_s(verb, singular):
    assert Phrase(verb, "").singular() == singular


def test_every_type_has_a_phrase_of_its_own():
    for event_type, phrases in PHRASES.items():
        assert phrases[-1][0] is None, event_type  # the fallback comes last


@pytest.mark.parametrize(
    ("types", "majority"),
    [
        (["diplomacy", "diplomacy", "statement"], "diplomacy"),
        (["statement", "clash"], "clash"),  # a tie: the more specific type (TYPE_PRIORITY)
        (["other"], "other"),
    ],
)
def test_majority_type(types, majority):
    members = normalise(
        make_events([dict(outlet=f"Outlet {n}", event_type=t) for n, t in enumerate(types)])
    )
    assert majority_type(members) == majority


def test_a_label_names_people_before_institutions_and_the_phrase_most_members_use():
    members = normalise(
        make_events(
            [
                dict(
                    outlet=f"Outlet {n}",
                    event_type="diplomacy",
                    actors=[*MACRON_PUTIN, "European Union"],
                    sentence=sentence,
                )
                for n, sentence in enumerate(
                    ["Macron and Putin spoke by phone.", "Macron phoned Putin about the EU."]
                )
            ]
        )
    )
    assert label_of(members, "diplomacy") == "Macron and Putin speak by phone"


# (what the case shows, [(event type, actors, sentence) per member], event type, headline):
# an institution and the body it acts for, named by different members, are one subject.
# Alone, an institution keeps its own name (ONE_EVENT: "EU foreign ministers meet on Belarus").
ONE_BODY = [
    (
        "the EU's foreign ministers and the EU agree one set of sanctions",
        [
            (
                "diplomacy",
                ["Foreign Affairs Council", "Government of Belarus"],
                "EU foreign ministers gathered to widen the measures against Belarus.",
            ),
            (
                "sanctions",
                ["European Union", "Alexander Lukashenko"],
                "The bloc settled on further penalties for Lukashenko's rule, the EU said.",
            ),
        ],
        "sanctions",
        "EU agrees new sanctions on Belarus",
    ),
    (
        "a state's police speak for its government",
        [
            ("statement", ["Polish Police"], "The police denied beating anyone."),
            ("statement", ["Government of Poland"], "The government denied any beatings."),
        ],
        "statement",
        "Poland denies claims",
    ),
]


@pytest.mark.parametrize(
    ("members", "event_type", "headline"),
    [row[1:] for row in ONE_BODY],
    ids=[row[0] for row in ONE_BODY],
)
def test_an_institution_counts_under_the_body_it_acts_for(members, event_type, headline):
    frame = make_events(
        [
            dict(outlet=f"Outlet {n}", event_type=kind, actors=actors, sentence=sentence)
            for n, (kind, actors, sentence) in enumerate(members)
        ]
    )
    assert label_of(normalise(frame), event_type) == headline
