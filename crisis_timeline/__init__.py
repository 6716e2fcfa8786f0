"""Crisis Timeline core: articles -> dated, located, attributed events -> clusters.

This package never imports streamlit; the app layer (`ui/`, `pages/`) calls into it.
"""

from __future__ import annotations

__version__ = "0.1.0"
