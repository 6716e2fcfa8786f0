"""TimeML values read as words (hovers on the Articles page and cards)."""

from __future__ import annotations

import pytest

from crisis_timeline.timeml_words import timeml_words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2021-11-15", "15 Nov 2021"),
        ("2021-11-17TNI", "night of 17 Nov 2021"),
        ("2021-11-19TMO", "morning of 19 Nov 2021"),
        ("2021-W45-WE", "weekend of 13–14 Nov 2021"),
        ("2021-W46", "week of 15–21 Nov 2021"),
        ("2021-W48", "week of 29 Nov – 5 Dec 2021"),
        ("2020-W53", "week of 28 Dec 2020 – 3 Jan 2021"),
        ("2021-11", "November 2021"),
        ("2021-Q4", "Q4 2021 (Oct–Dec)"),
        ("2021-H2", "second half of 2021"),
        ("2021-SU", "summer 2021"),
        ("2021-WI", "winter 2021"),
        ("2021", "2021"),
        ("199X", "the 1990s"),
        ("19XX", "the 20th century"),
        ("20XX", "the 21st century"),
        ("PRESENT_REF", "now"),
        ("PAST_REF", "in the past"),
        (None, "unresolved"),
        ("", "unresolved"),
        ("2021-02-30", "2021-02-30"),  # well-formed, no such day: shown as written
        ("XXXX-11-15", "XXXX-11-15"),  # a form we do not write in words
    ],
)
def test_timeml_values_read_as_words(value, words):
    assert timeml_words(value) == words


@pytest.mark.parametrize(
    ("first", "last", "month", "words"),
    [
        ("2021-11-15", "2021-11-15", "%b", "15 Nov 2021"),
        ("2021-11-08", "2021-11-20", "%B", "8–20 November 2021"),
        ("2021-10-30", "2021-11-02", "%b", "30 Oct – 2 Nov 2021"),
        ("2021-12-30", "2022-01-02", "%B", "30 December 2021 – 2 January 2022"),
    ],
)
def test_a_span_of_days_says_its_shared_parts_once(first, last, month, words):
    from datetime import date

    from crisis_timeline.date_text import day_span

    assert day_span(date.fromisoformat(first), date.fromisoformat(last), month=month) == words
