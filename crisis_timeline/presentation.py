"""Presenter steps: one story (cluster) per step, in date order, from the filtered events.

Pure: the Present page draws the steps; the HTML briefing can reuse them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


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


def _date_label(rows: pd.DataFrame) -> str:
    dated = rows[rows["date"].notna()]
    if dated.empty:
        return "Undated"
    first, last = (
        min(dated["date"]),
        max(dated["date_end"].where(dated["date_end"].notna(), dated["date"])),
    )
    if first == last:
        return f"{first:%A %d %B %Y}"
    return f"{first:%d %B} – {last:%d %B %Y}"


def presentation_steps(events: pd.DataFrame, labels: dict[str, str]) -> list[Step]:
    """One step per story among `events`, earliest first (undated last)."""
    if events.empty:
        return []
    steps = []
    for cluster_id, rows in events.groupby("cluster_id", sort=False):
        rows = rows.sort_values("confidence", ascending=False)
        places = tuple(dict.fromkeys(p for names in rows["places"] for p in names))
        quotes = tuple(
            StepQuote(r.outlet, r.language, r.sentence, r.date_reason, r.event_id)
            for r in rows.drop_duplicates("outlet").itertuples()
        )
        steps.append(
            Step(
                cluster_id=str(cluster_id),
                headline=labels.get(cluster_id) or rows.iloc[0]["sentence"][:80],
                date_label=_date_label(rows),
                event_type=str(rows.iloc[0]["event_type"]),
                places=places,
                quotes=quotes,
                event_ids=tuple(rows["event_id"]),
            )
        )

    def order(step: Step) -> tuple[int, int]:
        dates = [
            d for d in events[events["cluster_id"] == step.cluster_id]["date"] if d is not None
        ]
        return (0, min(dates).toordinal()) if dates else (1, 0)

    return sorted(steps, key=order)


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
