"""Group participants of a readout's opening: "X was joined by the leaders of A, B and C", "X joined the G7 leaders".

GUIDELINES (Other genres): a group gives one row per participant. The leaders of states the phrase lists (or
of a group's members, `resources/groups.csv`) are the holders of their states' leading office on the day
(`extract.group_statements`), with the one who joined them.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from .group_statements import group_signers
from .lexicon import GROUP_NOUNS
from .speakers import SpeakerContext
from .speaker_record import Speaker


def _host_and_group(verb: Token) -> tuple[Token | None, Token | None]:
    """(who joined, the group joined): "X was joined by [the leaders]" or "X joined [the leaders]"."""
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        group = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
        return passive, group
    return (next((c for c in verb.children if c.dep_ == "nsubj"), None),
            next((c for c in verb.children if c.dep_ == "dobj"), None))


def joined_participants(sent: Span, ctx: SpeakerContext, on: dt.date | None) -> list[Speaker]:
    """The one who joined and the leaders of the states a group phrase names (one each), or []."""
    for verb in sent:
        if verb.lemma_.lower() != "join" or not verb.tag_.startswith("VB"):
            continue
        host, group = _host_and_group(verb)
        if host is None or group is None or group.lower_ not in GROUP_NOUNS:
            continue
        phrase = verb.doc[group.left_edge.i:group.right_edge.i + 1].text
        phrase = phrase[4:] if phrase.lower().startswith("the ") else phrase
        found = [s for s in ctx.resolve_all(host, allow_pronouns=False) if s.type == "person"]
        members = group_signers(phrase, "", ctx.actors, on)
        for actor in members:
            speaker = Speaker.from_actor(actor).at(None)
            if all(speaker.name != s.name for s in found):
                found.append(speaker)
        if found and len(members) >= 2:
            return found
    return []
