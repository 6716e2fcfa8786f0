"""The border map (pydeck): country outlines, places sized by their events, labels, the
Kuźnica–Bruzgi crossing; two fixed views and a fly-to for one place.

map_deck picks the layers a view needs (map_layers.py builds each one, map_labels.py says
where their labels go) and assembles the deck with its tooltip. Offline by default: no map
provider, no style URL, no tiles. It loads the cached border outlines through geo.py when
none are passed; nothing else does I/O.
"""

from __future__ import annotations

import math

import pandas as pd
import pydeck as pdk

from crisis_timeline import emergency_zone, geo
from crisis_timeline.charts import map_labels
from crisis_timeline.charts import map_layers as layers
from crisis_timeline.charts.palette import theme_colours
from crisis_timeline.locations import places_frame

# Centres and zooms for a ~500 px tall map (deck.gl zoom: the world is 512 px at zoom 0).
# crossing: Sokółka (53.41 N) to Hrodna (53.68 N), the road between them and the crossing
# halfway, ~60 km across at 1280x720; region: southern Poland (49 N) to Tallinn (59.4 N).
VIEWS: dict[str, pdk.ViewState] = {
    "crossing": pdk.ViewState(latitude=53.545, longitude=23.665, zoom=9.3, pitch=0, bearing=0),
    "region": pdk.ViewState(latitude=54.6, longitude=24.0, zoom=4.4, pitch=0, bearing=0),
}
PLACE_ZOOM = 8.0
FLY_DURATION_MS = 1500
DETAIL_MIN_ZOOM = 9.0  # from here on the 1:10m outline is visibly off; draw the PRG border
LANDMARK_MIN_ZOOM = 7.5  # the crossing's landmarks, road and emergency zone from here on
REGION_TOLERANCE_DEG = 0.01  # ~1/3 px at the region zoom: invisible, and ~4x fewer vertices
# How far around a zoomed-in view's centre the precise border and the countries are sent
# (degrees lon, lat): a few screens of panning room at the crossing's zoom.
DETAIL_HALF_SPAN_DEG = (1.2, 0.8)
# Fixed references drawn when zoomed in near the crossing (names in data/places.csv).
CROSSING_LANDMARKS = (
    "Kuźnica",
    "Bruzgi",
    "Hrodna",
    "Sokółka",
    "Bruzgi migrant camp",
    "Bruzgi logistics centre",
)
# Fitting a view to a step's places: margin in pixels, the closest zoom for one place, and
# the crossing kept in view as the reader's anchor when a step's places are far from it.
FIT_PADDING_PX = 56
FIT_MAX_ZOOM = 9.3
FIT_KINDS = frozenset(
    {"crossing", "village", "town", "city", "capital", "camp", "airport", "forest"}
)
TOOLTIP_MAX_PX, TOOLTIP_GAP_PX = 360, 14  # the map's tooltip: width cap, gap below the pointer


def view_for_place(lat: float, lon: float, *, zoom: float = PLACE_ZOOM) -> pdk.ViewState:
    """A view centred on a place, animated from the previous one (the Present page's fly-to)."""
    return pdk.ViewState(
        latitude=float(lat),
        longitude=float(lon),
        zoom=zoom,
        pitch=0,
        bearing=0,
        transition_duration=FLY_DURATION_MS,
    )


def fit_view(
    points: list[tuple[float, float]],
    *,
    width_px: int,
    height_px: int,
    padding_px: int = FIT_PADDING_PX,
    max_zoom: float = FIT_MAX_ZOOM,
) -> pdk.ViewState:
    """The view showing every (lat, lon) point at least `padding_px` inside the map, at the
    closest zoom up to `max_zoom` (deck.gl Web Mercator)."""
    if not points:
        raise ValueError("fit_view needs at least one point")
    xs, ys = zip(*(geo.to_pixels(lat, lon, 0.0) for lat, lon in points), strict=True)
    span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
    room_x, room_y = max(width_px - 2 * padding_px, 1), max(height_px - 2 * padding_px, 1)
    zoom = max_zoom
    for span, room in ((span_x, room_x), (span_y, room_y)):
        if span > 0:
            zoom = min(zoom, math.log2(room / span))
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    lat, lon = _from_pixels(centre_x, centre_y)
    return pdk.ViewState(
        latitude=round(lat, 5),
        longitude=round(lon, 5),
        zoom=round(zoom, 2),
        pitch=0,
        bearing=0,
        transition_duration=FLY_DURATION_MS,
    )


