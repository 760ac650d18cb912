"""A counterpart as a speaker: "Her Russian counterpart said" after Liz Truss is Russia's holder of her office
(Sergei Lavrov); the owner is the pronoun's or name's referent, the country the modifier's."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .countries import country_code
from .noun_phrases import np_core
from .speaker_record import Speaker

if TYPE_CHECKING:
    from .speakers import SpeakerContext

COUNTERPART_NOUNS = {"counterpart"}


def counterpart_speaker(ctx: "SpeakerContext", head: Token) -> "Speaker | None":
    """The holder, in the country named on `head` (a subject), of the office of the person who owns it ("his Ukrainian
    counterpart said"); None without an owner, a country, or a holder in the actor table."""
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # as an object or a participant, `SpeakerContext.addressee_of` reads it
    owner_token = next((c for c in head.children if c.dep_ == "poss"), None)
    code = next((country_code(c.text) for c in head.children if c.dep_ in ("amod", "compound") and country_code(c.text)),
                None)
    if owner_token is None or code is None:
        return None
    owner = ctx.resolve(owner_token)
    actor = ctx.actors.by_name(owner.name) if owner is not None and owner.type == "person" else None
    found = ctx.actors.counterpart(actor, code, on=ctx.published) if actor is not None and actor.country != code else None
    if found is None:
        return None
    return Speaker.from_actor(found, np_core(head))
