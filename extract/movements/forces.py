"""Force nouns ("troops", "two battalions", "warships", "a British presence") and their number phrases."""
from __future__ import annotations

import re

from spacy.tokens import Token

from ..countries import country_code
from ..numbers import QUALIFIERS, Count, parse_count
from ..sentences import sentence_of, text_of
from ..vocabulary import forms
from .words import (
    ADJECTIVE_FORCES, FLEET_MODIFIERS, FORCE_COMPOUND_HEADS, FORCE_IDIOM_VERBS, FORCE_NOUNS, MEMBER_MODIFIERS,
    MILITARY_EQUIPMENT_MODIFIERS, MULTIPLIERS, NOT_FORCE_MODIFIERS, PERSONNEL, PRESENCE_MODIFIERS, SERVICE_PREFIXES,
    SHIP_PREFIXES, _CIVILIAN, _FORCE_MODIFIERS, _GROUP_MODIFIERS, _IRREGULAR, _NOT_EQUIPMENT_MODIFIERS,
    _NOT_MISSION_MODIFIERS, _SIZE_NOUNS, _UNIT_MODIFIERS,
)

# ----- numbers -----------------------------------------------------------------------------------
_QUAL = "|".join(pattern for _, pattern in QUALIFIERS)  # "more than", "upwards of", "as many as", ...
_DET = re.compile(r"^\s*(?:the|a(?!\s+(?:hundred|thousand|dozen|couple)\b)|an|another|an additional|additional|its|their|his|her|our|all|those|these|of)\s+", re.I)


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


_ARM_WORDS = forms("force_modifiers", "arm")  # "airborne", "marine", "infantry"


def _unit_numeral(phrase: str) -> bool:
    """"the 173 Airborne paratroopers", "the 16 Air Assault brigade": a small numeral that is not a round count, before a capitalised
    arm of service, is a unit's number (not "300 Marine reservists")."""
    m = re.search(r"(?<![\d,.])(\d{1,3})\s+([A-Z][a-z]+)\b", phrase)
    return m is not None and int(m.group(1)) % 10 != 0 and m.group(2).lower() in _ARM_WORDS


_LEAD = re.compile(rf"(?:{_QUAL})\s+$", re.I)
_STRONG = re.compile(rf"((?:{_QUAL})?\s*[\d.,]+(?:\s*(?:thousand|million))?)[\s-]*(?:strong|member|man|person)\b", re.I)


def number_phrase(noun: Token) -> tuple[Count | None, tuple[int, int] | None]:
    """The count of a force noun and its character span: "more than 60,000 [troops]", "a 1,000-strong
    [force]", "tens of thousands of [troops]", "[forces] numbering 100,000", "a force of up to 4,000"."""
    doc = noun.doc
    start = noun.left_edge.idx
    t = noun
    # "tens of thousands of troops": the noun hangs under "of" → "thousands" → "of" → "tens"
    while t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.like_num or t.head.head.lower_ in MULTIPLIERS):
        t = t.head.head
        start = min(start, t.left_edge.idx)
    lead = _LEAD.search(text_of(doc)[max(sentence_of(noun).start_char, start - 25):start])
    if lead:  # "more than [100,00 troops]": the parser left the qualifier outside the noun phrase
        start -= len(lead.group(0))
    phrase = text_of(doc)[start:noun.idx]
    phrase = re.split(r"[;:()\u2013\u2014]|\s-\s", phrase)[-1]
    offset = noun.idx - len(phrase)
    strong = _STRONG.search(phrase)
    if strong:
        return parse_count(strong.group(1)), (offset + strong.start(1), offset + strong.end(1))
    if re.search(r"\b[A-Z][A-Za-z]*[\s-]+\d+\s*$", phrase) and not re.search(_QUAL, phrase, re.I):
        return None, None  # "the Type 23 frigate", "Su 35 jets": a model, not a count
    if re.search(r"\b[A-Z][A-Za-z]{0,3}-\d+", phrase):
        return None, None  # "the first An-124 cargo plane", "MiG-29 jets", "F-15s": a model
    if re.search(r"\b\d+(?:st|nd|rd|th)\b", phrase, re.I) or _unit_numeral(phrase):
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
    """The noun's modifiers as lower-case words; "Spain-based", which the tokenizer splits, as one word."""
    mods = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod", "poss", "det", "nummod")}
    return mods | {f"{g.lower_}-based" for c in token.children if c.lower_ == "based" and c.dep_ == "amod"
                   for g in c.children if g.dep_ in ("npadvmod", "compound")}


def _prev(token: Token) -> str:
    return token.nbor(-1).lower_ if token.i > 0 else ""


# The clause roles in which "military", "army" or an adjective-tagged force word names the forces.
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "conj")


def _national(mods: set[str]) -> bool:
    """A nationality among the modifiers, also as a base ("U.S.-based units", "UK-based jets")."""
    return any(country_code(m) or (m.endswith("-based") and country_code(m[:-len("-based")])) for m in mods)


