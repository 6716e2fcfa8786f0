"""crisis_timeline.clusters.labels: what a story is called."""

from __future__ import annotations

import pytest

from crisis_timeline.clusters import cluster_events
from crisis_timeline.clusters.features import normalise
from crisis_timeline.clusters.labels import label as label_of
from crisis_timeline.clusters.labels import majority_type
from tests.cluster_cases import MACRON_PUTIN
from tests.event_factory import make_events


@pytest.mark.parametrize(
    ("actors", "places", "event_type", "label"),
    [
        (MACRON_PUTIN, [], "diplomacy", "Macron–Putin talks"),
        (["European Union"], ["Belarus"], "sanctions", "European Union sanctions"),
        ([], ["Kuźnica"], "clash", "Kuźnica clash"),
        ([], [], "border_crossing", "Border crossing"),
        (["Iraqi Airways"], ["Minsk"], "repatriation", "Iraqi Airways repatriation"),
    ],
)
def test_labels(actors, places, event_type, label):
    frame = make_events(
        [
            dict(
                date="2021-11-15",
                actors=actors,
                places=places,
                event_type=event_type,
                sentence="Something happened.",
            )
        ]
    )
    assert cluster_events(frame)[1][0].label == label


@pytest.mark.parametrize(
    ("lang", "sentence", "label"),
    [
        ("en", "Duda signed a decree imposing a state of emergency.", "Duda state of emergency"),
        (
            "fr",
            "Andrzej Duda a décrété l'état d'urgence à la frontière.",
            "Duda state of emergency",
        ),
        ("fr", "Loukachenko a été réélu lors d'un scrutin contesté.", "Lukashenko election"),
        ("en", "Duda met his ministers.", "Duda event"),
    ],
)
def test_labels_of_other_happenings_name_what_happened(lang, sentence, label):
    actor = "Alexander Lukashenko" if "Loukachenko" in sentence else "Andrzej Duda"
    frame = make_events(
        [
            dict(
                language=lang,
                date="2021-09-02",
                event_type="other",
                actors=[actor],
                sentence=sentence,
            )
        ]
    )
    assert cluster_events(frame)[1][0].label == label


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


def test_a_label_names_people_before_institutions_and_the_noun_most_members_use():
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
    assert label_of(members, "diplomacy") == "Macron–Putin phone call"
