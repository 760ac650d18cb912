"""Troop movements: where a state's or an alliance's forces are, go, arrive, wait on alert or leave.

A movement is read around a *force noun* ("troops", "two battalions", "warships", "a British
presence"): the number phrase before it, the *predicate* that says what the forces do ("deployed",
"send", "put on alert", "arriving", "pulled back", or a nominal: "the deployment of"), the words that
govern the predicate ("could", "plans to", "ordered", "refused to"), the owner of the forces, and the
places in the locative phrases of the predicate and the noun. A row whose owner or place the sentence
does not give takes it from the story so far (the previous movement, the article's main country).
Sentences that look like movements but are not (casualties, refusals, demands, force sizes without a
place, weapons deliveries, history) are dropped, each drop recorded with its rule id (`extract.drops`).
The definition implemented is tests/gold/GUIDELINES.md, "Movement rules".

Modules, in the order a sentence goes through them:
- `words`: the word classes the rules read, from `resources/lexicon/*.csv` (see `extract.vocabulary`);
- `forces`: force nouns ("troops", "warships", "a British presence") and their number phrases;
- `force_numbers`: a number that belongs to another force noun (an increase "grew by 5,000 soldiers", a companion
  "together with 200 paratroopers", "400 marines and 900 infantry": the increase or the sum);
- `nominals`: movement nouns as the parser splits them ("build - up") and the prepositions that state a fact
  ("despite its build-up");
- `clauses`: from a force noun to its predicate and the verbs and nouns that govern it;
- `predicates`: what a predicate says the forces do (send, arrive, mass, ...);
- `held_places`, `taken_places`: a place held ("under siege by", "under the control of") or taken ("took Melitopol",
  "was taken by") by forces, where the place is the subject of the phrase or the object of the capture;
- `negation`: why a clause states no movement (negated, refused, demanded, hypothetical), from the clause facts
  (`extract.clause_facts`) and what only a movement has (the words above it, the force noun);
- `status`: the status of a clause (deployed, stationed, announced, planned, on_alert, arrived, withdrawn);
- `places`, `actors`: where the forces are or go, and whose they are (the extractor's methods for both);
- `extractor`: the sentences of an article, one candidate per force, one row per status, the drops.
"""
from __future__ import annotations

from .clauses import Clause, climb, is_verb, own_clauses
from .extractor import MovementExtractor, extract_movements
from .forces import force_kind, number_phrase
from .places import neighbours
from .status import ALERT, STATUSES, Reading, read_status
from .words import (
    ADVANCE_NOUNS, ALERT_VERBS, ARRIVE, ARRIVE_NOUNS, BACK_PARTICLES, BOOST, BOOST_NOUNS, CASUALTY,
    CASUALTY_MODIFIERS, CLAIM_NOUNS, COMPRISE, CONDITIONAL_MARKS, CONTEXT_SENTENCES, CONTROL_VERBS, COPULA, DECIDE,
    DECIDE_NOUNS, DEMAND_GOVERNORS, DEMAND_NOUNS, DEST_PREPS, DOUBT_WORDS, EQUIPMENT, EVIDENCE_VERBS, EXERCISE_NOUNS,
    HISTORY_BEFORE, HYPOTHETICAL_NOUNS, INVASION_WORDS, LOCATIVE_NOUNS, MASS, MASS_NOUNS, MAX_MEMBERS,
    MODAL_ADVOCACY, MODAL_FUTURE, MODAL_POSSIBLE, NATO_MEMBERS, NEG_GOVERNORS, NEG_NOUNS, PERSONNEL, PLAN_ADJECTIVES,
    PLAN_GOVERNORS, PLAN_NOUNS, POSSESSION, PRESENCE_NOUNS, RAISING, SAME_ACTOR_SENTENCES, SEND, SEND_NOUNS,
    SERVICE_PREFIXES, SITE_NOUNS, STATIC, STATIC_NOUNS, TRANSIT, TRANSPARENT_NOUNS, UNIT_NOUNS, WITHDRAW,
    WITHDRAW_NOUNS, verb_forms,
)

__all__ = [
    "ADVANCE_NOUNS", "ALERT", "ALERT_VERBS", "ARRIVE", "ARRIVE_NOUNS", "BACK_PARTICLES", "BOOST", "BOOST_NOUNS",
    "CASUALTY", "CASUALTY_MODIFIERS", "CLAIM_NOUNS", "COMPRISE", "CONDITIONAL_MARKS", "CONTEXT_SENTENCES",
    "CONTROL_VERBS", "COPULA", "DECIDE", "DECIDE_NOUNS", "DEMAND_GOVERNORS", "DEMAND_NOUNS", "DEST_PREPS",
    "DOUBT_WORDS", "EQUIPMENT", "EVIDENCE_VERBS", "EXERCISE_NOUNS", "HISTORY_BEFORE", "HYPOTHETICAL_NOUNS",
    "INVASION_WORDS", "LOCATIVE_NOUNS", "MASS", "MASS_NOUNS", "MAX_MEMBERS", "MODAL_ADVOCACY", "MODAL_FUTURE",
    "MODAL_POSSIBLE", "NATO_MEMBERS", "NEG_GOVERNORS", "NEG_NOUNS", "PERSONNEL", "PLAN_ADJECTIVES", "PLAN_GOVERNORS",
    "PLAN_NOUNS", "POSSESSION", "PRESENCE_NOUNS", "RAISING", "SAME_ACTOR_SENTENCES", "SEND", "SEND_NOUNS",
    "SERVICE_PREFIXES", "SITE_NOUNS", "STATIC", "STATIC_NOUNS", "STATUSES", "TRANSIT", "TRANSPARENT_NOUNS",
    "UNIT_NOUNS", "WITHDRAW", "WITHDRAW_NOUNS", "Clause", "MovementExtractor", "Reading", "climb",
    "extract_movements", "force_kind", "is_verb", "neighbours", "number_phrase", "own_clauses", "read_status",
    "verb_forms",
]
