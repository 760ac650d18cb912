"""From a force noun to its predicate (what the forces do) and the verbs and nouns that govern it."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ..clause_facts import governors, is_verb
from ..clause_facts.words import CALL_VERBS
from ..lexicon import SPEECH_VERBS
from ..numbers import Count
from .forces import force_kind
from .nominals import is_concessive, is_motion_noun, is_static_noun
from .held_places import under_noun
from .observed import seen_at
from .splices import clause_governors
from .words import (
    ARRIVAL_NOUNS, ARRIVE, ARRIVE_NOUNS, BOOST, BOOST_NOUNS, DECIDE, DECIDE_NOUNS, DEMAND_GOVERNORS, EARLIER_PREPS, MASS,
    MASS_NOUNS, NEG_GOVERNORS, PLAN_GOVERNORS, PLAN_NOUNS, RAISING, ROLE_NOUNS, SEND, SEND_NOUNS, STATIC, STATIC_NOUNS, TRANSIT,
    TRANSPARENT_NOUNS, WITHDRAW, WITHDRAW_NOUNS,
)


# ----- the predicate of a force noun -------------------------------------------------------------
@dataclass
class Clause:
    """What one predicate says about a force noun."""

    pred: Token | None  # verb or nominal ("deployment") saying what the forces do
    kind: str  # subject | object | oblique | nominal | own (participle or relative clause of the noun) | none
    governors: list[Token] = field(default_factory=list)  # verbs/nouns above the predicate ("plans to", "ordered")
    path: list[Token] = field(default_factory=list)  # nouns between the force noun and the predicate


def _descend_raising(verb: Token) -> Token:
    """"are thought to be crossing", "began arriving": the verb that says what the forces do."""
    for _ in range(3):
        if verb.lower_ not in RAISING:
            break
        inner = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and is_verb(c) and c.i > verb.i), None)
        if inner is None:
            break
        verb = inner
    return verb


def climb(noun: Token) -> Clause:
    """The predicate a force noun depends on (see `_climb`); a reporting verb is no predicate: "Moldova
    reported columns of tanks ..." says nothing of what the troops do."""
    clause = _climb(noun)
    if clause.pred is not None and is_verb(clause.pred) and _reports(clause.pred) and clause.kind in (
            "object", "subject", "oblique") and not seen_at(clause.pred):  # "images show troops near X": seen there
        clause = Clause(None, "none")
    t = noun
    for _ in range(8):  # the nouns climbed over: "columns of [troops]", "HMS Diamond" over "ship"
        if t.head.i == t.i or is_verb(t.head) or (clause.pred is not None and t.head.i == clause.pred.i):
            break
        t = t.head
        if t.tag_.startswith("NN"):
            clause.path.append(t)
    return clause


def _ended(nominal: Token | None) -> Clause:
    return Clause(nominal, "nominal" if nominal is not None else "none")


# A step of the climb gives the clause found, or the next word to climb from and the nominal predicate met so far.
_Step = Clause | tuple[Token, Token | None]


def _through_preposition(t: Token, nominal: Token | None) -> _Step:
    """A noun in a prepositional phrase: "by troops" (their subject), "the number of troops" (a fixed expression),
    "the deployment of troops", "the presence of troops", "more than 100,00 troops", "the host nation for a brigade",
    "stationed with troops"."""
    prep, owner = t.head, t.head.head
    if nominal is not None and is_concessive(prep):
        return Clause(nominal, "nominal", [])  # "denied it plans an attack, despite its troop build-up"
    if nominal is not None and (prep.dep_ == "agent" or (prep.lower_ == "by" and owner.tag_ == "VBN")):
        return Clause(nominal, "nominal", [owner, *governors(owner)])  # "prompted by the build-up of forces"
    held = under_noun(owner) if prep.lower_ == "by" else None
    if held is not None:  # "Odessa has been under siege by Russian troops", "by" on the verb
        return Clause(held, "nominal", [owner, *governors(owner)])
    if prep.dep_ == "agent" or (prep.lower_ == "by" and owner.tag_ == "VBN"):
        return Clause(owner, "subject", governors(owner))
    if prep.lower_ in ("of", "from") and not is_verb(owner):
        if owner.lower_ in TRANSPARENT_NOUNS or owner.like_num or force_kind(owner):
            return owner, nominal
    if prep.lower_ in ("of", "from", "by") and is_motion_noun(owner):
        return owner, nominal or owner  # "the build-up of troops", "movements by Russian units"
    if prep.lower_ == "of" and is_static_noun(owner):
        return owner, nominal or owner  # "the presence of Russian troops in Belarus"
    if prep.lower_ == "than" and owner.lower_ in ("more", "fewer", "less"):
        return owner, nominal  # "more than 100,00 troops" parsed as "more" + "than troops"
    if prep.lower_ == "for" and not is_verb(owner) and (owner.lower_ in ROLE_NOUNS
                                                         or owner.lower_ in PLAN_NOUNS | DECIDE_NOUNS):
        return owner, nominal  # "the host nation for a brigade", "plans for troops"
    if is_verb(owner):
        if nominal is not None:  # "bracing for a troop rotation"
            return Clause(nominal, "nominal", [owner, *governors(owner)])
        return Clause(owner, "oblique", governors(owner))
    return _ended(nominal)


