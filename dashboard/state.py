"""Streamlit glue: cached data, the shared sidebar filters, and their mirror in session state and the URL.

Widget state does not survive a page switch (widget ids include the page), so the canonical filters
live in `st.session_state[FILTERS_KEY]`; each run re-asserts the widget values before drawing them,
and writes the filters back to `st.query_params` so a copied link reproduces the view. The URL is
read once, when a session starts.

Speed and memory: the tables are loaded once per server and shared (`st.cache_resource`, see `_load`);
`st.cache_data` would hand every caller a fresh copy (an unpickle), about 0.3 s for 50,000 + 50,000 rows.
The figures are cached as JSON per data folder and filter values, so a cache hit draws without touching
the tables; sessions that added rows of their own are never cached.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import streamlit as st

from extract.countries import country_name
from extract.schema import ROW_TABLES

from . import config, memory, sessions
from .colors import KIND_LABELS
from .data import Tables, empty_tables, merge_tables, read_tables, table_files
from .filters import KINDS, FilterOptions, Filters, anonymous_label, apply_filters, describe, filter_options, outliers_label
from .plotly_json import figure_json

FILTERS_KEY = "uct_filters"
ADDED_KEY = "uct_added"  # Tables of the rows a visitor added in this session
TEXTS_KEY = "uct_texts"  # article_id → text of the articles added in this session
W_DATES, W_ACTORS, W_KINDS, W_TEXT, W_ANONYMOUS = "w_dates", "w_actors", "w_kinds", "w_text", "w_anonymous"
W_OUTLIERS = "w_outliers"
WIDGET_KEYS = (W_DATES, W_ACTORS, W_KINDS, W_TEXT, W_ANONYMOUS, W_OUTLIERS)

memory.use_system_allocator()  # before any table loads: Arrow's own pool kept every freed copy (dashboard.memory)
memory.limit_heaps()


NAV = (  # (script, label, icon): the sidebar's page links, drawn by `page_setup`
    ("app.py", "Overview", ":material/dashboard:"),
    ("pages/1_Timeline.py", "Timeline", ":material/timeline:"),
    ("pages/2_Deployments_map.py", "Deployments map", ":material/map:"),
    ("pages/3_Explorer.py", "Explorer", ":material/table_view:"),
    ("pages/4_Add_articles.py", "Add articles", ":material/upload_file:"),
)


def page_setup(title: str) -> None:
    """Wide layout, the browser tab's title and the page links, and the session watched until it ends; call
    first on every page.

    Streamlit's own page list would call the Overview "app" (after app.py), so it is hidden in
    `.streamlit/config.toml` (`client.showSidebarNavigation = false`) and drawn here instead.
    """
    st.set_page_config(page_title=f"{title} · Ukraine Crisis Timeline", layout="wide")  # no page_icon: emoji and material favicons come from a CDN
    sessions.watch()  # the session's state is freed once it has ended (see dashboard.sessions)
    with st.sidebar:
        st.markdown("**Ukraine Crisis Timeline**")
        for script, label, icon in NAV:
            st.page_link(script, label=label, icon=icon)
        st.divider()


def _stamp(data_dir: Path) -> tuple:
    """Paths and modification times of the table files: a rebuilt data folder loads again."""
    stamp = []
    for name in ROW_TABLES:
        for suffix in (".parquet", ".csv"):
            path = data_dir / f"{name}{suffix}"
            if path.exists():
                stamp.append((str(path), path.stat().st_mtime))
                break
    return tuple(stamp)


@st.cache_resource(show_spinner="Loading the tables…", max_entries=2)
def _load(data_dir: str, stamp: tuple) -> Tables:
    """The data folder's tables, one copy shared by every session; `stamp` (paths and mtimes) makes a rebuilt
    folder load again. Not `cache_data`: that unpickles a private copy (about 150 MB for the whole corpus) for
    each call, and 20 browsing sessions then held gigabytes. Shared frames are safe to hand out because pandas
    3 copies on write: a session's filtered or modified frame never changes them (tests/dashboard/test_state.py)."""
    memory.thaw()  # what an earlier copy of the tables left behind can be collected now
    with memory.collector_paused():
        tables = read_tables(Path(data_dir))
    memory.settle()  # long-lived: out of the cycle collector's way (dashboard.memory)
    return _trimmed(tables)


