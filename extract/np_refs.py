"""Facts about a noun phrase that decide whether the actor tables are asked at all: the pronoun "us" (which the
country tables would read as the US), and whether a group noun refers back to the participants named before (not
when it names its own members, nor when it is a bare plural that brings in a new group)."""
from __future__ import annotations

from spacy.tokens import Token

_MEMBER_WORDS = ("including", "like", "such")  # "allies including X", "leaders like X", "partners such as X"


def lists_members(group: Token) -> bool:
    """"allies including X and Y", "leaders such as X", "allies like X", "the two leaders, X and Y": a group noun
    that names its own members refers to them, not back to the participants named before."""
    if any(c.dep_ == "appos" for c in group.children):
        return True
    return any(t.lower_ in _MEMBER_WORDS and t.dep_ in ("prep", "amod") for t in group.subtree if t.i != group.i)


_BACK_WORDS = frozenset("the these those both two three four all their".split())


def bare_plural(group: Token) -> bool:
    """"European allies", "US officials", "officials said": a group noun with no determiner, number or possessive
    brings in a new group, and does not refer back to the participants ("the allies", "the two leaders", "both
    sides", "their delegations" do)."""
    return not any(c.dep_ in ("det", "predet", "nummod", "poss") and c.lower_ in _BACK_WORDS for c in group.children)


def first_person_us(token: Token) -> bool:
    """The pronoun "us" (lower case, or "Us" tagged a pronoun), not the country (written "US" or "U.S.")."""
    return token.text == "us" or (token.text == "Us" and token.tag_ == "PRP")
