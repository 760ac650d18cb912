"""Place names as the gazetteer looks them up: folded keys of names and of free-text mentions, and
which alternate spellings of a town are worth indexing."""
from __future__ import annotations

import re
import unicodedata

from .countries import fold

_COMBINING = {cp: None for lo, hi in ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100),
                                      (0xFE20, 0xFE30)) for cp in range(lo, hi)}
_KEY_TABLE = str.maketrans({**{ch: None for ch in "'`.\u00b4\u02b9\u02bb\u02bc\u2018\u2019"},
                            **{ch: " " for ch in "-/\u2010\u2011\u2012\u2013\u2014\u2015"}})
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019 .\-]*")


def name_key(text: str) -> str:
    """The lookup key of a name: folded, apostrophes dropped, hyphens as spaces, no dots."""
    if not text.isascii():
        text = _strip_accents(text)
    key = text.lower().translate(_KEY_TABLE)
    if "  " in key or key[:1] == " " or key[-1:] == " " or "\n" in key or "\t" in key:
        key = " ".join(key.split())
    return key


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).translate(_COMBINING)


def mention_key(text: str) -> str:
    """The lookup key of a free-text mention: as `name_key`, without a leading "the" or a trailing "'s"."""
    text = re.sub(r"^\s*the\s+", "", fold(text))
    text = re.sub(r"'s$|s'$", lambda m: "s" if m.group(0) == "s'" else "", text)
    return name_key(text)


def is_latin_alternate(name: str) -> bool:
    """A usable alternate name: Latin script, starts upper-case, not all capitals, at least 4 letters."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and _LATIN_NAME.fullmatch(name) is not None and sum(map(str.isalpha, name)) >= 4)


_INITIAL_CLASSES = {**dict.fromkeys("aeiouyj", "a"), **dict.fromkeys("ckq", "k"), **dict.fromkeys("gh", "g"),
                    **dict.fromkeys("vw", "v"), **dict.fromkeys("sz", "s")}


def initial_class(name: str) -> str:
    """The sound class of a name's first letter: spellings of one name share it ("Kiev"/"Kyiv",
    "Yekaterinburg"/"Ekaterinburg"), former names usually do not ("Stalino" for Donetsk)."""
    key = name_key(name)
    first = key[:1]
    return _INITIAL_CLASSES.get(first, first)
