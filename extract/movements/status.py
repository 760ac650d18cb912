"""The status of a clause (deployed, stationed, announced, ...), its modality, and why a clause is no movement."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..clause_facts import facts_for, has_to_marker, is_verb, tense_of
from ..sentences import text_of
from .clauses import Clause
from .negation import negated
from .nominals import is_definite_build_up
from .kept import not_withdrawn
from .observed import seen_moving
from .predicates import particles_of, word_class
from .words import (
    ARRIVE, COPULA, DECIDE, DECIDE_NOUNS, ENCLOSE_VERBS, EXISTING, FUTURE_ADJECTIVES, LASTING, PLAN_ADJECTIVES,
    PLAN_GOVERNORS, PLAN_NOUNS, SOON, STATIC, STATIONING_VERBS, SURROUND_VERBS, WHERE_PREPS,
)

NOT_WITHDRAWN = "movement:not-withdrawn"  # the rule of forces kept where a denied withdrawal would take them from
STATUSES = ("deployed", "stationed", "announced", "planned", "on_alert", "arrived", "withdrawn")


# Phrases that put forces on alert: "on high alert", "heightened preparedness", "placed on standby", "notice to
# move", "reinforced combat duty", "ready to deploy". A pattern of phrases rather than a word list: the words only
# mean an alert in these combinations (capitalised, they are a unit's name: see `_proper_name`).
ALERT = re.compile(
    r"\b(?:on\s+(?:a\s+)?(?:heightened\s+|high\s+|higher\s+|increased\s+|full\s+|combat\s+|maximum\s+|standby\s+)?"
    r"['\u2018\u201c\"]?(?:alert|standby|stand-by|stand\s+by|notice\s+to\s+(?:move|deploy))"
    r"|(?:heightened|high|higher|increased|combat|full|maximum|reinforced|enhanced)\s+(?:state\s+of\s+)?"
    r"(?:alert|readiness|preparedness|combat\s+duty)|state\s+of\s+(?:high\s+)?(?:readiness|preparedness)|combat\s+duty"
    r"|(?:notice\s+to\s+(?:move|deploy))|(?:on|put\s+on|placed\s+on)\s+standby|ready\s+to\s+(?:deploy|move)"
    r"|readiness\s+to\s+(?:deploy|move)|prepared\s+to\s+deploy|on\s+alert)\b", re.I)


# ----- status ----------------------------------------------------------------------------------------
@dataclass
class Reading:
    """The status of one clause and why."""

    status: str | None
    cue: str
    future: bool = False
    drop: str | None = None  # reason the clause is not a movement
    rule: str = ""  # the id of the rule that read the status (the row's `method`)


def _modality(pred: Token, governors: list[Token]) -> str:
    """The clause facts as the status reads them: 'counterfactual' | 'advocacy' | 'possible' | 'future' |
    'progressive' | 'past' | 'present'."""
    facts = facts_for(pred, governors)
    if facts.modality == "obligation":
        return "advocacy"  # "should send", "will have to keep a force in Ukraine"
    if facts.modality in ("counterfactual", "possible"):
        return facts.modality  # "would have sent"; "could send", "will increase troops if he moves"
    tense = tense_of(pred) if is_verb(pred) else "present"
    if facts.modality in ("hypothetical", "future", "expected") or tense == "future":
        return "future"
    if is_verb(pred) and facts.aspect == "progressive":
        return "progressive"
    if tense == "past" or pred.tag_ == "VBD" or facts.aspect == "perfect":
        return "past"
    return "present"


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

def _proper_name(phrase: str) -> bool:
    """"Very High Readiness (Joint Task Force)": capitalised words are a name, not an alert."""
    words = [w for w in re.findall(r"[A-Za-z]+", phrase) if w.lower() not in ("on", "of", "to", "a")]
    return len(words) > 1 and all(w[0].isupper() for w in words)




def _present_state(pred: Token, noun: Token) -> bool:
    """Forces described where they are now, not an announcement: a present passive with a place ("more than
    90,000 troops are deployed in the vicinity of Ukraine") or a participle on the force noun ("Russian
    helicopters flying over Ukraine")."""
    where = any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS for c in pred.children)
    if not where or any(c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") for c in pred.children):
        return False
    passive_now = pred.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'re", "’re")
                                            for c in pred.children)
    describing = pred.tag_ == "VBG" and ((pred.dep_ == "acl" and pred.head.i == noun.i) or (  # "shows X flying"
        noun.head.i == pred.i and noun.dep_ == "nsubj" and not any(c.dep_ == "aux" for c in pred.children)))
    return passive_now or describing


