"""News date resolution: find date phrases in a sentence and resolve them against the publication date.

Resolution follows how a news reader (and HeidelTime's news rules) reads a date: a weekday in
the past tense is the most recent such day on or before publication, in the future tense the
next one on or after it. dateparser's relative logic is not used (see STYLE.md): a small regex
grammar plus `datetime` arithmetic does the work. The rules are documented in docs/dates.md.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, NamedTuple

from .records import DateInfo
from .sentences import ents_in, sentence_of, text_of

if TYPE_CHECKING:  # spaCy is only needed for the Doc-level functions
    from spacy.tokens import Span, Token

__all__ = ["DateMention", "find_dates", "tense_of", "resolve", "date_of", "TENSES", "PRECISIONS"]

TENSES = ("past", "present", "future")
PRECISIONS = ("day", "week", "month", "year", "published", "none")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
YEAR_SLACK = dt.timedelta(days=3)  # a month-day "in the past" may lie this far after publication


class DateMention(NamedTuple):
    """A date phrase in a doc: its raw text, char offsets into the doc text, and the token it attaches to."""

    text: str
    start: int
    end: int
    head: int  # index (in the doc) of the token the phrase attaches to outside the phrase, or -1


# --------------------------------------------------------------------------------------------
# The grammar. Every rule is a regex for the core of a phrase; `_wrap` adds the optional
# modifiers and prepositions around it. The same compiled regex finds phrases (finditer) and
# reads them (fullmatch), so what `find_dates` returns is exactly what `resolve` understands.
# --------------------------------------------------------------------------------------------
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|,\d|:\d)"
YEAR = r"(?<![\d,.$])(?:19|20)\d\d(?![\d,]\d|\d)"
NUMW = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)"
VAGUE = r"(?:a\s+few|a\s+couple(?:\s+of)?|several|few)"
TOD = r"(?:morning|afternoon|evening|night|lunchtime)\b"
CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon\b|midnight\b)"
    r"(?:\s+(?:local\s+time|GMT|UTC|ET|EST|EDT|CET|Moscow\s+time|Kyiv\s+time)\b)?"
)
# Words before the core. Neutral prepositions are matched but left out of the phrase text;
# modifiers and meaning-bearing prepositions (since, by, until, before, after) are kept.
NEUTRAL_PREP = r"(?:on|in|at|during|over|for|from|through|throughout|of)"
MEANING_PREP = r"(?:since|until|till|by|before|after|as\s+of|starting|beginning)"
MOD1 = r"(?:earlier|later|late|early)"
MOD2 = (
    r"(?:(?:the\s+)?(?:end|start|beginning|middle|first\s+half|second\s+half)\s+of\s+"
    r"|(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+"
    r"|early\s+|late\s+|mid-?\s*)"
)


def _wrap(core: str) -> re.Pattern:
    """Compile `core` with the optional words that may surround it (see module docstring)."""
    return re.compile(
        r"(?<![\w-])"
        rf"(?:(?P<mod1>{MOD1})\s+)?"
        rf"(?:(?:(?:at|around|about|from|by|until|before|after)\s+)?(?P<clk>{CLOCK})\s+(?:on\s+)?)?"
        rf"(?:(?P<prep>{NEUTRAL_PREP}\s+)|(?P<mprep>{MEANING_PREP})\s+)?"
        rf"(?P<mod2>{MOD2})?"
        rf"(?P<core>{core})"
        rf"(?:\s+(?P<tod>{TOD}))?"
        rf"(?:,?\s+(?:at|around|about|from|until|by|after|before)?\s*(?P<clock>{CLOCK}))?"
        r"(?!\w|-[a-z])",  # "Nov. 30-Dec. 1" ends at "30"; "2014-era" is not a year
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern
    handler: Callable[["_Ctx"], DateInfo | None]
    needs_context: bool = False  # bare months/years/numbers: only with a preposition, modifier or DATE entity
    anaphoric: bool = False  # relative to another date of the sentence ("the day before")


@dataclass
class _Ctx:
    """What a handler needs: the match, the reference dates and the tense."""

    m: re.Match
    text: str
    published: dt.date | None
    tense: str
    anchor: dt.date | None

    def g(self, name: str) -> str:
        return (self.m.groupdict().get(name) or "").strip().lower()

    @property
    def part(self) -> str:
        """early | mid | late | '' from the modifiers ("late January", "the end of the month")."""
        mod = re.sub(r"\s+", " ", f"{self.g('mod2')} {self.g('mod1')}").strip()
        if re.match(r"(early|the start|start|the beginning|beginning|the first half|first half)\b", mod):
            return "early"
        if re.match(r"(mid|the middle|middle)\b", mod):
            return "mid"
        if re.match(r"(late|the end|end|the second half|second half)\b", mod):
            return "late"
        return ""

    def info(self, start: dt.date | None, end: dt.date | None, precision: str) -> DateInfo:
        return DateInfo(start, end, precision, self.text)

    def none(self) -> DateInfo:
        return DateInfo(None, None, "none", self.text)


# ---------------------------------------------------------------- calendar helpers
def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + k
    return idx // 12, idx % 12 + 1


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _part_of(start: dt.date, end: dt.date, unit: str, part: str) -> tuple[dt.date, dt.date]:
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


def _clip(start: dt.date, end: dt.date, pub: dt.date, tense: str) -> tuple[dt.date, dt.date]:
    """Cut a period containing publication at publication: past → end there, future → start there."""
    if tense == "past" and start <= pub < end:
        return start, pub
    if tense == "future" and start < pub <= end:
        return pub, end
    return start, end


def _pick(cands: list[tuple[dt.date, dt.date]], pub: dt.date, tense: str,
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


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _shift(d: dt.date, unit: str, k: int) -> tuple[dt.date, dt.date, str]:
    """The day/week/month/year `k` units from `d`, as a (start, end, precision) period."""
    if unit == "day":
        x = d + dt.timedelta(days=k)
        return x, x, "day"
    if unit == "week":
        return (*_week_of(d + dt.timedelta(weeks=k)), "week")
    if unit == "month":
        y, m = _add_months(d.year, d.month, k)
        return dt.date(y, m, 1), _month_end(y, m), "month"
    return dt.date(d.year + k, 1, 1), dt.date(d.year + k, 12, 31), "year"


def _unit(word: str) -> str:
    word = word.lower().rstrip("s")
    return {"night": "day", "morning": "day", "evening": "day", "afternoon": "day"}.get(word, word)


# ---------------------------------------------------------------- handlers
def _month_day(ctx: _Ctx, month: int, day: int, year: int | None, weekday: int | None) -> DateInfo | None:
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
    if weekday is not None and any(c.weekday() == weekday for c in cands):
        cands = [c for c in cands if c.weekday() == weekday]
    d = _pick([(c, c) for c in cands], pub, ctx.tense, YEAR_SLACK)[0]
    return ctx.info(d, d, "day")


def _h_month_day(ctx: _Ctx) -> DateInfo | None:
    mon = ctx.g("mon") or ctx.g("mon2")
    day = ctx.g("day") or ctx.g("day2")
    year = ctx.g("year")
    wd = ctx.g("wd")
    return _month_day(
        ctx,
        _MONTHS[mon.rstrip(".")],
        int(re.match(r"\d+", day).group()),
        int(year) if year else None,
        _WEEKDAYS.index(wd) if wd else None,
    )


def _h_numeric(ctx: _Ctx) -> DateInfo | None:
    if ctx.g("core") == "9/11":  # the 2001 attacks, not a date of this story
        return None
    year = ctx.g("ny")
    if year and len(year) == 2:
        year = "20" + year
    return _month_day(ctx, int(ctx.g("nm")), int(ctx.g("nd")), int(year) if year else None, None)


def _h_iso(ctx: _Ctx) -> DateInfo | None:
    return _month_day(ctx, int(ctx.g("im")), int(ctx.g("id")), int(ctx.g("iy")), None)


_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
             "orthodox christmas": (1, 7), "new year's eve": (12, 31), "new year's day": (1, 1),
             "new year": (1, 1), "valentine's day": (2, 14)}


def _h_holiday(ctx: _Ctx) -> DateInfo | None:
    name = re.sub(r"\s+", " ", ctx.g("hol")).replace("’", "'")
    month, day = _HOLIDAYS[name]
    year = ctx.g("hy")
    return _month_day(ctx, month, day, int(year) if year else None, None)


def _h_weekday(ctx: _Ctx) -> DateInfo | None:
    pub = ctx.published
    if pub is None:
        return ctx.none()
    target = _WEEKDAYS.index(ctx.g("wd"))
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


def _h_relday(ctx: _Ctx) -> DateInfo | None:
    if ctx.published is None:
        return ctx.none()
    d = ctx.published + dt.timedelta(days=_RELDAY[re.sub(r"\s+", " ", ctx.g("rd"))])
    return ctx.info(d, d, "day")


def _h_unit_rel(ctx: _Ctx) -> DateInfo | None:
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
    start, end, _ = _shift(pub, unit, k)
    start, end = _part_of(start, end, unit, part)
    if k == 0:
        if mod1 == "earlier" and start <= pub:
            end = min(end, pub)
        elif mod1 == "later" and end >= pub:
            start = max(start, pub)
        elif not part:
            start, end = _clip(start, end, pub, ctx.tense)
    return ctx.info(start, end, prec)


def _h_weekend(ctx: _Ctx) -> DateInfo | None:
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


def _h_month(ctx: _Ctx) -> DateInfo | None:
    month = _MONTHS[ctx.g("mname").rstrip(".")]
    year = ctx.g("myear")
    rel = ctx.g("mrel")
    if year:
        start, end = dt.date(int(year), month, 1), _month_end(int(year), month)
    else:
        pub = ctx.published
        if pub is None:
            return ctx.none()
        cands = [(dt.date(y, month, 1), _month_end(y, month)) for y in (pub.year - 1, pub.year, pub.year + 1)]
        if rel == "last":
            start, end = max(c for c in cands if c[1] < pub.replace(day=1))
        elif rel == "next":
            start, end = min(c for c in cands if c[0] > _month_end(pub.year, pub.month))
        else:
            start, end = _pick(cands, pub, "future" if rel == "this" and ctx.tense == "present" else ctx.tense)
    start, end = _part_of(start, end, "month", ctx.part)
    return ctx.info(start, end, "month")


def _h_year(ctx: _Ctx) -> DateInfo | None:
    year = int(ctx.g("yy"))
    start, end = _part_of(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", ctx.part)
    return ctx.info(start, end, "year")


def _h_span(ctx: _Ctx) -> DateInfo | None:
    """recent days / the past few weeks / the coming days / the past 3 months: spans touching publication."""
    if ctx.g("prep") == "for":  # "for the past eight years" is a duration, not an event date
        return None
    pub = ctx.published
    if pub is None:
        return ctx.none()
    direction = ctx.g("sdir")
    unit = _unit(ctx.g("sunit"))
    n = _number(ctx.g("sn")) if ctx.g("sn") else None
    if n is None:
        days = {"day": 7, "week": 30, "month": 182, "year": 3 * 365}[unit]
    else:
        days = n * {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
    prec = "week" if days <= 7 else "month" if days <= 31 else "year"
    if direction in ("coming", "next", "upcoming"):
        return ctx.info(pub, pub + dt.timedelta(days=days), prec)
    return ctx.info(pub - dt.timedelta(days=days), pub, prec)


def _h_ago(ctx: _Ctx) -> DateInfo | None:
    pub = ctx.published
    if pub is None:
        return ctx.none()
    unit = _unit(ctx.g("aunit"))
    n = _number(ctx.g("an")) if ctx.g("an") else None
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
        start, _, _ = _shift(pub, unit, -6)
        _, end, _ = _shift(pub, unit, -2)
        coarser = {"day": "week", "week": "month", "month": "year", "year": "year"}[unit]
        return ctx.info(start, end, coarser)
    start, end, prec = _shift(pub, unit, -n)
    return ctx.info(start, end, prec)


def _h_anaphor(ctx: _Ctx) -> DateInfo | None:
    """'the day before', 'two days later', 'the following week': relative to another date of the
    sentence (`anchor`), else to publication."""
    base = ctx.anchor or ctx.published
    if base is None:
        return ctx.none()
    fixed = re.sub(r"\s+", " ", ctx.g("fx"))
    if fixed:  # "the same day", "that year"
        unit, k = _unit(fixed.split()[-1]), 0
    elif ctx.g("nunit"):
        n = _number(ctx.g("nn"))
        if n is None:
            return None
        unit = _unit(ctx.g("nunit"))
        k = -n if ctx.g("ndir").split()[0] in ("earlier", "before", "prior") else n
    elif ctx.g("d1unit"):
        unit = _unit(ctx.g("d1unit"))
        k = -1 if ctx.g("d1dir") in ("previous", "prior", "preceding") else 1
    else:
        unit = _unit(ctx.g("d2unit"))
        k = -1 if ctx.g("d2dir") in ("before", "earlier") else 1
    start, end, prec = _shift(base, unit, k)
    return ctx.info(start, end, prec)


# "two days before/after" counts only when nothing follows or a date does ("two days before Feb. 24"):
# "15 years after he took office" counts from an event this module cannot date.
_ANAPH_END = rf"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:on\s+|the\s+)?(?:{MON}|{WD}|(?:19|20)\d\d\b))"
_RULES: list[_Rule] = [
    _Rule("month_day", _wrap(
        rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
        rf"(?:(?P<mon>{MON})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MON}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?"), _h_month_day),
    _Rule("iso", _wrap(r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"), _h_iso),
    _Rule("numeric", _wrap(r"(?P<nm>1[0-2]|0?[1-9])/(?P<nd>3[01]|[12]\d|0?[1-9])(?:/(?P<ny>(?:19|20)?\d\d))?(?![\d/])"),
          _h_numeric, needs_context=True),
    _Rule("holiday", _wrap(
        r"(?P<hol>Orthodox\s+Christmas|Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve"
        r"|New\s+Year['’]s\s+Day|Valentine['’]s\s+Day)"
        rf"(?:,?\s+(?P<hy>{YEAR}))?"), _h_holiday),
    _Rule("anaphor", _wrap(
        r"(?:(?P<fx>(?:the\s+same|that)\s+(?:day|night|week|month|year))"
        rf"|(?P<nn>{NUMW})\s+(?P<nunit>days?|weeks?|months?|years?)\s+(?P<ndir>earlier|later|(?:before|after|prior(?:\s+to)?){_ANAPH_END})"
        r"|the\s+(?P<d1dir>next|following|previous|prior|preceding)\s+(?P<d1unit>day|morning|evening|night|week|month|year)"
        rf"|the\s+(?P<d2unit>day|night|week|month|year)\s+(?P<d2dir>earlier|later|(?:before|after){_ANAPH_END}))"),
          _h_anaphor, anaphoric=True),
    _Rule("relday", _wrap(
        r"(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow"
        r"|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|last\s+evening)"), _h_relday),
    _Rule("weekday", _wrap(rf"(?:(?P<wrel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?<!News\s)(?P<wd>{WD})"
                             r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|People|Sport|Star|Show|Night\s+Live)\b)"),
          _h_weekday),
    _Rule("weekend", _wrap(r"(?P<werel>last|next|this\s+past|this\s+coming|this|the)\s+weekend"), _h_weekend),
    _Rule("unit_rel", _wrap(
        r"(?P<urel>last|next|this|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current|the)\s+(?P<unit>week|month|year)"),
          _h_unit_rel),
    _Rule("span", _wrap(
        rf"(?:the\s+)?(?P<sdir>recent|past|last|coming|next|upcoming)\s+(?:(?:{VAGUE}|(?P<sn>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+)?(?P<sunit>days|weeks|months|years)"),
          _h_span),
    _Rule("ago", _wrap(rf"(?:(?:just|only|some|about|nearly|almost|more\s+than|over)\s+)?(?:(?P<an>{VAGUE}|{NUMW})\s+)?"
                       r"(?P<aunit>hours?|days?|weeks?|months?|years?|decades?)\s+ago"), _h_ago),
    _Rule("month", _wrap(rf"(?:(?P<mrel>last|next|this)\s+)?(?P<mname>{MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?:,?\s+(?:of\s+)?(?P<myear>{YEAR}))?"),
          _h_month, needs_context=True),
    _Rule("year", _wrap(rf"(?P<yy>{YEAR})"), _h_year, needs_context=True),
]


def _capitals_ok(m: re.Match) -> bool:
    """Month and weekday names must be capitalised ("may", "march" are other words)."""
    for name in ("mon", "mon2", "mname", "wd", "hol"):
        word = m.groupdict().get(name)
        if word and not word[0].isupper():
            return False
    for name in ("unit", "tod"):  # ABC's "This Week", "CBS Saturday Morning" are shows
        word = m.groupdict().get(name)
        if word and word[0].isupper() and not m.group().isupper():
            return False
    return True


def _has_context(m: re.Match) -> bool:
    gd = m.groupdict()
    return any(gd.get(k) for k in ("prep", "mprep", "mod1", "mod2", "mrel"))


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(",;:")


def _match(text: str) -> tuple[_Rule, re.Match] | None:
    """The first rule that reads the whole of `text`."""
    norm = _normalise(text)
    for rule in _RULES:
        m = rule.pattern.fullmatch(norm)
        if m and _capitals_ok(m):
            return rule, m
    return None


def _phrase_start(m: re.Match) -> int:
    """Where the kept phrase starts: after a neutral preposition, at the clock time, else at the match."""
    if m.group("mod1"):
        return m.start()
    if m.group("clk"):
        return m.start("clk")
    if m.group("prep"):
        return m.end("prep")
    return m.start()


def resolve(text: str, published: dt.date | None, *, tense: str = "past",
            anchor: dt.date | None = None) -> DateInfo | None:
    """The period a date phrase means, read against `published`; None when `text` is not a date phrase.

    `tense` sets the direction for weekdays and year-less dates; `anchor` is the date that anaphoric
    phrases ("the day before", "two days later") count from (publication when not given).
    Absolute phrases resolve without `published`; relative ones then get precision `none`.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    found = _match(text)
    if found is None:
        return None
    rule, m = found
    if (m.group("mprep") or "").lower() == "since":  # "since the end of December" looks back
        tense = "past"
    ctx = _Ctx(m, text.strip(), published, tense, anchor)
    return rule.handler(ctx)


