"""The modality of a clause, the rule behind `ClauseFacts.modality`: what its modals and governing words make
of it, read over the clause's verb and its governors ("could send", "should send", "will have to keep", "would
have sent", "is expected to arrive", "plans to send")."""
from __future__ import annotations

from spacy.tokens import Token

from .tense import is_verb
from .words import (
    FUTURE_GOVERNORS, MODAL_ADVOCACY, MODAL_FUTURE, MODAL_POSSIBLE, MODAL_WILL, MODAL_WOULD, OBLIGATION_VERBS,
    PLAN_GOVERNORS, PLAN_NOUNS, POSSESSION,
)

# The modalities, strongest first: a clause has the first that applies.
MODALITIES = ("obligation", "counterfactual", "possible", "hypothetical", "future", "expected", "planned")
_PERFECT = {"have", "'ve", "’ve"}
_ASSERTED_MARKS = {"as", "while", "when", "after", "because", "since", "before", "although", "though", "whereas"}


def mood_words(verb: Token) -> set[str]:
    """The auxiliaries, negations and adverbs of a verb ("could", "not", "never", "already")."""
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}


def _chain_words(chain: list[Token]) -> set[str]:
    """The auxiliaries, negations and adverbs of the verbs of a clause and of its governors."""
    return {w for v in chain if is_verb(v) for w in mood_words(v)}


def _obliged(chain: list[Token], words: set[str]) -> bool:
    """"should send", "must go", "will have to keep a force", "need to keep": a modal or verb of obligation."""
    return bool(words & MODAL_ADVOCACY) or any(v.lower_ in MODAL_ADVOCACY for v in chain) or any(
        v.lower_ in POSSESSION | OBLIGATION_VERBS and u.dep_ == "xcomp" and any(c.lower_ == "to" for c in u.children)
        for u, v in zip(chain, chain[1:]))


def _counterfactual(pred: Token, words: set[str]) -> bool:
    """"would have sent", "could have moved": a modal with a perfect participle, what did not happen."""
    return bool(words & (MODAL_POSSIBLE | MODAL_FUTURE)) and bool(words & _PERFECT) and pred.tag_ == "VBN"


def complement_ancestors(token: Token, limit: int = 3) -> list[Token]:
    """The words a clause is the complement of, not those it merely accompanies: "might lead to [Russia
    pulling back]" climbs; "could invade [as forces build up]" does not (an 'as'/'when' clause is asserted)."""
    out, t = [], token
    for _ in range(limit):
        if t.head.i == t.i:
            break
        if t.dep_ in ("advcl", "relcl", "conj", "parataxis") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in _ASSERTED_MARKS for c in t.children):
            break
        if t.dep_ in ("relcl", "parataxis", "conj"):
            break
        t = t.head
        out.append(t)
    return out


def _possible(chain: list[Token], words: set[str]) -> bool:
    """"could send"; "might lead to [Russia pulling back]" (a modal above); "will send troops if he moves" (a plan
    on a condition)."""
    if words & MODAL_POSSIBLE:
        return True
    if any(is_verb(a) and any(c.dep_ == "aux" and c.lower_ in MODAL_POSSIBLE for c in a.children)
           for a in complement_ancestors(chain[-1])):
        return True
    return any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
               for v in chain if is_verb(v) for c in v.children)


def modality(pred: Token, governors: list[Token]) -> str | None:
    """The first of `MODALITIES` that the clause of `pred` under `governors` has, or None (a plain statement):
    obligation ("should send"), counterfactual ("would have sent"), possible ("could send"), hypothetical ("would
    send"), future ("will send"), expected ("is set to arrive", "is about to"), planned ("plans to send")."""
    chain = [pred, *governors]
    words = _chain_words(chain)
    if _obliged(chain, words):
        return "obligation"
    if _counterfactual(pred, words):
        return "counterfactual"
    if _possible(chain, words):
        return "possible"
    if words & MODAL_WOULD:
        return "hypothetical"
    if words & MODAL_WILL:
        return "future"
    if any(v.lower_ in FUTURE_GOVERNORS and any(c.lower_ == "to" for c in v.subtree) for v in governors):
        return "expected"
    if any(g.lower_ in PLAN_GOVERNORS | PLAN_NOUNS for g in governors):
        return "planned"
    return None