def _from_pixels(x: float, y: float) -> tuple[float, float]:
    """(lat, lon) of Web Mercator world pixels at zoom 0 (geo.to_pixels' inverse)."""
    lon = x / geo.TILE_SIZE * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / geo.TILE_SIZE))))
    return lat, lon


def view_for_step(
    summary: pd.DataFrame, names: tuple[str, ...], *, width_px: int, height_px: int
) -> pdk.ViewState | None:
    """The Present page's view for a step: its places (towns, villages, camps, crossings;
    not countries or regions) and the crossing as the reader's anchor, all inside the map
    with a margin; None when the step names no such place on the outlines (show the
    region; places_beyond_outlines names the others for a caption)."""
    wanted = _step_places(summary, names)
    frame = geo.outlines_frame()
    points = [
        (float(r["lat"]), float(r["lon"]))
        for r in wanted.to_dict("records")
        if geo.within_frame(float(r["lat"]), float(r["lon"]), frame)
    ]
    if not points:
        return None
    points.insert(0, (geo.CROSSING.lat, geo.CROSSING.lon))
    return fit_view(points, width_px=width_px, height_px=height_px)


def places_beyond_outlines(summary: pd.DataFrame, names: tuple[str, ...]) -> list[str]:
    """The step's places that lie past the bundled country outlines (Moscow, Baghdad,
    Brussels): a fitted view would show them on bare background beyond the outlines'
    straight edge, so view_for_step leaves them out and the page names them instead."""
    frame = geo.outlines_frame()
    return [
        str(r["name"])
        for r in _step_places(summary, names).to_dict("records")
        if not geo.within_frame(float(r["lat"]), float(r["lon"]), frame)
    ]


def step_map_note(summary: pd.DataFrame, names: tuple[str, ...], *, fitted: bool) -> str | None:
    """What the Present page says under a step's map (plain text: the page escapes it): the
    places left off it, or why it shows the whole region (`fitted`: view_for_step fitted it)."""
    beyond = places_beyond_outlines(summary, names)
    if beyond:
        tail = "" if fitted else " The map shows the region."
        return f"{', '.join(beyond)}: beyond this map's outlines, so not drawn.{tail}"
    if not fitted:
        return "This story names no town, village or crossing: the map shows the region."
    return None


def _step_places(summary: pd.DataFrame, names: tuple[str, ...]) -> pd.DataFrame:
    """The summary's rows for a step's places of a kind a view is fitted to."""
    if summary.empty:
        return summary
    return summary[summary["name"].isin(names) & summary["kind"].isin(FIT_KINDS)]


def _view_state(view: str | pdk.ViewState) -> tuple[str, pdk.ViewState]:
    if isinstance(view, pdk.ViewState):
        return "place", view
    if view not in VIEWS:
        raise ValueError(f"unknown map view {view!r}; expected one of {', '.join(VIEWS)}")
    template = VIEWS[view]
    # a fresh object: pydeck ViewStates are mutable and VIEWS is shared
    fresh = pdk.ViewState(
        latitude=template.latitude,
        longitude=template.longitude,
        zoom=template.zoom,
        pitch=0,
        bearing=0,
    )
    return view, fresh


def detail_bbox(view_state: pdk.ViewState) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) around a zoomed-in view's centre."""
    half_lon, half_lat = DETAIL_HALF_SPAN_DEG
    lon, lat = float(view_state.longitude), float(view_state.latitude)
    return (lon - half_lon, lat - half_lat, lon + half_lon, lat + half_lat)


