"""Phrases that attribute the rest of their sentence to someone without a verb of saying: "according to X",
"in his words", "in X's words", "in the words of X". The statement rules read them all like "according to"; the cue
word is "according", or "words" for the others."""
from __future__ import annotations

from spacy.tokens import Token


def is_attribution(token: Token) -> bool:
    """Is `token` the cue word of an attribution phrase ("according" of "according to", "words" of "in his words")?"""
    if token.lower_ == "according":
        return token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to"
    return _words_owner(token) is not None


def _words_owner(words: Token) -> Token | None:
    """The owner of "words" in "in his words", "in X's words", "in the words of X"; None for any other word."""
    if words.lower_ != "words" or words.dep_ != "pobj" or words.head.lower_ != "in":
        return None
    owner = next((c for c in words.children if c.dep_ == "poss"), None)
    of = next((c for c in words.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return owner if owner is not None or of is None else next((c for c in of.children if c.dep_ == "pobj"), None)


def attribution_subject(token: Token) -> Token | None:
    """Who the phrase of cue word `token` names: X of "according to X", "in X's words", "in the words of X"."""
    if token.lower_ != "according":
        return _words_owner(token)
    to = token.nbor(1)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    return pobj if pobj is not None else next((c for c in token.children if c.dep_ == "pobj"), None)


def attribution_span(token: Token) -> tuple[int, int]:
    """Where the cue words are (characters): "according to", "in his words"."""
    if token.lower_ == "according":
        return token.idx, token.nbor(1).idx + len(token.nbor(1).text)
    return token.head.idx, token.idx + len(token.text)
