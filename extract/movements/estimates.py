"""Judgements of forces: the author of an estimate or an assessment of forces ("officials raised their estimate of
the force massed near X to 190,000 troops") counts them and owns none of them, so the owner search stops there."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from ..vocabulary import flagged

JUDGEMENT_NOUNS = flagged("document_nouns", "judgement")  # estimate, assessment, report, ...


def judged(word: Token, noun: Token) -> bool:
    """Is `word` a noun of judgement whose phrase holds the force noun ("their estimate of the force ...")?"""
    return not is_verb(word) and word.lower_ in JUDGEMENT_NOUNS and noun in word.subtree
