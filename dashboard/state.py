"""Streamlit glue: cached data, the shared sidebar filters, and their mirror in session state and the URL.

Widget state does not survive a page switch (widget ids include the page), so the canonical filters
live in `st.session_state[FILTERS_KEY]`; each run re-asserts the widget values before drawing them,
and writes the filters back to `st.query_params` so a copied link reproduces the view. The URL is
read once, when a session starts.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from extract.countries import country_name

from . import config
from .colors import KIND_LABELS
from .data import Tables, date_span, empty_tables, merge_tables, read_tables, table_files
from .filters import KINDS, Filters, actor_options, apply_filters

FILTERS_KEY = "uct_filters"
ADDED_KEY = "uct_added"  # Tables of the rows a visitor added in this session
TEXTS_KEY = "uct_texts"  # article_id → text of the articles added in this session
W_DATES, W_ACTORS, W_KINDS, W_TEXT = "w_dates", "w_actors", "w_kinds", "w_text"
WIDGET_KEYS = (W_DATES, W_ACTORS, W_KINDS, W_TEXT)


NAV = (  # (script, label, icon): the sidebar's page links, drawn by `page_setup`
    ("app.py", "Overview", ":material/dashboard:"),
    ("pages/1_Timeline.py", "Timeline", ":material/timeline:"),
    ("pages/2_Deployments_map.py", "Deployments map", ":material/map:"),
    ("pages/3_Explorer.py", "Explorer", ":material/table_view:"),
    ("pages/4_Add_articles.py", "Add articles", ":material/upload_file:"),
)


def page_setup(title: str) -> None:
    """Wide layout, the browser tab's title and the page links; call first on every page.

    Streamlit's own page list would call the Overview "app" (after app.py), so it is hidden in
    `.streamlit/config.toml` (`client.showSidebarNavigation = false`) and drawn here instead.
    """
    st.set_page_config(page_title=f"{title} · Ukraine Crisis Timeline", layout="wide")  # no page_icon: emoji and material favicons come from a CDN
    with st.sidebar:
        st.markdown("**Ukraine Crisis Timeline**")
        for script, label, icon in NAV:
            st.page_link(script, label=label, icon=icon)
        st.divider()


def _stamp(data_dir: Path) -> tuple:
    """Paths and modification times of the table files: a rebuilt data folder loads again."""
    stamp = []
    for name in ("articles", "statements", "movements"):
        for suffix in (".parquet", ".csv"):
            path = data_dir / f"{name}{suffix}"
            if path.exists():
                stamp.append((str(path), path.stat().st_mtime))
                break
    return tuple(stamp)


@st.cache_data(show_spinner="Loading the tables…", max_entries=4)
def _load(data_dir: str, stamp: tuple) -> Tables:
    """The data folder's tables; `stamp` (paths and mtimes) makes a rebuilt folder load again."""
    return read_tables(Path(data_dir))


@st.cache_data(show_spinner=False, max_entries=4)
def _files(data_dir: str, stamp: tuple):
    return table_files(Path(data_dir))


def base_tables() -> Tables:
    """The shared tables of the data folder, loaded once per server (and again when they change)."""
    data_dir = config.data_dir()
    if not data_dir.is_dir():
        return empty_tables()
    return _load(str(data_dir), _stamp(data_dir))


def data_files():
    data_dir = config.data_dir()
    return _files(str(data_dir), _stamp(data_dir)) if data_dir.is_dir() else []


def added_tables() -> Tables | None:
    """The rows this browser session added on the Add-articles page (never written to shared data)."""
    return st.session_state.get(ADDED_KEY)


def all_tables() -> Tables:
    """Shared tables plus this session's added rows."""
    return merge_tables(base_tables(), added_tables())


def session_texts() -> dict[str, str]:
    return st.session_state.get(TEXTS_KEY, {})


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _label(code: str) -> str:
    name = country_name(code) or code
    return name if name == code else f"{name} ({code})"


def _reset() -> None:
    st.session_state[FILTERS_KEY] = Filters()
    for key in WIDGET_KEYS:
        st.session_state.pop(key, None)


def _seed_widgets(f: Filters, span: tuple[dt.date, dt.date] | None) -> None:
    ss = st.session_state
    defaults = {
        W_ACTORS: list(f.actors),
        W_KINDS: list(f.kinds),
        W_TEXT: f.text,
    }
    if span:
        defaults[W_DATES] = (f.start or span[0], f.end or span[1])
    for key, value in defaults.items():
        # Re-assigning keeps a widget's value across page switches (its id changes with the page).
        ss[key] = ss[key] if key in ss else value
    if span and W_DATES in ss:
        dates = [d for d in ss[W_DATES] if isinstance(d, dt.date)]
        if not dates or any(d < span[0] or d > span[1] for d in dates):
            ss[W_DATES] = (f.start or span[0], f.end or span[1])
    elif not span:
        ss.pop(W_DATES, None)


