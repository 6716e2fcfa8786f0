"""Streamlit glue shared by the pages: filters <-> URL, cached data, error display."""
