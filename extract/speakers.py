"""Who a noun phrase refers to: a person, a state or an organisation, with country and role.

One `SpeakerContext` per article walks its sentences in order. It resolves names through the actor
table, keeps the people introduced so far (so "Kuleba" and "he" find "Dmytro Kuleba"), turns
titles and metonyms into actors ("the French president", "the Kremlin") and refuses anonymous
sources ("experts say").
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from .actor_matcher import SPANS_KEY as ACTOR_SPANS, name_run_on
from .actor_words import leader_roles
from .actors import ActorTable, load_actor_table
from .counterparts import COUNTERPART_NOUNS, counterpart_speaker
from .countries import country_code, country_name, fold
from .datelines import in_dateline
from .document_authors import DocumentAuthors, document_speakers
from .home_bodies import is_home_body
from .legal_sources import legal_speaker
from .official_refs import OfficialMentions
from .people_seen import PeopleSeen, near_actor
from .person_names import HONORIFICS, clean_person_name, proper_part, same_person
from .state_pairs import pair_before, refers_to_pair
from .title_anaphora import TitleAnaphora, in_office_on
from .titled_names import titled_name
from .sentences import ents_in, ents_of, sentence_of, spans_in
from .lexicon import ANONYMOUS_NOUNS, DOCUMENT_NOUNS, GROUP_NOUNS
from .noun_phrases import bare_words, conjuncts, in_poss, in_prep, np_core, np_region
from .np_refs import bare_plural, first_person_us, lists_members
from .speaker_record import Speaker

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}  # "his": "in his words"
# Heads that name an institution even when a person's name modifies them ("the Biden administration").
INSTITUTION_NOUNS = {"administration", "government", "ministry", "office", "department", "embassy", "team", "campaign",
                     "party", "forces", "troops", "army", "military", "regime", "cabinet", "camp", "spokesman",
                     "spokeswoman", "spokesperson", "statement", "aides", "aide", "officials", "official", "allies",
                     "readout", "side", "delegation", "press", "service", "agency", "council", "committee"}
_OWNED_BODIES = {"office", "administration", "government", "cabinet"}  # a leader's office is the state, not the leader
_ADVISERS = {"adviser", "advisor", "advisers", "advisors", "aide", "aides"} | _OWNED_BODIES  # nor is their adviser
# Offices and bodies that speak for their state: "a Kremlin spokesman", "an adviser to the presidential office".
OWNED_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "ministry", "office", "department",
               "government", "administration", "embassy", "mission", "side", "delegation", "army", "military", "forces",
               "command", "service", "services", "adviser", "advisor", "advisers", "advisors", "aide", "aides",
               "representative", "representatives", "envoy", "ambassador", "diplomat", "diplomats", "minister",
               "ministers", "officer", "officers", "agency", "authorities", "guards", "guard", "leadership", "regime",
               "cabinet", "parliament", "senate", "congress", "council", "presidency", "navy", "statement", "readout",
               "head", "chief", "director", "deputy", "secretary", "spokespeople", "staff", "team"}
_CONTEXT_TITLES = {"president", "minister", "secretary", "chancellor", "spokesman", "spokeswoman", "spokesperson", "leader",
                   "ambassador", "general", "mayor", "chief", "envoy", "premier", "pm"}
_SPELT_OUT = {"pm": "prime minister", "premier": "prime minister"}  # "the PM" is the prime minister named before
_TITLE_TOKENS = {"president", "minister", "secretary", "chancellor", "mr", "mrs", "ms", "dr", "sir", "general", "gen",
                 "prime", "foreign", "defence", "defense", "leader", "spokesman", "spokeswoman", "spokesperson",
                 "ambassador", "senator", "sen", "rep", "mayor", "governor", "chief", "head", "deputy", "state",
                 "envoy", "commander", "adviser", "advisor", "director", "chairman", "chair", "king", "queen", "pope",
                 "lord", "lady", "dame", "colonel", "col", "admiral", "lt", "captain", "professor", "prof"}
PLURAL_PRONOUNS = {"they", "them", "their"}
NEUTER_PRONOUNS = {"it", "its"}
_ROLE_WORDS = ("prime minister", "foreign minister", "foreign secretary", "defence minister", "defense minister",
               "defence secretary", "defense secretary", "secretary of state", "secretary general", "secretary-general",
               "press secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "president", "chancellor",
               "minister", "mayor", "governor", "senator", "general", "commander", "adviser", "advisor", "envoy")


class SpeakerContext:
    """Resolves mentions in one article, remembering who was introduced and who spoke last."""

    def __init__(self, doc: Doc, published: dt.date | None, actors: ActorTable | None = None, *,
                 home: str | None = None):
        self.doc = doc
        self.published = published
        self.home = home  # the state whose own site published the text: its "the President" is theirs
        self.actors = actors or load_actor_table()
        self._people = PeopleSeen()  # folded full name / surname → person
        self._recent: list[tuple[int, Speaker, bool]] = []  # (offset, person/state, subject of a main clause)
        self.last_group: list[Speaker] = []
        self.participants: list[Speaker] = []  # a readout's call or meeting (`extract.readout_participants`)
        self._unknown_main: list[int] = []  # offsets of main-clause subjects named but not resolved ("Colonel X")
        self._default_country = self._main_country()
        self.documents = DocumentAuthors(self)  # who issued which document ("the Senate adopted a resolution")
        self.officials = OfficialMentions()  # unnamed officials and bodies ("the official added")
        self.titles = TitleAnaphora(in_office_on(self.actors, published))  # "the envoy" after "Nebenzya"

    # ----- bookkeeping -------------------------------------------------------------------------
    def _main_country(self) -> str | None:
        counts: dict[str, int] = {}
        for ent in ents_of(self.doc):
            if ent.label_ in ("GPE", "NORP"):
                code = country_code(ent.text)
                if code and len(code) == 3:
                    counts[code] = counts.get(code, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def note_sentence(self, sent: Span) -> None:
        """Register the people named in `sent` and its subjects, for later surnames and pronouns."""
        for ent in ents_in(sent):
            if ent.label_ == "PERSON":
                self._person_from_name(ent)
        for span in spans_in(self.doc, ACTOR_SPANS, sent.start, sent.end):
            actor = self.actors.by_name(span.label_)
            if actor is not None and actor.type == "person":
                self._register(Speaker.from_actor(actor, span))
        for token in sent:
            if token.dep_ in ("nsubj", "nsubjpass") and token.lower_ not in PRONOUNS:
                found = self.resolve_all(token, allow_pronouns=False)
                main = _main_clause_subject(token)
                for speaker in found:
                    self._recent.append((token.idx, speaker, main))
                if main and not found and token.tag_ in ("NNP", "NNPS"):
                    self._unknown_main.append(token.idx)
                if len(found) > 1:
                    self.last_group = found
            elif token.dep_ == "poss" and token.tag_ in ("NNP", "NNPS"):
                owner = self.resolve(token, allow_pronouns=False)  # "Nato's figures are higher. A senior official said"
                if owner is not None and owner.type == "person" and token.head.lower_ in _OWNED_BODIES:
                    self._recent.append((token.idx, owner, _main_clause_subject(token.head)))  # "X's office said ... He"
        self.documents.note(sent)

    def note_speakers(self, speakers: list[Speaker], offset: int) -> None:
        for s in speakers:
            self._recent.append((offset, s, True))
        if len(speakers) > 1:
            self.last_group = list(speakers)

    def _register(self, person: Speaker) -> None:
        self._people.register(person)
        self.titles.note(person)

    # ----- resolution --------------------------------------------------------------------------
    def resolve_all(self, head: Token, *, allow_pronouns: bool = True) -> list[Speaker]:
        """Everyone the phrase headed by `head` names: "Macron and Biden" gives two speakers."""
        heads = conjuncts(head)
        if len(heads) == 1 and head.lower_ in DOCUMENT_NOUNS:
            return document_speakers(self, head)  # one row per author of a joint statement
        if len(heads) == 1 and refers_to_pair(head):
            return [s.at(np_core(head)) for s in pair_before(self, head)]  # "Both countries said"
        found: list[Speaker] = []
        for h in heads:
            s = self._possessed_title(h) or self.resolve(h, allow_pronouns=allow_pronouns)
            if s is None and len(heads) == 1 and allow_pronouns and h.lower_ in PLURAL_PRONOUNS | {"both"}:
                return [g.at(self.doc[h.i:h.i + 1]) for g in self.last_group or self.participants]
            if s is None and len(heads) == 1 and h.lower_ in GROUP_NOUNS and not lists_members(h) and \
                    not bare_plural(h) and (self.participants or self._refers_to_group(h)):
                return [g.at(np_core(h)) for g in self.participants or self.last_group]
            if s is not None and all(s.name != f.name for f in found):
                found.append(s)
        return found

    def _possessed_title(self, token: Token) -> Speaker | None:
        """"Mr. Smith and France's president, Jean Dupont": a state with 's followed by a title is the title's holder
        (the parser often hangs the title on the wrong word)."""
        if not any(c.dep_ == "case" for c in token.children) or token.i + 2 >= len(self.doc):
            return None
        title = self.doc[token.i + 2]
        if title.lower_ not in _CONTEXT_TITLES and title.lower_ not in OWNED_NOUNS:
            return None
        actor = self.actors.match_title(self.doc[token.left_edge.i:title.i + 1].text, on=self.published)
        return Speaker.from_actor(actor, self.doc[token.left_edge.i:title.i + 1]) if actor is not None else None

    def _refers_to_group(self, head: Token) -> bool:
        words = {c.lower_ for c in head.children}
        return bool(self.last_group) and (bool(words & {"two", "both", "three"}) or head.lower_ == "allies")

    def resolve(self, head: Token, *, allow_pronouns: bool = True) -> Speaker | None:
        """The single person, state or organisation the noun phrase headed by `head` refers to."""
        found = self._resolve(head, allow_pronouns=allow_pronouns)
        self.officials.note(head, found)
        return found

    def _resolve(self, head: Token, *, allow_pronouns: bool = True) -> Speaker | None:
        if in_dateline(head):
            return None  # "WARSAW, POLAND -- President Biden's summit ...": where the story was filed
        low = head.lower_
        core = np_core(head)
        if low in PRONOUNS or low in PLURAL_PRONOUNS or low in NEUTER_PRONOUNS:
            return self._pronoun(head) if allow_pronouns else None
        if first_person_us(head):
            return None  # "speak to us", "let us talk": the pronoun, not the country (written "US" or "U.S.")
        if low in DOCUMENT_NOUNS:
            return next(iter(document_speakers(self, head)), None)
        region = np_region(head)
        named = (counterpart_speaker(self, head) if low in COUNTERPART_NOUNS and allow_pronouns else None) or \
            self._named(head, region)  # "Her Russian counterpart said"
        if named is None and titled_name(head) is not None:  # "Oleksandr Kubrakov, Ukraine's minister of ..."
            named = self._person_from_name(titled_name(head), region)
        if named is not None:
            return named
        known = self._people.surname(head)  # "Albanese said" after "Anthony Albanese", whatever its entity label
        if known is not None:
            return known.at(core)
        recent = self._title_in_context(core)
        if recent is not None:
            return recent
        actor = self.actors.match_title(core.text, on=self.published, default_country=self.home)
        if actor is not None:
            return Speaker.from_actor(actor, core)
        if self.home and is_home_body(head, core):  # "The General Staff" in a government's own release is its own
            return self.state_speaker(self.home).at(core)
        actor = self.actors.match_state(core.text)
        if actor is not None:
            return Speaker.from_actor(actor, core)
        code = country_code(core.text, adjectives=False)
        if code:
            state = self.state_speaker(code)
            if state is not None:
                return state.at(core)
        return (self._owner(head, core) if low in OWNED_NOUNS else None) or self.officials.refer_back(head, core) or \
            legal_speaker(self, head, core)

    def _title_in_context(self, core: Span) -> Speaker | None:
        """A bare title ("the secretary of state", an office: a fixed expression; "the president") refers to
        the last person named with a matching office, before the actor table's default holder of that title."""
        words = {t.lower_ for t in core}
        if self.home and bare_words(core) == ["the", "president"]:
            return None  # a government's own text: "the President" ("the President's") is its own (`match_title`)
        found = self.titles.refer(core, [s for at, s, main in reversed(self._recent[-12:]) if main and at < core.start_char])
        if found is not None:
            return found
        title = words & _CONTEXT_TITLES
        if not title or core[0].lower_ not in ("the", "this", "that") or any(
                t.ent_type_ in ("GPE", "NORP", "ORG") or (t.is_title and t.lower_ not in _TITLE_TOKENS and t.i != core.start)
                for t in core):
            return None
        for _, speaker, _ in reversed(self._recent[-12:]):
            role = (speaker.role or "").lower()
            if speaker.type != "person" or not role:
                continue
            if any(_SPELT_OUT.get(w, w) in role for w in title) or ("secretary" in title and "minister" in role) or (
                    "minister" in title and "secretary" in role) or (
                    "leader" in title and role in ("president", "prime minister", "chancellor")):
                return speaker.at(core)
        return None

    def _named(self, head: Token, region: Span) -> Speaker | None:
        """A name inside the phrase: an actor-table match, else a PERSON/GPE/ORG entity.

        A person's name that only modifies an institution ("the Biden administration", "Putin's
        government") does not make that person the referent: the institution is resolved instead."""
        if head.lower_ in INSTITUTION_NOUNS and head.tag_.startswith("NN"):
            appos = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            return self._named(appos, np_region(appos)) if appos is not None else None
        candidates = [s for s in spans_in(self.doc, ACTOR_SPANS, region.start, region.end)
                      if not self._inside_other_name(s)]
        ents = ents_in(region)
        at_head = [s for s in candidates if s.start <= head.i < s.end] or name_run_on(head, region)
        if at_head:
            return self._from_actor_span(max(at_head, key=len))
        person = next((e for e in ents if e.label_ == "PERSON" and e.start <= head.i < e.end), None)
        if person is not None:
            return self._person_from_name(person, region)
        for child in head.children:
            if child.dep_ == "appos":
                inner = [s for s in candidates if s.start <= child.i < s.end]
                if inner:
                    return self._from_actor_span(inner[0])
                person = next((e for e in ents if e.label_ == "PERSON" and e.start <= child.i < e.end), None)
                if person is not None:
                    return self._person_from_name(person, region)
        for ent in ents:
            if ent.start <= head.i < ent.end and ent.label_ in ("GPE", "NORP", "ORG", "LOC", "FAC"):
                actor = self.actors.match_state(ent.text) or self.actors.match_name(ent.text, on=self.published)
                if actor is not None:
                    return Speaker.from_actor(actor, ent)
        if head.lower_ in OWNED_NOUNS or head.lower_ in _CONTEXT_TITLES or head.tag_ == "NNP":
            # "Polish Ambassador to the UK Jan Kowalski", "UN High Commissioner for Refugees Filippo
            # Grandi": the name closes the title phrase
            last = next((e for e in ents if e.label_ == "PERSON" and e.end == region.end and not in_poss(e.root, head)
                         and self.doc[e.start - 1].lower_ not in ("to", "of", "for", "with")), None)
            if last is not None:
                return self._person_from_name(last, region)
        if not (head.tag_ in ("NNP", "NNPS") or head.lower_ in OWNED_NOUNS or head.lower_ in _CONTEXT_TITLES):
            return None  # a name modifying a common noun is not its referent: "EU candidate status"
        others = [s for s in candidates if not in_poss(s.root, head) and not in_prep(s.root, head)
                  and not (head.lower_ in _ADVISERS and s.end <= head.i)]  # "a Pence adviser" is not Pence
        others.sort(key=lambda s: (self.actors.by_name(s.label_) is None or self.actors.by_name(s.label_).type != "person", -len(s)))
        if others:
            return self._from_actor_span(others[0])
        return None

    def _from_actor_span(self, span: Span) -> Speaker | None:
        actor = self.actors.by_name(span.label_)
        if actor is None:
            return None
        speaker = Speaker.from_actor(actor, span)
        if actor.type == "person":
            self._register(speaker)
        return speaker

    def _inside_other_name(self, span: Span) -> bool:
        """Is this actor match only a part of a longer PERSON name ("Price" in "Kevin Price")?"""
        for ent in ents_of(self.doc):
            if ent.label_ == "PERSON" and ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
                name = proper_part(ent)  # "Said Blinken" is Blinken
                actor = self.actors.by_name(span.label_)
                return actor is None or name is None or not same_person(name.text, actor,
                                                                        self.actors.aliases.get(actor.name, []))
        for i in (span.start - 1,):
            if i >= 0 and self.doc[i].is_title and self.doc[i].tag_ == "NNP" and self.doc[i].ent_type_ in ("", "PERSON") \
                    and not self.actors.match_title(self.doc[i].text) and self.doc[i].lower_ not in _TITLE_TOKENS:
                full = self.doc[i:span.end].text
                actor = self.actors.match_name(full, on=self.published)
                return actor is None or actor.name != span.label_
        return False

    def _person_from_name(self, ent: Span, region: Span | None = None) -> Speaker | None:
        ent = proper_part(ent)
        if ent is None:
            return None
        name = clean_person_name(ent.text)
        if not name or not name[0].isupper():
            return None
        actor = self.actors.match_name(name, on=self.published)
        if actor is not None and not same_person(name, actor, self.actors.aliases.get(actor.name, [])):
            actor = None
        if actor is not None:
            speaker = Speaker.from_actor(actor, ent)
            self._register(speaker)
            return speaker
        key = fold(name)
        known = self._people.known(key)
        if known is None and len(key.split()) >= 2:
            known = self._people.similar(key)
            near = near_actor(self.actors, key) if known is None else None
            if near is not None:
                known = Speaker.from_actor(near, ent)
                self._register(known)
        if known is None and len(key.split()) == 1 and ent.start > 0 and \
                self.doc[ent.start - 1].lower_.rstrip(".") in HONORIFICS:
            # "Ms. Tsai" after "Tsai Ing-wen": family names come first in Chinese names
            known = self._people.with_part(key)
        if known is not None:
            return known.at(ent)
        if len(name.split()) < 2:
            return None  # a lone unknown surname or first name: not enough to name someone
        country, role = self._title_of(region or ent, ent)
        country = country or (self.home if role else None)  # "Minister of Health X" in a government's own release
        speaker = Speaker(name, "person", country, role, None, ent.text, ent.start_char, ent.end_char)
        self._register(speaker)
        return speaker

    def _title_of(self, region: Span, name: Span | None = None) -> tuple[str | None, str | None]:
        """Country and role from the words around a name ("Ukrainian Foreign Minister ..."), never from
        the name itself ("Jordan Bimm", "Lisa Monaco")."""
        country = None
        for token in region:
            if name is not None and name.start <= token.i < name.end:
                continue
            if token.ent_type_ in ("NORP", "GPE") or token.tag_ in ("NNP", "JJ"):
                code = country_code(token.text)
                if code:
                    country = code
                    break
        text = region.text.lower()
        role = next((r for r in _ROLE_WORDS if r in text), None)
        return country, role

    def _owner(self, head: Token, core: Span) -> Speaker | None:
        """The state or organisation a statement/office belongs to ("a Kremlin statement", "a spokesman for the Foreign Office")."""
        for child in head.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
                s = self._owner_phrase(child)
                if s is not None and s.type == "person" and head.lower_ in _ADVISERS and (
                        head.lower_ not in _OWNED_BODIES or s.role in leader_roles(s.country)):  # "Connolly's office"
                    # "a Zelensky adviser" speaks for Ukraine's leadership, not as Zelensky; a former one for nobody
                    state = self.state_speaker(s.country) if s.country else None
                    return state.at(core) if state is not None and not any(t.lower_ == "former" for t in core) else None
                if s is not None:
                    return s.at(core)
            # "a spokesman for the Foreign Office"; "an adviser to the presidential office" speaks for its state
            if child.dep_ == "prep" and (child.lower_ in ("for", "of", "from", "by", "at") or (
                    child.lower_ == "to" and head.lower_ in _ADVISERS)):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        s = self.resolve(pobj, allow_pronouns=False)
                        if s is not None and s.type == "person" and child.lower_ == "to":
                            s = self.state_speaker(s.country) if s.country else None
                        if s is not None:
                            return s if s.type == "person" else s.at(core)
        actor = self.actors.match_state(core.text)
        if actor is None:  # "The United Nations refugee agency" (a fixed expression): a state or body named in it
            for span in spans_in(self.doc, ACTOR_SPANS, core.start, core.end):
                if head.i not in range(span.start, span.end):
                    found = self.actors.by_name(span.label_)
                    if found is not None and found.type in ("state", "organisation"):
                        actor = found
                        break
        return Speaker.from_actor(actor, core) if actor else None

    def _owner_phrase(self, token: Token) -> Speaker | None:
        span = np_core(token) if token.dep_ == "poss" else token.doc[token.left_edge.i:token.i + 1]  # "US embassy"
        actor = self.actors.match_state(span.text) or self.actors.match_name(span.text, on=self.published)
        if actor is None:
            code = country_code(span.text)
            actor = self.actors.state(code) if code else None
        if actor is None and token.lower_ in ("its", "their"):
            owner = self._pronoun(token)  # "Its ambassador said" after "Brazil voted ..."
            return owner if owner is not None and owner.type in ("state", "organisation") else None
        if actor is None and token.dep_ == "poss":
            return self.resolve(token, allow_pronouns=False)
        return Speaker.from_actor(actor, span) if actor else None

    def _pronoun(self, head: Token) -> Speaker | None:
        low = head.lower_
        span = head.doc[head.i:head.i + 1]
        want = PRONOUNS.get(low)
        bound = self._bound(head, want)
        if bound is not None:
            return bound.at(span)
        for k in range(len(self._recent) - 1, -1, -1):
            offset, speaker, main = self._recent[k]
            if offset >= head.idx:
                continue
            if low in PRONOUNS:
                if speaker.type != "person" or (speaker.gender and want and speaker.gender != want):
                    continue
                if not main:  # "X said Putin could ... . He told ...": the main clause's subject goes on, not Putin
                    other = self._main_subject_before(k, want)
                    if other is _UNKNOWN:
                        return None  # that subject is somebody we cannot name: better no speaker than Putin
                    speaker = other or speaker
                return speaker.at(span)
            if low in NEUTER_PRONOUNS and speaker.type in ("state", "organisation"):
                return speaker.at(span)
            if low in PLURAL_PRONOUNS:
                return None  # groups are handled by resolve_all
        return self._only_person_before(head, want) if low in PRONOUNS and head.dep_ == "nsubj" else None

    def _only_person_before(self, head: Token, want: str | None) -> Speaker | None:
        """With no person subject to go on, "he"/"she" is the one person the sentence before names in any role
        ("High on Mr Smith's agenda is ... He announced")."""
        sent = sentence_of(head)
        if sent.start == 0:
            return None
        prev = sentence_of(self.doc[sent.start - 1])
        names = [e for e in ents_in(prev) if e.label_ == "PERSON"] + spans_in(self.doc, ACTOR_SPANS, prev.start, prev.end)
        found = {s.name: s for s in (self.resolve(e.root, allow_pronouns=False) for e in names)
                 if s is not None and s.type == "person"}
        only = next(iter(found.values())) if len(found) == 1 else None
        return only.at(head.doc[head.i:head.i + 1]) if only is not None and not (
            only.gender and want and only.gender != want) else None

    def _main_subject_before(self, k: int, want: str | None) -> Speaker | object | None:
        """The person who is the subject of a main clause earlier in the sentence of recent entry `k`;
        `_UNKNOWN` when that subject is a name we could not resolve."""
        offset_k = self._recent[k][0]
        first = self.doc.char_span(offset_k, offset_k + 1, alignment_mode="expand")
        if first is None:
            return None
        start = sentence_of(first[0]).start_char
        for offset, speaker, main in reversed(self._recent[:k]):
            if offset < start:
                break
            if main and speaker.type == "person" and not (speaker.gender and want and speaker.gender != want):
                return speaker
        return _UNKNOWN if any(start <= offset < offset_k for offset in self._unknown_main) else None

    def _bound(self, pronoun: Token, want: str | None) -> Speaker | None:
        """A pronoun in a clause under a verb with a named subject refers to that subject
        ("the chancellor said she may visit Kyiv" → the chancellor)."""
        child = pronoun
        for verb in pronoun.ancestors:
            # through clauses and through the phrases that hold them ("toured a crossing in Korczowa, where he met")
            if child.dep_ in ("ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "prep", "pobj", "dobj") or \
                    child is pronoun:
                subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                                and c.i != pronoun.i and pronoun not in c.subtree), None)
                if subject is not None and subject.lower_ not in PRONOUNS and child is not pronoun:
                    found = self.resolve(subject, allow_pronouns=False)
                    if found is None:
                        return None
                    if pronoun.lower_ in PRONOUNS and (found.type != "person" or (found.gender and want and found.gender != want)):
                        return None
                    if pronoun.lower_ in NEUTER_PRONOUNS and found.type == "person":
                        return None
                    return found
            child = verb
        return None

    def addressee_of(self, token: Token, speaker: Speaker | None) -> Speaker | None:
        """An addressee phrase, including "his Ukrainian counterpart"."""
        if token.lower_ in ("counterpart", "counterparts") and speaker is not None:
            code = None
            for child in token.children:
                code = code or country_code(child.text)
            if code:
                of = self.actors.by_name(speaker.name)
                if of is not None:
                    found = self.actors.counterpart(of, code, on=self.published)
                    if found is not None:
                        return Speaker.from_actor(found, np_core(token))
        s = self.resolve(token)
        if s is None and not first_person_us(token):
            code = country_code(token.text, adjectives=False)
            if code and self.actors.state(code):
                return Speaker.from_actor(self.actors.state(code), np_core(token))
        return s

    def state_speaker(self, code: str) -> Speaker | None:
        actor = self.actors.state(code)
        if actor is None:
            name = country_name(code)
            return Speaker(name, "state", code, None) if name else None
        return Speaker.from_actor(actor)


_UNKNOWN = object()


def _main_clause_subject(token: Token) -> bool:
    """Is `token` the subject of its sentence's main verb (or of a verb coordinated with it), rather than
    of a clause inside it ("X said [Putin could ...]")?"""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def is_anonymous(head: Token) -> bool:
    """Common-noun sources that are not speakers ("experts", "analysts", "a source")."""
    return head.lower_ in ANONYMOUS_NOUNS and head.ent_type_ == ""
