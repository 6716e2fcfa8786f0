"""The border map's layers, one builder per layer: pure functions from place records and
the theme's colours to a pydeck Layer (or None when the layer has nothing to draw), so each
can be tested by inspecting what it returns.

Also the records they draw: places from geo.place_summary() with the fields the tooltip
reads (plain text: Streamlit escapes tooltip values itself), the crossing, the countries
the events name. map.py picks the layers for a view and assembles the deck; map_labels.py
places the labels (boxes, decluttering, fitting inside the map); geo.py does the geometry.
"""

from __future__ import annotations

import math

import pandas as pd
import pydeck as pdk

from crisis_timeline import geo
from crisis_timeline.charts.map_labels import (
    crossing_label_shown,
    default_crossing_placement,
    label_px,
)
from crisis_timeline.charts.palette import rgba

# place markers' radius bounds in pixels (normal, presenter type); labels start
# LABEL_GAP_PX right of a marker's edge, an area's label AREA_LABEL_OFFSET_PX right of its
# point (map_labels.py places the crossing's)
PLACE_RADIUS_PX = {False: (4.0, 36.0), True: (6.0, 48.0)}
LABEL_GAP_PX = 5
AREA_LABEL_OFFSET_PX = {False: 10, True: 14}


# ---- records --------------------------------------------------------------------------------


def quoted(text: str) -> str:
    """pydeck reads bare strings as accessor expressions; double quotes make a constant."""
    return f'"{text}"'


def count_text(count: int, approximate: bool = False) -> str:
    """ "1 event", "3 events · approximate position"."""
    text = f"{count} event" + ("" if count == 1 else "s")
    return text + (" · approximate position" if approximate else "")


def tooltip_fields(name: str, local_name: str, count: int, events_text: str, **extra) -> dict:
    """The fields the map tooltip reads, as plain text: Streamlit (1.67) HTML-escapes every
    value it puts into a tooltip, so escaping here would show "&lt;" to the reader."""
    return {
        "name": name,
        "local_name": local_name,
        "local_note": f" ({local_name})" if local_name and local_name != name else "",
        "count_text": count_text(count, extra.pop("approximate", False)),
        "event_count": count,
        "events_text": events_text,
        **extra,
    }


def label(name: str, local_name: str) -> str:
    """English name, local spelling on a second line when it differs."""
    return name + (f"\n{local_name}" if local_name and local_name != name else "")


def marker_px(count: int, large_type: bool) -> float:
    """A place marker's radius in pixels at the view's zoom: its area grows with its events,
    within PLACE_RADIUS_PX (deck.gl clamps the same way)."""
    low, high = PLACE_RADIUS_PX[large_type]
    return min(max(4.0 + 2.5 * math.sqrt(count), low), high)


def place_records(
    summary: pd.DataFrame, zoom: float, crossing_name: str, large_type: bool = False
) -> list[dict]:
    """One record per place to mark or label (not the crossing, not countries): tooltip
    fields, position, radius in metres at this zoom, label and its pixel offset."""
    records = []
    for row in summary.to_dict("records"):
        if row["name"] == crossing_name or row.get("kind") == geo.COUNTRY_KIND:
            continue  # the crossing has its own layer; countries are shown by their outline
        count = int(row["event_count"])
        local_name = row.get("local_name") if isinstance(row.get("local_name"), str) else ""
        records.append(
            tooltip_fields(
                str(row["name"]),  # as in the summary, so a selection maps back
                local_name,
                count,
                row.get("events_text") or "",
                approximate=bool(row.get("approximate")),
                lat=round(float(row["lat"]), 5),
                lon=round(float(row["lon"]), 5),
                area=row.get("kind") == geo.REGION_KIND,
                selected=bool(row.get("selected")),
                # a marker's area grows with its events; metres at this view's scale
                radius_m=round(
                    geo.metres_per_pixel(zoom, float(row["lat"])) * (4.0 + 2.5 * math.sqrt(count)),
                    1,
                ),
                label=label(str(row["name"]), local_name),
                # right of the marker's edge: Minsk's marker is 36 px wide on 10,000 articles,
                # and a label at a fixed 10 px sat inside it, dark text on the marker's blue
                # (an area has no marker: its label starts beside its point)
                offset=[
                    AREA_LABEL_OFFSET_PX[large_type]
                    if row.get("kind") == geo.REGION_KIND
                    else round(marker_px(count, large_type) + LABEL_GAP_PX),
                    0,
                ],
            )
        )
    return records


