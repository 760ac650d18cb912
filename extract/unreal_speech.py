"""Speech that was not said: a speech verb under a condition ("if Putin says ..."), a modal of possibility
("Putin may claim ...", "Moscow could announce ..."), in a question ("Did Putin tell you that ...?") or an
infinitive under a negated verb ("I'm not going to lay out our options"; but "did not hesitate to say" is said).

Such a verb names speech that may come, or asks about it; its subject stated nothing. The words are data
(`lexicon/mood_words.csv`: the conditional conjunctions and the modals of possibility); "can" is left out,
since "I can tell you that ..." states what follows.
"""
from __future__ import annotations

from spacy.tokens import Token

from .clause_facts import facts_of, has_to_marker
from .clause_facts.frames import conditional_mark
from .clause_facts.words import MODAL_POSSIBLE, NEG_GOVERNORS, PERCEPTION_VERBS
from .sentences import sentence_of

CONDITIONAL = "drop:statement:conditional-cue"
POSSIBLE = "drop:statement:possible-cue"
QUESTION = "drop:statement:question-cue"
NEGATED = "drop:statement:negated-cue"
_STATING_MODALS = {"can"}  # "I can tell you that ...": the speaker states it


def unreal_cue(verb: Token) -> str | None:
    """The drop rule for a speech verb that reports no statement (a condition, a possibility, a question),
    or None. A condition or a modal on a verb the cue is the infinitive of counts too ("if Putin decides to
    order an attack", "Moscow could decide to announce")."""
    chain = controllers(verb)
    if any(conditional_mark(v) is not None for v in chain):
        return CONDITIONAL
    if any(c.dep_ == "aux" and c.lower_ in MODAL_POSSIBLE - _STATING_MODALS for v in chain for c in v.children):
        return POSSIBLE
    if _asked(verb):
        return QUESTION
    return NEGATED if _negated_above(verb) else None


def controllers(verb: Token, limit: int = 2) -> list[Token]:
    """The verb and the verbs it is the infinitive complement of, nearest first ("decides to order": order,
    decides); not through a verb of perception, whose modal does not make the speech unreal ("could be heard
    telling them": he was heard)."""
    chain = [verb]
    for _ in range(limit):
        head = chain[-1].head
        if chain[-1].dep_ != "xcomp" or head.i == chain[-1].i or head.lower_ in PERCEPTION_VERBS:
            break
        chain.append(head)
    return chain


def _negated_above(verb: Token) -> bool:
    """Is the verb a to-infinitive whose governing verb is negated ("not going to lay out", "would not want to
    say"), and that verb no verb of refusing or hesitating (whose negation says it was said)?"""
    facts = facts_of(verb)
    if facts.negator is None or not has_to_marker(verb):
        return False
    return not any(verb.doc[i].lower_ in NEG_GOVERNORS for i in facts.governors)


def _asked(verb: Token) -> bool:
    """Is the verb that of a question: its auxiliary before its subject ("Did Putin tell you ...") in a
    sentence that ends with a question mark?"""
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")), None)  # the nearest
    if subject is None or not sentence_of(verb).text.rstrip().rstrip("\u201d\"'").endswith("?"):
        return False
    return any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
