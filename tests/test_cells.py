"""crisis_timeline.cells: one table cell as a plain value, from the pipeline, DuckDB or JSON."""

from __future__ import annotations

import math
from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest

from crisis_timeline.cells import as_date, as_list, is_missing, text_value

NOV_15 = date(2021, 11, 15)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (NOV_15, NOV_15),  # the pipeline's own rows
        (datetime(2021, 11, 15, 18, 30), NOV_15),
        (pd.Timestamp("2021-11-15"), NOV_15),  # DuckDB through pandas
        ("2021-11-15", NOV_15),  # JSON
        ("2021-11-15T09:00:00", NOV_15),
        ("15 November", None),  # not ISO: missing, not an error
        (None, None),
        (math.nan, None),
        (pd.NaT, None),
        (pd.NA, None),
        (20211115, None),
    ],
)
def test_as_date(cell, expected):
    assert as_date(cell) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (["Duda", "Putin"], ["Duda", "Putin"]),
        (("Duda",), ["Duda"]),
        (np.array(["Duda", "Putin"], dtype=object), ["Duda", "Putin"]),  # DuckDB list column
        ('["Duda", "Putin"]', ["Duda", "Putin"]),  # JSON text
        ("Duda", ["Duda"]),  # a bare string is one item
        ({"value": 2, "unit": "hour"}, [{"value": 2, "unit": "hour"}]),
        (None, []),
        (math.nan, []),
    ],
)
def test_as_list(cell, expected):
    assert list(as_list(cell)) == expected


@pytest.mark.parametrize(
    ("cell", "missing"),
    [
        (None, True),
        (math.nan, True),
        (pd.NaT, True),
        (pd.NA, True),
        (np.float64("nan"), True),
        ("", False),
        (0, False),
        (False, False),
        ([], False),
        (np.array([1, 2]), False),  # an array is a list cell, never "missing"
    ],
)
def test_is_missing(cell, missing):
    assert is_missing(cell) is missing


@pytest.mark.parametrize(
    ("cell", "default", "expected"),
    [
        ("RFI", "", "RFI"),
        (None, "Unknown outlet", "Unknown outlet"),
        (math.nan, "en", "en"),
        (3, "", "3"),
    ],
)
def test_text_value(cell, default, expected):
    assert text_value(cell, default) == expected