def map_tooltip(colours: dict[str, str], *, large_type: bool) -> dict:
    """The tooltip of every pickable layer: name (local spelling), count, one event a line."""
    return {
        "html": "<b>{name}</b>{local_note}<br/>{count_text}<br/>{events_text}",
        "style": {
            "backgroundColor": colours["tooltip_background"],
            "color": colours["text"],
            "border": f"1px solid {colours['border']}",
            "fontFamily": "Source Sans Pro, Arial, sans-serif",
            "fontSize": "16px" if large_type else "13px",
            "maxWidth": f"{TOOLTIP_MAX_PX}px",
            # events_text is plain text with one event per line
            "whiteSpace": "pre-line",
            # deck.gl puts the tooltip's corner on the pointer (its inline `transform`), so a
            # place near the map's right edge had its tooltip cut off there. The separate CSS
            # `translate` adds to that transform: centred under the pointer, a tooltip is cut
            # only within half its width of either edge.
            "translate": f"-50% {TOOLTIP_GAP_PX}px",
        },
    }


def _deck(
    deck_layers: list[pdk.Layer],
    view_state: pdk.ViewState,
    tooltip: dict,
    *,
    theme: str,
    basemap: bool,
    height: int,
) -> pdk.Deck:
    if basemap:
        return pdk.Deck(
            layers=deck_layers,
            initial_view_state=view_state,
            map_provider="carto",
            map_style=pdk.map_styles.CARTO_DARK if theme == "dark" else pdk.map_styles.CARTO_LIGHT,
            tooltip=tooltip,
            height=height,
        )
    # No tiles, no network: the outlines are the map. map_style is left at pydeck's
    # "__MAP_STYLE__" sentinel on purpose: Streamlit 1.67's deck component reads that as "no
    # style", whereas a missing mapStyle (what map_style=None serialises to) makes it fetch
    # Carto's positron/dark-matter style from the internet.
    return pdk.Deck(
        layers=deck_layers,
        initial_view_state=view_state,
        map_provider=None,
        tooltip=tooltip,
        height=height,
    )


def map_deck(
    places: pd.DataFrame,
    *,
    view: str | pdk.ViewState = "region",
    theme: str = "light",
    selected_place: str | None = None,
    basemap: bool = False,
    borders: dict | None = None,
    border_detail: dict | None = None,
    large_type: bool = False,
    height: int = 520,
    width: int | None = None,
    landmarks: pd.DataFrame | None = None,
) -> pdk.Deck:
    """The border map: country outlines, places sized by events, labels, the crossing.

    places: geo.place_summary() output. view: "crossing", "region" or a pdk.ViewState (e.g.
    view_for_step()). width: the map's width in pixels when known (every label is then kept
    inside the map and off the others: map_labels.arrange). Zoomed in (>=
    LANDMARK_MIN_ZOOM), the crossing's landmarks (CROSSING_LANDMARKS, or `landmarks`:
    locations.places_frame rows), the road and the approximate emergency-zone strip are
    drawn under the places. Offline by default (no map provider, no style URL); basemap=True
    adds Carto tiles under semi-transparent outlines. Places of kind "country" are not
    points: their events show in the country outline's tooltip; kind "region" places get a
    label without a marker. Layer ids: countries, mentioned-countries (region scale, when
    events name a country), border-detail (crossing view or zoom >= 9), country-labels,
    places, selected-place, crossing, area-labels, place-labels, crossing-label. Pickable
    (tooltip, selection): mentioned-countries, places, crossing, area-labels; a picked
    place object carries its summary "name".
    """
    colours = theme_colours(theme)
    view_name, view_state = _view_state(view)
    zoom = float(view_state.zoom)
    detailed = view_name == "crossing" or zoom >= DETAIL_MIN_ZOOM
    summary = _summary(places, selected_place)
    borders, detail = _outlines(borders, border_detail, view_state, colours, detailed=detailed)
    crossing = layers.crossing_record(summary)
    records = layers.place_records(
        summary, zoom, crossing_name=crossing["name"], large_type=large_type
    )
    points = [r for r in records if not r["area"]]
    references = _references(summary, zoom, landmarks)
    placed = map_labels.arrange(
        crossing,
        records,
        references["landmarks"] + references["notes"],
        geo.COUNTRY_LABELS.get("crossing" if detailed else "region", ()),
        zoom,
        large_type=large_type,
        view_box=_view_box(view_state, width, height),
    )
    # bottom to top: outlines, markers, then labels over them
    stack = [
        layers.countries_layer(borders, colours, detailed=detailed, basemap=basemap),
        layers.mentioned_countries_layer(borders, summary, colours, detailed=detailed),
        layers.emergency_zone_layer(references["zone"], colours),
        detail,
        layers.country_labels_layer(
            colours, detailed=detailed, large_type=large_type, country_labels=placed.countries
        ),
        layers.road_layer(
            references["road"], emergency_zone.ROAD_NAME, emergency_zone.ROAD_NOTE, colours
        ),
        layers.landmarks_layer(references["landmarks"], colours, large_type=large_type),
        layers.landmark_labels_layer(placed.references, colours, large_type=large_type),
        layers.places_layer(points, colours, large_type=large_type),
        layers.selected_place_layer(points, colours, large_type=large_type),
        layers.crossing_layer(crossing, colours, large_type=large_type),
        layers.area_labels_layer(placed.places, colours, large_type=large_type),
        layers.place_labels_layer(placed.places, colours, large_type=large_type),
        layers.crossing_label_layer(placed.crossing, colours, large_type=large_type),
    ]
    return _deck(
        [layer for layer in stack if layer is not None],
        view_state,
        map_tooltip(colours, large_type=large_type),
        theme=theme,
        basemap=basemap,
        height=height,
    )


