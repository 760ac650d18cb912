"""Places a clause names outside its locative phrases: the antecedent of "where" ("Poland, where the U.S. has
deployed troops"), a measured "from" ("20 miles from Kyiv": near Kyiv, not an origin), a captured town's name."""
from __future__ import annotations

from spacy.tokens import Token

from ..vocabulary import forms

DISTANCE_NOUNS = forms("locative_nouns", "distance")
_WHERE = ("where", "wherever")


def where_antecedent(verb: Token) -> Token | None:
    """The noun a relative "where" clause hangs on: "Poland, where the U.S. has deployed troops" → Poland."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ in _WHERE for c in verb.children):
        return None
    return verb.head if verb.head.tag_.startswith("NN") else None


def measured_from(prep: Token) -> bool:
    """"20 miles from Kyiv", "within 30 km from the border": a distance, so the from-phrase says where forces are."""
    return prep.lower_ == "from" and (
        any(c.dep_ == "npadvmod" and c.lower_ in DISTANCE_NOUNS for c in prep.children)
        or (prep.head.lower_ in DISTANCE_NOUNS and prep.head.dep_ in ("npadvmod", "pobj", "attr", "dobj")))
