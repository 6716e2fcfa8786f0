"""Untrusted text in Streamlit: the helpers pages and ui/ use for every piece of article text,
outlet name or title they show.

- `literal` for anything Streamlit reads as Markdown: st.markdown, st.caption, st.info and
  the other alerts, st.title/subheader, and the labels of buttons, metrics, expanders, tabs,
  segmented controls and pills. An asterisk or underscore would turn into emphasis,
  brackets into links or remote images, dollar signs into LaTeX and ":red[...]" into
  colour. Backslash-escaping every ASCII punctuation mark is always safe in CommonMark (the
  backslash is not shown), so the text reads exactly as the outlet wrote it.
- `html_text` for st.html (crisis_timeline.untrusted: the core's HTML uses the same one).
- `plain_text` for widgets that show plain text: select and multiselect options
  (format_func), dataframe cells.

All three drop bidirectional controls (crisis_timeline.untrusted says why).
tests/test_untrusted_text.py fails on any other interpolation in pages/ and ui/.
"""

from __future__ import annotations

import re

from crisis_timeline.untrusted import html_text, plain_text

__all__ = ["html_text", "literal", "plain_text"]

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def literal(text: object) -> str:
    """`text` escaped for Markdown: shown as written, never as formatting."""
    return _PUNCTUATION.sub(r"\\\1", plain_text(text))
