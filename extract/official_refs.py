"""Unnamed officials and state bodies that refer back: "a senior defense official said ... The official added",
"the U.S. Embassy tweeted ... The embassy said", "NASA ... The agency responded".

A definite official noun with no name or state of its own speaks for the state of the last unnamed official or
state body the text introduced; it never refers to a person named elsewhere.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .actor_words import STATE_PREQUANTIFIERS, UNITS
from .lexicon import OFFICIAL_NOUNS

if TYPE_CHECKING:
    from .speaker_record import Speaker

_DEFINITE = {"the", "this", "that", "these", "those"}
_INDEFINITE = {"a", "an", "one"}
_NEARBY = 300  # characters: "Nato's figures are higher. A senior official said ...": the body just named
_PLACE_ENTITIES = {"GPE", "NORP", "LOC"}  # "Russia said": a state named by its name introduces no body
_STATE_ANAPHORS = {"country", "nation", "state"}  # "the country's defence ministry"
_PERSONAL = {"he", "she", "him", "her", "it", "its", "they", "them", "their"}


def _introduces(head: Token) -> bool:
    """Does a phrase headed by `head` introduce an official or a body (not a country's name, not a pronoun)?"""
    return head.lower_ not in _PERSONAL and head.ent_type_ not in _PLACE_ENTITIES


def refers_back(head: Token) -> str | None:
    """"the official", "the ministry", "the senior official": a definite official noun with nothing of its own
    ("definite"); "a senior official" with nothing of its own ("indefinite": only right after a body is named)."""
    if head.lower_ not in OFFICIAL_NOUNS or not all(_own_word(c) for c in head.children):
        return None
    dets = {c.lower_ for c in head.children if c.dep_ == "det"}
    if dets & _DEFINITE or any(c.dep_ == "poss" for c in head.children):  # "the country's ministry" is definite
        return "definite"
    return "indefinite" if dets & _INDEFINITE and OFFICIAL_NOUNS[head.lower_] == "official" else None


def _own_word(child: Token) -> bool:
    """A word that leaves an official noun referring back: "the", "senior", "same", an office ("the foreign ministry"),
    "the country's"."""
    if child.dep_ == "det":
        return child.lower_ in _DEFINITE | _INDEFINITE
    if child.dep_ == "poss":  # "the country's ministry": the state already in view, not a new one
        return child.lower_ in _STATE_ANAPHORS and any(d.lower_ in _DEFINITE for d in child.children)
    if child.dep_ == "prep" and child.lower_ == "of":  # "the Ministry of Defense" is "the defense ministry"
        return all(_office(o) for o in child.children if o.dep_ == "pobj") and any(o.dep_ == "pobj" for o in child.children)
    if child.dep_ in ("amod", "compound"):
        return child.lower_ in STATE_PREQUANTIFIERS or child.lower_ == "same" or _office(child)
    return False


def _office(word: Token) -> bool:
    """An office that names no state of its own ("defence")."""
    return word.lower_ in UNITS and UNITS[word.lower_][0] is None


class OfficialMentions:
    """The unnamed officials and state bodies an article has introduced, in text order."""

    def __init__(self) -> None:
        self._seen: list[tuple[int, "Speaker"]] = []

    def note(self, head: Token, speaker: "Speaker | None") -> None:
        """Remember a phrase that resolved to a state or organisation without naming it ("Russian officials")."""
        if speaker is not None and speaker.type in ("state", "organisation") and _introduces(head):
            self._seen.append((head.idx, speaker))

    def last_state(self, head: Token, core: Span) -> "Speaker | None":
        """The state of the last official or body introduced before `head`, however far back."""
        before = [(offset, speaker) for offset, speaker in self._seen if offset < head.idx and speaker.type == "state"]
        return max(before, key=lambda seen: seen[0])[1].at(core) if before else None

    def refer_back(self, head: Token, core: Span) -> "Speaker | None":
        """The state of the last official or body before `head`, when `head` refers back to one."""
        how = refers_back(head)
        before = [(offset, speaker) for offset, speaker in self._seen if offset < head.idx]
        if how is None or not before:
            return None
        offset, speaker = max(before, key=lambda seen: seen[0])
        return speaker.at(core) if how == "definite" or head.idx - offset <= _NEARBY else None
