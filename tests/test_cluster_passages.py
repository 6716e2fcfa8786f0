"""crisis_timeline.clusters.passages: one happening told over several sentences."""

from __future__ import annotations

from crisis_timeline.clusters.passages import continuations
from tests.cluster_cases import CALL, MACRON_PUTIN, article_rows, normalised


def test_a_passage_shares_its_participants_and_links_its_sentences():
    rows = article_rows(
        "a",
        "Outlet A",
        "en",
        [
            CALL,
            dict(
                date="2021-11-15",
                event_type="diplomacy",
                dated_by="narrative",
                sentence="The pair spoke for almost two hours.",
            ),
            dict(
                date="2021-11-20",
                event_type="clash",
                places=["Kuźnica"],
                sentence="Guards fired water cannon.",
            ),
        ],
    )
    events, links = continuations(normalised(rows))
    assert links == [(0, 1)]
    assert events[1].actor_set == frozenset(MACRON_PUTIN)
    assert events[1].actors == ()  # labels and claims keep the sentence's own
    assert events[2].actor_set == frozenset()
