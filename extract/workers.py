"""Whole-article extraction in worker processes that never outlive the process that started them.

Each worker parses and extracts whole chunks of articles (rules included, not only spaCy), so a
build uses every core it is given. Workers are forked with the pipeline already loaded, ignore
Ctrl-C (the parent decides what to keep), and end when the parent ends, by any signal: the kernel
sends them SIGKILL when it dies (Linux `PR_SET_PDEATHSIG`), and a watchdog thread checks the
parent's pid once a second where that is not available.

Each worker has its own pipe and one chunk at a time, so the parent always knows which chunk a
worker holds: a worker that dies (out of memory, killed) closes its pipe, and its chunk is tried
once more in a fresh worker; a chunk that kills two workers is reported as failed.
"""
from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Callable, Iterable, Iterator

from .extraction import failed_result
from .records import Article

PR_SET_PDEATHSIG = 1
POLL_SECONDS = 1.0
MAX_TRIES = 2  # a chunk whose worker died is tried once more

_STATE: dict = {}  # the pipeline and options the workers inherit, set in the parent just before forking


def die_with_parent(parent_pid: int, *, kernel_signal: bool = True) -> None:
    """End this process as soon as `parent_pid` is gone, whatever killed it.

    `kernel_signal=False` when the process was started from a thread that ends before the parent does
    (a web server's request thread): Linux sends PR_SET_PDEATHSIG when the creating *thread* exits.
    """
    if kernel_signal and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: the watchdog below still works
            pass
    if os.getppid() != parent_pid:  # the parent died before the line above took effect
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(POLL_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _worker_main(parent_pid: int, conn: Connection) -> None:
    """Take (chunk id, articles) from `conn`; send one message per article, then one when the chunk is done."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(parent_pid)
    from . import extraction

    nlp = _STATE.get("nlp")
    if nlp is None:
        from .nlp import get_pipeline

        nlp = get_pipeline()
    keep_anonymous = _STATE.get("keep_anonymous", True)
    keep_unresolved = _STATE.get("keep_unresolved", False)
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        chunk_id, articles = task
        for index, result in enumerate(extraction.extract_chunk(nlp, articles, keep_anonymous=keep_anonymous,
                                                                           keep_unresolved=keep_unresolved)):
            conn.send(("article", chunk_id, index, result))
        conn.send(("done", chunk_id))


@dataclass
class _Chunk:
    articles: list[Article]
    tries: int = 0
    results: dict = field(default_factory=dict)
    done: bool = False


@dataclass
class _Worker:
    process: mp.Process
    conn: Connection
    chunk: int | None = None  # the chunk it is working on


class WorkerPool:
    """`n` worker processes running `extraction.extract_chunk` on chunks of articles, results in input order.

    Use as a context manager: leaving it (normally, by an exception or by Ctrl-C) stops every worker.
    """

    def __init__(self, n: int, *, nlp=None, keep_anonymous: bool = True, keep_unresolved: bool = False):
        self.n = max(1, n)
        self._ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        _STATE.update(nlp=nlp, keep_anonymous=keep_anonymous, keep_unresolved=keep_unresolved)
        self._workers: list[_Worker] = [self._start_worker() for _ in range(self.n)]

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self._ctx.Pipe()
        process = self._ctx.Process(target=_worker_main, args=(os.getpid(), child_end), daemon=True, name="extract-worker")
        process.start()
        child_end.close()
        return _Worker(process, parent_end)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.stop(graceful=exc[0] is None)

    def stop(self, *, graceful: bool = True) -> None:
        """End the workers: let them exit when `graceful`, else kill them at once."""
        for worker in self._workers:
            if graceful:
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self._workers:
            if graceful:
                worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join(timeout=5)
            worker.conn.close()
        self._workers = []
        _STATE.clear()

    @property
    def pids(self) -> list[int]:
        return [w.process.pid for w in self._workers]

    def map(self, chunks: Iterable[list[Article]], *, on_article: Callable[[], None] | None = None) -> Iterator[list]:
        """Each chunk's per-article results (`extraction.ArticleResult`), in the order of `chunks`.

        A chunk is handed out only when a worker is free, so memory stays bounded for any batch size.
        `on_article` is called as each article finishes (in any order), for a progress bar.
        """
        pending = iter(chunks)
        state: dict[int, _Chunk] = {}
        queue: list[int] = []  # chunks waiting for a free worker (retries first)
        next_out = submitted = 0
        exhausted = False
        while True:
            for worker in self._workers:
                if worker.chunk is not None:
                    continue
                if not queue and not exhausted:
                    chunk = next(pending, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        state[submitted] = _Chunk(chunk)
                        queue.append(submitted)
                        submitted += 1
                if queue:
                    self._hand_out(worker, queue.pop(0), state)
            while next_out in state and state[next_out].done:
                done = state.pop(next_out)
                yield [done.results[i] for i in range(len(done.articles))]
                next_out += 1
            if exhausted and not queue and next_out == submitted:
                return
            self._receive(state, queue, on_article)

    def _hand_out(self, worker: _Worker, chunk_id: int, state: dict[int, _Chunk]) -> None:
        chunk = state[chunk_id]
        chunk.tries += 1
        chunk.results.clear()
        worker.chunk = chunk_id
        try:
            worker.conn.send((chunk_id, chunk.articles))
        except OSError:  # it died already: `_receive` sees its closed pipe
            pass

    def _receive(self, state: dict[int, _Chunk], queue: list[int], on_article: Callable[[], None] | None) -> None:
        busy = {w.conn: w for w in self._workers if w.chunk is not None}
        for conn in wait(list(busy), timeout=POLL_SECONDS):
            worker = busy[conn]
            try:
                message = conn.recv()
            except (EOFError, OSError):
                self._replace(worker, state, queue)
                continue
            chunk = state.get(message[1])
            if message[0] == "article" and chunk is not None:
                chunk.results[message[2]] = message[3]
                if on_article:
                    on_article()
            elif message[0] == "done":
                worker.chunk = None
                if chunk is not None:
                    chunk.done = True

    def _replace(self, worker: _Worker, state: dict[int, _Chunk], queue: list[int]) -> None:
        """A worker died: start another; its chunk goes back to the queue, or is failed after `MAX_TRIES`."""
        worker.process.join(timeout=5)
        worker.conn.close()
        self._workers[self._workers.index(worker)] = self._start_worker()
        chunk = state.get(worker.chunk) if worker.chunk is not None else None
        if chunk is None or chunk.done:
            return
        if chunk.tries < MAX_TRIES:
            queue.insert(0, worker.chunk)
            return

        reason = f"the worker process died (exit code {worker.process.exitcode}; out of memory?)"
        chunk.results = {i: failed_result(a, reason) for i, a in enumerate(chunk.articles)}
        chunk.done = True
