"""What the plotly charts share: the theme's colours on a base layout, sizes for normal and
presenter type, the figure built without validation, the empty figure, label escaping.

It builds no chart itself (timeline.py and outlets.py do) and knows nothing of pydeck.
"""

from __future__ import annotations

import plotly.graph_objects as go

from crisis_timeline.charts.palette import theme_colours
from crisis_timeline.untrusted import html_text

FONT_FAMILY = '"Source Sans Pro", "Source Sans 3", Arial, sans-serif'
LANE_LABEL_CHARS = 40  # a timeline lane's or a coverage row's story label, in characters


def sizes(large_type: bool) -> dict[str, float]:
    """Sizes for normal and presenter mode (legible when 1080p is shared at 720p)."""
    if large_type:
        return {
            "font": 20,
            "marker": 16,
            "marker_step": 5,
            "marker_max": 36,
            "span": 14,
            "lane": 64,
            "ring_extra": 12,
        }
    return {
        "font": 13,
        "marker": 10,
        "marker_step": 4,
        "marker_max": 26,
        "span": 9,
        "lane": 40,
        "ring_extra": 9,
    }


def figure(traces: list[dict], layout: dict) -> go.Figure:
    """A figure from plain dicts, skipping plotly's per-property validation.

    Validation costs ~20x the build time for a few hundred points (it walks every value);
    the tests re-validate each builder's output (go.Figure(fig.to_dict())) instead.
    """
    return go.Figure({"data": traces, "layout": layout}, _validate=False)


def axis_style(colours: dict[str, str], font_size: float) -> dict:
    """An axis in the theme's colours: grid, line, ticks and title."""
    return {
        "showgrid": True,
        "gridcolor": colours["grid"],
        "showline": True,
        "linecolor": colours["border"],
        "zeroline": False,
        "color": colours["text"],
        "tickfont": {"color": colours["text"], "size": font_size},
        "title": {"font": {"color": colours["text"], "size": font_size}},
    }


def base_layout(theme: str, font_size: float) -> dict:
    """A layout with every colour set from the theme and an empty template, so nothing else
    paints over them (and no template is deep-copied into each figure)."""
    colours = theme_colours(theme)
    return {
        # an empty template, as a dict: figure() skips validation, which is what turns
        # template names into dicts, and plotly.io.to_html expects a dict here
        "template": {"data": {}, "layout": {}},
        "paper_bgcolor": colours["background"],
        "plot_bgcolor": colours["background"],
        "font": {"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
        "hoverlabel": {
            "bgcolor": colours["tooltip_background"],
            "bordercolor": colours["border"],
            "font": {"family": FONT_FAMILY, "size": font_size, "color": colours["text"]},
            "align": "left",
        },
        "legend": {"font": {"color": colours["text"], "size": font_size}},
        "xaxis": axis_style(colours, font_size),
        "yaxis": axis_style(colours, font_size),
    }


def empty_figure(message: str, *, theme: str = "light", large_type: bool = False) -> go.Figure:
    """A blank chart that says why it is blank (never an empty frame with axes)."""
    colours = theme_colours(theme)
    font = sizes(large_type)["font"]
    layout = base_layout(theme, font)
    layout["xaxis"] = {"visible": False}
    layout["yaxis"] = {"visible": False}
    layout.update(
        height=260,
        margin={"l": 20, "r": 20, "t": 20, "b": 20},
        annotations=[
            {
                "text": html_text(message),
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": font + 3, "color": colours["text"]},
            }
        ],
        meta={"empty": True, "message": message},
    )
    return figure([], layout)