def _unreadable(clause: Clause, noun: Token, fkind: str) -> Reading | None:
    """A clause with no predicate, a predicate that is only talked about, or one that is negated."""
    pred = clause.pred
    if pred is None:
        return Reading("arrived", noun.text, rule="movement:advance-noun") if fkind == "advance" else \
            Reading(None, "", drop="no predicate")
    if is_verb(pred) and pred.tag_ == "VBG" and pred.dep_ == "pcomp" and pred.head.head.lower_ not in \
            PLAN_NOUNS | DECIDE_NOUNS and not is_verb(pred.head.head):
        return Reading(None, pred.text, drop="no movement verb")  # "the issue of sending troops"
    why = negated(pred, clause.governors, noun, own=clause.kind == "own")
    if why and not_withdrawn(pred, clause.governors):  # "would not withdraw its soldiers from Georgia": they stay
        return Reading("stationed", pred.text, rule=NOT_WITHDRAWN)
    return Reading(None, pred.text, drop=why) if why else None


def _first_class(clause: Clause, noun: Token, modality: str, has_dest: bool, arrival: bool
                 ) -> tuple[str | None, Reading | None]:
    """The predicate's movement class, or the reading a purpose, an object or an alert gives at once."""
    pred, govs = clause.pred, clause.governors
    text = _clause_text(pred, noun)
    alert = next((m for m in ALERT.finditer(text) if not _proper_name(m.group(0))), None)
    particles = particles_of(pred)
    if is_verb(pred) and pred.dep_ == "advcl" and clause.kind == "object" and has_to_marker(pred) \
            and word_class(pred, particles) == "boost":
        return None, Reading(None, pred.text, drop="no movement verb")  # "deployed ... to bolster NATO forces": a purpose
    cls = "arrive" if arrival else word_class(pred, particles)
    if cls in ("arrive", "mass") and clause.kind == "object" and pred.lower_ in ARRIVE | ENCLOSE_VERBS:
        return None, Reading(None, pred.text, drop="no movement verb")  # "accused invading soldiers": not theirs
    if alert is not None and cls not in ("withdraw", "arrive"):
        return None, Reading("on_alert", alert.group(0), future=modality in ("future", "possible"), rule="movement:alert-phrase")
    if cls == "alert" and clause.kind in ("object", "nominal") and not {g.lower_ for g in govs} & (
            PLAN_GOVERNORS | PLAN_NOUNS | PLAN_ADJECTIVES):
        return None, Reading("on_alert", pred.text, rule="movement:alert-verb")  # "NATO is preparing troops", not "designed to prepare forces"
    if cls == "alert":
        cls = "mass" if has_dest else None
    return cls, None


@dataclass(frozen=True)
class _Frame:
    """What the governors and the tense say of a clause: planned, decided (an order), ahead."""

    modality: str
    planned: bool
    decided: bool
    future: bool


def _placed(adjective: Token) -> bool:
    """"stay positioned in Latvia": a participle with a place and no infinitive says where forces are, not a plan
    ("positioned to strike")."""
    return any(c.dep_ == "prep" and c.lower_ in WHERE_PREPS for c in adjective.children) and not any(
        c.dep_ in ("xcomp", "ccomp") for c in adjective.children)


