"""Load run of the app server: concurrent browser sessions on every page, with errors and server memory.

`python -m dashboard.load` starts the app on a data folder (default the bundled `data/`), has one
session extract an article on Add articles (so the language model is loaded; not with `--no-extract`), then drives
`--sessions` concurrent Chromium sessions (one browser, one context each) through every page for
`--duration` seconds: page links, filter changes, clicks on the timeline, the map's slider and the
Explorer's rows. It prints the errors (JavaScript errors, Python exceptions shown on a page or
logged by the server, steps that did not finish within `--timeout`), the server's memory (RSS of
the server process and its children, sampled, at each phase and after every session has closed), how long each
kind of step took in the first minute (a cold start: every session arrives at once) and after it, and the CPU
the server used beside the machine's (the browsers share its cores, so a slow step may be a starved server).
With `--idle-browsers` the sessions' browsers run in the idle scheduling class, so the server has the CPU it would
have if its visitors browsed from machines of their own, and one more "probe" session, from a browser at normal
priority, times what a visitor sees while the others browse.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import threading
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .browser import CHROMIUM, MAP_DRAWN, TIMELINE_DRAWN, Server, launch, start_server
from .config import REPO_ROOT
from .cpu import CpuSample, CpuShare, sample, share
from .memory import descendants, rss_bytes, tree_rss_mb

SEED_ARTICLE = next((REPO_ROOT / "seeds").glob("*.txt"), None)
# (link in the sidebar, the page's title, what shows that its chart was drawn)
PAGES = (("Overview", "Ukraine Crisis Timeline", None), ("Timeline", "Timeline", TIMELINE_DRAWN),
         ("Deployments map", "Deployments map", MAP_DRAWN), ("Explorer", "Explorer", None),
         ("Add articles", "Add articles", None))
IDLE = """() => { const w = document.querySelector('[data-testid=stStatusWidget]');
  return !w || !w.textContent.includes('Running'); }"""
GRIDS = """() => Array.from(document.querySelectorAll('[data-testid=stDataFrame]'))
  .every(el => !el.getClientRects().length || el.querySelector('canvas'))"""  # grids in a hidden tab draw later
TITLE = """t => Array.from(document.querySelectorAll('[data-testid=stMain] h1')).some(h => h.textContent.trim() === t)"""
EMPTY = ("Nothing matches the current filters", "No data loaded", "No movement with a place")  # ui.empty_state and the map
SEARCHES = ("Russia", "troops", "Macron", "Biden", "Belarus")
COLD_SECONDS = 60  # steps begun this soon after the sessions arrived together count as the cold start


MEMORY_LABELS = {  # LoadReport.memory's keys, as the report prints them
    "started": "server started, data loaded",
    "extraction peak": "peak while one session extracted",
    "model loaded": "model loaded",
    "server alone": "of which the app server",
    "browsing peak": "peak while the sessions browsed",
    "browsing peak, server alone": "of which the app server alone at its peak",
    "browsing end": "at the end of browsing",
    "closed": "after every session closed",
}


@dataclass(frozen=True)
class StepTime:
    """One session's step: its name ("visit Timeline"), when it began (seconds after the sessions arrived),
    how long it took, and whether it finished."""

    name: str
    began: float
    seconds: float
    ok: bool
    who: str = "sessions"  # or "probe": the one session whose browser is not in the idle class


@dataclass
class LoadReport:
    """What a load run saw: errors by kind, pages and actions done, server memory (MB) by phase (see
    `MEMORY_LABELS`), and how many ended sessions the server freed (`dashboard.sessions`)."""

    sessions: int
    seconds: float
    memory: dict[str, float] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    visits: Counter = field(default_factory=Counter)
    actions: Counter = field(default_factory=Counter)
    freed_sessions: int = 0
    load: tuple[float, float] = (0.0, 0.0)
    after_close: float = 0.0
    processes: list[tuple[str, float]] = field(default_factory=list)  # at the end: each process of the server's tree
    steps: list[StepTime] = field(default_factory=list)
    cpu: dict[str, CpuShare] = field(default_factory=dict)  # "in the first minute" of browsing, "after it"
    idle_browsers: bool = False

    def error_counts(self) -> Counter:
        return Counter(kind for kind, _ in self.errors)

    def step_lines(self) -> list[str]:
        """Per phase and kind of step: how many, and their median, 90th percentile and longest seconds."""
        groups: dict[tuple[str, bool, str], list[float]] = defaultdict(list)
        for step in self.steps:
            groups[(step.who, step.began >= COLD_SECONDS, step.name)].append(step.seconds)
        out = []
        for who, later in sorted({key[:2] for key in groups}, key=lambda key: (key[0] == "probe", key)):
            label = ("probe, " if who == "probe" else "") + ("after" if later else f"first {COLD_SECONDS} s")
            parts = []
            for (owner, phase, name), times in sorted(groups.items()):
                if (owner, phase) == (who, later):
                    q90 = statistics.quantiles(times, n=10, method="inclusive")[-1] if len(times) > 1 else times[0]
                    parts.append(f"{name} {len(times)}× {statistics.median(times):.1f}/{q90:.1f}/{max(times):.1f}")
            if parts:
                out.append(f"  {label}: " + "; ".join(parts))
        return (["step seconds (count × median/90th percentile/longest), a failed step counted at its end:", *out]
                if out else [])

    def cpu_lines(self) -> list[str]:
        return [f"CPU {label}: app server {c.process:.0%} of one core; machine {c.machine:.0%} busy (all cores) "
                f"over {c.seconds:.0f} s" for label, c in self.cpu.items()]

    def lines(self) -> list[str]:
        counts = self.error_counts()
        memory = [f"{MEMORY_LABELS[k]}{f' (+{self.after_close:.0f} s)' if k == 'closed' else ''} {mb:,.0f}"
                  for k, mb in self.memory.items()]
        out = [f"{self.sessions} concurrent sessions for {self.seconds:.0f} s; load average (1 min) {self.load[0]:.2f} "
               f"before, {self.load[1]:.2f} at the end (the browser runs on the same machine"
               + ("; its sessions in the idle scheduling class, plus one probe session at normal priority)"
                  if self.idle_browsers else ")"),
               "server memory, RSS of the server process and its children (MB): " + " · ".join(memory),
               "at the end: " + ", ".join(f"{name} {mb:,.0f}" for name, mb in self.processes),
               f"ended sessions freed by the server: {self.freed_sessions}",
               f"pages drawn: {sum(self.visits.values()):,} (" + ", ".join(f"{k} {v}" for k, v in sorted(self.visits.items())) + ")",
               "actions: " + (", ".join(f"{k} {v}" for k, v in sorted(self.actions.items())) or "none"),
               *self.cpu_lines(), *self.step_lines(),
               f"errors: {len(self.errors)}" + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")" if counts else "")]
        seen = set()
        for kind, message in self.errors:
            if (kind, message[:200]) not in seen and len(seen) < 10:
                seen.add((kind, message[:200]))
                out.append(f"  {kind}: {message[:300]}")
        return out


class Sampler(threading.Thread):
    """Samples the RSS of a process tree every `interval` seconds; `peak(since)` is the highest since a mark."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, float]] = []
        self.alone: list[tuple[float, float]] = []  # the server process without its children (the extraction worker)
        self.cpu: list[CpuSample] = []
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.is_set():
            now = time.monotonic()
            self.samples.append((now, tree_rss_mb(self.pid)))
            self.alone.append((now, rss_bytes(self.pid) / 1e6))
            self.cpu.append(sample(self.pid, now))
            self._stop.wait(self.interval)

    def now(self) -> float:
        return tree_rss_mb(self.pid)

    def processes(self) -> list[tuple[str, float]]:
        """(what it is, RSS in MB) of the server and each of its descendants."""
        return [(process_name(pid, pid == self.pid), rss_bytes(pid) / 1e6) for pid in [self.pid, *descendants(self.pid)]]

    def peak(self, since: float, *, alone: bool = False) -> float:
        """Highest RSS (MB) since `since`: of the whole tree, or of the server process `alone`."""
        samples = self.alone if alone else self.samples
        return max([mb for t, mb in samples if t >= since] or [self.now()])

    def cpu_share(self, start: float, end: float) -> CpuShare:
        """The server's and the machine's CPU between the samples nearest after `start` and before `end`."""
        inside = [s for s in self.cpu if start <= s.at <= end]
        return share(inside[0], inside[-1]) if len(inside) > 1 else CpuShare(0.0, 0.0, 0.0)

    def stop(self) -> None:
        self._stop.set()


