"""What the dashboard tests share besides fixtures: the pages AppTest runs and the figures it finds on them.

Not in conftest.py: a test importing `conftest` gets whichever conftest Python imported first (tests/extract
has one too), so `pytest tests/dashboard tests/extract` failed to collect."""
from __future__ import annotations

import base64
import html
import json
import re
from html.parser import HTMLParser

import numpy as np

PAGES = {
    "overview": None,
    "timeline": "pages/1_Timeline.py",
    "map": "pages/2_Deployments_map.py",
    "explorer": "pages/3_Explorer.py",
    "add": "pages/4_Add_articles.py",
}


def _decode(value):
    """Plotly's base64 typed arrays (`{"dtype", "bdata"}`) as plain lists, at any depth."""
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) >= {"dtype", "bdata"} and set(value) <= {"dtype", "bdata", "shape"}:
            array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]).newbyteorder("<"))
            if value.get("shape"):
                array = array.reshape([int(d) for d in str(value["shape"]).split(",")])
            return array.tolist()
        return {k: _decode(v) for k, v in value.items()}
    return value


def figure_specs(at) -> list[dict]:
    """The figure JSON of every plotly chart on the page (typed arrays decoded): `st.plotly_chart`
    elements and the pages' own chart element (`dashboard.plotly_element`)."""
    specs = [json.loads(el.proto.spec) for el in at.get("plotly_chart")]
    specs += [json.loads(el.proto.json)["figure"] for el in at.get("bidi_component")
              if el.proto.component_name == "uct_plotly_chart"]
    return [_decode(spec) for spec in specs]


class _TableText(HTMLParser):
    """The text of each cell of each HTML table, row by row (a link's cell: its href)."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[str]]] = []
        self._cell: list[str] | None = None
        self._link = False

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "a" and self._cell is not None:
            self._cell.append(dict(attrs).get("href") or "")
            self._cell = self._cell[-1:]  # the href stands for the cell
            self._link = True

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append("".join(self._cell))
            self._cell, self._link = None, False

    def handle_data(self, data):
        if self._cell is not None and not self._link:
            self._cell.append(data)


def html_tables(at) -> list[list[dict[str, str]]]:
    """The page's `st.html` tables (`dashboard.html_table`) as lists of {heading: cell text, or a link's href}."""
    parser = _TableText()
    for element in at.get("html"):
        parser.feed(element.proto.body)
    return [[dict(zip(rows[0], row)) for row in rows[1:]] for rows in parser.tables]


_FIGURE = re.compile(r'<div data-testid="uctFigure" title="[^"]*"><div[^>]*>([^<]*)</div><div[^>]*>([^<]*)</div></div>')


def headline_figures(at) -> dict[str, str]:
    """The Overview's headline figures (`dashboard.overview.headline_html`) as {label: value}, unescaped."""
    return {html.unescape(label): html.unescape(value)
            for element in at.get("html") for label, value in _FIGURE.findall(element.proto.body)}
