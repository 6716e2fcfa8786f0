"""Text from outside (article text, outlet names, titles) made safe to show as HTML or text.

Everything an article, sources.csv or a URL supplies reaches a page or an export through
`html_text` (HTML, including plotly labels) or, in the ui, `ui.text.literal` (Markdown),
which both start from `plain_text`. tests/test_untrusted_text.py fails on any other
interpolation in pages/ and ui/.

Bidirectional controls: an embedding, override or isolate (U+202A-U+202E, U+2066-U+2069)
changes the direction of everything after it up to the end of the paragraph, so a
right-to-left override in an outlet name reversed the rest of a line ("‮gnikaerb"). They
are dropped: Arabic and Hebrew letters carry their own direction, so text in those scripts
still reads right to left without them. The marks (U+200E, U+200F, U+061C) only nudge
neutral characters and are kept.

It does not decide what is trusted; CSV cells have their own helper (csv_safe.py).
"""

from __future__ import annotations

import html
import re

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI = re.compile(f"[{''.join(sorted(BIDI_CONTROLS))}]")


def plain_text(value: object) -> str:
    """`value` as text without bidirectional controls (for plain-text widgets: select
    options, table cells)."""
    return _BIDI.sub("", str(value))


def html_text(value: object) -> str:
    """`value` as HTML text or attribute value: shown as written, never as markup.

    `&`, `<`, `>` and both quotes are escaped (html.escape with quote=True), the double quote
    as `&#34;` rather than `&quot;`, which plotly's labels (a subset of HTML) would show as
    written. None becomes "".
    """
    if value is None:
        return ""
    return html.escape(plain_text(value), quote=True).replace("&quot;", "&#34;")
