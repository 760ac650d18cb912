"""Two facts about a noun phrase that decide whether the actor tables are asked at all: the pronoun "us" (which
the country tables would read as the US) and a group noun that names its own members (which then does not refer
back to the participants named before)."""
from __future__ import annotations

from spacy.tokens import Token

_MEMBER_WORDS = ("including", "like", "such")  # "allies including X", "leaders like X", "partners such as X"


def lists_members(group: Token) -> bool:
    """"allies including X and Y", "leaders such as X", "allies like X", "the two leaders, X and Y": a group noun
    that names its own members refers to them, not back to the participants named before."""
    if any(c.dep_ == "appos" for c in group.children):
        return True
    return any(t.lower_ in _MEMBER_WORDS and t.dep_ in ("prep", "amod") for t in group.subtree if t.i != group.i)


def first_person_us(token: Token) -> bool:
    """The pronoun "us" (lower case, or "Us" tagged a pronoun), not the country (written "US" or "U.S.")."""
    return token.text == "us" or (token.text == "Us" and token.tag_ == "PRP")
