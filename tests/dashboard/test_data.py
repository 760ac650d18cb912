import datetime as dt

import pandas as pd
import pytest

from dashboard.data import date_span, merge_tables, read_tables, table_files
from dashboard.synthetic import make_tables, write_tables
from dashboard.data import Tables


def test_missing_folder_gives_empty_tables(tmp_path):
    tables = read_tables(tmp_path / "nothing")
    assert tables.empty and len(tables.articles) == 0
    assert date_span(tables) is None
    assert table_files(tmp_path) == []


def test_read_written_tables(tmp_path):
    written = write_tables(tmp_path, 40, 8, seed=7)
    tables = read_tables(tmp_path)
    assert len(tables.statements) == 40 and len(tables.movements) == 8
    assert [f.rows for f in table_files(tmp_path)] == [len(written["articles"]), 40, 8, len(written["events"])]
    first, last = date_span(tables)
    assert dt.date(2021, 10, 1) <= first <= last <= dt.date(2022, 3, 20)


def test_table_files_count_rows_without_reading_and_report_a_damaged_file(tmp_path):
    written = write_tables(tmp_path, 40, 8, seed=7)
    (tmp_path / "movements.parquet").write_bytes(b"PAR1 not a table")
    files = {f.table: f.rows for f in table_files(tmp_path)}
    assert files == {"articles": len(written["articles"]), "statements": 40, "movements": -1,
                     "events": len(written["events"])}


def test_an_extra_table_in_the_data_folder_changes_nothing(tmp_path):
    from extract.schema import empty_frame
    from extract.store import write_tables as write_build_tables

    write_tables(tmp_path, 40, 8, seed=7)
    before = read_tables(tmp_path)
    write_build_tables({"drops": empty_frame("drops")}, tmp_path, csv=True)  # `extract build` writes drops too
    (tmp_path / "notes.parquet").write_bytes(b"not a table")
    after = read_tables(tmp_path)
    for name, frame in before.as_dict().items():
        assert frame.equals(after[name])
    assert [f.table for f in table_files(tmp_path)] == ["articles", "statements", "movements", "events"]


def test_merge_replaces_rows_of_a_re_added_article():
    base = Tables(**make_tables(40, 8, seed=8))
    article = base.statements["article_id"].iloc[0]
    new = Tables(
        articles=base.articles[base.articles["article_id"] == article],
        statements=base.statements[base.statements["article_id"] == article].head(1),
        movements=base.movements.iloc[0:0],
    )
    merged = merge_tables(base, new)
    assert (merged.statements["article_id"] == article).sum() == 1
    assert len(merged.articles) == len(base.articles)
    assert merge_tables(base, None) is base


def _dated(published: list[str], rows: list[tuple[str, bool]]) -> Tables:
    from extract.schema import coerce

    articles = coerce(pd.DataFrame({"article_id": [f"a{i}" for i in range(len(published))], "published": published}), "articles")
    statements = coerce(pd.DataFrame({"statement_id": [f"s{i}" for i in range(len(rows))], "date": [d for d, _ in rows],
                                      "date_outlier": [o for _, o in rows]}), "statements")
    return Tables(articles=articles, statements=statements, movements=coerce(pd.DataFrame(), "movements"))


@pytest.mark.parametrize("published, rows, window", [
    (["2021-11-15"] + ["2022-01-20"] * 8 + ["2022-02-24"], [("1940-06-22", True)],
     (dt.date(2021, 11, 1), dt.date(2022, 2, 28))),  # whole months; a row's stray date changes nothing
    (["1940-06-22"] + ["2022-01-20"] * 200 + ["2032-05-01"], [], (dt.date(2022, 1, 1), dt.date(2022, 1, 31))),  # 1st-99th percentile
    ([], [("2021-12-03", False), ("2022-02-10", False), ("2032-05-01", True)], (dt.date(2021, 12, 1), dt.date(2022, 2, 28))),
    ([], [], None),
])
def test_window_is_the_crisis_months(published, rows, window):
    from dashboard.data import data_window

    assert data_window(_dated(published, rows)) == window
