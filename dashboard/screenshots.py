"""The README's screenshots: each page in headless Chromium, saved under `docs/img/`.

`python -m dashboard.screenshots [--data DIR] [--out docs/img]` starts its own server on the data
folder (default: `data/`), opens every page offline, waits for the charts, clicks the largest
timeline mark so the reports of a happening show, and writes `<page>.png`. Run it again after the
data is rebuilt.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from .browser import MAP_DRAWN, PAGE_PATHS, TIMELINE_DRAWN, exceptions_on_page, launch, new_page, running_server, wait_app_idle
from .config import REPO_ROOT

NAMES = {"overview": "overview", "timeline": "timeline", "map": "deployments_map", "explorer": "explorer", "add": "add_articles"}


def largest_mark(marks) -> int:
    """The index of the largest drawn mark (a happening with many reports; a click on it selects the mark drawn on
    top there, in a crowded month a smaller one)."""
    areas = marks.evaluate_all("els => els.map(e => { const b = e.getBoundingClientRect(); return b.width * b.height; })")
    return max(range(len(areas)), key=areas.__getitem__)


def take(data_dir: Path, out_dir: Path, *, width: int = 1440, height: int = 1000, scheme: str = "light") -> list[Path]:
    """Screenshot every page; raises if a page shows an error."""
    from playwright.sync_api import sync_playwright

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with running_server(data_dir) as server, sync_playwright() as p:
        browser = launch(p)
        try:
            for name, path in PAGE_PATHS.items():
                page, watch = new_page(browser, server, width=width, height=height, color_scheme=scheme)
                page.goto(server.url + path)
                wait_app_idle(page)
                if name == "timeline":
                    page.wait_for_function(TIMELINE_DRAWN, timeout=60_000)
                    marks = page.locator(".cartesianlayer .scatterlayer .trace .points path")  # not the range slider's
                    if marks.count():
                        marks.nth(largest_mark(marks)).click(force=True)
                        page.get_by_text("Selected:").first.wait_for(timeout=30_000)
                        wait_app_idle(page)
                if name == "map":
                    page.wait_for_function(MAP_DRAWN, timeout=60_000)
                page.wait_for_timeout(800)
                problems = exceptions_on_page(page) + watch.errors
                if problems:
                    raise RuntimeError(f"{name}: {problems}")
                target = out_dir / f"{NAMES[name]}.png"
                page.screenshot(path=str(target), full_page=name != "explorer")
                written.append(target)
                page.context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO_ROOT / "data")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "docs" / "img")
    parser.add_argument("--dark", action="store_true", help="the dark theme instead of the light one")
    args = parser.parse_args(argv)
    for path in take(args.data, args.out, scheme="dark" if args.dark else "light"):
        print(path)


if __name__ == "__main__":
    main()
