"""Numbers that belong to another force noun of the clause: one force, whose count is an increase or a sum.

- an increase: "the brigade grew by roughly 5,000 soldiers" (the number is how many were added to the brigade);
- a companion: "sent 300 commandos together with some 200 paratroopers" (one force of 500);
- a coordination: "dispatching 400 marines and 900 infantry to Latvia" (one force of 1,300), unless each
  noun has its own place ("400 marines to Latvia and 900 infantry to Estonia" are two movements).
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from ..numbers import Count
from .words import BOOST, COMPANION_MARKS, COMPANION_PREPS, NEEDS_MARK


def increase_target(noun: Token) -> Token | None:
    """The force a "by N soldiers" phrase adds to: the subject of a verb of increase ("the force grew by ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "by" or not is_verb(prep.head) or prep.head.lower_ not in BOOST:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _companion_prep(prep: Token) -> bool:
    if prep.lower_ not in COMPANION_PREPS:
        return False
    if prep.lower_ not in NEEDS_MARK:
        return True
    return (prep.i > 0 and prep.nbor(-1).lower_ in COMPANION_MARKS) or any(
        c.lower_ in COMPANION_MARKS for c in prep.children)


def companion_target(noun: Token) -> Token | None:
    """The force a companion goes with: the object of the verb the "together with" phrase hangs on, or the noun
    it modifies."""
    prep = noun.head
    if noun.dep_ != "pobj" or not _companion_prep(prep):
        return None
    head = prep.head
    if head.lower_ in COMPANION_MARKS:  # "along with": the parser may hang "with" under "along"
        head = head.head
    if is_verb(head):
        return next((c for c in head.children if c.dep_ in ("dobj", "nsubjpass") and c.i != noun.i), None)
    return head


def own_place(noun: Token, first: Token) -> bool:
    """Does the second of two coordinated forces have a place of its own ("400 marines to Latvia and 900 infantry
    [to Estonia]")? A phrase after the last one only, the first having none, is shared ("... and 900 infantry to
    Latvia")."""
    if not any(c.dep_ == "prep" for c in noun.children):
        return False
    verb = first.head if is_verb(first.head) else None
    return any(c.dep_ == "prep" for c in first.children) or (verb is not None and any(
        c.dep_ in ("prep", "dative") and c.i < noun.i for c in verb.children))


def summed(a: Count | None, b: Count | None) -> Count | None:
    """The count of two forces together; None when either has no number."""
    if a is None or b is None or a.value is None or b.value is None or a.problem or b.problem:
        return None
    qualifier = a.qualifier if a.qualifier == b.qualifier else "about"
    return Count(a.value + b.value, qualifier, f"{a.text} + {b.text}")
