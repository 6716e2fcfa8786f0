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
