"""The people an article has named so far, by full name and by surname, so that a later "Kuleba" or
"D’Agata" finds "Dmytro Kuleba" or "Charlie D'Agata" whatever entity label (or none) the model gives it."""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .countries import fold

if TYPE_CHECKING:
    from .actors import Actor, ActorTable
    from .speaker_record import Speaker

_PARTICLES = ("le", "de", "von", "van", "der", "al")  # "de Gaulle", "von der Leyen"
_NEAR_SPELLING = 0.85  # "Gerashenko" for "Gerashchenko"
_NEAR_SURNAME = 0.9  # "Iftmie" for "Iftimie": one letter more or less in a surname of 6+ letters
_MIN_NEAR_SURNAME = 6
_NEAR_ACTOR = 0.8  # "Jen Pskai" for "Jen Psaki": a typo in the surname of a known actor with the same given name


class PeopleSeen:
    """Folded full names and surnames → the person introduced under them (the first one wins)."""

    def __init__(self) -> None:
        self._people: dict[str, "Speaker"] = {}

    def register(self, person: "Speaker") -> None:
        key = fold(person.name)
        self._people.setdefault(key, person)
        parts = key.split()
        if len(parts) > 1:
            self._people.setdefault(parts[-1], person)
            if parts[-2] in _PARTICLES:
                self._people.setdefault(" ".join(parts[-2:]), person)

    def known(self, key: str) -> "Speaker | None":
        """The person named `key` in full, or by a surname alone."""
        return self._people.get(key) or (self._people.get(key.split()[-1]) if len(key.split()) == 1 else None)

    def with_part(self, key: str) -> "Speaker | None":
        """A person with `key` anywhere in the name ("Tsai" of "Tsai Ing-wen": family names may come first)."""
        return next((p for k, p in self._people.items() if key in k.split()), None)

    def similar(self, key: str) -> "Speaker | None":
        """A person introduced earlier under a near spelling of a full name ("Gerashenko" for "Gerashchenko")."""
        given, surname = key.split()[0], key.split()[-1]
        for known_key, person in self._people.items():
            parts = known_key.split()
            if len(parts) >= 2 and (parts[0] == given or parts[-1] == surname) and \
                    SequenceMatcher(None, known_key, key).ratio() >= _NEAR_SPELLING:
                return person
        return None

    def surname(self, head: Token) -> "Speaker | None":
        """A lone capitalised word that is (or is one letter off) the surname of a person introduced earlier:
        "Albanese said", "Fleming said" after "Anthony Albanese", "Sir Jeremy Fleming", even when the model
        reads the word as a nationality, a place or an organisation."""
        if not head.text[:1].isupper() or any(c.dep_ in ("compound", "poss", "amod") for c in head.children):
            return None
        key = fold(head.text)
        if head.text.isupper() or len(key) < 3:  # "NATO", "UK"
            return None
        found = self._people.get(key)
        if found is not None and len(fold(found.name).split()) > 1:
            return found
        if len(key) < _MIN_NEAR_SURNAME:
            return None
        for known_key, person in self._people.items():
            if " " not in known_key and len(fold(person.name).split()) > 1 and known_key[0] == key[0] and \
                    abs(len(known_key) - len(key)) <= 1 and SequenceMatcher(None, known_key, key).ratio() >= _NEAR_SURNAME:
                return person
        return None


def near_actor(actors: "ActorTable", key: str) -> "Actor | None":
    """The one person of the actor table whose name (or alias) has the given name of the full name `key` and a
    surname a typo away from its surname ("Jen Pskai" for Jen Psaki); None when none or several are."""
    words = key.split()
    if len(words) < 2:
        return None
    found = set()
    for actor in actors.actors:
        if actor.type != "person":
            continue
        for name in [actor.name, *actors.aliases.get(actor.name, [])]:
            parts = fold(name).split()
            if len(parts) >= 2 and parts[0] == words[0] and parts[-1][0] == words[-1][0] and \
                    abs(len(parts[-1]) - len(words[-1])) <= 1 and \
                    SequenceMatcher(None, parts[-1], words[-1]).ratio() >= _NEAR_ACTOR:
                found.add(actor.name)
    return actors.by_name(found.pop()) if len(found) == 1 else None
