"""Whose forces: the state or alliance named on the noun, by the clause, by the quote, or by the story."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..clause_facts import has_to_marker
from ..countries import country_code
from ..sentences import sentence_of
from .clauses import Candidate, Clause, _reports, is_verb
from .forces import force_kind
from .estimates import judged
from .nominals import is_definite_build_up
from .observed import PERCEIVING_VERBS
from .participles import by_means, free_participle
from .predicates import word_class
from .story_actor import DEFINITE_WORDS, PRESENCE_STATUSES, story_actor, told_actor
from .words import (
    ALERT_VERBS, ALLIANCE_WORDS, ASPECT_VERBS, ARRIVE_NOUNS, CLAIM_NOUNS, CONTEXT_SENTENCES, CONTROL_VERBS, COPULA,
    DECIDE, EVIDENCE_VERBS, HOST_LEAD_VERBS, LEAD_VERBS, MASS_NOUNS, NAMED_SERVICES, NATO_MEMBERS, OTHER_ALLIANCES,
    PLAN_GOVERNORS, RAISING, SAME_ACTOR_SENTENCES, SEND, SEND_NOUNS, SERVICE_PREFIXES, STATE_NOUNS, STATIC_NOUNS, WITHDRAW_NOUNS,
    _MULTINATIONAL, _PRONOUNS,
)


def _proxy(mod: Token) -> bool:
    """"pro-Russian", "Russian-backed", "Kremlin-backed": a modifier naming a sponsor, not the owner."""
    doc = mod.doc
    words = [doc[i].lower_ for i in range(max(0, mod.i - 2), min(len(doc), mod.i + 3))]
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    low = mod.lower_
    return low in ("pro", "pro-") or low.startswith("pro-") or low.endswith("-backed") or bool(
        _sponsor_pattern(low).search(text))


@lru_cache(maxsize=4096)
def _sponsor_pattern(low: str) -> re.Pattern:
    """"pro-<word>" or "<word>-backed/-supported/-sponsored", compiled once per word (a fresh pattern per
    call would also push the other patterns out of `re`'s small cache)."""
    return re.compile(rf"\bpro-{re.escape(low)}\b|\b{re.escape(low)}-(?:backed|supported|sponsored)\b")


_CLIMB = object()  # the owner search goes on to the word above


def _service_owner(noun: Token) -> tuple[str, Token] | None:
    """A service prefix before the noun ("RAF Typhoon jets", "the Bundeswehr's soldiers") or in an apposition or
    compound after it ("the destroyer HMS Diamond")."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if t.lower_ in SERVICE_PREFIXES and (t.is_upper or t.lower_ in NAMED_SERVICES):
            return SERVICE_PREFIXES[t.lower_], t
    for c in noun.children:
        if c.dep_ in ("appos", "compound") and c.i > noun.i:
            for t in c.subtree:
                if t.lower_ in SERVICE_PREFIXES and t.is_upper:
                    return SERVICE_PREFIXES[t.lower_], t
    return None


def _accused(token: Token) -> Token | None:
    """"accused Russia of beefing up its presence": the object of the verb above an "of"/"for" clause."""
    for anc in token.ancestors:
        if anc.dep_ == "pcomp" and anc.head.lower_ in ("of", "for") and is_verb(anc.head.head):
            accused = next((c for c in anc.head.head.children if c.dep_ == "dobj"), None)
            if accused is not None:
                return accused
    return None


def _cleft_focus(verb: Token) -> Token | None:
    """"It is Russia that is building up forces": the focus of an it-cleft is the subject of its "that" clause."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "relcl") or head.lower_ not in COPULA:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.i < verb.i), None)


class ActorFinder:
    """The actor methods of `MovementExtractor`."""

    def _actor(self, cand: Candidate, clause: Clause) -> tuple[str | None, Token | None]:
        """Whose forces: the leading nation ("led by Croatia"), a nationality or owner on the noun, the
        service prefix ("HMS"), "soldiers from several nations" (the alliance), the subject of the
        predicate or of the clauses above it, the speaker of a quote."""
        for find in (self._antecedent_owner, self._lead_nation, self._named_owner, self._origin_owner,
                     self._subject_owner):
            found = find(cand, clause)
            if found is not None:
                return found
        return None, None

    def _antecedent_owner(self, cand: Candidate, clause: Clause) -> tuple[str, Token | None] | None:
        """"those sent to Lithuania", "they": the owner of the force noun the pronoun stands for."""
        ante = self._pronoun_antecedent(cand.noun) if cand.kind == "pronoun" else None
        if ante is not None:
            code, tok = self._owner_of(ante)
            if code:
                return code, tok
        return None

    def _lead_nation(self, cand: Candidate, clause: Clause) -> tuple[str, Token] | None:
        return self._leader(clause.pred) if clause.pred is not None else None

    def _named_owner(self, cand: Candidate, clause: Clause) -> tuple[str, Token | None] | None:
        """An owner named on the force nouns, on the nouns climbed over, or on a nominal predicate ("Russia's
        movement of troops", "a Russian buildup of military force"); "" for a proxy ("pro-Russian troops")."""
        pred = clause.pred
        owners = [cand.noun, *cand.members, *[t for t in clause.path if t.lower_ not in SEND_NOUNS | MASS_NOUNS
                                              | WITHDRAW_NOUNS | ARRIVE_NOUNS]]
        if pred is not None and not is_verb(pred) and clause.kind == "nominal":
            owners.append(pred)
        for t in owners:
            code, tok = self._owner_of(t)
            if code is not None:
                return code, tok
        return None

    def _origin_owner(self, cand: Candidate, clause: Clause) -> tuple[str, Token | None] | None:
        """"soldiers from several nations" (the alliance), "vehicles from the Battle Group", "the thrusts of
        Moscow's offensive"."""
        for c in [c for t in [cand.noun, *cand.members] for c in t.children]:
            if c.dep_ != "prep" or c.lower_ not in ("from", "of"):
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                words = {t.lower_ for t in g.subtree}
                if words & _MULTINATIONAL and words & STATE_NOUNS and self._has_nato:
                    return "NATO", g
                if force_kind(g) or (c.lower_ == "of" and g.lower_ in ARRIVE_NOUNS):
                    code, tok = self._owner_of(g)
                else:
                    code, tok = (self._code_of(g) if c.lower_ == "of" else None), g
                if code:
                    return code, tok
        return None

    def _subject_owner(self, cand: Candidate, clause: Clause) -> tuple[str, Token] | None:
        """The state that is the subject of the predicate or the clauses above ("" when the subject is no state:
        no actor, and none from context); the forces are not their own subject's, and "after a buildup of
        troops" has no subject ("bracing for a troop rotation" has)."""
        pred = clause.pred
        if pred is not None and clause.kind == "nominal" and not is_verb(pred) and pred.dep_ == "pobj" and not (
                clause.governors and clause.governors[0].lower_ in PLAN_GOVERNORS | DECIDE | ALERT_VERBS | SEND):
            return None
        if pred is not None and not is_verb(pred) and pred.dep_ == "dobj" and (
                pred.head.lower_ in EVIDENCE_VERBS or (pred.head.lower_ in PLAN_GOVERNORS and is_definite_build_up(pred))):
            return None  # "we are watching / discussing the buildup of troops": the watcher owns none of them
        if pred is not None and clause.kind != "subject":
            return self._clause_subject(pred, cand.noun, own=clause.kind == "own")
        return None

    def _clause_subject(self, pred: Token, noun: Token, *, own: bool) -> tuple[str, Token] | None:
        """The state that is the subject of the predicate or of the clauses above it ("Spain will revise
        its plans to deploy ships", "Italy, which has troops ..."); a speech verb's subject is
        the speaker, not the owner, so the search stops there."""
        if pred.tag_ == "VBG" and pred.i > 0 and pred.nbor(-1).tag_ in ("NNP", "NN") and pred.nbor(-1).dep_ != "compound":
            # "with Serbia massing troops", "lead to Russia pulling back", "the Biden administration putting troops"
            code = self._code_of(pred.nbor(-1))
            if code:
                return code, pred.nbor(-1)
        t = pred
        for _ in range(8):
            found = self._subject_of_verb(t, pred, noun, own=own) if is_verb(t) else _CLIMB
            if found is _CLIMB:
                found = self._subject_above(t, pred, noun)
            if found is not _CLIMB:
                return found
            t = t.head
        return None

    def _subject_of_verb(self, t: Token, pred: Token, noun: Token, *, own: bool):
        """The owner a verb on the way up names by its subject (or agent), `_CLIMB` to look further up."""
        if (_reports(t) or t.lower_ in RAISING) and t.i != pred.i and not by_means(pred, t):
            if t.lower_ in ASPECT_VERBS:  # "the Kremlin continues to mass troops": the Kremlin masses them
                doer = next((c for c in t.children if c.dep_ == "nsubj" and noun not in c.subtree), None)
                if doer is None and t.dep_ == "conj" and is_verb(t.head):  # "Russia invaded X and continues to"
                    doer = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                code = self._code_of(doer) if doer is not None else None
                if code:
                    return code, doer
            raised = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
            if raised is not None and t.lower_ in RAISING:  # "Norway is said to be readying ships"
                code = self._code_of(raised)
                if code:
                    return code, raised
            return None  # "Blinken said the U.S. knows ...": sources and witnesses own no forces
        if t.lower_ in PERCEIVING_VERBS and any(c.dep_ == "nsubj" and noun not in c.subtree for c in t.children):
            return None  # "the US sees 150,000 troops arrayed near X": the one who sees owns none of them
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i
                     and noun not in c.subtree), None)
        raised = subj is not None and subj.dep_ == "nsubjpass" and t.i != pred.i and any(
            c.dep_ == "xcomp" for c in t.children)  # "Russia is expected to send troops": Russia sends them
        if (subj is None or subj.dep_ == "nsubjpass") and not raised:
            subj = next((g for c in t.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subj is not None:
            found = self._subject_state(subj, t)
            if found is not _CLIMB:
                return found
        if own and t.i == pred.i:
            return None  # a participle clause of the noun: the main clause says whose forces they are
        return _CLIMB

    def _subject_state(self, subj: Token, verb: Token):
        """The state a subject names ("" when it names someone else: "plans allow commanders to move forces")."""
        if subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
            subj = verb.head
        elif subj.lower_ in ("that", "who") and _cleft_focus(verb) is not None:
            subj = _cleft_focus(verb)  # "It is Russia that is building up forces"
        if force_kind(subj):
            code, tok = self._owner_of(subj)
            return (code, tok) if code else _CLIMB
        code = self._code_of(subj)
        if code:
            return code, subj
        if subj.lower_ not in ("it", "they", "he", "she", "we", "i", "this", "that", "which", "who"):
            return "", subj
        return _CLIMB

    def _subject_above(self, t: Token, pred: Token, noun: Token):
        """Where the climb from `t` stops: the root, the noun's own clause, an adverbial clause; or the object of
        a control verb ("urged Russia to pull back troops") or of an accusation ("accused Russia of massing
        troops"), who does it."""
        if t.head.i == t.i or t.dep_ in ("ROOT",):
            return None
        if t.dep_ in ("relcl", "acl") and t.head.i == noun.i:
            return None
        if judged(t, noun):
            return None  # "officials raised their estimate of the force massed ...": the estimator owns none of it
        if t.dep_ == "xcomp" and is_verb(t.head) and t.head.lower_ in CONTROL_VERBS:
            controller = next((c for c in t.head.children if c.dep_ == "dobj" and noun not in c.subtree), None)
            if controller is not None:
                code = self._code_of(controller)
                return (code, controller) if code else ("", controller)
        if t.dep_ == "pcomp" and t.head.lower_ in ("of", "for") and is_verb(t.head.head) and t.i == pred.i:
            accused = next((c for c in t.head.head.children if c.dep_ == "dobj"), None)
            if accused is not None:
                code = self._code_of(accused)
                return (code, accused) if code else ("", accused)
        if is_verb(t) and t.dep_ == "advcl" and not has_to_marker(t) \
                and not free_participle(t):
            return None  # an adverbial clause has its own subject, even when the parser lost it
        return _CLIMB

    def _leader(self, pred: Token) -> tuple[str, Token] | None:
        """"Hungary's battlegroup is led by Croatia": the leading nation is the actor."""
        if pred.lower_ not in LEAD_VERBS:
            return None
        return self._agent_code(pred)

    def _agent_code(self, verb: Token) -> tuple[str, Token] | None:
        """The state or alliance in the by-phrase of a passive verb ("led by Croatia")."""
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
        found = self._modifier_owner(noun)
        if found is None:
            found = _service_owner(noun)
        if found is None:
            led_by = next((c for c in noun.children if c.dep_ == "acl" and c.lower_ == "led"), None)
            found = self._agent_code(led_by) if led_by is not None else None
        if found is not None:
            return found
        if noun.dep_ in ("compound", "nmod") and noun.head.lower_ in SEND_NOUNS | MASS_NOUNS | STATIC_NOUNS:
            return self._owner_of(noun.head)
        # "the number of Dutch forces": the owner sits on the noun the force noun qualifies, or vice versa
        return None, None

    def _modifier_owner(self, noun: Token) -> tuple[str, Token] | None:
        """A nationality, possessor or name before the noun ("" for a sponsor: "pro-Russian troops", "Russian-backed
        forces" are no state's forces); not the host of a unit another nation leads ("Hungary's battlegroup is led
        by Croatia"); "the U.S.-led force", "NATO's Response Force"."""
        for child in [c for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < noun.i]:
            if _proxy(child):
                return "", child
            if child.dep_ == "poss" and any(a.dep_ == "agent" for a in noun.head.children) and \
                    noun.head.lower_ in HOST_LEAD_VERBS:
                continue
            code = self._code_of(child)
            if code:
                return code, child
            for g in child.children:
                if g.dep_ in ("compound", "npadvmod", "poss", "amod"):
                    code = self._code_of(g)
                    if code:
                        return code, g
        return None

    def _code_of(self, token: Token) -> str | None:
        """The state or alliance (ISO3 code, NATO) a word names: a country, an alliance, a service prefix, a person
        or institution the speaker context knows, a pronoun's referent."""
        low = token.lower_
        if low in ALLIANCE_WORDS and self._has_nato:
            mods = {t.lower_ for t in token.subtree if t.i < token.i}
            if any(country_code(m) not in (None, "NATO") and country_code(m) not in NATO_MEMBERS for m in mods) \
                    or mods & OTHER_ALLIANCES:
                return None  # "the Russian-led alliance" is not NATO
            return "NATO"
        if low in SERVICE_PREFIXES and token.is_upper:
            return SERVICE_PREFIXES[low]
        if low in ("i", "we", "our", "my", "us", "me") and not (low == "us" and token.text != "us"):
            return self._speaker_at(token.idx)  # first person; "US" in capitals is the country
        if low in _PRONOUNS:
            return self._pronoun_code(token)
        code = country_code(token.text)
        if code:
            return code
        if token.tag_ not in ("NNP", "NN", "NNS", "NNPS"):
            return None
        return self._resolved_country(token, allow_pronouns=False)

    def _pronoun_code(self, token: Token) -> str | None:
        """Whose "he", "it", "their": the person or state named last ("dissuade Vladimir Putin from invading when
        he had troops", "Russia ... as it amasses"), the owner of a claim ("Russia's claim that they are ..."), the
        accused ("accused Russia of beefing up its presence"); in a quote, nobody's."""
        low = token.lower_
        if low in ("he", "she", "his", "her"):
            person = self._nearest_person(token)
            if person:
                return person
        for anc in list(token.ancestors)[:6]:
            if anc.lower_ in CLAIM_NOUNS:
                owner = next((c for c in anc.children if c.dep_ == "poss"), None)
                if owner is not None and owner.i != token.i:
                    return self._code_of(owner)
        accused = _accused(token) if low in ("its", "their") else None
        if accused is not None:
            return self._code_of(accused)
        if low in ("it", "they", "its", "their", "them"):
            state = self._nearest_state(token)
            if state:
                return state
        if self.adoc.in_quote(token.idx):
            return None  # "he's beefing up his troops" in a quote: not the speaker's
        return self._resolved_country(token)

    def _resolved_country(self, token: Token, **options) -> str | None:
        try:
            speaker = self.ctx.resolve(token, **options)
        except Exception:  # noqa: BLE001
            speaker = None
        return speaker.country if speaker is not None and speaker.country else None

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
        """"those sent to Lithuania", "they": the nearest force noun before, in this sentence."""
        if token.lower_ == "those" and not any(c.dep_ in ("acl", "relcl") for c in token.children):
            return None
        head = token.head
        if not is_verb(head) or word_class(head, {c.lower_ for c in head.children if c.dep_ == "prt"}) not in (
                "send", "arrive", "mass", "transit", "withdraw") and not any(
                c.dep_ in ("acl", "relcl") for c in token.children):
            return None
        sent = sentence_of(token)
        for t in reversed(list(sent.doc[sent.start:token.i])):
            if force_kind(t) in ("personnel", "unit"):
                return t
        return None

    def _context_actor(self, cand: Candidate, clause: Clause, status: str = "", dests: set[str] = frozenset(),
                       *, future: bool = False) -> str | None:
        """Forces the sentence does not own belong to the state the story already has arriving in the same
        country ("columns of troops pouring into the Kharkiv region"), else to the previous movement's
        actor, when it is recent ("the brigade would include ..."), else to the story's one actor for "the
        troops", else, for a move still to come, to the state whose speaker announces it."""
        noun = cand.noun
        if any(c.dep_ == "poss" for c in noun.children):
            return None
        if dests and status in PRESENCE_STATUSES:  # "a large deployment of troops was seen in Crimea"
            actor = story_actor(self._rows, dests, latest=status == "arrived" and clause.kind not in ("nominal", "none"))
            if actor:
                return actor
        if clause.kind in ("nominal", "none"):
            return None  # "the troop withdrawal from Afghanistan" names no owner, and none is implied
        for i, r, f in reversed(self._rows):
            if self._sent_index - i > CONTEXT_SENTENCES:
                break
            return r.actor
        if any(c.dep_ == "det" and c.lower_ in DEFINITE_WORDS for c in noun.children):  # "the troops": the story's
            actor = told_actor(self._rows, self._sent_index - SAME_ACTOR_SENTENCES)
            if actor:
                return actor
        if future and status in ("announced", "planned", "withdrawn"):  # "the Pentagon said troops would go to X"
            return self._speaker_at(noun.idx)
        return None

