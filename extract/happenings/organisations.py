"""Rule merge:communication:organisation-officials: an organisation and its officials are one party.

Reports name an organisation's side of a meeting either by the organisation (`NATO – Russia talks`) or by its
head (`Stoltenberg's talks with Russia`); the actor table gives each official the organisation's code as their
country (`Jens Stoltenberg` → NATO). States are not folded into their people this way: a state stands for many
persons (its leader, its ministers, its parliament), an organisation's side at a meeting for one.
"""
from __future__ import annotations

from functools import lru_cache

from ..actor_names import key
from ..actor_table import read_actor_rows
from ..actor_words import ORGANISATION_CODES
from ..countries import country_code, country_name
from .rules import MIN_SHARED_PARTIES


def party_key(name: str) -> str:
    """The comparison key of a canonical name: accents, case and dashes folded (`Erdoğan` = `Erdogan`)."""
    return key(name)


@lru_cache(maxsize=1)
def _officials() -> dict[str, str]:
    """Party key of every person of the actor table whose country is an organisation → that code."""
    return {party: code for party, code in _homes().items() if code in ORGANISATION_CODES}


@lru_cache(maxsize=20_000)
def country_of(party: str) -> str:
    """The code of a state or organisation named as itself (`russia` → RUS, `nato` → NATO), else ``."""
    code = country_code(party, adjectives=False)
    return code if code and party_key(country_name(code) or "") == party else ""


@lru_cache(maxsize=20_000)
def side_of(party: str) -> str:
    """The side a party stands for: an official's organisation code, a state's or organisation's code, or the
    party itself."""
    return _officials().get(party) or country_of(party) or party


def organisations_match(a: frozenset, b: frozenset) -> bool:
    """Two party sets stand for the same sides (at least MIN_SHARED_PARTIES) once officials are read as their
    organisation, share a name, name no two different officials of one organisation, and every party that is
    no organisation nor its official is a state: `Stoltenberg – Russia` and `NATO – Russia`; not
    `Stoltenberg – Russia` and `NATO – Ukraine`, not `Michel – Zelensky` and `von der Leyen – Zelensky`, not
    `Biden – Stoltenberg` and `Biden – NATO` (a leader's meeting with the official is not the organisation's
    summit)."""
    if a == b or not a & b:
        return False
    sides = frozenset(map(side_of, a))
    if len(sides) < MIN_SHARED_PARTIES or sides != frozenset(map(side_of, b)):
        return False
    if any(not country_of(p) for p in a | b if side_of(p) not in ORGANISATION_CODES):
        return False
    officials = _officials()
    for code in sides & set(ORGANISATION_CODES):
        ours = {p for p in a if officials.get(p) == code}
        theirs = {p for p in b if officials.get(p) == code}
        if ours and theirs and not ours & theirs:
            return False
    return True


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    return {party_key(row["name"]): row["country"].strip() for row in read_actor_rows()
            if row["type"].strip() == "person" and row["country"].strip()}


def home_of(party: str) -> str:
    """The country (or organisation) a party belongs to: a person's in the actor table, a state's own code."""
    return _homes().get(party) or country_of(party)
