"""Plotly figures as plain JSON data: what the pages cache per filter values and hand to `st.plotly_chart`.

Caching the JSON instead of a Figure keeps the cached value small and quick to copy (`st.cache_data`
unpickles it on every read), and `as_figure` lets `st.plotly_chart` send it without building and
validating a whole Figure from it again (70 ms for the 50,000-row timeline).
"""
from __future__ import annotations

import functools
import json


def figure_json(fig) -> dict:
    """The figure as plotly JSON data (numeric arrays as base64 typed arrays)."""
    import plotly.io as pio

    return json.loads(pio.to_json(fig, validate=False))


@functools.cache
def _checked_class():
    import plotly.graph_objects as go

    class CheckedFigure(go.Figure):
        """An empty Figure whose `to_dict()` is JSON that plotly validated when it was built."""

        def to_dict(self):
            return self._spec

        to_plotly_json = to_dict

    return CheckedFigure


def as_figure(spec: dict):
    """`spec` (from `figure_json`) as a Figure that `st.plotly_chart` sends as it is.

    Given a dict, `st.plotly_chart` rebuilds and validates a Figure from it; given a Figure, it
    only calls `to_dict()`.
    """
    figure = _checked_class()()
    figure._spec = spec
    return figure
