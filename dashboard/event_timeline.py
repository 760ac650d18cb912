"""The timeline of happenings: one mark per event (`events.event_marks`), its size the number of reports.

Marks sit in their lane (`events.mark_lanes`), shaped by kind and coloured by what they are (said, met,
moved: three colours); the first customdata value is the event's key, so a click maps back to its reports.
"""
from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from .colors import KIND_LABELS, kind_symbol
from .counts import counted
from .escape import plotly_text, plotly_texts
from .timeline import (GL_THRESHOLD, KIND_OFFSET, KIND_ORDER, TimelinePlot, bin_rows, binned_figure, timeline_layout,
                       legend_traces, wrap_text)

GROUP_COLORS = {"said": "#0072B2", "met": "#E69F00", "moved": "#D55E00"}  # Okabe–Ito: blue, orange, vermillion
KIND_GROUPS = {"direct_quote": "said", "reported_speech": "said", "call": "met", "meeting": "met", "talks": "met",
               "visit": "met", "movement": "moved"}
MAX_SIZE = 40
MAX_MARKS = 1000  # more happenings than this: the half with most reports alone, the rest grouped (see `split_marks`)


def mark_size(n_reports: np.ndarray) -> np.ndarray:
    """Marker diameter in px: 6 + 4·√n (so the area grows with the number of reports), at most `MAX_SIZE`."""
    return np.minimum(MAX_SIZE, 6 + 4 * np.sqrt(np.asarray(n_reports, dtype=float)))


def kind_color(kind: str) -> str:
    return GROUP_COLORS[KIND_GROUPS.get(kind, "said")]


def reports_text(n_reports: int, n_outlets: int) -> str:
    """"3 reports from 2 outlets" (how one mark's hover counts its reports)."""
    return f"{counted(n_reports, 'report')} from {counted(n_outlets, 'outlet')}"


def _parties(parties) -> str:
    names = ", ".join(str(p) for p in parties) if isinstance(parties, list) else ""
    return plotly_text(names if len(names) <= 120 else names[:119] + "…")


def set_window(fig: go.Figure, window: tuple[dt.date, dt.date] | None) -> None:
    """Open the chart on `window` (the crisis months): a stray date never stretches the axis."""
    if window:
        fig.update_xaxes(range=[pd.Timestamp(window[0]), pd.Timestamp(window[1]) + pd.Timedelta(days=1)], autorange=False)


def _trace(group: pd.DataFrame, kind: str, future: bool, y: np.ndarray, trace_cls) -> go.Scatter:
    custom = np.column_stack([
        group["event"].to_numpy(dtype=object), group["label"].map(lambda t: wrap_text(str(t), limit=160)).to_numpy(dtype=object),
        group["date"].dt.strftime("%d %b %Y").to_numpy(dtype=object), group["parties"].map(_parties).to_numpy(dtype=object),
        np.array([reports_text(int(r), int(o)) for r, o in zip(group["n_reports"], group["n_outlets"])], dtype=object),
        plotly_texts(group["title"].str.slice(0, 80)).to_numpy(dtype=object),
    ])
    color = kind_color(kind)
    return trace_cls(
        x=group["date"], y=y, mode="markers", showlegend=False, customdata=custom,
        name=KIND_LABELS.get(kind, kind) + (" (scheduled)" if future else ""),
        marker=dict(symbol=kind_symbol(kind, future=future), size=mark_size(group["n_reports"].to_numpy()),
                    color=color, opacity=0.7 if future else 0.8,
                    line=dict(width=2, color=color) if future else dict(width=0.5, color="rgba(60,60,60,0.6)")),
        hovertemplate="<b>%{customdata[1]}</b><br>%{customdata[2]} · %{customdata[3]}<br>%{customdata[4]}"
                      "<br><i>best source: %{customdata[5]}</i><extra></extra>",
    )


