"""Presenter steps: one story (cluster) per step, in date order, from the filtered events,
and a step as HTML in large type that fits a 1280x720 screen.

A step shows at most two outlets' quotes at a time (quote_pages): a story most outlets
reported (the 15 November Macron–Putin call, in three) pages through them, as a slide
builds, instead of running below the fold. Long quotes take a smaller type; a quote too
long for the screen even so keeps every word and scrolls inside its box (the page's CSS
caps a quote's height).

Pure: the Present page draws the steps; the HTML briefing can reuse them. Outlet names,
sentences and headlines come from outside: they enter the HTML only through
untrusted.html_text.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from crisis_timeline.lang import language_name
from crisis_timeline.untrusted import html_text, plain_text


@dataclass(frozen=True)
class StepQuote:
    outlet: str
    language: str
    sentence: str
    date_reason: str
    event_id: str


@dataclass(frozen=True)
class Step:
    cluster_id: str
    headline: str
    date_label: str
    event_type: str
    places: tuple[str, ...]
    quotes: tuple[StepQuote, ...]
    event_ids: tuple[str, ...]


def _known(value) -> bool:
    """A date cell that holds a date (not None, not pandas' NaN, which is unequal to itself)."""
    return value is not None and value == value


def _date_label(dates: list, ends: list) -> str:
    """The dates of a story's events (their date and date_end cells) as one label."""
    dated = [(day, end) for day, end in zip(dates, ends, strict=True) if _known(day)]
    if not dated:
        return "Undated"
    first = min(day for day, _ in dated)
    last = max(end if _known(end) else day for day, end in dated)
    if first == last:
        return f"{first:%A %d %B %Y}"
    return f"{first:%d %B} – {last:%d %B %Y}"


STEP_COLUMNS = (
    "cluster_id",
    "confidence",
    "places",
    "outlet",
    "language",
    "sentence",
    "date_reason",
    "event_id",
    "event_type",
    "date",
    "date_end",
)


def presentation_steps(events: pd.DataFrame, labels: dict[str, str]) -> list[Step]:
    """One step per story among `events`, earliest first (undated last).

    Works on plain records grouped in one pass: a corpus of 10,000 articles has thousands of
    stories, and per-story pandas operations took over half a minute.
    """
    if events.empty:
        return []
    clustered = events[events["cluster_id"].notna()]
    frame = clustered[list(STEP_COLUMNS)].copy()
    frame["_order"] = range(len(frame))
    # highest confidence first within a story; ties keep the table's order
    frame = frame.sort_values(["confidence", "_order"], ascending=[False, True], kind="stable")
    # columns as lists, rows as positions in them: a dict per row cost 2.3 s of 3.5 at
    # 463,741 events
    columns = {name: frame[name].tolist() for name in (*STEP_COLUMNS, "_order")}
    groups: dict[str, list[int]] = {}
    for row, cluster in enumerate(columns["cluster_id"]):
        groups.setdefault(cluster, []).append(row)
    ordered: list[tuple[tuple[int, int, int], Step]] = []
    for cluster_id, rows in groups.items():
        step = _step(cluster_id, rows, columns, labels)
        dates = [d for d in (columns["date"][r] for r in rows) if _known(d)]
        when = (0, min(dates).toordinal()) if dates else (1, 0)
        ordered.append(((*when, min(columns["_order"][r] for r in rows)), step))
    ordered.sort(key=lambda pair: pair[0])
    return [step for _, step in ordered]


def _step(cluster_id: str, rows: list[int], columns: dict[str, list], labels: dict) -> Step:
    """The step of one story, from its rows (positions in `columns`, most confident first)."""
    column = columns.__getitem__
    places = tuple(dict.fromkeys(p for r in rows for p in column("places")[r]))
    quoted: set[str] = set()
    quotes = []
    for r in rows:  # one quote per outlet, its most confident sentence
        if column("outlet")[r] in quoted:
            continue
        quoted.add(column("outlet")[r])
        quotes.append(
            StepQuote(
                *(column(name)[r] for name in ("outlet", "language", "sentence")),
                column("date_reason")[r],
                column("event_id")[r],
            )
        )
    first = rows[0]
    return Step(
        cluster_id=str(cluster_id),
        headline=labels.get(cluster_id) or column("sentence")[first][:80],
        date_label=_date_label(
            [column("date")[r] for r in rows], [column("date_end")[r] for r in rows]
        ),
        event_type=str(column("event_type")[first]),
        places=places,
        quotes=tuple(quotes),
        event_ids=tuple(column("event_id")[r] for r in rows),
    )


# What fits the text column under a two-line headline at 1280x720 (measured in Chromium by
# tests/test_browser.py on every seed step, both themes): two quotes of together at most
# PAGE_CHARS in the full 1.45rem type, up to COMPACT_PAGE_CHARS in the compact 1.2rem one.
# A quote counts as at most QUOTE_MAX_CHARS: about what its capped box shows.
QUOTES_PER_PAGE = 2
PAGE_CHARS = 360
COMPACT_PAGE_CHARS = 520
QUOTE_MAX_CHARS = 520


def quote_pages(quotes: tuple[StepQuote, ...]) -> list[tuple[StepQuote, ...]]:
    """The quotes in pages a 720p screen shows whole: at most QUOTES_PER_PAGE each, a second
    quote only when the two fit COMPACT_PAGE_CHARS; in order, none left out.

    >>> [len(page) for page in quote_pages(three_short_quotes)]  # doctest: +SKIP
    [2, 1]
    """
    pages: list[list[StepQuote]] = []
    for quote in quotes:
        page = pages[-1] if pages else None
        if (
            page is not None
            and len(page) < QUOTES_PER_PAGE
            and _chars(page) + _shown_chars(quote) <= COMPACT_PAGE_CHARS
        ):
            page.append(quote)
        else:
            pages.append([quote])
    return [tuple(page) for page in pages] or [()]


def _shown_chars(quote: StepQuote) -> int:
    return min(len(quote.sentence), QUOTE_MAX_CHARS)


def _chars(page: list[StepQuote] | tuple[StepQuote, ...]) -> int:
    return sum(_shown_chars(quote) for quote in page)


def step_html(step: Step, page: int = 0) -> str:
    """A step for the Present page's st.html: date, headline, one page of outlets' quotes.

    `page` counts from 0 over quote_pages(step.quotes) and is clamped to the pages there
    are; the other pages are in the markup too, `hidden` (the text of the step is all
    there, for find-in-page and tests alike). `dir="auto"` lets an Arabic or Hebrew
    sentence read right to left, and <bdi> keeps an outlet name's direction from
    reordering the language code after it.
    """
    pages = quote_pages(step.quotes)
    current = min(max(page, 0), len(pages) - 1)
    quotes = "".join(
        f'<div class="ct-quotes"{"" if number == current else " hidden"}>'
        + "".join(
            f'<div class="ct-outlet"><bdi>{html_text(quote.outlet)}</bdi> '
            f'<span class="ct-language">{html_text(language_name(quote.language))}</span></div>'
            f'<blockquote dir="auto">{html_text(quote.sentence)}</blockquote>'
            for quote in shown
        )
        + "</div>"
        for number, shown in enumerate(pages)
    )
    size = " ct-compact" if _chars(pages[current]) > PAGE_CHARS else ""
    return (
        f'<div class="ct-present{size}"><div class="ct-date">{html_text(step.date_label)}</div>'
        f'<h1 dir="auto">{html_text(step.headline)}</h1>{quotes}</div>'
    )


def outlets_pager(step: Step, page: int) -> tuple[str, str | None]:
    """What the Present page says about the page of quotes shown: ("Outlets 1–2 of 3",
    "+1 more outlet"); ("", None) when one page holds them all, and None for "more" on the
    last page."""
    pages = quote_pages(step.quotes)
    if len(pages) < 2:
        return "", None
    page = min(max(page, 0), len(pages) - 1)
    first = sum(len(p) for p in pages[:page]) + 1
    last = first + len(pages[page]) - 1
    span = f"{first}" if first == last else f"{first}–{last}"
    remaining = sum(len(p) for p in pages[page + 1 :])
    more = f"+{remaining} more outlet" + ("s" if remaining > 1 else "") if remaining else None
    return f"Outlets {span} of {len(step.quotes)}", more


def step_choice(step: Step, number: int, total: int) -> str:
    """A step as one line of the Present page's jump list (plain text: a select option)."""
    return plain_text(f"{number}/{total} · {step.date_label} · {step.headline}")


# The map flies to a step's first town, village, crossing or camp inside the outlines' extent
# (data/borders.geojson covers 13.5–32.5 E, 49–60.2 N); countries, regions and places
# outside it ("Caucasus") leave the map on the whole region.
FLY_TO_KINDS = ("crossing", "village", "town", "city", "capital", "camp", "airport", "forest")
MAP_LON = (13.5, 32.5)
MAP_LAT = (49.0, 60.2)


def fly_to_place(summary: pd.DataFrame, names: tuple[str, ...]) -> dict | None:
    """The place (name, lat, lon) a presentation step should fly to, if any."""
    if summary.empty:
        return None
    candidates = summary[
        summary["name"].isin(names)
        & summary["kind"].isin(FLY_TO_KINDS)
        & summary["lon"].between(*MAP_LON)
        & summary["lat"].between(*MAP_LAT)
    ]
    if candidates.empty:
        return None
    first = candidates.iloc[0]
    return {"name": first["name"], "lat": float(first["lat"]), "lon": float(first["lon"])}


def initial_step(steps: list[Step], requested: str | None, selected_event: str | None) -> int:
    """The 1-based step to open: the URL's step, else the selected event's story, else 1."""
    if requested is not None:
        try:
            return min(max(int(requested), 1), len(steps))
        except ValueError:
            return 1  # a hand-edited link ("step=abc") opens the first step
    if selected_event:
        for number, step in enumerate(steps, start=1):
            if selected_event in step.event_ids:
                return number
    return 1
