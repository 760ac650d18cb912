"""Forces that take a place: "Russian troops took Melitopol", "Kherson has been taken by Russian troops", "forces
took control of the area". A verb of capture (movement_verbs.csv, flag `captures`) may also take prisoners
("soldiers were captured"): it is an arrival only when what is taken names a place."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .control import controlled


def _by_agent(noun: Token, verb: Token) -> bool:
    """`noun` is the by-agent of `verb`: "taken by Russian troops"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.i == verb.i


def taken_objects(verb: Token) -> list[Token]:
    """What a verb of capture takes: its object, or its passive subject when a by-agent says who took it."""
    out = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.dep_ in ("agent", "prep") and c.lower_ == "by" for c in verb.children):
        out += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return out


def takes_place(verb: Token, noun: Token, subject: bool, names_place: Callable[[Token], bool]) -> bool:
    """The forces `noun` take a place with `verb`: as its subject with a place object ("took Melitopol", "took
    control of Kherson"), or as its by-agent with a place subject ("Kherson has been taken by Russian troops")."""
    if _by_agent(noun, verb):
        return any(c.dep_ == "nsubjpass" and names_place(c) for c in verb.children)
    if not subject:
        return False
    taken = controlled(verb)
    return any(c.dep_ == "dobj" and names_place(c) for c in verb.children) or (
        taken is not None and names_place(taken))
