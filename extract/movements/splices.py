"""Comma splices: "Troops surrounded the town, commanders plan to attack" is two sentences joined by a comma; the
parser makes the first the complement of the second's verb, but the plan does not govern what already happened."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import governors, is_verb

_COMPLEMENTS = ("xcomp", "ccomp", "dobj")  # a verb with one of these after it has its complement already


def comma_splice(verb: Token) -> bool:
    """A clause with its own subject and no "that" before a comma and a verb whose complement lies after it:
    not what that verb reports or plans ("forces massed, officials fear" has no other complement, so it is)."""
    head = verb.head
    if verb.dep_ != "ccomp" or not is_verb(head) or verb.i > head.i:
        return False
    if any(c.dep_ == "mark" for c in verb.children) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    between = verb.doc[verb.right_edge.i + 1:head.i]
    if not any(t.text in (",", ";") for t in between):
        return False
    return any(c.dep_ in _COMPLEMENTS and c.i > head.i for c in head.children)


def clause_governors(verb: Token) -> list[Token]:
    """The governors of a predicate (`clause_facts.governors`), none for the first clause of a comma splice."""
    return [] if comma_splice(verb) else governors(verb)