def _read_widgets(span: tuple[dt.date, dt.date] | None) -> Filters:
    ss = st.session_state
    start = end = None
    if span and W_DATES in ss:
        dates = list(ss[W_DATES])
        if len(dates) >= 1 and dates[0] > span[0]:
            start = dates[0]
        if len(dates) >= 2 and dates[1] < span[1]:
            end = dates[1]
    return Filters(start=start, end=end, actors=tuple(ss.get(W_ACTORS, [])), kinds=tuple(ss.get(W_KINDS, [])),
                   text=str(ss.get(W_TEXT, "")).strip())


def sidebar_filters(tables: Tables) -> Filters:
    """Draw the global filters in the sidebar and return them (canonical copy kept in session state)."""
    ss = st.session_state
    span = date_span(tables)
    if FILTERS_KEY not in ss:
        ss[FILTERS_KEY] = Filters.from_query(_query_dict()).clamp(span)
    current: Filters = ss[FILTERS_KEY]
    _seed_widgets(current, span)
    actors = list(dict.fromkeys([*actor_options(tables), *current.actors, *ss.get(W_ACTORS, [])]))
    with st.sidebar:
        st.subheader("Filters")
        if span:
            st.date_input("Date range", key=W_DATES, min_value=span[0], max_value=span[1], format="YYYY-MM-DD",
                          help="Rows whose date (or period) touches this range. Undated rows show only with the full range.")
        st.multiselect("Actors / countries", actors, key=W_ACTORS, format_func=_label, placeholder="All actors",
                       help="A statement matches its speaker's or an addressee's country; a movement its actor or destination.")
        st.multiselect("Kinds", list(KINDS), key=W_KINDS, format_func=lambda k: KIND_LABELS.get(k, k), placeholder="All kinds")
        st.text_input("Search text", key=W_TEXT, placeholder="e.g. Macron, Belarus, sanctions",
                      help="Case-insensitive search in speakers, quotes, sentences and places.")
        st.button("Reset filters", on_click=_reset, width="stretch")
    new = _read_widgets(span)
    ss[FILTERS_KEY] = new
    return new


def sync_url(f: Filters, **extra: str | None) -> None:
    """Mirror the filters (and page-specific values in `extra`) in the URL, without a rerun."""
    wanted = {k: (v if isinstance(v, list) else [v]) for k, v in f.to_query().items()}
    wanted.update({k: [v] for k, v in extra.items() if v})
    if _query_dict() != wanted:
        st.query_params.from_dict(wanted)


def initial_param(name: str) -> str | None:
    """A page-specific URL value, read at the session's first visit of the page only."""
    seen = st.session_state.setdefault("uct_params_read", set())
    if name in seen:
        return None
    seen.add(name)
    return st.query_params.get(name)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_timeline(data_dir: str, stamp: tuple, filters: str, _view: Tables) -> tuple:
    """The timeline of the shared data under one set of filters (keyed by the filters' repr)."""
    from .timeline import build_timeline, timeline_rows

    rows = timeline_rows(_view)
    undated = len(_view.statements) + len(_view.movements) - len(rows)
    if rows.empty:
        return None, undated
    plot = build_timeline(rows)
    plot.figure = plot.figure.to_plotly_json()
    return plot, undated


def timeline_plot(view: Tables, f: Filters):
    """(TimelinePlot or None when no row is dated, number of undated rows); cached per filters for the shared data."""
    from .timeline import build_timeline, timeline_rows

    data_dir = config.data_dir()
    if added_tables() is None and data_dir.is_dir():
        return _cached_timeline(str(data_dir), _stamp(data_dir), repr(f), view)
    rows = timeline_rows(view)
    undated = len(view.statements) + len(view.movements) - len(rows)
    return (build_timeline(rows) if not rows.empty else None), undated


def filtered(tables: Tables | None = None) -> tuple[Tables, Tables, Filters]:
    """(all tables, filtered tables, filters) for a page: draws the sidebar and syncs the URL."""
    tables = all_tables() if tables is None else tables
    f = sidebar_filters(tables)
    return tables, apply_filters(tables, f), f