def _trimmed(value):
    """`value`, after handing the heap its computation freed back to the OS: each cache miss over the whole corpus
    allocates several times what it keeps, and 20 sessions' misses otherwise stack up in the server's RSS."""
    memory.trim()
    return value


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


def shared_key() -> tuple[str, tuple] | None:
    """(data folder, its stamp) when this session shows only the shared data, so results can be cached
    per filter values; None when the session added rows of its own (or there is no data folder)."""
    data_dir = config.data_dir()
    if added_tables() is not None or not data_dir.is_dir():
        return None
    return str(data_dir), _stamp(data_dir)


@st.cache_data(show_spinner=False, max_entries=4)
def _options(data_dir: str, stamp: tuple) -> FilterOptions:
    return filter_options(_load(data_dir, stamp))


def options() -> FilterOptions:
    """What the sidebar filters offer for the data this session sees (cached for the shared data)."""
    key = shared_key()
    return _options(*key) if key else filter_options(all_tables())


@st.cache_resource(show_spinner=False, max_entries=6)
def _shared_view(data_dir: str, stamp: tuple, filters: str, _f: Filters) -> Tables:
    """The shared tables under `_f` (keyed by its repr), shared like the tables: the default view alone (anonymous
    sources and stray dates hidden) is nearly all the rows, and a copy of it per session run held gigabytes."""
    return _trimmed(apply_filters(_load(data_dir, stamp), _f))


@st.cache_resource(show_spinner=False, max_entries=6)  # as many as views: the Overview and the Timeline share them
def _shared_drawn(data_dir: str, stamp: tuple, filters: str, _f: Filters, n_lanes: int) -> tuple:
    from .event_timeline import drawn_rows

    return _trimmed(drawn_rows(_shared_view(data_dir, stamp, filters, _f), n_lanes))


def drawn(f: Filters, n_lanes: int) -> tuple:
    """(rows, marks, main countries) of the timeline under `f`, to find what a click selected: shared for the shared
    data (each click made a copy of every row's sentence and text, 40 MB on the whole corpus, per session)."""
    from .event_timeline import drawn_rows

    key = shared_key()
    return _shared_drawn(*key, repr(f), f, n_lanes) if key else drawn_rows(view(f), n_lanes)


def view(f: Filters) -> Tables:
    """The tables under the filters `f` (for selected rows and the table pages): shared for the shared data,
    made afresh for a session that added rows of its own."""
    key = shared_key()
    return _shared_view(*key, repr(f), f) if key else apply_filters(all_tables(), f)


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
        W_ANONYMOUS: f.anonymous,
        W_OUTLIERS: f.outliers,
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
                   text=str(ss.get(W_TEXT, "")).strip(), anonymous=bool(ss.get(W_ANONYMOUS, False)),
                   outliers=bool(ss.get(W_OUTLIERS, False)))


def current_filters(data: FilterOptions | None = None) -> Filters:
    """The filters of this run, read from session state (first from the URL) without drawing the widgets.

    Keyed widgets hold their new value in session state before they are drawn, so a page can draw its
    chart first and call `filter_widgets` afterwards: the browser then starts on the chart first.
    """
    ss = st.session_state
    data = options() if data is None else data
    if FILTERS_KEY not in ss:
        ss[FILTERS_KEY] = Filters.from_query(_query_dict()).clamp(data.span)
    _seed_widgets(ss[FILTERS_KEY], data.span)
    ss[FILTERS_KEY] = _read_widgets(data.span)
    return ss[FILTERS_KEY]


