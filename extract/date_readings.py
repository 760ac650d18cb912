"""How each rule of the grammar reads its match into a period (`DateInfo`), against the publication
date, the tense of the clause and, for anaphoric phrases, another date of the sentence."""
from __future__ import annotations

import datetime as dt
import re

from .date_grammar import MONTHS, WEEKDAYS, MatchContext
from .date_periods import clip, month_end, nearest_period, number_of, part_of, shift, unit_of
from .records import DateInfo

YEAR_SLACK = dt.timedelta(days=3)  # a month-day "in the past" may lie this far after publication


def _month_day(ctx: MatchContext, month: int, day: int, year: int | None, weekday: int | None) -> DateInfo | None:
    if year is not None:
        try:
            d = dt.date(year, month, day)
        except ValueError:
            return None
        return ctx.info(d, d, "day")
    try:  # validate the day against a leap year so "Feb. 29" is a date phrase
        dt.date(2020, month, day)
    except ValueError:
        return None
    pub = ctx.published
    if pub is None:
        return ctx.none()
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:  # "Feb. 29" when no year around the publication has one: no day of this story
        return None
    if weekday is not None and any(c.weekday() == weekday for c in cands):
        cands = [c for c in cands if c.weekday() == weekday]
    d = nearest_period([(c, c) for c in cands], pub, ctx.tense, YEAR_SLACK)[0]
    return ctx.info(d, d, "day")


def read_month_day(ctx: MatchContext) -> DateInfo | None:
    mon = ctx.g("mon") or ctx.g("mon2")
    day = ctx.g("day") or ctx.g("day2")
    year = ctx.g("year")
    wd = ctx.g("wd")
    return _month_day(
        ctx,
        MONTHS[mon.rstrip(".")],
        int(re.match(r"\d+", day).group()),
        int(year) if year else None,
        WEEKDAYS.index(wd) if wd else None,
    )


def read_numeric(ctx: MatchContext) -> DateInfo | None:
    if ctx.g("core") == "9/11":  # the 2001 attacks, not a date of this story
        return None
    year = ctx.g("ny")
    if year and len(year) == 2:
        year = "20" + year
    return _month_day(ctx, int(ctx.g("nm")), int(ctx.g("nd")), int(year) if year else None, None)


def read_iso(ctx: MatchContext) -> DateInfo | None:
    return _month_day(ctx, int(ctx.g("im")), int(ctx.g("id")), int(ctx.g("iy")), None)


_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "orthodox christmas": (1, 7), "new year's eve": (12, 31), "new year's day": (1, 1),
             "new year": (1, 1), "valentine's day": (2, 14)}


def read_holiday(ctx: MatchContext) -> DateInfo | None:
    name = re.sub(r"\s+", " ", ctx.g("hol")).replace("’", "'")
    month, day = _HOLIDAYS[name]
    year = ctx.g("hy")
    return _month_day(ctx, month, day, int(year) if year else None, None)


def read_weekday(ctx: MatchContext) -> DateInfo | None:
    pub = ctx.published
    if pub is None:
        return ctx.none()
    target = WEEKDAYS.index(ctx.g("wd"))
    rel = re.sub(r"\s+", " ", ctx.g("wrel"))
    back = (pub.weekday() - target) % 7  # days back to the most recent such day (0 = today)
    fwd = (target - pub.weekday()) % 7
    if rel in ("last", "this past", "past"):
        delta = -(back or 7)
    elif rel in ("next", "this coming", "coming"):
        delta = fwd or 7
    elif ctx.tense == "past":
        delta = -back
    elif ctx.tense == "future" or rel == "this":
        delta = fwd
    else:  # present: the nearer of the two
        delta = -back if back <= fwd else fwd
    d = pub + dt.timedelta(days=delta)
    return ctx.info(d, d, "day")


_RELDAY = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
           "yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1,
           "the day before yesterday": -2, "the day after tomorrow": 2}


def read_relday(ctx: MatchContext) -> DateInfo | None:
    if ctx.published is None:
        return ctx.none()
    d = ctx.published + dt.timedelta(days=_RELDAY[re.sub(r"\s+", " ", ctx.g("rd"))])
    return ctx.info(d, d, "day")


