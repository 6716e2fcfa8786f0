"""What a timeline point says on hover: its date and how it was resolved, outlet, type,
sentence; or, for an aggregated marker, its counts and most-reported sentence.

Plain strings with plotly's <b>/<br> markup, every value HTML-escaped. It draws nothing
(timeline_traces.py puts these strings on the traces).
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import Any

from crisis_timeline import geo
from crisis_timeline.charts.palette import EVENT_TYPE_LABELS
from crisis_timeline.charts.timeline_frame import is_true
from crisis_timeline.untrusted import html_text

SENTENCE_HOVER_CHARS = 300
HOVER_WRAP_CHARS = 72


def text_of(value: Any) -> str:
    """A cell as text: "" for None and NaN (pandas turns None into NaN in mixed columns)."""
    return value if isinstance(value, str) else ""


def wrap(text: str, width: int = HOVER_WRAP_CHARS) -> str:
    """HTML-escape then wrap at spaces for a plotly hover label (which reads <br>).

    A plain greedy wrap: textwrap.wrap costs ~0.2 ms per call, too much for every
    point of a large corpus on every rerun.
    """
    lines: list[str] = []
    current = ""
    # escaping first is safe: entities contain no spaces, so no line breaks inside one
    for word in html_text(text).split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "<br>".join(lines)


def when_text(event: dict) -> str:
    """ "15 Nov 2021, evening", "13–14 Nov 2021 (weekend)", "16 Nov 2021 (inferred)"."""
    when = geo.date_label(event.get("date"), event.get("date_end"), event.get("precision"))
    time_of_day = event.get("time_of_day")
    if isinstance(time_of_day, str) and time_of_day:
        when += f", {time_of_day}"
    precision = text_of(event.get("precision")) or "day"
    if precision != "day":
        when += f" ({precision})"
    if event.get("inferred"):
        when += " (inferred)"
    return when


def hover_text(event: dict) -> str:
    """One event's hover: when, outlet and type, sentence, why that date, how many outlets."""
    lines = [f"<b>{html_text(when_text(event))}</b>"]
    type_label = EVENT_TYPE_LABELS.get(event.get("event_type"), str(event.get("event_type")))
    lines.append(html_text(f"{text_of(event.get('outlet')) or 'Unknown outlet'} · {type_label}"))
    lines.append(wrap(geo.shorten(text_of(event.get("sentence")), SENTENCE_HOVER_CHARS)))
    reason = text_of(event.get("date_reason"))
    if reason:
        lines.append(wrap(f"Date: {reason}"))
    dated_by = text_of(event.get("dated_by")) or "unknown"
    trigger = text_of(event.get("trigger"))
    how = f"Dated by: {dated_by}" + (f' ("{trigger}")' if trigger else "")
    lines.append(wrap(how))
    if event.get("outlet_count", 1) > 1:
        lines.append(f"Reported by {event['outlet_count']} outlets")
    if is_true(event.get("background")):
        lines.append("Background (before the crisis)")
    return "<br>".join(lines)


def bucket_label(first: date, last: date) -> str:
    """ "October 2021" for a whole month, "22–30 Nov 2021" for the part outside a window."""
    if first.day == 1 and last.day == calendar.monthrange(last.year, last.month)[1]:
        return f"{first:%B %Y}"
    return f"{first.day}–{last:%-d %b %Y}"


def aggregate_hover(group: dict) -> str:
    """An aggregated marker's hover: its day (or month), lane, counts, most-reported event."""
    first = group["bucket"]
    when = bucket_label(first, group["bucket_last"]) if group["monthly"] else f"{first:%a %d %b %Y}"
    lines = [
        f"<b>{when}</b>",
        html_text(f"{group['lane']} · {group['count']} events"),
        wrap(group["types"]),
    ]
    if group["spans"]:
        lines.append(f"{group['spans']} of them dated to a week, month or year")
    lines.append(wrap("Most reported: " + geo.shorten(text_of(group["sentence"]), 160)))
    lines.append("Click to select it; narrow the dates or outlets to see each event")
    return "<br>".join(lines)
