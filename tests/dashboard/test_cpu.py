"""CPU seconds from /proc: a busy loop shows as about one core of the process, and shares come out of samples."""
from __future__ import annotations

import os
import sys
import time

import pytest

from dashboard.cpu import CpuSample, CpuShare, machine_seconds, process_seconds, sample, share

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def test_a_busy_loop_is_counted_as_this_process_s_cpu():
    before = sample(os.getpid(), time.monotonic())
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        pass
    got = share(before, sample(os.getpid(), time.monotonic()))
    assert 0.5 <= got.seconds < 1.5
    assert got.process > 0.5  # one thread spinning: close to one core (the clock ticks are 10 ms)
    assert 0 < got.machine <= 1


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
