"""One documented schema: the README documents every column, and the tables have exactly those."""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from extract.schema import TABLES, coerce, column_names, empty_frame, markdown, read_table
from extract.store import read_tables, write_tables

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_columns(table: str) -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split(f"### `{table}`", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.M)


def test_readme_documents_every_column_of_every_table():
    for table in TABLES:
        assert readme_columns(table) == column_names(table), f"README's {table} table is out of date: " \
                                                             f"run `python -m extract.schema`"


def test_readme_tables_are_the_generated_ones():
    text = README.read_text(encoding="utf-8")
    for table in TABLES:
        assert markdown(table) in text


def test_every_column_has_a_description_and_a_type():
    for table, columns in TABLES.items():
        for col in columns:
            assert col.doc.strip().endswith((".", ")")), (table, col.name)
            assert col.dtype in ("string", "Int64", "Float64", "boolean", "datetime64[s]", "list")


def test_empty_tables_round_trip(tmp_path):
    write_tables({name: empty_frame(name) for name in TABLES}, tmp_path, csv=True)
    for name, frame in read_tables(tmp_path).items():
        assert list(frame.columns) == column_names(name) and frame.empty
        assert read_table(tmp_path / f"{name}.csv", name).empty


def test_coerce_fills_missing_columns_and_types():
    frame = coerce(pd.DataFrame({"movement_id": ["a:m1"], "troops": ["3000"], "destinations": ["POL;ROU"],
                                 "is_future": ["True"], "date": ["2022-02-02"]}), "movements")
    row = frame.iloc[0]
    assert (row["troops"], list(row["destinations"]), bool(row["is_future"]), str(row["date"])[:10]) == (
        3000, ["POL", "ROU"], True, "2022-02-02")
    assert pd.isna(row["actor"]) and list(frame.columns) == column_names("movements")


def test_unreadable_table_comes_back_empty(tmp_path):
    (tmp_path / "statements.parquet").write_bytes(b"garbage")
    assert read_tables(tmp_path)["statements"].empty


def test_movement_mentions_round_trip_through_parquet_and_csv(tmp_path):
    frame = coerce(pd.DataFrame({"movement_id": ["a:m1", "a:m2"], "n_mentions": [2, 1],
                                 "mentions": [["0:40", "100:140"], ["200:240"]], "destinations": [["UKR"], []]}),
                   "movements")
    write_tables({"movements": frame}, tmp_path, csv=True)
    for path in (tmp_path / "movements.parquet", tmp_path / "movements.csv"):
        back = read_table(path, "movements")
        assert [(list(r.mentions), int(r.n_mentions)) for r in back.itertuples()] == [
            (["0:40", "100:140"], 2), (["200:240"], 1)], path.name
