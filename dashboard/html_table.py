"""Small tables as static HTML: every cell escaped, links only to http(s) pages, long text wrapped.

The Overview's three tables have ten or so rows each; a data grid cut their text to one line and made a first
visit load and start the grid's code (about 0.2–0.3 s). Markdown tables (`st.table`) cannot carry article text
safely (see `escape`), so the cells are escaped HTML shown with `st.html`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from extract.urls import safe_url

from .escape import html_text

TABLE_STYLE = "width:100%;border-collapse:collapse;font-size:0.9rem;line-height:1.35;"
HEAD_STYLE = "text-align:left;padding:0.35rem 0.5rem;border-bottom:2px solid rgba(128,128,128,0.45);font-weight:600;"
CELL_STYLE = "text-align:left;padding:0.3rem 0.5rem;border-bottom:1px solid rgba(128,128,128,0.25);vertical-align:top;"


@dataclass(frozen=True)
class HtmlColumn:
    """One column: the frame's `name`, its heading, how a value reads (`text`, `date`, `number`, `link`) and, for
    a link, the words shown for it."""

    name: str
    label: str
    kind: str = "text"
    link_text: str = "open ↗"


def cell(value: object, column: HtmlColumn) -> str:
    """One value as escaped HTML: a date as YYYY-MM-DD, a number with thousands separators, a link as an anchor
    (only to an http(s) page, else nothing)."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if column.kind == "date" and isinstance(value, (dt.date, pd.Timestamp)):
        return f"{value:%Y-%m-%d}"
    if column.kind == "number":
        return f"{int(value):,}"
    if column.kind == "link":
        url = safe_url(str(value))
        return (f'<a href="{html_text(url)}" target="_blank" rel="noopener noreferrer">{html_text(column.link_text)}</a>'
                if url else "")
    return html_text(value)


def html_table(frame: pd.DataFrame, columns: list[HtmlColumn], *, caption: str = "") -> str:
    """`frame`'s `columns` as an HTML table (numbers right-aligned, dates, numbers and links never wrapped), with an
    optional escaped caption for screen readers."""
    def style(column: HtmlColumn, base: str) -> str:
        return (base + ("text-align:right;" if column.kind == "number" else "")
                + ("white-space:nowrap;" if column.kind != "text" else ""))  # "2022-03-31" and "open ↗" in one piece

    head = "".join(f'<th scope="col" style="{style(c, HEAD_STYLE)}">{html_text(c.label)}</th>' for c in columns)
    rows = "".join(
        "<tr>" + "".join(f'<td style="{style(c, CELL_STYLE)}">{cell(record.get(c.name), c)}</td>' for c in columns) + "</tr>"
        for record in frame.to_dict("records"))
    caption_html = f'<caption style="position:absolute;left:-9999px;">{html_text(caption)}</caption>' if caption else ""
    return (f'<table class="uct-table" style="{TABLE_STYLE}">{caption_html}<thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>")
