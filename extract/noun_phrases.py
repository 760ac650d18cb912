"""Noun phrases in a parse: a head's phrase without its clauses, its conjuncts, and where a word sits inside it
(a possessive, a prepositional phrase). Shared by the speaker resolver and the rules that name speakers."""
from __future__ import annotations

from spacy.tokens import Span, Token


CLAUSE_DEPS = {"relcl", "acl", "conj", "cc", "advcl", "parataxis", "ccomp"}


def phrase_of(head: Token, drop: set[str]) -> Span:
    """The span of `head` and those of its children whose relation is not in `drop`."""
    left, right = head.i, head.i
    for child in head.children:
        if child.dep_ in drop:
            continue
        if child.i < head.i:
            left = min(left, child.left_edge.i)
        else:
            right = max(right, child.right_edge.i)
    return head.doc[left:right + 1]


def np_core(head: Token) -> Span:
    """The noun phrase of `head` without relative clauses, appositions, conjuncts or edge punctuation."""
    span = phrase_of(head, CLAUSE_DEPS | {"appos", "punct"})
    doc, left, right = head.doc, span.start, span.end - 1
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left:right + 1]


def np_region(head: Token) -> Span:
    """The noun phrase with its appositions (where names often stand), but no clauses or conjuncts."""
    return phrase_of(head, CLAUSE_DEPS)


def conjuncts(head: Token) -> list[Token]:
    """`head` and the heads it is coordinated with ("Macron and Biden")."""
    return [head, *[t for t in head.conjuncts if t.i > head.i]]


def in_poss(token: Token, head: Token) -> bool:
    """Is `token` inside a possessive modifier of the phrase headed by `head` ("Putin's spokesman")?"""
    t = token
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ == "poss":
            return True
        t = t.head
    return False


def in_prep(token: Token, head: Token) -> bool:
    """Is `token` inside a prepositional phrase of the phrase headed by `head` ("commander of NATO")?"""
    t = token
    while t.i != head.i and t.head.i != t.i:
        if t.dep_ in ("pobj", "prep"):
            return True
        t = t.head
    return False


def bare_words(core: Span) -> list[str]:
    """The phrase's words in lower case, without line breaks and a possessive ending ("the\nPresident's")."""
    return [t.lower_ for t in core if not t.is_space and t.tag_ != "POS" and t.lower_ not in ("'s", "’s")]