def crossing_record(summary: pd.DataFrame) -> dict:
    """The Kuźnica–Bruzgi crossing, always drawn: its summary row, else its known position."""
    record = geo.crossing_record(summary)
    return tooltip_fields(
        record["name"],
        record["local_name"],
        int(record["event_count"]),
        record["events_text"],
        lat=record["lat"],
        lon=record["lon"],
        label=label(record["name"], record["local_name"]),
    )


def countries_with_events(borders: dict, summary: pd.DataFrame) -> dict:
    """The outlines of the countries the events name ("Belarus said..."), with tooltip
    fields in each feature's properties: those events have no point of their own."""
    mentioned: dict[str, dict] = {}
    if not summary.empty:
        for row in summary[summary["kind"] == geo.COUNTRY_KIND].to_dict("records"):
            iso3 = geo.ISO2_TO_ISO3.get(str(row.get("country") or "").upper())
            if iso3:
                mentioned[iso3] = row
    features = []
    for feature in borders["features"]:
        properties = feature["properties"]
        row = mentioned.get(properties.get("iso_a3"))
        if row is None:
            continue
        local_name = row["local_name"] if isinstance(row["local_name"], str) else ""
        fields = tooltip_fields(
            properties.get("name", ""), local_name, int(row["event_count"]), row["events_text"]
        )
        # a new feature dict sharing the (cached, read-only) geometry
        features.append(
            {
                "type": "Feature",
                "properties": {**properties, **fields},
                "geometry": feature["geometry"],
            }
        )
    return {"type": "FeatureCollection", "features": features}


# ---- layers ---------------------------------------------------------------------------------


def text_layer(
    layer_id: str, records: list[dict], colour: str, background: str, size: float, **extra
) -> pdk.Layer:
    """Labels at lon/lat, outlined in the background colour, any script."""
    return pdk.Layer(
        "TextLayer",
        data=records,
        id=layer_id,
        get_position=["lon", "lat"],
        get_text="label",
        get_size=size,
        size_units=quoted("pixels"),
        get_color=rgba(colour),
        font_family=quoted("Source Sans Pro, Arial, sans-serif"),
        # Kuźnica, Białystok, Брузгі: non-ASCII glyphs need the automatic character set
        character_set=quoted("auto"),
        # an outline in the background colour keeps labels legible over lines and markers
        font_settings={"sdf": True, "fontSize": 64, "buffer": 6},
        outline_width=3,
        outline_color=rgba(background),
        **extra,
    )


def countries_layer(
    borders: dict, colours: dict[str, str], *, detailed: bool, basemap: bool
) -> pdk.Layer:
    """The country outlines: the map itself offline, see-through over basemap tiles. Zoomed
    in (`detailed`), their coarse seam stays unstroked: border_detail_layer draws it."""
    return pdk.Layer(
        "GeoJsonLayer",
        data=borders,
        id="countries",
        filled=True,
        stroked=not detailed,
        get_fill_color=rgba(colours["land"], 90 if basemap else 255),
        get_line_color=rgba(colours["border"]),
        line_width_units=quoted("pixels"),
        get_line_width=1,
        line_width_min_pixels=1,
        pickable=False,
    )


def mentioned_countries_layer(
    borders: dict, summary: pd.DataFrame, colours: dict[str, str], *, detailed: bool
) -> pdk.Layer | None:
    """A light tint of the place colour on the countries the events name ("events name this
    country"; hover lists them), at region scale; None zoomed in or when none is named."""
    mentioned = countries_with_events(borders, summary)
    if not mentioned["features"] or detailed:
        return None
    return pdk.Layer(
        "GeoJsonLayer",
        data=mentioned,
        id="mentioned-countries",
        filled=True,
        stroked=False,
        get_fill_color=rgba(colours["place"], 28),
        pickable=True,
        auto_highlight=True,
        highlight_color=rgba(colours["place"], 60),
    )


