"""The timeline as a static SVG, for the HTML briefing: no script, a few kilobytes.

Why: the briefing inlined plotly.js (4.6 MB) to draw one chart, so four events weighed
4.8 MB. This module draws what charts.timeline.timeline_figure already computed (lanes,
crowded-day rows, sizes, symbols, spans, the window the chart opens on), so the briefing and
the app agree (with its notes on empty lanes); it adds only a day axis. Each marker carries its hover text as an SVG
<title> (a browser's tooltip, read out by screen readers).
It is not interactive (no zoom, no selection): the briefing lists every event under it.
Markers outside the opening window are left out; `outside_window` counts them.
"""

from __future__ import annotations

import html
import math
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

import pandas as pd

from crisis_timeline.charts.key import GLYPH_PX, glyph_svg
from crisis_timeline.untrusted import html_text

if TYPE_CHECKING:  # the SVG reads a figure; timeline.py builds it
    import plotly.graph_objects as go

WIDTH_PX = 960  # the viewBox width; the SVG scales to its container
LANE_PX = 40
TOP_PX, AXIS_PX, RIGHT_PX = 10, 34, 16
LABEL_CHAR_PX = 7.2  # a lane label's character at 13 px, generous
LABEL_CHARS = 34  # longer lane labels are cut with "…" (the list below has them in full)
GLYPH_DIAMETER = 10  # the circle's diameter in key.glyph_svg's GLYPH_PX box


def plain(text: object) -> str:
    """Plotly label markup ("<b>x</b><br>y", entities) as plain text, lines kept."""
    value = re.sub(r"<br\s*/?>", "\n", str(text or ""))
    return html.unescape(re.sub(r"<[^>]*>", "", value))


# Lane labels and hover texts come from the articles: outside text (bidi controls dropped).
_esc = html_text


def _as_list(value, length: int) -> list:
    if isinstance(value, list | tuple):
        return list(value)
    return [value] * length


def _window(figure: go.Figure) -> tuple[pd.Timestamp, pd.Timestamp]:
    low, high = (pd.Timestamp(v) for v in figure.layout.xaxis.range)
    return low, high


def _markers(figure: go.Figure):
    """(x, y, symbol, size, colour, hover text) of each drawn event marker."""
    for trace in figure.data:
        if (trace.meta or {}).get("role") != "events" or not trace.x:
            continue
        count = len(trace.x)
        marker = trace.marker
        symbols = _as_list(marker.symbol or "circle", count)
        size_values = _as_list(marker.size or GLYPH_DIAMETER, count)
        colours = _as_list(marker.color, count)
        hovers = _as_list(trace.hovertext or trace.name, count)
        yield from zip(trace.x, trace.y, symbols, size_values, colours, hovers, strict=False)


def outside_window(figure: go.Figure) -> int:
    """How many event markers fall outside the window the chart opens on (not drawn)."""
    low, high = _window(figure)
    return sum(
        1 for x, *_ in _markers(figure) if x is not None and not low <= pd.Timestamp(x) <= high
    )


def _day_ticks(low: pd.Timestamp, high: pd.Timestamp) -> list[tuple[date, str]]:
    """Days to label: each day over three weeks, Mondays over four months, else months."""
    # a day is labelled at its noon, so only days whose noon is inside the window
    first = (low + pd.Timedelta(hours=12, minutes=1)).date()
    last = (high - pd.Timedelta(hours=12, minutes=1)).date()
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    if len(days) <= 21:
        return [(d, f"{d.day} {d:%b}") for d in days]
    if len(days) <= 120:
        return [(d, f"{d.day} {d:%b}") for d in days if d.weekday() == 0]
    return [(d, f"{d:%b %Y}") for d in days if d.day == 1]


class _Scale:
    """Data coordinates -> pixels."""

    def __init__(self, figure: go.Figure, left: float, height: float) -> None:
        self.low, self.high = _window(figure)
        self.left, self.right = left, WIDTH_PX - RIGHT_PX
        y0, y1 = figure.layout.yaxis.range or (len(figure.layout.yaxis.tickvals or [1]) - 0.5, -0.5)
        self.y_top, self.y_bottom = min(y0, y1), max(y0, y1)
        self.reversed = y0 > y1  # plotly's reversed axis: lane 0 on top
        self.top, self.height = TOP_PX, height

    def x(self, value) -> float:
        share = (pd.Timestamp(value) - self.low) / (self.high - self.low)
        return self.left + share * (self.right - self.left)

    def y(self, value: float) -> float:
        share = (value - self.y_top) / (self.y_bottom - self.y_top)
        return self.top + (share if self.reversed else 1 - share) * self.height

    def inside(self, value) -> bool:
        return value is not None and self.low <= pd.Timestamp(value) <= self.high


