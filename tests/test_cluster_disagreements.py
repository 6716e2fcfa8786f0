"""crisis_timeline.clusters.disagreements: where the outlets of one story differ."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.clusters import Discrepancy, ValueGroup, cluster_events, unit_title
from crisis_timeline.clusters.disagreements import discrepancies, outlet_order
from crisis_timeline.clusters.features import normalise
from crisis_timeline.clusters.tuning import QUOTE_CHARS
from tests.cluster_cases import MACRON_PUTIN, named_frame, pair_cluster, qty, seed_clusters
from tests.event_factory import make_events


def test_seed_call_duration_disagreement_quotes_both_outlets():
    november = next(c for c in seed_clusters() if c.date == date(2021, 11, 15))
    durations = [d for d in november.discrepancies if d.kind == "quantity"]
    assert len(durations) == 1
    duration = durations[0]
    assert duration.unit == "minute"
    assert duration.values == {
        "The Independent": "almost two hours",
        "RFI": "one hour and 45 minutes",
    }
    assert duration.detail == (
        "Duration: The Independent says almost two hours (120 min), "
        "RFI says one hour and 45 minutes (105 min)"
    )
    assert len(duration.event_ids) == 2
    # The French wire gives no duration, but two outlets do: no "only one outlet" claim.
    assert not [d for d in november.discrepancies if d.kind == "claim" and d.unit == "minute"]


# (first figure, second figure, flagged?) — the rounding rules of a quantity disagreement
FIGURES = [
    (qty(120, "almost two hours", approximate=True, qualifier="almost"), qty(105, "1 h 45"), True),
    (
        qty(2000, "around 2,000 people", "person", True, "around"),
        qty(2000, "2,000 people", "person"),
        False,
    ),
    (
        qty(2000, "environ 2 000 personnes", "person", True, "environ"),
        qty(1900, "1 900 personnes", "person"),
        False,
    ),
    (qty(50, "50 migrants", "person"), qty(50, "50 migrants", "person"), False),
    (qty(50, "50 migrants", "person"), qty(60, "60 migrants", "person"), True),
    (
        qty(2000, "more than 2,000", "person", qualifier="more than"),
        qty(2500, "2,500", "person"),
        False,
    ),
    (
        qty(10, "at least 10 dead", "death", qualifier="at least"),
        qty(8, "huit morts", "death"),
        True,
    ),
    (qty(120, "deux heures"), qty(119, "119 minutes"), False),
]


@pytest.mark.parametrize(("first", "second", "flagged"), FIGURES)
def test_quantity_disagreement_beyond_rounding(first, second, flagged):
    cluster = pair_cluster({"quantities": [first]}, {"quantities": [second]})
    quantity = [d for d in cluster.discrepancies if d.kind == "quantity"]
    assert bool(quantity) == flagged
    if flagged:
        assert quantity[0].values == {"Outlet A": first["text"], "Outlet B": second["text"]}


def test_date_disagreement_names_both_outlets_and_their_words():
    names = ["borrell_makei", "borrell_makei_monday"]
    clusters = cluster_events(named_frame(names))[1]
    assert len(clusters) == 1
    cluster = clusters[0]
    assert (cluster.date, cluster.date_end) == (date(2021, 11, 14), date(2021, 11, 15))
    dates = [d for d in cluster.discrepancies if d.kind == "date"]
    assert len(dates) == 1
    assert dates[0].values == {"France 24": "2021-11-14", "Euronews": "2021-11-15"}
    assert "France 24 says 14 November 2021 (“Sunday, November 14”)" in dates[0].detail
    assert "Euronews says 15 November 2021 (“Monday”)" in dates[0].detail


def test_publication_dated_report_is_not_a_date_claim():
    cluster = pair_cluster(
        {"date": "2021-11-15"}, {"date": "2021-11-16", "dated_by": "publication"}
    )
    assert not [d for d in cluster.discrepancies if d.kind == "date"]


def test_claim_only_one_outlet_makes():
    cluster = pair_cluster(
        {"quantities": [qty(120, "almost two hours", approximate=True, qualifier="almost")]},
        {"actors": [*MACRON_PUTIN, "Alexander Lukashenko"]},
    )
    claims = {d.detail for d in cluster.discrepancies if d.kind == "claim"}
    assert "Only Outlet A gives a duration: “almost two hours”" in claims
    assert any(c.startswith("Only Outlet B mentions Alexander Lukashenko") for c in claims)


def test_a_disagreement_groups_outlets_by_what_they_say():
    """Three outlets, two figures: the two that agree (in different words and languages)
    form one group, the larger first; the JSON round trip keeps the groups."""
    base = dict(event_type="diplomacy", actors=MACRON_PUTIN, date="2021-11-15")
    frame = make_events(
        [
            {
                **base,
                "outlet": "Outlet A",
                "published": "2021-11-15",
                "sentence": "Macron and Putin spoke for two hours.",
                "quantities": [qty(120, "two hours")],
            },
            {
                **base,
                "outlet": "Outlet B",
                "published": "2021-11-16",
                "sentence": "Putin and Macron talked for 90 minutes.",
                "quantities": [qty(90, "90 minutes")],
            },
            {
                **base,
                "outlet": "Outlet C",
                "published": "2021-11-17",
                "sentence": "Macron et Poutine ont parlé deux heures.",
                "quantities": [qty(120, "deux heures")],
            },
            {  # gives both figures: counted under each
                **base,
                "outlet": "Outlet D",
                "published": "2021-11-18",
                "sentence": "Macron and Putin talked for 90 minutes, or two hours by another count.",
                "quantities": [qty(90, "90 minutes"), qty(120, "two hours")],
            },
        ]
    )
    (cluster,) = cluster_events(frame)[1]
    (duration,) = [d for d in cluster.discrepancies if d.kind == "quantity"]
    assert [(g.value, g.outlets, g.words) for g in duration.groups] == [
        ("120 min", ("Outlet A", "Outlet C", "Outlet D"), "two hours"),
        ("90 min", ("Outlet B", "Outlet D"), "90 minutes"),
    ]
    assert Discrepancy.from_json(duration.to_json()) == duration
    # a record stored before groups existed still reads, without them
    old = {k: v for k, v in duration.to_json().items() if k != "groups"}
    assert Discrepancy.from_json(old).groups == ()


def test_seed_date_disagreement_groups_quote_each_outlets_words():
    (cluster,) = cluster_events(named_frame(["borrell_makei", "borrell_makei_monday"]))[1]
    (dates,) = [d for d in cluster.discrepancies if d.kind == "date"]
    assert [(g.value, g.outlets, g.words) for g in dates.groups] == [
        ("14 November 2021", ("France 24",), "“Sunday, November 14”"),
        ("15 November 2021", ("Euronews",), "“Monday”"),
    ]


def test_every_unit_the_figures_can_have_is_named_in_disagreements():
    """A unit missing from UNIT_DISPLAY showed as "Kilometre: ... (100 kilometre)"."""
    from crisis_timeline.cluster_lexicon import UNIT_DISPLAY
    from crisis_timeline.lang import languages, tables
    from crisis_timeline.quantity_lexicon import CURRENCY_PREFIXES

    units = {unit for code in languages() for unit, _ in tables(code).quantities["UNITS"].values()}
    assert units | set(CURRENCY_PREFIXES.values()) <= set(UNIT_DISPLAY)


def _members(rows: list[dict]) -> list:
    return normalise(make_events(rows))


def test_outlets_in_order_of_first_publication_then_name():
    members = _members(
        [
            dict(outlet="Zeta", published="2021-11-15"),
            dict(outlet="Beta", published="2021-11-16"),
            dict(outlet="Alpha", published="2021-11-15"),
            dict(outlet="Undated"),
        ]
    )
    assert outlet_order(members, ["Undated", "Beta", "Zeta", "Alpha"]) == [
        "Alpha",
        "Zeta",
        "Beta",
        "Undated",
    ]


@pytest.mark.parametrize(
    ("unit", "title"),
    [("minute", "Duration"), ("person", "Number of people"), ("made_up_unit", "Made up unit")],
)
def test_unit_title(unit, title):
    assert unit_title(unit) == title


def test_a_long_sentence_is_quoted_short():
    sentence = "Migrants " + "waited at the border " * 20 + "for days."
    rows = [
        dict(outlet="Outlet A", actors=["Andrzej Duda"], places=["Kuźnica"], sentence=sentence),
        dict(outlet="Outlet B", places=["Kuźnica"], sentence="Migrants waited for days."),
    ]
    (claim,) = discrepancies(_members(rows))
    assert claim.kind == "claim"
    quoted = claim.values["Outlet A"]
    assert len(quoted) == QUOTE_CHARS and quoted.endswith("…")


def test_value_groups_round_trip_through_json():
    group = ValueGroup("120 min", ("Outlet A", "Outlet C"), "two hours")
    assert ValueGroup.from_json(group.to_json()) == group
    assert ValueGroup.from_json({}) == ValueGroup("", (), "")
