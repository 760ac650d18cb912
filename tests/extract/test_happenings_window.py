"""The data's window and the date outlier flag."""
from __future__ import annotations

import pandas as pd
import pytest

from extract.happenings.window import Window, data_window, outliers
from extract.schema import to_frame


def test_the_window_is_the_robust_publication_span():
    days = [f"2022-02-{d:02d}" for d in range(1, 29)] * 4 + ["1999-01-01"]  # one misdated article
    window = data_window(to_frame([{"article_id": str(i), "published": d} for i, d in enumerate(days)], "articles"))
    assert window.start >= pd.Timestamp("2022-02-01") and window.end == pd.Timestamp("2022-02-28")


def test_no_published_date_gives_no_window():
    assert data_window(to_frame([{"article_id": "x"}], "articles")) is None


WINDOW = Window(pd.Timestamp("2021-11-01"), pd.Timestamp("2022-03-31"))


@pytest.mark.parametrize("date, published, future, expected", [
    ("2022-01-10", "2022-01-12", False, False),
    ("2021-09-10", "2022-01-12", False, False),  # 52 days before the window: inside the margin
    ("2021-08-01", "2022-01-12", False, True),  # more than 60 days before it
    ("2022-06-15", "2022-03-30", True, True),  # more than 60 days after it
    ("2022-01-20", "2022-01-12", False, True),  # a past event dated after its report
    ("2022-01-20", "2022-01-12", True, False),  # a future one may be
    ("2022-01-13", "2022-01-12", False, False),  # a day of slack (time zones)
    (None, "2022-01-12", False, False),  # undated
])
def test_outlier(date, published, future, expected):
    flag = outliers(pd.Series([date], dtype="datetime64[s]"), pd.Series([published], dtype="datetime64[s]"),
                    pd.Series([future], dtype="boolean"), WINDOW)
    assert flag.tolist() == [expected]
