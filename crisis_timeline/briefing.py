"""The HTML briefing: one self-contained page for colleagues, readable offline and on paper.

Holds: title and date range, summary figures, the timeline as a static SVG with its key
(charts/timeline_svg.py: no script at all, so the page weighs kilobytes, not the 4.8 MB that
inlining plotly.js cost, and no external script, font or image URL), a dated bullet list with
outlet attribution and the outlets' own words, the disagreements between outlets, and the
sources.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd

from crisis_timeline.date_text import day_span
from crisis_timeline.schema import EVENT_COLUMNS
from crisis_timeline.untrusted import html_text

if TYPE_CHECKING:
    from crisis_timeline.clusters import Cluster

PRINT_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1.2rem; line-height: 1.5; }
h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #1b1f24; }
.meta { color: #3d434b; font-size: .9rem; } .figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figures div { font-size: .9rem; } .figures strong { display: block; font-size: 1.6rem; }
li { margin: .45rem 0; } blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid #6b7280; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } td, th { border: 1px solid #c4c9d0; padding: .3rem .5rem; text-align: left; }
.tag { font-family: monospace; font-size: .85em; } .chart svg { display: block; max-width: 100%; height: auto; }
@page { size: A4; margin: 16mm; }
@media print { body { margin: 0; max-width: none; } .chart { break-inside: avoid; } h2 { break-after: avoid; } li { break-inside: avoid; } a { color: inherit; } }
"""


# Every value from the store (outlets, sentences, titles, addresses) is outside text.
_esc = html_text


def _date_text(row: pd.Series) -> str:
    if row["date"] is None:
        return "Undated"
    if row["precision"] == "day" or row["date_end"] in (None, row["date"]):
        return f"{row['date']:%a %d %b %Y}"
    return f"{row['date']:%d %b}–{row['date_end']:%d %b %Y} ({row['precision']})"


def span_text(first: date, last: date) -> str:
    """A date range in words, said once: "15 November 2021", "8–20 November 2021",
    "30 October – 2 November 2021", "30 December 2021 – 2 January 2022"."""
    return day_span(first, last, month="%B")


def _timeline_chart(events: pd.DataFrame, meta: dict) -> str:
    """The timeline's opening window as a static SVG, its key, and what it leaves out."""
    from crisis_timeline.charts.key import key_html, timeline_key
    from crisis_timeline.charts.timeline import timeline_figure
    from crisis_timeline.charts.timeline_frame import window_of
    from crisis_timeline.charts.timeline_svg import outside_window, timeline_svg

    query = meta.get("filter_query") or {}
    figure = timeline_figure(
        events,
        theme="light",
        show_background=True,
        view_start=_iso(query.get("from")),
        view_end=_iso(query.get("to")),
        range_slider=False,
    )
    first, last = window_of([pd.Timestamp(v) for v in figure.layout.xaxis.range])
    label = f"Timeline of the events by outlet, {span_text(first, last)}"
    notes = []
    outside = outside_window(figure)
    if outside:
        notes.append(
            f"{outside} event{'s' if outside != 1 else ''} outside {span_text(first, last)} "
            "not drawn; all are listed below"
        )
    undated = (figure.layout.meta or {}).get("undated", 0)
    if undated:
        notes.append(f"{undated} undated event{'s' if undated != 1 else ''} listed below")
    note = f"<p class='meta'>{_esc('; '.join(notes))}.</p>" if notes else ""
    return timeline_svg(figure, label=label) + key_html(*timeline_key(figure)) + note


def _outlet_counts(events: pd.DataFrame, sources: list[dict]) -> tuple[int, str]:
    """Named outlets, and a figure for the articles without one (an "Unattributed (fr) ·
    004" label is not an outlet: counting it made 3 outlets look like 5)."""
    if not sources or any("outlet" not in s for s in sources):
        return len(set(events["outlet"])), ""
    named = {s["outlet"] for s in sources if s["outlet"]}
    without = sum(1 for s in sources if not s["outlet"])
    figure = (
        f"<div><strong>{without}</strong>article{'s' if without != 1 else ''} "
        "without a known outlet</div>"
        if without
        else ""
    )
    return len(named), figure


def _iso(value) -> date | None:
    if isinstance(value, list):
        value = value[0] if value else None
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def briefing_html(
    events: pd.DataFrame, meta: dict, clusters: list[Cluster], sources: list[dict]
) -> str:
    """The briefing as one HTML document."""
    assert set(EVENT_COLUMNS) <= set(events.columns)
    dated = events[events["date"].notna()]
    ends = dated["date_end"].where(dated["date_end"].notna(), dated["date"])
    span = span_text(min(dated["date"]), max(ends)) if not dated.empty else "no dated events"
    outlets, unattributed = _outlet_counts(events, sources)
    by_day: dict[str, list[pd.Series]] = defaultdict(list)
    order = events.assign(
        _o=events["date"].map(lambda d: d.toordinal() if d else 10**7)
    ).sort_values(["_o", "start"])
    for _, row in order.iterrows():
        by_day[_date_text(row)].append(row)
    bullets = []
    for day, rows in by_day.items():
        items = "".join(
            f"<li><strong>{_esc(r['outlet'])}</strong> <span class='tag'>{_esc(r['language'])}</span> · {_esc(r['event_type'].replace('_', ' '))}"
            f"<blockquote>{_esc(r['sentence'])}</blockquote><span class='meta'>Date: {_esc(r['date_reason'])}</span></li>"
            for r in rows
        )
        bullets.append(f"<li><strong>{_esc(day)}</strong><ul>{items}</ul></li>")
    disagreements = []
    for cluster in clusters:
        for d in cluster.discrepancies:
            quotes = "".join(
                f"<li><strong>{_esc(o)}</strong>: “{_esc(w)}”</li>" for o, w in d.values.items()
            )
            disagreements.append(
                f"<li><strong>{_esc(cluster.label)}</strong> ({_esc(cluster.iso_date)}) — {_esc(d.detail)}<ul>{quotes}</ul></li>"
            )
    source_rows = "".join(
        f"<tr><td>{_esc(s['source'])}</td><td>{_esc(s['title'])}</td><td>{_esc(s['language'])}</td><td>{_esc(s['published'])} ({_esc(s['basis'])})</td><td>{_esc(s['url'])}</td></tr>"
        for s in sources
    )
    chart = (
        _timeline_chart(events, meta) if not events.empty else "<p>No events match the filters.</p>"
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(meta["title"])} — briefing</title><style>{PRINT_CSS}</style></head>
<body>
<h1>{_esc(meta["title"])}</h1>
<p class="meta">Briefing generated {_esc(meta["generated_at"])} by {_esc(meta["tool"])}. Filters: {_esc(meta["filters"])}.</p>
<p><strong>{_esc(span)}</strong></p>
<div class="figures"><div><strong>{meta["events"]}</strong>events</div><div><strong>{meta["articles"]}</strong>articles</div>
<div><strong>{outlets}</strong>outlets</div>{unattributed}<div><strong>{len(clusters)}</strong>stories</div></div>
<h2>Timeline</h2><div class="chart">{chart}</div>
<h2>Events, day by day</h2><ul>{"".join(bullets) or "<li>None.</li>"}</ul>
<h2>Where outlets disagree</h2><ul>{"".join(disagreements) or "<li>No disagreements between outlets in this selection.</li>"}</ul>
<h2>Sources</h2><table><thead><tr><th>Source</th><th>Title</th><th>Lang.</th><th>Published</th><th>Address</th></tr></thead><tbody>{source_rows}</tbody></table>
</body></html>
"""