def _force_sense(token: Token, lemma: str, mods: set[str]) -> bool:
    """"force(s)" as troops: not "use force", "join forces", "market forces", "by force" or a compound ("force
    protection"; but "force levels"); a bare "force" needs a military modifier, a nationality or a number."""
    if token.dep_ == "compound" and token.head.lower_ not in FORCE_COMPOUND_HEADS:
        return False
    if token.head.lower_ in FORCE_IDIOM_VERBS or (
            token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ != "agent"
            and token.lower_ == lemma):  # "by force", not "under siege by Russian forces"
        return False
    if mods & NOT_FORCE_MODIFIERS:
        return False
    if token.lower_ != lemma:
        return True
    return bool(mods & _FORCE_MODIFIERS or "strong" in mods or token.dep_ == "compound" or _national(mods) or any(
        c.like_num or c.dep_ == "nummod" for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.like_num or g.lower_ in PERSONNEL for g in c.subtree)
        for c in token.children))


def _civilian_colleagues(token: Token, lemma: str, mods: set[str]) -> bool:
    """"NASA flight surgeons and support personnel flew to Kazakhstan": personnel beside civilians."""
    return token.dep_ == "conj" and token.head.tag_ in ("NNS", "NN") and force_kind(token.head) is None


def _size_compound(token: Token, lemma: str, mods: set[str]) -> bool:
    """"troop numbers", "soldier levels": the singular as a compound of a size noun is no force."""
    return token.lower_ == lemma and token.dep_ == "compound" and token.head.lower_ in _SIZE_NOUNS


def _military_unit(token: Token, lemma: str, mods: set[str]) -> bool:
    return bool(mods & _UNIT_MODIFIERS) or _national(mods) or token.tag_ == "NNP"


def _military_vehicle(token: Token, lemma: str, mods: set[str]) -> bool:
    """A ship, plane or vehicle with a military modifier, a nationality, a service ("RAF") or "HMS" before it."""
    return bool(mods & MILITARY_EQUIPMENT_MODIFIERS) or any(country_code(m) or m in SERVICE_PREFIXES for m in mods) \
        or _prev(token) in SHIP_PREFIXES


def _column_of_forces(token: Token, lemma: str, mods: set[str]) -> bool:
    of_forces = any(c.lower_ == "of" and any(force_kind(g) for g in c.children if g.dep_ == "pobj")
                    for c in token.children)
    return of_forces or bool(mods & MILITARY_EQUIPMENT_MODIFIERS) or _national(mods)


def _owned_advance(token: Token, lemma: str, mods: set[str]) -> bool:
    """"the Russian march", "Putin's thrust", "the thrusts of Moscow's offensive" (not "March 25")."""
    if token.dep_ == "compound" or not token.text.islower() or token.ent_type_ in ("DATE", "TIME"):
        return False
    return _national(mods) or any(c.dep_ == "poss" for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "poss" or country_code(g.text) for g in c.subtree)
        for c in token.children)


# The `check` column of force_nouns.csv: what else the noun needs to name forces (token, lemma, modifiers).
_CHECKS = {
    "force": _force_sense,
    "service_member": lambda token, lemma, mods: _prev(token) in MEMBER_MODIFIERS,
    "personnel": lambda token, lemma, mods: not _civilian_colleagues(token, lemma, mods),
    "army": lambda token, lemma, mods: token.dep_ in _ARGUMENTS,
    "boots": lambda token, lemma, mods: any(c.lower_ == "on" for c in token.children),
    "size_compound": lambda token, lemma, mods: not _size_compound(token, lemma, mods),
    "group": lambda token, lemma, mods: bool(mods & _GROUP_MODIFIERS) or _prev(token) in _GROUP_MODIFIERS,
    "unit": _military_unit,
    "fleet": lambda token, lemma, mods: _military_unit(token, lemma, mods) or bool(mods & FLEET_MODIFIERS),
    "vehicle": _military_vehicle,
    "column": _column_of_forces,
    "fighter": lambda token, lemma, mods: "jet" in mods or _prev(token) == "jet",
    "presence": lambda token, lemma, mods: bool(mods & PRESENCE_MODIFIERS or _national(mods)) and token.dep_ != "compound",
    "mission": lambda token, lemma, mods: not (mods & _NOT_MISSION_MODIFIERS or any(
        c.lower_ in ("to", "of") for c in token.children if c.dep_ == "prep")),
    "advance": _owned_advance,
}


def _civilian_home(token: Token) -> bool:
    """"personnel from the US Embassy", "staff at the embassy": the noun's from/at/of phrase names a civilian
    service."""
    return any(c.dep_ == "prep" and c.lower_ in ("from", "at", "of") and any(
        g.dep_ == "pobj" and g.lower_ in _CIVILIAN for g in c.children) for c in token.children)


def force_kind(token: Token) -> str | None:
    """'personnel' | 'unit' | 'equipment' | 'presence' | 'advance' when `token` names armed forces, else None."""
    low = token.lower_
    tag = token.tag_
    if not tag.startswith("NN") and not (low in ADJECTIVE_FORCES and tag in ("JJ", "NN") and token.dep_ in _ARGUMENTS):
        return None
    entry = FORCE_NOUNS.get(low)
    if entry is None:
        return None
    kind, check, lemma = entry
    mods = _mods(token)
    if mods & (_CIVILIAN | _IRREGULAR) or (token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "one"
                                            and tag == "NNP") or _civilian_home(token):
        return None  # "diplomatic personnel", "embassy staff", "Air Force One", "personnel from the embassy"
    if kind == "equipment" and mods & _NOT_EQUIPMENT_MODIFIERS:
        return None  # "cargo ships", "fuel tanks"
    test = _CHECKS.get(check)
    return kind if test is None or test(token, lemma, mods) else None
