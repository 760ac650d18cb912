"""Static HTML tables: escaped cells, http(s) links only, dates and numbers formatted."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard.html_table import HtmlColumn, cell, html_table


@pytest.mark.parametrize("value, column, expected", [
    ("<b>bold</b> & co", HtmlColumn("what", "What"), "&lt;b&gt;bold&lt;/b&gt; &amp; co"),
    (pd.Timestamp("2022-02-24 13:00"), HtmlColumn("date", "Date", "date"), "2022-02-24"),
    (dt.date(2022, 3, 1), HtmlColumn("date", "Date", "date"), "2022-03-01"),
    (12345, HtmlColumn("n", "N", "number"), "12,345"),
    (None, HtmlColumn("what", "What"), ""),
    (pd.NA, HtmlColumn("n", "N", "number"), ""),
    ("https://example.org/a?x=1&y=\"2\"", HtmlColumn("url", "Link", "link"),
     '<a href="https://example.org/a?x=1&amp;y=%222%22" target="_blank" rel="noopener noreferrer">open ↗</a>'),
    ("javascript:alert(1)", HtmlColumn("url", "Link", "link"), ""),
])
def test_cell(value, column, expected):
    assert cell(value, column) == expected


def test_html_table_has_a_heading_and_a_row_per_record_numbers_right():
    frame = pd.DataFrame({"what": ["<script>x</script>", "talks"], "n": [3, 1200]})
    table = html_table(frame, [HtmlColumn("what", "What"), HtmlColumn("n", "Reports", "number")], caption="Latest <i>")
    assert table.count("<tr>") == 3 and table.count("<th ") == 2
    assert "<script>" not in table and "&lt;script&gt;x&lt;/script&gt;" in table
    assert "Latest &lt;i&gt;" in table and ">1,200</td>" in table and "text-align:right;" in table
