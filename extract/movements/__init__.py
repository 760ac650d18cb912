"""Troop movements: where a state's or an alliance's forces are, go, arrive, wait on alert or leave.

A movement is read around a *force noun* ("troops", "two battalions", "warships", "a British
presence"): the number phrase before it, the *predicate* that says what the forces do ("deployed",
"send", "put on alert", "arriving", "pulled back", or a nominal: "the deployment of"), the words that
govern the predicate ("could", "plans to", "ordered", "refused to"), the owner of the forces, and the
places in the locative phrases of the predicate and the noun. A row whose owner or place the sentence
does not give takes it from the story so far (the previous movement, the article's main country).
Sentences that look like movements but are not (casualties, refusals, demands, force sizes without a
place, weapons deliveries, history) are dropped and counted by reason in `MovementExtractor.drops`.
The definition implemented is tests/gold/GUIDELINES.md, "Movement rules".
"""
from __future__ import annotations

from .words import (
    ADVANCE_NOUNS, ALERT, ALERT_VERBS, ARRIVE, ARRIVE_NOUNS, BACK_PARTICLES, BOOST, BOOST_NOUNS, CASUALTY,
    CASUALTY_MODIFIERS, CLAIM_NOUNS, COMPRISE, CONDITIONAL_MARKS, CONTEXT_SENTENCES, CONTROL_VERBS, COPULA,
    DECIDE, DECIDE_NOUNS, DEMAND_GOVERNORS, DEMAND_NOUNS, DEST_PREPS, DOUBT_WORDS, EQUIPMENT, EVIDENCE_VERBS,
    EXERCISE_NOUNS, HISTORY_BEFORE, HYPOTHETICAL_NOUNS, INVASION_WORDS, LOCATIVE_NOUNS, MASS, MASS_NOUNS,
    MAX_MEMBERS, MODAL_ADVOCACY, MODAL_FUTURE, MODAL_POSSIBLE, NATO_MEMBERS, NEG_GOVERNORS, NEG_NOUNS,
    PERSONNEL, PLAN_ADJECTIVES, PLAN_GOVERNORS, PLAN_NOUNS, POSSESSION, PRESENCE_NOUNS, RAISING,
    SAME_ACTOR_SENTENCES, SEND, SEND_NOUNS, SERVICE_PREFIXES, SITE_NOUNS, STATIC, STATIC_NOUNS, TRANSIT,
    TRANSPARENT_NOUNS, UNIT_NOUNS, verb_forms, WITHDRAW, WITHDRAW_NOUNS,
)
from .forces import force_kind, number_phrase
from .clauses import Clause, climb, is_verb, own_clauses
from .status import read_status, Reading, STATUSES
from .places import neighbours
from .extractor import extract_movements, MovementExtractor

__all__ = [
    "STATUSES", "verb_forms", "PERSONNEL", "UNIT_NOUNS", "EQUIPMENT", "PRESENCE_NOUNS", "ADVANCE_NOUNS",
    "WITHDRAW", "WITHDRAW_NOUNS", "BACK_PARTICLES", "ARRIVE", "ARRIVE_NOUNS", "TRANSIT", "SEND", "SEND_NOUNS",
    "DECIDE", "DECIDE_NOUNS", "BOOST", "BOOST_NOUNS", "MASS", "MASS_NOUNS", "EXERCISE_NOUNS", "STATIC",
    "STATIC_NOUNS", "POSSESSION", "COPULA", "COMPRISE", "ALERT", "ALERT_VERBS", "PLAN_GOVERNORS",
    "PLAN_NOUNS", "PLAN_ADJECTIVES", "NEG_GOVERNORS", "DEMAND_GOVERNORS", "EVIDENCE_VERBS", "DOUBT_WORDS",
    "CONTROL_VERBS", "CLAIM_NOUNS", "CONDITIONAL_MARKS", "HYPOTHETICAL_NOUNS", "DEMAND_NOUNS", "NEG_NOUNS",
    "MODAL_POSSIBLE", "MODAL_FUTURE", "MODAL_ADVOCACY", "RAISING", "CASUALTY", "CASUALTY_MODIFIERS",
    "INVASION_WORDS", "DEST_PREPS", "LOCATIVE_NOUNS", "SITE_NOUNS", "TRANSPARENT_NOUNS", "NATO_MEMBERS",
    "MAX_MEMBERS", "CONTEXT_SENTENCES", "SAME_ACTOR_SENTENCES", "HISTORY_BEFORE", "SERVICE_PREFIXES",
    "number_phrase", "force_kind", "Clause", "is_verb", "climb", "own_clauses", "Reading", "read_status",
    "MovementExtractor", "neighbours", "extract_movements",
]
