"""Who reported which story: the coverage matrix (stories x outlets, a count per cell), the
part of it a chart can show, and its heatmap.

coverage_matrix is the text alternative and the figure's input; the heatmap writes each
count in its cell, so the numbers, not the shading, carry the information. Per-outlet
figures (events, lag, vocabulary) are computed in crisis_timeline/outlets.py and shown
as tables, not drawn here.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go

from crisis_timeline import geo
from crisis_timeline.charts.layout import (
    LANE_LABEL_CHARS,
    base_layout,
    empty_figure,
    figure,
    sizes,
)
from crisis_timeline.charts.palette import theme_colours
from crisis_timeline.untrusted import html_text

COVERAGE_GENTLE_SLANT_UP_TO = 8  # coverage matrix columns whose names slant at 30 degrees


# Among events dated from the same first day, the most precise one names the story's date.
_PRECISION_RANK = {"day": 0, "weekend": 1, "week": 2, "month": 3, "year": 4}


def _first_dates(clustered: pd.DataFrame) -> tuple[dict, dict[str, str]]:
    """Each cluster's first day (None when no event of it is dated) and that date's
    precision (the most precise among its events dated from that day)."""
    first_day: dict = dict.fromkeys(clustered["cluster_id"])
    dated = clustered[clustered["_day"].notna()]
    if dated.empty:
        return first_day, {}
    precision = (
        dated["precision"] if "precision" in dated.columns else pd.Series("day", dated.index)
    )
    ranked = dated.assign(
        _rank=precision.map(_PRECISION_RANK).fillna(0), _precision=precision.fillna("day")
    ).sort_values(["_day", "_rank"], kind="stable")
    firsts = ranked.groupby("cluster_id", sort=False).head(1)
    first_day.update(zip(firsts["cluster_id"], firsts["_day"], strict=True))
    return first_day, dict(zip(firsts["cluster_id"], firsts["_precision"], strict=True))


def coverage_matrix(
    events: pd.DataFrame, cluster_labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """Clusters (rows, earliest first, labelled "15 Nov 2021 · label") x outlets (columns).

    A cell is the number of that outlet's events in the cluster (0 when it did not report
    it). Events without a cluster are left out. `attrs["cluster_ids"]` lists the row clusters.
    """
    labels = cluster_labels or {}
    clustered = (
        events[events["cluster_id"].notna()].copy() if events is not None else pd.DataFrame()
    )
    if clustered.empty:
        matrix = pd.DataFrame(dtype=int)
        matrix.attrs["cluster_ids"] = []
        return matrix
    clustered["outlet"] = clustered["outlet"].fillna("Unknown outlet")
    clustered["_day"] = clustered["date"].map(geo.as_date)
    counts = pd.crosstab(clustered["cluster_id"], clustered["outlet"])
    first_day, first_precision = _first_dates(clustered)
    cluster_ids = sorted(
        counts.index, key=lambda cluster: (first_day[cluster] or date.max, str(cluster))
    )
    counts = counts.loc[cluster_ids, sorted(counts.columns, key=str.casefold)]
    row_labels: list[str] = []
    taken: set[str] = set()
    for cluster in cluster_ids:
        # at its precision: a story first dated "this year" is "2021", not "1 Jan 2021"
        when = geo.date_label(first_day[cluster], None, first_precision.get(cluster, "day"))
        label = f"{when} · {geo.shorten(labels.get(cluster, cluster), LANE_LABEL_CHARS)}"
        while label in taken:  # two clusters with the same label and day stay two rows
            label += " ·"
        taken.add(label)
        row_labels.append(label)
    matrix = pd.DataFrame(
        counts.to_numpy(dtype=int), index=row_labels, columns=[str(c) for c in counts.columns]
    )
    matrix.index.name = "cluster"
    matrix.columns.name = "outlet"
    matrix.attrs["cluster_ids"] = list(cluster_ids)
    return matrix


def top_of_matrix(matrix: pd.DataFrame, max_rows: int, max_columns: int) -> pd.DataFrame:
    """The part of a coverage matrix a chart can show: the outlets with the most events and,
    among the stories they cover, those reported by the most outlets (then earliest first,
    as in the full matrix). Returns the matrix itself when it already fits."""
    if matrix.empty or (len(matrix.index) <= max_rows and len(matrix.columns) <= max_columns):
        return matrix
    cluster_ids = list(matrix.attrs.get("cluster_ids") or matrix.index)
    columns = matrix.sum(axis=0).sort_values(ascending=False, kind="stable").index[:max_columns]
    kept_columns = [c for c in matrix.columns if c in set(columns)]
    narrowed = matrix[kept_columns]
    reach = (narrowed > 0).sum(axis=1).to_numpy()
    positions = sorted(range(len(narrowed)), key=lambda i: (-reach[i], i))[:max_rows]
    positions = [i for i in sorted(positions) if reach[i] > 0]
    top = narrowed.iloc[positions].copy()
    top.attrs["cluster_ids"] = [cluster_ids[i] for i in positions]
    top.attrs["shown_of"] = (len(matrix.index), len(matrix.columns))
    return top


def coverage_matrix_figure(
    matrix: pd.DataFrame, *, theme: str = "light", large_type: bool = False
) -> go.Figure:
    """Heatmap of coverage_matrix(): each cell writes its count (– for none), so the numbers,
    not the shading, carry the information. customdata holds the row's cluster_id."""
    colours = theme_colours(theme)
    font = sizes(large_type)["font"]
    if matrix is None or matrix.empty:
        return empty_figure("No clustered events match the filters", theme=theme)
    counts = matrix.to_numpy(dtype=int)
    cluster_ids = matrix.attrs.get("cluster_ids") or list(matrix.index)
    trace = {
        "type": "heatmap",
        "z": counts.tolist(),
        # outlet names and story labels come from outside, and plotly reads axis labels and
        # the %{x}/%{y} of hovers as HTML
        "x": [html_text(column) for column in matrix.columns],
        "y": [html_text(index) for index in matrix.index],
        "text": [[str(value) if value else "–" for value in row] for row in counts.tolist()],
        "texttemplate": "%{text}",
        "textfont": {"size": font},
        # from the background to the theme's place colour: zero cells vanish into the page
        "colorscale": [[0.0, colours["background"]], [1.0, colours["place"]]],
        "zmin": 0,
        "zmax": max(int(counts.max()), 1),
        "showscale": False,
        "xgap": 2,
        "ygap": 2,
        "customdata": [[str(cluster)] * len(matrix.columns) for cluster in cluster_ids],
        "hovertemplate": "%{y}<br>%{x}: %{z} event(s)<extra></extra>",
        "meta": {"role": "coverage"},
    }
    layout = base_layout(theme, font)
    # outlet names slant over their columns; past a handful of columns a 30-degree slant
    # runs each name into its neighbours', a steeper one keeps them apart
    tickangle = -30 if len(matrix.columns) <= COVERAGE_GENTLE_SLANT_UP_TO else -60
    layout["xaxis"].update(
        side="top", showgrid=False, automargin=True, tickangle=tickangle, title=None
    )
    layout["yaxis"].update(autorange="reversed", showgrid=False, automargin=True)
    layout.update(
        height=int(120 + (40 if large_type else 28) * len(matrix.index)),
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
    )
    return figure([trace], layout)
