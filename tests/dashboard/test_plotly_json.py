import json

import plotly.graph_objects as go
import pytest

from dashboard.plotly_json import as_figure, figure_json


@pytest.fixture
def figure() -> go.Figure:
    fig = go.Figure(go.Scatter(x=[1, 2, 3], y=[0.5, 1.5, 2.5], mode="markers", customdata=[["a"], ["b"], ["c"]]))
    fig.update_layout(title_text="three marks", height=300)
    return fig


def test_figure_json_is_plain_json(figure):
    spec = figure_json(figure)
    assert json.loads(json.dumps(spec)) == spec
    assert spec["layout"]["title"]["text"] == "three marks"
    assert spec["data"][0]["customdata"] == [["a"], ["b"], ["c"]]


def test_streamlit_sends_a_checked_figure_as_it_is(figure):
    """`st.plotly_chart`'s conversion (plotly.tools) takes the cached JSON unchanged, without validating it again."""
    import plotly.io as pio
    import plotly.tools

    spec = figure_json(figure)
    sent = plotly.tools.return_figure_from_figure_or_data(as_figure(spec), validate_figure=True)
    assert sent is spec
    assert json.loads(pio.to_json(sent, validate=False)) == spec
