"""Crisis Timeline: entry point. Page config and navigation only (pages live in pages/)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

st.set_page_config(page_title="Crisis Timeline", page_icon=str(Path(__file__).parent / "ui" / "icon.png"), layout="wide")

navigation = st.navigation(
    [
        st.Page("pages/overview.py", title="Overview", icon=":material/home:", default=True),
        st.Page(
            "pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"
        ),
        st.Page("pages/map.py", title="Map", icon=":material/map:", url_path="map"),
        st.Page(
            "pages/outlets.py", title="Outlets", icon=":material/newspaper:", url_path="outlets"
        ),
        st.Page(
            "pages/articles.py", title="Articles", icon=":material/article:", url_path="articles"
        ),
        st.Page(
            "pages/present.py", title="Present", icon=":material/slideshow:", url_path="present"
        ),
    ]
)
navigation.run()
