"""Rule merge:movement:same-deployment: the movement rows that report one deployment.

Per actor, rows are taken in date order; each joins the one best open group (same status family, places that
overlap, troop numbers within tolerance, within the window of the group's first report) or starts its own.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .keys import day_numbers, place_key
from .rules import MOVEMENT_WINDOW_DAYS, STATUS_FAMILIES, TROOP_TOLERANCE


@dataclass
class _Group:
    first_day: float
    family: str
    members: list = field(default_factory=list)
    troops: list = field(default_factory=list)
    units: set = field(default_factory=set)
    places: set = field(default_factory=set)  # destination countries and (folded) places below country level
    fine_places: set = field(default_factory=set)  # the places below country level alone


def troops_match(numbers: list, troops) -> bool:
    """True when `troops` (or None) and every number in `numbers` lie within TROOP_TOLERANCE of the largest."""
    values = [*numbers, *([troops] if troops is not None else [])]
    return not values or min(values) >= (1 - TROOP_TOLERANCE) * max(values)


def places_match(group: _Group, places: set, fine_places: set, troops) -> bool:
    """Both sides numbered: a shared country or place, both empty, or one empty. Otherwise a shared place below
    country level (`Russian troops entered Ukraine` twice is too vague to be one deployment); `fine_places` are the
    row's own (`own_places`)."""
    if troops is None or not group.troops:
        return bool(fine_places & group.fine_places)
    return not places or not group.places or bool(places & group.places)


def own_places(fine_places: set, troops) -> set:
    """The places below country level a row speaks of on its own: all of them, unless it gives a number spread over
    several (a total, no deployment at any one of them)."""
    return fine_places if troops is None or len(fine_places) == 1 else set()


def _fits(group: _Group, family: str, places: tuple[set, set], troops, units) -> bool:
    if group.family != family or not troops_match(group.troops, troops) or not places_match(group, *places, troops):
        return False
    if (troops is None) != (not group.troops):  # a number on one side only: the other must count no units either
        return units is None if troops is None else not group.units
    no_troops = troops is None and not group.troops
    return not (no_troops and units is not None and group.units and units not in group.units)


def _value(value):
    return None if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)) else int(value)


def group_movements(frame: pd.DataFrame) -> list[list[int]]:
    """Groups of positions in `frame` (movement rows), one list per deployment."""
    day = day_numbers(frame["date"])
    precision = frame["date_precision"].astype(str).to_numpy()
    usable = np.isin(precision, ("day", "week", "published")) & ~np.isnan(day)
    by_actor: dict[str, list[int]] = defaultdict(list)
    groups: list[_Group] = []
    alone = []
    for pos, actor in enumerate(frame["actor"]):
        if isinstance(actor, str) and actor and usable[pos]:
            by_actor[actor].append(pos)
        else:
            alone.append([pos])
    for positions in by_actor.values():
        open_groups: list[_Group] = []
        for pos in sorted(positions, key=lambda p: (day[p], p)):
            troops, units = _value(frame["troops"].iat[pos]), _value(frame["units"].iat[pos])
            family = STATUS_FAMILIES.get(str(frame["status"].iat[pos]), str(frame["status"].iat[pos]))
            fine = {place_key(p) for p in frame["destination_places"].iat[pos]}
            places = {*frame["destinations"].iat[pos], *fine}
            fine = own_places(fine, troops)
            open_groups = [g for g in open_groups if day[pos] - g.first_day <= MOVEMENT_WINDOW_DAYS]
            fits = [g for g in open_groups if _fits(g, family, (places, fine), troops, units)]
            group = max(fits, key=lambda g: (len(places & g.places), len(g.members)), default=None)
            if group is None:
                group = _Group(day[pos], family)
                open_groups.append(group)
                groups.append(group)
            group.members.append(pos)
            group.places |= places
            group.fine_places |= fine
            if troops is not None:
                group.troops.append(troops)
            if units is not None:
                group.units.add(units)
    return [g.members for g in groups] + alone
