"""The extraction worker's process starts without running the server's main script again."""
from __future__ import annotations

import multiprocessing
import os
import sys
import types
from concurrent.futures import ProcessPoolExecutor

import pytest

from dashboard.worker import bare_main


@pytest.mark.parametrize("bare, runs", [(False, True), (True, False)])
def test_a_spawned_worker_runs_the_main_script_only_without_bare_main(tmp_path, monkeypatch, bare, runs):
    marker = tmp_path / "ran"
    script = tmp_path / "page.py"  # stands for the Streamlit page that ran last (it loads every table)
    script.write_text(f"open({str(marker)!r}, 'w').close()\n")
    page = types.ModuleType("__main__")
    page.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", page)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        if bare:
            with bare_main():
                future = pool.submit(os.getpid)
        else:
            future = pool.submit(os.getpid)
        assert future.result() != os.getpid()
    assert marker.exists() is runs
    assert sys.modules["__main__"] is page  # put back


def test_bare_main_leaves_a_main_set_meanwhile():
    other = types.ModuleType("__main__")
    saved = sys.modules["__main__"]
    try:
        with bare_main():
            sys.modules["__main__"] = other  # another session's script run began
        assert sys.modules["__main__"] is other
    finally:
        sys.modules["__main__"] = saved
