"""Forces a state will not pull out of a place are there: "Moscow would not withdraw its soldiers from Georgia",
"Minsk refused to pull its troops out of the region" say the forces stay (stationed in the place left), not that
nothing happened."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import facts_for, is_verb, own_negator
from .predicates import particles_of, word_class


def _from_phrase(pred: Token) -> bool:
    """"withdraw ... from Belarus", "pull ... out of the region"."""
    return any((c.dep_ == "prep" and c.lower_ == "from") or (c.lower_ == "out" and any(
        g.dep_ == "prep" and g.lower_ == "of" for g in c.children)) for c in pred.children)


def not_withdrawn(pred: Token, governors: list[Token]) -> bool:
    """Is `pred` a withdrawal from a place that its own negation or a refusal denies (the forces stay there)?"""
    if not is_verb(pred) or not _from_phrase(pred):
        return False
    if word_class(pred, particles_of(pred)) != "withdraw":
        return False
    return own_negator(pred) is not None or facts_for(pred, governors).frame == "refused"
