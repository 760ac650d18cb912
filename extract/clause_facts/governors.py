"""The governing words of a clause: the verbs and nouns it is the complement of ("plans to [send]", "ordered ...
to [deploy]", "refused to [send]", "the decision to [send]"), the rule behind `ClauseFacts.governors`."""
from __future__ import annotations

from spacy.tokens import Token

from .tense import is_verb
from .words import DECIDE, DECIDE_NOUNS, DEMAND_GOVERNORS, NEG_GOVERNORS, PLAN_GOVERNORS, PLAN_NOUNS, SPEECH_VERBS

MAX_GOVERNORS = 4
_FRAMING_VERBS = DECIDE | NEG_GOVERNORS | DEMAND_GOVERNORS | PLAN_GOVERNORS


def nobody(token: Token) -> bool:
    """A subject that names no one: "nobody", "none", "nothing", "no one", "no officials"."""
    return token.dep_ in ("nsubj", "nsubjpass") and (token.lower_ in ("nobody", "none", "nothing") or any(
        g.dep_ == "det" and g.lower_ == "no" for g in token.children))


def _nobody_says(verb: Token) -> bool:
    """A speech verb said by nobody or not at all: "no one has said", "officials did not say"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or nobody(c) for c in verb.children)


def _absolute(t: Token) -> bool:
    """A with-clause with a subject of its own ("no progress, with troops still massed on the border") states its
    own fact: the clause it hangs on does not govern it ("without" negates it by itself, elsewhere)."""
    return t.head.lower_ == "with" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _step(t: Token) -> tuple[Token | None, Token | None]:
    """One step up from `t`: (the governor met, if any; the word to climb on from, if any)."""
    head = t.head
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
    gerund_complement = t.dep_ in ("advcl", "dobj") and t.tag_ == "VBG" and head.lower_ in (
        NEG_GOVERNORS | PLAN_GOVERNORS | DEMAND_GOVERNORS | DECIDE)  # "ruled out sending"
    if t.dep_ in ("xcomp", "ccomp") or (t.dep_ == "advcl" and infinitive) or gerund_complement or (
            t.dep_ in ("acl", "relcl") and infinitive and head.lower_ in PLAN_NOUNS | DECIDE_NOUNS):
        return head, head
    if t.lower_ in PLAN_NOUNS | DECIDE_NOUNS and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and (
            is_verb(head) or head.dep_ == "prep" and is_verb(head.head)):
        verb = head if is_verb(head) else head.head  # "rescinded pledges to pull back", "dismissed a plan to"
        return verb, verb
    if t.dep_ == "acomp" and is_verb(head):  # "would never be able to send": the copula above "able"
        return head, head
    if t.dep_ == "pcomp" and head.dep_ == "prep" and not _absolute(t):  # "considered [sending]" parsed via a preposition
        return head.head, head.head
    if t.dep_ == "conj" and is_verb(head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return None, head  # "activated plans and would boost ...": the first verb's governors apply
    return None, None


def governors_of(pred: Token) -> list[Token]:
    """The verbs and nouns a predicate is the complement of, nearest first, up to four; a verb of saying ends the
    chain (what is said keeps its own modality); when nobody says it ("no one has said that ..."), it governs its
    complement as a negation."""
    out: list[Token] = []
    t = pred
    for _ in range(MAX_GOVERNORS):
        head = t.head
        if head.i == t.i:
            break
        governor, nxt = _step(t)
        if is_verb(head) and head.lower_ in SPEECH_VERBS and head.lower_ not in _FRAMING_VERBS:
            if governor is not None and _nobody_says(head):
                out.append(head)  # "No one has ever said that Russian troops will remain": nothing is reported
            break  # "officials said Russia was massing troops"
        if governor is not None:
            out.append(governor)
        if nxt is None:
            break
        t = nxt
    return out
