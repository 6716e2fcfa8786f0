"""Where the border map's labels go: their pixel boxes (geo.to_pixels units) as deck.gl's
TextLayer draws them, the crossing's label placed inside the map, the places' labels
decluttered, and (when the map's size is known: the Present page) every label kept inside
the map and clear of the others. Pure functions over map records (map_layers.py builds
the records and the layers that draw them).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from crisis_timeline import geo

# the crossing's label CROSSING_LABEL_OFFSET_PX from its ring: left of it, or under it in
# presenter type; at most MAX_PLACE_LABELS places are labelled
CROSSING_LABEL_OFFSET_PX = {False: 10, True: 14}
MAX_PLACE_LABELS = 30

# Advance widths (em) of Arial / Liberation Sans, what the labels' "Source Sans Pro, Arial,
# sans-serif" resolves to on deck.gl's canvas (Source Sans Pro is narrower). Measured on the
# presenter's screenshots, deck.gl draws them ~5 % wider; WIDTH_MARGIN keeps the estimate
# an upper bound (DejaVu Sans, a common fallback, is ~10 % wider than Arial). geo's flat
# 0.58 em a character made "Bruzgi (approx.)" 30 % wider than drawn: it was moved off
# its place for want of room it had.
EM_WIDTHS = {
    0.222: "ijl'|",
    0.278: " !,./:;ft[]I",
    0.333: "()-r`",
    0.5: "ckszvxyJ",
    0.556: "abdeghnopqu0123456789–L?$#_",
    0.611: "FTZ",
    0.667: "ABEKPSVXY",
    0.722: "CDHNRUw",
    0.778: "GOQ",
    0.833: "mM",
    0.944: "W",
    1.0: "—%@",
}
EM_WIDTH = {char: width for width, chars in EM_WIDTHS.items() for char in chars}
DEFAULT_EM_WIDTH = 0.6  # other scripts (Cyrillic, Greek) and symbols
WIDE_EM_WIDTH = 1.0  # CJK and other full-width characters
WIDTH_MARGIN, BOLD_FACTOR = 1.15, 1.1


def label_px(large_type: bool) -> int:
    """The labels' font size in pixels (the crossing's is one larger)."""
    return 20 if large_type else 13


def _char_em(char: str) -> float:
    if char in EM_WIDTH:
        return EM_WIDTH[char]
    if unicodedata.east_asian_width(char) in ("W", "F"):
        return WIDE_EM_WIDTH
    base = unicodedata.normalize("NFD", char)[0]  # ź -> z, Ł stays Ł
    return EM_WIDTH.get(base, DEFAULT_EM_WIDTH)


def text_size_px(label: str, font_px: float, *, bold: bool = False) -> tuple[float, float]:
    """(width, height) in pixels of a label as drawn, an upper bound: each line's width
    from the characters' advance widths (EM_WIDTHS), lines 1.25 font sizes apart."""
    lines = label.split("\n")
    scale = font_px * WIDTH_MARGIN * (BOLD_FACTOR if bold else 1.0)
    width = max(sum(_char_em(char) for char in line) for line in lines) * scale
    return width, len(lines) * 1.25 * font_px


def crossing_label_shown(crossing: dict, *, large_type: bool) -> bool:
    """In presenter type the crossing's label is drawn only when events in view name it."""
    return bool(crossing["event_count"]) or not large_type


def default_crossing_placement(large_type: bool) -> dict:
    """Left of the ring; in presenter type (a narrow map beside the quotes, big letters)
    that runs off the map's left edge, so centred under the ring instead."""
    offset = CROSSING_LABEL_OFFSET_PX[large_type]
    if large_type:
        return {"anchor": "middle", "baseline": "top", "offset": [0, offset + 6]}
    return {"anchor": "end", "baseline": "center", "offset": [-offset - 4, 0]}


def crossing_label_box(crossing: dict, zoom: float, *, large_type: bool) -> tuple[float, ...]:
    """The pixel box the crossing's label takes, as crossing_label_layer draws it: where
    crossing["placement"] says (fit_crossing_label), else default_crossing_placement (the
    box that was reserved left of the ring in presenter type let "Belarus–Poland border"
    be drawn over the label)."""
    placement = crossing.get("placement") or default_crossing_placement(large_type)
    return text_box(
        crossing,
        zoom,
        label_px(large_type) + 1,
        bold=bool(crossing["event_count"]),  # crossing_label_layer's font weight
        **placement,
    )