def filter_widgets(data: FilterOptions | None = None) -> None:
    """Draw the global filters in the sidebar (after `current_filters`, which seeds their values).

    The sidebar shows the filters as a line of text; the widgets sit in a popover, which the browser
    renders only when it is opened: drawn up front, they cost a first visit 0.2–0.3 s before the chart.
    """
    ss = st.session_state
    data = options() if data is None else data
    span = data.span
    actors = list(dict.fromkeys([*data.actors, *ss[FILTERS_KEY].actors, *ss.get(W_ACTORS, [])]))
    with st.sidebar:
        st.subheader("Filters")
        st.text(describe(ss[FILTERS_KEY]))  # plain text: the filters come from the URL
    with st.sidebar.popover("Change filters", icon=":material/tune:", width="stretch"):
        if span:
            st.date_input("Date range", key=W_DATES, min_value=span[0], max_value=span[1], format="YYYY-MM-DD",
                          help="Rows whose date (or period) touches this range. Undated rows show only with the full range.")
        st.multiselect("Actors / countries", actors, key=W_ACTORS, format_func=_label, placeholder="All actors",
                       help="A statement matches its speaker's or an addressee's country; a movement its actor or destination.")
        st.multiselect("Kinds", list(KINDS), key=W_KINDS, format_func=lambda k: KIND_LABELS.get(k, k), placeholder="All kinds")
        st.text_input("Search text", key=W_TEXT, placeholder="e.g. Macron, Belarus, sanctions",
                      help="Case-insensitive search in speakers, quotes, sentences and places.")
        st.checkbox(anonymous_label(data.anonymous), key=W_ANONYMOUS,
                    help="Statements whose source is no known actor (\"experts say\", \"a resident said\"); "
                         "hidden by default, also from the counts and charts.")
        if data.outliers or ss[FILTERS_KEY].outliers:
            st.checkbox(outliers_label(data.outliers), key=W_OUTLIERS,
                        help="Rows whose date lies far outside the months the articles were published in (often a "
                             "misread date); hidden by default, also from the counts and charts.")
        st.button("Reset filters", key="w_reset", on_click=_reset, width="stretch")


def sidebar_filters(data: FilterOptions | None = None) -> Filters:
    """Draw the global filters in the sidebar and return them (canonical copy kept in session state)."""
    data = options() if data is None else data
    f = current_filters(data)
    filter_widgets(data)
    return f


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
def _cached_timeline(data_dir: str, stamp: tuple, filters: str, _f: Filters, window: tuple | None, n_lanes: int,
                     every: bool) -> tuple:
    """The timeline of the shared data under one set of filters (keyed by the filters' repr) and view choices."""
    return _trimmed(_timeline(_shared_view(data_dir, stamp, filters, _f), window, n_lanes, every,
                              drawn=_shared_drawn(data_dir, stamp, filters, _f, n_lanes)))  # the rows a click looks up


def _timeline(view: Tables, window: tuple | None, n_lanes: int, every: bool, drawn: tuple | None = None) -> tuple:
    from .event_timeline import timeline_figure

    plot, undated = timeline_figure(view, window, n_lanes, every=every, drawn=drawn)
    if plot is not None:
        plot.figure = figure_json(plot.figure)
    return plot, undated


TIMELINE_KEY, W_LANES, W_EVERY = "uct_timeline_view", "w_lanes", "w_every"


def timeline_choices() -> tuple[int, bool]:
    """(number of lanes, one mark per report?) of the Timeline: first from the URL (`lanes`, `every`), then
    from its sidebar widgets (seeded here, drawn by `timeline_widgets`)."""
    from .filters import parse_lanes, parse_flag

    ss = st.session_state
    if TIMELINE_KEY not in ss:
        ss[TIMELINE_KEY] = (parse_lanes(initial_param("lanes")), parse_flag(initial_param("every")))
    lanes, every = ss[TIMELINE_KEY]
    ss[W_LANES] = ss[W_LANES] if W_LANES in ss else lanes
    ss[W_EVERY] = ss[W_EVERY] if W_EVERY in ss else every
    ss[TIMELINE_KEY] = (int(ss[W_LANES]), bool(ss[W_EVERY]))
    return ss[TIMELINE_KEY]


def timeline_widgets() -> None:
    """The Timeline's own sidebar choices, one mark per report and how many lanes, shown as a line of text with
    the widgets in a popover (as the filters)."""
    from .filters import MAX_LANES

    ss = st.session_state
    with st.sidebar:  # the widgets sit in a popover, drawn when opened: up front, their code held the chart back
        st.subheader("Timeline")
        st.caption(f"{'One mark per report' if ss.get(W_EVERY) else 'One mark per happening'}, {ss.get(W_LANES)} lanes")
    with st.sidebar.popover("Change view", icon=":material/view_timeline:", width="stretch"):
        st.toggle("Every report", key=W_EVERY, help="One mark per report (row) instead of one per happening.")
        st.slider("Lanes", 2, MAX_LANES, key=W_LANES,
                  help="One lane for each of the countries or organisations in most happenings; the rest under Others.")


