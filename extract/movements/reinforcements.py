"""Forces named in the with-phrase of a reinforcing verb: "reinforce the eastern flank with more troops", "bolster
its forces in Estonia with 800 soldiers". The with-phrase names the forces added; the verb's object is where they go
(a place) or the force they join (one force: its place is theirs, their number its increase)."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import is_verb
from .forces import force_kind
from .words import BOOST, LOCATIVE_NOUNS, NEEDS_UP

_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _reinforcing(verb: Token) -> bool:
    return is_verb(verb) and verb.lower_ in BOOST and (verb.lower_ not in NEEDS_UP or any(
        c.dep_ == "prt" and c.lower_ == "up" for c in verb.children))


def reinforced(noun: Token) -> Token | None:
    """The object of the reinforcing verb whose with-phrase `noun` is ("reinforce [the flank] with troops")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "with" or not _reinforcing(prep.head):
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


def reinforced_object(verb: Token) -> Token | None:
    """The object of a reinforcing verb whose with-phrase names forces ("boost [its presence in Lithuania] with 350
    soldiers"): the forces go where it is."""
    if not _reinforcing(verb) or not any(c.dep_ == "prep" and c.lower_ == "with" and any(
            g.dep_ == "pobj" and force_kind(g) for g in c.children) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def reinforced_place(verb: Token) -> Token | None:
    """The place a reinforcing verb adds forces to ("reinforcing [its eastern flank] with more troops"): its object,
    when it names a place and a with-phrase names forces."""
    obj = reinforced_object(verb)
    return obj if obj is not None and (obj.ent_type_ in _PLACE_ENTITIES or obj.lower_ in LOCATIVE_NOUNS) else None
