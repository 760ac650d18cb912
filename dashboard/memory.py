"""Memory of the app server: resident size of a process and its children, and giving freed heap back.

CPython returns small objects to its own arenas and glibc keeps freed heap pages mapped, so a process
that once needed 1 GB (a spaCy batch, a large merge) keeps that RSS after the objects are gone.
`trim()` asks glibc to hand the free pages back (`malloc_trim(0)`); elsewhere it does nothing.
Arrow (pandas' string columns, Parquet reads) keeps its own mimalloc pool, which holds on to what it freed;
`use_system_allocator()` sends Arrow's buffers to the C library instead, where `trim()` can give them back.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import gc
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

PROC = Path("/proc")


@lru_cache(maxsize=1)
def _malloc_trim():
    """glibc's `malloc_trim`, or None (musl, macOS, Windows: no such function)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    return trim


def trim(*, collect: bool = False) -> bool:
    """Hand free heap pages back to the OS (after `gc.collect()` when `collect`); False when unavailable."""
    if collect:
        gc.collect()
    function = _malloc_trim()
    if function is None:
        return False
    function(0)
    return True


def thaw() -> None:
    """Let the cycle collector see the objects `settle` set aside again (before the tables they belong to are
    replaced, so that what the old tables leave behind can be collected)."""
    gc.unfreeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cycle collection inside the block (for building long-lived data that `settle` follows): reading the
    whole corpus's tables made half a million containers, and the collector walked them about seven times."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def settle() -> None:
    """Collect, then set every object still alive aside from the cycle collector (`gc.freeze`).

    The shared tables are long-lived and hold about half a million containers (the object arrays of their list
    columns); every full collection walked all of them again, 0.05–0.15 s each and several times per page while
    the first visitors browse. Frozen objects are still freed by reference counting; only cycles among them wait
    for `thaw`."""
    gc.collect()
    gc.freeze()


def use_system_allocator() -> bool:
    """Allocate Arrow buffers with the C library's malloc (True when it took effect).

    Arrow's default mimalloc pool kept the memory of every filtered copy and merge: the app's tables, one
    timeline and one Overview held 747 MB in one process, 462 MB with the system allocator and `trim()`
    (`python -m dashboard.load` measures the server)."""
    try:
        import pyarrow as pa
    except ImportError:
        return False
    if pa.default_memory_pool().backend_name != "system":
        pa.set_memory_pool(pa.system_memory_pool())
    return pa.default_memory_pool().backend_name == "system"


M_MMAP_THRESHOLD, M_ARENA_MAX = -3, -8  # glibc's mallopt parameters (malloc.h)


def limit_heaps(*, arenas: int = 2, mmap_threshold: int = 256 * 1024) -> bool:
    """Fewer glibc heaps and large blocks straight from the OS (True when glibc took both settings).

    Every Streamlit session runs its script in a thread of its own, and glibc gives busy threads heaps of their
    own (up to 8 per core), each keeping what it freed; blocks over `mmap_threshold` (table columns, Arrow
    buffers, serialised grids) are mapped and unmapped on their own, so freeing them gives them back at once."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return bool(mallopt(M_ARENA_MAX, arenas)) and bool(mallopt(M_MMAP_THRESHOLD, mmap_threshold))


def rss_bytes(pid: int) -> int:
    """Resident set size of one process (0 when it is gone or /proc is unavailable)."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def children(pid: int) -> list[int]:
    """Direct children of `pid`: the processes whose parent (PPid in /proc/<n>/status, Linux) is `pid`.

    Not /proc/<pid>/task/*/children: that file lists a child under the thread that started it and misses it
    once that thread has ended (the extraction worker is started from a Streamlit script thread)."""
    found: list[int] = []
    try:
        entries = [p for p in PROC.iterdir() if p.name.isdigit()]
    except OSError:
        return found
    for entry in entries:
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        ppid = next((line.split()[1] for line in status.splitlines() if line.startswith("PPid:")), None)
        if ppid == str(pid):
            found.append(int(entry.name))
    return found


def descendants(pid: int) -> list[int]:
    """`pid`'s children, their children, and so on."""
    out, todo = [], [pid]
    while todo:
        for child in children(todo.pop()):
            if child not in out:
                out.append(child)
                todo.append(child)
    return out


def tree_rss_mb(pid: int) -> float:
    """RSS of `pid` and all its descendants, in MB (shared pages are counted once per process)."""
    return sum(rss_bytes(p) for p in [pid, *descendants(pid)]) / 1e6
