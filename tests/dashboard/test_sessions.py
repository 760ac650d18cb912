"""The janitor frees a session once Streamlit can no longer resume it, and never while it still could."""
from __future__ import annotations

import gc

from dashboard import sessions


class FakeSession:
    def __init__(self):
        self.session_state = {"uct_added": "rows", "uct_texts": {"a": "text"}}


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def make(active: set[str], clock: Clock, released: list):
    return sessions.Janitor(ttl=lambda: 120, is_active=lambda sid: sid in active, clock=clock,
                            release=lambda sid, session: released.append((sid, session)))


def test_a_session_is_freed_only_after_it_was_disconnected_longer_than_the_ttl():
    clock, active, released = Clock(), {"s1"}, []
    janitor, session = make(active, clock, released), FakeSession()
    janitor.watch("s1", session)
    assert janitor.sweep() == []  # connected
    active.clear()
    clock.now = 10
    assert janitor.sweep() == []  # first seen disconnected at 10
    clock.now = 130
    assert janitor.sweep() == [] and released == []  # 120 s after: Streamlit could still resume it
    clock.now = 130.5
    assert janitor.sweep() == ["s1"] and released == [("s1", session)]
    assert janitor.watching() == []


def test_a_session_that_came_back_starts_over():
    clock, active, released = Clock(), set(), []
    janitor, session = make(active, clock, released), FakeSession()
    janitor.watch("s1", session)
    janitor.sweep()  # disconnected at 0
    clock.now, active = 100, active | {"s1"}
    janitor.is_active = lambda sid: sid in active
    janitor.sweep()  # back at 100
    active.clear()
    for clock.now in (110, 200, 230):
        janitor.sweep()
    assert released == []  # disconnected again at 110: not before 230
    clock.now = 231
    assert janitor.sweep() == ["s1"]


def test_a_session_streamlit_already_dropped_is_forgotten_without_release():
    clock, released = Clock(), []
    janitor, session = make(set(), clock, released), FakeSession()
    janitor.watch("s1", session)
    del session
    gc.collect()
    assert janitor.sweep() == [] and janitor.watching() == [] and released == []


def test_release_clears_the_session_state():
    session = FakeSession()
    sessions.release_session("s1", session)  # no running server here: only the state is cleared
    assert session.session_state == {}
