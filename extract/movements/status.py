"""The status of a clause (deployed, stationed, announced, ...), its modality, and why a clause is no movement."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from ..dates import tense_of
from ..grammar import mandative_subjunctive
from ..sentences import text_of
from .clauses import Clause, _nobody, is_verb
from .predicates import word_class
from .words import (
    ARRIVE, CALL_VERBS, CLAIM_NOUNS, CONDITIONAL_MARKS, COPULA, DECIDE, DECIDE_NOUNS, DEMAND_GOVERNORS, DEMAND_NOUNS,
    DOUBT_WORDS, ENCLOSE_VERBS, EVIDENCE_VERBS, EXISTING, FUTURE_ADJECTIVES, FUTURE_GOVERNORS, HYPOTHETICAL_NOUNS,
    MODAL_ADVOCACY, MODAL_FUTURE, MODAL_POSSIBLE, NEG_GOVERNORS, NEG_NOUNS, NOUN_DEMANDS, OBLIGATION_VERBS,
    PLAN_ADJECTIVES, PLAN_GOVERNORS, PLAN_NOUNS, POSSESSION, SEIZE_VERBS, SOON, STATIC, STATIONING_VERBS,
    SURROUND_VERBS, TAKEN_CHANCES, WHERE_PREPS,
)

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
            v.lower_ in POSSESSION | OBLIGATION_VERBS and u.dep_ == "xcomp" and any(
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
    if words & MODAL_FUTURE or tense == "future" or any(v.lower_ in FUTURE_GOVERNORS and any(
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
        if low in NEG_GOVERNORS:  # "refused to", "ruled out sending"
            return "refused"
        lower = below[k]
        if low in DEMAND_GOVERNORS and (lower is None or not (lower.dep_ in ("xcomp", "pcomp") or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in lower.children) or not is_verb(lower))):
            continue  # "officials told CNN that Russia had moved troops": reported, not demanded
        if low in DEMAND_GOVERNORS:
            # "called on/for Russia to withdraw" ("for" may hang on the infinitive: "calls [for Russia to withdraw]")
            if low in CALL_VERBS and not any(
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
        taken = anc.lower_ in TAKEN_CHANCES and anc.dep_ == "dobj" and anc.head.lower_ in SEIZE_VERBS
        # "took the opportunity to move troops": it happened
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
            if is_verb(anc) and anc.lower_ in NOUN_DEMANDS:
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
            c.dep_ == "aux" and c.lower_ == "to" for c in pred.children) and word_class(pred, particles) == "boost":
        return Reading(None, pred.text, drop="no movement verb")  # "deployed ... to bolster NATO forces": a purpose
    cls = "arrive" if arrival else word_class(pred, particles)
    if cls in ("arrive", "mass") and clause.kind == "object" and pred.lower_ in ARRIVE | ENCLOSE_VERBS:
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
        gov_adj & PLAN_ADJECTIVES - FUTURE_ADJECTIVES) or any(g.lower_ in PLAN_ADJECTIVES for g in govs)
    if planned and not is_verb(pred) and any(c.lower_ in EXISTING for c in pred.children):
        planned = False  # "to discuss the recent buildup of Russian troops": it is there already
    decided = bool(gov_words & (DECIDE | DECIDE_NOUNS))
    future = modality == "future" or bool(gov_adj & FUTURE_ADJECTIVES)
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
    if cls == "arrive" and not is_verb(pred) and any(c.lower_ in SOON for c in pred.children):
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
                and word_class(c, set()) in ("send", "transit") for c in pred.children))
            return Reading("announced", cue, future=ahead)  # "Now I'm authorising forces to deploy": ahead
        return Reading("deployed", cue)
    already = any(c.lower_ == "already" for c in pred.children) or any(  # "forces already arrayed": a presence
        t.lower_ == "already" for t in noun.subtree if t.i < noun.i)  # "its already sizable forces"
    if cls == "mass" and pred.lower_ in SURROUND_VERBS and city:
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
        if has_border and pred.lower_ not in STATIONING_VERBS:
            return Reading("deployed", cue)
        return Reading("stationed", cue)
    return Reading(None, cue, drop="no movement verb")


