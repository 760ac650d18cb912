"""Whose forces a sentence names no owner for, from the story: the one state it already has moving forces into
the same country ("Russian troops arrived in Crimea ... a large deployment of troops was seen in Crimea")."""
from __future__ import annotations

from collections.abc import Iterable

from ..records import Movement

PRESENCE_STATUSES = ("arrived", "deployed", "stationed")  # rows that put a state's forces in a place


def story_actor(rows: Iterable[tuple[int, Movement, str]], dests: set[str], *, latest: bool = False) -> str | None:
    """The actor of the story's earlier rows of forces arriving, deployed or stationed in one of `dests` (not at
    home there); with `latest`, the latest such row's, else only when all such rows have one actor (two states
    with forces in the country leave it untold)."""
    actors = [r.actor for _, r, _ in rows
              if r.status in PRESENCE_STATUSES and set(r.destinations) & dests and r.actor not in dests]
    if not actors:
        return None
    if latest:
        return actors[-1]
    return actors[0] if len(set(actors)) == 1 else None


DEFINITE_WORDS = ("the", "these", "those")  # "the troops": forces the story has already named


def told_actor(rows: Iterable[tuple[int, Movement, str]], since: int) -> str | None:
    """The one actor of the story's rows from sentence `since` on ("The US will send 3,000 troops ... The troops
    will deploy to Romania"); None when those rows name no actor or more than one."""
    actors = {r.actor for i, r, _ in rows if i >= since}
    return next(iter(actors)) if len(actors) == 1 else None
