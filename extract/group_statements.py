"""Who signs a group statement: the leaders (or ministers) of the states a title or opening sentence names.

"G7 Leaders' Statement", "Joint Statement between Ruritania and the European Commission" or "Joint Statement on
Sanctions" opening "We, the Leaders of the Group of Seven, ..." name a group of states, not people. Each state
(a group's members from `resources/groups.csv`) speaks through the holder of the office the title or opening
names (`lexicon/signer_offices.csv`) on the day of publication: its head of state or government for leaders,
its foreign minister for foreign ministers; a state whose office holder the actor table does not know, or a
statement that names no office, speaks as the state itself.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from functools import lru_cache
from pathlib import Path

from .actor_names import key
from .actor_table import Actor, ActorTable
from .actor_words import ORG_HEAD, leader_roles
from .vocabulary import family

GROUPS_CSV = Path(__file__).parent / "resources" / "groups.csv"
# a signer's office at the end ("Ruritania Joint Leaders") or before "of" ("the Heads of State of ...")
_OFFICE_WORDS = r"[A-Za-z/]+(?:\s+[A-Za-z/]+){0,4}"
_OFFICE_AFTER = re.compile(rf"^(?P<rest>.+?)\s+(?:joint\s+)?(?P<office>{_OFFICE_WORDS})$", re.IGNORECASE)
_OFFICE_BEFORE = re.compile(rf"^(?:the\s+)?(?P<office>{_OFFICE_WORDS})\s+of\s+(?P<rest>.+)$", re.IGNORECASE)
# "We, the Leaders of the Group of Seven (G7), met ...": the signers' list runs over capitalised words
# (and the, of, and) up to the first other lower-case word
_NAME_WORD = r"(?:[A-Z(][\w.'\u2019()-]*|the|of|and|&)"
_OPENING = re.compile(rf"\bWe,?\s+the\s+(?P<office>[A-Za-z/]+(?:\s+[A-Za-z/]+){{0,4}}?)\s+of\s+"
                      rf"(?P<who>{_NAME_WORD}(?:,?\s+{_NAME_WORD})*)")
OPENING_CHARS = 600  # the opening sentence that names the signers is within the body's first characters
# an organisation signs through its head only where the group statement names its leaders (the EU: the
# Commission's president); any other organisation (NATO, the UN) speaks as itself
_LED_ORGANISATIONS = ("EU",)


@lru_cache(maxsize=1)
def groups() -> dict[str, tuple[str, ...]]:
    """Member codes of each group, by the key of its name and of each alias."""
    found: dict[str, tuple[str, ...]] = {}
    with GROUPS_CSV.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if line.strip() and not line.startswith("#")):
            members = tuple(m.strip() for m in row["members"].split(";") if m.strip())
            for name in [row["group"], *row["aliases"].split(";")]:
                if name.strip():
                    found[key(name.strip())] = members
    return found


def office_class(phrase: str) -> str | None:
    """The class of an office phrase ("Leaders", "Heads of State/Government", "Foreign Ministers"), or None."""
    words = " ".join(re.sub(r"\s*/\s*", " or ", phrase).lower().split())
    entry = family("signer_offices").get(words)
    return entry.cls if entry else None


def _split_office(who: str) -> tuple[str | None, str]:
    """(office class, the rest naming the states) of a signers' phrase; (None, who) when it names no office."""
    who = " ".join(who.split())
    for pattern in (_OFFICE_BEFORE, _OFFICE_AFTER):
        m = pattern.match(who)
        if m and office_class(m.group("office")):
            return office_class(m.group("office")), m.group("rest")
    return None, who


def _parties(part: str, table: ActorTable) -> list[Actor] | None:
    """The states or organisation one named party stands for: a group's members, or the state or organisation."""
    part = re.sub(r"\([^)]*\)", " ", part)
    part = re.sub(r"^(?:the\s+)", "", " ".join(part.split()), flags=re.IGNORECASE)
    if not part:
        return []
    members = groups().get(key(part))
    if members:
        return [a for a in (table.state(code) for code in members) if a is not None]
    actor = table.match_state(part)
    return [actor] if actor is not None and actor.country and actor.type != "person" else None


def parties(text: str, table: ActorTable) -> list[Actor] | None:
    """The states and organisations a list of parties names ("the G7", "Ruritania and the European
    Commission", "U.S.-Singapore"), in order; None when a part names no state, organisation or group."""
    found_all: list[Actor] = []
    for part in re.split(r"\s*(?:,|;|\band\b|&)\s*", text):
        found = _parties(part, table)
        if found is None and "-" in part:  # "U.S.-Singapore": two states joined by a hyphen
            pieces = [_parties(p, table) for p in part.split("-")]
            found = None if any(p is None for p in pieces) else [a for p in pieces for a in p]
        if found is None:
            return None
        found_all += [a for a in found if a not in found_all]
    return found_all or None


def _signer(party: Actor, office: str | None, table: ActorTable, on: dt.date | None) -> Actor:
    """The holder of `office` in the state or organisation `party` on `on`, else the party itself."""
    code = party.country or ""
    roles: tuple[str, ...] = ()
    if office == "leaders":
        roles = ORG_HEAD.get(code, ()) if code in _LED_ORGANISATIONS else leader_roles(code)
    elif office == "foreign-ministers":
        roles = ("foreign minister",)
    holder = table.holder(roles, code, on=on) if roles else None
    return holder if holder is not None else party


def opening_signers(opening: str) -> tuple[str | None, str] | None:
    """(office class, parties) of an opening "We, the Leaders of the G7 and the EU, ...", or None."""
    m = _OPENING.search(opening)
    if m is None or office_class(m.group("office")) is None:
        return None
    who = re.sub(r"(?:\s+(?:and|the|of|&))+$", "", m.group("who").rstrip(" ,"))
    return office_class(m.group("office")), who


def group_signers(who: str | None, opening: str, table: ActorTable, on: dt.date | None) -> list[Actor]:
    """The signers of a group statement: the parties of `who` (a title's signers' phrase; None when the
    title names none) or else of the opening sentence, each through the office the title or opening names.
    Empty when neither names states, organisations or a group (a statement by named people)."""
    office, who_parties = _split_office(who) if who else (None, "")
    opened = opening_signers(opening[:OPENING_CHARS])
    named = parties(who_parties, table) if who_parties else None
    if named is None and opened is not None and not who_parties:
        named = parties(opened[1], table)
    if named is None:
        return []
    if office is None and opened is not None:
        office = opened[0]
    signers: list[Actor] = []
    for party in named:
        actor = _signer(party, office, table, on)
        if actor not in signers:
            signers.append(actor)
    return signers


def group_named_in(tokens, table: ActorTable) -> list[Actor]:
    """The member states of a group a run of proper nouns among `tokens` names ("envoys from the
    Lublin Triangle", "his B9 counterparts"): the states an event with the group's officials is with; []."""
    run: list = []
    for token in [*tokens, None]:
        if token is not None and (token.tag_ in ("NNP", "NNPS") or (run and token.like_num)):
            run.append(token)
            continue
        for start in range(len(run)):
            members = groups().get(key(" ".join(t.text for t in run[start:])))
            if members:
                return [a for a in (table.state(code) for code in members) if a is not None]
        run = []
    return []
