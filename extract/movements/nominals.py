"""Movement nouns as the parser splits them: "build - up", "pull - back" are one noun, read from their last part.

spaCy splits a hyphenated noun into three tokens and makes the particle the head ("the build[-]up of troops":
"up" heads "build"), so the lexicon's "build-up" never meets a token; `nominal_word` gives the whole word.
"""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from .words import (
    ARRIVE_NOUNS, BOOST_NOUNS, CONCESSIVE_PREPS, FUTURE_ADJECTIVES, MASS_NOUNS, PLAN_ADJECTIVES, SEND_NOUNS, SOON,
    STATIC_NOUNS, WITHDRAW_NOUNS,
)

_HYPHENS = ("-", "\u2010", "\u2011")
MOTION_NOUNS = SEND_NOUNS | MASS_NOUNS | WITHDRAW_NOUNS | ARRIVE_NOUNS | BOOST_NOUNS


def nominal_word(token: Token) -> str:
    """The noun a token ends: "up" of "build - up" → "build-up"; any other token → its lower-cased text."""
    low = token.lower_
    if token.i >= 2 and not is_verb(token) and token.nbor(-1).text in _HYPHENS and \
            token.nbor(-1).idx + 1 == token.idx and token.nbor(-2).idx + len(token.nbor(-2).text) == token.nbor(-1).idx:
        return f"{token.nbor(-2).lower_}-{low}"
    return low


def is_motion_noun(token: Token) -> bool:
    """Does the noun say that forces move, gather, leave, arrive or are added ("deployment", "build-up", "influx")?"""
    return not is_verb(token) and nominal_word(token) in MOTION_NOUNS


def is_mass_noun(token: Token) -> bool:
    """Does the noun say that forces gather ("build-up", "massing", "concentration")?"""
    return not is_verb(token) and nominal_word(token) in MASS_NOUNS


def is_definite_build_up(token: Token) -> bool:
    """"the buildup", "its buildup", "Russia's buildup": a build-up the text refers to is there already (not "a
    possible buildup")."""
    return is_mass_noun(token) and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "any", "no")
                                       for c in token.children) and not any(
        c.lower_ in PLAN_ADJECTIVES | FUTURE_ADJECTIVES | SOON for c in token.children)


def is_static_noun(token: Token) -> bool:
    """Does the noun say that forces are kept somewhere ("presence", "garrison")?"""
    return not is_verb(token) and nominal_word(token) in STATIC_NOUNS


def is_concessive(prep: Token) -> bool:
    """"despite", "notwithstanding": the phrase states a fact the clause around it neither plans nor denies."""
    return prep.lower_ in CONCESSIVE_PREPS
