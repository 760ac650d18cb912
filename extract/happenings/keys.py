"""What the merge rules compare: day numbers, canonical party names and the content words of a text."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"[a-z]{3,}")
STOP_WORDS = frozenset("""
the and for that this with from are was were will would could should have has had not but they their them
his her its our your you who whom which what when where why how been being into onto over under about than then
there here also more most such very just can may might must shall said says say told tell according did does
all any some one two out off only own same both each few other again further once because while until against
between through during before after above below again nor too yes now him she he we it is be do an as at by if in
of on or so to up us me my no
""".split())


def day_numbers(values: pd.Series) -> np.ndarray:
    """Dates as whole days since 1970 (float, NaN where missing): cheap to compare and to index by day."""
    stamps = pd.to_datetime(values, errors="coerce")
    days = stamps.dt.normalize().astype("datetime64[s]").astype("int64") // 86400
    return np.where(stamps.isna(), np.nan, days).astype(float)


def name_key(name) -> str:
    """A canonical name with its line breaks and runs of spaces folded (`Mohammed\\nbin Salman`)."""
    return _SPACE.sub(" ", str(name)).strip() if isinstance(name, str) else ""


def parties_of(speaker, addressees, co_speakers) -> frozenset[str]:
    """The named parties of a communication row: its speaker, addressees and co-speakers (never `anonymous`)."""
    names = {name_key(speaker), *(name_key(n) for n in addressees), *(name_key(n) for n in co_speakers)}
    return frozenset(n for n in names if n and n != "anonymous")


def content_words(text) -> frozenset[str]:
    """The lower-cased words of three or more letters of `text`, stop words left out."""
    if not isinstance(text, str):
        return frozenset()
    return frozenset(_WORD.findall(text.lower())) - STOP_WORDS


def place_key(place) -> str:
    return name_key(place).casefold()
