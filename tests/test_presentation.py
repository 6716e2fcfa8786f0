"""Presenter steps: one story per step in date order, pages of quotes that fit 720p; the map
flies only within the outlines."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd
import pytest

from crisis_timeline.presentation import (
    QUOTES_PER_PAGE,
    Step,
    StepQuote,
    fly_to_place,
    initial_step,
    outlets_pager,
    presentation_steps,
    quote_pages,
    step_html,
)
from tests.event_factory import make_events


def test_one_step_per_story_in_date_order():
    events = make_events(
        [
            {
                "event_id": "b",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
                "outlet": "RFI",
            },
            {
                "event_id": "a",
                "cluster_id": "c1",
                "date": date(2021, 11, 13),
                "date_end": date(2021, 11, 14),
                "precision": "weekend",
            },
            {
                "event_id": "c",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
                "outlet": "France 24",
            },
            {"event_id": "d", "cluster_id": "c3", "date": None, "date_end": None},
        ]
    )
    steps = presentation_steps(
        events, {"c1": "Putin denies claims", "c2": "Macron and Putin speak by phone"}
    )
    assert [s.cluster_id for s in steps] == ["c1", "c2", "c3"]
    assert steps[0].date_label == "13 November – 14 November 2021"
    assert steps[1].headline == "Macron and Putin speak by phone"
    assert {q.outlet for q in steps[1].quotes} == {"RFI", "France 24"}
    assert steps[2].date_label == "Undated"


def test_fly_to_only_mapped_places_inside_the_outlines():
    summary = pd.DataFrame(
        [
            {"name": "Caucasus", "kind": "region", "lat": 42.0, "lon": 44.0},
            {"name": "Erbil", "kind": "city", "lat": 36.19, "lon": 44.01},
            {"name": "Kuźnica", "kind": "village", "lat": 53.511, "lon": 23.65},
        ]
    )
    assert fly_to_place(summary, ("Caucasus", "Erbil")) is None
    assert fly_to_place(summary, ("Caucasus", "Kuźnica"))["name"] == "Kuźnica"
    assert fly_to_place(summary.iloc[0:0], ("Kuźnica",)) is None


def test_initial_step_from_url_then_selection():
    events = make_events(
        [
            {
                "event_id": "a",
                "cluster_id": "c1",
                "date": date(2021, 11, 13),
                "date_end": date(2021, 11, 13),
            },
            {
                "event_id": "b",
                "cluster_id": "c2",
                "date": date(2021, 11, 15),
                "date_end": date(2021, 11, 15),
            },
        ]
    )
    steps = presentation_steps(events, {})
    assert initial_step(steps, "2", None) == 2
    assert initial_step(steps, "99", None) == 2 and initial_step(steps, "-3", None) == 1
    assert initial_step(steps, "abc", "b") == 1
    assert initial_step(steps, None, "b") == 2
    assert initial_step(steps, None, None) == 1


# ---------------------------------------------------------------- fitting a 720p screen


def _quote(outlet: str, chars: int) -> StepQuote:
    sentence = ("word " * (chars // 5 + 1))[:chars]
    return StepQuote(outlet, "en", sentence, "test", f"e-{outlet}")


def _step_of(*quotes: StepQuote) -> Step:
    return Step(
        cluster_id="c1",
        headline="Macron and Putin speak by phone",
        date_label="Monday 15 November 2021",
        event_type="diplomacy",
        places=(),
        quotes=quotes,
        event_ids=tuple(q.event_id for q in quotes),
    )


@pytest.mark.parametrize(
    ("lengths", "pages"),
    [
        ([150], [[150]]),
        ([195, 150], [[195, 150]]),  # the 15 Nov call's first two outlets: one page
        ([195, 150, 290], [[195, 150], [290]]),  # ...and the third on a page of its own
        ([300, 300], [[300], [300]]),  # together too long for one screen
        ([100, 100, 100, 100, 100], [[100, 100], [100, 100], [100]]),  # at most two a page
        ([3000, 50], [[3000], [50]]),  # a huge quote alone (its box scrolls)
        ([], [[]]),
    ],
)
def test_quotes_come_in_pages_that_fit_a_720p_screen(lengths, pages):
    quotes = tuple(_quote(f"Outlet {n}", length) for n, length in enumerate(lengths))
    paged = quote_pages(quotes)
    assert [[len(q.sentence) for q in page] for page in paged] == pages
    assert [q for page in paged for q in page] == list(quotes)  # in order, none left out
    assert all(len(page) <= QUOTES_PER_PAGE for page in paged)


@pytest.mark.parametrize(
    ("lengths", "page", "shown", "more", "outlets", "compact"),
    [
        ([195, 150, 290], 0, "Outlets 1–2 of 3", "+1 more outlet", ["Outlet 0", "Outlet 1"], False),
        ([195, 150, 290], 1, "Outlets 3 of 3", None, ["Outlet 2"], False),
        ([195, 150, 290], 7, "Outlets 3 of 3", None, ["Outlet 2"], False),  # clamped
        ([100] * 5, 0, "Outlets 1–2 of 5", "+3 more outlets", ["Outlet 0", "Outlet 1"], False),
        ([250, 250], 0, "", None, ["Outlet 0", "Outlet 1"], True),  # one page, compact type
        ([150], 0, "", None, ["Outlet 0"], False),
    ],
)
def test_a_step_shows_one_page_of_outlets_and_says_how_many_more(
    lengths, page, shown, more, outlets, compact
):
    step = _step_of(*(_quote(f"Outlet {n}", length) for n, length in enumerate(lengths)))
    markup = step_html(step, page)
    pages = re.findall(
        r'<div class="ct-quotes"( hidden)?>(.*?)(?=<div class="ct-quotes"|$)', markup
    )
    visible = [quotes for hidden, quotes in pages if not hidden]
    assert len(visible) == 1
    assert re.findall(r"<bdi>(.*?)</bdi>", visible[0]) == outlets
    assert visible[0].count("<blockquote") == len(outlets)
    assert markup.count("<blockquote") == len(lengths)  # the other pages: there, hidden
    assert ("ct-compact" in markup) is compact
    assert outlets_pager(step, page) == (shown, more)