def border_detail_layer(
    outline: dict, bbox: tuple[float, float, float, float], colours: dict[str, str]
) -> pdk.Layer:
    """The precise Polish border (PRG) inside `bbox`, drawn over the coarse outlines."""
    return pdk.Layer(
        "GeoJsonLayer",
        data=geo.border_segment(outline, bbox),
        id="border-detail",
        filled=False,
        stroked=True,
        get_line_color=rgba(colours["border"]),
        line_width_units=quoted("pixels"),
        get_line_width=3,
        line_width_min_pixels=2,
        pickable=False,
    )


def country_labels_layer(
    colours: dict[str, str],
    *,
    detailed: bool,
    large_type: bool,
    country_labels: tuple[tuple[str, float, float], ...] | None = None,
) -> pdk.Layer:
    """Country names (name, lat, lon), by default those placed for the crossing or the
    region scale (geo.COUNTRY_LABELS)."""
    if country_labels is None:
        country_labels = geo.COUNTRY_LABELS.get("crossing" if detailed else "region", ())
    return text_layer(
        "country-labels",
        [{"label": name, "lat": lat, "lon": lon} for name, lat, lon in country_labels],
        colours["muted"],
        colours["land"],
        label_px(large_type),
        get_text_anchor=quoted("middle"),
        get_alignment_baseline=quoted("center"),
        pickable=False,
    )


def places_layer(points: list[dict], colours: dict[str, str], *, large_type: bool) -> pdk.Layer:
    """A disc per place, its area growing with its events; pickable (tooltip, selection)."""
    return pdk.Layer(
        "ScatterplotLayer",
        data=[{key: r[key] for key in r if key != "label"} for r in points],
        id="places",
        get_position=["lon", "lat"],
        get_radius="radius_m",
        radius_units=quoted("meters"),
        radius_min_pixels=PLACE_RADIUS_PX[large_type][0],
        radius_max_pixels=PLACE_RADIUS_PX[large_type][1],
        get_fill_color=rgba(colours["place"], 210),
        stroked=True,
        get_line_color=rgba(colours["background"]),
        line_width_min_pixels=1,
        pickable=True,
        auto_highlight=True,
        highlight_color=rgba(colours["highlight"], 90),
    )


def selected_place_layer(
    points: list[dict], colours: dict[str, str], *, large_type: bool
) -> pdk.Layer | None:
    """A ring around each selected place, larger than its disc; None when none is selected."""
    selected = [r for r in points if r["selected"]]
    if not selected:
        return None
    return pdk.Layer(
        "ScatterplotLayer",
        data=[
            {"lat": r["lat"], "lon": r["lon"], "radius_m": round(r["radius_m"] * 1.6, 1)}
            for r in selected
        ],
        id="selected-place",
        get_position=["lon", "lat"],
        get_radius="radius_m",
        radius_units=quoted("meters"),
        radius_min_pixels=11 if large_type else 9,
        filled=False,
        stroked=True,
        get_line_color=rgba(colours["highlight"]),
        line_width_min_pixels=3,
        pickable=False,
    )


def crossing_colour(crossing: dict, colours: dict[str, str]) -> str:
    """The crossing's own colour when events in view name it, else the muted grey: a step
    about Moscow must not seem to point at the crossing."""
    return colours["crossing"] if crossing["event_count"] else colours["muted"]


def crossing_layer(crossing: dict, colours: dict[str, str], *, large_type: bool) -> pdk.Layer:
    """The crossing: a ring (a different shape from the places' discs) in its own colour,
    grey and thinner when no event in view names it."""
    active = bool(crossing["event_count"])
    return pdk.Layer(
        "ScatterplotLayer",
        data=[{key: crossing[key] for key in crossing if key != "label"}],
        id="crossing",
        get_position=["lon", "lat"],
        get_radius=12 if large_type else 9,
        radius_units=quoted("pixels"),
        filled=True,
        get_fill_color=rgba(colours["background"], 230),
        stroked=True,
        get_line_color=rgba(crossing_colour(crossing, colours)),
        line_width_units=quoted("pixels"),
        get_line_width=(5 if large_type else 4) if active else 2,
        pickable=True,
        auto_highlight=True,
        highlight_color=rgba(colours["highlight"], 90),
    )


