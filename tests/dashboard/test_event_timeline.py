"""The timeline of happenings: mark sizes, hover texts, one mark per event, the window, and every report on demand."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest

from dashboard.data import Tables
from dashboard.event_timeline import (build_event_timeline, drawn_rows, mark_size, reports_text, selected_events, split_marks,
                                      timeline_figure)
from dashboard.filters import Filters, apply_filters
from dashboard.synthetic import make_tables

WINDOW = (dt.date(2021, 10, 1), dt.date(2022, 3, 31))


@pytest.fixture(scope="module")
def tables() -> Tables:
    return Tables(**make_tables(600, 80, seed=3))


@pytest.mark.parametrize("n, size", [(1, 10.0), (4, 14.0), (25, 26.0), (100, 40.0), (1000, 40.0)])
def test_marker_size_grows_with_the_square_root_of_reports(n, size):
    assert mark_size(np.array([n]))[0] == size


@pytest.mark.parametrize("reports, outlets, text", [(1, 1, "1 report from 1 outlet"), (61, 34, "61 reports from 34 outlets"),
                                                    (1200, 3, "1,200 reports from 3 outlets")])
def test_reports_text(reports, outlets, text):
    assert reports_text(reports, outlets) == text


def test_one_mark_per_event_opened_on_the_window(tables):
    view = apply_filters(tables, Filters())
    rows, marks, _ = drawn_rows(view, 8)
    plot, undated = timeline_figure(view, WINDOW, 8)
    keys = [c[0] for trace in plot.figure.data if trace.customdata is not None for c in trace.customdata]
    assert sorted(keys) == sorted(rows["event"].unique()) and len(keys) == len(marks) < len(rows)
    assert (plot.mode, plot.n_rows, undated) == ("events", len(rows), 0)
    assert tuple(plot.figure.layout.xaxis.range) == (pd.Timestamp("2021-10-01"), pd.Timestamp("2022-04-01"))
    assert plot.lanes[-1] == "Others" and len(plot.lanes) == 9


def test_every_report_draws_one_mark_per_row(tables):
    view = apply_filters(tables, Filters())
    plot, _ = timeline_figure(view, WINDOW, 3, every=True)
    keys = [c[0] for trace in plot.figure.data if trace.customdata is not None for c in trace.customdata]
    assert plot.mode == "points" and sorted(keys) == sorted(drawn_rows(view, 3)[0]["row_id"])
    assert plot.lanes == ["Russia", "United States", "Ukraine", "Others"]


def test_stray_dates_are_hidden_by_default_and_shown_when_asked(tables):
    hidden = drawn_rows(apply_filters(tables, Filters()), 8)[0]
    shown = drawn_rows(apply_filters(tables, Filters(outliers=True)), 8)[0]
    assert hidden["date"].dt.year.between(2021, 2022).all()
    assert sorted(shown.loc[~shown["date"].dt.year.between(2021, 2022), "date"].dt.year) == [1940, 1940, 2032]  # statements 137, 387; movement 61


def test_labels_are_escaped_and_many_marks_use_webgl():
    marks = pd.DataFrame({
        "event": ["ev-1", "ev-2"], "kind": ["call", "movement"], "label": ["<b>Bold</b> call", "Troops"],
        "date": pd.to_datetime(["2022-01-05", "2022-01-06"]), "parties": [["A <i>B</i>"], ["C"]], "countries": [["USA"], ["RUS"]],
        "n_reports": [3, 1], "n_outlets": [2, 1], "is_future": [False, False], "best_row_id": ["x", "y"],
        "title": ["<script>t</script>", "T"], "url": ["", ""], "lane": ["United States", "Russia"]})
    plot = build_event_timeline(marks, ["United States", "Russia"], None)
    custom = {c[0]: list(c) for trace in plot.figure.data if trace.customdata is not None for c in trace.customdata}
    assert custom["ev-1"][1:] == ["&lt;b&gt;Bold&lt;/b&gt; call", "05 Jan 2022", "A &lt;i&gt;B&lt;/i&gt;",
                                  "3 reports from 2 outlets", "&lt;script&gt;t&lt;/script&gt;"]
    assert all(isinstance(t, go.Scatter) for t in plot.figure.data)
    gl = build_event_timeline(marks, ["United States", "Russia"], None, gl_threshold=1)
    assert any(isinstance(t, go.Scattergl) for t in gl.figure.data)


def _many(n: int) -> pd.DataFrame:
    return pd.DataFrame({
        "event": [f"ev-{i}" for i in range(n)], "kind": "call", "label": [f"Call {i}" for i in range(n)],
        "date": pd.Timestamp("2022-01-03") + pd.to_timedelta(np.arange(n) % 7, unit="D"), "parties": [["A"]] * n,
        "countries": [["USA"]] * n, "n_reports": np.arange(n) % 10 + 1, "n_outlets": 1, "is_future": False,
        "best_row_id": "x", "title": "T", "url": "", "lane": "United States"})


def test_too_many_happenings_keep_the_most_reported_alone_and_group_the_rest():
    marks = _many(40)
    alone, rest = split_marks(marks, 10)
    assert len(alone) == 5 and len(rest) == 35
    assert sorted(alone["n_reports"]) == [9, 10, 10, 10, 10] and alone["date"].is_monotonic_increasing
    plot = build_event_timeline(marks, ["United States"], None, max_marks=10)
    keys = [c[0] for trace in plot.figure.data if trace.customdata is not None for c in trace.customdata]
    assert len(keys) <= 10 and "grouped by" in plot.note and "<br>" not in plot.figure.layout.title.text
    assert plot.figure.layout.xaxis.rangeslider.visible is False  # it drew every mark twice (0.2 s of a first visit)
    groups = [k for k in keys if k.startswith("[")]
    assert sorted(selected_events(groups, marks, 10)) == sorted(rest["event"])  # every grouped happening found again
    assert selected_events(["ev-9"], marks, 10) == ["ev-9"]


def test_few_happenings_are_all_alone():
    alone, rest = split_marks(_many(10), 10)
    assert len(alone) == 10 and rest.empty


@pytest.mark.parametrize("kind, colour", [("direct_quote", "#0072B2"), ("reported_speech", "#0072B2"), ("call", "#E69F00"),
                                          ("visit", "#E69F00"), ("movement", "#D55E00"), ("unknown", "#0072B2")])
def test_three_colours_said_met_moved(kind, colour):
    from dashboard.event_timeline import kind_color

    assert kind_color(kind) == colour
