"""The tense of a verb, or of the verb governing a noun, as date resolution needs it: past, present or
future ("will meet", "plans to meet", "the call is expected" are future)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is only needed for type hints
    from spacy.tokens import Token

_FUTURE_AUX = {"will", "'ll", "ll", "shall", "would", "wo", "’ll"}
_HAVE = {"has", "have", "had", "'ve", "’ve", "having"}
_BE_PAST = {"was", "were"}
_BE = {"is", "are", "am", "'s", "’s", "'re", "’re", "was", "were", "be", "been", "being"}
# "is expected/scheduled/due/set/going to": predicates that put an event in the future
_FUTURE_PRED = {"expected", "scheduled", "due", "set", "slated", "planned", "poised", "going", "about", "likely", "to"}
# verbs and adjectives whose infinitive complement is a later event: "plans to meet"
_FUTURE_GOVERNORS = _FUTURE_PRED | {
    "plan", "plans", "planning", "intend", "intends", "intended", "intending", "aim", "aims", "aimed",
    "aiming", "prepare", "prepares", "prepared", "preparing", "hope", "hopes", "hoped", "hoping", "want",
    "wants", "wanted", "agree", "agrees", "agreed", "promise", "promises", "promised", "pledge", "pledges",
    "pledged", "vow", "vows", "vowed", "threaten", "threatens", "threatened", "expect", "expects", "ready",
    "scheduling", "seek", "seeks", "sought", "decide", "decides", "decided", "offer", "offers", "offered",
}
_FUTURE_NOUN_MODS = {"upcoming", "planned", "scheduled", "expected", "proposed", "forthcoming", "next", "future", "coming"}


def is_verb(tok: "Token") -> bool:
    return tok.tag_.startswith("VB") or tok.tag_ == "MD"


def _verb_tense(v: "Token") -> str:
    auxes = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
    words = {c.text.lower() for c in auxes}
    if words & _FUTURE_AUX:
        return "future"
    if ("'d" in words or "’d" in words) and v.tag_ == "VB":
        return "future"
    low = v.text.lower()
    if low in _FUTURE_PRED and (words & _BE or v.dep_ in ("acl", "amod", "advcl")):
        return "future"
    if low in _BE or v.tag_ == "MD":  # "the talks are due Thursday", "the call is expected"
        if any(c.dep_ in ("acomp", "attr", "xcomp") and c.text.lower() in _FUTURE_PRED for c in v.children):
            return "future"
    if v.dep_ == "xcomp":  # "plans to meet", "is going to send": the infinitive's time
        head = v.head
        if head.text.lower() in _FUTURE_GOVERNORS:
            return "future"
        if head.i != v.i:
            return _verb_tense(head)
    if v.tag_ == "VBD" or words & (_HAVE | _BE_PAST | {"did"}):
        return "past"
    if v.tag_ == "VBN" and not words:
        return "past"
    if v.tag_ == "VBG" and not words and v.head.i != v.i:  # "while trying ...", "leaders gathering ..."
        gov = governing_verb(v.head)
        if gov is not None:
            return _verb_tense(gov)
    if v.dep_ == "conj" and not (words - {"to"}) and v.tag_ in ("VB", "VBN", "VBG") and v.head.i != v.i:
        return _verb_tense(v.head)
    return "present"


def governing_verb(token: "Token") -> "Token | None":
    n = token
    for _ in range(len(token.doc)):
        if is_verb(n):
            return n
        if n.head.i == n.i:
            return None
        n = n.head
    return None


def tense_of(token: "Token") -> str:
    """'past' | 'present' | 'future' of a verb, or of the verb governing a noun ("the call is expected")."""
    if not is_verb(token):
        if any(c.text.lower() in _FUTURE_NOUN_MODS for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
            return "future"
        verb = governing_verb(token)
        return _verb_tense(verb) if verb is not None else "present"
    return _verb_tense(token)
