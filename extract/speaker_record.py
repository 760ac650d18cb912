"""A resolved speaker or participant: the record the speaker resolver, the statement rules and the event rules
pass on."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from .actors import Actor


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker/participant and the mention it was read from."""

    name: str
    type: str  # person | state | organisation | anonymous
    country: str | None
    role: str | None
    gender: str | None = None
    mention: str = ""
    start: int | None = None
    end: int | None = None

    @classmethod
    def from_actor(cls, actor: Actor, span: Span | None = None) -> "Speaker":
        return cls(actor.name, actor.type, actor.country, actor.role, actor.gender,
                   span.text if span is not None else "", span.start_char if span is not None else None,
                   span.end_char if span is not None else None)

    def at(self, span: Span | None) -> "Speaker":
        """The same speaker, as named by `span`."""
        if span is None:
            return replace(self, mention="", start=None, end=None)
        return replace(self, mention=span.text, start=span.start_char, end=span.end_char)
