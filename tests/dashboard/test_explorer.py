import io

import pandas as pd

from dashboard.explorer import column_config, download_data, to_csv_bytes, to_parquet_bytes, view
from dashboard.synthetic import make_tables
from extract.schema import column_names


def test_view_joins_article_title_and_link_newest_first():
    t = make_tables(50, 10, seed=5)
    shown = view(t["statements"], t["articles"], "statements")
    assert len(shown) == 50
    assert shown["url"].str.startswith(("https://example.org/news/", "https://www.whitehouse.gov/", "http://en.kremlin.ru/",
                                        "https://www.president.gov.ua/")).all()
    assert shown["date"].is_monotonic_decreasing
    assert set(shown.columns) <= set(column_config("statements"))
    assert set(view(t["movements"], t["articles"], "movements").columns) <= set(column_config("movements"))


def test_downloads_round_trip_in_the_schema(tmp_path):
    rows = make_tables(30, 5, seed=6)["movements"]
    back = pd.read_csv(io.BytesIO(to_csv_bytes(rows, "movements")), dtype=str, keep_default_na=False)
    assert list(back.columns) == column_names("movements")
    assert back["destinations"].str.split(";").tolist() == rows["destinations"].tolist()
    assert back["troops"].tolist() == [str(t) if t is not pd.NA else "" for t in rows["troops"]]
    pq = pd.read_parquet(io.BytesIO(to_parquet_bytes(rows)))
    assert len(pq) == 5 and list(pq["movement_id"]) == list(rows["movement_id"])


def test_view_keeps_the_newest_rows_up_to_the_limit():
    t = make_tables(300, 10, seed=5)
    full = view(t["statements"], t["articles"], "statements")
    shown = view(t["statements"], t["articles"], "statements", limit=50)
    assert len(full) == 300 and len(shown) == 50
    pd.testing.assert_frame_equal(shown, full.head(50))  # the same newest rows, with their articles
    assert shown["title"].notna().all()


def test_download_data_is_deferred_only_for_large_tables(monkeypatch):
    import dashboard.explorer as explorer

    t = make_tables(30, 5, seed=5)
    assert download_data(t["statements"], "statements", "csv") == to_csv_bytes(t["statements"], "statements")
    monkeypatch.setattr(explorer, "MAX_SHOWN", 10)
    make = download_data(t["statements"], "statements", "parquet")
    assert callable(make)
    assert len(pd.read_parquet(io.BytesIO(make()))) == 30