def area_labels_layer(
    labelled: list[dict], colours: dict[str, str], *, large_type: bool
) -> pdk.Layer:
    """Labels of regions (areas without a marker); pickable, so they carry the tooltip."""
    return text_layer(
        "area-labels",
        [{"anchor": "start", **r} for r in labelled if r["area"]],
        colours["muted"],
        colours["background"],
        label_px(large_type),
        get_text_anchor="anchor",
        get_alignment_baseline=quoted("center"),
        get_pixel_offset="offset",
        pickable=True,
    )


def place_labels_layer(
    labelled: list[dict], colours: dict[str, str], *, large_type: bool
) -> pdk.Layer:
    """Labels of the places with a marker, each starting right of its marker's edge."""
    return text_layer(
        "place-labels",
        [
            {
                "label": r["label"],
                "lat": r["lat"],
                "lon": r["lon"],
                "offset": r["offset"],
                "anchor": r.get("anchor", "start"),
            }
            for r in labelled
            if not r["area"]
        ],
        colours["text"],
        colours["background"],
        label_px(large_type),
        get_text_anchor="anchor",
        get_alignment_baseline=quoted("center"),
        get_pixel_offset="offset",
        pickable=False,
    )


def crossing_label_layer(
    crossing: dict, colours: dict[str, str], *, large_type: bool
) -> pdk.Layer | None:
    """The crossing's name in bold, in the crossing's colour; in presenter type only when
    events in view name it (otherwise it is a grey ring, and its big label competed with
    the step's own places). Placed as crossing["placement"] says (fit_crossing_label),
    else as default_crossing_placement."""
    if not crossing_label_shown(crossing, large_type=large_type):
        return None
    placement = crossing.get("placement") or default_crossing_placement(large_type)
    return text_layer(
        "crossing-label",
        [{"label": crossing["label"], "lat": crossing["lat"], "lon": crossing["lon"]}],
        crossing_colour(crossing, colours),
        colours["background"],
        label_px(large_type) + 1,
        get_text_anchor=quoted(placement["anchor"]),
        get_alignment_baseline=quoted(placement["baseline"]),
        get_pixel_offset=placement["offset"],
        font_weight=quoted("bold" if crossing["event_count"] else "normal"),
        pickable=False,
    )


# ---- fixed references of the crossing (zoomed-in views) -------------------------------------

# Where each landmark's label goes (deck.gl text anchor, pixel offset [x, y]): placed by hand
# for the crossing view, where the camp, the logistics centre and the crossing lie within
# 2 km of each other (a few dozen pixels).
LANDMARK_LABELS: dict[str, tuple[str, list[int]]] = {
    "Kuźnica": ("end", [-9, 0]),
    "Bruzgi": ("start", [8, -12]),
    "Hrodna": ("start", [9, 0]),
    "Sokółka": ("start", [9, 0]),
    # 0.5 km from the crossing: its marker hides under the crossing's ring, its label below
    "Bruzgi migrant camp": ("middle", [0, 24]),
    "Bruzgi logistics centre": ("start", [8, 12]),
}
LANDMARK_RADIUS_PX = {False: 5, True: 7}
ZONE_ALPHA = 46  # the strip's fill: a tint the outlines and markers read through


def landmark_records(landmarks: pd.DataFrame, drawn: set[str]) -> list[dict]:
    """Fixed reference places (Kuźnica, Bruzgi, Hrodna, the camp...) as map records with a
    tooltip and a hand-placed label; those already drawn as places with events are left
    out. landmarks: locations.places_frame() rows (name, local_name, kind, lat, lon,
    verified)."""
    records = []
    for row in landmarks.to_dict("records"):
        if row["name"] in drawn:
            continue
        local_name = row["local_name"] if isinstance(row.get("local_name"), str) else ""
        approximate = str(row.get("verified") or "").startswith("approximate")
        anchor, offset = LANDMARK_LABELS.get(row["name"], ("start", [9, 0]))
        fields = tooltip_fields(
            row["name"], local_name, 0, f"Reference point ({row['kind']}) · no events in view"
        )
        fields["count_text"] = "approximate position" if approximate else "verified position"
        records.append(
            {
                **fields,
                "lat": round(float(row["lat"]), 5),
                "lon": round(float(row["lon"]), 5),
                "label": row["name"] + (" (approx.)" if approximate else ""),
                "anchor": anchor,
                "offset": offset,
            }
        )
    return records


