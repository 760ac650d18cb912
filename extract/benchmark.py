"""`python -m extract.benchmark`: words per second of `extract build` against plain `nlp.pipe`.

Both run in the same process on the same corpus articles (the first N full-text rows of the news
CSV in ../shared/corpus, in a fixed shuffled order). `--memory` instead runs the build as its own
process and samples the memory of it and its workers (proportional set size, so pages the workers
share with the parent count once): what a build holds at its peak. The plain run is the full trained pipeline
(`nlp.pipe`, batch 64, one process); the build run is `python -m extract build` end to end (read a
JSONL batch, extract, write the tables) with `--jobs` worker processes. Words are counted once,
as the non-space, non-punctuation tokens of the plain run.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

from .evaluate import NEWS_CSV
from .reserved import is_reserved, require_reserved_list


def corpus_articles(n: int, *, seed: int = 7) -> list[dict]:
    """`n` full-text articles from the news CSV (none reserved for independent evaluation), as batch rows."""
    listed = require_reserved_list(NEWS_CSV)
    frame = pd.read_csv(NEWS_CSV)
    frame = frame[(frame["text_kind"] == "full_text") & ~frame["URL"].astype(str).map(lambda u: is_reserved(u, listed))].sample(frac=1.0, random_state=seed).head(n)
    return [{"id": f"bench-{i}", "title": r.Title, "published": str(r.Date)[:10], "url": r.URL,
             "source": r.outlet, "text": r.Text} for i, r in enumerate(frame.itertuples())]


def tree_pss_mb(pid: int) -> float:
    """Proportional set size of `pid` and its descendants, in MB (Linux /proc; shared pages counted once)."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parents[int(stat.parent.name)] = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
    tree, frontier = {pid}, [pid]
    while frontier:
        frontier = [child for child, parent in parents.items() if parent in frontier and child not in tree]
        tree.update(frontier)
    total = 0
    for member in tree:
        try:
            rollup = Path(f"/proc/{member}/smaps_rollup").read_text()
        except OSError:
            continue
        total += next((int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")), 0)
    return total / 1024


def measure_memory(batch: Path, out: Path, jobs: int | None) -> tuple[float, float, int]:
    """(peak MB of the build process tree, seconds, exit status) of `extract build batch --out out`."""
    import subprocess

    command = [sys.executable, "-m", "extract", "build", str(batch), "--out", str(out), "--quiet"]
    command += ["--jobs", str(jobs)] if jobs is not None else []
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=Path(__file__).resolve().parent.parent)
    peak = 0.0
    while process.poll() is None:
        peak = max(peak, tree_pss_mb(process.pid))
        time.sleep(0.25)
    return peak, time.perf_counter() - started, process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.benchmark", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=None, help="extract build --jobs (default: its own default)")
    parser.add_argument("--memory", action="store_true", help="measure the build's peak memory instead of its speed")
    args = parser.parse_args(argv)
    if not NEWS_CSV.exists():
        print(f"benchmark needs {NEWS_CSV} (../shared/corpus)", file=sys.stderr)
        return 2
    require_reserved_list(NEWS_CSV)
    rows = corpus_articles(args.articles)
    texts = [r["text"] for r in rows]
    if args.memory:
        with tempfile.TemporaryDirectory() as tmp:
            batch = Path(tmp) / "articles.jsonl"
            batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
            peak, seconds, status = measure_memory(batch, Path(tmp) / "out", args.jobs)
        chars = sum(len(t) for t in texts)
        print(f"{len(rows)} articles, {chars:,} characters: extract build (jobs={args.jobs or 'default'}) peaked at "
              f"{peak:,.0f} MB (PSS of the build and its workers), {seconds:.1f} s, exit {status}")
        return 0

    from .cli import main as cli_main
    from .nlp import load_model

    nlp = load_model()
    started = time.perf_counter()
    words = sum(1 for doc in nlp.pipe(texts, batch_size=64) for t in doc if not (t.is_space or t.is_punct))
    plain = time.perf_counter() - started
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64, n_process=2):
        pass
    plain2 = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "articles.jsonl"
        batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        command = ["build", str(batch), "--out", str(Path(tmp) / "out"), "--quiet"]
        if args.jobs is not None:
            command += ["--jobs", str(args.jobs)]
        started = time.perf_counter()
        status = cli_main(command)
        build = time.perf_counter() - started
        summary = json.loads((Path(tmp) / "out" / "run.json").read_text())

    print(f"{len(rows)} articles, {words:,} words, {os.cpu_count()} CPUs")
    print(f"plain nlp.pipe (full pipeline, 1 process):   {plain:7.1f} s  {words / plain:8,.0f} words/s")
    print(f"plain nlp.pipe (full pipeline, n_process=2): {plain2:7.1f} s  {words / plain2:8,.0f} words/s")
    print(f"extract build (jobs={args.jobs or 'default'}, whole process): {build:7.1f} s  {words / build:8,.0f} words/s"
          f"  ({summary['statements']} statements, {summary['movements']} movements, exit {status})")
    print(f"ratio build / plain 1 process: {plain / build:.2f}x; build / plain n_process=2: {plain2 / build:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
