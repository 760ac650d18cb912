"""The timeline: one lane per country, one marker symbol per kind, aggregated when the data is dense.

`timeline_rows` turns statements and movements into one frame of marks; `build_timeline` draws it.
Up to `max_points` rows are drawn one marker each, with a range slider; beyond that rows are binned by lane, kind and day/week/month (whichever first fits), a bin's marker size shows
its count; both views have the range slider. Marks are SVG up to `gl_threshold` and WebGL beyond. Selecting a mark maps back to row ids with `selected_row_ids` (a bin's id names its
lane, actor, kind and period, so its rows are found again in the drawn rows).
"""
from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from extract.countries import country_name

from .colors import KIND_LABELS, KIND_SYMBOLS, actor_color, kind_symbol
from .counts import counted
from .data import Tables, is_outlier
from .escape import plotly_text, plotly_texts

MAX_POINTS = 1500  # more rows than this are binned
GL_THRESHOLD = 1500  # more marks than this are drawn with WebGL (SVG draws faster below it, also without a GPU)
KIND_ORDER = ("direct_quote", "reported_speech", "call", "meeting", "talks", "visit", "movement")
KIND_OFFSET = {kind: (i - 3) * 0.1 for i, kind in enumerate(KIND_ORDER)}
BIN_FREQS = (("D", "day"), ("W-SUN", "week"), ("M", "month"))  # weeks run Monday to Sunday
UNKNOWN_LANE = "Unknown"

ROW_COLUMNS = ["row_id", "table", "article_id", "date", "date_end", "date_precision", "when", "actor", "lane", "kind",
               "who", "text", "sentence", "is_future", "title", "source", "url", "licence", "event", "date_outlier"]
# Movements that describe forces being somewhere: over a period ("has amassed ... in recent months") they are
# marked on the day the article reports them as holding, not on the first day of the period.
STATE_STATUSES = ("deployed", "stationed", "on_alert")
PERIOD_PRECISIONS = ("week", "month", "year")


@dataclass
class TimelinePlot:
    """The figure, how it was drawn (`points`, or the bin width: `day`, `week`, `month`) and the bins."""

    figure: go.Figure | dict  # a dict when it comes from the page's cache
    mode: str
    lanes: list[str]
    n_rows: int
    note: str = ""  # what the chart's one-line title has no room for (the page shows it above the chart)


def _names(codes: pd.Series) -> pd.Series:
    lookup = {code: (country_name(code) or code) for code in codes.dropna().unique() if str(code).strip()}
    return codes.map(lookup).fillna(UNKNOWN_LANE).astype(str)


def reported_day(movements: pd.DataFrame, published: pd.Series) -> pd.Series:
    """The day a movement row is marked on: its date, or for a state over a period the period's last day
    (no later than the article's publication day), when it was reported as holding."""
    if movements.empty:
        return movements["date"]
    date_end, published = pd.to_datetime(movements["date_end"]), pd.to_datetime(published)
    end = date_end.where(published.isna() | (date_end <= published), published)
    held = (movements["status"].isin(STATE_STATUSES) & movements["date_precision"].isin(PERIOD_PRECISIONS)
            & end.notna())
    return pd.to_datetime(movements["date"]).where(~held, end)


def when_label(date: pd.Series, end: pd.Series, precision: pd.Series) -> pd.Series:
    """How a mark's date reads in its hover: a day, or a period "12 Aug 2021 – 10 Feb 2022"."""
    day = date.dt.strftime("%d %b %Y")
    period = precision.isin(PERIOD_PRECISIONS) & end.notna() & (end != date)
    return day.where(~period, day + " \u2013 " + end.dt.strftime("%d %b %Y")).fillna("")


