"""Polarity and frame of a clause, the rules behind `ClauseFacts.negator` and `ClauseFacts.frame`: is it negated
(and by which word), asked for in the subjunctive, refused, demanded, conditional, or reported inside someone else's
words?"""
from __future__ import annotations

from spacy.tokens import Token

from .governors import nobody
from .tense import has_to_marker, is_verb
from .words import (
    CALL_VERBS, CONDITIONAL_MARKS, COPULA, DEMAND_GOVERNORS, INVERSION_AUXILIARIES, NEG_GOVERNORS, PERCEPTION_VERBS,
    REPORT_VERBS,
)

FRAMES = ("subjunctive", "refused", "demanded", "conditional", "reported")


def negating_child(v: Token) -> Token | None:
    """The word under a verb or noun that negates it: "not", "no", "never", "nobody", "no longer", "is yet to"; or a
    "without" phrase on it ("keep troops there without withdrawing them": a reader of speech may let it pass), unless
    the phrase is itself negated ("took the city, though not without resistance")."""
    for c in v.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "never" or nobody(c):
            return c  # "No one has ever said that Russian troops will remain in Belarus"
        if c.lower_ in ("longer", "more") and any(g.lower_ == "no" for g in c.children):
            return c  # "troops are no longer moving toward Kyiv"
        if c.dep_ == "advmod" and c.lower_ == "yet" and (v.lower_ in COPULA or any(a.lower_ in COPULA for a in v.children)):
            return c  # "the port is yet to be blockaded"
    return next((c for c in v.children if c.lower_ == "without"  # "not without resistance" (litotes) affirms
                 and not any(g.dep_ == "neg" for g in c.children)), None)


def negator(chain: list[Token]) -> Token | None:
    """The word that negates a clause or one of its governors ("did not plan to send", "no plan to send"), or the
    preposition it is the object of ("without sending", "instead of sending")."""
    for v in chain:
        found = negating_child(v)
        if found is not None:
            return found
        if v.head.lower_ in ("without", "instead") or (v.dep_ == "pcomp" and v.head.lower_ in ("without", "against")):
            return v.head
    return None


def mandative_subjunctive(verb: Token) -> bool:
    """A bare verb with a third-person singular subject and no auxiliary, in a clause under another word:
    a mandative subjunctive ("demanding the army withdraw", "that the alliance pull back", "the request that he
    confirm"). The indicative would be "withdraws", "pulls", "confirms": it asks for something, it does not
    report it."""
    if verb.tag_ not in ("VB", "VBP") or verb.dep_ not in ("ccomp", "conj", "relcl", "acl", "advcl"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or verb.head.lower_ in PERCEPTION_VERBS:
        return False  # "you heard the President say ...": perceived, not asked for
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she", "it") or subject.tag_ in ("NNP", "NN")) \
        and not any(c.dep_ == "conj" for c in subject.children)


def bare_subjunctive(verb: Token) -> bool:
    """"demands ... that NATO pull back troops": a bare verb with a subject after "that", whatever governs it."""
    return verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def demanded_of(v: Token, lower: Token | None) -> bool:
    """Does a demand verb demand its complement ("urged Russia to withdraw"), rather than report it ("told CNN
    that Russia had moved troops")? "call" only as "called on/for" ("for" may hang on the infinitive)."""
    if lower is None or not (lower.dep_ in ("xcomp", "pcomp") or has_to_marker(lower) or not is_verb(lower)):
        return False
    return v.lower_ not in CALL_VERBS or any(c.lower_ in ("on", "for", "upon") for c in [*v.children, *lower.children])


def governed_frame(chain: list[Token]) -> str | None:
    """"refused to send", "ruled out sending" (refused); "urged Russia to withdraw" (demanded): what the first
    refusing or demanding governor of the clause makes of it."""
    for lower, v in zip(chain, chain[1:]):
        if v.lower_ in NEG_GOVERNORS:
            return "refused"
        if v.lower_ in DEMAND_GOVERNORS and demanded_of(v, lower):
            return "demanded"
    return None


def conditional_mark(verb: Token) -> Token | None:
    """The word that makes a clause a condition: a conjunction ("if Russian troops cross", "provided that Russia
    pulls back") or an auxiliary before the subject of a dependent clause ("sanctions should Putin order an attack")."""
    mark = next((c for c in verb.children if c.dep_ in ("mark", "advmod", "prep") and c.lower_ in CONDITIONAL_MARKS),
                None)
    return mark if mark is not None else inverted_condition(verb)


def inverted_condition(verb: Token) -> Token | None:
    """"should Putin order an attack", "had Russia invaded": the auxiliary that opens a dependent clause before its
    subject (a condition without "if"); not a main clause (a question: "Should he go?") nor "the troops that had
    arrived" (the subject first)."""
    if verb.head.i == verb.i:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.lower_ in INVERSION_AUXILIARIES), None)
    if subject is None or aux is None or aux.i > subject.i or aux.i != verb.left_edge.i:
        return None
    return aux


def reported(verb: Token) -> bool:
    """A clause that is the complement of a verb of saying or thinking ("said Russia would", "fears Putin could"):
    someone else's words or thoughts, not the writer's."""
    return verb.dep_ == "ccomp" and verb.head.lower_ in REPORT_VERBS


def frame(chain: list[Token]) -> str | None:
    """The first frame of `FRAMES` that applies to the clause whose verb and governors are `chain`: a subjunctive
    ("demanding the army withdraw"), refused or demanded by a governor ("refused to send", "urged Russia to
    withdraw"), conditional ("if troops cross"), or reported ("said troops would")."""
    pred = chain[0]
    if mandative_subjunctive(pred):
        return "subjunctive"
    governed = governed_frame(chain)
    if governed is not None:
        return governed
    if conditional_mark(pred) is not None:
        return "conditional"
    if bare_subjunctive(pred):
        return "subjunctive"
    return "reported" if reported(pred) else None
