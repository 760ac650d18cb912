"""Speech withheld: "declined to say", "refused to comment", "has yet to say" report that nothing was said."""
from __future__ import annotations

from spacy.tokens import Token

from .clause_facts import has_to_marker
from .clause_facts.frames import negating_child
from .clause_facts.words import NEG_GOVERNORS
from .speech import is_speech_verb

_HAVE = {"has", "have", "had", "having"}


def withheld(verb: Token) -> bool:
    """Is the speech verb the infinitive of a verb that withholds it ("declined to say", "refused to comment",
    "has yet to say"), or that verb itself ("refused" of "refused to comment")? Not when the withholding verb is
    negated ("did not hesitate to say") or is speech itself ("denied")."""
    if verb.lower_ in NEG_GOVERNORS and negating_child(verb) is None and any(
            _infinitive(c) and is_speech_verb(c) for c in verb.children):
        return True  # "refused [to comment]": the refusal says nothing either
    head = verb.head
    if not _infinitive(verb) or head.i == verb.i:
        return False
    if head.lower_ in _HAVE:  # "has yet to say"
        return any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
    return head.lower_ in NEG_GOVERNORS and not is_speech_verb(head) and negating_child(head) is None


def _infinitive(verb: Token) -> bool:
    """A to-infinitive complement ("[to say]" of "declined to say")."""
    return verb.dep_ == "xcomp" and has_to_marker(verb)
