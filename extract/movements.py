"""Troop movements: where a state's or an alliance's forces are, go, arrive, wait on alert or leave.

A movement is read around a *force noun* ("troops", "soldiers", "battalions"): the number phrase
before it, the verb that governs it (deployed, send, put on alert, arriving, pulled back), the
owner of the forces (a nationality modifier, or the verb's subject), and the places in the
prepositional phrases of the verb and the noun. The status comes from the verb and its tense.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .countries import country_code, country_name
from .dates import date_of, tense_of
from .document import ArticleDoc
from .lexicon import SPEECH_VERBS
from .numbers import Count, parse_count
from typing import Iterable

from .records import Movement, Statement
from .speakers import SpeakerContext

PERSONNEL = {"troops": "troops", "troop": "troops", "soldiers": "soldiers", "soldier": "soldiers", "forces": "forces",
             "force": "force", "servicemen": "servicemen", "servicemembers": "service members", "members": "service members",
             "personnel": "personnel", "paratroopers": "paratroopers", "marines": "marines", "sailors": "sailors",
             "reservists": "reservists", "conscripts": "conscripts", "contingent": "contingent",
             "army": "army", "military": "military", "commandos": "commandos", "infantry": "infantry",
             "peacekeepers": "peacekeepers", "airborne": "airborne", "guardsmen": "guardsmen"}
UNIT_NOUNS = {"battalion": "battalion", "battalions": "battalion", "battlegroup": "battlegroup", "battlegroups": "battlegroup",
              "group": "battlegroup", "groups": "battlegroup", "btgs": "battalion tactical group", "btg": "battalion tactical group",
              "brigade": "brigade", "brigades": "brigade", "division": "division", "divisions": "division",
              "regiment": "regiment", "regiments": "regiment", "units": "unit", "unit": "unit", "companies": "company",
              "squadron": "squadron", "squadrons": "squadron"}
_GROUP_MODIFIERS = {"battle", "tactical", "battalion"}

# Cue words → status, checked in this order of precedence.
ALERT = re.compile(r"\b(?:on\s+(?:heightened\s+|high\s+|higher\s+|increased\s+|full\s+|combat\s+)?(?:alert|standby|stand-by)"
                   r"|(?:heightened|high|higher|increased|combat)\s+(?:alert|readiness|state\s+of\s+readiness)"
                   r"|(?:prepare|prepared|preparing|ready)\s+to\s+(?:deploy|move)|prepare\s+to\s+deploy"
                   r"|(?:notice\s+to\s+(?:move|deploy))|standby)\b", re.I)
WITHDRAW = {"withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing", "pull", "pulls", "pulled", "pulling",
            "retreat", "retreats", "retreated", "retreating", "leave", "leaves", "left", "leaving", "return", "returns",
            "returned", "returning", "depart", "departed", "departing", "evacuate", "evacuated", "drawdown", "withdrawal",
            "pullback", "pullout", "de-escalate", "disengage", "disengaged", "relocate", "relocated", "relocating"}
ARRIVE = {"arrive", "arrives", "arrived", "arriving", "land", "landed", "landing", "reach", "reached", "reaching",
          "enter", "entered", "entering", "cross", "crossed", "crossing", "invade", "invaded", "invading", "pour",
          "poured", "pouring", "roll", "rolled", "rolling", "advance", "advanced", "advancing", "storm", "stormed",
          "arrival", "arrivals", "closing", "approach", "approached", "approaching", "march", "marched", "marching",
          "converge", "converged", "converging", "sweep", "swept", "sweeping", "spill", "spilled", "spilt", "spilling",
          "flood", "flooded", "flooding", "push", "pushed", "pushing", "thrust", "attacked", "seize", "seized",
          "capture", "captured", "encircle", "encircled", "besiege", "besieged"}
WEAK_VERBS = {"is", "are", "was", "were", "be", "been", "have", "has", "had", "remain", "remained", "remains", "stay",
              "stayed", "there", "include", "includes", "included", "comprise", "comprises", "number", "numbers", "total"}
CASUALTY = {"dead", "killed", "died", "die", "dying", "wounded", "injured", "lost", "killing", "casualties",
            "surrendered", "executed", "fought", "fight", "fighting", "trained", "train", "training", "halted", "repelled"}
INVASION_NOUNS = {"invasion", "incursion", "offensive", "assault", "attack", "operation", "advance", "push"}
COMPRISE = {"comprise", "comprises", "comprised", "consist", "consists", "include", "includes", "included", "number",
            "numbers", "numbered", "total", "totals"}
STATION = {"station", "stationed", "stationing", "base", "based", "garrison", "garrisoned", "host", "hosts", "hosted",
           "presence", "permanent", "permanently", "rotational", "rotate", "rotating", "forward"}
PLAN = {"could", "might", "may", "consider", "considers", "considered", "considering", "weigh", "weighs", "weighing",
        "plan", "plans", "planned", "planning", "offer", "offers", "offered", "offering", "propose", "proposes",
        "proposed", "proposing", "expect", "expects", "expected", "ready", "prepared", "willing", "possible",
        "potential", "option", "options", "contingency", "if", "mull", "mulls", "mulling", "eye", "eyeing",
        "intend", "intends", "want", "wants", "seek", "seeks", "considering", "discuss", "discussed", "discussing",
        "hope", "hopes", "likely", "envisage", "envisaged", "refine"}
ANNOUNCE = {"send", "sends", "sent", "sending", "deploy", "deploys", "deploying", "dispatch", "dispatched", "dispatching",
            "order", "orders", "ordered", "ordering", "approve", "approved", "approves", "authorize", "authorized",
            "authorise", "authorised", "announce", "announced", "decide", "decided", "move", "moves", "moving", "shift",
            "shifted", "transfer", "transferred", "reposition", "repositioned", "redeploy", "redeployed", "boost",
            "bolster", "reinforce", "reinforced", "add", "added", "double", "commit", "committed", "pledge", "pledged",
            "fly", "flew", "flown", "airlift", "airlifted", "rush", "rushed", "beef"}
DEPLOY = {"deployed", "massed", "mass", "masses", "massing", "amassed", "amass", "amassing", "gathered", "gather", "gathering",
          "built", "build", "building", "buildup", "build-up", "concentrated", "concentrate", "concentrating",
          "positioned", "position", "moved", "surrounded", "surround", "surrounding", "encircle", "encircled", "lined",
          "assembled", "assembling", "stacked", "parked", "placed", "put", "have", "has", "had", "are", "is", "were",
          "remain", "remained", "remains", "stay", "stayed", "stationed", "holding", "deployment", "deployments",
          "sent", "deploy", "sending", "send", "bringing", "brought", "drills", "exercises", "exercise", "drill",
          "camped", "dug", "waiting", "poised", "ringed", "ring", "there"}
DEST_PREPS = {"to", "in", "into", "near", "around", "on", "along", "at", "toward", "towards", "inside", "across",
              "within", "off", "throughout", "outside", "onto", "close", "by", "through", "over", "closer", "nearer",
              "alongside"}
NEGATIONS = {"not", "no", "never", "n't", "without", "rule", "ruled", "rules", "refuse", "refused", "refuses"}
MAX_MEMBERS = 4  # a region standing for a few countries (the Baltic states) expands to them; "Eastern Europe" does not


@dataclass
class _Candidate:
    noun: Token
    count: Count | None
    count_span: tuple[int, int] | None
    verb: Token | None


def _is_force_noun(token: Token) -> bool:
    low = token.lower_
    if not token.tag_.startswith("NN") and low not in ("military", "airborne"):
        return False
    if low in PERSONNEL:
        if low == "force":
            mods = {c.lower_ for c in token.children}
            if token.head.lower_ in ("use", "using", "used") or token.dep_ == "pobj" and token.head.lower_ in ("by", "of"):
                return False
            return bool(mods & {"ground", "military", "multinational", "task", "strike", "response", "reaction",
                                "expeditionary", "rapid", "deployment", "peacekeeping", "air", "naval"}) or \
                any(c.like_num or c.dep_ == "nummod" for c in token.children) or "strong" in mods
        if low == "members":
            return token.i > 0 and token.nbor(-1).lower_ in ("service", "military")
        if low in ("military", "army"):
            return token.dep_ in ("nsubj", "nsubjpass", "dobj")
        return True
    if low in ("group", "groups"):
        return any(c.lower_ in _GROUP_MODIFIERS for c in token.children) or (
            token.i > 0 and token.nbor(-1).lower_ in _GROUP_MODIFIERS)
    return low in UNIT_NOUNS


RAISING = {"thought", "believed", "said", "reported", "understood", "seen", "known", "rumoured", "rumored", "alleged",
           "appear", "appears", "appeared", "seem", "seems", "seemed", "reportedly", "claimed", "estimated", "feared"}


def _governing_verb(noun: Token) -> Token | None:
    """The verb a force noun depends on: "deployed [troops]", "[troops] arriving"; through "are thought
    to be flooding" to the verb that says what the forces do."""
    verb = _head_verb(noun)
    for _ in range(3):
        if verb is None or verb.lower_ not in RAISING:
            break
        inner = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if inner is None:
            break
        verb = inner
    return verb


