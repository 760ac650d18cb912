"""Issue 8.13: counts agree with their number and have thousands separators; the Overview shows no server path."""
from __future__ import annotations

import datetime as dt

import pytest

from dashboard.counts import counted
from dashboard.overview import span_text
from dashboard.synthetic import write_tables

D = dt.date


@pytest.mark.parametrize("n, noun, plural, expected", [
    (0, "row", None, "0 rows"),
    (1, "row", None, "1 row"),
    (2, "row", None, "2 rows"),
    (12345, "row", None, "12,345 rows"),
    (1, "statement or movement", "statements and movements", "1 statement or movement"),
    (1500, "statement or movement", "statements and movements", "1,500 statements and movements"),
])
def test_counted(n, noun, plural, expected):
    assert counted(n, noun, plural) == expected


@pytest.mark.parametrize("first, last, expected", [
    (D(2021, 10, 3), D(2022, 3, 14), "Oct 2021 – Mar 2022"),
    (D(2022, 1, 18), D(2022, 3, 6), "Jan – Mar 2022"),
    (D(2022, 2, 2), D(2022, 2, 24), "Feb 2022"),
    (None, None, "—"),
])
def test_span_text(first, last, expected):
    assert span_text(first, last) == expected


@pytest.fixture(scope="module")
def one_row_dir(tmp_path_factory):
    """A data folder with one article, one statement and one movement."""
    out = tmp_path_factory.mktemp("one_row_data")
    write_tables(out, 1, 1, seed=3)
    return out


def test_overview_names_the_data_folder_not_its_path(run_page, one_row_dir):
    at = run_page(one_row_dir, "overview")
    shown = [e.value for kind in ("markdown", "text", "caption", "info") for e in at.get(kind)]
    assert not [text for text in shown if str(one_row_dir.parent) in text]
    (loaded,) = [t.value for t in at.text if t.value.startswith("Data folder")]
    lines = loaded.splitlines()
    assert lines[0] == f"Data folder: {one_row_dir.name}"
    assert [line.split(", built")[0] for line in lines[1:]] == ["• articles: 1 row", "• statements: 1 row", "• movements: 1 row",
                                                                     "• events: 2 rows"]


@pytest.mark.parametrize("page, kind, expected", [
    ("timeline", "caption", "1 report, one mark per happening"),
    ("explorer", "download_button", "Download CSV (1 row)"),
])
def test_one_row_is_one_row(run_page, one_row_dir, page, kind, expected):
    at = run_page(one_row_dir, page, {"kind": "movement"})
    values = [getattr(e, "label", None) or getattr(e, "value", "") for e in at.get(kind)]
    assert [v for v in values if v.startswith(expected)], values


def test_troops_columns_separate_thousands():
    from dashboard.explorer import column_config

    assert column_config("movements")["troops"]["type_config"]["format"] == "%,d"
