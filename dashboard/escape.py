"""Text from articles or a URL, made safe for where it is shown: HTML (`st.html`) and plotly labels.

Plotly draws hover labels, legends, titles and tick labels from a subset of HTML (`<b>`, `<span style>`,
`<a href>`, `<br>`) and decodes character references, so a sentence holding `<span style='font-size:60px'>`
would be drawn huge. `plotly_text` escapes `&`, `<` and `>` (plotly does not decode `&quot;`, so quotes stay
as they are); plotly then shows the text literally. Streamlit's Markdown cannot be escaped safely (it links
bare domains and e-mail addresses), so such text goes to `st.text` or a data grid instead.
"""
from __future__ import annotations

import html

import pandas as pd


def _plain(value: object) -> str:
    return "" if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else str(value)


def html_text(value: object) -> str:
    """`value` as text inside HTML (also inside an attribute): "" for missing values."""
    return html.escape(_plain(value))


def plotly_text(value: object) -> str:
    """`value` as literal text in a plotly label (hover, legend, title, tick): "" for missing values."""
    return html.escape(_plain(value), quote=False)


def plotly_texts(values: pd.Series) -> pd.Series:
    """`plotly_text` of each value (as strings; missing values become "")."""
    return values.astype("string").fillna("").map(lambda v: html.escape(v, quote=False)).astype(object)