def _frame(pred: Token, govs: list[Token], modality: str) -> _Frame:
    gov_words = {g.lower_ for g in govs}
    gov_adj = {c.lower_ for g in [pred, *govs] if is_verb(g) for c in g.children if c.dep_ in ("acomp", "oprd")
               and not _placed(c)}
    planned = modality == "possible" or bool(gov_words & (PLAN_GOVERNORS | PLAN_NOUNS)) or bool(
        gov_adj & PLAN_ADJECTIVES - FUTURE_ADJECTIVES) or any(g.lower_ in PLAN_ADJECTIVES for g in govs)
    if planned and not is_verb(pred) and (any(c.lower_ in EXISTING for c in pred.children) or is_definite_build_up(pred)):
        planned = False  # "to discuss the recent buildup of Russian troops", "its buildup": it is there already
    return _Frame(modality, planned, bool(gov_words & (DECIDE | DECIDE_NOUNS)),
                  modality == "future" or bool(gov_adj & FUTURE_ADJECTIVES))


def _settled_class(cls: str | None, clause: Clause, fkind: str, has_dest: bool) -> str | None:
    """An advance arrives; a force's size or possession, and a verb of presence ("be", "have"), state a
    presence only with a place; an existential "there is" says nothing of forces in its prepositional phrases
    ("there will be hard days for the troops on the front lines")."""
    pred = clause.pred
    if clause.kind == "oblique" and pred.lower_ in COPULA and any(c.dep_ == "expl" for c in pred.children):
        return None
    if cls is None and fkind == "advance":
        cls = "arrive"
    if cls in ("comprise", "possess"):
        cls = "static" if has_dest else None
    if cls is None and clause.kind != "own" and has_dest and clause.kind in ("subject", "object", "oblique", "nominal") \
            and clause.pred.lower_ in STATIC:
        cls = "static"
    return cls


def _already_there(pred: Token, noun: Token) -> bool:
    """"troops could come from U.S. forces already stationed in Europe"."""
    return is_verb(pred) and pred.tag_ == "VBN" and pred.dep_ == "acl" and pred.head.i == noun.i and any(
        c.lower_ == "already" for c in pred.children)


def _over_years(pred: Token) -> bool:
    """"rotating troops through Poland for years", "years of rotation of 5,000 troops": a movement repeated over
    years is a standing presence."""
    if pred.dep_ == "pobj" and pred.head.lower_ == "of" and pred.head.head.lower_ in LASTING:
        return True
    return any(c.dep_ == "prep" and c.lower_ in ("for", "over") and any(g.lower_ in LASTING for g in c.children)
               for c in pred.children)


def _arrival(cls: str, clause: Clause, noun: Token, frame: _Frame, has_border: bool, city: bool) -> Reading:
    return Reading("planned", clause.pred.text, future=True) if frame.future else Reading("arrived", clause.pred.text)


def _ahead(cls: str, pred: Token, govs: list[Token]) -> bool:
    """An order for later: "Now I'm authorising forces to deploy", not "Over the past weeks I ordered"."""
    decider = next((g for g in govs if g.lower_ in DECIDE), None)
    if decider is not None and is_verb(pred) and has_to_marker(pred) and tense_of(decider) != "past":
        return True
    return cls == "decide" and is_verb(pred) and tense_of(pred) != "past" and any(
        c.dep_ in ("xcomp", "advcl") and has_to_marker(c)
        and word_class(c, set()) in ("send", "transit") for c in pred.children)


def _dispatch(cls: str, clause: Clause, noun: Token, frame: _Frame, has_border: bool, city: bool) -> Reading:
    """Forces sent, ordered, on their way or added: announced, unless done ("deployed") or ahead ("will send")."""
    pred, govs, cue = clause.pred, clause.governors, clause.pred.text
    if frame.future:
        return Reading("announced", cue, future=True)
    if not is_verb(pred) and not frame.decided:  # "Russia's movement of troops into Belarus", "watching troop
        return Reading("deployed", cue)  # movements on the border": it happened (unless ordered)
    if is_verb(pred) and _present_state(pred, noun):  # "troops are deployed near Ukraine", "helicopters flying over"
        return Reading("deployed", cue)
    if seen_moving(pred):  # "photos show troops moving toward Kharkiv": under way when seen
        return Reading("deployed", cue, rule="movement:seen-moving")
    if frame.decided or cls in ("decide", "transit") or frame.modality in ("progressive", "present"):
        return Reading("announced", cue, future=_ahead(cls, pred, govs))
    return Reading("deployed", cue)


