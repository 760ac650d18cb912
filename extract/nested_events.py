"""Events reported inside someone's own words: "I spoke with President Zelensky this morning" in a president's
remarks, "“I met with Foreign Minister Kuleba ...,” Blinken said".

The event rules read no event word inside quote marks and resolve "I" to nobody. Inside an outer row said by a
person (a direct quote, a turn paragraph), "I" is that person (GUIDELINES: first-person inner rows belong to the
outer speaker), and the other participants resolve as anywhere. Only
"I": a spokesman's "we" is the government or the room, not one side of a meeting. And only a call, talks or a
meeting by verb ("I spoke with", "I met") with people of another country: "I met a young student" or "I visited
the police department" is the speaker's day at home, and an event noun inside a quote ("the recent summit")
refers back to an event the text reports.
"""
from __future__ import annotations

from spacy.tokens import Token

from .document import ArticleDoc
from .event_reality import is_unreal
from .records import Statement
from .speakers import SpeakerContext
from .speaker_record import Speaker
from .triggers import triggers_in

_EXCHANGES = ("call", "talks", "meeting")  # a first-person visit is most often to a place at home


class _OuterVoice:
    """The article's speaker context, with "I" and "me" read as the outer speaker."""

    def __init__(self, ctx: SpeakerContext, outer: Speaker):
        self._ctx, self._outer = ctx, outer

    def resolve_all(self, token: Token, **kwargs) -> list[Speaker]:
        if token.lower_ in ("i", "me"):
            return [self._outer]
        return self._ctx.resolve_all(token, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self._ctx, name)


def nested_events(adoc: ArticleDoc, ctx: SpeakerContext, rows: list[Statement]) -> list[Statement]:
    """The event rows with "I" as subject inside the outer rows of `rows` that `rows` lacks."""
    from .events import EventExtractor

    taken = {r.cue_start for r in rows if r.cue_start is not None}
    found: list[Statement] = []
    for outer in rows:
        if outer.kind != "direct_quote" or outer.speaker_type != "person":
            continue
        voice = Speaker(outer.speaker, outer.speaker_type, outer.speaker_country, outer.speaker_role)
        events = EventExtractor(adoc, _OuterVoice(ctx, voice))
        for sent in adoc.sentences:
            if sent.end_char <= outer.content_start or sent.start_char >= outer.content_end:
                continue
            for trigger in triggers_in(sent, "event:"):
                token = trigger[0]
                if token.idx in taken or not outer.content_start <= token.idx < outer.content_end or \
                        trigger.label_ != "event:verb" or not _said_by_me(token) or is_unreal(token):
                    continue  # the event rules read the others
                event = events.event_of(token, trigger.label_)
                if event is not None and event[0] in _EXCHANGES and abroad(voice, event[1]):
                    taken.add(token.idx)
                    found += events.rows_for(token, sent, *event)
    return found


def abroad(me: Speaker, participants: list[Speaker]) -> bool:
    """Are all the others of another known country than `me` ("I spoke with President Zelensky"; not "I met a young
    student", "I visited the police department"; a readout's meeting with its own governor is domestic)?"""
    others = [p for p in participants if p.name != me.name]
    return bool(others) and all(p.country is not None and p.country != me.country for p in others)


def _said_by_me(token: Token) -> bool:
    """Is "I" the subject of the event verb ("I spoke with ...", "I met ...")?"""
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children)