def process_name(pid: int, server: bool) -> str:
    """'app server', 'extraction worker', 'multiprocessing resource tracker', or the command."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            command = handle.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return f"process {pid}"
    if server:
        return "app server"
    for marker, name in (("spawn_main", "extraction worker"), ("resource_tracker", "multiprocessing resource tracker")):
        if marker in command:
            return name
    return command[:60]


class Session:
    """One browser context that moves through the pages and records what went wrong."""

    def __init__(self, browser, server: Server, report: LoadReport, index: int, timeout: float,
                 arrived: float | None = None, who: str = "sessions") -> None:
        self.browser, self.server, self.report, self.who = browser, server, report, who
        self.arrived = time.monotonic() if arrived is None else arrived  # when the sessions arrived, for StepTime.began
        self.rng = random.Random(index)
        self.index, self.timeout = index, timeout
        self.page = None
        self.seen_exceptions: set[str] = set()

    async def open(self, path: str = "/") -> None:
        context = await self.browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
        context.set_default_timeout(self.timeout * 1000)
        self.page = await context.new_page()
        self.page.on("pageerror", lambda exc: self.report.errors.append(("javascript", str(exc))))

        async def refuse(route):
            self.report.errors.append(("request outside the machine", route.request.url))
            await route.abort()

        # only requests leaving the machine are routed: routing the server's own traffic through Playwright slows it
        await self.page.route(re.compile(rf"^(?!{re.escape(self.server.url)}/|data:|blob:)"), refuse)
        await self.step("open", self._goto(path))

    async def close(self) -> None:
        if self.page is not None:
            await self.page.context.close()

    async def _goto(self, path: str) -> None:
        await self.page.goto(self.server.url + path, wait_until="commit")
        await self.settle()

    async def settle(self, title: str | None = None) -> None:
        """Until the page shows `title` (any title when None), the script run has finished and grids are drawn."""
        ms = self.timeout * 1000
        if title:
            await self.page.wait_for_function(TITLE, arg=title, timeout=ms)
        else:
            await self.page.wait_for_selector("[data-testid=stMain] h1", timeout=ms)
        await self.page.wait_for_timeout(200)  # a rerun that was just triggered shows its status by now
        await self.page.wait_for_function(IDLE, timeout=ms, polling=100)
        await self.page.wait_for_function(GRIDS, timeout=ms, polling=100)

    async def drawn(self, predicate: str) -> None:
        """Until the chart is drawn, or the page says that nothing under the filters can be drawn."""
        empty = "() => Array.from(document.querySelectorAll('[data-testid=stAlert]')).some(a => %s.some(t => a.textContent.includes(t)))"
        either = f"() => ({predicate})() || ({empty % json.dumps(list(EMPTY))})()"
        await self.page.wait_for_function(either, timeout=self.timeout * 1000, polling=100)

    async def step(self, name: str, action) -> bool:
        """Run one step, timed; a timeout, a failed step or a new exception on the page is an error."""
        began = time.monotonic()
        try:
            await asyncio.wait_for(action, timeout=self.timeout * 2)
            ok = True
        except (asyncio.TimeoutError, TimeoutError) as exc:
            self.report.errors.append(("timeout", f"session {self.index}: {name}: {str(exc).splitlines()[0] if str(exc) else 'timed out'}"))
            ok = False
        except Exception as exc:  # noqa: BLE001 - any failure of a step is reported, the run goes on
            kind = "timeout" if "Timeout" in type(exc).__name__ else "step failed"
            self.report.errors.append((kind, f"session {self.index}: {name}: {str(exc).splitlines()[0]}"))
            ok = False
        end = time.monotonic()
        self.report.steps.append(StepTime(name, began - self.arrived, end - began, ok, self.who))
        try:
            for text in await self.page.locator("[data-testid=stException]").all_inner_texts():
                if text not in self.seen_exceptions:
                    self.seen_exceptions.add(text)
                    self.report.errors.append(("python exception on the page", f"{name}: {text[:300]}"))
        except Exception:  # noqa: BLE001 - the page may be navigating
            pass
        return ok

    async def visit(self, label: str, title: str, drawn: str | None) -> None:
        await self.page.locator("[data-testid=stSidebar] a").filter(has_text=label).first.click()
        await self.settle(title)
        if drawn:
            await self.drawn(drawn)
        self.seen_exceptions.clear()
        self.report.visits[label] += 1

    async def act(self, label: str) -> None:
        """Something a reader does on the page: change a filter, click a mark or a row, move the slider."""
        page = self.page
        if label == "Add articles":
            for tab in ("Upload files", "Paste text"):
                await page.get_by_role("tab", name=tab).click()
            self.report.actions["Add articles tabs switched"] += 1
        elif label == "Overview":
            await page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change filters").click()
            search = page.locator("[data-testid=stPopoverBody] [data-testid=stTextInput] input")
            await search.fill(self.rng.choice(SEARCHES) if self.rng.random() < 0.6 else "")
            await search.press("Enter")
            await self.settle()
            await page.keyboard.press("Escape")
            self.report.actions["filter changed"] += 1
        elif label == "Timeline":
            points = page.locator(".scatterlayer .trace .points path")
            if await points.count():
                await points.nth(self.rng.randrange(await points.count())).click(force=True)
                await self.settle()
                self.report.actions["timeline mark clicked" + (" (sentence shown)" if await page.locator("mark").count() else "")] += 1
        elif label == "Deployments map":
            slider = page.locator("[data-testid=stSlider] [role=slider]")
            view = page.locator("[data-testid=stSidebar] [data-testid=stPopover] button").filter(has_text="Change view")
            if await slider.count():
                await slider.first.focus()
                await page.keyboard.press(self.rng.choice(["ArrowLeft", "ArrowRight", "Home", "End"]))
            elif await view.count():  # the noise toggles sit in a popover
                await view.first.click()
                await page.locator("[data-testid=stPopoverBody] [data-testid=stCheckbox] label").first.click()
                await page.keyboard.press("Escape")
            else:  # nothing under the filters: no map, no controls
                return
            await self.settle()
            await self.drawn(MAP_DRAWN)
            self.report.actions["map day or toggle changed"] += 1
        elif label == "Explorer":
            grid = page.locator("[data-testid=stDataFrame]").first
            if await grid.count():
                box = await grid.bounding_box()
                if box is None:  # the grid was redrawn (or hidden) between the count and the box: nothing to click
                    return
                row = self.rng.randrange(5)  # one of the first rows: its selection box, left of the first column
                await page.mouse.click(box["x"] + 16, box["y"] + 53 + 35 * row)
                await self.settle()
                self.report.actions["Explorer row clicked" + (" (sentence shown)" if await page.locator("mark").count() else "")] += 1

    async def browse(self, deadline: float) -> None:
        i = self.index
        while time.monotonic() < deadline:
            label, title, drawn = PAGES[i % len(PAGES)]
            if await self.step(f"visit {label}", self.visit(label, title, drawn)):
                await self.step(f"act on {label}", self.act(label))
            i += 1


async def add_article(session: Session, upload: Path | None, timeout: float, on_outcome=None) -> str:
    """On Add articles, paste the seed article (or upload `upload`), extract it and wait for the outcome;
    `on_outcome()` is called as soon as the outcome shows (before the page settles, while the worker is warm)."""
    page = session.page
    if upload is not None:
        await page.get_by_role("tab", name="Upload files").click()
        await page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(str(upload))
        await page.wait_for_timeout(500)
    else:
        await page.locator("textarea").first.fill(SEED_ARTICLE.read_text(encoding="utf-8"))
    await page.locator("[data-testid=stFormSubmitButton] button").click()
    outcome = await page.wait_for_selector("[data-testid=stAlertContentSuccess], [data-testid=stAlertContentError]",
                                           timeout=timeout * 1000)
    if on_outcome is not None:
        on_outcome()
    text = await outcome.inner_text()
    await session.settle()
    return text


async def _run(server: Server, sampler: Sampler, report: LoadReport, *, duration: float, timeout: float,
               upload: Path | None, extract: bool = True, idle_browsers: bool = False) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await launch(p, idle=idle_browsers)
        prober = await launch(p) if idle_browsers else None
        try:
            first = Session(browser, server, report, 0, timeout)
            await first.open("/")
            report.memory["started"] = sampler.now()
            if extract:
                await _extract_first(first, server, sampler, report, upload, timeout)
            await first.close()
            mark = time.monotonic()
            crowd = [Session(browser, server, report, i, timeout, arrived=mark) for i in range(1, report.sessions + 1)]
            if prober is not None:
                crowd.append(Session(prober, server, report, report.sessions + 1, timeout, arrived=mark, who="probe"))
            await asyncio.gather(*(s.open("/") for s in crowd))
            deadline = time.monotonic() + duration
            await asyncio.gather(*(s.browse(deadline) for s in crowd))
            end = time.monotonic()
            report.cpu["in the first minute"] = sampler.cpu_share(mark, min(mark + COLD_SECONDS, end))
            if end > mark + COLD_SECONDS:
                report.cpu["after it"] = sampler.cpu_share(mark + COLD_SECONDS, end)
            report.memory["browsing peak"] = sampler.peak(mark)
            report.memory["browsing peak, server alone"] = sampler.peak(mark, alone=True)
            report.memory["browsing end"] = sampler.now()
            await asyncio.gather(*(s.close() for s in crowd))
        finally:
            await browser.close()
            if prober is not None:
                await prober.close()
    await asyncio.sleep(report.after_close)
    report.memory["closed"] = sampler.now()
    report.processes = sampler.processes()


async def _extract_first(first: Session, server: Server, sampler: Sampler, report: LoadReport, upload: Path | None,
                         timeout: float) -> None:
    """One session adds an article on Add articles, so the model's worker is up while the others browse."""
    mark = time.monotonic()
    await first.step("open Add articles", first._goto("/Add_articles"))

    def model_loaded() -> None:  # measured at once: on a slow machine the page may settle after the worker's idle time
        report.memory["extraction peak"] = sampler.peak(mark)
        report.memory["model loaded"] = sampler.now()
        report.memory["server alone"] = rss_bytes(server.process.pid) / 1e6

    outcome = await add_article(first, upload, max(timeout, 600), on_outcome=model_loaded)
    if "Added" not in outcome:
        report.errors.append(("extraction", outcome[:300]))