def _head_verb(noun: Token) -> Token | None:
    for child in noun.children:  # "troops stationed at bases", "troops massed near"
        if child.dep_ in ("acl", "relcl", "amod") and child.tag_ in ("VBN", "VBG", "VBD", "VBZ", "VBP", "VB"):
            return child
    t = noun
    for _ in range(4):
        head = t.head
        if head.i == t.i:
            return None
        if head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB"):
            return head
        if t.dep_ in ("pobj", "prep", "conj", "appos", "nummod", "compound") or head.tag_.startswith("NN"):
            t = head
            continue
        return None
    return None


def _number_phrase(noun: Token) -> tuple[Count | None, tuple[int, int] | None]:
    """The number phrase before the noun (or "of up to 4,000 soldiers" after 'force'), read from the text."""
    doc = noun.doc
    left = noun.left_edge
    start = left.idx
    # "tens of thousands of troops": the noun hangs under "of" → "thousands" → "of" → "tens"
    t = noun
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num or (
            t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ("tens", "hundreds", "thousands", "dozens")):
        t = t.head.head
        start = t.left_edge.idx
    phrase = doc.text[start:noun.idx]
    phrase = re.split(r"[;:()]", phrase)[-1]
    offset = noun.idx - len(phrase)
    strong = re.search(rf"((?:{_QUAL})?\s*[\d.,]+(?:\s*(?:thousand|million))?)[\s-]*(?:strong|member|man|person)\b", phrase, re.I)
    if strong:
        count = parse_count(strong.group(1))
        return count, (offset + strong.start(1), offset + strong.end(1))
    count = parse_count(_strip_determiners(phrase))
    if count is None:
        # "a force of up to 4,000 soldiers" is read at the inner noun; "forces numbering 100,000"
        after = doc.text[noun.idx + len(noun.text): noun.sent.end_char]
        m = re.match(r"\s*(?:numbering|totall?ing|of)\s+((?:up to|about|around|some|more than|nearly|at least|over)?\s*[\d,.]+(?:\s*(?:thousand|million))?)(?!\s*(?:km|kilomet|mile|meter|metre|%|per))",
                     after, re.I)
        if m:
            count = parse_count(m.group(1))
            base = noun.idx + len(noun.text)
            return count, (base + m.start(1), base + m.end(1))
        return None, None
    phrase_start = offset + (len(phrase) - len(phrase.lstrip()))
    return count, (phrase_start, noun.idx)


