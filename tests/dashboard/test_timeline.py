import pandas as pd
import pytest

from dashboard.data import Tables
from dashboard.synthetic import make_tables
from dashboard.timeline import build_timeline, lane_order, margins, rows_drawn, selected_row_ids, timeline_rows


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables(**make_tables(300, 40, seed=3))


def test_rows_cover_every_dated_statement_and_movement(tables):
    rows = timeline_rows(tables)
    assert len(rows) == tables.statements["date"].notna().sum() + tables.movements["date"].notna().sum()
    assert set(rows["kind"]) <= {"direct_quote", "reported_speech", "call", "meeting", "talks", "visit", "movement"}
    assert (rows.loc[rows["table"] == "movements", "kind"] == "movement").all()
    putin = rows[rows["who"] == "Vladimir Putin"]
    assert set(putin["lane"]) == {"Russia"}


def test_points_mode_draws_one_mark_per_row(tables):
    rows = timeline_rows(tables)
    plot = build_timeline(rows)
    assert plot.mode == "points"
    assert rows_drawn(plot) == len(rows)
    assert plot.figure.layout.xaxis.rangeslider.visible is True
    assert list(plot.figure.layout.yaxis.ticktext) == plot.lanes


def test_future_rows_get_open_markers(tables):
    rows = timeline_rows(tables)
    plot = build_timeline(rows)
    symbols = {t.marker.symbol for t in plot.figure.data if t.customdata is not None and "(scheduled)" in t.name}
    assert symbols and all(s.endswith("-open") for s in symbols)


def test_dense_data_is_binned_and_keeps_every_row():
    rows = timeline_rows(Tables(**make_tables(5000, 500, seed=4)))
    plot = build_timeline(rows, max_points=800)
    assert plot.mode in {"week", "month"}
    assert rows_drawn(plot) == len(rows)
    assert sum(len(t.x) for t in plot.figure.data if t.customdata is not None) <= 800
    assert plot.figure.layout.xaxis.rangeslider.visible is True
    assert all(t.type == "scatter" for t in plot.figure.data if t.customdata is not None)
    gl = build_timeline(rows, max_points=800, gl_threshold=100)
    assert all(t.type == "scattergl" for t in gl.figure.data if t.customdata is not None)
    assert rows_drawn(gl) == len(rows)


def test_selection_maps_back_to_rows(tables):
    rows = timeline_rows(tables)
    plot = build_timeline(rows)
    trace = next(t for t in plot.figure.data if t.customdata is not None)
    keys = [trace.customdata[0][0], trace.customdata[1][0]]
    assert selected_row_ids(plot, keys, rows) == keys

    dense = build_timeline(rows, max_points=50)
    trace = next(t for t in dense.figure.data if t.customdata is not None)
    ids = selected_row_ids(dense, [trace.customdata[0][0]], rows)
    assert len(ids) == int(trace.customdata[0][1]) and set(ids) <= set(rows["row_id"])
    picked = rows[rows["row_id"].isin(ids)]
    assert picked["lane"].nunique() == 1 and picked["kind"].nunique() == 1
    assert selected_row_ids(dense, [], rows) == []
    assert selected_row_ids(dense, [rows["row_id"].iloc[0]], rows) == []  # a row id left from the one-mark-per-row view


def test_lane_order_busiest_first_unknown_last():
    rows = pd.DataFrame({"lane": ["Unknown"] * 5 + ["Russia"] * 3 + ["France"] * 1 + ["Ukraine"] * 3})
    assert lane_order(rows) == ["Russia", "Ukraine", "France", "Unknown"]


def test_empty_input_gives_empty_rows():
    empty = Tables(**make_tables(1, 1))
    empty = Tables(empty.articles, empty.statements.iloc[0:0], empty.movements.iloc[0:0])
    assert timeline_rows(empty).empty


@pytest.mark.parametrize("lanes, slider, expected", [
    (["Russia", "United Kingdom"], False, {"l": 147, "r": 10, "t": 84, "b": 82}),
    (["NATO"], False, {"l": 82, "r": 10, "t": 84, "b": 82}),
    (["Russia", "United States"], True, {"l": 140, "r": 10, "t": 84, "b": 10}),
])
def test_margins_leave_room_for_lane_names_and_dates(lanes, slider, expected):
    assert margins(lanes, slider=slider) == expected


def _movements(rows):
    frame = pd.DataFrame(rows, columns=["status", "date", "date_end", "date_precision"])
    for col in ("date", "date_end"):
        frame[col] = pd.to_datetime(frame[col])
    return frame


@pytest.mark.parametrize(
    "status, date, date_end, precision, published, marked",
    [
        ("deployed", "2021-08-12", "2022-02-10", "year", "2022-02-10", "2022-02-10"),  # a build-up over recent months
        ("stationed", "2022-01-01", "2022-01-31", "month", "2022-01-20", "2022-01-20"),  # never after publication
        ("on_alert", "2022-02-07", "2022-02-13", "week", None, "2022-02-13"),
        ("announced", "2022-02-07", "2022-02-13", "week", "2022-02-10", "2022-02-07"),  # an announcement is not a state
        ("deployed", "2022-02-09", "2022-02-09", "day", "2022-02-10", "2022-02-09"),  # a day stays its day
    ],
)
def test_a_state_over_a_period_is_marked_when_reported(status, date, date_end, precision, published, marked):
    from dashboard.timeline import reported_day

    frame = _movements([(status, date, date_end, precision)])
    got = reported_day(frame, pd.to_datetime(pd.Series([published])))
    assert got.iloc[0] == pd.Timestamp(marked)


def test_a_period_reads_as_a_period():
    from dashboard.timeline import when_label

    frame = _movements([("deployed", "2021-08-12", "2022-02-10", "year"), ("deployed", "2022-02-09", "2022-02-09", "day")])
    assert list(when_label(frame["date"], frame["date_end"], frame["date_precision"])) == [
        "12 Aug 2021 \u2013 10 Feb 2022", "09 Feb 2022"]
