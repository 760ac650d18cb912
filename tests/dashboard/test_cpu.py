"""CPU seconds from /proc: a busy loop shows as about one core of the process, and shares come out of samples."""
from __future__ import annotations

import os
import sys
import time

import pytest

from dashboard.cpu import CpuSample, CpuShare, machine_seconds, process_seconds, sample, share

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_a_busy_loop_is_counted_as_this_process_s_cpu():
    """Spin until /proc has counted 0.3 s of this process's CPU (however busy the rest of the machine is): the
    share over the spin gives those seconds back, and one spinning thread uses at most about one core."""
    pid = os.getpid()
    before = sample(pid, time.monotonic())
    deadline = time.monotonic() + 30
    while process_seconds(pid) - before.process < 0.3 and time.monotonic() < deadline:
        sum(range(10_000))
    got = share(before, sample(pid, time.monotonic()))
    assert got.process * got.seconds >= 0.29  # the CPU seconds spent (the clock ticks are 10 ms)
    assert 0 < got.process <= 1.1
    assert 0 < got.machine <= 1 + 1e-9  # a busy machine gives 1 up to rounding


def test_a_sleeping_process_uses_little_cpu():
    before = sample(os.getpid(), time.monotonic())
    time.sleep(0.5)
    assert share(before, sample(os.getpid(), time.monotonic())).process < 0.2


def test_a_process_that_is_gone_has_no_cpu():
    assert process_seconds(2**22 + 12345) == 0.0


def test_the_machine_s_busy_seconds_are_part_of_its_total():
    busy, total = machine_seconds()
    assert 0 < busy < total


@pytest.mark.parametrize("first, last, expected", [
    (CpuSample(0, 1.0, 10, 20), CpuSample(2, 2.0, 13, 24), CpuShare(2, 0.5, 0.75)),
    (CpuSample(0, 1.0, 10, 20), CpuSample(4, 5.0, 10, 28), CpuShare(4, 1.0, 0.0)),
    (CpuSample(3, 1.0, 10, 20), CpuSample(3, 1.0, 10, 20), CpuShare(0, 0.0, 0.0)),
])
def test_share_between_two_samples(first, last, expected):
    assert share(first, last) == pytest.approx(expected)
