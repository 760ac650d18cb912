"""Taking control of a place: "forces took control of Kherson", "seized control of the airport" reach the place of
the of-phrase, as "took Kherson" does (the verbs flagged control_of, the objects of class take in idiom_objects)."""
from __future__ import annotations

from spacy.tokens import Token

from .words import CONTROL_OBJECTS, CONTROL_OF_VERBS


def controlled(verb: Token) -> Token | None:
    """The object of "of" when `verb` takes control of it ("took control of [Kherson]"), else None."""
    if verb.lower_ not in CONTROL_OF_VERBS:
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lower_ in CONTROL_OBJECTS:
            for prep in obj.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None
