"""Colours and marker symbols for the charts and the map, in a light and a dark theme.

Event-type colours start from the Okabe–Ito palette (distinguishable with the common forms
of colour blindness) and are darkened (light theme) or lightened (dark theme) just enough
to reach WCAG 2.1 non-text contrast (3:1) against that theme's background; the map's marker
colours reach it against the land fill.
Ten event types cannot all be told apart by colour alone, so every type also has its own
marker symbol: no view depends on colour alone.

This module holds data and the contrast arithmetic; it draws nothing.
"""

from __future__ import annotations

from crisis_timeline.vocab import EVENT_TYPES

Theme = str  # "light" or "dark"

# Okabe–Ito hues per event type; comments give the Okabe–Ito name each one derives from.
EVENT_TYPE_COLOURS: dict[Theme, dict[str, str]] = {
    "light": {
        "diplomacy": "#0072B2",  # blue
        "statement": "#1A88C7",  # sky blue, darkened
        "sanctions": "#C25F96",  # reddish purple, darkened
        "border_crossing": "#AB7600",  # orange, darkened
        "clash": "#D55E00",  # vermillion
        "humanitarian": "#00916A",  # bluish green, darkened
        "military": "#000000",  # black
        "casualties": "#8E2C00",  # vermillion, dark
        "repatriation": "#8B830B",  # yellow, darkened to olive
        "other": "#767676",  # grey, darkened
    },
    "dark": {
        "diplomacy": "#0A8CD8",  # blue, lightened
        "statement": "#56B4E9",  # sky blue
        "sanctions": "#CC79A7",  # reddish purple
        "border_crossing": "#E69F00",  # orange
        "clash": "#E0691A",  # vermillion, lightened
        "humanitarian": "#009E73",  # bluish green
        "military": "#E6E6E6",  # black's counterpart on a dark background
        "casualties": "#FFA98A",  # vermillion, light
        "repatriation": "#F0E442",  # yellow
        "other": "#A0A0A0",  # grey
    },
}

# One plotly marker symbol per type; each has an "-open" variant (used for inferred dates).
EVENT_TYPE_SYMBOLS: dict[str, str] = {
    "diplomacy": "circle",
    "statement": "square",
    "sanctions": "diamond",
    "border_crossing": "triangle-up",
    "clash": "x",
    "humanitarian": "cross",
    "military": "triangle-down",
    "casualties": "star",
    "repatriation": "pentagon",
    "other": "hexagon",
}

EVENT_TYPE_LABELS: dict[str, str] = {
    event_type: event_type.replace("_", " ").capitalize() for event_type in EVENT_TYPES
}

# background/text/tooltip follow the app's .streamlit/config.toml ([theme.light]/[theme.dark])
# so charts blend with the page; keep the two in step.
# "muted" is secondary text (annotations), "grid" is decorative (no contrast requirement),
# "land"/"border" are the map's country fill and outline, "place"/"crossing"/"highlight" the
# map markers (all >= 3:1 against "land").
THEMES: dict[Theme, dict[str, str]] = {
    "light": {
        "background": "#FFFFFF",
        "text": "#1B1F24",
        "muted": "#5C5F6B",
        "grid": "#E3E6EC",
        "border": "#5B6270",
        "land": "#E4E8EE",
        "place": "#0072B2",
        "crossing": "#A34700",
        "highlight": "#111111",
        "tooltip_background": "#FFFFFF",
        "button": "#E4E8EE",
        "button_active": "#C9CFD9",
    },
    "dark": {
        "background": "#121417",
        "text": "#E8EAED",
        "muted": "#A3A8B8",
        "grid": "#262B36",
        "border": "#8C95A8",
        "land": "#1E2433",
        "place": "#56B4E9",
        "crossing": "#FF8A3D",
        "highlight": "#FFFFFF",
        "tooltip_background": "#1F2329",
        "button": "#262B36",
        "button_active": "#3A4150",
    },
}

MIN_GRAPHIC_CONTRAST = 3.0  # WCAG 2.1 SC 1.4.11 non-text contrast
MIN_TEXT_CONTRAST = 4.5  # WCAG 2.1 SC 1.4.3 normal text, level AA


def theme_colours(theme: Theme) -> dict[str, str]:
    """The colours of a theme; an unknown theme name raises ValueError."""
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
    return THEMES[theme]


def event_colour(event_type: str, theme: Theme) -> str:
    """The colour of an event type; unknown types get the colour of "other"."""
    colours = EVENT_TYPE_COLOURS[theme]
    return colours.get(event_type, colours["other"])


def event_symbol(event_type: str, *, open_marker: bool = False) -> str:
    """The plotly marker symbol of an event type, "-open" variant for inferred dates."""
    symbol = EVENT_TYPE_SYMBOLS.get(event_type, EVENT_TYPE_SYMBOLS["other"])
    return f"{symbol}-open" if open_marker else symbol


def rgb(hex_colour: str) -> tuple[int, int, int]:
    """'#RRGGBB' -> (r, g, b) in 0..255."""
    value = hex_colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {hex_colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def rgba(hex_colour: str, alpha: int = 255) -> list[int]:
    """'#RRGGBB' -> [r, g, b, a], the colour format deck.gl layers take."""
    return [*rgb(hex_colour), alpha]


def rgba_css(hex_colour: str, opacity: float) -> str:
    """'#RRGGBB' -> 'rgba(r,g,b,opacity)' for plotly properties without an opacity of their own."""
    r, g, b = rgb(hex_colour)
    return f"rgba({r},{g},{b},{opacity:g})"


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(colour_a: str, colour_b: str) -> float:
    """WCAG contrast ratio of two colours, 1.0 (same) to 21.0 (black on white).

    >>> round(contrast("#000000", "#FFFFFF"), 1)
    21.0
    """
    lighter, darker = sorted((relative_luminance(colour_a), relative_luminance(colour_b)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)