def fit_crossing_label(
    crossing: dict,
    zoom: float,
    *,
    large_type: bool,
    view_box: tuple[float, float, float, float] | None,
    avoid: Sequence[tuple[float, ...]] = (),
) -> dict:
    """The crossing record with its presenter-type label placed inside the map: under the
    ring, else above it, slid sideways to stay inside the map's edges, clear of `avoid`
    (the country names) where it can. The local-language line is left out when the label
    does not fit the map's width: at 21 px "Przejście graniczne Kuźnica Białostocka–Bruzgi"
    alone is ~500 px, and both its ends were cut off on the 440 px presenter map.
    Unchanged in normal type or when the map's size is unknown."""
    if not large_type or view_box is None:
        return crossing
    fallback = None
    for text in dict.fromkeys([crossing["label"], crossing["name"]]):  # then English alone
        record = {**crossing, "label": text}
        for placement in _crossing_placements():
            moved = _slid_inside(record, zoom, placement, view_box)
            if moved is None:
                continue
            fitted = {**record, "placement": moved}
            box = crossing_label_box(fitted, zoom, large_type=True)
            if not any(_overlap(box, other) for other in avoid):
                return fitted
            fallback = fallback or fitted
    # nothing clear of the country names: those yield (country_labels_kept); nothing
    # inside the map at all (a map narrower than the name): the English name, centred
    return fallback or {**crossing, "label": crossing["name"]}


def _crossing_placements() -> list[dict]:
    """Under the ring (the default), then above it."""
    below = default_crossing_placement(True)
    above = {**below, "baseline": "bottom", "offset": [0, -below["offset"][1]]}
    return [below, above]


def _slid_inside(
    crossing: dict, zoom: float, placement: dict, view_box: tuple[float, ...]
) -> dict | None:
    """The placement moved sideways so that the label's box lies inside view_box (the ring
    near the map's edge); None when it does not fit even so."""
    box = crossing_label_box({**crossing, "placement": placement}, zoom, large_type=True)
    shift = max(view_box[0] - box[0], 0.0) + min(view_box[2] - box[2], 0.0)
    dx = placement["offset"][0] + (math.ceil(shift) if shift > 0 else math.floor(shift))
    moved = {**placement, "offset": [dx, placement["offset"][1]]}
    box = crossing_label_box({**crossing, "placement": moved}, zoom, large_type=True)
    return moved if _inside_box(box, view_box) else None


def text_box(
    record: dict,
    zoom: float,
    font_px: float,
    *,
    anchor: str = "start",
    baseline: str = "center",
    offset: Sequence[float] = (0, 0),
    bold: bool = False,
) -> tuple[float, float, float, float]:
    """The pixel box (x0, y0, x1, y1; geo.to_pixels units) of record["label"] drawn at its
    lat/lon as deck.gl's TextLayer places it: text anchor start/middle/end, alignment
    baseline top/center/bottom, pixel offset [x, y]."""
    width, height = text_size_px(record["label"], font_px, bold=bold)
    x, y = geo.to_pixels(record["lat"], record["lon"], zoom)
    x, y = x + offset[0], y + offset[1]
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    top = {"top": y, "center": y - height / 2, "bottom": y - height}[baseline]
    return (left, top, left + width, top + height)


def country_label_boxes(
    country_labels: tuple[tuple[str, float, float], ...], zoom: float, font_px: float
) -> list[tuple[float, ...]]:
    """The boxes of the country names (centred on their point), in their order."""
    return [
        text_box({"label": name, "lat": lat, "lon": lon}, zoom, font_px, anchor="middle")
        for name, lat, lon in country_labels
    ]


def country_labels_kept(
    country_labels: tuple[tuple[str, float, float], ...],
    zoom: float,
    font_px: float,
    view_box: tuple[float, float, float, float] | None,
    taken: list[tuple[float, ...]],
) -> tuple[tuple[str, float, float], ...]:
    """The country names that lie inside the map and clear of `taken` (the crossing's and
    the places' labels: those carry the events) and of each other (zoomed out far, for
    a step about Baghdad, they pile up), in their order; all of them when the map's size
    is unknown. "(RUSSIA)" half past the left edge of the Moscow step read as "SSIA)"."""
    if view_box is None:
        return country_labels
    placed = list(taken)
    kept = []
    for country, box in zip(
        country_labels, country_label_boxes(country_labels, zoom, font_px), strict=True
    ):
        if _inside_box(box, view_box) and not any(_overlap(box, other) for other in placed):
            kept.append(country)
            placed.append(box)
    return tuple(kept)


def fit_reference_labels(
    records: list[dict],
    zoom: float,
    font_px: float,
    view_box: tuple[float, float, float, float],
    taken: list[tuple[float, ...]],
) -> list[dict]:
    """The landmarks' and notes' labels that fit: inside the map (one past an edge moves to
    the other side of its point, as fit_labels does) and clear of `taken` (the crossing's,
    the places' and the countries' labels) and of each other, in their order. In presenter
    type the hand-placed "Bruzgi migrant camp (approx.)" was drawn over the crossing's
    label; a reference point yields to what the events name."""
    placed = list(taken)
    kept = []
    for record in records:
        for candidate in (record, _mirrored(record)):
            if candidate is None:
                continue
            box = text_box(
                candidate, zoom, font_px, anchor=candidate["anchor"], offset=candidate["offset"]
            )
            if _inside_box(box, view_box) and not any(_overlap(box, other) for other in placed):
                kept.append(candidate)
                placed.append(box)
                break
    return kept


