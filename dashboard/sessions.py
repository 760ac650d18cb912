"""Ending Streamlit sessions for real: free a session's state, uploads and downloads once it cannot come back.

Streamlit keeps a disconnected session for `server.disconnectedSessionTTL` seconds (120 by default) so
that a tab whose connection dropped finds its state again. After that it only forgets the session:
its `MemorySessionStorage` drops an expired session lazily (at the next disconnect of any session)
and never calls `AppSession.shutdown()` (streamlit/streamlit#12506), so the session's state (here:
the rows and article texts it added), its uploaded files and its download files stay in memory.

The janitor watches every session (`watch`, called by each page) and, once a session has been
disconnected for longer than the TTL, clears its session state and releases what `shutdown()`
would have released (uploaded files, media files, dataframe sources), then gives the freed heap back
to the OS. It checks every `POLL_SECONDS`; a session counts as disconnected from the first check that
found it so (never before Streamlit's own clock starts). A session that reconnected and dropped again
between two checks goes unseen (a reconnect does not rerun the script), so it may be freed up to that
blip's distance early.
"""
from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass
from typing import Callable

from streamlit.logger import get_logger

from .memory import trim

LOG = get_logger(__name__)  # Streamlit's log: its level and format
POLL_SECONDS = 2.0


@dataclass
class _Watched:
    session: weakref.ref  # the AppSession: the janitor must not keep it alive
    inactive_since: float | None = None


class Janitor:
    """Frees sessions that can no longer resume; `sweep` does one round (the thread calls it every poll)."""

    def __init__(self, *, ttl: Callable[[], float], is_active: Callable[[str], bool],
                 release: Callable[[str, object], None], clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.is_active, self.release, self.clock = ttl, is_active, release, clock
        self._watched: dict[str, _Watched] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def watch(self, session_id: str, session: object) -> None:
        """Watch `session` (an AppSession, held weakly) until it ends."""
        with self._lock:
            if session_id not in self._watched:
                self._watched[session_id] = _Watched(weakref.ref(session))

    def watching(self) -> list[str]:
        with self._lock:
            return list(self._watched)

    def sweep(self) -> list[str]:
        """One round: forget sessions already gone, free those disconnected longer than the TTL; their ids."""
        now, ttl, freed = self.clock(), self.ttl(), []
        with self._lock:
            items = list(self._watched.items())
        for session_id, entry in items:
            session = entry.session()
            if session is None:  # Streamlit dropped it and nothing else held it
                self._forget(session_id)
            elif self.is_active(session_id):
                entry.inactive_since = None
            elif entry.inactive_since is None:
                entry.inactive_since = now
            elif now - entry.inactive_since > ttl:
                self.release(session_id, session)
                self._forget(session_id)
                freed.append(session_id)
        if freed:
            trim(collect=True)
            LOG.info("freed %d ended session(s)", len(freed))
        return freed

    def _forget(self, session_id: str) -> None:
        with self._lock:
            self._watched.pop(session_id, None)

    def start(self, poll: float = POLL_SECONDS) -> None:
        """Sweep every `poll` seconds in a daemon thread (once)."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._loop, args=(poll,), daemon=True, name="uct-session-janitor")
        self._thread.start()

    def _loop(self, poll: float) -> None:
        while True:
            time.sleep(poll)
            try:
                self.sweep()
            except Exception:  # noqa: BLE001 - the janitor must keep running
                LOG.exception("session janitor")


def release_session(session_id: str, session) -> None:
    """What `AppSession.shutdown()` frees, for a session Streamlit forgot without shutting it down:
    its session state, uploaded files, media (download) files and dataframe sources."""
    from streamlit import runtime

    session.session_state.clear()
    if runtime.exists():
        rt = runtime.get_instance()
        rt.uploaded_file_mgr.remove_session_files(session_id)
        rt.media_file_mgr.clear_session_refs(session_id)
        rt.media_file_mgr.remove_orphaned_files()
        rt.dataframe_source_mgr.clear_all_for_session(session_id)


def _ttl() -> float:
    from streamlit import config

    return float(config.get_option("server.disconnectedSessionTTL"))


def _is_active(session_id: str) -> bool:
    from streamlit import runtime

    return runtime.exists() and runtime.get_instance().is_active_session(session_id)


JANITOR = Janitor(ttl=_ttl, is_active=_is_active, release=release_session)


def watch() -> None:
    """Have the janitor watch the current session (no-op outside a running server, e.g. in AppTest)."""
    from streamlit import runtime
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or not runtime.exists():
        return
    session = runtime.get_instance().get_app_session(ctx.session_id)
    if session is not None:
        JANITOR.watch(ctx.session_id, session)
        JANITOR.start()


def drop_uploads(file_ids: list[str]) -> None:
    """Release uploaded files from Streamlit's memory once their bytes have been read."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    if ctx is None or ctx.uploaded_file_mgr is None:
        return
    for file_id in file_ids:
        ctx.uploaded_file_mgr.remove_file(ctx.session_id, file_id)
