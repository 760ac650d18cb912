"""Places a clause names outside its locative phrases: the antecedent of "where" ("Poland, where the U.S. has
deployed troops") and of a relative pronoun ("Odessa, which is besieged by"), a measured "from" ("20 miles from Kyiv": near Kyiv, not an origin), a captured town's name, the
examples of a general place ("in many countries, including Poland and Latvia")."""
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


_RELATIVES = ("which", "that")


def relative_antecedent(arg: Token) -> Token | None:
    """The noun a relative pronoun stands for, when it is an argument of its relative clause: "Odessa, which is
    besieged by Russian forces" → Odessa (what the clause says of the pronoun it says of the noun)."""
    verb = arg.head
    if arg.lower_ not in _RELATIVES or arg.tag_ != "WDT" or verb.dep_ != "relcl":
        return None
    return verb.head if verb.head.tag_.startswith("NN") else None


def participle_antecedent(verb: Token) -> frozenset[int]:
    """The tokens of the noun phrase a passive participle modifies, without the participle's own phrase:
    "Mariupol, surrounded by Russian troops, ..." → Mariupol (what the forces surround)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in verb.children):
        return frozenset()
    return frozenset(t.i for t in verb.head.subtree) - frozenset(t.i for t in verb.subtree)


def measured_from(prep: Token) -> bool:
    """"20 miles from Kyiv", "within 30 km from the border": a distance, so the from-phrase says where forces are."""
    return prep.lower_ == "from" and (
        any(c.dep_ == "npadvmod" and c.lower_ in DISTANCE_NOUNS for c in prep.children)
        or (prep.head.lower_ in DISTANCE_NOUNS and prep.head.dep_ in ("npadvmod", "pobj", "attr", "dobj")))


_EXAMPLE_PREPS = ("including", "like")


def names_examples(prep: Token) -> bool:
    """"countries, including Poland and Latvia", "states like Estonia", "nations such as Latvia": the phrase lists
    places of the general place noun it hangs on."""
    return prep.dep_ == "prep" and (prep.lower_ in _EXAMPLE_PREPS or (
        prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"))
