"""The HTML briefing: one self-contained page for colleagues, readable offline and on paper.

Holds: title and date range, summary figures, the interactive timeline (plotly.js inlined:
no external script, font or image URL), a dated bullet list with outlet attribution and the
outlets' own words, the disagreements between outlets, and the sources.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from crisis_timeline.schema import EVENT_COLUMNS
from crisis_timeline.untrusted import html_text

PRINT_CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1.2rem; line-height: 1.5; }
h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #1b1f24; }
.meta { color: #3d434b; font-size: .9rem; } .figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figures div { font-size: .9rem; } .figures strong { display: block; font-size: 1.6rem; }
li { margin: .45rem 0; } blockquote { margin: .2rem 0 .2rem 1rem; padding-left: .6rem; border-left: 3px solid #6b7280; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; } td, th { border: 1px solid #c4c9d0; padding: .3rem .5rem; text-align: left; }
.tag { font-family: monospace; font-size: .85em; }
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


def _timeline_div(events: pd.DataFrame) -> str:
    from crisis_timeline.charts.timeline import timeline_figure

    figure = timeline_figure(events, theme="light", show_background=True)
    return figure.to_html(
        full_html=False,
        include_plotlyjs=True,
        config={"displaylogo": False, "displayModeBar": False},
    )


def briefing_html(
    events: pd.DataFrame, meta: dict, clusters: list[dict], sources: list[dict]
) -> str:
    """The briefing as one HTML document."""
    assert set(EVENT_COLUMNS) <= set(events.columns)
    dated = events[events["date"].notna()]
    span = (
        f"{min(dated['date']):%d %B %Y} – {max(dated['date_end'].where(dated['date_end'].notna(), dated['date'])):%d %B %Y}"
        if not dated.empty
        else "no dated events"
    )
    outlets = sorted(set(events["outlet"]))
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
        for d in cluster.get("discrepancies", []):
            quotes = "".join(
                f"<li><strong>{_esc(o)}</strong>: “{_esc(w)}”</li>" for o, w in d["values"].items()
            )
            disagreements.append(
                f"<li><strong>{_esc(cluster['label'])}</strong> ({_esc(cluster['date'])}) — {_esc(d['detail'])}<ul>{quotes}</ul></li>"
            )
    source_rows = "".join(
        f"<tr><td>{_esc(s['source'])}</td><td>{_esc(s['title'])}</td><td>{_esc(s['language'])}</td><td>{_esc(s['published'])} ({_esc(s['basis'])})</td><td>{_esc(s['url'])}</td></tr>"
        for s in sources
    )
    chart = _timeline_div(events) if not events.empty else "<p>No events match the filters.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_esc(meta["title"])} — briefing</title><style>{PRINT_CSS}</style></head>
<body>
<h1>{_esc(meta["title"])}</h1>
<p class="meta">Briefing generated {_esc(meta["generated_at"])} by {_esc(meta["tool"])}. Filters: {_esc(meta["filters"])}.</p>
<p><strong>{_esc(span)}</strong></p>
<div class="figures"><div><strong>{meta["events"]}</strong>events</div><div><strong>{meta["articles"]}</strong>articles</div>
<div><strong>{len(outlets)}</strong>outlets</div><div><strong>{len(clusters)}</strong>stories</div></div>
<h2>Timeline</h2><div class="chart">{chart}</div>
<h2>Events, day by day</h2><ul>{"".join(bullets) or "<li>None.</li>"}</ul>
<h2>Where outlets disagree</h2><ul>{"".join(disagreements) or "<li>No disagreements between outlets in this selection.</li>"}</ul>
<h2>Sources</h2><table><thead><tr><th>Source</th><th>Title</th><th>Lang.</th><th>Published</th><th>Address</th></tr></thead><tbody>{source_rows}</tbody></table>
</body></html>
"""
