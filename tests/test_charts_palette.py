"""charts/palette.py: every colour meets WCAG contrast, every event type has its own symbol."""

from __future__ import annotations

import plotly.graph_objects as go
import pytest

from crisis_timeline.charts.palette import (
    EVENT_TYPE_COLOURS,
    EVENT_TYPE_SYMBOLS,
    MIN_GRAPHIC_CONTRAST,
    MIN_TEXT_CONTRAST,
    THEMES,
    contrast,
    event_symbol,
)
from crisis_timeline.vocab import EVENT_TYPES


@pytest.mark.parametrize(
    ("colour_a", "colour_b", "expected"),
    [
        ("#000000", "#FFFFFF", 21.0),
        ("#FFFFFF", "#000000", 21.0),  # symmetric
        ("#777777", "#777777", 1.0),
        ("#767676", "#FFFFFF", 4.54),  # the classic "lightest AA grey on white"
        ("#0072B2", "#FFFFFF", 5.19),
    ],
)
def test_contrast_matches_wcag_examples(colour_a, colour_b, expected):
    assert contrast(colour_a, colour_b) == pytest.approx(expected, abs=0.01)


@pytest.mark.parametrize("theme", list(THEMES))
def test_every_event_type_has_a_colour_meeting_graphic_contrast(theme):
    colours = EVENT_TYPE_COLOURS[theme]
    assert set(colours) == set(EVENT_TYPES)
    background = THEMES[theme]["background"]
    too_faint = {t: round(contrast(c, background), 2) for t, c in colours.items()}
    assert all(ratio >= MIN_GRAPHIC_CONTRAST for ratio in too_faint.values()), too_faint
    assert len(set(colours.values())) == len(colours)  # no two types share a colour


@pytest.mark.parametrize("theme", list(THEMES))
@pytest.mark.parametrize(
    ("foreground", "background", "minimum"),
    [
        ("text", "background", MIN_TEXT_CONTRAST),
        ("muted", "background", MIN_TEXT_CONTRAST),
        ("text", "tooltip_background", MIN_TEXT_CONTRAST),
        ("text", "button", MIN_TEXT_CONTRAST),
        ("text", "land", MIN_TEXT_CONTRAST),  # map labels sit on land
        ("crossing", "background", MIN_TEXT_CONTRAST),  # the crossing's label colour
        ("crossing", "land", MIN_TEXT_CONTRAST),
        ("border", "land", MIN_GRAPHIC_CONTRAST),
        ("place", "land", MIN_GRAPHIC_CONTRAST),
        ("highlight", "land", MIN_GRAPHIC_CONTRAST),
        ("place", "background", MIN_GRAPHIC_CONTRAST),  # coverage cells
    ],
)
def test_theme_colours_meet_wcag_aa(theme, foreground, background, minimum):
    colours = THEMES[theme]
    assert contrast(colours[foreground], colours[background]) >= minimum


def test_each_event_type_has_its_own_valid_plotly_symbol():
    assert set(EVENT_TYPE_SYMBOLS) == set(EVENT_TYPES)
    assert len(set(EVENT_TYPE_SYMBOLS.values())) == len(EVENT_TYPES)
    symbols = [event_symbol(t, open_marker=o) for t in EVENT_TYPES for o in (False, True)]
    go.Scatter(marker={"symbol": symbols})  # raises on a symbol plotly does not know
