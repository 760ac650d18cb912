"""The word classes of the movement rules, read from `resources/lexicon/` (see `extract.vocabulary`).

Each set holds lower-cased forms, since the rules compare `token.lower_`: every form of the lemmas of a class
(or of the lemmas flagged for a rule), so one row of a data file covers each inflection. The data files say
why each word is there; keep them linguistic and general, never add a word for one article.
"""
from __future__ import annotations

from ..clause_facts.words import (  # noqa: F401  (the clause words are part of the movement rules' vocabulary)
    CALL_VERBS, CONDITIONAL_MARKS, COPULA, DECIDE, DECIDE_NOUNS, DEMAND_GOVERNORS, FUTURE_ADJECTIVES, FUTURE_GOVERNORS,
    MODAL_ADVOCACY, MODAL_FUTURE, MODAL_POSSIBLE, NEG_GOVERNORS, OBLIGATION_VERBS, PLAN_ADJECTIVES, PLAN_GOVERNORS,
    PLAN_NOUNS, POSSESSION,
)
from ..vocabulary import _regular_verb, family, flagged, forms


def verb_forms(spec: str) -> frozenset[str]:
    """Every form of the verbs in `spec`: "send|sent mass" → send, sends, sent, sending, mass, ... (irregular
    forms after a bar; the movement rules themselves take their verbs from the lexicon)."""
    out: set[str] = set()
    for part in spec.split():
        base, *irregular = part.split("|")
        out.update([base, *irregular, *_regular_verb(base)])
    return frozenset(out)


def _names(cls: str) -> dict[str, str]:
    """Form → force name of the force nouns of `cls` (a row with no name writes the word as it is)."""
    return {f: e.extra.get("name") or f for e in family("force_nouns").values() if e.cls == cls for f in e.forms}


# ----- force nouns and their modifiers (force_nouns, force_modifiers, non_force_modifiers, force_senses) -----
PERSONNEL = _names("personnel")
UNIT_NOUNS = _names("unit")
EQUIPMENT = _names("equipment")
# Nouns that stand for forces in place or on the move ("a Dutch presence in Lithuania", "the Russian march").
PRESENCE_NOUNS = _names("presence")
ADVANCE_NOUNS = _names("advance")
# Form → (kind, the test it must pass too, its lemma): see the check column of force_nouns.csv.
FORCE_NOUNS = {f: (e.cls, e.extra.get("check", ""), e.lemma) for e in family("force_nouns").values() for f in e.forms}
ADJECTIVE_FORCES = flagged("force_nouns", "adjective")  # "the military", "infantry" tagged JJ
FORMATION_NOUNS = flagged("force_nouns", "formation")  # "an armoured column": equipment with its crews

_GROUP_MODIFIERS = flagged("force_modifiers", "group")
_UNIT_MODIFIERS = flagged("force_modifiers", "unit")
FLEET_MODIFIERS = flagged("force_modifiers", "fleet")
_FORCE_MODIFIERS = flagged("force_modifiers", "force")
MILITARY_EQUIPMENT_MODIFIERS = flagged("force_modifiers", "equipment")
PRESENCE_MODIFIERS = flagged("force_modifiers", "presence")
NAME_MODIFIERS = flagged("force_modifiers", "name")  # kept in the force's name: "special forces"
MEMBER_MODIFIERS = flagged("force_modifiers", "member")  # "service members"

_CIVILIAN = forms("non_force_modifiers", "civilian")
_IRREGULAR = forms("non_force_modifiers", "irregular")
_NOT_EQUIPMENT_MODIFIERS = flagged("non_force_modifiers", "equipment")
_NOT_MISSION_MODIFIERS = flagged("non_force_modifiers", "mission")
NOT_FORCE_MODIFIERS = flagged("non_force_modifiers", "force")  # "market forces"
# Modifiers of a force noun that make it no movement: "captured soldiers", "former troops".
CASUALTY_MODIFIERS = forms("non_force_modifiers", "casualty", "former")

