"""Clause-level facts of a parsed verb that both statements and movements need."""
from __future__ import annotations

from spacy.tokens import Token


def mandative_subjunctive(verb: Token) -> bool:
    """A bare verb with a third-person singular subject and no auxiliary, in a clause under another word:
    a mandative subjunctive ("demanding the army withdraw", "that the alliance pull back", "the request that he
    confirm"). The indicative would be "withdraws", "pulls", "confirms": it asks for something, it does not
    report it."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("ccomp", "conj", "relcl", "acl", "advcl"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she", "it") or subject.tag_ in ("NNP", "NN")) \
        and not any(c.dep_ == "conj" for c in subject.children)
