"""The extraction worker: one process per server holds the language model and extracts chunks of articles.

Why not in the server: extracting 50 long articles in the server process raised it to 1.3–2 GB, and
glibc and spaCy kept most of that after the batch (the model's vocabulary only grows). A worker
process keeps the server small: the worker is replaced after `config.WORKER_MAX_CHUNKS` chunks and
exits after `config.worker_idle_seconds()` without work, which gives all of its memory back, model
included. spaCy's work also no longer holds the server's GIL while other visitors browse, and a worker
killed for lack of memory costs one batch, not the app. One worker serves the whole server, so two
visitors extracting at once take turns.
"""
from __future__ import annotations

import contextlib
import multiprocessing
import os
import sys
import threading
import types
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import pandas as pd

from extract.records import Article, InputProblem

from . import config
from .memory import trim


@dataclass
class ChunkResult:
    """The three tables extracted from one chunk of articles, and its problems."""

    articles: pd.DataFrame
    statements: pd.DataFrame
    movements: pd.DataFrame
    problems: list[InputProblem] = field(default_factory=list)


def extract_chunk(articles: list[Article]) -> ChunkResult:
    """Extract `articles` here (in the worker, or in the caller for `InProcess`), then hand freed heap back."""
    from extract import extract_articles

    result = extract_articles(articles)
    out = ChunkResult(result.articles, result.statements, result.movements, list(result.problems))
    del result
    trim(collect=True)
    return out


def _start_worker(parent: int) -> None:
    """Runs first in each worker process: ends with the server (killed or not), then loads the model."""
    from extract.nlp import get_pipeline
    from extract.workers import die_with_parent

    from .memory import limit_heaps, use_system_allocator

    die_with_parent(parent, kernel_signal=False)  # started from a script thread, which ends after its run
    use_system_allocator()  # so that `trim` after each chunk also gives back the tables' Arrow buffers
    limit_heaps()
    get_pipeline()


@contextlib.contextmanager
def bare_main():
    """While a worker process starts, `__main__` is an empty module. A spawned process first runs its parent's
    main script again, and in a Streamlit server that is the page that ran last: the worker ran the Overview and
    loaded the whole corpus's tables (511 MB before the model). Another session may set `__main__` meanwhile:
    it is put back only when it is still the placeholder."""
    placeholder, saved = types.ModuleType("__main__"), sys.modules.get("__main__")
    sys.modules["__main__"] = placeholder
    try:
        yield
    finally:
        if saved is not None and sys.modules.get("__main__") is placeholder:
            sys.modules["__main__"] = saved


class WorkerStopped(RuntimeError):
    """The worker process died during a chunk (often: the machine ran out of memory)."""


class Worker:
    """The shared worker process: started on the first chunk, replaced after `max_chunks`, stopped when idle."""

    def __init__(self, *, idle_seconds: float, max_chunks: int) -> None:
        self.idle_seconds, self.max_chunks = idle_seconds, max_chunks
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._busy = self._chunks = 0
        self._timer: threading.Timer | None = None

    @property
    def running(self) -> bool:
        """True while a worker process exists (the model is then loaded or loading)."""
        with self._lock:
            return self._pool is not None

    def run(self, articles: list[Article]) -> ChunkResult:
        """Extract one chunk in the worker; `WorkerStopped` when the process died meanwhile."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            fresh = self._pool is None
            if fresh:
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                                 initializer=_start_worker, initargs=(os.getpid(),))
                self._chunks = 0
            pool = self._pool
            self._busy += 1
            self._chunks += 1
        try:
            with bare_main() if fresh else contextlib.nullcontext():  # the process starts in this submit
                future = pool.submit(extract_chunk, articles)
            return future.result()
        except BrokenProcessPool as exc:
            self._discard(pool)
            raise WorkerStopped("the extraction worker stopped (the server may be short of memory)") from exc
        finally:
            with self._lock:
                self._busy -= 1
                if self._busy == 0 and self._pool is pool and self._chunks >= self.max_chunks:
                    self._pool = None  # replaced at the next chunk, started as the first was (not by the pool)
                    pool.shutdown(wait=False)
                if self._busy == 0 and self._pool is not None:
                    self._timer = threading.Timer(self.idle_seconds, self._stop_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    def _discard(self, pool: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._pool is pool:
                self._pool = None
        pool.shutdown(wait=False, cancel_futures=True)

    def _stop_if_idle(self) -> None:
        with self._lock:
            if self._busy or self._pool is None:
                return
            pool, self._pool, self._timer = self._pool, None, None
        from streamlit.logger import get_logger  # the server's log (the worker process never imports Streamlit)

        get_logger(__name__).info("extraction worker idle for %.0f s: stopped", self.idle_seconds)
        pool.shutdown(wait=True)

    def stop(self) -> None:
        """Stop the worker process now (tests; the server stops it with the interpreter)."""
        with self._lock:
            pool, self._pool = self._pool, None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class InProcess:
    """Runs the chunks in the calling process (tests that patch the extraction)."""

    running = True

    def run(self, articles: list[Article]) -> ChunkResult:
        return extract_chunk(articles)


_shared: Worker | None = None
_shared_lock = threading.Lock()


def shared() -> Worker | InProcess:
    """The server's worker (made on first use)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Worker(idle_seconds=config.worker_idle_seconds(), max_chunks=config.WORKER_MAX_CHUNKS)
        return _shared