def server_log_errors(text: str) -> list[tuple[str, str]]:
    """Tracebacks in the server's log (exceptions outside a page's script, e.g. in a thread)."""
    return [("python exception in the server log", block.strip().splitlines()[-1])
            for block in re.findall(r"Traceback \(most recent call last\):.*?\n\S[^\n]*", text, flags=re.S)]


def run(data_dir: Path | None = None, *, sessions: int = 20, duration: float = 120, timeout: float = 60,
        upload: Path | None = None, after_close: float = 10, env: dict | None = None, interval: float = 0.5,
        extract: bool = True, idle_browsers: bool = False) -> LoadReport:
    """Start a server on `data_dir` (environment `env`), load the model (unless not `extract`), drive `sessions`
    browsers (in the idle class with a probe beside them if `idle_browsers`, see `browser.launch`) for `duration`
    seconds, wait `after_close` seconds after they closed; the report."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing (apt-get install -y chromium)")
    report = LoadReport(sessions, duration, after_close=after_close, idle_browsers=idle_browsers)
    before = os.getloadavg()[0]
    server = start_server(Path(data_dir or REPO_ROOT / "data"), env=env)
    sampler = Sampler(server.process.pid, interval)
    sampler.start()
    try:
        asyncio.run(_run(server, sampler, report, duration=duration, timeout=timeout, upload=upload, extract=extract,
                         idle_browsers=idle_browsers))
    finally:
        sampler.stop()
        server.stop()
    log = server.log.read_text(errors="replace") if server.log.exists() else ""
    report.errors += server_log_errors(log)
    report.freed_sessions = sum(int(n) for n in re.findall(r"freed (\d+) ended session", log))
    report.load = (before, os.getloadavg()[0])
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT / "data", help="the data folder the app serves")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent browser sessions")
    parser.add_argument("--duration", type=float, default=120, help="seconds of browsing")
    parser.add_argument("--timeout", type=float, default=60, help="seconds a navigation or action may take")
    parser.add_argument("--upload", type=Path, help="a file the first session uploads instead of pasting the seed article")
    parser.add_argument("--after-close", type=float, default=10,
                        help="seconds to wait after the sessions closed (past server.disconnectedSessionTTL, 120 s by "
                             "default, to see the ended sessions freed)")
    parser.add_argument("--env", action="append", default=[], metavar="KEY=VALUE", help="environment of the server")
    parser.add_argument("--no-extract", action="store_true",
                        help="browse only: no session extracts first, so the model is never loaded")
    parser.add_argument("--idle-browsers", action="store_true",
                        help="run the sessions' browsers in the idle scheduling class, so the server gets the CPU it "
                             "would have if its visitors browsed from their own machines, and time one more session "
                             "from a browser at normal priority (the probe)")
    args = parser.parse_args(argv)
    env = dict(item.split("=", 1) for item in args.env)
    report = run(args.data, sessions=args.sessions, duration=args.duration, timeout=args.timeout, upload=args.upload,
                 after_close=args.after_close, env=env, extract=not args.no_extract, idle_browsers=args.idle_browsers)
    print("\n".join(report.lines()))
    return 1 if report.errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
