"""The rules of the date grammar in the order they are tried, and `resolve`: the period a date phrase
means, read against the publication date (docs/dates.md)."""
from __future__ import annotations

import datetime as dt
import re

from .date_grammar import (
    DAYNUM, DIGIT, MON, MON_FULL, MONTHS, NUMW, TENSES, VAGUE, WD, WEEKDAYS, YEAR, MatchContext, Rule, wrap,
)
from .date_readings import (
    read_ago, read_anaphor, read_holiday, read_iso, read_month, read_month_day, read_numeric, read_relday, read_span,
    read_unit_rel, read_weekday, read_weekend, read_year,
)
from .records import DateInfo

# The anchor words of the rules (see `Rule.anchors`).
_MONTH_WORDS = frozenset(MONTHS)
_DIGITS = frozenset({DIGIT})
_UNITS = frozenset({"day", "days", "night", "week", "weeks", "month", "months", "year", "years", "morning", "evening"})
# "two days before/after" counts only when nothing follows or a date does ("two days before Feb. 24"):
# "15 years after he took office" counts from an event the rules cannot date.
_ANAPH_END = rf"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?:on\s+|the\s+)?(?:{MON}|{WD}|(?:19|20)\d\d\b))"
RULES: list[Rule] = [
    Rule("month_day", wrap(
        rf"(?:(?P<wd>{WD}),?\s+(?:the\s+)?)?"
        rf"(?:(?P<mon>{MON})\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?:of\s+)?(?P<mon2>{MON}))"
        rf"(?:,?\s+(?P<year>{YEAR}))?"), read_month_day, anchors=_MONTH_WORDS),
    Rule("iso", wrap(r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)"), read_iso, anchors=_DIGITS),
    Rule("numeric", wrap(r"(?P<nm>1[0-2]|0?[1-9])/(?P<nd>3[01]|[12]\d|0?[1-9])(?:/(?P<ny>(?:19|20)?\d\d))?(?![\d/])"),
         read_numeric, needs_context=True, anchors=_DIGITS),
    Rule("holiday", wrap(
        r"(?P<hol>Orthodox\s+Christmas|Christmas\s+Eve|Christmas\s+Day|Christmas|New\s+Year['’]s\s+Eve"
        r"|New\s+Year['’]s\s+Day|Valentine['’]s\s+Day)"
        rf"(?:,?\s+(?P<hy>{YEAR}))?"), read_holiday,
         anchors=frozenset({"christmas", "new", "valentine"})),
    Rule("anaphor", wrap(
        r"(?:(?P<fx>(?:the\s+same|that)\s+(?:day|night|week|month|year))"
        rf"|(?P<nn>{NUMW})\s+(?P<nunit>days?|weeks?|months?|years?)\s+(?P<ndir>earlier|later|(?:before|after|prior(?:\s+to)?){_ANAPH_END})"
        r"|the\s+(?P<d1dir>next|following|previous|prior|preceding)\s+(?P<d1unit>day|morning|evening|night|week|month|year)"
        rf"|the\s+(?P<d2unit>day|night|week|month|year)\s+(?P<d2dir>earlier|later|(?:before|after){_ANAPH_END}))"),
         read_anaphor, anaphoric=True, anchors=_UNITS),
    Rule("relday", wrap(
        r"(?P<rd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow"
        r"|this\s+morning|this\s+afternoon|this\s+evening|last\s+night|last\s+evening)"), read_relday,
         anchors=frozenset({"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening", "night"})),
    Rule("weekday", wrap(rf"(?:(?P<wrel>last|next|this\s+coming|this\s+past|this|coming|past)\s+)?(?<!News\s)(?P<wd>{WD})"
                        r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|People|Sport|Star|Show|Night\s+Live)\b)"),
         read_weekday, anchors=frozenset(WEEKDAYS)),
    Rule("weekend", wrap(r"(?P<werel>last|next|this\s+past|this\s+coming|this|the)\s+weekend"), read_weekend,
         anchors=frozenset({"weekend"})),
    Rule("unit_rel", wrap(
        r"(?P<urel>last|next|this|the\s+past|the\s+last|the\s+coming|the\s+next|the\s+current|the)\s+(?P<unit>week|month|year)"),
         read_unit_rel, anchors=frozenset({"week", "month", "year"})),
    Rule("span", wrap(
        rf"(?:the\s+)?(?P<sdir>recent|past|last|coming|next|upcoming)\s+(?:(?:{VAGUE}|(?P<sn>\d{{1,2}}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+)?(?P<sunit>days|weeks|months|years)"),
         read_span, anchors=frozenset({"days", "weeks", "months", "years"})),
    Rule("ago", wrap(rf"(?:(?:just|only|some|about|nearly|almost|more\s+than|over)\s+)?(?:(?P<an>{VAGUE}|{NUMW})\s+)?"
                     r"(?P<aunit>hours?|days?|weeks?|months?|years?|decades?)\s+ago"), read_ago, anchors=frozenset({"ago"})),
    Rule("month", wrap(rf"(?:(?P<mrel>last|next|this)\s+)?(?P<mname>{MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.)(?:,?\s+(?:of\s+)?(?P<myear>{YEAR}))?"),
         read_month, needs_context=True, anchors=_MONTH_WORDS),
    Rule("year", wrap(rf"(?P<yy>{YEAR})"), read_year, needs_context=True, anchors=_DIGITS),
]


def capitals_ok(m: re.Match) -> bool:
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


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(",;:")


def match_phrase(text: str) -> tuple[Rule, re.Match] | None:
    """The first rule that reads the whole of `text`."""
    norm = _normalise(text)
    for rule in RULES:
        m = rule.pattern.fullmatch(norm)
        if m and capitals_ok(m):
            return rule, m
    return None


def resolve(text: str, published: dt.date | None, *, tense: str = "past",
            anchor: dt.date | None = None) -> DateInfo | None:
    """The period a date phrase means, read against `published`; None when `text` is not a date phrase.

    `tense` sets the direction for weekdays and year-less dates; `anchor` is the date that anaphoric
    phrases ("the day before", "two days later") count from (publication when not given).
    Absolute phrases resolve without `published`; relative ones then get precision `none`.
    """
    if tense not in TENSES:
        raise ValueError(f"tense must be one of {TENSES}, not {tense!r}")
    found = match_phrase(text)
    if found is None:
        return None
    rule, m = found
    if (m.group("mprep") or "").lower() == "since":  # "since the end of December" looks back
        tense = "past"
    ctx = MatchContext(m, text.strip(), published, tense, anchor)
    return rule.handler(ctx)


def is_anaphoric(text: str) -> bool:
    """True for phrases that count from another date ("the day before", "a week later")."""
    found = match_phrase(text)
    return bool(found and found[0].anaphoric)
