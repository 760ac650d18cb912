"""`python -m extract.faults INPUT... --kills 10`: kill a build at random points and check what is left.

1. A reference build of INPUT, uninterrupted, in a folder of its own (its time sets the kill window).
2. An output folder that already holds other tables (the "previous data"): the seed build by default.
3. `--kills` times: start `extract build INPUT --out OUT` (which goes on from the checkpoint the last killed run
   left; after a run that got through, OUT is set back to the previous data), `kill -9` it at a random moment,
   then check:
   every table file in OUT is readable and is either the previous table or the finished one (never
   empty, never a mix of rows); none of the build's worker processes is still running; the rows kept
   in the checkpoint never go back.
4. One more run, not killed: its tables must equal the reference build's.
Prints one line per kill and a summary; exit status 1 when any check failed.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .schema import TABLES, read_table

ROOT = Path(__file__).resolve().parent.parent


def build_command(inputs: list[str], out: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "extract", "build", *inputs, "--out", str(out), "--quiet", "--jobs", str(jobs)]


def _tables(folder: Path) -> dict[str, pd.DataFrame | None]:
    """Each table of `folder` (None when its file is missing); raises when a file cannot be read."""
    return {name: read_table(folder / f"{name}.parquet", name) if (folder / f"{name}.parquet").exists() else None
            for name in TABLES}


def _same(a: pd.DataFrame | None, b: pd.DataFrame | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        pd.testing.assert_frame_equal(a, b)
        return True
    except AssertionError:
        return False


def _children(pid: int) -> set[int]:
    """Pids of the running processes whose parent is `pid` (read from /proc)."""
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _resumable(out: Path) -> int:
    """Articles kept in the checkpoint of an interrupted build."""
    from .checkpoint import FOLDER, Checkpoint

    return len(Checkpoint(out / FOLDER).load()["articles"])


@dataclass
class Report:
    kills: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    orphans: int = 0


def _parts(out: Path) -> int:
    from .checkpoint import FOLDER

    return len(list((out / FOLDER).glob("*.articles.parquet")))


def _kill_once(command: list[str], out: Path, delay: float, previous: dict, final: dict, report: Report,
               kept_before: int, *, after_part: bool = False) -> int:
    """Start a build, SIGKILL it after `delay` seconds (counted from its next checkpoint part when
    `after_part`), check OUT; returns the articles now in the checkpoint."""
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    parts = _parts(out)
    deadline = time.monotonic() + delay
    while process.poll() is None and (time.monotonic() < deadline or (after_part and _parts(out) <= parts)):
        if after_part and _parts(out) <= parts:
            deadline = time.monotonic() + delay
        workers |= _children(process.pid)
        time.sleep(0.1)
    finished = process.poll() is not None
    if not finished:
        process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(1.5)  # a worker watching its parent notices within a second
    orphans = sorted(pid for pid in workers if _alive(pid))
    report.orphans += len(orphans)
    for pid in orphans:
        os.kill(pid, signal.SIGKILL)
    try:
        tables = _tables(out)
    except Exception as exc:  # a damaged file is the failure this tool looks for
        report.failures.append(f"after a kill at {delay:.1f} s a table cannot be read: {exc}")
        return kept_before
    mixed = [name for name in TABLES if not (_same(tables[name], previous[name]) or _same(tables[name], final[name]))]
    kept = _resumable(out)
    state = ("finished" if finished else "killed") + (" after a part" if after_part else "")
    report.kills.append(f"{state} at {delay:4.1f} s: {len(workers)} workers, {len(orphans)} left running, "
                        f"{kept} articles in the checkpoint, tables: "
                        + ("neither previous nor final: " + ", ".join(mixed) if mixed else "intact"))
    if mixed:
        report.failures.append(f"after a kill at {delay:.1f} s: {', '.join(mixed)} is neither the previous nor the final table")
    if orphans:
        report.failures.append(f"after a kill at {delay:.1f} s: workers {orphans} were still running")
    if not finished and kept < kept_before and not all(_same(tables[n], final[n]) for n in TABLES):
        report.failures.append(f"after a kill at {delay:.1f} s: the checkpoint went back from {kept_before} to {kept}")
    return kept


def run(inputs: list[str], *, kills: int = 10, seed: int = 1, jobs: int = 2, previous_inputs: list[str] | None = None,
        work: Path | None = None) -> Report:
    """Kill a build of `inputs` `kills` times at random moments, then finish it; see the module docstring."""
    rng = random.Random(seed)
    work = Path(work or tempfile.mkdtemp(prefix="uct-faults-"))
    ref, out = work / "reference", work / "out"
    for folder in (ref, out):
        shutil.rmtree(folder, ignore_errors=True)
    started = time.monotonic()
    subprocess.run(build_command(inputs, ref, jobs), cwd=ROOT, check=False, capture_output=True)
    window = time.monotonic() - started
    final = _tables(ref)
    subprocess.run(build_command(previous_inputs or [str(ROOT / "seeds")], out, 1), cwd=ROOT, check=False,
                   capture_output=True)
    previous = _tables(out)
    pristine = work / "previous"
    shutil.rmtree(pristine, ignore_errors=True)
    shutil.copytree(out, pristine)
    report = Report()
    kept = 0
    for i in range(kills):  # every other kill comes just after a checkpoint part, the others at any moment
        after_part = i % 2 == 1
        delay = rng.uniform(0.0, 1.0) if after_part else rng.uniform(0.2, window)
        kept = _kill_once(build_command(inputs, out, jobs), out, delay, previous, final, report, kept,
                          after_part=after_part)
        if report.kills[-1].startswith("finished"):  # the build got through: start the next one from the start
            shutil.rmtree(out)
            shutil.copytree(pristine, out)
            kept = 0
    done = subprocess.run(build_command(inputs, out, jobs), cwd=ROOT, check=False, capture_output=True, text=True)
    last = _tables(out)
    unequal = [name for name in TABLES if not _same(last[name], final[name])]
    if unequal:
        said = " | ".join(done.stderr.strip().splitlines()[-3:])
        report.failures.append("the finished build differs from the uninterrupted one in: " + ", ".join(unequal)
                               + f" (its exit {done.returncode}: {said})")
    report.kills.append(f"uninterrupted reference build: {window:.1f} s; finished build equals it: {not unequal}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.faults", description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--previous", nargs="*", default=None, help="inputs of the tables OUT holds first (default: seeds/)")
    args = parser.parse_args(argv)
    report = run(args.inputs, kills=args.kills, seed=args.seed, jobs=args.jobs, previous_inputs=args.previous)
    for line in report.kills:
        print(line)
    print(f"{args.kills} kills: {len(report.failures)} failed checks, {report.orphans} workers left running")
    for failure in report.failures:
        print("FAILED:", failure)
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
