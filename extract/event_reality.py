"""Event words that report no event that takes place: negated ("will not travel", "no talks"), refused
("refused to meet", "cancelled the talks"), only asked for ("called for a meeting") or hypothetical ("any meeting
would"). GUIDELINES: such events give no row (a meeting only called for is an urge row). Events that are only made
possible or welcome ("the possibility of talks", "open to negotiations") give a future row (`is_only_possible`)."""
from __future__ import annotations

from spacy.tokens import Token

from .clause_facts import has_to_marker
from .lexicon import (EVENT_APPEAL_NOUNS, EVENT_APPEALS, EVENT_ENABLERS, EVENT_PROPOSALS, EVENT_PROSPECTS,
                      EVENT_READINESS, EVENT_REFUSALS, EVENT_UNREAL)

_NEGATIONS = {"not", "n't", "never", "no"}
_INFINITIVE_DEPS = ("xcomp", "acl", "relcl", "advcl")
# Verbs whose object event their subject holds ("held talks", "had a call", "made a trip"), unlike "attend the meeting"
HOLDING_VERBS = frozenset("hold holds held holding have has had having make makes made making".split())
_HOLDING = HOLDING_VERBS | {"pay", "pays", "paid", "paying"}  # ... and "pay a visit"


def is_unreal(trigger: Token) -> bool:
    """Does the event word (verb or noun) stand for an event that is denied, refused or only supposed?"""
    if trigger.tag_.startswith("VB"):
        return _negated(trigger) or _refused_or_denied(trigger)
    if trigger.lower_ in EVENT_APPEAL_NOUNS and _appeal(trigger):
        return True  # "Poland's call to send troops", "the call for a ceasefire": an appeal, no phone call
    if any(c.dep_ == "det" and c.lower_ in EVENT_UNREAL for c in trigger.children):
        return True  # "there will be no talks", "any meeting between them would"
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lower_ in EVENT_APPEALS  # "asked for an early meeting"
    if trigger.dep_ not in ("dobj", "nsubjpass") or not head.tag_.startswith("VB"):
        return False
    if _negated(head) or head.lower_ in EVENT_REFUSALS | EVENT_PROPOSALS:
        return True  # "did not hold talks", "urged talks"
    if head.dep_ in ("xcomp", "acl") and head.head.lower_ in EVENT_PROPOSALS:
        return True  # "a proposal to hold a meeting"
    return _asked_for(head)  # "called for Putin to hold direct talks"


def _appeal(noun: Token) -> bool:
    """The noun has a "for" phrase or a to-infinitive of its own ("a call for talks", "a call to send troops"); "a
    call to Putin" (to + a noun phrase) and "the call with Macron" are phone calls."""
    return any((c.dep_ == "prep" and c.lower_ == "for") or _to_infinitive(c) for c in noun.children)


def _to_infinitive(verb: Token) -> bool:
    """A to-infinitive clause under its head ("refused to meet", "a call to send troops")."""
    return verb.dep_ in _INFINITIVE_DEPS and has_to_marker(verb)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in _NEGATIONS) for c in verb.children)


def _refused_or_denied(verb: Token) -> bool:
    """"refused to meet", "declined to travel", "offered to host", "has no plans to meet": the infinitive's head
    says it will not be, or not yet."""
    if not _to_infinitive(verb):
        return False
    head = verb.head
    if head.lower_ in EVENT_REFUSALS | EVENT_PROPOSALS or (head.tag_.startswith("VB") and _negated(head)):
        return True
    if _asked_for(verb):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children)  # "no plans to meet"


def _asked_for(verb: Token) -> bool:
    """Is the verb a to-infinitive that an appeal verb asks for ("called for the leaders to meet", "called on Putin
    to hold talks", "asked Biden to meet Putin")? The event is only asked for. "Biden called Putin to discuss the
    talks" keeps its call: the call is the appeal verb itself, and "call" with an object and no "on" phones."""
    head = verb.head
    if not (_to_infinitive(verb) and head.tag_.startswith("VB") and head.lower_ in EVENT_APPEALS):
        return False
    if not head.lower_.startswith("call"):
        return True
    # "call" asks only as "call on X to" or "call for X to"; "called his counterpart to read out the meeting" phones
    return any(c.lower_ in ("on", "upon") for c in head.children) or any(
        c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def is_only_possible(trigger: Token) -> bool:
    """Does the event word stand for an event only made possible, hoped for or welcome, so that it lies ahead of
    the sentence: "the possibility of a meeting", "hopes for talks", "open to negotiations", "to allow the two
    leaders to meet" (lexicon `event_frames`: prospect, readiness, enabler)?"""
    if trigger.tag_.startswith("VB"):
        return trigger.dep_ in ("xcomp", "ccomp") and trigger.head.lower_ in EVENT_ENABLERS
    prep = trigger.head
    if trigger.dep_ == "dobj" and prep.tag_.startswith("VB"):  # "invited the chancellor to pay a visit"
        return prep.lower_ in _HOLDING and prep.dep_ in ("xcomp", "ccomp") and prep.head.lower_ in EVENT_ENABLERS
    if trigger.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    owner = prep.head
    if prep.lower_ in ("of", "for") and owner.tag_.startswith("NN") and owner.lower_ in EVENT_PROSPECTS:
        return True
    return prep.lower_ in ("to", "for") and owner.tag_.startswith("JJ") and owner.lower_ in EVENT_READINESS
