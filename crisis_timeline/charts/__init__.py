"""Figure builders, one module per view: the timeline, the outlets' coverage, the map.

Pure functions: a dataframe in, a figure out; no Streamlit, no I/O except the cached border
outlines that map.map_deck loads through geo.py when none are passed. plotly and pydeck are
imported only in this package (STYLE.md). Import the module you need:

- timeline.py: timeline_figure, timeline_table (its text alternative), timeline_index;
  built from timeline_frame.py (which events, where), timeline_traces.py (the traces) and
  timeline_hover.py (what a point says);
- outlets.py: coverage_matrix (stories x outlets), coverage_matrix_figure;
- map.py: map_deck and its views, built from map_layers.py (one builder per layer) and
  map_labels.py (where the labels go);
- layout.py: what the plotly charts share (theme colours on the layout, type sizes, the
  empty figure); palette.py: colours and symbols; key.py: the timeline's key as HTML.

Every chart has a text alternative (timeline_table, coverage_matrix) and none depends on
colour alone (symbols per event type, numbers written in cells, labels on the map). Pages
draw plotly figures with `st.plotly_chart(fig, theme=None)`: Streamlit's own theme would
otherwise replace the colours chosen here for contrast.

This file imports nothing, so a module that needs only the palette (timeline_density.py)
does not load plotly.
"""
