"""Given names spelt another way ("Emanuel" for Emmanuel, "Wladimir" for Vladimir, "Aleksander" for Alexander):
translated and regional text respells a known person's first name, and without this the person splits in two."""
from __future__ import annotations

import re

from .actor_names import key

# Transliteration spellings that stand for one sound ("ks" and "x", "w" and "v"): folded before counting edits.
_TRANSLIT = ((re.compile("ks"), "x"), (re.compile("w"), "v"), (re.compile("ph"), "f"), (re.compile("j"), "y"))
_MIN_GIVEN = 5  # "Mark" and "Mary" are different people: only longer given names may differ by one letter


def _translit(word: str) -> str:
    for pattern, repl in _TRANSLIT:
        word = pattern.sub(repl, word)
    return word


def one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by exactly one inserted, deleted or replaced letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def given_variant(written: str, known: str) -> bool:
    """Is the given name `written` a spelling of the given name `known` ("Emanuel" of "Emmanuel")?
    Same after folding accents and transliteration spellings, or one letter apart when both are long."""
    w, k = _translit(key(written)), _translit(key(known))
    if w == k:
        return True
    return min(len(w), len(k)) >= _MIN_GIVEN and one_edit(w, k)


def variant_of_names(given: str, names: list[str]) -> bool:
    """Is `given` a spelling of the first word of one of the full names `names` (a canonical name and aliases)?"""
    return any(len(n.split()) > 1 and given_variant(given, n.split()[0]) for n in names)
