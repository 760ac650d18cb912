"""Why a clause that looks like a movement states none: negated, refused, demanded or hypothetical.

`negated` asks the tests below in order; the first that answers gives the reason (a drop reason of the
extractor). The predicate's own negation, refusal, demand and condition are its clause facts
(`extract.clause_facts`); the other tests read what only a movement has: the words above the predicate, the
force noun.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..clause_facts import facts_for, facts_of, is_verb, own_negator
from ..clause_facts.frames import conditional_mark
from ..clause_facts.words import CALL_VERBS
from .words import (
    CLAIM_NOUNS, COPULA, DEMAND_GOVERNORS, DEMAND_NOUNS, DOUBT_WORDS, EVIDENCE_VERBS, HYPOTHETICAL_NOUNS,
    NEG_GOVERNORS, NEG_NOUNS, NOUN_DEMANDS, SEIZE_VERBS, TAKEN_CHANCES, TOPIC_WORDS,
)

Test = Callable[[Token | None, list[Token], Token, bool], "str | None"]  # (pred, governors, noun, own) → reason


def _by_clause_facts(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """The clause facts: negated ("did not send", "no plan to send"), refused ("refused to send") or demanded ("urged
    Russia to withdraw", "demanding the army withdraw")."""
    if pred is None:
        return None
    facts = facts_for(pred, governors)
    if facts.negated:
        return "negated"
    if facts.frame == "subjunctive":
        return "demanded"
    return facts.frame if facts.frame in ("refused", "demanded") else None


def _ancestors(pred: Token | None, own: bool) -> list[Token]:
    """The words above the predicate. A past participle of the noun describes it as it is ("ships arrayed
    against Cyprus" under "no signs of ..."): nothing above denies it; a present one is an event the main
    clause may deny ("banning Russian planes landing in the UK")."""
    return [] if pred is None or (own and pred.tag_ != "VBG") else list(pred.ancestors)


def _denied_participle(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    if own and pred is not None and pred.tag_ == "VBG" and is_verb(noun.head) and (
            noun.head.lower_ in NEG_GOVERNORS | DEMAND_GOVERNORS or own_negator(noun.head) is not None):
        return "negated"
    return None


def _unconfirmed(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"the US has not yet verified the units are returning", "dubious about the claim that Putin is pulling back"."""
    for anc in _ancestors(pred, own)[:3]:
        if is_verb(anc) and anc.lower_ in EVIDENCE_VERBS and own_negator(anc) is not None:
            return "negated"
        if anc.lower_ in CLAIM_NOUNS and (anc.head.lower_ in DOUBT_WORDS or anc.head.head.lower_ in DOUBT_WORDS):
            return "negated"
    return None


def _with_subject_in(anc: Token, nouns: frozenset[str]) -> bool:
    """"the demands were the withdrawal", "the best outcome is the withdrawal of ...": a copula whose subject is one of `nouns`."""
    return anc.lower_ in COPULA and any(c.dep_ == "nsubj" and c.lower_ in nouns for c in anc.children)


def _frame_reason(anc: Token) -> str | None:
    """What one word above the predicate makes of it: "no sign that troops will go" (negated), "Russia's demands
    include pulling back" (demanded), "in exchange for a withdrawal", "unless ... Russia returning troops"
    (hypothetical), "what should be offered is a chance for him to withdraw troops" (demanded)."""
    if anc.lower_ in NEG_NOUNS and (any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children) or (
            is_verb(anc.head) and own_negator(anc.head) is not None)):
        return "negated"  # also "he doesn't have proof that ..."
    noun_anc = anc.tag_.startswith("NN")
    if noun_anc and anc.lower_ in DEMAND_NOUNS or _with_subject_in(anc, DEMAND_NOUNS):
        return "demanded"
    taken = anc.lower_ in TAKEN_CHANCES and anc.dep_ == "dobj" and anc.head.lower_ in SEIZE_VERBS
    if noun_anc and anc.lower_ in HYPOTHETICAL_NOUNS and not taken or _with_subject_in(anc, HYPOTHETICAL_NOUNS):
        return "hypothetical"  # not "took the opportunity to move troops": that happened
    if is_verb(anc) and conditional_mark(anc) is not None:
        return "hypothetical"
    if is_verb(anc) and facts_of(anc).modality == "obligation":
        return "demanded"
    return None


def _framed(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    return next((why for anc in _ancestors(pred, own)[:4] if (why := _frame_reason(anc))), None)


def _nominal_demanded(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"he demanded guarantees, including the withdrawal of alliance troops"; "called for the withdrawal", not
    "what it calls a new deployment" (a call verb demands only with on/for/upon)."""
    if pred is not None and not is_verb(pred) and any(
            is_verb(anc) and anc.lower_ in NOUN_DEMANDS and (anc.lower_ not in CALL_VERBS or any(
                c.lower_ in ("on", "for", "upon") for c in anc.children)) for anc in list(pred.ancestors)[:4]):
        return "demanded"
    return None


def _conditional(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """The clause facts: a condition ("if Russian troops cross the border", "provided that Russia pulls back")."""
    return "hypothetical" if pred is not None and facts_for(pred, governors).frame == "conditional" else None


def _any_forces(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"any assembled Russian units move across the border", "any troop movements"."""
    heads = [noun] + ([pred] if pred is not None and not is_verb(pred) else [])
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for h in heads for c in h.children):
        return "hypothetical"
    return None


def _no_forces(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"Not all of the troops ... have invaded", "none of the troops"."""
    t = noun
    for _ in range(4 if own is False else 0):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children) or t.lower_ == "none":
            return "negated"
        if t.head.i == t.i or (pred is not None and t.head.i == pred.i) or is_verb(t.head):
            break
        t = t.head
    if pred is not None and pred.dep_ == "pcomp" and pred.head.lower_ in ("without", "against", "instead"):
        return "negated"
    return None


def _topic(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """A bare gerund that is only talked about: "Putting troops in Ukraine is not in our interest" (a clausal
    subject), "asked about sending troops", "as it relates to sending troops"; a noun only after "with respect
    to", "with regard to", "as it relates to" ("with respect to deployment of U.S. forces")."""
    if pred is not None and not is_verb(pred) and pred.dep_ == "pobj" and pred.head.lower_ == "to" and \
            pred.head.head.lower_ in TOPIC_WORDS:
        return "hypothetical"
    if pred is None or pred.tag_ != "VBG" or any(c.dep_ in ("nsubj", "aux") for c in pred.children):
        return None
    if pred.dep_ == "csubj":
        return "hypothetical"
    head = pred.head
    if pred.dep_ == "pcomp" and (head.lower_ in TOPIC_WORDS or (head.lower_ == "to" and head.head.lower_ in TOPIC_WORDS)):
        return "hypothetical"
    return None


_TESTS: tuple[Test, ...] = (_by_clause_facts, _denied_participle, _unconfirmed, _framed, _nominal_demanded, _conditional,
                            _any_forces, _no_forces, _topic)


def negated(pred: Token | None, governors: list[Token], noun: Token, own: bool = False) -> str | None:
    """Why the clause states no movement ("negated", "refused", "demanded", "hypothetical"), or None."""
    return next((why for test in _TESTS if (why := test(pred, governors, noun, own))), None)
