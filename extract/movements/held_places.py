"""A place held by forces, named as the subject of an "under" phrase: "Odessa has been under siege by Russian
troops", "the plant is under the control of Russian forces": the forces are at the subject's place (an arrival).
The nouns (movement_nouns.csv, flag `under`) name a movement only inside such a phrase ("the control of prices"
is none)."""
from __future__ import annotations

from spacy.tokens import Token

from ..vocabulary import flagged
from .place_phrases import relative_antecedent

UNDER_NOUNS = flagged("movement_nouns", "under")


def in_under_phrase(noun: Token) -> bool:
    """The noun is the object of "under": "under siege", "under the control of", "under Russian control"."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "under"


def held_subject(noun: Token) -> Token | None:
    """What is said to be held: the subject of the clause the "under" phrase hangs on ("Odessa has been under
    siege" → Odessa; "Kharkiv, which remains under siege" → Kharkiv), or the noun it modifies ("the city under
    siege" → city)."""
    if noun.lower_ not in UNDER_NOUNS or not in_under_phrase(noun):
        return None
    head = noun.head.head
    if head.tag_.startswith("NN") or head.tag_ == "PROPN":
        return head
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    return relative_antecedent(subject) or subject


def under_noun(verb: Token) -> Token | None:
    """The noun of an "under" phrase on `verb` ("has been under siege"), when a by-phrase on the same verb names the
    forces: the parser may hang "by Russian troops" on the verb instead of on "siege"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "under":
            noun = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ in UNDER_NOUNS), None)
            if noun is not None:
                return noun
    return None
