"""The word lists of the movement rules."""
from __future__ import annotations

import re


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

