"""Names of people as the actor table looks them up: the folded key, the surname news uses alone,
and the surnames that are also common words."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .countries import fold

_EXTRA_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "œ": "oe",
                             "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")


def key(text: str) -> str:
    """The lookup key of a name: `fold` plus letters NFKD does not split (ł, ø, ı) and plain dashes."""
    return fold(text).translate(_EXTRA_FOLD)


def strip_possessive(k: str) -> str:
    """`k` without a trailing 's or ' ("putin's" → "putin")."""
    return _POSSESSIVE.sub("", k).strip()


PARTICLES = {"von", "van", "der", "den", "de", "di", "da", "del", "du", "le", "la", "al", "bin"}
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def surname(name: str, country: str | None = None) -> str:
    """The part of a full name news uses alone: the last word, or from a particle ("Le Drian",
    "von der Leyen"); the first word for Chinese names ("Xi Jinping" → "Xi")."""
    words = [w for w in name.split() if key(w) not in _NAME_SUFFIXES and not re.fullmatch(r"\w\.", w)]
    if len(words) < 2:
        return words[0] if words else name
    if country == "CHN":
        return words[0]
    for i in range(1, len(words) - 1):
        if key(words[i]) in PARTICLES:
            return " ".join(words[i:])
    return words[-1]


# Surnames that are also common English words or very common names: `match_name` resolves them only
# when written with a capital; the spaCy matcher finds them only after an honorific ("Mr Price").
RISKY_SURNAMES = {"price", "austin", "burns", "kim", "moore", "smith", "singh", "carpenter", "francis",
                  "muller", "mueller", "li", "wei", "levy", "michel", "bauer", "cotton", "reed", "warner",
                  "graham", "kelly", "jackson"}
HONORIFICS = ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.")


def capitalised_in(k: str, text: str) -> bool:
    """True when the surname key `k` is written with a capital in `text` ("Price", not "price")."""
    return _capitalised_pattern(k).search(ascii_name(text)) is not None


@lru_cache(maxsize=4096)
def _capitalised_pattern(k: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(k[0].upper()) + "(?i:" + re.escape(k[1:]) + r")(?![\w-])")


def ascii_name(surface: str) -> str:
    """`surface` with accents removed but case kept ("Nausėda" → "Nauseda")."""
    s = unicodedata.normalize("NFKD", surface)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D"}))
