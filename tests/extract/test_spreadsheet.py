"""Tests for extract.spreadsheet and the CSVs `extract build --csv` writes: no cell runs as a formula, and
reading a CSV back gives the Parquet table again."""
from __future__ import annotations

import csv

import pandas as pd
import pytest

from extract.schema import read_table, to_frame
from extract.spreadsheet import escape_cell, unescape_cell
from extract.store import write_tables

CELLS = [  # (value, as written to a CSV)
    ('=HYPERLINK("https://evil.example","Click")', '\'=HYPERLINK("https://evil.example","Click")'),
    ("+1 555 0100", "'+1 555 0100"),
    ("-2", "'-2"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\tcmd", "'\tcmd"),
    ("\rcmd", "'\rcmd"),
    ("'=already quoted", "''=already quoted"),  # escaped again, so reading it back gives it unchanged
    ("''+twice", "'''+twice"),
    ("'quoted text", "'quoted text"),  # a quote before no trigger is left alone
    ("Kyiv = capital", "Kyiv = capital"),
    ("", ""),
]


@pytest.mark.parametrize("value, written", CELLS)
def test_escape_cell(value, written):
    assert escape_cell(value) == written


@pytest.mark.parametrize("value, written", CELLS)
def test_unescape_cell_undoes_it(value, written):
    assert unescape_cell(written) == value


def _movement(mid: str, sentence: str, places: list[str], lon: float) -> dict:
    return {"movement_id": mid, "article_id": "a", "actor": "RUS", "troops_text": sentence[:12], "sentence": sentence,
            "destination_places": places, "lat": 50.1, "lon": lon, "origin_lon": -3.7, "troops": 100}


@pytest.fixture
def written(tmp_path):
    movements = to_frame([
        _movement("a:m1", '=HYPERLINK("https://evil.example","Click")', ["-Brest", "Kyiv"], -3.7),
        _movement("a:m2", "'=already quoted", ["@home"], 30.5),
        _movement("a:m3", "Plain sentence.", [], 24.0),
    ], "movements")
    write_tables({"movements": movements}, tmp_path, csv=True)
    return tmp_path, movements


def test_build_csv_cells_do_not_start_a_formula(written):
    out, _ = written
    with open(out / "movements.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["sentence"] for r in rows] == ['\'=HYPERLINK("https://evil.example","Click")', "''=already quoted", "Plain sentence."]
    assert [r["destination_places"] for r in rows] == ["'-Brest;Kyiv", "'@home", ""]
    assert [r["lon"] for r in rows] == ["-3.7", "30.5", "24.0"]  # numbers stay numbers
    assert [r["origin_lon"] for r in rows] == ["-3.7"] * 3


def test_build_csv_reads_back_as_the_parquet_table(written):
    out, movements = written
    back = read_table(out / "movements.csv", "movements")
    pd.testing.assert_frame_equal(back, read_table(out / "movements.parquet", "movements"))
    assert back["sentence"].tolist() == movements["sentence"].tolist()
    assert back["destination_places"].tolist() == [["-Brest", "Kyiv"], ["@home"], []]
