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


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_arrow_buffers_are_given_back_with_the_system_allocator():
    code = ("import sys, os; sys.path.insert(0, %r); from dashboard import memory\n"
            "import pyarrow as pa\n"
            "assert memory.use_system_allocator() and pa.default_memory_pool().backend_name == 'system'\n"
            "arrays = [pa.array(['word %%d' %% i for i in range(20_000)]) for _ in range(100)]\n"  # many small buffers
            "del arrays[::2]; del arrays\n"
            "before = memory.rss_bytes(os.getpid())\n"
            "memory.trim(collect=True)\n"
            "print(pa.total_allocated_bytes(), before - memory.rss_bytes(os.getpid()))") % os.getcwd()
    allocated, freed = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                               check=True).stdout.split())
    assert allocated == 0
    assert freed > 10_000_000  # about 20 MB of string buffers, back with the OS


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_limit_heaps_maps_large_blocks_on_their_own():
    code = ("import sys, os; sys.path.insert(0, %r); from dashboard import memory\n"
            "assert memory.limit_heaps()\n"
            "big = bytearray(8_000_000); del big\n"  # glibc's own rule would now keep blocks under 8 MB in its heap
            "before = memory.rss_bytes(os.getpid())\n"
            "blocks, pins = [], []\n"
            "for _ in range(300):\n"  # each block over the threshold: mapped on its own; in a heap, the small
            "    blocks.append(bytearray(300_000)); pins.append(bytearray(2_000))\n"  # block after it pins it
            "middle = memory.rss_bytes(os.getpid())\n"
            "del blocks\n"
            "print(middle - before, middle - memory.rss_bytes(os.getpid()))") % os.getcwd()
    grown, given_back = map(int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                                check=True).stdout.split())
    assert grown > 80_000_000
    assert given_back > 80_000_000  # back with the OS at once, without a trim


@pytest.mark.parametrize("enabled_before", [True, False])
def test_the_collector_is_paused_inside_the_block_and_restored_after_it_even_on_error(enabled_before):
    import gc

    was = gc.isenabled()
    (gc.enable if enabled_before else gc.disable)()
    try:
        with pytest.raises(ValueError):
            with memory.collector_paused():
                assert not gc.isenabled()
                raise ValueError("a table failed to read")
        assert gc.isenabled() is enabled_before
    finally:
        (gc.enable if was else gc.disable)()


def test_settled_objects_are_out_of_the_collectors_way_until_thawed():
    import gc

    class Node:
        pass

    kept = [Node() for _ in range(1000)]
    try:
        memory.settle()
        frozen = gc.get_freeze_count()
        assert frozen >= len(kept)
        assert not any(gc.is_tracked(n) and n in gc.get_objects(generation=2) for n in kept[:3])
    finally:
        memory.thaw()
    assert gc.get_freeze_count() == 0
    assert all(any(n is o for o in gc.get_objects(generation=2)) for n in kept[:3])
