"""Free participles: an -ing clause with no subject of its own ("Russia has tightened its grip, massing troops on
the border", "France responded by sending troops") is done by the subject of the clause it hangs on, so the search
for the owner climbs to it."""
from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def free_participle(verb: Token) -> bool:
    """An adverbial -ing clause without its own subject ("..., amassing tens of thousands of troops"), unlike "as
    tanks rolled into X" or "with Serbia massing troops" (a subject of its own)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in verb.children)


def by_means(verb: Token, head: Token) -> bool:
    """A "by" gerund that is the means of `head` ("responded by sending troops"): even when `head` is a verb of
    saying, its subject does what the gerund says."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "by" and prep.head.i == head.i
