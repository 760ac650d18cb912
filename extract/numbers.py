"""Troop-number phrases: "more than 60,000", "nearly 3,000", "tens of thousands", "a 1,000-strong", "8.500".

`parse_count(phrase)` reads the number phrase that stands before a force noun. Numbers that are
garbled ("1,00,000") or absurd ("3000000000") give no count, but the phrase is kept and flagged.
"""
from __future__ import annotations

import re
from typing import NamedTuple

MAX_TROOPS = 2_000_000  # more than any army could move; larger numbers are treated as errors

_UNITS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "dozen": 12, "couple": 2}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
_VAGUE = re.compile(r"\b(?:tens|hundreds|dozens|scores|thousands|several|many|some|numerous)\s+(?:of\s+)?(?:thousands|hundreds)?\b"
                    r"|\b(?:thousands|hundreds|dozens|scores)\b", re.I)

QUALIFIERS = [
    ("more than", r"more\s+than|over|upwards\s+of|in\s+excess\s+of|north\s+of|above"),
    ("at least", r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of"),
    ("up to", r"up\s+to|as\s+many\s+as|a\s+maximum\s+of"),
    ("nearly", r"nearly|almost|close\s+to|just\s+under|just\s+shy\s+of|shy\s+of|not\s+quite"),
    ("fewer than", r"fewer\s+than|less\s+than|under|below"),
    ("about", r"about|around|approximately|roughly|some|an\s+estimated|estimated|an\s+approximate|circa|ca\.|~|perhaps|possibly|an\s+additional\s+estimated"),
]
_QUALIFIER_RE = re.compile(r"^(?:" + "|".join(f"(?P<q{i}>{p})" for i, (_, p) in enumerate(QUALIFIERS)) + r")\b\s*", re.I)

_DIGITS = (r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:\.\d{3})+(?![\d.])|\d{1,3}(?:\s\d{3})+(?!\d)|\d+(?:\.\d+)?")
_NUMBER = re.compile(rf"(?P<num>{_DIGITS})(?:\s*(?P<scale>thousand|million|k)\b)?", re.I)
_WORD_NUMBER = re.compile(
    r"\b(?P<words>(?:(?:zero|one|a|an|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|dozen|couple|and)[\s-]*)+)\b", re.I)
_RANGE = re.compile(rf"(?:between\s+)?(?P<a>{_DIGITS})(?:\s*(?:thousand|k))?\s*(?:-|\u2013|to|and)\s*(?P<b>{_DIGITS})", re.I)
_BAD_GROUPING = re.compile(r"\d+,\d{1,2}(?:,\d+)+|\d{4,},\d{3}|\d+,\d{1,2}(?![\d,])|\d,\d{4,}")


class Count(NamedTuple):
    value: int | None  # None for vague, garbled or absurd numbers
    qualifier: str | None  # exact, about, nearly, more than, up to, at least, fewer than, range
    text: str  # the phrase as written
    problem: str | None = None  # "vague", "garbled", "absurd"


def _digits_value(raw: str, scale: str | None) -> float | None:
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):  # European grouping: 8.500
        value = float(raw.replace(".", ""))
    else:
        try:
            value = float(raw.replace(",", "").replace(" ", ""))
        except ValueError:
            return None
    if scale:
        value *= {"thousand": 1_000, "million": 1_000_000, "k": 1_000}[scale.lower()]
    return value


def words_to_number(words: str) -> int | None:
    """'three thousand' → 3000, 'a hundred' → 100, 'two' → 2; None when the words are not a number."""
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", words.lower().strip()):
        if not word or word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        seen = seen or word not in ("a", "an")
    return (total + current) if seen else None


def parse_count(phrase: str) -> Count | None:
    """The count in a number phrase before a force noun, or None when the phrase holds no number."""
    text = phrase.strip()
    if not text:
        return None
    qualifier = "exact"
    m = _QUALIFIER_RE.match(text)
    rest = text
    if m:
        qualifier = next(QUALIFIERS[i][0] for i in range(len(QUALIFIERS)) if m.group(f"q{i}"))
        rest = text[m.end():]
    if _BAD_GROUPING.search(rest):
        return Count(None, None, text, "garbled")
    rng = _RANGE.search(rest)
    if rng and re.search(r"\d", rng.group("b")):
        a = _digits_value(rng.group("a"), None)
        b = _digits_value(rng.group("b"), None)
        if a is not None and b is not None and a < b:
            if "thousand" in rest.lower() and a < 1000:
                a, b = a * 1000, b * 1000
            return _checked(a, "range", text)
    num = _NUMBER.search(rest)
    if num:
        value = _digits_value(num.group("num"), num.group("scale"))
        if value is None:
            return Count(None, None, text, "garbled")
        return _checked(value, qualifier, text)
    if _VAGUE.search(rest):
        return Count(None, None, text, "vague")
    words = _WORD_NUMBER.search(rest)
    if words:
        value = words_to_number(words.group("words"))
        if value is not None:
            return _checked(value, qualifier, text)
    return None


def _checked(value: float, qualifier: str, text: str) -> Count:
    if value != int(value) or value <= 0:
        return Count(None, None, text, "garbled")
    if value > MAX_TROOPS:
        return Count(None, None, text, "absurd")
    return Count(int(value), qualifier, text)
