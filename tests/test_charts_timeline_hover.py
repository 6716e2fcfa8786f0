"""charts/timeline_hover.py: what a timeline point says, escaped and wrapped."""

from __future__ import annotations

from datetime import date

import pytest

from crisis_timeline.charts import timeline_hover as hover


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("short", 72, ["short"]),
        ("aaa bbb ccc", 7, ["aaa bbb", "ccc"]),
        ("a <b> & c", 72, ["a &lt;b&gt; &amp; c"]),
        ("one " + "x" * 20, 10, ["one", "x" * 20]),  # a long word is never cut
    ],
)
def test_wrap_escapes_then_breaks_at_spaces(text, width, lines):
    assert hover.wrap(text, width).split("<br>") == lines


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        ({"date": date(2021, 11, 15), "time_of_day": "evening"}, "15 Nov 2021, evening"),
        (
            {"date": date(2021, 11, 13), "date_end": date(2021, 11, 14), "precision": "weekend"},
            "13–14 Nov 2021 (weekend)",
        ),
        ({"date": date(2021, 11, 16), "inferred": True}, "16 Nov 2021 (inferred)"),
        ({"date": date(2021, 11, 16), "precision": float("nan")}, "16 Nov 2021"),
    ],
)
def test_when_text(event, expected):
    assert hover.when_text(event) == expected


def test_hover_text_says_who_what_why_and_how_many():
    text = hover.hover_text(
        {
            "date": date(2021, 11, 15),
            "outlet": "RFI <live>",
            "event_type": "border_crossing",
            "sentence": "Migrants crossed.",
            "date_reason": "weekday 'Monday'",
            "dated_by": "expression",
            "trigger": "Monday",
            "outlet_count": 3,
            "background": float("nan"),
        }
    )
    lines = text.split("<br>")
    assert lines[0] == "<b>15 Nov 2021</b>"
    assert lines[1] == "RFI &lt;live&gt; · Border crossing"
    # quotes as numeric entities (untrusted.html_text); plotly shows quotes
    assert "Date: weekday &#x27;Monday&#x27;" in lines
    assert "Dated by: expression (&#34;Monday&#34;)" in lines
    assert lines[-1] == "Reported by 3 outlets"  # NaN background: not "Background"
    unknown = hover.hover_text({"date": None, "event_type": "other", "outlet": None})
    assert "Unknown outlet · Other" in unknown and "Dated by: unknown" in unknown


@pytest.mark.parametrize(
    ("first", "last", "label"),
    [
        (date(2021, 10, 1), date(2021, 10, 31), "October 2021"),
        (date(2021, 11, 22), date(2021, 11, 30), "22–30 Nov 2021"),
        (date(2021, 2, 1), date(2021, 2, 28), "February 2021"),
    ],
)
def test_bucket_label(first, last, label):
    assert hover.bucket_label(first, last) == label


@pytest.mark.parametrize(
    ("monthly", "spans", "first_line", "span_line"),
    [
        (False, 0, "<b>Mon 15 Nov 2021</b>", False),
        (True, 2, "<b>15–30 Nov 2021</b>", True),
    ],
)
def test_aggregate_hover(monthly, spans, first_line, span_line):
    text = hover.aggregate_hover(
        {
            "bucket": date(2021, 11, 15),
            "bucket_last": date(2021, 11, 30),
            "monthly": monthly,
            "lane": "RFI",
            "count": 7,
            "types": "Clash 5, Diplomacy 2",
            "spans": spans,
            "sentence": "Camp <cleared>.",
        }
    )
    lines = text.split("<br>")
    assert lines[0] == first_line and lines[1] == "RFI · 7 events"
    assert ("2 of them dated to a week, month or year" in lines) is span_line
    assert "Most reported: Camp &lt;cleared&gt;." in lines