def _massing(cls: str, clause: Clause, noun: Token, frame: _Frame, has_border: bool, city: bool) -> Reading:
    """A build-up: deployed, or stationed when "already" there away from a border; a city surrounded is reached."""
    pred, cue = clause.pred, clause.pred.text
    if pred.lower_ in SURROUND_VERBS and city:  # "Mykolaiv is surrounded by Russian troops"
        return Reading("planned", cue, future=True) if frame.future else Reading("arrived", cue)
    if frame.future:
        return Reading("announced", cue, future=True)
    already = any(c.lower_ == "already" for c in pred.children) or any(  # "forces already arrayed": a presence
        t.lower_ == "already" for t in noun.subtree if t.i < noun.i)  # "its already large fleet"
    return Reading("stationed" if already and not has_border else "deployed", cue)


def _presence(cls: str, clause: Clause, noun: Token, frame: _Frame, has_border: bool, city: bool) -> Reading:
    """Forces kept somewhere: stationed; deployed when at a border (but "stationed" at one stays stationed)."""
    pred, cue = clause.pred, clause.pred.text
    if frame.future:
        return Reading("announced", cue, future=True)
    if frame.decided:
        return Reading("announced", cue)
    if has_border and pred.lower_ not in STATIONING_VERBS:
        return Reading("deployed", cue)
    return Reading("stationed", cue)


_BY_CLASS = {"arrive": _arrival, "send": _dispatch, "decide": _dispatch, "transit": _dispatch, "boost": _dispatch,
             "mass": _massing, "static": _presence}


def _reading_of(cls: str, clause: Clause, noun: Token, frame: _Frame, has_border: bool, city: bool) -> Reading:
    pred, cue = clause.pred, clause.pred.text
    if cls == "withdraw":
        return Reading("withdrawn", cue, future=frame.future or frame.planned or frame.decided, rule="movement:withdraw")
    if cls in ("static", "mass", "send") and _already_there(pred, noun):
        return Reading("stationed", cue, rule="movement:already-there")
    if cls in ("send", "mass") and not frame.future and _over_years(pred):
        return Reading("stationed", cue, rule="movement:over-years")
    if cls == "arrive" and not is_verb(pred) and any(c.lower_ in SOON for c in pred.children):
        # "announced the imminent arrival of several thousand troops"
        return Reading("announced", cue, future=True, rule="movement:arrival-to-come")
    if frame.planned:
        return Reading("planned", cue, future=True, rule=f"movement:{cls}-planned")
    by_class = _BY_CLASS.get(cls)
    if by_class is None:
        return Reading(None, cue, drop="no movement verb")
    reading = by_class(cls, clause, noun, frame, has_border, city)
    reading.rule = reading.rule or f"movement:{cls}"
    return reading


def read_status(clause: Clause, noun: Token, fkind: str, has_dest: bool, has_border: bool, *,
                arrival: bool = False, city: bool = False) -> Reading:
    """Status of a clause from its predicate's class, its governors and its tense (GUIDELINES: Status)."""
    reading = _unreadable(clause, noun, fkind)
    if reading is not None:
        return reading
    pred, govs = clause.pred, clause.governors
    modality = _modality(pred, govs)
    if modality in ("counterfactual", "advocacy"):
        return Reading(None, pred.text, drop="counterfactual or advocated")
    cls, reading = _first_class(clause, noun, modality, has_dest, arrival)
    if reading is not None:
        return reading
    frame = _frame(pred, govs, modality)
    cls = _settled_class(cls, clause, fkind, has_dest)
    if cls is None:
        return Reading(None, pred.text, drop="no movement verb")
    return _reading_of(cls, clause, noun, frame, has_border, city)
