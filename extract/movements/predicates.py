"""The movement class of a predicate word: what a verb or a nominal says the forces do.

A verb goes through the steps below in order; the first that decides gives its class (withdraw, arrive, transit,
send, decide, boost, alert, mass, comprise, possess, static) or decides it is no movement word ("went" without a
way, "stepped up strikes"). The words of each step are the classes and flags of `movement_verbs.csv`.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .clauses import is_verb
from .control import controlled
from .reinforcements import reinforced_place
from .forces import force_kind
from .exercises import in_exercises
from .held_places import UNDER_NOUNS, in_under_phrase
from .taken_places import taken_objects
from .nominals import nominal_word
from .observed import seen_at
from .words import (
    ALERT_VERBS, ARRIVAL_NOUNS, ARRIVE, BACK_DOWN_VERBS, BACK_PARTICLES, BACK_VERBS, BOOST, BOOST_NOUNS, COMPRISE,
    DECIDE, DEFENCE_NOUNS, DEPART_VERBS, DOWN_ON_VERBS, GROUND_VERBS, EXERCISE_NOUNS, HOME_BASES, IDIOM_OBJECTS, INTO_VERBS, IN_VERBS, JOIN_VERBS, MASS,
    MASS_NOUNS, NEEDS_COMPLEMENT, NEEDS_FORCE, NEEDS_PREP, NEEDS_UP, NEEDS_UP_IN, NEEDS_WAY, OFF_VERBS, POSSESSION,
    LINING_VERBS, RETURN_VERBS, SAIL_VERBS, SEND, SEND_NOUNS, SERVICE_PREFIXES, SITE_NOUNS, STATIC, STATIC_NOUNS,
    TAKE_UP_VERBS, TO_PLACE_VERBS, WAY_ONLY_VERBS, DOWN_ONLY_VERBS, _SIZE_NOUNS, TRANSIT, TRANSPARENT_NOUNS, WITHDRAW, WITHDRAW_NOUNS, _ARRIVE_NEEDS_OBJECT, _BORDER_NOUNS, _NON_ARRIVAL_CAPTURE,
)

NO_MOVEMENT = ""  # a step's answer: the word is decided, and it names no movement
Step = Callable[[Token, str, "set[str]"], "str | None"]  # (word, lower-cased word, particles) → class, "" or None


def _permanent_deployment(prep: Token) -> bool:
    """'to their place(s) of permanent deployment' (the Russian defence ministry's words for home bases)."""
    words = [g.lower_ for g in prep.subtree]
    return "permanent" in words and any(w.startswith(("deployment", "station", "base")) for w in words)


def _preps(word: Token, *words: str) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in words for c in word.children)


def _returned_to(word: Token, low: str, particles: set[str]) -> str | None:
    """"Russian troops returned to the suburbs of Kharkiv": an arrival, unless home or to base."""
    if low in RETURN_VERBS and not particles & {"home"} and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into") and not any(g.lower_ in HOME_BASES for g in c.subtree)
            and not _permanent_deployment(c) for c in word.children):
        return "arrive"
    return None


def _left_for(word: Token, low: str, particles: set[str]) -> str | None:
    """"the troops left for Poland": on the way."""
    return "transit" if low in DEPART_VERBS and _preps(word, "for") else None


def _withdrawn(word: Token, low: str, particles: set[str]) -> str | None:
    """"withdrew", "retreated"; "left" and "returned" only with home, a named place, from or to."""
    if low in WITHDRAW and (low not in NEEDS_COMPLEMENT or particles & {"home"} or any(
            (c.dep_ == "dobj" and c.tag_ == "NNP") or (c.dep_ == "prep" and c.lower_ in ("from", "to"))
            for c in word.children)):
        return "withdraw"
    return None


def _sent_back(word: Token, low: str, particles: set[str]) -> str | None:
    """"pulled back", "moved out", "sent home" (a withdrawal; "sent out" a sending); not "fall back on artillery"."""
    if particles & BACK_PARTICLES and low in SEND | BACK_VERBS and not _preps(word, "on", "upon"):
        return "send" if particles & {"out"} and low in SEND else "withdraw"
    return None


def _drawn_down(word: Token, low: str, particles: set[str]) -> str | None:
    return "withdraw" if low in BACK_DOWN_VERBS and particles & {"back", "out", "away", "down"} else None


