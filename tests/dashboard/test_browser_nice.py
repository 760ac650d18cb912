"""The Chromium wrapper the load test uses to lower the browsers' priority."""

import os
import subprocess

import pytest

from dashboard.browser import nice_wrapper


@pytest.mark.parametrize("nice", [5, 19])
def test_wrapper_runs_its_command_at_the_given_priority(nice, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    wrapper = nice_wrapper(nice)
    assert wrapper.parent == tmp_path / "uct-chromium"
    assert os.access(wrapper, os.X_OK)
    text = wrapper.read_text()
    assert text.startswith("#!/bin/sh\n")
    assert f"exec nice -n {nice} " in text and text.rstrip().endswith('"$@"')
    # The same script with Chromium swapped for `nice` itself prints the priority it runs at.
    probe = tmp_path / "probe"
    probe.write_text(text.replace(text.split()[5], "nice"))
    probe.chmod(0o755)
    done = subprocess.run([str(probe)], capture_output=True, text=True, check=True)
    assert int(done.stdout) == os.nice(0) + nice