def _summary(places: pd.DataFrame | None, selected_place: str | None) -> pd.DataFrame:
    """The place summary to draw, with the selected place marked."""
    summary = places if places is not None else pd.DataFrame(columns=list(geo.SUMMARY_COLUMNS))
    if selected_place is not None and not summary.empty:
        summary = summary.assign(selected=summary["name"] == selected_place)
    return summary


def _outlines(
    borders: dict | None,
    border_detail: dict | None,
    view_state: pdk.ViewState,
    colours: dict,
    *,
    detailed: bool,
) -> tuple[dict, pdk.Layer | None]:
    """The country outlines at the view's precision, and the precise border line when
    the view is detailed (None otherwise)."""
    if borders is None:
        borders = geo.load_borders(tolerance_deg=0.0 if detailed else REGION_TOLERANCE_DEG)
    if not detailed:
        return borders, None
    # only the countries around the view; their coarse seam stays unstroked, the
    # precise border line is drawn on top
    borders = geo.features_in_bbox(borders, detail_bbox(view_state))
    outline = border_detail if border_detail is not None else geo.load_poland_outline()
    return borders, layers.border_detail_layer(outline, detail_bbox(view_state), colours)


def _view_box(
    view_state: pdk.ViewState, width: int | None, height: int
) -> tuple[float, float, float, float] | None:
    """The map's pixel box at the view's zoom (geo.to_pixels units), when its width is known."""
    if width is None:
        return None
    zoom = float(view_state.zoom)
    x, y = geo.to_pixels(float(view_state.latitude), float(view_state.longitude), zoom)
    return (x - width / 2, y - height / 2, x + width / 2, y + height / 2)


def _references(summary: pd.DataFrame, zoom: float, landmarks: pd.DataFrame | None) -> dict:
    """The crossing's landmarks, road, notes and emergency zone for a zoomed-in view (empty
    at region scale, where the strip would be a pixel wide and the villages a heap)."""
    if zoom < LANDMARK_MIN_ZOOM:
        return {"landmarks": [], "notes": [], "road": [], "zone": None}
    table = landmarks if landmarks is not None else places_frame(CROSSING_LANDMARKS)
    drawn = set(summary["name"]) if not summary.empty else set()
    return {
        "landmarks": layers.landmark_records(table, drawn),
        "notes": layers.note_labels(),
        "road": layers.road_path(
            places_frame(emergency_zone.ROAD_WAYPOINTS), emergency_zone.ROAD_WAYPOINTS
        ),
        "zone": emergency_zone.emergency_zone(),
    }