def is_anaphoric(text: str) -> bool:
    """True for phrases that count from another date ("the day before", "a week later")."""
    found = _match(text)
    return bool(found and found[0].anaphoric)


# --------------------------------------------------------------------------------------------
# Finding phrases in a parsed sentence
# --------------------------------------------------------------------------------------------
_PROBE_DATE = dt.date(2022, 2, 2)


_YEAR_PREPS = {"in", "since", "by", "until", "till", "from", "through", "during", "of", "before", "after",
               "as of", "starting", "beginning", "throughout"}
_NUMERIC_PREPS = {"on", "since", "by", "until", "till", "from", "through", "before", "after", "as of", "starting"}


def _context_ok(rule: _Rule, m: re.Match, start: int, end: int, ent_spans: list[tuple[int, int]]) -> bool:
    """Bare years, months and m/d numbers count only after a fitting preposition or modifier, or
    inside a spaCy DATE/TIME entity ("over 2000 troops" is not a year)."""
    if not rule.needs_context:
        return True
    prep = re.sub(r"\s+", " ", (m.group("prep") or m.group("mprep") or "").strip().lower())
    if rule.name == "numeric":
        return prep in _NUMERIC_PREPS
    if rule.name == "year" and (prep in _YEAR_PREPS or m.group("mod1") or m.group("mod2")):
        return True
    if rule.name == "month" and _has_context(m):
        return True
    return any(s < end and start < e for s, e in ent_spans)