def _arrived(word: Token, low: str, particles: set[str]) -> str | None:
    """"entered", "invaded"; "took", "closed", "drove" only with a place or a direction ("closed in on Kyiv")."""
    if low not in ARRIVE:
        return None
    if controlled(word) is not None:
        return "arrive"  # "took control of Kherson"
    if low in TAKE_UP_VERBS and particles & {"up"} and any(c.dep_ == "dobj" and c.lower_ in SITE_NOUNS
                                                           for c in word.children):
        return "mass"  # "took up positions near Kharkiv": a build-up
    if low in DOWN_ON_VERBS:  # "bearing down on Kyiv", not "bear the cost"
        return "arrive" if particles & {"down"} and _preps(word, "on", "upon") else NO_MOVEMENT
    if low in DOWN_ONLY_VERBS:  # "touched down in Poland", not "touched on the subject"
        return "arrive" if particles & {"down"} else NO_MOVEMENT
    if low in WAY_ONLY_VERBS and not any(c.dep_ == "dobj" and c.lower_ == "way" for c in word.children):
        return NO_MOVEMENT  # "fought their way into Kyiv", not "fought in Kyiv"
    if low in GROUND_VERBS:  # "gained ground near Kyiv", not "gained experience"
        return "arrive" if any(c.dep_ == "dobj" and c.lower_ == "ground" for c in word.children) else NO_MOVEMENT
    if low in _ARRIVE_NEEDS_OBJECT and any(c.dep_ == "dobj" and c.lower_ in IDIOM_OBJECTS for c in word.children):
        return NO_MOVEMENT  # "the parade took place in Kharkiv": it happened
    if low in _ARRIVE_NEEDS_OBJECT and not particles & {"in", "into", "over", "through", "on"} and not _preps(
            word, "into", "across", "through", "toward", "towards", "on") and not (
            low in _NON_ARRIVAL_CAPTURE and taken_objects(word)):  # "took Melitopol": the extractor tests the place
        return NO_MOVEMENT
    return "arrive"


def _sized(word: Token, low: str, particles: set[str]) -> str | None:
    """"the number of troops near X reaches 140,000": a size noun reaches a size, not a place; the verb says how many
    forces there are (a force's size), not that they arrived ("large numbers of troops approach Kyiv" do)."""
    if low in ARRIVE and any(c.dep_ == "nsubj" and c.lower_ in _SIZE_NOUNS and c.tag_ == "NN" for c in word.children):
        return "comprise"
    return None


def _sent(word: Token, low: str, particles: set[str]) -> str | None:
    """"sent", "deployed", "sent in"; "moved into" is an arrival."""
    if low in SEND or (particles & {"in"} and low in IN_VERBS):
        return "arrive" if low in INTO_VERBS and _preps(word, "into", "across") else "send"
    return None


def _set_off(word: Token, low: str, particles: set[str]) -> str | None:
    """"took off for Ukraine", "set sail for Cyprus", "the destroyer will join HMS Trent"."""
    if low in OFF_VERBS and particles & {"off"}:
        return "transit"
    if low in SAIL_VERBS and any(c.lower_ == "sail" for c in word.children):
        return "transit"
    if low in JOIN_VERBS and any(g.dep_ == "nsubj" and force_kind(g) for g in word.children) and any(
            c.dep_ == "dobj" and (force_kind(c) or any(force_kind(g) or g.lower_ in SERVICE_PREFIXES for g in c.subtree))
            for c in word.children):
        return "transit"
    return None


_PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def _to_named_place(word: Token) -> bool:
    """"were going to Latvia", "went into Crimea", "going to the border": a to/into/toward phrase whose object is a
    named place or a country's edge, not "go to war" or "go to great lengths"."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") and any(
        g.dep_ == "pobj" and (g.ent_type_ in _PLACE_ENTITIES or g.lower_ in _BORDER_NOUNS) for g in c.children)
        for c in word.children)


def _under_way(word: Token, low: str, particles: set[str]) -> str | None:
    """"heading", "sailing"; "go" and "make" only as "made their way", "go in", "go to Latvia"."""
    if low not in TRANSIT:
        return None
    if low in NEEDS_WAY and not any(c.lower_ in ("way", "in", "into") for c in word.children) and not (
            low in TO_PLACE_VERBS and _to_named_place(word)):
        return NO_MOVEMENT
    return "transit"


def _boosted(word: Token, low: str, particles: set[str]) -> str | None:
    """"reinforced", "beefed up" forces or a presence; not "stepped up strikes on the suburbs"."""
    if low not in BOOST:
        return None
    if low in NEEDS_UP and not particles & {"up"}:
        return NO_MOVEMENT
    if low in NEEDS_PREP and not _preps(word, "by", "to"):
        return NO_MOVEMENT  # "the force grew by 5,000 soldiers", not "the soldiers grew tired"
    obj = next((c for c in word.children if c.dep_ == "dobj"), None)
    if obj is not None and not force_kind(obj) and obj.lower_ not in (
            EXERCISE_NOUNS | STATIC_NOUNS | SEND_NOUNS | TRANSPARENT_NOUNS | DEFENCE_NOUNS) and reinforced_place(word) is None:
        return NO_MOVEMENT  # "stepped up strikes", not "reinforced the flank with troops"
    return "boost"


def _massed(word: Token, low: str, particles: set[str]) -> str | None:
    """"massed", "built up"; "put" and "placed" only with a place phrase, "lined"/"dug" only with up/in."""
    if low not in MASS:
        return None
    if low in NEEDS_PREP and not any(c.dep_ == "prep" for c in word.children):
        return NO_MOVEMENT
    if low in NEEDS_UP_IN and not particles & {"up", "in"}:
        if low in LINING_VERBS and any(c.dep_ == "dobj" for c in word.children):
            return "static"  # "troops line the border": where they are
        return NO_MOVEMENT
    return "mass"


def _led(word: Token, low: str, particles: set[str]) -> str | None:
    """"leads the battlegroup", "is led by Croatia" — not "leads to war"."""
    if low in NEEDS_FORCE and not (any(c.dep_ == "dobj" and force_kind(c) for c in word.children)
                                   or any(c.dep_ == "agent" for c in word.children)):
        return NO_MOVEMENT
    return None


def _seen_at(word: Token, low: str, particles: set[str]) -> str | None:
    """"Russian troops were spotted in Belarus": forces seen at a place are deployed there."""
    return "mass" if seen_at(word) else None


def _drilling(word: Token, low: str, particles: set[str]) -> str | None:
    """"held drills in Belarus", "took part in exercises near the border": forces deployed there."""
    return "mass" if in_exercises(word) else None


def _plain(words: frozenset[str], cls: str) -> Step:
    return lambda word, low, particles: cls if low in words else None


_VERB_STEPS: tuple[Step, ...] = (
    _seen_at, _drilling, _sized, _returned_to, _left_for, _withdrawn, _sent_back, _drawn_down, _arrived, _sent, _set_off, _under_way,
    _plain(DECIDE, "decide"), _boosted, _plain(ALERT_VERBS, "alert"), _massed, _plain(COMPRISE, "comprise"),
    _plain(POSSESSION, "possess"), _led, _plain(STATIC, "static"),
)
# A nominal predicate's class: the first set that holds it ("deployment" is a sending before a presence).
_NOMINAL_CLASSES = ((WITHDRAW_NOUNS, "withdraw"), (ARRIVAL_NOUNS, "arrive"), (SEND_NOUNS, "send"),
                    (BOOST_NOUNS, "boost"), (MASS_NOUNS, "mass"), (STATIC_NOUNS, "static"))


def particles_of(verb: Token) -> set[str]:
    """A verb's particles and adverbs ("pulled back"), and "out" of "out of" ("pulled its troops out of Georgia",
    where the parser makes "out" a preposition)."""
    return {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") or (c.lower_ == "out" and any(
        g.dep_ == "prep" and g.lower_ == "of" for g in c.children))}


def word_class(word: Token, particles: set[str]) -> str | None:
    """The movement class of a predicate word (verb or nominal), None when it names no movement."""
    low = word.lower_
    if not is_verb(word):
        noun = nominal_word(word)  # "build - up" is read from its "up"
        if noun in UNDER_NOUNS and not in_under_phrase(word):  # "under siege by", not "the control of prices"
            return None
        return next((cls for words, cls in _NOMINAL_CLASSES if noun in words), None)
    for step in _VERB_STEPS:
        cls = step(word, low, particles)
        if cls is not None:
            return cls or None
    return None