def _grid(scale: _Scale, figure: go.Figure, colours: dict[str, str]) -> list[str]:
    parts = []
    bottom = scale.top + scale.height
    for day, label in _day_ticks(scale.low, scale.high):
        px = scale.x(pd.Timestamp(day) + pd.Timedelta(hours=12))
        parts.append(
            f'<line x1="{px:.1f}" y1="{scale.top}" x2="{px:.1f}" y2="{bottom}" '
            f'stroke="{colours["grid"]}"/>'
            f'<text x="{px:.1f}" y="{bottom + 20}" text-anchor="middle">{_esc(label)}</text>'
        )
    for value, label in zip(
        figure.layout.yaxis.tickvals or (), figure.layout.yaxis.ticktext or (), strict=False
    ):
        py = scale.y(value)
        text = plain(label).replace("\n", " ")
        if len(text) > LABEL_CHARS:
            text = text[: LABEL_CHARS - 1].rstrip() + "…"
        parts.append(
            f'<line x1="{scale.left}" y1="{py:.1f}" x2="{scale.right}" y2="{py:.1f}" '
            f'stroke="{colours["grid"]}"/>'
            f'<text x="{scale.left - 8}" y="{py + 4:.1f}" text-anchor="end">'
            f"<title>{_esc(plain(label))}</title>{_esc(text)}</text>"
        )
    parts.append(
        f'<line x1="{scale.left}" y1="{bottom}" x2="{scale.right}" y2="{bottom}" '
        f'stroke="{colours["axis"]}"/>'
    )
    return parts


def _spans(scale: _Scale, figure: go.Figure) -> list[str]:
    """The bars over weekend/week/month events, clipped to the window."""
    parts = []
    for trace in figure.data:
        if (trace.meta or {}).get("role") != "span" or not trace.x:
            continue
        points = list(zip(trace.x, trace.y, strict=False))
        for (x0, y0), (x1, _) in zip(points[0::3], points[1::3], strict=False):
            if x0 is None or x1 is None:
                continue
            start = max(pd.Timestamp(x0), scale.low)
            end = min(pd.Timestamp(x1), scale.high)
            if start >= end:
                continue
            py = scale.y(y0)
            parts.append(
                f'<line x1="{scale.x(start):.1f}" y1="{py:.1f}" x2="{scale.x(end):.1f}" '
                f'y2="{py:.1f}" stroke="{_esc(str(trace.line.color))}" '
                f'stroke-width="{trace.line.width or 9}"/>'
            )
    return parts


def _notes(scale: _Scale, figure: go.Figure) -> list[str]:
    """The figure's notes on lanes (where the events of an empty lane are), at the window's
    edge; haloed in the background colour so grid lines do not cross the words."""
    parts = []
    background = _esc(figure.layout.paper_bgcolor or "#FFFFFF")
    for note in figure.layout.annotations or ():
        if note.xref != "x" or note.x is None or note.y is None:
            continue
        px = min(max(scale.x(note.x), scale.left + 4), scale.right - 4)
        anchor = {"right": "end", "left": "start"}.get(note.xanchor, "middle")
        colour = _esc((note.font.color if note.font else None) or "#5C5F6B")
        parts.append(
            f'<text x="{px:.1f}" y="{scale.y(note.y) + 4:.1f}" text-anchor="{anchor}" '
            f'fill="{colour}" stroke="{background}" stroke-width="4" paint-order="stroke">'
            f"{_esc(plain(note.text))}</text>"
        )
    return parts


def _marker(px: float, py: float, symbol: str, size: float, colour: str, hover: str) -> str:
    scale = max(float(size or GLYPH_DIAMETER), 4.0) / GLYPH_DIAMETER
    offset = GLYPH_PX / 2 * scale
    return (
        f'<g transform="translate({px - offset:.1f},{py - offset:.1f}) scale({scale:.2f})">'
        f"<title>{_esc(plain(hover))}</title>{glyph_svg(str(symbol), str(colour))}</g>"
    )


def timeline_svg(figure: go.Figure, *, label: str) -> str:
    """The figure's opening window as one <svg> (its text alternative: `label`)."""
    ticks = figure.layout.yaxis.ticktext or ()
    longest = max((len(plain(t)) for t in ticks), default=8)
    left = math.ceil(min(longest, LABEL_CHARS) * LABEL_CHAR_PX) + 16
    lanes = max(len(ticks), 1)
    scale = _Scale(figure, left, lanes * LANE_PX)
    colours = {
        "text": figure.layout.font.color or "#1B1F24",
        "grid": figure.layout.xaxis.gridcolor or "#E3E6EC",
        "axis": figure.layout.xaxis.linecolor or "#5B6270",
    }
    parts = _grid(scale, figure, colours) + _spans(scale, figure) + _notes(scale, figure)
    parts += [
        _marker(scale.x(x), scale.y(y), symbol, size, colour, hover)
        for x, y, symbol, size, colour, hover in _markers(figure)
        if scale.inside(x) and y is not None
    ]
    height = TOP_PX + scale.height + AXIS_PX
    font = _esc(figure.layout.font.family or "system-ui, sans-serif")
    return (
        f'<svg class="ct-timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH_PX} {height:.0f}" width="100%" '
        f'font-family="{font}" font-size="13" fill="{_esc(colours["text"])}">'
        f"<title>{_esc(label)}</title>{''.join(parts)}</svg>"
    )
