"""A movement seen happening: the -ing verb under a verb of seeing ("photos show tanks rolling toward Kharkiv",
"troops were spotted moving west") was under way when it was seen, so it is deployed, not announced; forces seen
at a place ("were spotted in Belarus") are deployed there."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from ..vocabulary import flagged
from .forces import force_kind
from .words import WHERE_PREPS

PERCEIVING_VERBS = flagged("governor_words", "perceives")  # every form: show, shows, shown, seen, ...


def _perceiver(pred: Token) -> Token | None:
    """The verb the -ing clause is the object of: "show [troops moving]", "show troops [moving]" (a participle on
    the object), "were seen [moving]"."""
    if pred.dep_ in ("ccomp", "xcomp", "oprd", "advcl"):
        return pred.head
    if pred.dep_ == "acl" and pred.head.dep_ in ("dobj", "nsubjpass"):
        return pred.head.head
    return None


def seen_moving(pred: Token) -> bool:
    """Is `pred` an -ing verb with no auxiliary that a verb of seeing reports ("images show troops moving")?"""
    if not is_verb(pred) or pred.tag_ != "VBG" or any(c.dep_ == "aux" for c in pred.children):
        return False
    seer = _perceiver(pred)
    return seer is not None and is_verb(seer) and seer.lower_ in PERCEIVING_VERBS


def seen_at(verb: Token) -> bool:
    """Forces seen at a place: a passive verb of seeing with forces as its subject and a locative phrase ("troops
    were spotted in Belarus", "a battalion was seen near the border"), or an active one with forces and their
    locative phrase as its object ("images show Russian troops near the border"); not "troops saw the city" nor
    equipment alone ("helicopters were seen in the area" is no force of anyone's yet)."""
    if verb.lower_ in PERCEIVING_VERBS and verb.tag_ != "VBN" and any(
            c.dep_ == "dobj" and force_kind(c) in ("personnel", "unit") and any(
                g.dep_ == "prep" and g.lower_ in WHERE_PREPS for g in c.children) for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.lower_ in PERCEIVING_VERBS and any(
        c.dep_ == "nsubjpass" and force_kind(c) in ("personnel", "unit") for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ in WHERE_PREPS for c in verb.children)
