"""Where forces sent to do something go, when the sending names no place: the place of its purpose ("sent troops to
help quell unrest in Kazakhstan", "deployed jets to protect allies in Estonia")."""
from __future__ import annotations

from spacy.tokens import Token

from ..clause_facts import has_to_marker, is_verb
from .words import SEND, TRANSIT, WHERE_PREPS


def _purpose_verbs(pred: Token) -> list[Token]:
    """The infinitive of purpose of a verb of sending and the infinitives it governs ("to help [quell]")."""
    out: list[Token] = []
    todo = [c for c in pred.children if c.dep_ in ("advcl", "xcomp") and is_verb(c)
            and has_to_marker(c)
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    for _ in range(3):
        if not todo:
            break
        out += todo
        todo = [c for v in todo for c in v.children if c.dep_ == "xcomp" and is_verb(c)]
    return out


def purpose_preps(pred: Token) -> list[Token]:
    """The locative prepositions ("in", "near", "across") of the purpose of a verb of sending or transit, on its
    verbs or their objects ("to protect allies [in] Estonia"); none for other verbs."""
    if not is_verb(pred) or pred.lower_ not in SEND | TRANSIT:
        return []
    heads = [h for v in _purpose_verbs(pred) for h in [v, *(c for c in v.children if c.dep_ == "dobj")]]
    return [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in WHERE_PREPS]
