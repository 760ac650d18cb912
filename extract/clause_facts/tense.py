"""Tense and aspect of a verb: the rules behind `ClauseFacts.tense` and `ClauseFacts.aspect`.

`verb_tense` reads the auxiliaries of a verb, and for an infinitive, a participle or a second verb of a
coordination it takes the time of the verb above (through `above`, the facts of that verb, so each verb is
read once).
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .words import BE, CONTRACTED_AUX, FUTURE_AUX, FUTURE_PREDICATES, HAVE, PAST_AUX, PREDICATE_VERBS, TENSE_GOVERNORS

TENSES = ("past", "present", "future", "unknown")
ASPECTS = ("perfect", "progressive", "simple")


def has_to_marker(verb: Token) -> bool:
    """Does the verb carry the infinitive marker "to" ("declined [to] say", "agreed [to] meet again")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_verb(token: Token) -> bool:
    """A verb or modal by its tag, or a verb of movement the tagger took for a noun but that has a subject."""
    if token.tag_.startswith("VB") or token.pos_ in ("VERB", "AUX") or token.tag_ == "MD":
        return True
    return token.lower_ in PREDICATE_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def governing_verb(token: Token) -> Token | None:
    """The token itself when it is a verb, else the nearest verb above it ("the call [is expected]")."""
    n = token
    for _ in range(len(token.doc)):
        if is_verb(n):
            return n
        if n.head.i == n.i:
            return None
        n = n.head
    return None


def _low(token: Token) -> str:
    """The word in lower case (from its text: a Doc built on a bare `Vocab` has no `lower_`)."""
    return token.text.lower()


def _auxiliaries(verb: Token) -> set[str]:
    """The auxiliaries of a verb ("will", "has", "was"), in lower case."""
    return {_low(c) for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _future_predicate(v: Token, words: set[str]) -> bool:
    """"is expected", "the talks are due", "the call, scheduled for Monday": a predicate of the future."""
    if _low(v) in FUTURE_PREDICATES and (words & BE or v.dep_ in ("acl", "amod", "advcl")):
        return True
    return (_low(v) in BE or v.tag_ == "MD") and any(
        c.dep_ in ("acomp", "attr", "xcomp") and _low(c) in FUTURE_PREDICATES for c in v.children)


def verb_tense(v: Token, above: Callable[[Token], str]) -> str:
    """'past' | 'present' | 'future' of a verb from its auxiliaries ("will meet", "has met", "is expected"), or of
    the verb it depends on ("plans [to meet]", "while [trying]", "met and [agreed]"); `above(verb)` gives that
    verb's tense."""
    words = _auxiliaries(v)
    if words & FUTURE_AUX or (words & CONTRACTED_AUX and v.tag_ == "VB") or _future_predicate(v, words):
        return "future"
    if v.dep_ == "xcomp" and v.head.i != v.i:  # "plans to meet", "is going to send": the infinitive's time
        return "future" if _low(v.head) in TENSE_GOVERNORS else above(v.head)
    if v.tag_ == "VBD" or words & PAST_AUX or (v.tag_ == "VBN" and not words):
        return "past"
    if v.tag_ == "VBG" and not words and v.head.i != v.i:  # "while trying ...", "leaders gathering ..."
        gov = governing_verb(v.head)
        if gov is not None:
            return above(gov)
    if v.dep_ == "conj" and not (words - {"to"}) and v.tag_ in ("VB", "VBN", "VBG") and v.head.i != v.i:
        return above(v.head)
    return "present"


def aspect_of(v: Token) -> str:
    """'perfect' for a past participle after "have" ("has sent"), 'progressive' for a present participle after
    "be" ("are moving"), else 'simple'."""
    words = _auxiliaries(v)
    if v.tag_ == "VBN" and words & HAVE:
        return "perfect"
    if v.tag_ == "VBG" and words & BE:
        return "progressive"
    return "simple"
