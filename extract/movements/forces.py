"""Force nouns ("troops", "two battalions", "warships", "a British presence") and their number phrases."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..countries import country_code
from ..numbers import QUALIFIERS, Count, parse_count
from ..sentences import sentence_of, text_of
from .words import (
    _CIVILIAN, _FORCE_MODIFIERS, _GROUP_MODIFIERS, _IRREGULAR, _NOT_EQUIPMENT_MODIFIERS, _NOT_MISSION_MODIFIERS,
    _SIZE_NOUNS, _UNIT_MODIFIERS, ADVANCE_NOUNS, EQUIPMENT, PERSONNEL, PRESENCE_NOUNS, SERVICE_PREFIXES, UNIT_NOUNS,
)


# ----- numbers -----------------------------------------------------------------------------------
_QUAL = "|".join(pattern for _, pattern in QUALIFIERS)  # "more than", "upwards of", "as many as", ...
_DET = re.compile(r"^\s*(?:the|a|an|another|an additional|additional|its|their|his|her|our|all|those|these|of)\s+", re.I)


def _strip_determiners(phrase: str) -> str:
    """'the estimated 100,000 Russian' → 'estimated 100,000'; keeps only the number part before adjectives."""
    phrase = _DET.sub("", phrase)
    m = re.search(r"(?:(?:" + _QUAL + r"|estimated)\s+)?(?:[\d][\d,.\s]*(?:\s*(?:thousand|million))?"
                  r"|(?:tens|hundreds|dozens|thousands|scores)(?:\s+of\s+(?:thousands|hundreds|dozens))?(?:\s+of)?\b|"
                  r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                  r"fifty|sixty|seventy|eighty|ninety|hundred|a\s+hundred|a\s+thousand|several|a\s+dozen|a\s+couple\s+of|"
                  r"dozen)\b(?:[\s-]+(?:hundred|thousand|million|and|one|two|three|four|five|six|seven|eight|nine|"
                  r"ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))*)",
                  phrase, re.I)
    return m.group(0) if m else ""


def number_phrase(noun: Token) -> tuple[Count | None, tuple[int, int] | None]:
    """The count of a force noun and its character span: "more than 100,000 [troops]", "a 1,000-strong
    [force]", "tens of thousands of [troops]", "[forces] numbering 100,000", "a force of up to 4,000"."""
    doc = noun.doc
    start = noun.left_edge.idx
    t = noun
    # "tens of thousands of troops": the noun hangs under "of" → "thousands" → "of" → "tens"
    while t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.like_num or t.head.head.lower_ in (
            "tens", "hundreds", "thousands", "dozens", "scores")):
        t = t.head.head
        start = min(start, t.left_edge.idx)
    lead = re.search(rf"(?:{_QUAL})\s+$", text_of(doc)[max(sentence_of(noun).start_char, start - 25):start], re.I)
    if lead:  # "more than [100,00 troops]": the parser left the qualifier outside the noun phrase
        start -= len(lead.group(0))
    phrase = text_of(doc)[start:noun.idx]
    phrase = re.split(r"[;:()\u2013\u2014]|\s-\s", phrase)[-1]
    offset = noun.idx - len(phrase)
    strong = re.search(rf"((?:{_QUAL})?\s*[\d.,]+(?:\s*(?:thousand|million))?)[\s-]*(?:strong|member|man|person)\b",
                       phrase, re.I)
    if strong:
        return parse_count(strong.group(1)), (offset + strong.start(1), offset + strong.end(1))
    if re.search(r"\b[A-Z][A-Za-z]*[\s-]+\d+\s*$", phrase) and not re.search(_QUAL, phrase, re.I):
        return None, None  # "the Type 45 destroyer", "Su 35 jets": a model, not a count
    if re.search(r"\b[A-Z][A-Za-z]{0,3}-\d+", phrase):
        return None, None  # "the first Il-76 transport aircraft", "MiG-29 jets", "F-15s": a model
    if re.search(r"\b\d+(?:st|nd|rd|th)\b", phrase, re.I):
        return None, None  # "the 82nd Airborne Division", "the 2nd Stryker Regiment": a name, not a count
    if re.search(r"\d[\d,.]*[\s-]*(?:mile|km|kilomet|metre|meter|foot|feet|yard|hour|day|week|ton|tonne)s?\b",
                 phrase, re.I):
        return None, None  # "a 40 mile-long column", "a 30-day deployment": a measure, not a count
    stripped = _strip_determiners(phrase)
    count = parse_count(re.sub(r"^estimated\s+", "an estimated ", stripped, flags=re.I)) if stripped else None
    if count is not None:
        stripped = stripped.rstrip()
        at = phrase.rfind(stripped)
        if count.text != stripped:
            count = count._replace(text=stripped)
        return count, (offset + at, offset + at + len(stripped))
    # "between 2,000 and 3,000 troops", parsed as a prepositional phrase with the noun beside the numbers
    before = text_of(doc)[max(sentence_of(noun).start_char, noun.idx - 80):noun.idx]
    m = re.search(r"(between\s+\d[\d,.]*\s*(?:thousand\s+)?(?:and|to)\s+\d[\d,.]*(?:\s*(?:thousand|million))?)"
                  r"\s+(?:[A-Za-z-]+\s+){0,3}$", before, re.I)
    if m:
        base = noun.idx - len(before)
        return parse_count(m.group(1)), (base + m.start(1), base + m.end(1))
    after = text_of(doc)[noun.idx + len(noun.text): sentence_of(noun).end_char]
    m = re.match(r"\s*(?:numbering|totall?ing|of)\s+((?:up to|about|around|some|more than|nearly|at least|over|"
                 r"as many as|roughly)?\s*[\d][\d,.]*(?:\s*(?:thousand|million))?)(?!\s*(?:km|kilomet|mile|meter|metre|"
                 r"%|per|years?|days?|hours?))", after, re.I)
    if m:
        base = noun.idx + len(noun.text)
        return parse_count(m.group(1)), (base + m.start(1), base + m.end(1))
    return None, None


