"""Timing in headless Chromium: navigation → overview shown, timeline drawn, map drawn.

`python -m dashboard.perf` starts its own server for each data set (the seed-built `data/` when it
has rows, and a synthetic table of `--rows` statements and as many movements), loads each page
`--repeat` times cold (a fresh browser profile: a first visit, plotly.js not cached) and warm (a
returning visitor), and prints the median and worst times. Targets (issue 11, for the median): overview 1.5 s,
timeline 2 s, map 2.5 s.
`--movements` sets the synthetic movements (default: as many as statements); rows sharing a happening make the
`events` table (`dashboard.synthetic_events`).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from .browser import (MAP_DRAWN, OVERVIEW_DRAWN, PAGE_PATHS, PHASE_MARKS, TIMELINE_DRAWN, exceptions_on_page, launch, new_page, phases,
                      running_server, timed_load_ms)
from .config import REPO_ROOT
from .synthetic import write_tables

TARGETS = {"overview": 1.5, "timeline": 2.0, "map": 2.5}  # seconds, for the median of the loads
PREDICATES = {"overview": OVERVIEW_DRAWN, "timeline": TIMELINE_DRAWN, "map": MAP_DRAWN}


def measure(data_dir: Path, *, repeat: int = 3, parts: dict | None = None) -> dict[str, list[float]]:
    """Seconds to draw each chart: `repeat` cold loads (a new browser profile each: first visit) and
    `repeat` warm loads (same profile: a returning visitor with plotly.js in the browser cache).
    One load per page warms the server's data cache first, as on a hosted app that is already up.
    `parts`, when given, collects each load's `browser.phases` (ms) under the same names."""
    from playwright.sync_api import sync_playwright

    times: dict[str, list[float]] = {}
    with running_server(data_dir) as server, sync_playwright() as p:
        browser = launch(p)
        try:
            for name, predicate in PREDICATES.items():
                warm_context = None
                for attempt in range(2 * repeat + 1):
                    cold = attempt <= repeat
                    if cold:
                        page, watch = new_page(browser, server)
                    else:
                        page = warm_context.new_page()
                    if parts is not None:
                        page.add_init_script(PHASE_MARKS)
                    seconds, drawn_ms = timed_load_ms(page, server.url + PAGE_PATHS[name], predicate)
                    problems = exceptions_on_page(page) + (watch.errors if cold else [])
                    if problems:
                        raise RuntimeError(f"{name}: {problems}")
                    if attempt:
                        label = f"{name} ({'cold' if cold else 'warm'})"
                        times.setdefault(label, []).append(seconds)
                        if parts is not None:
                            parts.setdefault(label, []).append(phases(page, drawn_ms))
                    if cold and attempt == repeat:
                        warm_context = page.context
                        page.close()
                    elif cold:
                        page.context.close()
                    else:
                        page.close()
                warm_context.close()
        finally:
            browser.close()
    return times


def report(label: str, times: dict[str, list[float]]) -> list[str]:
    lines = []
    for name, values in times.items():
        target = TARGETS[name.split()[0]]
        median = statistics.median(values)
        verdict = ("over target" if median > target else "ok" if max(values) <= target else "ok, the worst load over")
        lines.append(f"{label:<30} {name:<16} median {median:5.2f} s  worst {max(values):5.2f} s  "
                     f"(target ≤ {target:g} s: {verdict})")
    return lines


def report_phases(label: str, parts: dict[str, list[dict[str, float]]]) -> list[str]:
    """Median ms of each phase of the loads (see `browser.phases`)."""
    lines = []
    for name, loads in parts.items():
        loads = [load for load in loads if load]
        if not loads:
            continue
        cells = [f"{phase} {statistics.median(load[phase] for load in loads):4.0f}" for phase in loads[0]]
        lines.append(f"{label:<30} {name:<16} " + " | ".join(cells) + " ms")
    return lines


SCRIPT_PAGES = {"overview": None, "timeline": "pages/1_Timeline.py", "map": "pages/2_Deployments_map.py",
                "explorer": "pages/3_Explorer.py"}


def script_seconds(data_dir: Path, *, repeat: int = 3) -> dict[str, float]:
    """Seconds each page's script takes on the server once its caches are warm (AppTest, no browser):
    the median of `repeat` fresh sessions after a first one."""
    import os

    from streamlit.testing.v1 import AppTest

    os.environ["UCT_DATA_DIR"] = str(data_dir)
    out = {}
    for name, page in SCRIPT_PAGES.items():
        times = []
        for attempt in range(repeat + 1):
            at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120)
            if page:
                at.switch_page(page)
            start = time.perf_counter()
            at.run()
            if at.exception:
                raise RuntimeError(f"{name}: {[e.value for e in at.exception]}")
            if attempt:
                times.append(time.perf_counter() - start)
        out[name] = statistics.median(times)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000, help="synthetic statements (and movements)")
    parser.add_argument("--movements", type=int, default=None, help="synthetic movements (default: as many as --rows)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--data", type=Path, default=REPO_ROOT / "data", help="the shipped data folder")
    parser.add_argument("--breakdown", action="store_true", help="also print where the time goes (median ms per phase)")
    parser.add_argument("--scripts", action="store_true",
                        help="only time each page's server script on the synthetic data (AppTest, warm caches)")
    args = parser.parse_args(argv)
    movements = args.rows if args.movements is None else args.movements
    if args.scripts:
        with tempfile.TemporaryDirectory(prefix="uct-perf-") as tmp:
            write_tables(Path(tmp), args.rows, movements, seed=0)
            for name, seconds in script_seconds(Path(tmp), repeat=args.repeat).items():
                print(f"synthetic {args.rows:,}+{movements:,} rows   {name:<10} script {seconds:5.2f} s")
        return
    lines, breakdown = [], []
    sets = []
    if (args.data / "statements.parquet").exists():
        sets.append((f"shipped data ({args.data.name}/)", args.data))
    else:
        lines.append(f"(no {args.data}/statements.parquet: seed data not measured)")
    with tempfile.TemporaryDirectory(prefix="uct-perf-") as tmp:
        tables = write_tables(Path(tmp), args.rows, movements, seed=0)
        sets.append((f"synthetic {args.rows:,}+{movements:,} rows, {len(tables['events']):,} events", Path(tmp)))
        for label, folder in sets:
            parts = {} if args.breakdown else None
            lines += report(label, measure(folder, repeat=args.repeat, parts=parts))
            breakdown += report_phases(label, parts or {})
    print("\n".join(lines + ([""] + breakdown if breakdown else [])))


if __name__ == "__main__":
    main()
