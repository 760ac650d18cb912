"""The Chromium wrapper the load test uses to run the crowd's browsers in the idle scheduling class."""

import os
import subprocess
import sys

from dashboard.browser import CHROMIUM, idle_wrapper


def test_wrapper_runs_its_command_in_the_idle_class(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    wrapper = idle_wrapper()
    assert wrapper == tmp_path / "uct-chromium" / "chromium-idle"
    assert os.access(wrapper, os.X_OK)
    text = wrapper.read_text()
    assert text == f'#!/bin/sh\nexec chrt --idle 0 {CHROMIUM} "$@"\n'
    # The same script with Chromium swapped for a program that prints its scheduling policy and arguments.
    policy = tmp_path / "policy"
    policy.write_text(f"#!{sys.executable}\nimport os, sys\nprint(os.sched_getscheduler(0) == os.SCHED_IDLE, sys.argv[1:])\n")
    policy.chmod(0o755)
    probe = tmp_path / "probe"
    probe.write_text(text.replace(str(CHROMIUM), str(policy)))
    probe.chmod(0o755)
    done = subprocess.run([str(probe), "--headless", "a b"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True ['--headless', 'a b']"
