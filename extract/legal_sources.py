"""Sources of a justice system: "prosecutors allege", "investigators say", "the indictment alleges", "court
documents show". They speak for the state whose courts they serve: the state named on them ("Ukrainian
prosecutors"), else the state of the last official or state body the text introduced ("Polish officials said ... Prosecutors allege")."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .countries import country_code
from .lexicon import DOCUMENT_NOUNS, OFFICIAL_NOUNS

if TYPE_CHECKING:
    from .speakers import SpeakerContext
    from .speaker_record import Speaker

_MODIFIERS = ("amod", "compound", "nmod")


def is_legal(head: Token) -> bool:
    """A common noun of a justice system ("prosecutors", "the court"), or a document filed in one ("court documents");
    never part of a name ("the Hague Tribunal")."""
    if head.tag_ in ("NNP", "NNPS") or head.ent_type_:
        return False
    if OFFICIAL_NOUNS.get(head.lower_) == "legal":
        return True
    return head.lower_ in DOCUMENT_NOUNS and any(
        c.dep_ in _MODIFIERS and OFFICIAL_NOUNS.get(c.lower_) == "legal" for c in head.children)


def legal_speaker(ctx: "SpeakerContext", head: Token, core: Span) -> "Speaker | None":
    """The state a legal source speaks for, or None when `head` is none or no state is in view."""
    if not is_legal(head):
        return None
    for child in head.children:
        code = country_code(child.text) if child.dep_ in _MODIFIERS else None
        if code:
            state = ctx.state_speaker(code)
            return state.at(core) if state is not None else None
    return ctx.officials.last_state(head, core)