def _through_modifier(t: Token, nominal: Token | None) -> _Step:
    """A noun modifying another: "a troop deployment", "the number of troops" (a fixed expression), "Navy ship
    HMS Valiant"."""
    head = t.head
    if head.lower_ in SEND_NOUNS | MASS_NOUNS | WITHDRAW_NOUNS | BOOST_NOUNS | STATIC_NOUNS or (
            is_motion_noun(head) and head.lower_ not in ARRIVE_NOUNS - ARRIVAL_NOUNS):
        return head, nominal or head  # "a troop deployment", "the troop build-up"
    if head.lower_ in TRANSPARENT_NOUNS or force_kind(head) or (head.tag_ in ("NNP", "NNPS") and t.dep_ == "compound"):
        return head, nominal
    return _ended(nominal)


MOVEMENT_VERBS = WITHDRAW | ARRIVE | TRANSIT | SEND | BOOST | MASS | STATIC
_ARRIVAL_GERUNDS = ARRIVE | TRANSIT


def _movement_before(verb: Token) -> Token | None:
    """"troops raised a flag after entering the city": a subjectless arrival gerund under a time preposition of a
    verb that is no movement itself says what the verb's subject did (counter: "before entering", not yet done;
    "troops fought after we entered", a subject of its own)."""
    if verb.lower_ in MOVEMENT_VERBS or verb.lemma_.lower() in MOVEMENT_VERBS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in EARLIER_PREPS:
            continue
        for g in prep.children:
            if g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lower_ in _ARRIVAL_GERUNDS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in g.children):
                return g
    return None


def _argument_of(t: Token, nominal: Token | None) -> Clause:
    """The noun is a subject or object of a verb ("troops arrived", "sent troops", "troops are thought to be
    flooding"): the verb is the predicate, or governs the nominal one met on the way."""
    head, dep = t.head, t.dep_
    verb = _descend_raising(head) if dep in ("nsubj", "nsubjpass") else head
    kind = "subject" if dep in ("nsubj", "nsubjpass") and verb.i == head.i and dep == "nsubj" else (
        "object" if dep in ("dobj", "dative", "nsubjpass") else "subject" if dep == "nsubj" else "object")
    if dep == "nsubjpass" and verb.i != head.i:
        kind = "subject"
    if nominal is not None:
        return Clause(nominal, "nominal", [verb, *clause_governors(verb)])
    moved = _movement_before(verb) if dep == "nsubj" else None
    if moved is not None:
        return Clause(moved, "subject", [verb, *clause_governors(verb)])
    return Clause(verb, kind, clause_governors(verb))


def _climb_step(t: Token, nominal: Token | None) -> _Step:
    head, dep = t.head, t.dep_
    if head.i == t.i:
        return _ended(nominal)
    if dep in ("conj", "appos") and not is_verb(head):
        return head, nominal
    if dep == "pobj" and head.dep_ in ("prep", "agent"):
        return _through_preposition(t, nominal)
    if dep in ("compound", "nmod", "amod") and not is_verb(head):
        return _through_modifier(t, nominal)
    if dep in ("nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "npadvmod", "advmod", "nummod") and is_verb(head):
        return _argument_of(t, nominal)
    if nominal is not None or (dep in ("nsubj", "nsubjpass", "dobj", "pobj") and not is_verb(head)):
        return _ended(nominal)
    return Clause(head, "oblique", governors(head)) if is_verb(head) else Clause(None, "none", [])


def _climb(noun: Token) -> Clause:
    """The predicate a force noun depends on, through "the number of", "columns of", "the deployment of",
    coordination and apposition; `kind` says how the noun relates to it."""
    t: Token = noun
    nominal: Token | None = None
    for _ in range(8):
        step = _climb_step(t, nominal)
        if isinstance(step, Clause):
            return step
        t, nominal = step
    return _ended(nominal)


def _reports(verb: Token) -> bool:
    """A verb of saying or reporting, whose subject is a source, not the owner of the forces."""
    low = verb.lower_
    if low in BOOST and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False  # "adding to its air and naval forces", not "he added that ..."
    if low in CALL_VERBS and not any(c.lower_ in ("on", "for", "upon") or c.dep_ == "prt" for c in verb.children):
        return True  # "what the firm calls a new deployment": it names the forces, it does not own them
    return low in SPEECH_VERBS and low not in DECIDE | PLAN_GOVERNORS | NEG_GOVERNORS | DEMAND_GOVERNORS

def _is_frame(noun: Token) -> bool:
    """Is the noun inside "as part of ...", the frame of another movement?"""
    t = noun
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "part":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def own_clauses(noun: Token) -> list[Clause]:
    """Participle and relative clauses of the noun: "troops [stationed in Romania]", "troops [that were
    gathered near the coast]", "some of whom [are based in Norway]"."""
    out = []
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and is_verb(child):
            out.append(Clause(_descend_raising(child), "own"))
        elif child.dep_ == "amod" and child.tag_ == "VBN" and any(c.dep_ == "prep" for c in child.children):
            out.append(Clause(child, "own"))
    return out


@dataclass
class Candidate:
    """A force noun, its count and the clause it is in: one movement row or more."""

    noun: Token
    kind: str  # personnel | unit | equipment | presence | advance | pronoun
    count: Count | None
    count_span: tuple[int, int] | None
    clause: Clause
    members: list[Token] = field(default_factory=list)  # nouns merged into this one ("troops and tanks")