# Written on the crossing view beside what they name (lat, lon, anchor, pixel offset).
NOTE_LABELS = (
    ("Emergency zone 2021–22\n(approx. 3 km strip)", 53.64, 23.54, "end", [-8, 0]),
    ("DK19 / M6 road (approx.)", 53.452, 23.57, "end", [-6, 0]),
)


def note_labels() -> list[dict]:
    """The crossing view's notes: what the tinted strip and the grey line are."""
    return [
        {"label": text, "lat": lat, "lon": lon, "anchor": anchor, "offset": offset}
        for text, lat, lon, anchor, offset in NOTE_LABELS
    ]


def landmarks_layer(
    records: list[dict], colours: dict[str, str], *, large_type: bool
) -> pdk.Layer | None:
    """Small hollow markers for the reference places (not events: no fill, muted)."""
    if not records:
        return None
    return pdk.Layer(
        "ScatterplotLayer",
        data=[
            {key: r[key] for key in r if key not in ("label", "offset", "anchor")} for r in records
        ],
        id="landmarks",
        get_position=["lon", "lat"],
        get_radius=LANDMARK_RADIUS_PX[large_type],
        radius_units=quoted("pixels"),
        filled=True,
        get_fill_color=rgba(colours["background"], 220),
        stroked=True,
        get_line_color=rgba(colours["muted"]),
        line_width_units=quoted("pixels"),
        get_line_width=2,
        pickable=True,
        auto_highlight=True,
        highlight_color=rgba(colours["highlight"], 90),
    )


def landmark_labels_layer(
    records: list[dict], colours: dict[str, str], *, large_type: bool
) -> pdk.Layer | None:
    """The reference places' names, each placed as LANDMARK_LABELS says."""
    if not records:
        return None
    return text_layer(
        "landmark-labels",
        [{key: r[key] for key in ("label", "lat", "lon", "anchor", "offset")} for r in records],
        colours["muted"],
        colours["background"],
        label_px(large_type),
        get_text_anchor="anchor",
        get_alignment_baseline=quoted("center"),
        get_pixel_offset="offset",
        pickable=False,
    )


def road_path(landmarks: pd.DataFrame, waypoints: tuple[str, ...]) -> list[list[float]]:
    """The road's [lon, lat] points through the named places, in order (missing ones skipped)."""
    by_name = {row["name"]: row for row in landmarks.to_dict("records")}
    return [
        [round(float(by_name[n]["lon"]), 5), round(float(by_name[n]["lat"]), 5)]
        for n in waypoints
        if n in by_name
    ]


def road_layer(
    path: list[list[float]], name: str, note: str, colours: dict[str, str]
) -> pdk.Layer | None:
    """The road through the crossing, a dashed-looking thin line under the markers."""
    if len(path) < 2:
        return None
    return pdk.Layer(
        "PathLayer",
        data=[{"path": path, **tooltip_fields(name, "", 0, note), "count_text": note}],
        id="road",
        get_path="path",
        get_color=rgba(colours["muted"], 200),
        width_units=quoted("pixels"),
        get_width=3,
        cap_rounded=True,
        joint_rounded=True,
        pickable=True,
    )


def emergency_zone_layer(feature: dict | None, colours: dict[str, str]) -> pdk.Layer | None:
    """The approximate emergency-zone strip (emergency_zone.zone_feature), a light tint of
    the crossing's colour with a thin edge; its tooltip says it is an approximation."""
    if feature is None:
        return None
    properties = feature["properties"]
    fields = tooltip_fields(properties["name"], properties["local_name"], 0, properties["note"])
    fields["count_text"] = "approximate area"
    return pdk.Layer(
        "GeoJsonLayer",
        data={
            "type": "FeatureCollection",
            "features": [{**feature, "properties": {**properties, **fields}}],
        },
        id="emergency-zone",
        filled=True,
        stroked=True,
        get_fill_color=rgba(colours["crossing"], ZONE_ALPHA),
        get_line_color=rgba(colours["crossing"], 140),
        line_width_units=quoted("pixels"),
        get_line_width=1,
        pickable=True,
    )