def timeline_rows(tables: Tables) -> pd.DataFrame:
    """Statements and movements as one frame of dated marks (undated rows are left out); `event` is the row's
    happening (its `event_id`, else its own row id) and `licence` its article's."""
    arts = tables.articles.set_index("article_id")[["title", "source", "url", "licence"]]
    arts = arts[~arts.index.duplicated()]
    s = tables.statements
    s = s[s["date"].notna()]
    st_rows = pd.DataFrame({
        "row_id": s["statement_id"], "table": "statements", "article_id": s["article_id"],
        "date": s["date"], "date_end": s["date_end"], "date_precision": s["date_precision"],
        "when": when_label(s["date"], s["date_end"], s["date_precision"]), "actor": s["speaker_country"], "lane": _names(s["speaker_country"]), "kind": s["kind"],
        "who": s["speaker"], "text": s["text"], "sentence": s["sentence"], "is_future": s["is_future"],
        "event": s["event_id"].fillna(s["statement_id"]), "date_outlier": is_outlier(s),
    })
    m = tables.movements
    m = m[m["date"].notna()]
    who = m["actor_name"].fillna(m["actor"]).fillna("") + " · " + m["status"].fillna("").str.replace("_", " ")
    lookup = tables.articles.drop_duplicates("article_id").set_index("article_id")["published"]
    published = pd.Series(lookup.reindex(m["article_id"]).to_numpy(), index=m.index)
    marked = reported_day(m, published)
    mv_rows = pd.DataFrame({
        "row_id": m["movement_id"], "table": "movements", "article_id": m["article_id"],
        "date": marked, "date_end": m["date_end"], "date_precision": m["date_precision"],
        "when": when_label(m["date"], m["date_end"], m["date_precision"]),
        "actor": m["actor"], "lane": _names(m["actor"]), "kind": "movement",
        "who": who, "text": m["sentence"], "sentence": m["sentence"], "is_future": m["is_future"],
        "event": m["event_id"].fillna(m["movement_id"]), "date_outlier": is_outlier(m),
    })
    parts = [p for p in (st_rows, mv_rows) if not p.empty]
    if not parts:
        rows = pd.DataFrame({c: pd.Series(dtype="object") for c in ROW_COLUMNS})
        rows["date"] = pd.Series(dtype="datetime64[s]")
        return rows
    rows = pd.concat(parts, ignore_index=True)
    rows["is_future"] = rows["is_future"].fillna(False).astype(bool)
    rows["actor"] = rows["actor"].astype("string").fillna("")
    rows = rows.join(arts, on="article_id")
    rows["date_outlier"] = rows["date_outlier"].fillna(False).astype(bool)
    for col in ("title", "source", "url", "licence", "who", "text", "sentence", "when", "event"):
        rows[col] = rows[col].astype("string").fillna("")
    return rows[ROW_COLUMNS].sort_values("date", kind="stable").reset_index(drop=True)


def lane_order(rows: pd.DataFrame) -> list[str]:
    """Lanes from the busiest to the quietest; `Unknown` last."""
    counts = rows["lane"].value_counts()
    return sorted(counts.index, key=lambda lane: (lane == UNKNOWN_LANE, -counts[lane], lane))


def wrap_text(text: str, width: int = 80, limit: int = 320) -> str:
    """`text` cut to `limit` characters and wrapped in lines for a hover label, each line escaped (plotly draws
    HTML: a sentence's `<span style=...>` must show as written)."""
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return "<br>".join(plotly_text(line) for line in textwrap.wrap(text, width)) or "—"


def _actor_colors(actors: pd.Series, palette: list[str]) -> dict:
    """Marker colours as numbers on a discrete colour scale (much lighter than one colour string per point)."""
    index = {code: i for i, code in enumerate(palette)}
    n = max(1, len(palette))
    scale = []
    for i, code in enumerate(palette or [""]):
        colour = actor_color(code)
        scale += [[i / n, colour], [(i + 1) / n, colour]]
    return dict(color=actors.map(index).to_numpy(dtype=float), colorscale=scale, cmin=0, cmax=n)


def _shift_colors(colors: dict) -> dict:
    # the numbers sit at the middle of their band
    return {**colors, "color": colors["color"] + 0.5}


