"""The timeline's chart element: a small Streamlit component that draws the figure with the light
plotly.js bundle shipped in `static/vendor/` and returns the selected marks.

`st.plotly_chart` loads the full 4.7 MB plotly.js (maps, 3-D, WebGL) and draws a new chart twice (once
before it knows its width); the timeline needs scatter marks only, and this element draws them once at
the container's width. It runs in the page itself (components v2, no iframe) and needs no internet:
the bundle is served by Streamlit's static file serving, like the map files.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from .config import REPO_ROOT
from .ui import PLOTLY_CONFIG, plotly

PLOTLY_BUNDLE = "vendor/plotly-basic-4.1.1.min.js"  # under static/; npm plotly.js-basic-dist-min, MIT
BUNDLE_TRACES = {"scatter", "bar", "pie"}  # what plotly.js-basic draws
PLOTLY_URL = "app/static/" + PLOTLY_BUNDLE  # relative to the page, so it also works under a base URL path
_JS = (Path(__file__).with_name("timeline_chart.js")).read_text(encoding="utf-8")
_HTML = '<div class="uct-chart" data-testid="uctTimelineChart" role="figure"></div>'

_component = st.components.v2.component("uct_timeline_chart", html=_HTML, js=_JS, isolate_styles=False)


def bundle_path() -> Path:
    """The shipped plotly.js bundle the chart loads."""
    return REPO_ROOT / "static" / PLOTLY_BUNDLE


def drawable(spec: dict) -> bool:
    """Whether the light bundle can draw every trace of `spec` (WebGL traces need the full plotly.js)."""
    return all(trace.get("type", "scatter") in BUNDLE_TRACES for trace in spec.get("data", []))


def selection_keys(selection) -> list[str]:
    """The first customdata value of each point of a `st.plotly_chart` selection (`event.selection`)."""
    points = selection.get("points", []) if selection is not None and hasattr(selection, "get") else []
    keys = [point.get("customdata") for point in points if hasattr(point, "get")]
    return [str(custom[0]) for custom in keys if custom]


def timeline_chart(spec: dict, *, key: str, config: dict, alt: str = "") -> list[str]:
    """Draw the figure `spec` (plotly JSON); return the first customdata value of each selected mark."""
    figure = {"data": spec["data"], "layout": {k: v for k, v in spec["layout"].items() if k != "template"}}
    result = _component(key=key, data={"figure": figure, "config": config, "src": PLOTLY_URL, "alt": alt},
                        default={"selected": []}, on_selected_change=lambda: None)
    selected = getattr(result, "selected", None) or []
    return [str(k) for k in selected]


def draw_timeline(spec: dict, *, key: str, alt: str) -> list[str]:
    """The timeline with this element, or with `st.plotly_chart` when it has WebGL traces (more than
    `timeline.GL_THRESHOLD` marks even grouped by month); returns the selected marks' keys."""
    if drawable(spec):
        return timeline_chart(spec, key=key, config=PLOTLY_CONFIG, alt=alt)
    event = plotly(spec, key=key, select=True, alt=alt)
    return selection_keys(event.selection if event is not None else None)
