"""CSV cells that a spreadsheet would run as formulas, neutralised reversibly (OWASP "CSV injection").

A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and
Google Sheets as a formula (`=HYPERLINK(...)` in a quote becomes a live link), so `escape_cell` puts a single
quote in front of it, as OWASP recommends. Our own CSVs are also read back (`extract.schema.read_table`), so
the escape is undone there: a cell that already starts with quotes before a trigger (`'=x`) gets one more
quote, which makes `unescape_cell(escape_cell(v)) == v` for every string. Only text columns are escaped:
numbers (a negative longitude) stay numbers. Pure pandas.
"""
from __future__ import annotations

import re

import pandas as pd

TRIGGERS = "=+-@\t\r"
_NEEDS_QUOTE = re.compile("'*[" + re.escape(TRIGGERS) + "]")  # quotes already in front are escaped again


def escape_cell(value: str) -> str:
    """`value` with a leading `'` when a spreadsheet would read it as a formula."""
    return "'" + value if _NEEDS_QUOTE.match(value) else value


def unescape_cell(value: str) -> str:
    """The value `escape_cell` was given (other strings come back unchanged)."""
    return value[1:] if value.startswith("'") and _NEEDS_QUOTE.match(value, 1) else value


def _map_text(frame: pd.DataFrame, fn) -> pd.DataFrame:
    out = frame.copy()
    for name in out.columns:
        if pd.api.types.is_string_dtype(out[name]) or out[name].dtype == object:
            out[name] = out[name].map(lambda v: fn(v) if isinstance(v, str) else v)
    return out


def escape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` with every string cell of its text columns escaped (for a CSV people open)."""
    return _map_text(frame, escape_cell)


def unescape_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` as read from an escaped CSV, with the escape undone in every string cell."""
    return _map_text(frame, unescape_cell)
