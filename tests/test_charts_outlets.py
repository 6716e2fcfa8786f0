"""charts/outlets.py: the coverage matrix (stories x outlets) and its heatmap."""

from __future__ import annotations

import plotly.graph_objects as go

from crisis_timeline.charts.outlets import (
    COVERAGE_GENTLE_SLANT_UP_TO,
    coverage_matrix,
    coverage_matrix_figure,
)
from crisis_timeline.charts.palette import THEMES
from tests.event_factory import make_events


def test_coverage_matrix_counts_events_per_cluster_and_outlet():
    events = make_events(
        [
            {"outlet": "A", "date": "2021-11-15", "cluster_id": "late", "start": 0},
            {"outlet": "A", "date": "2021-11-15", "cluster_id": "late", "start": 5},
            {"outlet": "B", "date": "2021-11-16", "cluster_id": "late", "start": 0},
            {"outlet": "B", "date": "2021-11-10", "cluster_id": "early", "start": 9},
            {"outlet": "C", "date": "2021-11-12", "start": 0},  # no cluster: left out
        ]
    )
    matrix = coverage_matrix(events, {"late": "Camp cleared"})
    assert list(matrix.columns) == ["A", "B"]
    assert list(matrix.index) == ["10 Nov 2021 · early", "15 Nov 2021 · Camp cleared"]
    assert matrix.to_numpy().tolist() == [[0, 1], [2, 1]]
    assert matrix.attrs["cluster_ids"] == ["early", "late"]
    fig = coverage_matrix_figure(matrix, theme="dark")
    go.Figure(fig.to_dict())
    (heatmap,) = fig.data
    assert [list(row) for row in heatmap.text] == [
        ["–", "1"],
        ["2", "1"],
    ]  # numbers written, not colour alone
    assert heatmap.customdata[1][0] == "late"
    assert fig.layout.paper_bgcolor == THEMES["dark"]["background"]
    assert fig.layout.xaxis.tickangle == -30  # two names: a gentle slant


def test_story_rows_name_their_first_date_at_its_precision():
    events = make_events(
        [
            {
                "outlet": "A",
                "date": "2021-01-01",
                "date_end": "2021-12-31",
                "precision": "year",
                "cluster_id": "year",
                "start": 0,
            },
            {
                "outlet": "B",
                "date": "2021-08-01",
                "date_end": "2021-08-31",
                "precision": "month",
                "cluster_id": "month",
                "start": 0,
            },
            {"outlet": "A", "date": "2021-08-01", "cluster_id": "month", "start": 9},
            {"outlet": "B", "date": "2021-11-15", "cluster_id": "day", "start": 20},
        ]
    )
    matrix = coverage_matrix(events, {"year": "Fence", "month": "Camp", "day": "Storm"})
    # a day and a month from the same first day: the day, the more precise, names it
    assert list(matrix.index) == ["2021 · Fence", "1 Aug 2021 · Camp", "15 Nov 2021 · Storm"]
    alone = coverage_matrix(events[events["start"] != 9], {"month": "Camp"})
    assert "August 2021 · Camp" in list(alone.index)


def test_many_coverage_columns_slant_their_names_steeply_enough_to_part():
    events = make_events(
        [
            {"outlet": f"Outlet {n:02d}", "date": "2021-11-15", "cluster_id": "c", "start": n}
            for n in range(COVERAGE_GENTLE_SLANT_UP_TO + 1)
        ]
    )
    fig = coverage_matrix_figure(coverage_matrix(events))
    assert fig.layout.xaxis.tickangle == -60


def test_coverage_matrix_without_clusters_is_an_explained_empty_figure():
    matrix = coverage_matrix(make_events([{"date": "2021-11-15"}]))
    assert matrix.empty
    fig = coverage_matrix_figure(matrix)
    assert "No clustered events" in fig.layout.annotations[0].text


HOSTILE_OUTLET = (
    '<a href="https://evil.example">Click</a> <b>News</b> <span style="font-size:90px">X</span>'
)
HOSTILE_LABEL = "<b>Camp</b> <a href='https://evil.example'>cleared</a>"


def test_hostile_outlet_names_and_story_labels_reach_the_heatmap_escaped():
    events = make_events(
        [
            {"outlet": HOSTILE_OUTLET, "date": "2021-11-15", "cluster_id": "c1", "start": 0},
            {"outlet": "RFI", "date": "2021-11-15", "cluster_id": "c1", "start": 5},
        ]
    )
    fig = coverage_matrix_figure(coverage_matrix(events, {"c1": HOSTILE_LABEL}))
    as_json = fig.to_json()
    # plotly reads axis labels and the hover's %{x}/%{y} as HTML: no tag may survive
    for tag in ("<a ", "<b>", "<span", "</a>"):
        assert tag not in as_json
    (heatmap,) = fig.data
    assert "&lt;a href=&#34;https://evil.example&#34;&gt;Click&lt;/a&gt;" in heatmap.x[0]
    assert "· &lt;b&gt;Camp&lt;/b&gt; &lt;a" in heatmap.y[0]  # shortened, then escaped
