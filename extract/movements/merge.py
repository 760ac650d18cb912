"""One row per reported movement per article: later restatements of a movement become its mentions.

An article often restates the same movement ("Russia has massed 100,000 troops near Ukraine" ... "the 100,000
troops near the border"). Two rows are the same movement when, from different sentences, they have
- the same actor;
- the same troop number and unit count, or neither has one; no two different origins;
- the same status family (`STATUS_FAMILIES`: a build-up or presence, an intention, an alert, an arrival, a
  withdrawal), so a withdrawal never merges with a deployment;
- the same destination countries (or both none); named places none on one side or overlapping; equipment only
  with the same equipment ("warships" are not "jets");
- compatible dates: both dated only by the publication (or not at all), or both dated with overlapping periods
  (a dated report and an undated restatement may be two reports, and the row keeps one date).
The first mention is kept with its offsets and values; `n_mentions` counts the mentions and `mentions` lists every
mention's sentence span as "start:end". Works on `Movement` records and on plain dicts (the gold rows) alike.
"""
from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any

from .words import EQUIPMENT

STATUS_FAMILIES = {
    "deployed": "there", "stationed": "there",  # forces built up or in place
    "announced": "to_come", "planned": "to_come",  # a decision or a plan
    "on_alert": "on_alert", "arrived": "arrived", "withdrawn": "withdrawn",
}
_EQUIPMENT_NAMES = frozenset(EQUIPMENT.values())


def _get(record: Any, name: str) -> Any:
    return record.get(name) if isinstance(record, dict) else getattr(record, name, None)


def _period(record: Any) -> tuple[dt.date, dt.date] | None:
    """The dated period of a row (None when undated or dated only by publication): a `DateInfo` or the gold's
    `date` string with its `date_precision`."""
    date = _get(record, "date")
    if date is None:
        return None
    if isinstance(date, dict) or not isinstance(date, (str, dt.date)):
        start, end, precision = _get(date, "start"), _get(date, "end"), _get(date, "precision")
    else:
        start, end, precision = date, None, _get(record, "date_precision")
    if precision not in ("day", "week", "month", "year") or start is None:
        return None
    start = dt.date.fromisoformat(str(start)[:10])
    if end is not None:
        return start, dt.date.fromisoformat(str(end)[:10])
    if precision == "week":
        return start, start + dt.timedelta(days=6)
    if precision == "month":
        return start, start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start, start.replace(month=12, day=31)
    return start, start


def _places_agree(a: Sequence[str] | None, b: Sequence[str] | None) -> bool:
    """Named places agree when one side names none or the two share one ("Crimea" is not "Donbas")."""
    a, b = set(a or ()), set(b or ())
    return not a or not b or bool(a & b)


def _same_or_missing(a: Any, b: Any) -> bool:
    return a is None or b is None or a == b


def _troops(record: Any) -> int | None:
    value = _get(record, "troops")
    return None if value is None or value != value else int(value)


def same_movement(a: Any, b: Any) -> bool:
    """Whether rows `a` and `b` (of one article) report the same movement (the rule of the module docstring)."""
    if (_get(a, "sentence_start"), _get(a, "sentence_end")) == (_get(b, "sentence_start"), _get(b, "sentence_end")):
        return False  # one sentence's rows are different movements by construction (`_dedupe`)
    if not _get(a, "actor") or _get(a, "actor") != _get(b, "actor") or _troops(a) != _troops(b):
        return False
    if STATUS_FAMILIES.get(_get(a, "status")) != STATUS_FAMILIES.get(_get(b, "status")):
        return False
    if _get(a, "units") != _get(b, "units") or not _same_or_missing(_get(a, "origin"), _get(b, "origin")):
        return False
    force_a, force_b = _get(a, "force"), _get(b, "force")
    if (force_a in _EQUIPMENT_NAMES or force_b in _EQUIPMENT_NAMES) and force_a != force_b:
        return False
    if set(_get(a, "destinations") or ()) != set(_get(b, "destinations") or ()):
        return False
    if not _places_agree(_get(a, "destination_places"), _get(b, "destination_places")):
        return False
    pa, pb = _period(a), _period(b)
    if pa is None or pb is None:
        return pa is None and pb is None  # a dated report and an undated one may be two reports
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def mention(record: Any) -> str:
    """A mention as the `mentions` column writes it: the sentence span "start:end"."""
    return f"{_get(record, 'sentence_start')}:{_get(record, 'sentence_end')}"


def group_mentions(records: Sequence[Any]) -> list[list[Any]]:
    """The rows grouped by movement, in text order: each row joins the first earlier group whose first row
    reports the same movement and that has no row of its sentence yet, else starts a group."""
    groups: list[list[Any]] = []
    for record in sorted(records, key=lambda r: (_get(r, "sentence_start"), _get(r, "char_start") or 0)):
        group = next((g for g in groups if same_movement(g[0], record)
                      and mention(record) not in {mention(r) for r in g}), None)
        if group is None:
            groups.append([record])
        else:
            group.append(record)
    return groups


def merge_mentions(rows: Sequence[Any]) -> list[Any]:
    """One `Movement` per movement: the first mention, with `n_mentions` and every mention's sentence span."""
    out = []
    for group in group_mentions(rows):
        out.append(dataclasses.replace(group[0], n_mentions=len(group), mentions=[mention(r) for r in group]))
    return out
