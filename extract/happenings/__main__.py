"""`python -m extract.happenings DATA_DIR`: recompute `event_id`, `date_outlier` and `events` of a data folder
in place (each table written atomically), and print what was merged."""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd

from ..schema import EVENT_KINDS
from ..store import read_tables, write_json, write_tables
from . import add_happenings

BIGGEST = 10  # events listed at the end


def merged_counts(tables: dict[str, pd.DataFrame]) -> dict[str, tuple[int, int, int]]:
    """Per kind family: (rows, events, rows merged into an event with another row)."""
    statements = tables["statements"]
    parts = {"communication": statements[statements["kind"].isin(EVENT_KINDS)],
             "statement": statements[~statements["kind"].isin(EVENT_KINDS)], "movement": tables["movements"]}
    out = {}
    for name, frame in parts.items():
        sizes = frame["event_id"].value_counts()
        out[name] = (len(frame), len(sizes), int(sizes[sizes > 1].sum()))
    return out


def _count_in_run(path: Path, n_events: int) -> None:
    """The build's record (`run.json`) names the events it wrote: keep it in step with the regrouped table."""
    try:
        run = json.loads(path.read_text())
    except (OSError, ValueError):
        return  # no record, or not ours to repair
    if isinstance(run, dict) and run.get("events") != n_events:
        write_json({**run, "events": n_events}, path)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m extract.happenings", description=__doc__.splitlines()[0])
    p.add_argument("data_dir", help="a folder written by `python -m extract build`")
    args = p.parse_args(argv)
    folder = Path(args.data_dir)
    if not (folder / "statements.parquet").exists() or not (folder / "articles.parquet").exists():
        print(f"error: {folder} holds no articles.parquet and statements.parquet; nothing written", file=sys.stderr)
        return 1
    started = time.perf_counter()
    tables = add_happenings(read_tables(folder))
    seconds = time.perf_counter() - started
    written = {name: tables[name] for name in ("statements", "movements", "events")}
    write_tables(written, folder, csv=(folder / "statements.csv").exists())
    _count_in_run(folder / "run.json", len(tables["events"]))
    for name, (rows, events, merged) in merged_counts(tables).items():
        print(f"{name}: {rows:,} rows -> {events:,} events ({merged:,} rows merged)")
    events = tables["events"]
    print(f"{len(events):,} events in {seconds:.1f} s -> {folder / 'events.parquet'}; the biggest:")
    for e in events.sort_values(["n_reports", "event_id"], ascending=[False, True]).head(BIGGEST).itertuples():
        date = f"{e.date:%Y-%m-%d}" if pd.notna(e.date) else "no date"
        print(f"  {e.label} | {date} | {e.n_reports} reports, {e.n_articles} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
