"""The word classes the clause facts read, from `resources/lexicon/` (see `extract.vocabulary`).

tense_words (auxiliaries and the words that put an event ahead), mood_words (modals and conditional
conjunctions), governor_words (verbs and adjectives that govern a clause: plan, refuse, demand), frame_nouns
(nouns that govern a clause: "the plan to", "the decision to"), report_verbs and speech_verbs (verbs whose clause
is someone's words or thoughts) and future_words (words beside an event that put it ahead).
"""
from __future__ import annotations

from ..lexicon import SPEECH_VERBS
from ..vocabulary import family, flagged, forms

# ----- tense (tense_words) -----
FUTURE_AUX = forms("tense_words", "will")
CONTRACTED_AUX = forms("tense_words", "contracted")  # "'d": would or had
HAVE = forms("tense_words", "perfect")
BE_PAST = forms("tense_words", "be_past")
BE = forms("tense_words", "be") | BE_PAST
PAST_AUX = HAVE | BE_PAST | forms("tense_words", "do_past")
FUTURE_PREDICATES = forms("tense_words", "future_predicate")  # "is expected", "is due", "is going to"
TENSE_GOVERNORS = FUTURE_PREDICATES | forms("tense_words", "future_governor")  # "plans to meet"
FUTURE_MODIFIERS = forms("tense_words", "future_modifier") | flagged("tense_words", "modifier")  # "the upcoming talks"
FUTURE_WORDS = forms("future_words")  # "could", "next", "hopes": an event beside them is ahead

# ----- mood (mood_words) -----
MODAL_POSSIBLE = forms("mood_words", "possible")
MODAL_WILL = forms("mood_words", "future")  # "will send"
MODAL_WOULD = forms("mood_words", "hypothetical")  # "would send"
MODAL_FUTURE = MODAL_WILL | MODAL_WOULD
MODAL_ADVOCACY = forms("mood_words", "advocacy")
CONDITIONAL_MARKS = forms("mood_words", "conditional")
INVERSION_AUXILIARIES = forms("inversion_words", "inversion")  # "should Putin order an attack": a condition
PERCEPTION_VERBS = forms("mood_words", "perception")  # "heard him say": a bare infinitive that asks for nothing


def _of_pos(name: str, cls: str, *, verbs: bool) -> frozenset[str]:
    """Forms of the lemmas of class `cls` of `name` that are verbs (`verbs=True`) or that are not."""
    return frozenset(f for e in family(name).values() if e.cls == cls and (e.pos == "VERB") == verbs for f in e.forms)


# ----- governors (governor_words, frame_nouns, movement_verbs) -----
PLAN_GOVERNORS = _of_pos("governor_words", "plan", verbs=True) | flagged("governor_words", "plan")
PLAN_ADJECTIVES = _of_pos("governor_words", "plan", verbs=False) | flagged("governor_words", "adjective")
FUTURE_ADJECTIVES = flagged("governor_words", "future")  # "set to", "about to"
FUTURE_GOVERNORS = forms("governor_words", "future") | FUTURE_ADJECTIVES  # also "going to"
NEG_GOVERNORS = forms("governor_words", "refuse")
DEMAND_GOVERNORS = forms("governor_words", "demand")
CALL_VERBS = flagged("governor_words", "needs_on")  # "called on Serbia to"
OBLIGATION_VERBS = flagged("governor_words", "obligation")  # "need to keep"
PLAN_NOUNS = forms("frame_nouns", "plan") | flagged("frame_nouns", "plan")
DECIDE_NOUNS = forms("frame_nouns", "decide")
DECIDE = forms("movement_verbs", "decide")  # "ordered troops to", "agreed to send"
POSSESSION = forms("movement_verbs", "possess")  # "have to keep"
COPULA = flagged("movement_verbs", "copula")
# Verbs of movement the tagger may take for nouns ("NRF comprises of ..." tagged NNS): a verb when it has a subject.
PREDICATE_VERBS = forms("movement_verbs", "withdraw", "arrive", "transit", "send", "decide", "boost", "mass", "static",
                        "comprise") | flagged("movement_verbs", "send") | flagged("movement_verbs", "static")

# ----- reported clauses (speech_verbs, report_verbs) -----
REPORT_VERBS = frozenset(SPEECH_VERBS) | forms("report_verbs")
