"""The grammar of date phrases: the words (weekdays, months, numbers), the regex pieces, and `wrap`,
which adds the optional modifiers and prepositions around a rule's core. A `Rule` pairs a pattern
with the function that reads it; a `MatchContext` is what that function is given."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from .records import DateInfo

TENSES = ("past", "present", "future")
PRECISIONS = ("day", "week", "month", "year", "published", "none")

# --------------------------------------------------------------------------------------------
# Every rule is a regex for the core of a phrase; `wrap` adds the optional modifiers and
# prepositions around it. The same compiled regex finds phrases (finditer) and reads them
# (fullmatch), so what `find_dates` returns is exactly what `resolve` understands.
# --------------------------------------------------------------------------------------------
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
NUMBERS = {
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


def wrap(core: str) -> re.Pattern:
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
class Rule:
    name: str
    pattern: re.Pattern
    handler: Callable[["MatchContext"], DateInfo | None]
    needs_context: bool = False  # bare months/years/numbers: only with a preposition, modifier or DATE entity
    anaphoric: bool = False  # relative to another date of the sentence ("the day before")
    # Words of which every match holds one (lower-cased; DIGIT: a digit): a text with none of them is
    # not searched, which spares trying the optional words around the core at every position.
    anchors: frozenset[str] = frozenset()

    def may_match(self, words: frozenset[str]) -> bool:
        """False when the text whose lower-cased words (and DIGIT) are `words` cannot match this rule."""
        return not self.anchors or not self.anchors.isdisjoint(words)


DIGIT = "<digit>"


def anchor_words(text: str) -> frozenset[str]:
    """The lower-cased words of `text`, with DIGIT when it holds a digit (see `Rule.anchors`)."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if re.search(r"\d", text):
        words.add(DIGIT)
    return frozenset(words)


@dataclass
class MatchContext:
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

