"""Add articles: upload files, paste text or a web address; check the form; preview; save."""

from __future__ import annotations

import streamlit as st

from crisis_timeline import ingest, settings
from crisis_timeline.errors import CrisisTimelineError
from crisis_timeline.lang import language_name, languages
from ui import data
from ui import filters as shared_filters
from ui.messages import guard
from ui.page import start
from ui.progress import work_progress
from ui.text import literal, plain_text

SOURCES = ("Upload files", "Paste text", "Paste a web address")
PREVIEW_COLUMNS = ["date", "date_end", "precision", "event_type", "date_reason", "sentence"]

st.title("Add articles")
with guard("the Add articles page"):
    start("Add articles", "add")
    st.caption(
        f"Up to {settings.MAX_FILES_PER_UPLOAD:d} files at a time: .txt, .md, .html up to "
        f"{settings.MAX_UPLOAD_BYTES // 1_048_576:d} MB each, .pdf with a text layer up to "
        f"{settings.MAX_PDF_BYTES // 1_048_576:d} MB. Duplicates (the same text or address) are "
        "not added twice. Added articles can be removed from the Articles page."
    )
    source = st.radio("Where is the article?", SOURCES, horizontal=True, key="addpage_source")
    submissions: list[ingest.Submission] = []
    if source == SOURCES[0]:
        uploaded = st.file_uploader(
            "Article files",
            type=[e.lstrip(".") for e in settings.ADD_EXTENSIONS],
            accept_multiple_files=True,
            key="addpage_files",
        )
        if len(uploaded or []) > settings.MAX_FILES_PER_UPLOAD:
            st.error(f"At most {settings.MAX_FILES_PER_UPLOAD:d} files at a time.")
            uploaded = []
        for item in uploaded or []:
            try:
                ingest.check_size(item.name, item.size)
                submissions.append(ingest.Submission(name=item.name, raw=item.getvalue()))
            except CrisisTimelineError as error:
                st.error(literal(error))
    elif source == SOURCES[1]:
        pasted = st.text_area("Article text", height=200, key="addpage_text")
        if pasted.strip():
            submissions.append(ingest.Submission(name="pasted.txt", raw=pasted.encode("utf-8")))
    else:
        address = st.text_input("Web address (http or https)", key="addpage_url")
        if address.strip() and st.button("Fetch the page", key="addpage_fetch"):
            try:
                st.session_state["addpage_fetched"] = ingest.fetch_submission(address)
            except CrisisTimelineError as error:
                st.error(literal(error))
        if st.session_state.get("addpage_fetched"):
            submissions.append(st.session_state["addpage_fetched"])

    ready: list[ingest.Submission] = []
    for number, submission in enumerate(submissions):
        with st.expander(literal(ingest.safe_file_name(submission.name)), expanded=True):
            try:
                found = ingest.preview(submission).article
            except CrisisTimelineError as error:
                st.error(literal(error))
                continue
            key = f"addpage_{number}_{ingest.article_id_for(submission.name, submission.raw)}"
            left, right = st.columns(2)
            stated = ingest.Submission(
                name=submission.name,
                raw=submission.raw,
                outlet=left.text_input("Outlet", found.outlet or "", key=f"{key}_outlet"),
                title=right.text_input("Title", found.title or "", key=f"{key}_title"),
                url=left.text_input("Web address", found.url or "", key=f"{key}_url"),
                published=right.text_input(
                    "Publication date (YYYY-MM-DD)",
                    found.published.isoformat() if found.published else "",
                    key=f"{key}_published",
                    help=plain_text(found.published_reason),
                ),
                language=left.selectbox(
                    "Language",
                    codes := (
                        *languages(),
                        *((found.language,) if found.language not in languages() else ()),
                    ),
                    index=codes.index(found.language),
                    format_func=lambda code: plain_text(language_name(code)),
                    key=f"{key}_language",
                ),
            )
            try:
                shown = ingest.preview(stated)
            except CrisisTimelineError as error:
                st.error(literal(error))
                continue
            if shown.duplicate_of:
                st.warning(f"Already in the store as {literal(shown.duplicate_of)}.")
            st.caption(f"{len(shown.events)} events would be added (preview):")
            table = shown.events[PREVIEW_COLUMNS].map(plain_text)
            st.dataframe(table, hide_index=True, width="stretch", key=f"{key}_preview")
            ready.append(stated)

    if ready and st.button(f"Save {len(ready)} article(s)", type="primary", key="addpage_save"):
        # Reading each article, then clustering the store's stories again and writing it:
        # seconds on a big store, so the page shows which step it is in.
        with work_progress("Reading the articles", done="Saved") as bar:
            outcomes = ingest.add_articles(ready, settings.db_path(), progress=bar, stage=bar.stage)
        for outcome in outcomes:
            show = st.success if outcome.status == "added" else st.warning
            show(literal(outcome.line()))
        data.refresh()
        added = [o.article_id for o in outcomes if o.status == "added"]
        events = data.dataset().events
        new = events[events["article_id"].isin(added)]
        if not new.empty:
            shared_filters.select_event(str(new.sort_values("date").iloc[0]["event_id"]))
            st.session_state.pop("addpage_fetched", None)
            st.page_link("pages/timeline.py", label="See them on the timeline", icon="➡️")
