"""charts/key.py: the timeline's key as HTML under the chart (glyphs match the chart's symbols)."""

from __future__ import annotations

import base64
import re
from datetime import date

from crisis_timeline import timeline_density
from crisis_timeline.charts import key as chart_key
from crisis_timeline.charts.palette import event_colour
from crisis_timeline.charts.timeline import timeline_figure
from tests.test_charts_timeline import crisis_events
from tests.test_scale import many_events


def _glyphs(html_text: str) -> list[str]:
    """The SVG documents of the key's <img> glyphs, decoded."""
    return [
        base64.b64decode(data).decode()
        for data in re.findall(r'src="data:image/svg\+xml;base64,([^"]+)"', html_text)
    ]


def test_the_key_lists_each_drawn_type_then_what_symbols_mean():
    events = crisis_events()
    figure = timeline_figure(events, legend=False, show_background=True)
    title, entries = chart_key.timeline_key(figure)
    assert title == "Event type"
    labels = [entry.label for entry in entries]
    drawn_types = {(t.meta or {}).get("event_type") for t in figure.data} - {None}
    assert len(labels) == len(drawn_types) + 2
    assert labels[-2:] == [
        "Open marker: date inferred",
        "Bar: dated to a weekend, week, month or year",
    ]
    diplomacy = next(e for e in entries if e.label == "Diplomacy")
    assert diplomacy.colour == event_colour("diplomacy", "light")
    assert diplomacy.symbol == "circle"
    assert next(e for e in entries if e.label == "Clash").symbol == "x"
    assert entries[-2].symbol == "circle-open" and entries[-1].symbol == "bar"


def test_the_key_html_has_one_glyph_per_entry_in_its_colour_and_shape():
    figure = timeline_figure(crisis_events(), legend=False, theme="dark")
    title, entries = chart_key.timeline_key(figure)
    html_text = chart_key.key_html(title, entries)
    glyphs = _glyphs(html_text)
    assert len(glyphs) == len(entries)
    for entry, svg in zip(entries, glyphs, strict=True):
        assert svg.startswith("<svg") and entry.colour in svg
        assert f"> {entry.label}</span>" in html_text
    clash = glyphs[[e.label for e in entries].index("Clash")]
    assert "<path" in clash and 'stroke="' in clash  # an X is drawn by its strokes
    inferred = glyphs[[e.symbol for e in entries].index("circle-open")]
    assert 'fill="none"' in inferred  # open: outlined, like the chart's marker
    assert "<svg" not in html_text  # inline svg is stripped by st.html; images are kept


def test_an_aggregated_view_says_its_colours_are_the_most_frequent_type(monkeypatch):
    monkeypatch.setattr(timeline_density, "AGGREGATE_ABOVE", 5)
    figure = timeline_figure(
        many_events(outlets=3, days=3, per_day=2), legend=False, view_start=date(2021, 11, 8)
    )
    title, entries = chart_key.timeline_key(figure)
    assert figure.layout.meta["aggregated"]
    assert title == "Event type (the most frequent in each marker)"
    assert "Diplomacy" in [e.label for e in entries]


def test_labels_are_escaped():
    entry = chart_key.KeyEntry("<b>Clash</b> & co", "#D55E00", "x")
    html_text = chart_key.key_html("Event <type>", [entry])
    assert "&lt;b&gt;Clash&lt;/b&gt; &amp; co" in html_text
    assert "Event &lt;type&gt;:" in html_text


def test_without_the_legend_the_chart_is_only_as_tall_as_its_lanes():
    events = crisis_events()
    with_legend = timeline_figure(events, show_background=True)
    without = timeline_figure(events, show_background=True, legend=False)
    assert with_legend.layout.showlegend is not False and without.layout.showlegend is False
    assert without.layout.height < with_legend.layout.height
    # no range slider: the two-line date labels get a bottom margin, not 10 px
    compact = timeline_figure(events, range_slider=False, legend=False)
    assert compact.layout.margin.b >= 3 * 13 and with_legend.layout.margin.b == 10
