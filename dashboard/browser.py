"""A real browser on the dashboard: start a Streamlit server, open pages offline in Debian's Chromium.

Used by the browser tests (`tests/e2e`), the timing script (`dashboard.perf`) and the README
screenshots (`dashboard.screenshots`). Needs Playwright for Python and `/usr/bin/chromium`; no
browser download. Every request that does not go to the local server is refused, so a page that
works here works with no internet.
"""
from __future__ import annotations

import os
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .config import REPO_ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--use-gl=angle", "--use-angle=swiftshader",
                 "--enable-unsafe-swiftshader"]
PAGE_PATHS = {"overview": "/", "timeline": "/Timeline", "map": "/Deployments_map", "explorer": "/Explorer", "add": "/Add_articles"}

# JavaScript predicates: true once a chart has really been drawn.
TIMELINE_DRAWN = """() => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  if (!gd || !gd._fullData || !gd.calcdata) return false;
  const svgPoints = gd.querySelectorAll('.scatterlayer .trace .points path').length;
  const gl = gd._fullData.some(t => t.type === 'scattergl') && gd.querySelector('canvas.gl-canvas-context');
  return svgPoints > 0 || Boolean(gl);
}"""
OVERVIEW_DRAWN = """() => {
  const running = document.querySelector('[data-testid=stStatusWidget]');
  return document.querySelectorAll('[data-testid=uctFigure]').length >= 5
      && document.querySelectorAll('[data-testid=stMain] table.uct-table').length >= 2
      && !(running && running.textContent.includes('Running'));
}"""
MAP_DRAWN = """() => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  if (!gd) return false;
  const countries = gd.querySelector('.geo .layer.countries path');
  return Boolean(countries && (countries.getAttribute('d') || '').length > 1000)
      && gd.querySelectorAll('.geo .scatterlayer .trace .point').length > 0;
}"""


# Marks in the page's own clock (ms since navigation), for `phases`: when the websocket opened and when
# plotly.js had run (`window.Plotly` set). The chart's own script is found in the resource timings.
PHASE_MARKS = """(() => {
  const marks = window.__uctMarks = {};
  const Socket = window.WebSocket;
  window.WebSocket = function (...args) {
    const ws = new Socket(...args);
    ws.addEventListener('open', () => { marks.ws_open = marks.ws_open || performance.now(); });
    return ws;
  };
  window.WebSocket.prototype = Socket.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  Object.defineProperty(window, 'Plotly', {  // plotly.js sets window.Plotly once it has run
    configurable: true,
    set(value) {
      marks.plotly_ready = marks.plotly_ready || performance.now();
      Object.defineProperty(window, 'Plotly', {value, writable: true, configurable: true, enumerable: true});
    },
    get() { return undefined; },
  });
})();"""
# The script that brings plotly.js: the light bundle of the pages' chart element (dashboard.plotly_element)
# or Streamlit's lazily loaded chunk (st.plotly_chart, for figures the light bundle cannot draw).
PLOTLY_SCRIPTS = ("/static/js/PlotlyChart.", "/app/static/vendor/plotly-")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running `streamlit run app.py`, stopped by its own PID."""

    process: subprocess.Popen
    url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(data_dir: Path, *, port: int | None = None, log: Path | None = None, env: dict | None = None, timeout: float = 60) -> Server:
    """Start the app on `port` with `UCT_DATA_DIR=data_dir`; wait until its health check answers."""
    port = port or free_port()
    log = log or Path(os.environ.get("TMPDIR", "/tmp")) / f"uct-streamlit-{port}.log"
    full_env = {**os.environ, "UCT_DATA_DIR": str(data_dir), "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", **(env or {})}
    handle = open(log, "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=REPO_ROOT, env=full_env, stdout=handle, stderr=subprocess.STDOUT,
    )
    server = Server(process, f"http://127.0.0.1:{port}", log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(server.url + "/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.3)
    server.stop()
    raise TimeoutError(f"streamlit did not answer within {timeout} s:\n{log.read_text()[-3000:]}")


@contextmanager
def running_server(data_dir: Path, **kwargs):
    server = start_server(data_dir, **kwargs)
    try:
        yield server
    finally:
        server.stop()


@dataclass
class PageWatch:
    """What went wrong in the page: JavaScript errors and requests that tried to leave the machine."""

    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)


def launch(playwright, *, idle: bool = False):
    """Debian's Chromium, headless; with `idle` every Chromium process runs in the idle scheduling class (through
    `idle_wrapper`): it gets a core only when nothing else wants it, like a visitor's browser on a machine of its own."""
    executable = idle_wrapper() if idle else CHROMIUM
    return playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)


