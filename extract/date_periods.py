"""Calendar arithmetic on periods (start, end): month ends, weeks, the early/mid/late part of a
period, the candidate nearest publication in a tense's direction, units and counted numbers."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .date_grammar import NUMBERS


def month_end(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, k: int) -> tuple[int, int]:
    """(year, month) `k` months later (earlier when `k` < 0)."""
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week of `d`."""
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def part_of(start: dt.date, end: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
    """Narrow a week/month/year to its early, mid or late part."""
    if not part:
        return start, end
    if unit == "week":
        lo, hi = {"early": (0, 2), "mid": (1, 3), "late": (3, 6)}[part]
        return start + dt.timedelta(days=lo), start + dt.timedelta(days=hi)
    if unit == "month":
        return {
            "early": (start, start.replace(day=10)),
            "mid": (start.replace(day=11), start.replace(day=20)),
            "late": (start.replace(day=21), end),
        }[part]
    if unit == "year":
        y = start.year
        return {
            "early": (dt.date(y, 1, 1), dt.date(y, 4, 30)),
            "mid": (dt.date(y, 5, 1), dt.date(y, 8, 31)),
            "late": (dt.date(y, 9, 1), dt.date(y, 12, 31)),
        }[part]
    return start, end


def clip(start: dt.date, end: dt.date, pub: dt.date, tense: str) -> tuple[dt.date, dt.date]:
    """Cut a period containing publication at publication: past → end there, future → start there."""
    if tense == "past" and start <= pub < end:
        return start, pub
    if tense == "future" and start < pub <= end:
        return pub, end
    return start, end


def nearest_period(cands: list[tuple[dt.date, dt.date]], pub: dt.date, tense: str,
          slack: dt.timedelta = dt.timedelta(0)) -> tuple[dt.date, dt.date]:
    """The candidate period nearest `pub` in the tense's direction (nearest overall when none is)."""
    def distance(c: tuple[dt.date, dt.date]) -> int:
        if c[0] <= pub <= c[1]:
            return 0
        return min(abs((c[0] - pub).days), abs((c[1] - pub).days))

    if tense == "past":
        ok = [c for c in cands if c[0] <= pub + slack]
        if ok:
            return max(ok)
    elif tense == "future":
        ok = [c for c in cands if c[1] >= pub - slack]
        if ok:
            return min(ok)
    return min(cands, key=distance)


def number_of(word: str) -> int | None:
    """The number a count word means ("3", "three", "a"), or None."""
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def shift(d: dt.date, unit: str, k: int) -> tuple[dt.date, dt.date, str]:
    """The day/week/month/year `k` units from `d`, as a (start, end, precision) period."""
    if unit == "day":
        x = d + dt.timedelta(days=k)
        return x, x, "day"
    if unit == "week":
        return (*week_of(d + dt.timedelta(weeks=k)), "week")
    if unit == "month":
        y, m = add_months(d.year, d.month, k)
        return dt.date(y, m, 1), month_end(y, m), "month"
    return dt.date(d.year + k, 1, 1), dt.date(d.year + k, 12, 31), "year"


def unit_of(word: str) -> str:
    """The calendar unit of a word ("days" → day, "night" → day)."""
    word = word.lower().rstrip("s")
    return {"night": "day", "morning": "day", "evening": "day", "afternoon": "day"}.get(word, word)

