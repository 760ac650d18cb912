"""The pages' chart element: the shipped light plotly.js bundle, what it can draw, and the fallback to
`st.plotly_chart` for WebGL figures."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.plotly_element import BUNDLE_TRACES, NAME, PLOTLY_BUNDLE, PLOTLY_URL, bundle_path, drawable, selection_keys


def test_the_light_bundle_ships_with_its_licence():
    path = bundle_path()
    head = path.read_text(encoding="utf-8")[:200]
    assert "plotly.js (geo - minified) v4.1.1" in head
    assert 1_000_000 < path.stat().st_size < 1_500_000  # under a third of the 4.7 MB bundle of st.plotly_chart
    assert "MIT License" in (path.parent / "LICENSE-plotly.js.txt").read_text(encoding="utf-8")
    assert PLOTLY_URL == "app/static/" + PLOTLY_BUNDLE  # relative: also right under a base URL path


@pytest.mark.parametrize("types, expected", [
    (["scatter", "scatter"], True),
    ([None], True),  # plotly's default trace type is scatter
    (["scatter", "scattergl"], False),
    (["scattergeo", "scatter"], True),
    (["scatter3d"], False),
    ([], True),
])
def test_drawable_only_with_the_bundle_traces(types, expected):
    spec = {"data": [{"type": t} if t else {} for t in types], "layout": {}}
    assert drawable(spec) is expected
    assert {"scatter", "scattergeo"} <= BUNDLE_TRACES


@pytest.mark.parametrize("selection, expected", [
    ({"points": [{"customdata": ["a", 1]}, {"customdata": ["b"]}]}, ["a", "b"]),
    ({"points": [{"x": 1}, {"customdata": []}]}, []),
    ({"points": []}, []),
    (None, []),
])
def test_selection_keys_from_plotly_chart_events(selection, expected):
    assert selection_keys(selection) == expected


def _script():
    import json as _json
    import os

    import streamlit as st

    from dashboard.plotly_element import draw

    kind = os.environ["UCT_TEST_TRACE"]
    spec = {"data": [{"type": kind, "x": [1, 2], "y": [0, 1], "customdata": [["r1"], ["r2"]]}],
            "layout": {"height": 400, "template": {"layout": {"font": {"size": 99}}}}}
    st.write(_json.dumps(draw(spec, key="t", alt="Timeline", geo=kind == "scattergeo")))


@pytest.mark.parametrize("kind, element", [("scatter", "bidi_component"), ("scattergeo", "bidi_component"),
                                           ("scattergl", "plotly_chart")])
def test_draw_uses_the_light_element_unless_the_figure_needs_webgl(monkeypatch, kind, element):
    monkeypatch.setenv("UCT_TEST_TRACE", kind)
    at = AppTest.from_function(_script, default_timeout=60).run()
    assert not at.exception
    assert len(at.get(element)) == 1
    assert len(at.get("plotly_chart" if element == "bidi_component" else "bidi_component")) == 0
    assert json.loads(at.markdown[0].value) == []  # nothing selected yet
    if element == "bidi_component":
        (el,) = at.get("bidi_component")
        sent = json.loads(el.proto.json)
        assert el.proto.component_name == NAME
        assert sent["src"] == PLOTLY_URL
        assert sent["figure"]["data"][0]["customdata"] == [["r1"], ["r2"]]
        assert "template" not in sent["figure"]["layout"]  # Streamlit's theme colours are applied in the page
        assert sent["config"]["displaylogo"] is False
        assert sent["alt"] == "Timeline" and 'role="figure"' in el.proto.html_content
        assert sent["config"].get("topojsonURL") == ("/app/static/" if kind == "scattergeo" else None)  # offline map files
