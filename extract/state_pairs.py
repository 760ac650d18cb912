"""'Both countries', 'the two nations': the pair of states coordinated in the sentence before ("abstentions by
India and Brazil ... Both countries said"), whatever their role there; nothing when there is no such pair."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon import STATE_GROUP_NOUNS
from .sentences import sentence_of

if TYPE_CHECKING:
    from .speakers import SpeakerContext
    from .speaker_record import Speaker

_PAIR_WORDS = {"both", "two"}


def refers_to_pair(head: Token) -> bool:
    """"both countries", "the two nations": a plural state noun with a pair word and nothing else of its own."""
    if head.lower_ not in STATE_GROUP_NOUNS:
        return False
    words = {c.lower_ for c in head.children if c.dep_ in ("det", "predet", "nummod", "amod", "compound")}
    return bool(words & _PAIR_WORDS) and words <= _PAIR_WORDS | {"the", "these", "those"}


def pair_before(ctx: "SpeakerContext", head: Token) -> list["Speaker"]:
    """The two states coordinated last in the sentence before `head`'s (or earlier in its own)."""
    if not refers_to_pair(head) or head.i == 0:
        return []
    sent = sentence_of(head)
    start = sentence_of(head.doc[sent.start - 1]).start if sent.start > 0 else sent.start
    for token in reversed(head.doc[start:head.i]):
        others = [c for c in token.conjuncts if c.i > token.i]
        if len(others) != 1 or token.ent_type_ not in ("GPE", "NORP"):
            continue
        found = [ctx.resolve(t, allow_pronouns=False) for t in (token, others[0])]
        if all(s is not None and s.type == "state" for s in found) and found[0].name != found[1].name:
            return found
    return []