def _candidates(text: str, base: int, ent_spans: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, rule index, core start) of grammar matches in `text`, offsets shifted by `base`.
    The core start is where the phrase begins without its leading modifiers and prepositions."""
    found = []
    for idx, rule in enumerate(_RULES):
        for m in rule.pattern.finditer(text):
            if not _capitals_ok(m):
                continue
            start, end = base + _phrase_start(m), base + m.end()
            if not _context_ok(rule, m, start, end, ent_spans):
                continue
            if rule.handler(_Ctx(m, m.group(), _PROBE_DATE, "past", None)) is None:
                continue
            core = base + (m.start("mod2") if m.group("mod2") else m.start("core"))
            found.append((start, end, idx, core))
    return found


def find_dates(sent: "Span") -> list[DateMention]:
    """Date phrases of a sentence: the regex grammar, with spaCy DATE/TIME entities confirming bare
    months and years ("2014", "January"). Longest phrase wins where phrases overlap. Every returned
    phrase is one `resolve` reads."""
    doc = sent.doc
    cache = doc.user_data.setdefault("uct_dates", {})  # the same sentence is asked for many times
    if (sent.start, sent.end) in cache:
        return cache[(sent.start, sent.end)]
    found = _find_dates(sent)
    cache[(sent.start, sent.end)] = found
    return found


def _find_dates(sent: "Span") -> list[DateMention]:
    doc = sent.doc
    text = text_of(doc)[sent.start_char:sent.end_char]
    ents = [(e.start_char, e.end_char) for e in ents_in(sent) if e.label_ in ("DATE", "TIME")]
    cands = _candidates(text, sent.start_char, ents)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    chosen: list[tuple[int, int]] = []
    for start, end, idx, core in cands:
        if _RULES[idx].name in ("year", "numeric") and _is_quantity(doc, start, end):
            continue
        # "two days before Feb. 24": the longer phrase takes "before"; "Feb. 24" keeps its core
        for s0 in (start, core):
            if all(end <= s or s0 >= e for s, e in chosen):
                chosen.append((s0, end))
                break
    out = []
    for start, end in sorted(chosen):
        out.append(DateMention(text_of(doc)[start:end], start, end, _head_of(doc, start, end)))
    return out


def _is_quantity(doc, start: int, end: int) -> bool:
    """A number that counts something ("2000 troops"), not a year ("the 2014 revolution")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    return last.dep_ == "nummod" and last.head.i >= span.end and last.head.tag_ in ("NNS", "NNPS")