# ----- force nouns -------------------------------------------------------------------------------
def _mods(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss", "det", "nummod")}


def _prev(token: Token) -> str:
    return token.nbor(-1).lower_ if token.i > 0 else ""


def force_kind(token: Token) -> str | None:
    """'personnel' | 'unit' | 'equipment' | 'presence' | 'advance' when `token` names armed forces, else None."""
    low = token.lower_
    tag = token.tag_
    if not tag.startswith("NN") and not (low in ("military", "airborne", "infantry") and tag in ("JJ", "NN")
                                         and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")):
        return None
    mods = _mods(token)
    if mods & (_CIVILIAN | _IRREGULAR) or (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "one"
                                            and tag == "NNP"):
        return None  # "diplomatic personnel", "embassy staff", "Air Force One"
    if low in PERSONNEL:
        if low in ("force", "forces"):
            if token.dep_ == "compound" and token.head.lower_ not in ("capabilities", "capability", "levels",
                                                                      "deployment", "posture"):
                return None
            if token.head.lower_ in ("use", "using", "used", "join", "joined", "joining") or (
                    token.dep_ == "pobj" and token.head.lower_ in ("by",) and token.head.dep_ != "agent"):
                return None
            if "external" in mods or "market" in mods or "political" in mods or "opposition" in mods:
                return None
            if low == "force":
                return "personnel" if (mods & _FORCE_MODIFIERS or "strong" in mods or token.dep_ == "compound" or any(
                    country_code(m) for m in mods) or any(
                    c.like_num or c.dep_ == "nummod" for c in token.children) or any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num or g.lower_ in PERSONNEL for g in c.subtree)
                    for c in token.children)) else None
        if low == "members":
            return "personnel" if _prev(token) in ("service", "military") else None
        if low == "personnel" and token.dep_ == "conj" and token.head.tag_ in ("NNS", "NN") and \
                force_kind(token.head) is None:
            return None  # "NASA flight surgeons and support personnel flew to Kazakhstan"
        if low in ("military", "army", "armies"):
            return "personnel" if token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") else None
        if low == "boots":
            return "personnel" if any(c.lower_ == "on" for c in token.children) else None
        if low in ("troop", "soldier") and token.dep_ == "compound" and token.head.lower_ in _SIZE_NOUNS | {"numbers"}:
            return None
        return "personnel"
    if low in ("group", "groups"):
        return "unit" if (mods & _GROUP_MODIFIERS or _prev(token) in _GROUP_MODIFIERS) else None
    if low in ("units", "unit", "company", "companies", "division", "divisions", "fleet", "fleets"):
        if mods & _UNIT_MODIFIERS or any(country_code(m) for m in mods) or token.tag_ == "NNP" or (
                low in ("fleet", "fleets") and mods & {"northern", "pacific", "black", "baltic", "sea", "sixth",
                                                        "seventh", "naval", "russian"}):
            return "unit"
        return None
    if low in UNIT_NOUNS:
        return "unit"
    if low in EQUIPMENT:
        if mods & _NOT_EQUIPMENT_MODIFIERS:
            return None
        if low in ("vehicles", "planes", "ships", "ship", "vessels", "vessel", "aircraft", "carrier", "fighters",
                   "column", "columns", "convoy", "convoys"):
            military = {"armoured", "armored", "military", "combat", "war", "naval", "navy", "fighter", "landing",
                        "amphibious", "transport", "spy", "surveillance", "attack", "infantry", "tank", "support",
                        "reconnaissance", "patrol", "stealth", "strike", "bomber", "aircraft", "warplanes"}
            if low in ("column", "columns", "convoy", "convoys"):
                of_forces = any(c.lower_ == "of" and any(force_kind(g) for g in c.children if g.dep_ == "pobj")
                                for c in token.children)
                return "equipment" if of_forces or mods & military or any(country_code(m) for m in mods) else None
            if low == "fighters":
                return "equipment" if "jet" in mods or _prev(token) == "jet" else None
            if not (mods & military or any(country_code(m) or m in SERVICE_PREFIXES for m in mods)
                    or _prev(token).upper() in ("HMS", "USS")):
                return None
        return "equipment"
    if low in PRESENCE_NOUNS:
        if low == "presence":
            return "presence" if (mods & {"military", "troop", "forward", "naval", "nato", "allied", "permanent",
                                          "rotational", "increased", "enhanced"} or any(
                country_code(m) for m in mods)) and token.dep_ != "compound" else None
        if mods & _NOT_MISSION_MODIFIERS or any(c.lower_ in ("to", "of") for c in token.children if c.dep_ == "prep"):
            return None
        return "presence"
    if low in ADVANCE_NOUNS and token.dep_ != "compound" and token.text.islower() and token.ent_type_ not in (
            "DATE", "TIME"):  # "the Russian march", not "March 25"
        owned = any(country_code(m) for m in mods) or any(c.dep_ == "poss" for c in token.children) or any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "poss" or country_code(g.text) for g in c.subtree)
            for c in token.children)  # "the thrusts of Putin's invasion"
        return "advance" if owned else None
    return None


