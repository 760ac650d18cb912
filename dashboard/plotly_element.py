"""The chart element of the timeline and the map: a small Streamlit component that draws a plotly figure
with the light plotly.js bundle shipped in `static/vendor/` and returns the selected marks.

`st.plotly_chart` loads Streamlit's full 4.7 MB plotly.js (3-D, WebGL, finance, ...: 0.6–0.8 s to run)
and draws a new chart twice (once before it knows its width). The dashboard draws scatter marks and a
geo map only: this element loads `plotly.js-geo` (1.4 MB: scatter, scattergeo, choropleth) and draws
once at the container's width. It runs in the page itself (components v2, no iframe) and needs no
internet: the bundle is served by Streamlit's static file serving, like the map files.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from .config import REPO_ROOT
from .ui import chart_config, plotly

PLOTLY_BUNDLE = "vendor/plotly-geo-4.1.1.min.js"  # under static/; npm plotly.js-geo-dist-min, MIT
BUNDLE_TRACES = {"scatter", "scattergeo", "choropleth"}  # what that bundle draws
PLOTLY_URL = "app/static/" + PLOTLY_BUNDLE  # relative to the page, so it also works under a base URL path
_JS = (Path(__file__).with_name("plotly_element.js")).read_text(encoding="utf-8")
_HTML = '<div class="uct-chart" data-testid="uctPlotlyChart" role="figure"></div>'
NAME = "uct_plotly_chart"

_component = st.components.v2.component(NAME, html=_HTML, js=_JS, isolate_styles=False)


def bundle_path() -> Path:
    """The shipped plotly.js bundle the element loads."""
    return REPO_ROOT / "static" / PLOTLY_BUNDLE


def drawable(spec: dict) -> bool:
    """Whether the light bundle can draw every trace of `spec` (WebGL traces need the full plotly.js)."""
    return all(trace.get("type", "scatter") in BUNDLE_TRACES for trace in spec.get("data", []))


def selection_keys(selection) -> list[str]:
    """The first customdata value of each point of a `st.plotly_chart` selection (`event.selection`)."""
    points = selection.get("points", []) if selection is not None and hasattr(selection, "get") else []
    keys = [point.get("customdata") for point in points if hasattr(point, "get")]
    return [str(custom[0]) for custom in keys if custom]


def plotly_element(spec: dict, *, key: str, config: dict, alt: str = "") -> list[str]:
    """Draw the figure `spec` (plotly JSON) with the element; return the first customdata value of each
    selected mark."""
    figure = {"data": spec["data"], "layout": {k: v for k, v in spec["layout"].items() if k != "template"}}
    result = _component(key=key, data={"figure": figure, "config": config, "src": PLOTLY_URL, "alt": alt},
                        default={"selected": []}, on_selected_change=lambda: None)
    selected = getattr(result, "selected", None) or []
    return [str(k) for k in selected]


def draw(spec: dict, *, key: str, alt: str, geo: bool = False) -> list[str]:
    """The figure with the element, or with `st.plotly_chart` when it has traces the light bundle lacks
    (WebGL: more than `timeline.GL_THRESHOLD` marks even grouped by month); returns the selected marks' keys."""
    if drawable(spec):
        return plotly_element(spec, key=key, config=chart_config(geo=geo), alt=alt)
    event = plotly(spec, key=key, geo=geo, select=True, alt=alt)
    return selection_keys(event.selection if event is not None else None)