FORCE_COMPOUND_HEADS = forms("force_senses", "compound_head")  # "force levels", "force posture"
FORCE_IDIOM_VERBS = forms("force_senses", "idiom_verb")  # "use force", "join forces"

# ----- what a predicate says the forces do (movement_verbs, movement_nouns) -----
WITHDRAW = forms("movement_verbs", "withdraw")
ARRIVE = forms("movement_verbs", "arrive")
TRANSIT = forms("movement_verbs", "transit")
SEND = forms("movement_verbs", "send") | flagged("movement_verbs", "send")
BOOST = forms("movement_verbs", "boost")
ALERT_VERBS = forms("movement_verbs", "alert")
MASS = forms("movement_verbs", "mass")
COMPRISE = forms("movement_verbs", "comprise")
STATIC = forms("movement_verbs", "static") | flagged("movement_verbs", "static")
# Static verbs whose "to/into" phrases belong to a motion word higher up ("forces stationed in Europe to X").
_STATIC_ONLY = flagged("movement_verbs", "static_only")
STATIONING_VERBS = flagged("movement_verbs", "stations")  # a presence even at a border
_ARRIVE_NEEDS_OBJECT = flagged("movement_verbs", "needs_object")
_NON_ARRIVAL_CAPTURE = flagged("movement_verbs", "captures")
DOWN_ON_VERBS = flagged("movement_verbs", "down_on")  # "bearing down on Kyiv"
GROUND_VERBS = flagged("movement_verbs", "ground")  # "gained ground near Kyiv"
WAY_ONLY_VERBS = flagged("movement_verbs", "way_only")  # "fought their way into Kyiv"
DOWN_ONLY_VERBS = flagged("movement_verbs", "down_only")  # "touched down in Poland"
IDIOM_OBJECTS = forms("idiom_objects", "happen")  # "took place": no place was taken
CONTROL_OBJECTS = forms("idiom_objects", "take")  # "took control of Kherson": Kherson was taken
CONTROL_OF_VERBS = flagged("movement_verbs", "control_of")
_FOR_VERBS = TRANSIT | flagged("movement_verbs", "depart") | flagged("movement_verbs", "for")
DEPART_VERBS = flagged("movement_verbs", "depart")
RETURN_VERBS = flagged("movement_verbs", "return_to")
NEEDS_COMPLEMENT = flagged("movement_verbs", "needs_complement")  # leave, return
BACK_VERBS = flagged("movement_verbs", "back")  # "pull back", "move out"
BACK_DOWN_VERBS = flagged("movement_verbs", "back_down")  # "pull back", "draw down"
IN_VERBS = flagged("movement_verbs", "in")  # "send in"
INTO_VERBS = flagged("movement_verbs", "into")  # "moved into"
OFF_VERBS = flagged("movement_verbs", "off")  # "took off for"
SAIL_VERBS = flagged("movement_verbs", "sail")  # "set sail"
JOIN_VERBS = flagged("movement_verbs", "join")  # "will join HMS Trent"
NEEDS_WAY = flagged("movement_verbs", "needs_way") - {"goes"}  # "made their way" (never asked of "goes")
TO_PLACE_VERBS = flagged("movement_verbs", "to_place")  # "the soldiers will go to Poland"
SUBJECT_PLACE_VERBS = flagged("movement_verbs", "subject_place")  # "Poland hosts US troops"
DRILL_VERBS = flagged("movement_verbs", "drills")  # "held drills in Belarus"
TAKE_UP_VERBS = flagged("movement_verbs", "takes_up")  # "took up positions"
LINING_VERBS = flagged("movement_verbs", "lines")  # "troops line the border": a presence
NEEDS_UP = flagged("movement_verbs", "needs_up")  # "beef up"
NEEDS_UP_IN = flagged("movement_verbs", "needs_up_in")  # "dig in"
NEEDS_PREP = flagged("movement_verbs", "needs_prep")  # "put troops on alert"
NEEDS_FORCE = flagged("movement_verbs", "needs_force")  # "leads the battlegroup"
OBJECT_PLACE_VERBS = flagged("movement_verbs", "object_place")  # "surrounded Kyiv"
SURROUND_VERBS = flagged("movement_verbs", "surrounds")

