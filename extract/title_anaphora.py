"""A bare title that refers back to a person named before: "the president", "the envoy", "the head of state",
"the Russian minister", "the foreign minister".

The title words and how a person's role must fit them are data (`resources/lexicon/title_anaphors.csv`). A main
clause's subject is tried first (the person the text is about), then every person named before, nearest first: so in
"Zelensky welcomed Johnson ... The prime minister said" the title picks Johnson, the only one it fits.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from spacy.tokens import Span

from .actor_words import TITLE_WORD_TUPLES, leader_roles
from .countries import country_code
from .vocabulary import family

if TYPE_CHECKING:
    from .speaker_record import Speaker

_DETERMINERS = {"the", "this", "that"}
_RECENT_MENTIONS = 40  # persons named before: "the president" may refer back a few paragraphs
_ONLY_IN = {" ".join(surface): word.only_in for surface, word in TITLE_WORD_TUPLES if word.only_in}  # foreign secretary: GBR


@dataclass(frozen=True)
class TitleRef:
    """What a bare title asks of its referent: how the role fits, the role words, offices and a country."""

    fit: str
    roles: tuple[str, ...]
    offices: tuple[tuple[str, ...], ...] = ()
    country: str | None = None
    only_in: tuple[str, ...] = ()  # the states a title exists in ("foreign secretary": GBR)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v for v in value.split("|") if v)


def read_title(core: Span) -> TitleRef | None:
    """The title a phrase like "the Russian foreign minister" is (None when it is no bare title: a name, an
    unknown word, a prepositional phrase other than "head of state")."""
    words = [t.lower_ for t in core if not t.is_punct or t.text == "-"]
    if not words or words[0] not in _DETERMINERS:
        return None
    words = " ".join(words[1:]).replace(" - ", " ").replace("-", " ").split()
    entries = family("title_anaphors")
    for n in (3, 2, 1):
        title = " ".join(words[-n:])
        entry = entries.get(title)
        if len(words) >= n and entry is not None and entry.cls in ("prefix", "suffix", "leader"):
            offices = [w for w in words[:-n] if w in entries and entries[w].cls == "office"]
            ref = TitleRef(entry.cls, _split(entry.extra.get("roles", "")), only_in=_ONLY_IN.get(" ".join([*offices, title]), ()))
            return _with_modifiers(ref, core, words[:-n])
    return None


def _with_modifiers(ref: TitleRef, core: Span, words: list[str]) -> TitleRef | None:
    """Narrow `ref` by the words before the title: a country, an office ("foreign"), a word that does not narrow."""
    entries, offices, country = family("title_anaphors"), [], None
    for word in words:
        entry = entries.get(word)
        if entry is not None and entry.cls == "office":
            offices.append(_split(entry.extra.get("roles", "")))
        elif entry is not None and entry.cls == "neutral":
            continue
        else:
            token = next((t for t in core if t.lower_ == word), None)
            code = country_code(token.text) if token is not None else None
            if not code or (country and code != country):
                return None  # an unknown word ("the White House spokesman") is no bare title
            country = code
    return TitleRef(ref.fit, ref.roles, tuple(offices), country, ref.only_in)


def fits(ref: TitleRef, person: "Speaker") -> bool:
    """Does the person's role (and country) fit the title?"""
    role = (person.role or "").lower()
    if person.type != "person" or not role or (ref.country and person.country != ref.country) or (
            ref.only_in and person.country not in ref.only_in):
        return False
    if not all(any(word in role for word in office) for office in ref.offices):
        return False
    if ref.fit == "leader":
        return role in leader_roles(person.country)
    if ref.fit == "prefix":
        return any(role == r or role.startswith(r + " ") for r in ref.roles)
    return any(role == r or role.endswith(" " + r) for r in ref.roles)


class TitleAnaphora:
    """The persons an article has named, in text order, for titles that refer back to them."""

    def __init__(self, in_office: Callable[["Speaker"], bool] | None = None) -> None:
        self._mentions: list["Speaker"] = []
        self._in_office = in_office or (lambda person: True)

    def note(self, person: "Speaker") -> None:
        """Remember a person named at a place of the text."""
        if person.start is not None and person.type == "person" and all(
                (m.start, m.name) != (person.start, person.name) for m in self._mentions[-5:]):
            self._mentions.append(person)

    def refer(self, core: Span, subjects: Iterable["Speaker"]) -> "Speaker | None":
        """The person a bare title refers to: a recent main subject whose role fits, else the nearest person named
        before whose role fits."""
        ref = read_title(core)
        if ref is None:
            return None
        before = [m for m in self._mentions if m.start is not None and m.start < core.start_char]
        for person in (*subjects, *reversed(before[-_RECENT_MENTIONS:])):
            if fits(ref, person) and self._in_office(person):
                return person.at(core)
        return None


def in_office_on(actors, on: dt.date | None) -> Callable[["Speaker"], bool]:
    """A test that a person of the actor table held office on `on` (a person it lacks is taken as in office)."""
    def test(person: "Speaker") -> bool:
        actor = actors.by_name(person.name)
        return actor is None or on is None or actor.in_office(on)
    return test
