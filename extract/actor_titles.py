"""Mentions without a name: a title ("the French president", "Kremlin spokesman", "the foreign minister
of Ukraine") means the holder of an office; a metonym or an official phrase ("the Kremlin", "U.S.
officials", "Russia's defence ministry") means a state. Both read the words around the head as
modifiers: a country, a unit of government, a place or a person (docs/actors.md)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .actor_names import key, strip_possessive
from .actor_words import (
    AMBIGUOUS_STATES, CAPITALS, DEFAULT_WORDS, NOISE, ORG_HEAD, ORGANISATION_CODES, ROLE_PLACES, SEPARATIST_WORDS,
    STATE_HEADS, STATE_METONYMS, STATE_PREQUANTIFIERS, TITLE_WORD_TUPLES, UNIT_HEAD, UNIT_SPOKESPERSON, UNITS,
    RoleWord, ambassador_role, leader_roles,
)
from .countries import country_code

if TYPE_CHECKING:  # pragma: no cover
    from .actor_table import Actor, ActorTable

_ARTICLES = ("the", "a", "an")


@dataclass(frozen=True)
class _Mod:
    """One modifier of a title: a country, a unit of government, a place, a person."""

    code: str | None = None
    unit: str | None = None
    place: str | None = None
    separatist: bool = False
    use_default: bool = False


def _title_key(text: str) -> list[str]:
    k = key(text).replace("-", " ")
    k = re.sub(r"[,;:!?\"“”]+$", "", k).strip()
    k = strip_possessive(k)
    words = k.split()
    while words and words[0] in _ARTICLES:
        words = words[1:]
    return words


# --------------------------------------------------------------------------------------------
# Modifiers


def _modifier(table: ActorTable, words: list[str], on: dt.date | None) -> _Mod | None:
    phrase = strip_possessive(" ".join(words))
    if not phrase:
        return None
    sep = any(w in SEPARATIST_WORDS for w in words)
    if phrase in ROLE_PLACES:
        return _Mod(code=CAPITALS.get(phrase), place=ROLE_PLACES[phrase], separatist=sep or phrase in
                    ("dpr", "dnr", "lpr", "lnr"))
    if phrase in UNITS:
        code, unit = UNITS[phrase]
        return _Mod(code=code, unit=unit)
    if phrase in CAPITALS:
        return _Mod(code=CAPITALS[phrase])
    if phrase in DEFAULT_WORDS:
        return _Mod(use_default=True)
    if phrase in NOISE:
        return _Mod(separatist=sep)
    code = country_code(phrase)
    if code:
        return _Mod(code=code)
    person = table.by_key(phrase, on)
    if person is not None and person.country:
        unit = "presidency" if person.role in leader_roles(person.country) else None
        return _Mod(code=person.country, unit=unit)
    return None


def _modifiers(table: ActorTable, words: list[str], on: dt.date | None) -> list[_Mod] | None:
    """Split `words` greedily into known modifiers; None if any word is unknown."""
    mods, i = [], 0
    while i < len(words):
        for j in range(len(words), i, -1):
            mod = _modifier(table, words[i:j], on)
            if mod is not None:
                mods.append(mod)
                i = j
                break
        else:
            return None
    return mods


def _merge(mods: list[_Mod]) -> _Mod | None:
    codes = {m.code for m in mods if m.code}
    if len(codes) > 1:
        return None
    units = [m.unit for m in mods if m.unit]
    places = [m.place for m in mods if m.place]
    return _Mod(code=codes.pop() if codes else None, unit=units[-1] if units else None,
                place=places[0] if places else None, separatist=any(m.separatist for m in mods))


# --------------------------------------------------------------------------------------------
# Titles


def match_title(table: ActorTable, text: str, *, on: dt.date | None = None,
                default_country: str | None = None) -> Actor | None:
    """The office-holder a role phrase without a name means (`ActorTable.match_title`)."""
    words = _title_key(text)
    if not words:
        return None
    found = _find_title_word(words)
    if not found:
        return None
    i, j, word = found
    before = _modifiers(table, words[:i], on)
    if before is None:
        return None
    target: _Mod | None = None
    prep = words[j] if j < len(words) else None
    if prep:
        after = [w for w in words[j + 1:] if w not in _ARTICLES]
        after_mods = _modifiers(table, after, on)
        if not after_mods:
            return None
        merged = _merge(after_mods)
        if merged is None:
            return None
        if prep == "of" or word.kind != "ambassador":
            before = before + after_mods
        else:
            target = merged
    if "former" in words and word.roles != ("former president",):
        return None
    return _title_holder(table, word, before, target, on, default_country)


def _find_title_word(words: list[str]) -> tuple[int, int, RoleWord] | None:
    """The longest title word in `words` (first place it occurs) that ends the phrase or is followed by
    of/to/in/at: (start, end, what it means)."""
    present = set(words)
    for surface, word in TITLE_WORD_TUPLES:
        if surface[0] not in present:
            continue
        n = len(surface)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) == surface and (i + n == len(words) or words[i + n] in ("of", "to", "in", "at")):
                return i, i + n, word
    return None


def _title_holder(table: ActorTable, word: RoleWord, mods: list[_Mod], target: _Mod | None, on: dt.date | None,
                  default_country: str | None) -> Actor | None:
    codes = list(dict.fromkeys(m.code for m in mods if m.code))
    if word.kind == "ambassador":
        return _ambassador(table, word, codes, target, on, default_country)
    if len(codes) > 1:
        return None
    places = [m.place for m in mods if m.place]
    if word.kind == "place" or (places and word.kind in ("leader", "chief")):
        return _place_holder(table, word, places, any(m.separatist for m in mods), on)
    code = _title_country(word, codes, default_country)
    if code is None:
        return None
    units = [m.unit for m in mods if m.unit]
    return table.holder(_title_roles(word, units[-1] if units else None, code), code, on=on)


def _ambassador(table: ActorTable, word: RoleWord, codes: list[str], target: _Mod | None, on: dt.date | None,
                default_country: str | None) -> Actor | None:
    """An ambassador or envoy: sent by the first country named (else `default_country`) to the target
    ("ambassador to the UN", an office: a fixed expression), or to the second country named ("the Russian ambassador in the US")."""
    deputy = word.roles == ("deputy",)
    to = target.code if target else None
    sender = codes[0] if codes else None
    if to is None and len(codes) == 2:
        sender, to = codes
    elif to is None and len(codes) == 1 and codes[0] in ORGANISATION_CODES and default_country:
        sender, to = default_country, codes[0]
    sender = sender or default_country
    if not sender or not to or sender == to:
        return None
    return table.holder((ambassador_role(to, deputy=deputy),), sender, on=on)


def _place_holder(table: ActorTable, word: RoleWord, places: list[str], separatist: bool,
                  on: dt.date | None) -> Actor | None:
    """A mayor, governor or separatist leader of the first place named ("Kyiv mayor", "DPR leader")."""
    if not places:
        return None
    prefixes = (word.roles if word.kind == "place" else ()) or ("governor of ", "mayor of ")
    if separatist:
        prefixes = ("separatist leader of ",)
    return table.holder_anywhere([prefix + places[0] for prefix in prefixes], on=on)


def _title_country(word: RoleWord, codes: list[str], default_country: str | None) -> str | None:
    """The country named, else the one state the title exists in (secretary of state → USA), else the default."""
    if codes:
        return codes[0]
    if word.only_in:
        return default_country if default_country in word.only_in else word.only_in[0]
    return default_country


def _title_roles(word: RoleWord, unit: str | None, code: str) -> tuple[str, ...]:
    """The roles a title word means in `code`, given the unit of government it names ("Pentagon chief")."""
    roles = _kind_roles(word, unit, code)
    return leader_roles(code) if roles == ("leader",) else roles


def _kind_roles(word: RoleWord, unit: str | None, code: str) -> tuple[str, ...]:
    if word.kind == "leader":
        return leader_roles(code)
    if word.kind == "chief":
        return UNIT_HEAD.get(unit, ()) if unit else ORG_HEAD.get(code, ())
    if word.kind == "president" and unit in ("commission", "council", "european parliament"):
        return UNIT_HEAD[unit]
    if word.kind == "spokesperson" and unit:
        return UNIT_SPOKESPERSON.get(unit, ())
    if word.kind == "speaker":
        return ("speaker of the upper house",) if unit == "upper house" else ("speaker of parliament",)
    return word.roles


# --------------------------------------------------------------------------------------------
# States


def match_state(table: ActorTable, text: str) -> Actor | None:
    """The state or organisation a name, metonym or official phrase stands for (`ActorTable.match_state`)."""
    words = _title_key(text)
    k = " ".join(words)
    if not k or k in AMBIGUOUS_STATES or "former" in words:
        return None
    organisation = table.org_by_key(k)
    if organisation is not None:
        return organisation
    if k in STATE_METONYMS:
        return table.state(STATE_METONYMS[k])
    code = country_code(k)
    if code:
        return table.state(code)
    return _state_from_phrase(table, words)


def _state_from_phrase(table: ActorTable, words: list[str]) -> Actor | None:
    while words and words[0] in STATE_PREQUANTIFIERS:
        words = words[1:]
    present = set(words)
    for head in STATE_HEADS:
        if head[0] not in present:
            continue
        n = len(head)
        for i in range(len(words) - n + 1):
            if tuple(words[i:i + n]) != head:
                continue
            rest = words[i + n:]
            if rest and rest[0] not in ("of", "in", "from"):
                continue
            modifier = [w for w in words[:i] if w not in STATE_PREQUANTIFIERS]
            tail = [w for w in rest[1:] if w not in _ARTICLES]
            return _state_from_modifiers(table, modifier + tail, head)
    return None


def _state_from_modifiers(table: ActorTable, words: list[str], head: tuple[str, ...]) -> Actor | None:
    if not words:
        return table.state("USA") if head == ("administration",) else None
    mods = _modifiers(table, words, None)
    if mods is None:
        return None
    codes = {m.code for m in mods if m.code}
    if len(codes) == 1:
        return table.state(codes.pop())
    if codes:
        return None
    if "administration" in words:  # "a senior administration official": the US formula (a fixed expression)
        return table.state("USA")
    if words == ["defense"] and head in (("official",), ("officials",)):  # Pentagon briefings
        return table.state("USA")
    return None