WITHDRAW_NOUNS = forms("movement_nouns", "withdraw")
ARRIVAL_NOUNS = forms("movement_nouns", "arrive")
ARRIVE_NOUNS = forms("movement_nouns", "arrive", "offensive")
SEND_NOUNS = forms("movement_nouns", "send")
BOOST_NOUNS = forms("movement_nouns", "boost")
MASS_NOUNS = forms("movement_nouns", "mass")
EXERCISE_NOUNS = forms("activity_nouns", "exercise")
STATIC_NOUNS = forms("movement_nouns", "static") | flagged("movement_nouns", "static")
DEFENCE_NOUNS = forms("movement_nouns", "defence")
_STRIKE_NOUNS = forms("activity_nouns", "strike")
# "launched the invasion of Kuwait": one operation, in the singular ("launched attacks" is fighting)
LAUNCHED_NOUNS = frozenset(e.lemma for e in family("movement_nouns").values() if "launched" in e.flags)
NEEDS_PREP_NOUNS = frozenset(e.lemma for e in family("movement_nouns").values() if "needs_prep" in e.flags)  # "an attack on"
INVASION_WORDS = flagged("movement_nouns", "invasion") | flagged("movement_verbs", "invasion")
BACK_PARTICLES = forms("direction_words", "back")

# ----- verbs of other events (context_verbs) and of fighting (casualty_words) -----
DELIVERY_VERBS = forms("context_verbs", "deliver")
LAUNCH_VERBS = forms("context_verbs", "launch")
CONDUCT_VERBS = forms("context_verbs", "conduct")
CARRY_OUT_VERBS = flagged("context_verbs", "out")
LEAD_VERBS = forms("context_verbs", "command")
HOST_LEAD_VERBS = flagged("context_verbs", "host")
SEIZE_VERBS = forms("context_verbs", "seize")  # "took the opportunity"
ENCLOSE_VERBS = forms("context_verbs", "enclose")
CASUALTY = forms("casualty_words")

# ----- what governs a predicate (governor_words, frame_nouns, condition_nouns, mood_words, timing_words) -----
# plan, refuse, demand, obligation and future governors: shared with the clause facts (extract.clause_facts.words)
NOUN_DEMANDS = DEMAND_GOVERNORS - flagged("governor_words", "clause_only")  # "demanded the withdrawal of"
EVIDENCE_VERBS = forms("governor_words", "evidence")
CONTROL_VERBS = forms("governor_words", "control") | flagged("governor_words", "control")
# Verbs that pass their subject to the infinitive or participle below them: the forces "are thought to be crossing".
RAISING = forms("governor_words", "raising") | flagged("governor_words", "raising")
DOUBT_WORDS = forms("governor_words", "doubt") | flagged("governor_words", "doubt")
ASPECT_VERBS = flagged("governor_words", "aspect")  # "the Kremlin continues to mass troops": its subject masses
CONCESSIVE_PREPS = forms("governor_words", "concessive")  # "despite its build-up": a given fact
TOPIC_WORDS = forms("governor_words", "topic") | flagged("governor_words", "topic")  # "talked about sending troops": a topic, not an event

CLAIM_NOUNS = forms("frame_nouns", "claim") | flagged("frame_nouns", "claim")
DEMAND_NOUNS = forms("frame_nouns", "demand")
NEG_NOUNS = forms("frame_nouns", "sign") | flagged("frame_nouns", "negatable")
HYPOTHETICAL_NOUNS = forms("condition_nouns")
TAKEN_CHANCES = flagged("condition_nouns", "takeable")  # "took the opportunity to"
ROLE_NOUNS = forms("frame_nouns", "role")  # "the host nation for a brigade"