def split_marks(marks: pd.DataFrame, max_marks: int = MAX_MARKS) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(happenings drawn one mark each, happenings grouped): all alone when they fit in `max_marks`, else up to
    half of them, those with most reports, alone (fewer when the groups by lane, kind and month need the room)
    and the rest grouped. The light plotly.js draws about 1,000 SVG marks in about 1 s on
    40,000 rows (10,000 happenings drawn one each took 7-11 s; WebGL needs the full plotly.js: 5 s)."""
    if len(marks) <= max_marks:
        return marks, marks.iloc[0:0]
    months = pd.to_datetime(marks["date"]).dt.to_period("M")
    month_groups = marks.assign(month=months).groupby(["lane", "kind", "is_future", "month"]).ngroups
    n_alone = max(0, min(max_marks // 2, max_marks - month_groups))  # the groups fit beside them, by month at worst
    order = marks.sort_values(["n_reports", "date"], ascending=[False, True], kind="stable")
    alone = order.head(n_alone).sort_values("date", kind="stable")
    return alone, marks.drop(alone.index)


def grouped_rows(rest: pd.DataFrame) -> pd.DataFrame:
    """The grouped happenings in the shape `timeline.binned_figure` bins (a bin's key then finds them again)."""
    return pd.DataFrame({"row_id": rest["event"].to_numpy(), "lane": rest["lane"].to_numpy(), "actor": "",
                         "kind": rest["kind"].to_numpy(), "is_future": rest["is_future"].to_numpy(dtype=bool),
                         "text": rest["label"].astype(str).to_numpy(), "date": pd.to_datetime(rest["date"]).to_numpy()})


def selected_events(keys: list[str], marks: pd.DataFrame, max_marks: int = MAX_MARKS) -> list[str]:
    """The happenings behind the selected marks: a happening's key, or a group's key (its lane, kind and period)."""
    _, rest = split_marks(marks, max_marks)
    rows = grouped_rows(rest)
    events: list[str] = []
    for key in keys or []:
        events.extend(bin_rows(rows, key) if str(key).startswith("[") else [str(key)])
    return list(dict.fromkeys(events))


def build_event_timeline(marks: pd.DataFrame, lanes: list[str], window: tuple[dt.date, dt.date] | None = None, *,
                         gl_threshold: int = GL_THRESHOLD, max_marks: int = MAX_MARKS) -> TimelinePlot:
    """The timeline of `marks` (`event_marks` with their `lane` set), one mark per event (beyond `max_marks`, the
    smaller ones grouped by lane, kind and period, in grey), opened on `window`."""
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    alone, rest = split_marks(marks, max_marks)
    trace_cls = go.Scattergl if len(alone) > gl_threshold else go.Scatter
    fig, grouped = (binned_figure(grouped_rows(rest), lanes, max_marks - len(alone), gl_threshold)
                    if not rest.empty else (go.Figure(), ""))
    for (kind, future), group in alone.groupby(["kind", "is_future"], sort=False):
        y = group["lane"].map(lane_index).to_numpy(dtype=float) + KIND_OFFSET.get(kind, 0.0)
        fig.add_trace(_trace(group, kind, bool(future), y, trace_cls))
    present = set(marks["kind"])
    for trace in legend_traces([k for k in KIND_ORDER if k in present], bool(marks["is_future"].any())):
        trace.marker.color = kind_color(trace.legendgroup) if trace.legendgroup else trace.marker.color
        fig.add_trace(trace)
    n_reports = int(marks["n_reports"].sum())
    title = f"{counted(len(marks), 'happening')} from {counted(n_reports, 'report')} · colour: said / met / moved"
    note = (f"The {len(alone):,} most reported happenings are drawn one each; the other {len(rest):,} are grouped by "
            f"{grouped}, lane and kind (grey, size = happenings): filter to see them one by one." if grouped else "")
    # no range slider: it draws every mark a second time, 0.2 s of a first visit's 2 s on the whole corpus
    timeline_layout(fig, lanes, title, slider=False)  # a one-line title: a second ran under the legend and tool bar
    set_window(fig, window)
    return TimelinePlot(figure=fig, mode="events", lanes=lanes, n_rows=n_reports, note=note)


def drawn_rows(tables, n_lanes: int) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """(rows, event marks, main countries) of `tables` with each row's and mark's lane set, as the timeline draws them."""
    from .events import event_marks, main_countries, mark_lanes, row_lanes
    from .timeline import timeline_rows

    rows = timeline_rows(tables)
    marks = event_marks(rows, tables.events)
    main = main_countries(marks, n_lanes)
    rows["lane"] = row_lanes(rows["actor"], main)
    marks["lane"] = mark_lanes(marks["countries"], main)
    return rows, marks, main


def timeline_figure(tables, window: tuple[dt.date, dt.date] | None, n_lanes: int, *,
                    every: bool = False, drawn: tuple | None = None) -> tuple[TimelinePlot | None, int]:
    """(the timeline of `tables` or None when no row is dated, the number of undated rows): one mark per event,
    or with `every` one mark per report; `n_lanes` lanes for the countries in most events, the rest in one.
    `drawn`: `drawn_rows(tables, n_lanes)` when the caller already has it."""
    from .events import lane_list
    from .timeline import build_timeline

    rows, marks, main = drawn if drawn is not None else drawn_rows(tables, n_lanes)
    undated = len(tables.statements) + len(tables.movements) - len(rows)
    if rows.empty:
        return None, undated
    if every:
        plot = build_timeline(rows, lanes=lane_list(main, rows["lane"]))
        set_window(plot.figure, window)
        return plot, undated
    return build_event_timeline(marks, lane_list(main, marks["lane"]), window), undated