def legend_traces(kinds: list[str], any_future: bool) -> list[go.Scatter]:
    """Empty traces that draw the legend: one per kind (its shape), and "Scheduled" (hollow) when any row is."""
    traces = [go.Scatter(x=[None], y=[None], mode="markers", name=KIND_LABELS[k], legendgroup=k,
                         marker=dict(symbol=KIND_SYMBOLS[k], size=10, color="#8C8C8C")) for k in kinds]
    if any_future:
        traces.append(go.Scatter(x=[None], y=[None], mode="markers", name="Scheduled",
                                 marker=dict(symbol="circle-open", size=10, color="#8C8C8C", line=dict(width=2))))
    return traces


def margins(lanes: list[str], *, slider: bool) -> dict:
    """Room for the lane names and the dates, set up front: when plotly's automargin has to widen a margin
    it lays the whole chart out a second time (+100 ms for the 50,000-row timeline). Automargin stays on,
    so an unusually wide name still fits. 6.5 px per character covers the 12 px theme font, plus 56 px of
    ticks and padding; two lines of dates need 82 px. The top holds the title, then the legend row and the
    1m/3m/all buttons (84 px). The range slider always pushes the bottom margin by its own height on top
    of the one given, so with it the bottom is left to automargin."""
    widest = max((len(lane) for lane in lanes), default=8)
    return dict(l=max(60, round(6.5 * widest) + 56), r=10, t=84, b=10 if slider else 82)


def timeline_layout(fig: go.Figure, lanes: list[str], title: str, *, slider: bool) -> None:
    """Lanes, legend, one-line title, range buttons and (with `slider`) the range slider of a timeline figure."""
    height = int(min(1100, max(380, 150 + 42 * len(lanes))))
    fig.update_layout(
        height=height, margin=margins(lanes, slider=slider), hovermode="closest", dragmode="zoom",
        # the legend sits under the title, from the figure's left edge (also over the lane names' margin), so
        # that it leaves room for the 1m/3m/all buttons on the right
        legend=dict(orientation="h", xref="container", yref="container", x=0, y=1 - 24 / height, yanchor="top", title_text=""),
        title=dict(text=title, x=0, xanchor="left", y=0.99, yanchor="top", font=dict(size=13)),
        clickmode="event+select",
    )
    fig.update_yaxes(tickmode="array", tickvals=list(range(len(lanes))), ticktext=[plotly_text(lane) for lane in lanes],
                     range=[len(lanes) - 0.5, -0.5], showgrid=True, zeroline=False, title_text="", fixedrange=True)
    fig.update_xaxes(type="date", title_text="", rangeslider=dict(visible=slider, thickness=0.06),
                     rangeselector=dict(x=1, xanchor="right", y=1, yanchor="bottom",
                                        buttons=[dict(count=1, label="1m", step="month", stepmode="backward"),
                                                 dict(count=3, label="3m", step="month", stepmode="backward"),
                                                 dict(step="all", label="all")]))


def _points_figure(rows: pd.DataFrame, lanes: list[str], gl_threshold: int) -> go.Figure:
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    palette = sorted(rows["actor"].unique())
    trace_cls = go.Scattergl if len(rows) > gl_threshold else go.Scatter
    fig = go.Figure()
    for (kind, future), group in rows.groupby(["kind", "is_future"], sort=False):
        y = group["lane"].map(lane_index).to_numpy(dtype=float) + KIND_OFFSET.get(kind, 0.0)
        date_label = group["when"].where(group["when"] != "", group["date"].dt.strftime("%d %b %Y"))
        source = (group["source"].where(group["source"] != "", group["title"])).str.slice(0, 80)
        custom = np.column_stack([  # [0] is the row's id (the selection's key); the others are shown, escaped
            group["row_id"].to_numpy(dtype=object), plotly_texts(group["who"]).to_numpy(dtype=object),
            group["text"].map(wrap_text).to_numpy(dtype=object), plotly_texts(source).to_numpy(dtype=object),
            date_label.to_numpy(dtype=object), np.full(len(group), KIND_LABELS.get(kind, kind), dtype=object),
        ])
        fig.add_trace(trace_cls(
            x=group["date"], y=y, mode="markers", showlegend=False, customdata=custom,
            name=KIND_LABELS.get(kind, kind) + (" (scheduled)" if future else ""),
            marker=dict(symbol=kind_symbol(kind, future=bool(future)), size=11 if future else 10,
                        opacity=0.75 if future else 0.9, **_shift_colors(_actor_colors(group["actor"], palette)),
                        line=dict(width=2, **_shift_colors(_actor_colors(group["actor"], palette))) if future
                        else dict(width=0.5, color="rgba(60,60,60,0.6)")),
            hovertemplate="<b>%{customdata[1]}</b> · %{customdata[5]} · %{customdata[4]}<br>%{customdata[2]}"
                          "<br><i>%{customdata[3]}</i><extra></extra>",
        ))
    return fig