SOON = forms("timing_words", "soon")  # "the imminent arrival"
EXISTING = forms("timing_words", "existing")  # "the recent buildup"
EARLIER_PREPS = forms("timing_words", "earlier")  # "after entering X": the gerund happened first
LASTING = forms("timing_words", "lasting")  # "for years", "years of rotation": a standing presence


# ----- places (direction_words, locative_nouns) -----
# Prepositions that place forces somewhere; "from" gives the origin.
DEST_PREPS = forms("direction_words", "direction", "location")
WHERE_PREPS = flagged("direction_words", "where")  # where forces are now
PLACING_ADVERBS = flagged("direction_words", "adverb")  # "close to Ukraine", "north of Kyiv"
COMPANION_PREPS = (forms("direction_words", "companion") | flagged("direction_words", "companion")) - {"together"}
COMPANION_MARKS = flagged("direction_words", "mark")  # "together with", "along with"
NEEDS_MARK = flagged("direction_words", "needs_mark")  # "with" alone is no companion ("a unit with tanks")
# Nouns that name a place or a part of one: their possessor and "of"-phrase are the place ("Ukraine's border").
LOCATIVE_NOUNS = forms("locative_nouns", "border", "site", "area") - flagged("locative_nouns", "not_locative")
# Places that someone owns: "a U.S. military installation in Germany", "Europe's largest nuclear plant" — their
# possessor or modifier is an owner, and only their in/of/near phrases say where they are.
SITE_NOUNS = forms("locative_nouns", "site")
_BORDER_NOUNS = forms("locative_nouns", "border")
HOME_BASES = forms("locative_nouns", "home") | flagged("locative_nouns", "home")  # "returned to their bases"
STATE_NOUNS = flagged("locative_nouns", "states")  # "soldiers from several nations"

# ----- counting, owners and reference (transparent_nouns, owner_words, anaphors) -----
# "the number of troops" (a fixed expression), "columns of troops": the head noun stands for the forces.
TRANSPARENT_NOUNS = forms("transparent_nouns")
_SIZE_NOUNS = flagged("transparent_nouns", "size")
MULTIPLIERS = flagged("transparent_nouns", "multiplier")  # "tens of thousands of"
# Units named by a prefix or a service: "HMS Diamond", "RAF Typhoon jets", "USS Harry S. Truman".
SERVICE_PREFIXES = {f: e.extra["country"] for e in family("owner_words").values() if e.cls == "service" for f in e.forms}
SHIP_PREFIXES = flagged("owner_words", "ship")
NAMED_SERVICES = flagged("owner_words", "name")  # "Bundeswehr" in any case
_MULTINATIONAL = forms("owner_words", "multinational") | flagged("owner_words", "multinational")
ALLIANCE_WORDS = forms("owner_words", "alliance")  # "allied forces" in a NATO story
OTHER_ALLIANCES = forms("owner_words", "other_alliance")
HISTORY_WORDS = forms("owner_words", "history")  # "the Soviet Union"
_PLACE_ANAPHORS = forms("anaphors", "place")
PLACE_NOUN_ANAPHORS = forms("anaphors", "place_noun")  # "the country", "the region"
COUNTRY_ANAPHORS = flagged("anaphors", "country")
_PRONOUNS = forms("anaphors", "personal")
_PRONOUN_FORCES = flagged("anaphors", "forces")

# ----- facts and limits -----
NATO_MEMBERS = frozenset({"ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FRA", "DEU", "GRC", "HUN", "ISL",
                          "ITA", "LVA", "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN",
                          "ESP", "TUR", "GBR", "USA"})  # the 30 members of 2022
MAX_MEMBERS = 4  # a region standing for a few countries (the Baltic states) expands to them; "Eastern Europe" does not
CONTEXT_SENTENCES = 3  # how far back a row may take its actor or place from the previous movement
SAME_ACTOR_SENTENCES = 5  # how far back a row may take the place of the same actor's previous movement
HISTORY_BEFORE = 2014  # movements dated before this year are history, not news
