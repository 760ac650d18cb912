"""Datelines: the place a story was filed, which opens a paragraph ("WARSAW, POLAND --") and names no speaker."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .countries import ORGANISATIONS, country_code
from .sentences import sentence_of, text_of

_DATELINE = re.compile(r"[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+)*(?:,\s*[A-Z][A-Za-z.'\u2019-]+"
                       r"(?:\s+[A-Z][A-Za-z.'\u2019-]+)*)?\s*(?:--|\u2014|\u2013)\s")

# "Kharkiv, Ukraine —": a town and its country in title case, only when the model reads the first as a place
_PLACE_DATELINE = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s*([A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*)\s*(?:--|\u2014|\u2013)\s")


def in_dateline(token: Token) -> bool:
    """Is `token` in the dateline that opens a paragraph ("WARSAW, POLAND --", "MOSCOW \u2014")? An
    organisation's acronym is no dateline ("NATO -- the alliance -- said")."""
    sent = sentence_of(token)
    if token.idx - sent.start_char >= 60:
        return False  # a dateline is short: only the sentence's first 60 characters are looked at
    full = text_of(token.doc)
    i = sent.start_char
    while i > 0 and full[i - 1] in " \t":  # look back to the line start without copying the text before it
        i -= 1
    if i > 0 and full[i - 1] != "\n":
        return False
    text = full[sent.start_char:sent.start_char + 60]
    stripped = len(text) - len(text.lstrip())
    m = _DATELINE.match(text, stripped)
    if m is None and sent[0].ent_type_ == "GPE":
        m = _PLACE_DATELINE.match(text, stripped)  # "Kharkiv, Ukraine —": a place in title case, then a country
        m = m if m is not None and country_code(m.group(1), adjectives=False) else None
    if m is None or token.idx >= sent.start_char + m.end():
        return False
    first = m.group(0).split(",")[0].split()[0].strip(".")
    return first not in ORGANISATIONS and len(first) > 2
