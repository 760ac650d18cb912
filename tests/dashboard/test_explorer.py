import io

import pandas as pd

import pytest

from dashboard.explorer import (column_config, download_data, event_of, happening_title, same_happening, to_csv_bytes,
                                to_parquet_bytes, view)
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


EV = "ev-0123456789ab"


def _rows():
    from extract.schema import to_frame

    return to_frame([{"movement_id": "a:m1", "event_id": EV}, {"movement_id": "b:m1", "event_id": EV},
                     {"movement_id": "c:m1", "event_id": None}, {"movement_id": "d:m1", "event_id": "ev-ffffffffffff"}], "movements")


@pytest.mark.parametrize("event_id, ids", [(EV, ["a:m1", "b:m1"]), ("ev-ffffffffffff", ["d:m1"]), ("ev-000000000000", []),
                                            (None, ["a:m1", "b:m1", "c:m1", "d:m1"])])
def test_same_happening_keeps_the_reports_of_one_event(event_id, ids):
    assert list(same_happening(_rows(), event_id)["movement_id"]) == ids


@pytest.mark.parametrize("i, expected", [(0, EV), (2, None)])
def test_event_of_a_row(i, expected):
    assert event_of(_rows().iloc[i]) == expected


@pytest.mark.parametrize("label, n, expected", [
    ("Russia: <b>100,000</b> troops near Ukraine", 3,
     "Every report of one happening: Russia: <b>100,000</b> troops near Ukraine (3 rows, whatever the sidebar filters)"),
    (None, 1, f"Every report of one happening: {EV} (1 row, whatever the sidebar filters)"),
])
def test_happening_title_is_plain_text_with_its_label(label, n, expected):
    from extract.schema import to_frame

    events = to_frame([{"event_id": EV, "kind": "movement", "label": label}], "events")
    assert happening_title(events, EV, n) == expected
    assert happening_title(events.iloc[0:0], "ev-x", 2) == "Every report of one happening: ev-x (2 rows, whatever the sidebar filters)"


@pytest.mark.parametrize("table", ["statements", "movements"])
def test_view_shows_the_happening_of_each_row(table):
    t = make_tables(20, 10, seed=5)
    rows = t[table].assign(event_id=[f"ev-{i:012d}" for i in range(len(t[table]))])
    shown = view(rows, t["articles"], table)
    assert "event_id" in shown.columns and set(shown["event_id"]) == set(rows["event_id"])
