"""Article text inside Streamlit markdown, shown as written.

Sentences, outlet names and quoted words come from the articles. In st.markdown an asterisk
or underscore in them would turn into emphasis, brackets into links or remote images, two
dollar signs into LaTeX and ":red[...]" into colour. Backslash-escaping every ASCII
punctuation mark is always safe in CommonMark (the backslash is not shown), so the text
reads exactly as the outlet wrote it.
"""

from __future__ import annotations

import re

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def literal(text: object) -> str:
    """`text` escaped for st.markdown: shown as written, never as formatting."""
    return _PUNCTUATION.sub(r"\\\1", str(text))
