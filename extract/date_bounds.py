"""Dates no report can have: a row that is not about the future happened by the time it was published.

A date phrase read as later than the publication ("by 2030", a misread weekday) dates what was talked
about, not the saying or the movement; such a row falls back to its publication date. Rows that speak of
the future (`is_future`: "will meet on Thursday", "will send") keep their later dates.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from .records import DateInfo

Row = TypeVar("Row")


def bounded(info: DateInfo, published: dt.date | None, is_future: bool | None) -> DateInfo:
    """`info`, or the publication day when a row not about the future is dated after its publication."""
    if is_future or published is None or info.start is None or info.start <= published:
        return info
    return DateInfo(published, published, "published", "")


def bound_rows(rows: list[Row], published: dt.date | None) -> list[Row]:
    """Each statement or movement record with its date bounded by `published` (see `bounded`)."""
    out = []
    for row in rows:
        info = bounded(row.date, published, row.is_future)
        out.append(row if info is row.date else replace(row, date=info))
    return out
