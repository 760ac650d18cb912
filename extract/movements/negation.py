"""Why a clause that looks like a movement states none: negated, refused, demanded or hypothetical.

`negated` asks the tests below in order; the first that answers gives the reason (a drop reason of the
extractor). Each test reads one place of the sentence: the predicate and its governors, the words above the
predicate, the predicate itself, the force noun.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..grammar import mandative_subjunctive
from .clauses import _nobody, is_verb
from .words import (
    CALL_VERBS, CLAIM_NOUNS, CONDITIONAL_MARKS, COPULA, DEMAND_GOVERNORS, DEMAND_NOUNS, DOUBT_WORDS, EVIDENCE_VERBS,
    HYPOTHETICAL_NOUNS, MODAL_ADVOCACY, NEG_GOVERNORS, NEG_NOUNS, NOUN_DEMANDS, SEIZE_VERBS, TAKEN_CHANCES,
)

Test = Callable[[Token | None, list[Token], Token, bool], "str | None"]  # (pred, governors, noun, own) → reason


def _negative_word(v: Token, c: Token) -> bool:
    """A child of a predicate or governor that negates it: "not", "no", "never", "without", "nobody", "no
    longer", "is yet to"."""
    if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or c.lower_ in ("never", "without") or _nobody(c):
        return True  # "No one has ever said that Russian troops will remain in Belarus"
    if c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children):
        return True  # "troops are no longer moving toward Kyiv"
    return c.dep_ == "advmod" and c.lower_ == "yet" and (v.lower_ in COPULA or any(
        a.lower_ in COPULA for a in v.children))  # "Kyiv is yet to be encircled"


def _negated_chain(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    for v in ([pred] if pred is not None else []) + governors:
        if any(_negative_word(v, c) for c in v.children):
            return "negated"
        if v.head.lower_ in ("without", "instead") or (v.dep_ == "pcomp" and v.head.lower_ in ("without", "against")):
            return "negated"
    return None


def _subjunctive(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"a resolution demanding Russia withdraw its troops", "demands that NATO pull back troops"."""
    return "demanded" if pred is not None and mandative_subjunctive(pred) else None


def _demanded_of(v: Token, lower: Token | None) -> bool:
    """Does a demand verb demand its complement ("urged Russia to withdraw"), rather than report it ("told CNN
    that Russia had moved troops")? "call" only as "called on/for" ("for" may hang on the infinitive)."""
    if lower is None or not (lower.dep_ in ("xcomp", "pcomp") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in lower.children) or not is_verb(lower)):
        return False
    return v.lower_ not in CALL_VERBS or any(c.lower_ in ("on", "for", "upon") for c in [*v.children, *lower.children])


def _governed(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"refused to send", "ruled out sending" (refused); "urged Russia to withdraw" (demanded)."""
    below = [pred, *governors]
    for k, v in enumerate(governors):
        if v.lower_ in NEG_GOVERNORS:
            return "refused"
        if v.lower_ in DEMAND_GOVERNORS and _demanded_of(v, below[k]):
            return "demanded"
    return None


def _ancestors(pred: Token | None, own: bool) -> list[Token]:
    """The words above the predicate. A past participle of the noun describes it as it is ("forces arrayed
    against Taiwan" under "no signs of ..."): nothing above denies it; a present one is an event the main
    clause may deny ("banning Russian planes landing in the UK")."""
    return [] if pred is None or (own and pred.tag_ != "VBG") else list(pred.ancestors)


def _denied_participle(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    if own and pred is not None and pred.tag_ == "VBG" and is_verb(noun.head) and (
            noun.head.lower_ in NEG_GOVERNORS | DEMAND_GOVERNORS or any(c.dep_ == "neg" for c in noun.head.children)):
        return "negated"
    return None


def _unconfirmed(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"the US has not yet verified the units are returning", "dubious about the claim that Putin is pulling back"."""
    for anc in _ancestors(pred, own)[:3]:
        if is_verb(anc) and anc.lower_ in EVIDENCE_VERBS and any(c.dep_ == "neg" for c in anc.children):
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
            is_verb(anc.head) and any(c.dep_ == "neg" for c in anc.head.children))):
        return "negated"  # also "he doesn't have proof that ..."
    noun_anc = anc.tag_.startswith("NN")
    if noun_anc and anc.lower_ in DEMAND_NOUNS or _with_subject_in(anc, DEMAND_NOUNS):
        return "demanded"
    taken = anc.lower_ in TAKEN_CHANCES and anc.dep_ == "dobj" and anc.head.lower_ in SEIZE_VERBS
    if noun_anc and anc.lower_ in HYPOTHETICAL_NOUNS and not taken or _with_subject_in(anc, HYPOTHETICAL_NOUNS):
        return "hypothetical"  # not "took the opportunity to move troops": that happened
    if is_verb(anc) and any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in CONDITIONAL_MARKS for c in anc.children):
        return "hypothetical"
    if is_verb(anc) and any(c.dep_ == "aux" and c.lower_ in MODAL_ADVOCACY for c in anc.children):
        return "demanded"
    return None


def _framed(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    return next((why for anc in _ancestors(pred, own)[:4] if (why := _frame_reason(anc))), None)


def _nominal_demanded(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"he demanded guarantees, including the withdrawal of alliance troops"."""
    if pred is not None and not is_verb(pred) and any(
            is_verb(anc) and anc.lower_ in NOUN_DEMANDS for anc in list(pred.ancestors)[:4]):
        return "demanded"
    return None


def _conditional(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"if Russian troops cross the border", "provided that Russia pulls back"."""
    if pred is not None and any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in CONDITIONAL_MARKS
                                for c in pred.children):
        return "hypothetical"
    return None


def _bare_subjunctive(pred: Token | None, governors: list[Token], noun: Token, own: bool) -> str | None:
    """"demands ... that NATO pull back troops": a mandative subjunctive the parser left without its governor."""
    if pred is not None and pred.tag_ == "VB" and any(c.dep_ == "nsubj" for c in pred.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in pred.children) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in pred.children):
        return "demanded"
    return None


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


_TESTS: tuple[Test, ...] = (_negated_chain, _subjunctive, _governed, _denied_participle, _unconfirmed, _framed,
                            _nominal_demanded, _conditional, _bare_subjunctive, _any_forces, _no_forces)


def negated(pred: Token | None, governors: list[Token], noun: Token, own: bool = False) -> str | None:
    """Why the clause states no movement ("negated", "refused", "demanded", "hypothetical"), or None."""
    return next((why for test in _TESTS if (why := test(pred, governors, noun, own))), None)
