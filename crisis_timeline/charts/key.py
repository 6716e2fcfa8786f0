"""The timeline's key as a line of HTML under the chart, in place of plotly's legend.

Why not the legend: beside a 1280-px chart it took a third of the width, leaving the days
of the crisis squeezed into the rest, and Streamlit redraws it with the chart on every
filter change (about 20 ms a draw, and a changed chart is drawn twice). As text the key
wraps to any width, takes the page's text colour in both themes, and is read out by screen
readers. Its glyphs are small inline SVGs of the marker symbols the chart draws: fonts lack
several of them (pentagon, hexagon), and a look-alike character would not match the chart.
They are inlined as data-URI images, which Streamlit's st.html keeps (it strips <svg>).

Exports that stand alone (the HTML briefing) keep plotly's legend: there is no page around
them to carry the key.
"""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crisis_timeline.charts.palette import EVENT_TYPE_LABELS, event_symbol
from crisis_timeline.untrusted import html_text

if TYPE_CHECKING:  # the key reads a figure; timeline.py builds it
    import plotly.graph_objects as go

GLYPH_PX = 14


@dataclass(frozen=True)
class KeyEntry:
    label: str
    colour: str  # CSS colour
    symbol: str  # a plotly marker symbol ("circle", "diamond-open", ...) or "bar"


def _first(value):
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def timeline_key(figure: go.Figure) -> tuple[str, list[KeyEntry]]:
    """The key's title and entries, from the traces timeline.timeline_figure drew (its `meta`
    roles): one entry per event type shown, then the symbols' meanings, then the selection."""
    meta = figure.layout.meta or {}
    title = "Event type"
    if meta.get("aggregated"):
        title += " (the most frequent in each marker)"
    entries = []
    for trace in figure.data:
        role = (trace.meta or {}).get("role")
        if trace.showlegend is False or role not in ("events", "key", "selected"):
            continue
        if role == "events":
            event_type = trace.meta["event_type"]
            entries.append(
                KeyEntry(
                    EVENT_TYPE_LABELS.get(event_type, str(event_type)),
                    str(_first(trace.marker.color)),
                    event_symbol(event_type),
                )
            )
        elif trace.mode == "lines":
            entries.append(KeyEntry(str(trace.name), str(trace.line.color), "bar"))
        else:
            entries.append(
                KeyEntry(
                    str(trace.name),
                    str(_first(trace.marker.color) or "currentColor"),
                    str(_first(trace.marker.symbol) or "circle"),
                )
            )
    return title, entries


def _points(corners: int, outer: float, inner: float | None = None, turn: float = 0.0) -> str:
    """Polygon (or star, with an inner radius) points around the glyph's centre."""
    centre = GLYPH_PX / 2
    radii = [outer] if inner is None else [outer, inner]
    steps = corners * len(radii)
    points = []
    for step in range(steps):
        angle = math.radians(turn - 90 + 360 * step / steps)
        radius = radii[step % len(radii)]
        points.append(
            f"{centre + radius * math.cos(angle):.2f},{centre + radius * math.sin(angle):.2f}"
        )
    return " ".join(points)


# plotly's symbols as SVG shapes in a GLYPH_PX box (drawn filled, or outlined when "-open")
_SHAPES = {
    "circle": '<circle cx="7" cy="7" r="5"/>',
    "square": '<rect x="2.5" y="2.5" width="9" height="9"/>',
    "diamond": f'<polygon points="{_points(4, 6)}"/>',
    "triangle-up": f'<polygon points="{_points(3, 6)}"/>',
    "triangle-down": f'<polygon points="{_points(3, 6, turn=180)}"/>',
    "pentagon": f'<polygon points="{_points(5, 6)}"/>',
    "hexagon": f'<polygon points="{_points(6, 6)}"/>',
    "star": f'<polygon points="{_points(5, 6.5, 2.8)}"/>',
    "x": '<path d="M3,3 L11,11 M11,3 L3,11" stroke-width="3" fill="none"/>',
    "cross": '<path d="M7,2 L7,12 M2,7 L12,7" stroke-width="3" fill="none"/>',
}


def glyph_svg(symbol: str, colour: str) -> str:
    """A GLYPH_PX inline SVG of a plotly marker symbol (or "bar": a thick line)."""
    colour = html_text(colour)
    if symbol == "bar":
        shape = f'<rect x="0" y="5" width="{GLYPH_PX}" height="4" fill="{colour}"/>'
    else:
        base, is_open = symbol.removesuffix("-open"), symbol.endswith("-open")
        shape = _SHAPES.get(base, _SHAPES["circle"])
        if base in ("x", "cross"):  # drawn by their strokes either way
            paint = f'stroke="{colour}"'
        elif is_open:
            paint = f'fill="none" stroke="{colour}" stroke-width="2"'
        else:
            paint = f'fill="{colour}"'
        shape = f"<g {paint}>{shape}</g>"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{GLYPH_PX}" height="{GLYPH_PX}" '
        f'viewBox="0 0 {GLYPH_PX} {GLYPH_PX}">{shape}</svg>'
    )


def glyph_img(symbol: str, colour: str) -> str:
    """The glyph as an <img> with a data URI: Streamlit's st.html keeps images but strips
    inline <svg> (its sanitiser allows HTML only). Decorative: the label says it."""
    data = base64.b64encode(glyph_svg(symbol, colour).encode()).decode()
    return (
        f'<img src="data:image/svg+xml;base64,{data}" width="{GLYPH_PX}" height="{GLYPH_PX}" '
        f'alt="" style="vertical-align:-2px;display:inline">'
    )


def key_html(title: str, entries: list[KeyEntry]) -> str:
    """One wrapping line: the title, then each glyph and its label (kept together)."""
    items = "".join(
        f'<span role="listitem" style="white-space:nowrap;margin-right:1.1em">'
        f"{glyph_img(entry.symbol, entry.colour)} {html_text(entry.label)}</span> "
        for entry in entries
    )
    return (
        f'<div class="ct-chart-key" role="list" aria-label="{html_text(title)}" '
        f'style="font-size:0.9rem;line-height:1.9">'
        f'<span style="margin-right:0.8em;font-weight:600">{html_text(title)}:</span>'
        f"{items}</div>"
    )