def idle_wrapper() -> Path:
    """An executable that runs Chromium under `chrt --idle` (SCHED_IDLE, which its forked renderers inherit;
    a nice value would not do: Chromium sets its renderers' nice values itself)."""
    folder = Path(os.environ.get("TMPDIR", "/tmp")) / "uct-chromium"
    folder.mkdir(parents=True, exist_ok=True)
    wrapper = folder / "chromium-idle"
    wrapper.write_text(f'#!/bin/sh\nexec chrt --idle 0 {shlex.quote(str(CHROMIUM))} "$@"\n')
    wrapper.chmod(0o755)
    return wrapper


def new_page(browser, server: Server, *, width: int = 1440, height: int = 1000, color_scheme: str = "light"):
    """A fresh page that refuses every request not addressed to `server`, and records page errors."""
    context = browser.new_context(viewport={"width": width, "height": height}, color_scheme=color_scheme, service_workers="block")
    page = context.new_page()
    watch = PageWatch()
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))

    def route(r):
        if r.request.url.startswith(server.url) or r.request.url.startswith(("data:", "blob:")):
            return r.continue_()
        watch.external.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    return page, watch


def wait_app_idle(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished the script run (no running indicator) and shows the page."""
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_selector("[data-testid=stMain] h1", timeout=timeout)
    page.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')"
                           " || !document.querySelector('[data-testid=stStatusWidget]').textContent.includes('Running')",
                           timeout=timeout)
    # Data grids draw on a canvas once they have their size: wait for each grid's canvas.
    page.wait_for_function("() => Array.from(document.querySelectorAll('[data-testid=stDataFrame]'))"
                           ".every(el => el.querySelector('canvas'))", timeout=timeout)


def exceptions_on_page(page) -> list[str]:
    """Texts of the Python exceptions Streamlit shows on the page."""
    return [el.inner_text() for el in page.query_selector_all("[data-testid=stException]")]


def timed_load(page, url: str, predicate: str, timeout: float = 60_000) -> float:
    """Seconds from navigation start until `predicate` (a JS function) holds."""
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.wait_for_function(predicate, timeout=timeout, polling=50)
    return time.perf_counter() - start


def phases(page, drawn_ms: float) -> dict[str, float]:
    """Where a load's time went (ms, from navigation; the page needs `PHASE_MARKS` as an init script):
    Streamlit's start until the websocket opens, our first chart message until plotly.js is requested,
    its download, running it, and drawing the chart."""
    marks = page.evaluate("() => window.__uctMarks || {}")
    chunk = page.evaluate(f"() => performance.getEntriesByType('resource').filter(e => {list(PLOTLY_SCRIPTS)}.some(s => e.name.includes(s)))"
                          ".map(e => [e.startTime, e.responseEnd])[0] || null")
    if not chunk or "ws_open" not in marks or "plotly_ready" not in marks:
        return {}
    return {"Streamlit start → websocket": marks["ws_open"], "→ plotly.js requested": chunk[0] - marks["ws_open"],
            "plotly.js download": chunk[1] - chunk[0], "plotly.js run": marks["plotly_ready"] - chunk[1],
            "chart drawn": drawn_ms - marks["plotly_ready"]}


def timed_load_ms(page, url: str, predicate: str, timeout: float = 60_000) -> tuple[float, float]:
    """(seconds from navigation until `predicate` holds, as `timed_load`; that moment in the page's clock, ms)."""
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    handle = page.wait_for_function(f"() => ({predicate})() && performance.now()", timeout=timeout, polling=50)
    return time.perf_counter() - start, float(handle.json_value())


GRID_CELLS = """(grid) => Array.from(grid.querySelectorAll('table tr')).flatMap(r => Array.from(r.children).map(
  c => [Number(r.getAttribute('aria-rowindex')), Number(c.getAttribute('aria-colindex')), c.textContent]))"""
GRID_SCROLL = "(grid) => { const s = grid.querySelector('.dvn-scroller'); return s ? [s.scrollLeft, s.scrollWidth - s.clientWidth] : [0, 0]; }"
GRID_NEW_COLUMN = """([grid, seen]) => Array.from(grid.querySelectorAll('table tr:first-child > *'))
  .some(c => !seen.includes(Number(c.getAttribute('aria-colindex'))))"""


HTML_TABLE_ROWS = """(t) => { const heads = Array.from(t.querySelectorAll('thead th')).map(h => h.textContent);
  return Array.from(t.querySelectorAll('tbody tr')).map(r => Object.fromEntries(Array.from(r.children).map((c, j) => {
    const a = c.querySelector('a'); return [heads[j], a ? a.getAttribute('href') : c.textContent]; }))); }"""


def html_table_rows(page, index: int = 0) -> list[dict[str, str]]:
    """The rows of a static table (`html_table.html_table`), as {column heading: cell text, or a link's href}."""
    table = page.locator("[data-testid=stMain] table.uct-table").nth(index)
    table.wait_for(state="attached", timeout=30_000)
    return table.evaluate(HTML_TABLE_ROWS)


def grid_rows(page, index: int = 0) -> list[dict[str, str]]:
    """The rows a data grid (`st.dataframe`) shows, as {column header: cell text}. The grid draws on a canvas;
    beside it Streamlit keeps an accessible table of the cells in view (a link cell holds its URL). That table
    follows a scroll about 0.25 s later, so the grid is scrolled sideways step by step, each time waiting for
    columns not seen yet, until all `aria-colcount` columns have been read."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    grid = page.locator("[data-testid=stDataFrame]").nth(index)
    grid.locator("table td").first.wait_for(state="attached", timeout=30_000)
    handle = grid.element_handle()
    n_columns = int(grid.locator("table").first.get_attribute("aria-colcount"))
    box = grid.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    cells: dict[tuple[int, int], str] = {}
    while True:
        cells.update({(row, col): text for row, col, text in grid.evaluate(GRID_CELLS)})
        seen = sorted({col for _, col in cells})
        if len(seen) >= n_columns:
            break
        left, end = grid.evaluate(GRID_SCROLL)
        if left < end:
            page.mouse.wheel(240, 0)
            page.wait_for_function(f"(grid) => grid.querySelector('.dvn-scroller').scrollLeft > {left}", arg=handle, timeout=5_000)
            _waited_for_columns(page, handle, seen, PlaywrightTimeout)
        elif not _waited_for_columns(page, handle, seen, PlaywrightTimeout):
            break
    headers = {col: text for (row, col), text in cells.items() if row == 1}
    rows = sorted({row for row, _ in cells if row > 1})
    return [{headers[col]: text for (r, col), text in cells.items() if r == row and col in headers} for row in rows]


def _waited_for_columns(page, handle, seen: list[int], timeout_error) -> bool:
    """Whether the grid's accessible table came to show a column not in `seen` within 2 s."""
    try:
        page.wait_for_function(GRID_NEW_COLUMN, arg=[handle, seen], timeout=2_000)
        return True
    except timeout_error:
        return False


MARK_CENTER = """(id) => {
  const gd = document.querySelector('[data-testid=uctPlotlyChart].js-plotly-plot');
  const traces = gd.querySelectorAll('.scatterlayer .trace');
  for (const [i, t] of gd.data.entries()) {
    const j = Array.from(t.customdata || []).findIndex(c => c && c[0] === id);
    if (j < 0) continue;
    const r = traces[i].querySelectorAll('path.point')[j].getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }
  return null;
}"""
HOVER_LABEL = "() => { const h = document.querySelector('.hoverlayer .hovertext'); return h ? h.textContent : null; }"


def hover_mark(page, row_id: str) -> str:
    """Move the mouse onto the chart's mark whose first customdata value is `row_id` (a timeline row or a map
    movement) and return the text of the hover label plotly draws."""
    x, y = page.evaluate(MARK_CENTER, row_id)
    page.mouse.move(x, y)
    return page.wait_for_function(HOVER_LABEL, timeout=10_000).json_value()
