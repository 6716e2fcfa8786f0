"""charts/layout.py: what the plotly charts share (theme on the layout, sizes, empty figure)."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from crisis_timeline.charts import layout
from crisis_timeline.charts.palette import THEMES
from crisis_timeline.untrusted import html_text


@pytest.mark.parametrize("theme", list(THEMES))
def test_base_layout_paints_every_colour_from_the_theme(theme):
    colours = THEMES[theme]
    base = layout.base_layout(theme, 13)
    assert base["template"] == {"data": {}, "layout": {}}
    assert base["paper_bgcolor"] == base["plot_bgcolor"] == colours["background"]
    assert base["hoverlabel"]["bgcolor"] == colours["tooltip_background"]
    for axis in (base["xaxis"], base["yaxis"]):
        assert axis["gridcolor"] == colours["grid"] and axis["tickfont"]["size"] == 13
    go.Layout(base)  # valid plotly


def test_sizes_for_presenters_are_larger_everywhere():
    normal, large = layout.sizes(False), layout.sizes(True)
    assert normal.keys() == large.keys()
    assert all(large[key] > normal[key] for key in normal)


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a <b> & 'c'", "a &lt;b&gt; &amp; &#x27;c&#x27;"),
        # &#34;, not &quot;: plotly's labels show named entities other than a few as written
        ('"quoted"', "&#34;quoted&#34;"),
        (
            '<a href="https://x.example">x</a>',
            "&lt;a href=&#34;https://x.example&#34;&gt;x&lt;/a&gt;",
        ),
        ("RFI\u202e live", "RFI live"),  # a right-to-left override is dropped
        (None, ""),
    ],
)
def test_the_one_html_escape_suits_plotly_labels(text, escaped):
    # charts call untrusted.html_text itself for labels, hovers and tick texts
    assert html_text(text) == escaped


@pytest.mark.parametrize(("large_type", "font"), [(False, 16), (True, 23)])
def test_empty_figure_says_why_without_axes(large_type, font):
    fig = layout.empty_figure("Nothing <here>", theme="dark", large_type=large_type)
    go.Figure(fig.to_dict())
    assert not fig.data and fig.layout.xaxis.visible is False
    (note,) = fig.layout.annotations
    assert note.text == "Nothing &lt;here&gt;" and note.font.size == font
    assert fig.layout.meta == {"empty": True, "message": "Nothing <here>"}
    with pytest.raises(ValueError, match="unknown theme"):
        layout.empty_figure("x", theme="sepia")