def _mirrored(record: dict) -> dict | None:
    """The label on the other side of its point; None for a centred one."""
    flip = {"start": "end", "end": "start"}.get(record["anchor"])
    if flip is None:
        return None
    return {**record, "anchor": flip, "offset": [-record["offset"][0], record["offset"][1]]}


@dataclass(frozen=True)
class Placed:
    """What each label layer draws: the crossing record (its label placed: "placement"),
    the labelled places, the country names (name, lat, lon) and the landmarks' and notes'
    label records."""

    crossing: dict
    places: list[dict]
    countries: tuple[tuple[str, float, float], ...]
    references: list[dict]


def arrange(
    crossing: dict,
    records: list[dict],
    references: list[dict],
    country_labels: tuple[tuple[str, float, float], ...],
    zoom: float,
    *,
    large_type: bool,
    view_box: tuple[float, float, float, float] | None,
) -> Placed:
    """Where the labels go: the crossing's first (clear of the country names where it can),
    then the places' (labelled_places), the country names and the references. When the
    map's size is known (view_box: the Present page) every label stays inside the map and
    none is drawn over another: country names, then references, yield to what the events
    name. Unknown (the Map page), the country names and the hand-placed references are
    drawn as they are: that placement reads well at 13 px."""
    size = label_px(large_type)
    crossing = fit_crossing_label(
        crossing,
        zoom,
        large_type=large_type,
        view_box=view_box,
        avoid=country_label_boxes(country_labels, zoom, size),
    )
    places = labelled_places(
        records,
        crossing,
        zoom,
        large_type=large_type,
        view_box=view_box,
        country_labels=country_labels,
    )
    if view_box is None:
        return Placed(crossing, places, country_labels, references)
    taken = [
        text_box(r, zoom, size, anchor=r.get("anchor", "start"), offset=r["offset"]) for r in places
    ]
    if crossing_label_shown(crossing, large_type=large_type):
        taken.append(crossing_label_box(crossing, zoom, large_type=large_type))
    countries = country_labels_kept(country_labels, zoom, size, view_box, taken)
    taken += country_label_boxes(countries, zoom, size)
    return Placed(
        crossing, places, countries, fit_reference_labels(references, zoom, size, view_box, taken)
    )


def labelled_places(
    records: list[dict],
    crossing: dict,
    zoom: float,
    *,
    large_type: bool,
    view_box: tuple[float, float, float, float] | None = None,
    country_labels: tuple[tuple[str, float, float], ...] = (),
) -> list[dict]:
    """The place records that get a label: those that do not collide with a better one,
    the crossing's label or the country names (`country_labels`: name, lat, lon, centred),
    and (given the view's pixel box, geo.to_pixels units) stay inside the map; selected
    first, then points before areas, then by events."""
    size = label_px(large_type)
    reserved = []
    if crossing_label_shown(crossing, large_type=large_type):  # presenter type: not when idle
        reserved.append(crossing_label_box(crossing, zoom, large_type=large_type))
    countries = []
    for name, lat, lon in country_labels:
        width, height = geo.text_size_px(name, size)
        x, y = geo.to_pixels(lat, lon, zoom)
        countries.append((x - width / 2, y - height / 2, x + width / 2, y + height / 2))
    ranked = sorted(
        records, key=lambda r: (not r["selected"], r["area"], -r["event_count"], r["name"])
    )
    labelled = geo.declutter(ranked, zoom=zoom, font_px=size, reserved=reserved)
    # an area's label over a country's name ("Belarus–Poland border" on "BELARUS") read as
    # one garbled line; a place's label wins over the country name (it carries the events)
    labelled = [
        r
        for r in labelled
        if not (
            r["area"]
            and any(_overlap(_place_label_box(r, zoom, size, "start"), c) for c in countries)
        )
    ]
    if view_box is not None:
        labelled = fit_labels(labelled, zoom, size, view_box)
    return labelled[:MAX_PLACE_LABELS]


def fit_labels(
    records: list[dict], zoom: float, font_px: int, view_box: tuple[float, float, float, float]
) -> list[dict]:
    """Labels kept inside the map: one running past the right edge ("Moscow" at the map's
    edge) moves to the left of its point; one that fits on neither side is left out (its
    marker and tooltip stay)."""
    kept = []
    for record in records:
        if _inside_box(_place_label_box(record, zoom, font_px, "start"), view_box):
            kept.append(record)
        elif _inside_box(_place_label_box(record, zoom, font_px, "end"), view_box):
            kept.append({**record, "anchor": "end", "offset": [-record["offset"][0], 0]})
    return kept


def _place_label_box(record: dict, zoom: float, font_px: int, anchor: str) -> tuple[float, ...]:
    return geo.label_box(
        record["lat"],
        record["lon"],
        zoom,
        size_px=geo.text_size_px(record["label"], font_px),
        offset_px=abs(record["offset"][0]),
        anchor=anchor,
    )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside_box(box: tuple[float, ...], view_box: tuple[float, ...]) -> bool:
    return (box[0] >= view_box[0] and box[1] >= view_box[1] and box[2] <= view_box[2]) and box[
        3
    ] <= view_box[3]
