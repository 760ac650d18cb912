"""Process-tree memory (what `dashboard.load` samples) and handing freed heap back to the OS."""
from __future__ import annotations

import os
import platform
import subprocess
import sys

import pytest

from dashboard import memory


def test_the_tree_of_a_process_counts_its_children():
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(60_000_000); time.sleep(30)"])
    try:
        for _ in range(100):  # until the child has touched its 60 MB
            if memory.rss_bytes(child.pid) > 60_000_000:
                break
            subprocess.run(["sleep", "0.05"])
        assert child.pid in memory.descendants(os.getpid())
        assert memory.tree_rss_mb(os.getpid()) >= (memory.rss_bytes(os.getpid()) + memory.rss_bytes(child.pid)) / 1e6 - 1
        assert memory.rss_bytes(child.pid) > 60_000_000
    finally:
        child.kill()
        child.wait()
    assert memory.rss_bytes(child.pid) == 0 and child.pid not in memory.descendants(os.getpid())


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_trim_gives_freed_heap_back_on_glibc():
    code = ("import sys; sys.path.insert(0, %r); from dashboard import memory\n"
            "blocks = [bytearray(1000) for _ in range(300_000)]\n"  # small blocks: glibc keeps them in its heap
            "del blocks[::2]; del blocks\n"
            "before = memory.rss_bytes(__import__('os').getpid())\n"
            "assert memory.trim()\n"
            "print(before - memory.rss_bytes(__import__('os').getpid()))") % os.getcwd()
    freed = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert freed > 100_000_000  # about 210 MB: freed by Python, kept by glibc until the trim