def timeline_url_params(n_lanes: int, every: bool) -> dict[str, str | None]:
    """The Timeline's view choices as URL parameters (only those that differ from the default)."""
    from .events import DEFAULT_LANES

    return {"lanes": str(n_lanes) if n_lanes != DEFAULT_LANES else None, "every": "1" if every else None}


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_overview(data_dir: str, stamp: tuple, filters: str, _f: Filters, window: tuple | None, main: tuple):
    from .events import DEFAULT_LANES
    from .overview import overview_parts

    marks = _shared_drawn(data_dir, stamp, filters, _f, DEFAULT_LANES)[1]  # the happenings the timeline draws
    return _trimmed(overview_parts(_load(data_dir, stamp), _shared_view(data_dir, stamp, filters, _f), _f.end, window,
                                   main=main, marks=marks))


def overview(f: Filters, window: tuple | None = None):
    """The Overview's figures under `f` (`overview.OverviewParts`) within `window`, cached per filters for the
    shared data."""
    from .overview import overview_parts

    key = shared_key()
    main = config.map_actors()
    return (_cached_overview(*key, repr(f), f, window, main) if key
            else overview_parts(all_tables(), view(f), f.end, window, main=main))


def timeline_plot(f: Filters, n_lanes: int, every: bool, window: tuple | None):
    """(TimelinePlot with its figure as JSON, or None when no row is dated; number of undated rows), cached per
    filters and view choices for the shared data; opened on `window` (the data's crisis months)."""
    key = shared_key()
    if key:
        return _cached_timeline(*key, repr(f), f, window, n_lanes, every)
    return _timeline(view(f), window, n_lanes, every)


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_map_span(data_dir: str, stamp: tuple, filters: str, _f: Filters):
    return _map_span(_shared_view(data_dir, stamp, filters, _f))


def _map_span(view: Tables):
    from .geo import dated_span, mappable
    from .deployments import without_outliers

    drawable = mappable(view.movements)
    return dated_span(without_outliers(drawable)), len(view.movements) - len(drawable)


def map_span(f: Filters) -> tuple[tuple[dt.date, dt.date] | None, int]:
    """(first and last day of the drawable movements or None, movements under `f` without coordinates)."""
    key = shared_key()
    return _cached_map_span(*key, repr(f), f) if key else _map_span(view(f))


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_map(data_dir: str, stamp: tuple, filters: str, _f: Filters, as_of: dt.date, main: tuple, single: bool, others: bool):
    return _trimmed(_map(_shared_view(data_dir, stamp, filters, _f), as_of, main, single, others))


def _map(view: Tables, as_of: dt.date, main: tuple, single: bool, others: bool):
    from .geo import map_plot as make_map

    plot = make_map(view.movements, as_of, main, single=single, others=others)
    if plot.figure is not None:
        plot.figure = figure_json(plot.figure)
    return plot


def map_plot(f: Filters, as_of: dt.date, *, single: bool = False, others: bool = False):
    """The deployments as of `as_of` (a `geo.MapPlot`, figure as JSON), cached for the shared data; `single` and
    `others` show the noise held back by default (see `deployments.hold_back`)."""
    key, main = shared_key(), config.map_actors()
    if key:
        return _cached_map(*key, repr(f), f, as_of, main, single, others)
    return _map(view(f), as_of, main, single, others)


def map_toggle(name: str) -> bool:
    """A map toggle's value (`w_<name>`), first from the URL (`<name>=1`); kept across page switches."""
    ss, canonical, widget = st.session_state, f"uct_map_{name}", f"w_{name}"
    if canonical not in ss:
        ss[canonical] = (initial_param(name) or "").strip().lower() in ("1", "true", "yes")
    ss[widget] = ss[widget] if widget in ss else ss[canonical]  # re-assigned: a widget's value survives a page switch
    ss[canonical] = bool(ss[widget])
    return ss[canonical]


def filtered(tables: Tables | None = None) -> tuple[Tables, Tables, Filters]:
    """(all tables, filtered tables, filters) for a page: draws the sidebar and syncs the URL."""
    given = tables is not None
    tables = all_tables() if tables is None else tables
    f = sidebar_filters(filter_options(tables) if shared_key() is None else None)
    return tables, (apply_filters(tables, f) if given else view(f)), f
