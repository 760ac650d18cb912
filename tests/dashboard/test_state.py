"""The shared tables (`state._load`, one copy per server) are never changed by what the pages compute from them."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import state
from dashboard.data import Tables, data_window
from dashboard.filters import Filters, apply_filters
from dashboard.synthetic import make_tables


@pytest.fixture()
def shared() -> Tables:
    return Tables(**make_tables(400, 80, seed=11))


def _snapshot(tables: Tables) -> dict[str, pd.DataFrame]:
    return {name: tables[name].copy(deep=True) for name in ("articles", "statements", "movements", "events")}


@pytest.mark.parametrize("f", [Filters(), Filters(kinds=("call", "meeting")), Filters(text="troops", outliers=True)])
def test_the_pages_computations_leave_the_shared_tables_as_they_were(shared, f):
    before = _snapshot(shared)
    view = apply_filters(shared, f)
    state._timeline(view, data_window(shared), 8, False)
    state._timeline(view, data_window(shared), 3, True)
    state._map(view, dt.date(2022, 3, 31), ("RUS", "USA"), True, True)
    state._map_span(view)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(shared[name], frame)


def test_the_tables_are_shared_not_copied_per_call(tmp_path):
    for name, frame in make_tables(30, 6, seed=2).items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    stamp = state._stamp(tmp_path)
    assert state._load(str(tmp_path), stamp) is state._load(str(tmp_path), stamp)


@pytest.mark.parametrize("every", [False, True])
def test_drawing_the_timeline_leaves_the_shared_drawn_rows_as_they_were(shared, every):
    """The cached figure and a click's lookup share one `drawn_rows` result: drawing must not change it."""
    from dashboard.event_timeline import drawn_rows

    view = apply_filters(shared, Filters())
    drawn = drawn_rows(view, 8)
    before = [frame.copy(deep=True) for frame in drawn[:2]]
    plot, _ = state._timeline(view, data_window(shared), 8, every, drawn=drawn)
    assert plot is not None
    for frame, copy in zip(drawn[:2], before):
        pd.testing.assert_frame_equal(frame, copy)