_QUAL = r"more than|up to|about|around|some|nearly|almost|at least|over|roughly|approximately|an estimated"
_DET = re.compile(r"^\s*(?:the|a|an|another|an additional|additional|its|their|his|her|our|all|those|these|of)\s+", re.I)


def _strip_determiners(phrase: str) -> str:
    """'the estimated 100,000 Russian' → 'estimated 100,000'; keeps only the number part before adjectives."""
    phrase = _DET.sub("", phrase)
    m = re.search(r"(?:(?:" + _QUAL + r")\s+)?(?:[\d][\d,.\s]*(?:\s*(?:thousand|million))?|(?:tens|hundreds|dozens|thousands|scores)\b.*|"
                  r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                  r"sixty|seventy|eighty|ninety|hundred|a\s+hundred|a\s+thousand|several|a\s+dozen|a\s+couple\s+of|"
                  r"dozen)\b(?:[\s-]+(?:hundred|thousand|million|and|one|two|three|four|five|six|seven|eight|nine))*)",
                  phrase, re.I)
    return m.group(0) if m else ""


class MovementExtractor:
    """Finds movements sentence by sentence and counts the sentences it drops, by reason."""

    def __init__(self, adoc: ArticleDoc, ctx: SpeakerContext, statements: Iterable[Statement] = ()):
        self.adoc = adoc
        self.ctx = ctx
        # who says the words a force noun stands in: "I ordered forces to Germany" is the speaker's state
        self._quoted = [(st.content_start, st.content_end, st.speaker_country) for st in statements
                        if st.kind in ("direct_quote", "reported_speech") and st.speaker_country]
        self.drops: Counter[str] = Counter()
        self._has_nato = "nato" in adoc.text.lower() or "alliance" in adoc.text.lower()
        self._last_actor: str | None = None

    def run(self) -> list[Movement]:
        rows: list[Movement] = []
        for sent in self.adoc.sentences:
            rows.extend(self.sentence(sent))
        return rows

    def sentence(self, sent: Span) -> list[Movement]:
        nouns = [t for t in sent if _is_force_noun(t) and (not self.adoc.in_quote(t.idx) or self._speaker_at(t.idx))]
        if not nouns:
            return []
        candidates: list[_Candidate] = []
        for noun in nouns:
            count, span = _number_phrase(noun)
            candidates.append(_Candidate(noun, count, span, _governing_verb(noun)))
        candidates = self._merge(candidates)
        rows = []
        for cand in candidates:
            row = self._movement(cand, sent)
            if row is not None:
                rows.append(row)
        return self._dedupe(rows)

    def _speaker_at(self, offset: int) -> str | None:
        for start, end, country in self._quoted:
            if start <= offset < end:
                return country
        return None

    def _merge(self, cands: list[_Candidate]) -> list[_Candidate]:
        """One candidate per force: "a force of up to 4,000 soldiers" and "troops and paratroopers" are one,
        and so are "NATO's Response Force comprises 40,000 troops"."""
        out: list[_Candidate] = []
        by_i = {c.noun.i: c for c in cands}
        for cand in cands:
            absorbed = False
            comprise = next((a for a in list(cand.noun.ancestors)[:3] if a.lower_ in COMPRISE), None)
            if comprise is not None and cand.noun.dep_ != "nsubj":
                subject = next((by_i[c.i] for c in comprise.children if c.dep_ == "nsubj" and c.i in by_i), None)
                if subject is not None and subject is not cand:
                    if cand.count and not subject.count:
                        subject.count, subject.count_span = cand.count, cand.count_span
                    continue
            t = cand.noun
            for _ in range(3):
                if t.head.i == t.i:
                    break
                t = t.head
                outer = by_i.get(t.i)
                if outer is not None and outer is not cand:
                    if cand.count and not outer.count:
                        outer.count, outer.count_span = cand.count, cand.count_span
                    absorbed = True
                    break
            if cand.noun.dep_ == "conj" and cand.noun.head.i in by_i and not cand.count:
                absorbed = True
            if not absorbed:
                out.append(cand)
        return out

    def _dedupe(self, rows: list[Movement]) -> list[Movement]:
        seen, out = set(), []
        for row in rows:
            key = (row.actor, row.troops, tuple(row.destinations), row.status, row.force)
            if key not in seen:
                seen.add(key)
                out.append(row)
        return out

    # ----- one candidate -----------------------------------------------------------------------
    def _movement(self, cand: _Candidate, sent: Span) -> Movement | None:
        noun, verb = cand.noun, cand.verb
        if self._negated(noun, verb) or self._demanded(verb):
            self.drops["negated or demanded"] += 1
            return None
        if self._casualties(noun, verb):
            self.drops["casualties or fighting, not a movement"] += 1
            return None
        status, cue = self._status(noun, verb, sent)
        invasion = self._invasion(verb)
        if invasion is not None:
            status, cue = "arrived", invasion.text
        places = self._places(noun, verb, sent)
        if invasion is not None:
            places += self._prep_places(invasion, sent, set())
        dests = [r for r in places if r[0] == "dest"]
        origins = [r for r in places if r[0] == "origin"]
        actor, actor_token = self._actor(noun, verb)
        if status is not None and verb is not None and verb.lower_ in WEAK_VERBS and not dests:
            status = None
        if status in (None, "possession"):
            if not dests:
                self.drops["no movement verb or place"] += 1
                return None
            status = "deployed" if any(r[1].precision == "border" for r in dests) else "stationed"
            cue = cue or ""
        if actor is None and not dests and (cand.count is None or cand.count.value is None):
            self.drops["no actor, number or place"] += 1
            return None
        if any(r[1].precision != "border" for r in dests):
            dests = [r for r in dests if r[1].precision != "border"]  # "to the Baltic states near Russia"
        dest_refs = [r[1] for r in dests if r[1].place.iso3 != actor or r[1].precision == "border" or status in (
            "withdrawn",)]
        if actor and dests and not dest_refs:
            if status == "stationed" and all(r[1].place.kind == "country" for r in dests):
                self.drops["own forces at home"] += 1
                return None
            dest_refs = [r[1] for r in dests]
        destinations: list[str] = []
        for ref in dest_refs:
            members = ref.place.members if len(ref.place.members) <= MAX_MEMBERS else ()
            codes = members or ((ref.place.iso3,) if ref.place.iso3 else ())
            for code in codes:
                if code not in destinations:
                    destinations.append(code)
        named = [ref.place.name for ref in dest_refs if ref.place.kind != "country"]
        best = _most_specific(dest_refs)
        origin_ref = origins[0][1] if origins else None
        unit = noun.lower_ in UNIT_NOUNS or noun.lower_ in ("group", "groups")
        count = cand.count
        troops = None if unit or count is None else count.value
        units = count.value if unit and count is not None and count.value is not None and count.value < 1000 else None
        if count is not None and count.problem in ("garbled", "absurd"):
            self.drops[f"kept with {count.problem} number"] += 1
        date_token = verb if verb is not None else noun
        date = date_of(date_token, self.adoc.article.published)
        published = self.adoc.article.published
        is_future = status in ("announced", "planned") and (
            tense_of(date_token) == "future" or (published is not None and date.start is not None and date.start > published)
            or status == "planned")
        s_start, s_end = self.adoc.sentence_bounds(sent)
        para = self.adoc.paragraph_at(s_start)
        marks = [noun.idx, noun.idx + len(noun.text)]
        if cand.count_span:
            marks += list(cand.count_span)
        if verb is not None:
            marks += [verb.idx, verb.idx + len(verb.text)]
        if actor_token is not None:
            marks += [actor_token.left_edge.idx, actor_token.idx + len(actor_token.text)]
        for ref in dest_refs + ([origin_ref] if origin_ref else []):
            marks += [ref.start, ref.end]
        c_start, c_end = max(min(marks), s_start), min(max(marks), s_end)
        self._last_actor = actor or self._last_actor
        return Movement(
            article_id=self.adoc.article.article_id, actor=actor, actor_name=country_name(actor) if actor else None,
            troops=troops, troops_qualifier=(count.qualifier if count and count.value is not None and not unit else None),
            troops_text=count.text.strip() if count else "", units=units,
            force=PERSONNEL.get(noun.lower_) or UNIT_NOUNS.get(noun.lower_, noun.lower_),
            origin=(origin_ref.place.iso3 if origin_ref and origin_ref.place.kind == "country" else
                    origin_ref.place.name if origin_ref else None),
            origin_lat=origin_ref.place.lat if origin_ref else None, origin_lon=origin_ref.place.lon if origin_ref else None,
            destinations=destinations, destination_places=named,
            lat=best.place.lat if best else None, lon=best.place.lon if best else None,
            place_precision=best.precision if best else "none", status=status, cue=cue or "",
            sentence=self.adoc.text[s_start:s_end], sentence_start=s_start, sentence_end=s_end,
            char_start=c_start, char_end=c_end, paragraph_start=para.start, paragraph_end=para.end,
            date=date, is_future=bool(is_future),
        )

    def _casualties(self, noun: Token, verb: Token | None) -> bool:
        """"40 soldiers were killed", "troops fought": losses and fighting are not movements."""
        words = {c.lower_ for c in noun.children}
        if verb is not None and noun.dep_ == "nsubjpass" and verb.lower_ in ("captured", "taken", "held", "seized"):
            return True
        if verb is not None:
            words.add(verb.lower_)
            words.update(c.lower_ for c in verb.children if c.dep_ in ("acomp", "oprd", "attr"))
        return bool(words & CASUALTY)

    def _invasion(self, verb: Token | None) -> Token | None:
        """"Russian forces launched the invasion of Ukraine": the forces have gone in."""
        if verb is None:
            return None
        return next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in INVASION_NOUNS), None)

    def _negated(self, noun: Token, verb: Token | None) -> bool:
        heads = [noun] + ([verb] if verb is not None else [])
        if verb is not None:
            heads += [a for a in verb.ancestors][:2]
        for h in heads:
            for c in h.children:
                if c.dep_ == "neg" or (c.lower_ in ("no",) and c.dep_ == "det"):
                    return True
        return False

    def _demanded(self, verb: Token | None) -> bool:
        """"urged Russia to withdraw troops" is a demand, not a movement."""
        if verb is None:
            return False
        for anc in list(verb.ancestors)[:2]:
            if anc.lower_ in SPEECH_VERBS and SPEECH_VERBS[anc.lower_] in ("demand", "urge", "ask"):
                return True
            if anc.lower_ in ("called", "call", "calls", "calling") and any(c.lower_ in ("on", "for") for c in anc.children):
                return True
            if anc.lower_ in ("want", "wants", "wanted", "wish", "wished", "should") and anc.i < verb.i:
                return True
        return False

    def _status(self, noun: Token, verb: Token | None, sent: Span) -> tuple[str | None, str]:
        window = sent.doc.text[max(sent.start_char, noun.idx - 80): min(sent.end_char, noun.idx + 90)]
        alert = next((m for m in ALERT.finditer(window) if not any(w[:1].isupper() for w in m.group(0).split()[1:])), None)
        if alert:
            return "on_alert", alert.group(0)
        if verb is not None and verb.lower_ in ("preparing", "prepare", "prepares", "prepared", "readying", "readied") \
                and noun.dep_ == "dobj":
            return "on_alert", verb.text
        words = set()
        chain = []
        if verb is not None:
            chain = [verb, *list(verb.ancestors)[:2]]
            for v in chain:
                words.add(v.lower_)
                words.update(c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass", "advmod", "prt", "neg", "xcomp", "acomp"))
            words.update(c.lower_ for c in noun.children)
        low = verb.lower_ if verb is not None else ""
        cue = verb.text if verb is not None else ""
        if low in WITHDRAW or noun.head.lower_ in WITHDRAW:
            if low in ("leave", "leaves", "left", "leaving") and not any(c.dep_ == "dobj" and c.lower_ in ("country", "belarus") for c in verb.children):
                pass
            return "withdrawn", cue
        if low in ARRIVE or any(c.lower_ in ARRIVE for c in chain[1:2]):
            if verb is not None and tense_of(verb) != "future" and not (words & PLAN):
                return "arrived", cue
        if verb is not None and (words & PLAN or any(t.lower_ in PLAN for t in [*verb.ancestors][:3])):
            return "planned", cue
        future = verb is not None and tense_of(verb) == "future"
        if low in ANNOUNCE or (verb is not None and verb.head.lower_ in ANNOUNCE | {"said", "says", "announced"}):
            if future or low in ("order", "orders", "ordered", "approve", "approved", "announce", "announced", "decided",
                                 "sending") or verb.tag_ in ("VB", "VBG") and not any(a.dep_ in ("aux",) and a.lower_ in ("has", "have", "had") for a in verb.children):
                return "announced", cue
        if low in STATION or words & STATION or noun.lower_ in ("presence",):
            return "stationed", cue
        if low in ("has", "have", "had", "maintains", "maintain", "keeps", "keep") and not future:
            return "possession", cue
        if low in DEPLOY or low in ANNOUNCE or low in ARRIVE:
            if future:
                return "announced", cue
            return "deployed", cue
        return None, cue

    def _prep_places(self, head: Token, sent: Span, seen: set) -> list[tuple[str, object]]:
        """Places in the prepositional phrases of `head`, without places that only qualify another place
        ("the Baltic states near Russia" is the Baltic states)."""
        from .places import place_refs

        out = []
        for prep in head.children:
            if prep.dep_ not in ("prep", "advmod", "npadvmod", "dative"):
                continue
            low = prep.lower_
            role = "origin" if low == "from" else "dest" if low in DEST_PREPS or prep.dep_ != "prep" else None
            if role is None:
                continue
            span = sent.doc[prep.i:prep.right_edge.i + 1]
            refs = place_refs(span, context=self.adoc.context)
            starts = {sent.doc.char_span(r.start, r.end, alignment_mode="expand").root.i: r for r in refs
                      if sent.doc.char_span(r.start, r.end, alignment_mode="expand") is not None}
            for root_i, ref in starts.items():
                key = (ref.start, ref.end)
                if key in seen or self._nested(sent.doc[root_i], prep, starts):
                    continue
                seen.add(key)
                out.append((role, ref))
        return out

    @staticmethod
    def _nested(token: Token, prep: Token, places: dict) -> bool:
        """Is the place inside a prepositional phrase of another place (not merely coordinated with it)?"""
        t, through_prep = token, False
        while t.i != prep.i and t.head.i != t.i:
            through_prep = through_prep or t.dep_ in ("pobj", "prep")
            t = t.head
            if t.i in places and t.i != token.i and through_prep:
                return True
        return False

    def _places(self, noun: Token, verb: Token | None, sent: Span) -> list[tuple[str, object]]:
        """Destination and origin places in the prepositional phrases of the verb and of the noun."""
        from .places import place_refs

        out: list[tuple[str, object]] = []
        heads = [noun]
        if verb is not None:
            heads.append(verb)
            heads += [c for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.i > verb.i][:1]
        seen: set = set()
        for head in heads:
            out += self._prep_places(head, sent, seen)
            if head is noun:  # "troops stationed at bases in Romania": a participle clause of the noun
                for child in noun.children:
                    if child.dep_ in ("acl", "relcl") and child is not verb:
                        out += [(role, r) for role, r in self._prep_places(child, sent, seen) if role == "dest"]
        if verb is not None and verb.lower_ in ("invaded", "invade", "invading", "entered", "enter", "entering", "surrounded",
                                                "surround", "encircled", "crossed", "reached", "reach", "reaching",
                                                "seized", "captured", "besieged", "approaching", "approached"):
            for obj in verb.children:
                if obj.dep_ == "dobj":
                    for ref in place_refs(sent.doc[obj.left_edge.i:obj.right_edge.i + 1], context=self.adoc.context):
                        out.append(("dest", ref))
        return out

    def _actor(self, noun: Token, verb: Token | None) -> tuple[str | None, Token | None]:
        """Whose forces: a nationality on the noun, else the subject of the verb, else the agent."""
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i < noun.i:
                code = self._code_of(child)
                if code:
                    return code, child
        # "troops from NATO members", "of the alliance"
        if verb is not None:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl", "relcl"):
                subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
                if subject is None and verb.dep_ in ("acl", "relcl") and verb.head.i != noun.i:
                    subject = verb.head
            if subject is not None and subject.i != noun.i and not (subject.lower_ in PERSONNEL):
                if subject.lower_ in ("which", "that", "who") and subject.head.dep_ == "relcl":
                    subject = subject.head.head
                code = self._code_of(subject)
                if code:
                    return code, subject
            for child in verb.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        code = self._code_of(pobj)
                        if code:
                            return code, pobj
            # the nearest clause subject further up: "France will refine its plans to send troops"
            for anc in list(verb.ancestors)[:4]:
                subject = next((c for c in anc.children if c.dep_ == "nsubj" and c.i != noun.i), None)
                if subject is not None and subject not in noun.subtree:
                    if subject.lower_ in ("which", "that", "who") and anc.dep_ == "relcl":
                        subject = anc.head
                    code = self._code_of(subject)
                    if code:
                        return code, subject
        if noun.dep_ in ("dobj", "nsubjpass") and noun.head.dep_ == "relcl":
            antecedent = noun.head.head
            code = self._code_of(antecedent)
            if code:
                return code, antecedent
        return None, None

    def _code_of(self, token: Token) -> str | None:
        low = token.lower_
        if low in ("allied", "alliance", "allies") and self._has_nato:
            return "NATO"
        if low in ("i", "we", "our", "my", "us") and self._speaker_at(token.idx):
            return self._speaker_at(token.idx)
        if low in ("it", "they", "we"):
            # "X said ... it would send": the speaker of the governing speech verb
            for anc in token.ancestors:
                if anc.lower_ in SPEECH_VERBS:
                    subject = next((c for c in anc.children if c.dep_ == "nsubj"), None)
                    if subject is not None and subject.i != token.i:
                        return self._code_of(subject)
            speaker = self.ctx.resolve(token)
            if speaker is not None and speaker.type in ("state", "organisation"):
                return speaker.country
            return self._last_actor if low == "it" else None
        code = country_code(token.text)
        if code:
            return code
        speaker = self.ctx.resolve(token, allow_pronouns=False)
        if speaker is not None:
            return speaker.country
        return None


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
