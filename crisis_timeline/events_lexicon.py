"""The event cues of every language, by table name: views of the registry's `events` group.

Which undated sentences narrate a past happening (English past simple, French passé composé;
"Britain has sent 10 troops" describes a state), and which dates are bounds rather than
happenings. Each language writes its cues in `crisis_timeline/lang/<code>/events.py`
(`EVENTS`; lang/en/events.py says what each table means); `CONTINUATION["pl"]` here is
`crisis_timeline.lang.tables("pl").events["CONTINUATION"]`, and a code without a folder gets
a pattern that never matches.

What it does not do: hold data or decide anything (events.py and clusters/passages.py do).
"""

from __future__ import annotations

from crisis_timeline.lang._view import TableView


def _view(key: str) -> TableView:
    return TableView(lambda t: t.events[key])


PAST_NARRATIVE = _view("PAST_NARRATIVE")
STATE_MARKERS = _view("STATE_MARKERS")
CONTINUATION = _view("CONTINUATION")
EMBEDDING = _view("EMBEDDING")
REPORTED_CLAUSE = _view("REPORTED_CLAUSE")
COREFERENT = _view("COREFERENT")
NOT_AN_EVENT_DATE = _view("NOT_AN_EVENT_DATE")
VAGUE_TIME = _view("VAGUE_TIME")
LEAD_HAPPENING = _view("LEAD_HAPPENING")
MODAL = _view("MODAL")
REPORTING = _view("REPORTING")
PRESENT_REPORT = _view("PRESENT_REPORT")
FIGURE_PAST = _view("FIGURE_PAST")
CUMULATIVE = _view("CUMULATIVE")
