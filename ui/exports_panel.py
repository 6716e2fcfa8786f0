"""Download buttons for the current filtered view (the same exports as the CLI).

The CSV holds only the table (it opens as it is in a spreadsheet); what it holds (filters,
time, sources) is a second download beside it, "CSV provenance", the same sidecar JSON the
CLI writes next to `-o NAME.csv` (exports.provenance). When no event in view has a place,
the GeoJSON button is disabled and a caption says why (exports.geojson_note), instead of
an empty file without a word. File names say which view they hold (exports.file_name).
"""

from __future__ import annotations

import streamlit as st

from crisis_timeline.exports import (
    FORMATS,
    MEDIA_TYPES,
    ExportContext,
    export,
    file_name,
    provenance,
    provenance_name,
    source_rows,
)
from ui.data import export_basics
from ui.text import literal

LABELS = {
    "csv": "CSV",
    "json": "JSON",
    "timelinejs": "TimelineJS",
    "geojson": "GeoJSON",
    "html": "HTML briefing",
}


def exports_panel(context) -> None:
    """An expander with one download per format; each file is built only when asked for."""
    with st.expander("Export this view"):
        st.caption(f"{len(context.events)} events · filters: {literal(context.filters.describe())}")
        events = context.events
        basics = export_basics(context.filters)
        export_context = ExportContext(filters=context.filters, article_count=basics.article_count)
        clusters, places = basics.clusters, basics.places

        def sources() -> list:
            # the full articles (their titles and URLs) are read only when a file is asked
            # for: reading 50,000 of them cost the Timeline page 3.7 s on every first visit
            return source_rows(context.data.articles, events)

        no_places = basics.geojson_note
        columns = st.columns(len(FORMATS))
        for column, fmt in zip(columns, FORMATS, strict=True):
            column.download_button(
                LABELS[fmt],
                data=lambda fmt=fmt: export(
                    fmt, events, export_context, places=places, clusters=clusters, sources=sources()
                ),
                file_name=file_name(fmt, export_context),
                mime=MEDIA_TYPES[fmt],
                key=f"export_{fmt}",
                on_click="ignore",
                disabled=fmt == "geojson" and no_places is not None,
            )
        if no_places:
            st.caption(f"GeoJSON: {literal(no_places)}")
        st.download_button(
            "CSV provenance (JSON: filters, time, sources)",
            data=lambda: provenance(events, export_context, sources()),
            file_name=provenance_name(file_name("csv", export_context)),
            mime=MEDIA_TYPES["json"],
            key="export_csv_provenance",
            on_click="ignore",
        )