def _periods(dates: pd.Series, label: str) -> np.ndarray:
    """Integer period numbers: days since 1970, Monday-based weeks, or months."""
    days = dates.to_numpy(dtype="datetime64[D]").astype(np.int64)
    if label == "day":
        return days
    if label == "week":
        return (days + 3) // 7  # 1970-01-01 was a Thursday
    months = dates.to_numpy(dtype="datetime64[M]").astype(np.int64)
    return months


def _period_start(period: np.ndarray, label: str) -> pd.DatetimeIndex:
    if label == "day":
        return pd.to_datetime(period.astype("datetime64[D]"))
    if label == "week":
        return pd.to_datetime((period * 7 - 3).astype("datetime64[D]"))
    return pd.to_datetime(period.astype("datetime64[M]"))


def _group_codes(rows: pd.DataFrame) -> np.ndarray:
    """One integer per (lane, actor, kind, future) combination."""
    keys = rows["lane"].astype(str) + "|" + rows["actor"].astype(str) + "|" + rows["kind"].astype(str) + "|" + rows["is_future"].astype(str)
    return pd.factorize(keys)[0].astype(np.int64)


def _choose_bins(rows: pd.DataFrame, max_points: int) -> tuple[str, np.ndarray, np.ndarray]:
    """The finest bin width whose number of bins fits `max_points`: (label, group codes, periods)."""
    codes = _group_codes(rows)
    for _, label in BIN_FREQS:
        periods = _periods(rows["date"], label)
        combined = codes * 1_000_000 + (periods - periods.min())
        if len(np.unique(combined)) <= max_points or label == "month":
            return label, codes, periods
    raise AssertionError("unreachable")


def bin_key(lane: str, actor: str, kind: str, future: bool, start: pd.Timestamp, label: str) -> str:
    """The id of a bin (its content, so a selection means the same rows after a rerun)."""
    return json.dumps([lane, actor, kind, bool(future), start.strftime("%Y-%m-%d"), label])


def binned_figure(rows: pd.DataFrame, lanes: list[str], max_points: int, gl_threshold: int) -> tuple[go.Figure, str]:
    """`rows` grouped by lane, kind and the finest period (day, week or month) that fits in `max_points` marks,
    each mark sized by its count: (the figure, the period's name)."""
    label, codes, periods = _choose_bins(rows, max_points)
    frame = pd.DataFrame({"code": codes, "period": periods, "lane": rows["lane"].to_numpy(), "actor": rows["actor"].to_numpy(),
                          "kind": rows["kind"].to_numpy(), "is_future": rows["is_future"].to_numpy(), "text": rows["text"].to_numpy()})
    agg = frame.groupby(["code", "period"], sort=False).agg(
        count=("text", "size"), sample=("text", "first"), lane=("lane", "first"), actor=("actor", "first"),
        kind=("kind", "first"), is_future=("is_future", "first")).reset_index()
    agg["start"] = _period_start(agg["period"].to_numpy(), label)
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    palette = sorted(agg["actor"].unique())
    biggest = max(1, int(agg["count"].max()))
    trace_cls = go.Scattergl if len(agg) > gl_threshold else go.Scatter
    fig = go.Figure()
    for (kind, future), group in agg.groupby(["kind", "is_future"], sort=False):
        y = group["lane"].map(lane_index).to_numpy(dtype=float) + KIND_OFFSET.get(kind, 0.0)
        size = 6 + 18 * np.sqrt(group["count"].to_numpy() / biggest)
        keys = [bin_key(lane, actor, kind, future, start, label) for lane, actor, start in zip(group["lane"], group["actor"], group["start"])]
        custom = np.column_stack([
            np.array(keys, dtype=object), group["count"].to_numpy(dtype=object),
            np.full(len(group), KIND_LABELS.get(kind, kind), dtype=object), plotly_texts(group["lane"]).to_numpy(dtype=object),
            group["start"].dt.strftime(f"{label} of %d %b %Y" if label != "day" else "%d %b %Y").to_numpy(dtype=object),
            group["sample"].map(lambda t: wrap_text(t, limit=160)).to_numpy(dtype=object),
        ])
        colors = _shift_colors(_actor_colors(group["actor"], palette))
        fig.add_trace(trace_cls(
            x=group["start"], y=y, mode="markers", showlegend=False, customdata=custom,
            name=KIND_LABELS.get(kind, kind),
            marker=dict(symbol=kind_symbol(kind, future=bool(future)), size=size, opacity=0.7 if future else 0.85,
                        **colors, line=dict(width=1.5 if future else 0, **colors)),
            hovertemplate="<b>%{customdata[1]} × %{customdata[2]}</b> · %{customdata[3]} · %{customdata[4]}"
                          "<br>e.g. %{customdata[5]}<extra></extra>",
        ))
    return fig, label


