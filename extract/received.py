""""Welcomed the refugees": a verb of welcome whose object is people reports a reception, not approval.

"Poland welcomed the refugees", "the President welcomed the Chancellor to the White House": the object is
someone taken in (a person's name, a nationality, or a noun of `lexicon/received_nouns.csv`), so nothing was
said; "welcomed the decision" still reports approval.
"""
from __future__ import annotations

from spacy.tokens import Token

from .vocabulary import forms

RECEIVED_NOUNS = forms("received_nouns")


def receives_people(verb: Token, objects: list[Token]) -> bool:
    """Is `verb` a welcome whose object is people rather than a decision or a step?"""
    return verb.lower_.startswith("welcom") and any(
        o.lower_ in RECEIVED_NOUNS or o.ent_type_ == "PERSON" or (o.ent_type_ == "NORP" and o.tag_ in ("NNS", "NNPS"))
        for o in objects)


def welcomed(verb: Token) -> list[Token]:
    """Who or what `verb` takes: its objects, or the subject of the clause the parser made of them
    ("welcomed [three million Ukrainians fleeing the war]")."""
    return [c for c in verb.children if c.dep_ == "dobj"] + [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