def read_unit_rel(ctx: MatchContext) -> DateInfo | None:
    """last/this/next/the past/the coming week|month|year, and "the end of the month"."""
    rel = re.sub(r"\s+", " ", ctx.g("urel"))
    unit = ctx.g("unit")
    mod1 = ctx.g("mod1")
    part = ctx.part
    if rel == "the" and not part:  # "the week" alone is not a date
        return None
    if rel in ("the previous", "the following", "the prior", "the preceding"):
        return None  # anaphoric: handled by the anaphora rule
    pub = ctx.published
    if pub is None:
        return ctx.none()
    prec = unit
    if rel in ("the past", "the last"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return ctx.info(pub - dt.timedelta(days=days), pub, prec)
    if rel in ("the coming", "the next"):
        days = {"week": 7, "month": 30, "year": 365}[unit]
        return ctx.info(pub, pub + dt.timedelta(days=days), prec)
    k = {"last": -1, "next": 1}.get(rel, 0)
    if unit == "week" and rel == "last" and pub.weekday() == 6:
        k = 0  # on a Sunday, "last week" is the week that has just ended (a Sunday show or paper looks back on it)
    start, end, _ = shift(pub, unit, k)
    start, end = part_of(start, end, unit, part)
    if k == 0:
        if mod1 == "earlier" and start <= pub:
            end = min(end, pub)
        elif mod1 == "later" and end >= pub:
            start = max(start, pub)
        elif not part:
            start, end = clip(start, end, pub, ctx.tense)
    return ctx.info(start, end, prec)


def read_weekend(ctx: MatchContext) -> DateInfo | None:
    pub = ctx.published
    if pub is None:
        return ctx.none()
    rel = re.sub(r"\s+", " ", ctx.g("werel"))
    sat_back = pub - dt.timedelta(days=(pub.weekday() - 5) % 7)  # most recent Saturday on/before pub
    past = (sat_back, sat_back + dt.timedelta(days=1))
    nxt = (sat_back + dt.timedelta(days=7), sat_back + dt.timedelta(days=8))
    if past[0] <= pub <= past[1]:  # published on a weekend day: "the weekend" is this one
        nxt = past
        past = (past[0], pub)
    if rel in ("last", "this past", "past"):
        start, end = (past if past[1] < pub else (past[0] - dt.timedelta(days=7), past[0] - dt.timedelta(days=6)))
    elif rel in ("next", "this coming", "coming"):
        start, end = nxt if nxt[0] > pub else (nxt[0] + dt.timedelta(days=7), nxt[1] + dt.timedelta(days=7))
    elif ctx.tense == "past":
        start, end = past
    elif ctx.tense == "future":
        start, end = nxt
    else:
        start, end = past if (pub - past[1]).days <= (nxt[0] - pub).days else nxt
    return ctx.info(start, end, "week")


def read_month(ctx: MatchContext) -> DateInfo | None:
    month = MONTHS[ctx.g("mname").rstrip(".")]
    year = ctx.g("myear")
    rel = ctx.g("mrel")
    if year:
        start, end = dt.date(int(year), month, 1), month_end(int(year), month)
    else:
        pub = ctx.published
        if pub is None:
            return ctx.none()
        cands = [(dt.date(y, month, 1), month_end(y, month)) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if rel == "last":
            start, end = max(c for c in cands if c[1] < pub.replace(day=1))
        elif rel == "next":
            start, end = min(c for c in cands if c[0] > month_end(pub.year, pub.month))
        else:
            start, end = nearest_period(cands, pub, "future" if rel == "this" and ctx.tense == "present" else ctx.tense)
    start, end = part_of(start, end, "month", ctx.part)
    return ctx.info(start, end, "month")


def read_year(ctx: MatchContext) -> DateInfo | None:
    year = int(ctx.g("yy"))
    start, end = part_of(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", ctx.part)
    return ctx.info(start, end, "year")


def read_span(ctx: MatchContext) -> DateInfo | None:
    """recent days / the past few weeks / the coming days / the past 3 months: spans touching publication."""
    if ctx.g("prep") == "for":  # "for the past eight years" is a duration, not an event date
        return None
    pub = ctx.published
    if pub is None:
        return ctx.none()
    direction = ctx.g("sdir")
    unit = unit_of(ctx.g("sunit"))
    n = number_of(ctx.g("sn")) if ctx.g("sn") else None
    if n is None:
        days = {"day": 7, "week": 30, "month": 182, "year": 3 * 365}[unit]
    else:
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    prec = "week" if days <= 7 else "month" if days <= 31 else "year"
    if direction in ("coming", "next", "upcoming"):
        return ctx.info(pub, pub + dt.timedelta(days=days), prec)
    return ctx.info(pub - dt.timedelta(days=days), pub, prec)


def read_ago(ctx: MatchContext) -> DateInfo | None:
    pub = ctx.published
    if pub is None:
        return ctx.none()
    unit = unit_of(ctx.g("aunit"))
    n = number_of(ctx.g("an")) if ctx.g("an") else None
    if unit == "hour":
        if n is None:
            return ctx.info(pub, pub, "day")
        d = pub - dt.timedelta(days=round(n / 24))
        return ctx.info(d, d, "day")
    if unit == "decade":
        y = pub.year - 10 * (n or 1)
        return ctx.info(dt.date(y, 1, 1), dt.date(y, 12, 31), "year")
    if n is None and not ctx.g("an") and not ctx.g("aunit").endswith("s"):
        return None  # "week ago"
    if n is None:  # "a few days ago", "days ago": 2 to 6 units back, one precision coarser
        start, _, _ = shift(pub, unit, -6)
        _, end, _ = shift(pub, unit, -2)
        coarser = {"day": "week", "week": "month", "month": "year", "year": "year"}[unit]
        return ctx.info(start, end, coarser)
    start, end, prec = shift(pub, unit, -n)
    return ctx.info(start, end, prec)


def read_anaphor(ctx: MatchContext) -> DateInfo | None:
    """'the day before', 'two days later', 'the following week': relative to another date of the
    sentence (`anchor`), else to publication."""
    base = ctx.anchor or ctx.published
    if base is None:
        return ctx.none()
    fixed = re.sub(r"\s+", " ", ctx.g("fx"))
    if fixed:  # "the same day", "that year"
        unit, k = unit_of(fixed.split()[-1]), 0
    elif ctx.g("nunit"):
        n = number_of(ctx.g("nn"))
        if n is None:
            return None
        unit = unit_of(ctx.g("nunit"))
        k = -n if ctx.g("ndir").split()[0] in ("earlier", "before", "prior") else n
    elif ctx.g("d1unit"):
        unit = unit_of(ctx.g("d1unit"))
        k = -1 if ctx.g("d1dir") in ("previous", "prior", "preceding") else 1
    else:
        unit = unit_of(ctx.g("d2unit"))
        k = -1 if ctx.g("d2dir") in ("before", "earlier") else 1
    start, end, prec = shift(base, unit, k)
    return ctx.info(start, end, prec)