def build_timeline(rows: pd.DataFrame, *, max_points: int = MAX_POINTS, gl_threshold: int = GL_THRESHOLD,
                   lanes: list[str] | None = None) -> TimelinePlot:
    """The timeline figure of `rows` (from `timeline_rows`), one mark per row; `lanes` in order (default: busiest first)."""
    lanes = lanes or lane_order(rows)
    present = set(rows["kind"].unique())
    kinds = [k for k in KIND_ORDER if k in present]
    any_future = bool(rows["is_future"].any()) if len(rows) else False
    if len(rows) <= max_points:
        fig, mode = _points_figure(rows, lanes, gl_threshold), "points"
        title = counted(len(rows), "statement or movement", "statements and movements")
    else:
        fig, mode = binned_figure(rows, lanes, max_points, gl_threshold)
        title = f"{counted(len(rows), 'statement or movement', 'statements and movements')}, grouped by {mode} (marker size = count)"
    for trace in legend_traces(kinds, any_future):
        fig.add_trace(trace)
    # The range slider draws every mark a second time (0.2-0.3 s more before a 50,000-row grouped timeline
    # shows); it stays on every view anyway: it is how readers move through months of data.
    timeline_layout(fig, lanes, title, slider=True)
    return TimelinePlot(figure=fig, mode=mode, lanes=lanes, n_rows=len(rows))


def bin_rows(rows: pd.DataFrame, key: str) -> list[str]:
    """The row ids behind a grouped mark's `key` (its lane, kind and period), as a click selects them."""
    try:
        lane, actor, kind, future, start, label = json.loads(key)
    except (ValueError, TypeError):  # not a bin's key (a stale selection): nothing
        return []
    same = (rows["lane"] == lane) & (rows["actor"] == actor) & (rows["kind"] == kind) & (rows["is_future"] == future)
    candidates = rows[same.to_numpy(dtype=bool)]
    wanted = _periods(pd.Series([pd.Timestamp(start)]), label)[0]
    return list(candidates.loc[_periods(candidates["date"], label) == wanted, "row_id"])


def selected_row_ids(plot: TimelinePlot, keys: list[str], rows: pd.DataFrame) -> list[str]:
    """Row ids behind the selected marks (each mark's first customdata value: a row id, or a bin's key);
    `rows` as drawn."""
    ids: list[str] = []
    for key in keys or []:
        ids.extend(bin_rows(rows, str(key)) if plot.mode != "points" else [str(key)])
    return list(dict.fromkeys(ids))


def rows_drawn(plot: TimelinePlot) -> int:
    """How many rows the figure's marks stand for (for tests: the chart carries the filtered rows)."""
    total = 0
    for trace in plot.figure.data:
        if trace.customdata is None:
            continue
        if plot.mode == "points":
            total += len(trace.customdata)
        else:
            total += int(sum(int(c[1]) for c in trace.customdata))
    return total