def _head_of(doc, start: int, end: int) -> int:
    """The token outside the phrase its root attaches to, looking through a left-out preposition
    ("on Thursday" → the verb "meet", not "on"); -1 when the phrase holds the sentence root."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return -1
    root = span.root
    if root.head.i == root.i or span.start <= root.head.i < span.end:
        return -1
    head = root.head
    if head.i == span.start - 1 and head.dep_ == "prep" and re.fullmatch(NEUTRAL_PREP, head.text.lower()) and head.head.i != head.i:
        return head.head.i
    return head.i


# --------------------------------------------------------------------------------------------
# Tense and attachment
# --------------------------------------------------------------------------------------------
_FUTURE_AUX = {"will", "'ll", "ll", "shall", "would", "wo", "’ll"}
_HAVE = {"has", "have", "had", "'ve", "’ve", "having"}
_BE_PAST = {"was", "were"}
_BE = {"is", "are", "am", "'s", "’s", "'re", "’re", "was", "were", "be", "been", "being"}
# "is expected/scheduled/due/set/going to": predicates that put an event in the future
_FUTURE_PRED = {"expected", "scheduled", "due", "set", "slated", "planned", "poised", "going", "about", "likely", "to"}
# verbs and adjectives whose infinitive complement is a later event: "plans to meet"
_FUTURE_GOVERNORS = _FUTURE_PRED | {
    "plan", "plans", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aimed",
    "aiming", "prepare", "prepares", "prepared", "preparing", "hope", "hopes", "hoped", "hoping", "want",
    "wants", "wanted", "agree", "agrees", "agreed", "promise", "promises", "promised", "pledge", "pledges",
    "pledged", "vow", "vows", "vowed", "threaten", "threatens", "threatened", "expect", "expects", "ready",
    "scheduling", "seek", "seeks", "sought", "decide", "decides", "decided", "offer", "offers", "offered",
}
_FUTURE_NOUN_MODS = {"upcoming", "planned", "scheduled", "expected", "proposed", "forthcoming", "next", "future", "coming"}
_CLAUSE_DEPS = {"ccomp", "advcl", "csubj", "csubjpass", "parataxis", "conj", "relcl", "acl", "pcomp"}


def _is_verb(tok: "Token") -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _verb_tense(v: "Token") -> str:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {c.text.lower() for c in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if ("'d" in words or "’d" in words) and v.tag_ == "VB":
        return "future"
    low = v.text.lower()
    if low in _FUTURE_PRED and (words & _BE or v.dep_ in ("acl", "amod", "advcl")):
        return "future"
    if low in _BE or v.tag_ == "MD":  # "the talks are due Thursday", "the call is expected"
        if any(c.dep_ in ("acomp", "attr", "xcomp") and c.text.lower() in _FUTURE_PRED for c in v.children):
            return "future"
    if v.dep_ == "xcomp":  # "plans to meet", "is going to send": the infinitive's time
        head = v.head
        if head.text.lower() in _FUTURE_GOVERNORS:
            return "future"
        if head.i != v.i:
            return _verb_tense(head)
    if v.tag_ == "VBD" or words & (_HAVE | _BE_PAST | {"did"}):
        return "past"
    if v.tag_ == "VBN" and not words:
        return "past"
    if v.tag_ == "VBG" and not words and v.head.i != v.i:  # "while trying ...", "leaders gathering ..."
        gov = _governing_verb(v.head)
        if gov is not None:
            return _verb_tense(gov)
    if v.dep_ == "conj" and not (words - {"to"}) and v.tag_ in ("VB", "VBN", "VBG") and v.head.i != v.i:
        return _verb_tense(v.head)
    return "present"


def _governing_verb(token: "Token") -> "Token | None":
    n = token
    for _ in range(len(token.doc)):
        if _is_verb(n):
            return n
        if n.head.i == n.i:
            return None
        n = n.head
    return None


def tense_of(token: "Token") -> str:
    """'past' | 'present' | 'future' of a verb, or of the verb governing a noun ("the call is expected")."""
    if not _is_verb(token):
        if any(c.text.lower() in _FUTURE_NOUN_MODS for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
            return "future"
        verb = _governing_verb(token)
        return _verb_tense(verb) if verb is not None else "present"
    return _verb_tense(token)


def _clause_root(token: "Token") -> "Token":
    """The verb whose clause `token` belongs to: itself, its governing verb, through infinitive links."""
    n = _governing_verb(token) or token
    while n.dep_ == "xcomp" and n.head.i != n.i:
        n = n.head
    return n


def _attachment(token: "Token", head_i: int) -> int | None:
    """Path length from the phrase's head to `token`'s clause root, or None when it is not on it
    (it sits in a subordinate clause with its own verb, or elsewhere in the sentence)."""
    if head_i < 0:
        return None
    doc = token.doc
    root = _clause_root(token)
    n = doc[head_i]
    for steps in range(len(doc)):
        if n.i == root.i:
            return steps
        if n.dep_ in _CLAUSE_DEPS and _is_verb(n) and n.i != token.i:
            if not (n.dep_ in ("acl", "relcl") and n.head.i == token.i):
                return None
        if n.head.i == n.i:
            return None
        n = n.head
    return None


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time",
               "deadline", "date", "meeting", "talks", "call", "summit", "visit"}


def _names_a_thing(token: "Token", m: DateMention) -> bool:
    """A date inside a name or a noun phrase ("the Sept. 11 attacks", "the Jan. 6 committee", "Russia's
    2014 annexation"): it modifies a noun that is not the word being dated nor a time or an occasion, so
    it is not when the clause happened."""
    doc = token.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or m.head < 0 or m.head == token.i:
        return False
    head = doc[m.head]
    before = doc[span.start - 1] if span.start > 0 else None  # "the Sept. 11 attacks", "Russia's 2014 annexation"
    return span.root.dep_ in ("nmod", "compound", "amod", "nummod") and head.tag_ in ("NN", "NNS", "NNP") and \
        head.lower_ not in _TIME_NOUNS and before is not None and (before.lower_ == "the" or before.tag_ == "POS")


def clause_date(token: "Token", published: dt.date | None, *, exclude: tuple[int, int] | None = None) -> DateInfo:
    """The date of a statement or movement whose main word is `token`: a phrase of its own clause; else
    one elsewhere in the sentence only when it names a past day or week (a future or vaguer phrase there
    belongs to another clause); else the publication date. Phrases inside `exclude` never count."""
    info = date_of(token, published, exclude=exclude, attached_only=True)
    if info.precision in ("published", "none"):
        loose = date_of(token, published, exclude=exclude)
        if loose.start is not None and loose.precision in ("day", "week") and (
                published is None or loose.start <= published):
            info = loose
    return info


def date_of(token: "Token", published: dt.date | None, *, exclude: tuple[int, int] | None = None,
            attached_only: bool = False) -> DateInfo:
    """The date of the event or statement whose main word is `token`.

    Prefers a phrase attached to the token's clause, then (unless `attached_only`) any other phrase
    of the sentence, else the publication date (precision `published`) or nothing (`none`). Phrases
    inside `exclude` (a statement's own content: what was said is not when it was said) are ignored.
    A weekday's direction comes from the tense of the word the phrase attaches to; an anaphoric
    phrase counts from another day-precise date of the sentence when there is one.
    """
    mentions = [m for m in find_dates(sentence_of(token)) if not _names_a_thing(token, m)]
    if exclude is not None:
        mentions = [m for m in mentions if not (exclude[0] <= m.start and m.end <= exclude[1] + 1)]
    if attached_only:
        mentions = [m for m in mentions if _attachment(token, m.head) is not None]
    if not mentions:
        if published is None:
            return DateInfo(None, None, "none", "")
        return DateInfo(published, published, "published", "")
    doc = token.doc

    def tense(m: DateMention) -> str:
        return tense_of(doc[m.head]) if m.head >= 0 else tense_of(token)

    resolved = {m: resolve(m.text, published, tense=tense(m)) for m in mentions}

    def own_anchor(m: DateMention) -> DateMention | None:
        """The date right after "two days before|after" ("two days before Feb. 24")."""
        if not re.search(r"\b(?:before|after|prior\s+to)$", m.text, re.IGNORECASE):
            return None
        nxt = [n for n in mentions if n.start >= m.end and re.fullmatch(r"\s*(?:on\s+|the\s+)?", text_of(doc)[m.end:n.start])]
        return nxt[0] if nxt else None

    def rank(m: DateMention, steps: int) -> tuple:
        info = resolved[m]
        prec = _PRECISION_RANK.get(info.precision, 9) if info else 9
        loose_anaphor = is_anaphoric(m.text) and own_anchor(m) is None
        return (loose_anaphor, prec, steps, abs(m.start - token.idx))

    attached = [(m, s) for m in mentions if (s := _attachment(token, m.head)) is not None]
    pool = attached or [(m, 99) for m in mentions]
    best = min(pool, key=lambda ms: rank(*ms))[0]
    info = resolved[best]
    if is_anaphoric(best.text):
        unit_rank = _PRECISION_RANK.get(info.precision, 0) if info else 0
        anchors = [m for m in mentions if m is not best and not is_anaphoric(m.text)
                   and resolved[m] is not None and _PRECISION_RANK.get(resolved[m].precision, 9) <= unit_rank]
        if anchors:
            anchor = own_anchor(best) or min(anchors, key=lambda m: abs(m.start - best.start))
            info = resolve(best.text, published, tense=tense(best), anchor=resolved[anchor].start)
    return info if info is not None else DateInfo(published, published, "published", "")


# --------------------------------------------------------------------------------------------
# `python -m extract.dates --sample N`: how the rules fare on a corpus (prints figures, writes nothing)
# --------------------------------------------------------------------------------------------
DEFAULT_CORPUS = "../shared/corpus/r2nery-ukraine-media/articles_2021-11_2022-03.csv"


def _measure(path: str, n_articles: int, n_show: int, seed: int) -> None:
    import csv
    import random
    from collections import Counter

    from .nlp import load_model

    csv.field_size_limit(1 << 30)
    with open(path, newline="", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r.get("text_kind", "full_text") == "full_text"]
    rng = random.Random(seed)
    rows = rng.sample(rows, min(n_articles, len(rows)))
    nlp = load_model(exclude=("lemmatizer",))
    by_precision: Counter = Counter()
    missed: Counter = Counter()
    shown = []
    n_sents = n_ents = n_ents_covered = 0
    for row, doc in zip(rows, nlp.pipe((r["Text"] for r in rows), batch_size=32)):
        pub = dt.date.fromisoformat(row["Date"][:10])
        for sent in doc.sents:
            n_sents += 1
            mentions = find_dates(sent)
            for m in mentions:
                head = doc[m.head] if m.head >= 0 else sent.root
                info = resolve(m.text, pub, tense=tense_of(head))
                by_precision[info.precision if info else "unreadable"] += 1
                shown.append((m.text, tense_of(head), pub, info, sent.text))
            for ent in sent.ents:
                if ent.label_ not in ("DATE", "TIME"):
                    continue
                n_ents += 1
                if any(m.start < ent.end_char and ent.start_char < m.end for m in mentions):
                    n_ents_covered += 1
                else:
                    missed[ent.text.lower()] += 1
    total = sum(by_precision.values())
    print(f"{len(rows)} articles, {n_sents} sentences, {total} date phrases found")
    for prec, k in by_precision.most_common():
        print(f"  {prec:10} {k:6}  {k / max(total, 1):.1%}")
    print(f"spaCy DATE/TIME entities: {n_ents}; overlapping a found phrase: {n_ents_covered}"
          f" ({n_ents_covered / max(n_ents, 1):.1%}); not taken: {n_ents - n_ents_covered}")
    print("most frequent entities not taken:", ", ".join(f"{t!r}×{k}" for t, k in missed.most_common(40)))
    print(f"\n{n_show} random phrases (phrase | tense | published → start..end precision | sentence):")
    for text, tense, pub, info, sentence in rng.sample(shown, min(n_show, len(shown))):
        when = f"{info.start}..{info.end} {info.precision}" if info else "unreadable"
        print(f"- {text!r} | {tense} | {pub} → {when} | {sentence.strip()[:160]}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=_measure.__doc__ or "Measure date resolution on a corpus CSV.")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="CSV with Date and Text columns")
    parser.add_argument("--sample", type=int, default=200, help="number of articles")
    parser.add_argument("--show", type=int, default=40, help="number of phrases to print for eyeballing")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    _measure(args.corpus, args.sample, args.show, args.seed)
