"""The app's pages, in menu order: app.py registers them, every page's sidebar links them.

Why our own links and not Streamlit's automatic menu: with a `pages/` folder present,
Streamlit 1.67 shows the folder's raw file names ("app", "overview", ...) instead of the
titles below when a shared link opens a page other than the first one on a fresh server.
The automatic menu is switched off in .streamlit/config.toml (showSidebarNavigation).
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st


@dataclass(frozen=True)
class PageEntry:
    script: str
    title: str
    icon: str
    url_path: str | None  # None: the default page, served at /


PAGES: tuple[PageEntry, ...] = (
    PageEntry("pages/overview.py", "Overview", ":material/home:", None),
    PageEntry("pages/timeline.py", "Timeline", ":material/timeline:", "timeline"),
    PageEntry("pages/map.py", "Map", ":material/map:", "map"),
    PageEntry("pages/outlets.py", "Outlets", ":material/newspaper:", "outlets"),
    PageEntry("pages/articles.py", "Articles", ":material/article:", "articles"),
    PageEntry("pages/present.py", "Present", ":material/slideshow:", "present"),
    PageEntry("pages/add.py", "Add articles", ":material/upload_file:", "add"),
)


def streamlit_pages() -> list:
    """st.Page objects for st.navigation (the first is the default)."""
    return [
        st.Page(p.script, title=p.title, icon=p.icon, default=True)
        if p.url_path is None
        else st.Page(p.script, title=p.title, icon=p.icon, url_path=p.url_path)
        for p in PAGES
    ]


def menu() -> None:
    """The page links, drawn at the top of the sidebar."""
    for page in PAGES:
        st.page_link(page.script, label=page.title, icon=page.icon)
    st.divider()
