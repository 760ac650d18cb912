"""The data's window (the span the articles were published in) and the `date_outlier` flag of a row.

A row dated far outside it (`the 2014 annexation`, a misread year) is kept but flagged, so a timeline of the
crisis is not stretched over decades by a few background mentions.
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

from .rules import AFTER_PUBLICATION_SLACK_DAYS, OUTLIER_DAYS, WINDOW_QUANTILES


class Window(NamedTuple):
    start: pd.Timestamp
    end: pd.Timestamp


def data_window(articles: pd.DataFrame) -> Window | None:
    """The WINDOW_QUANTILES span of the articles' publication dates (robust to a few misdated articles);
    None when no article has a date."""
    published = pd.to_datetime(articles["published"], errors="coerce").dropna()
    if published.empty:
        return None
    low, high = published.quantile(list(WINDOW_QUANTILES))
    return Window(low.normalize(), high.normalize())


def outliers(dates: pd.Series, published: pd.Series, is_future: pd.Series, window: Window | None) -> pd.Series:
    """True where a date lies more than OUTLIER_DAYS before the window or after it, or (for a row that is not
    future) more than AFTER_PUBLICATION_SLACK_DAYS after its own publication; False for an undated row."""
    dates = pd.to_datetime(dates, errors="coerce")
    flag = pd.Series(False, index=dates.index)
    if window is not None:
        margin = pd.Timedelta(days=OUTLIER_DAYS)
        flag |= (dates < window.start - margin) | (dates > window.end + margin)
    late = dates > pd.to_datetime(published, errors="coerce") + pd.Timedelta(days=AFTER_PUBLICATION_SLACK_DAYS)
    flag |= late & ~is_future.fillna(False).astype(bool)
    return flag.fillna(False).astype("boolean")
