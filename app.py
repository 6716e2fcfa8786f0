"""Crisis Timeline: entry point. Page config and navigation only (pages live in pages/)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from ui.navigation import streamlit_pages

st.set_page_config(
    page_title="Crisis Timeline",
    page_icon=str(Path(__file__).parent / "ui" / "icon.png"),
    layout="wide",
)

# The menu is drawn by each page's sidebar (ui/navigation.py says why).
st.navigation(streamlit_pages()).run()
