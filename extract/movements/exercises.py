"""Forces holding or taking part in exercises somewhere are deployed there: "Russian troops are holding drills in
Belarus", "took part in exercises near the border" (the places of the exercise are the forces', see
`PlaceFinder._framing_nouns`)."""
from __future__ import annotations

from spacy.tokens import Token

from .words import DRILL_VERBS, EXERCISE_NOUNS


def _exercise(t: Token) -> bool:
    return t.lower_ in EXERCISE_NOUNS


def in_exercises(verb: Token) -> bool:
    """Is `verb` holding ("conducted drills", "carried out exercises") or joining ("took part in / participated in
    exercises") an exercise?"""
    if verb.lower_ not in DRILL_VERBS:
        return False
    if any(c.dep_ == "dobj" and _exercise(c) for c in verb.children):
        return True
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part")]
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and _exercise(g) for g in c.children)
               for h in heads for c in h.children)
