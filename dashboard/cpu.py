"""CPU time of a process and of the whole machine, from /proc (Linux): what `dashboard.load` samples to tell a
slow server from a starved one (the browsers of a load run share the machine's cores with the server)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class CpuSample(NamedTuple):
    """At one moment: seconds of CPU the process has used, and the machine's busy and total CPU seconds (all cores)."""

    at: float
    process: float
    busy: float
    total: float


def process_seconds(pid: int) -> float:
    """User plus system CPU seconds `pid` has used, its threads included (0 when it is gone)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return 0.0
    fields = stat[stat.rindex(")") + 2:].split()  # the command name, in parentheses, may hold spaces
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime and stime, fields 14 and 15 of proc(5)


def machine_seconds() -> tuple[float, float]:
    """(busy, total) CPU seconds of every core since boot; idle and iowait are not busy."""
    try:
        first = (PROC / "stat").read_text().splitlines()[0].split()
    except OSError:
        return 0.0, 0.0
    ticks = [int(v) for v in first[1:9]]  # user nice system idle iowait irq softirq steal
    total = sum(ticks)
    return (total - ticks[3] - ticks[4]) / TICKS, total / TICKS


def sample(pid: int, at: float) -> CpuSample:
    busy, total = machine_seconds()
    return CpuSample(at, process_seconds(pid), busy, total)


class CpuShare(NamedTuple):
    """Between two samples: the process's CPU as a share of one core, and the machine's busy share of all cores."""

    seconds: float
    process: float
    machine: float


def share(first: CpuSample, last: CpuSample) -> CpuShare:
    wall = last.at - first.at
    total = last.total - first.total
    if wall <= 0 or total <= 0:
        return CpuShare(max(wall, 0.0), 0.0, 0.0)
    return CpuShare(wall, (last.process - first.process) / wall, (last.busy - first.busy) / total)
