"""A row not about the future is never dated after its article's publication."""
from __future__ import annotations

import datetime as dt

import pytest

from extract.date_bounds import bounded
from extract.records import DateInfo

PUBLISHED = dt.date(2022, 2, 10)


@pytest.mark.parametrize("start, precision, is_future, expected", [
    (dt.date(2030, 1, 1), "year", False, (PUBLISHED, "published")),      # "by 2030": what was talked about
    (dt.date(2022, 2, 14), "day", False, (PUBLISHED, "published")),      # a weekday misread as next week's
    (dt.date(2022, 2, 14), "day", True, (dt.date(2022, 2, 14), "day")),  # "will meet on Monday"
    (dt.date(2022, 2, 8), "day", False, (dt.date(2022, 2, 8), "day")),   # before publication: kept
    (PUBLISHED, "day", False, (PUBLISHED, "day")),                       # on the day: kept
])
def test_dates_after_publication_fall_back_unless_future(start, precision, is_future, expected):
    info = bounded(DateInfo(start, start, precision, "some phrase"), PUBLISHED, is_future)
    assert (info.start, info.precision) == expected
    assert info.end == info.start if expected[1] == "published" else info.end == start


def test_rows_without_a_publication_date_keep_their_dates():
    info = DateInfo(dt.date(2030, 1, 1), dt.date(2030, 12, 31), "year", "2030")
    assert bounded(info, None, False) is info


def test_a_built_article_has_no_past_row_dated_after_its_publication(pipeline):
    from extract.pipeline import extract_articles
    from extract.records import Article

    text = ("The minister said on Monday that the army would be modernised by 2030. "
            "Officials said troops arrived in the region last week.")
    result = extract_articles([Article("a", text, published=PUBLISHED)], nlp=pipeline)
    rows = result.statements[~result.statements["is_future"].fillna(False).astype(bool)]
    assert len(rows) >= 1
    assert (rows["date"].dt.date <= PUBLISHED).all()
