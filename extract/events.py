"""Communication events: calls, meetings, talks and visits, past or scheduled, with their participants.

Triggers are event verbs ("met", "spoke by phone", "will visit") and event nouns ("a call between
the two ministers", "talks with Putin"). The first participant (the subject, or the possessor) is the
row's speaker; the others are its addressees. An event noun with no participants of its own
("A second call is planned") takes those of the last event a few sentences back.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .actor_matcher import inside_name
from .clause_facts import is_prospective
from .dates import date_of
from .document import ArticleDoc
from .drops import make_drop
from .event_reality import HOLDING_VERBS, is_only_possible, is_unreal
from .event_sides import modifier_sides
from .event_syntax import (container_of, controller_of, event_clause, event_subject, has_named_owner, is_acted_on,
                           is_controlled, is_spoken_of, is_topic_of_another, noun_clause, renames_this, to_audience)
from .group_statements import group_named_in
from .lexicon import (BODY_MEMBERS, EVENT_ACTS, EVENT_IDIOM_OBJECTS, EVENT_NOUNS, EVENT_VERBS, FORCE_WORDS, GROUP_NOUNS,
                      OFFICIAL_NOUNS, STATE_GROUP_NOUNS, SUMMITS)
from .readout_events import opening_participants, readout_event
from .records import Drop, Statement
from .schema import READOUT_OWN_METHOD
from .sentences import ents_of, sentence_of
from .speakers import SpeakerContext
from .speaker_record import Speaker
from .speech import Cue, make_statement, subject_of
from .triggers import triggers_in

_PHONE_WORDS = {"phone", "telephone", "video", "videoconference", "video-conference", "zoom", "virtual", "phoned"}
_PARTICIPANT_PREPS = {"with", "between", "among", "to"}
_CONTEXT_SENTENCES = 3
_TALK_VERBS = {"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking", "negotiate", "negotiates",
               "negotiated", "negotiating", "confer", "conferred", "discuss", "discusses", "discussed", "discussing"}
_MOVE_VERBS = {"travel", "travels", "travelled", "traveled", "travelling", "traveling", "fly", "flies", "flew", "flying",
               "head", "heads", "headed", "heading"}
_CALL_VERBS = {"phone", "phones", "phoned", "phoning", "telephone", "telephoned"}
_DEFINITE = ("the", "that", "this", "these", "those")
_ANOTHER = ("another", "first", "second", "third", "next", "latest", "new", "further", "fresh")


class EventExtractor:
    """Finds event rows sentence by sentence; `StatementExtractor.run` drives it in text order."""

    def __init__(self, adoc: ArticleDoc, ctx: SpeakerContext):
        self.adoc = adoc
        self.ctx = ctx
        self._last_event: tuple[int, list[Speaker]] | None = None  # (sentence index, participants)
        self._reported: set[frozenset[str]] = set()  # the sides of every event reported so far
        self.drops: list[Drop] = []  # event words that gave no event
        self._opening_read = False  # has the text's own event (the first not dated before the text) been read?
        self._sent_index = 0

    def sentence(self, sent: Span, used_cues: set[int]) -> list[Statement]:
        self._sent_index += 1
        rows: list[Statement] = []
        taken: set[int] = set()
        for trigger in triggers_in(sent, "event:"):
            token = trigger[0]
            if token.i in used_cues or token.i in taken or self.adoc.in_quote(token.idx):
                continue
            if is_unreal(token):
                self.drops.append(make_drop(self.adoc, "drop:statement:event-unreal", token.idx,
                                            token.idx + len(token.text), self.adoc.sentence_bounds(sent)))
                continue
            found = self.event_of(token, trigger.label_)
            if found is None:
                self.drops.append(make_drop(self.adoc, "drop:statement:event-incomplete", token.idx,
                                            token.idx + len(token.text), self.adoc.sentence_bounds(sent)))
                continue
            kind, participants, place, clause = found
            own = False
            if not self._opening_read and not self._before_release(token):
                # the first event of the text, unless an earlier one: in a readout, the call or meeting it reports
                self._opening_read = True
                kind, participants, own = readout_event(self.adoc, sent, self._sent_index, kind, participants,
                                                        self.ctx.participants)
            taken.update(t.i for t in clause)
            rows.extend(self.rows_for(token, sent, kind, participants, place, clause,
                                      method=READOUT_OWN_METHOD if own else None))
        return rows

    # ----- triggers ----------------------------------------------------------------------------
    def participants_in(self, sent: Span) -> list[Speaker]:
        """Everyone the first call, meeting or talks of `sent` names ("X spoke today with Y": X and Y), or []."""
        for trigger in triggers_in(sent, "event:"):
            if trigger.label_ == "event:noun" and is_topic_of_another(container_of(trigger[0])):
                continue  # "exchanged views on European security in the context of recent Russian-US talks"
            found = self.event_of(trigger[0], trigger.label_)
            if found is not None and found[0] != "visit":
                return _unique(found[1])
        return []

    def event_of(self, token: Token, rule: str):
        """The event a trigger (`event:verb` or `event:noun`, see resources/patterns/events.jsonl) reports."""
        if rule == "event:verb":
            found = self._verb_event(token, EVENT_VERBS[token.lower_])
        else:
            found = self._noun_event(token, EVENT_NOUNS[token.lower_])
        if found is not None and found[0] != "visit" and _domestic(found[1]):
            return None  # "Putin held a meeting with his defence minister": a domestic meeting is no event
        return found

    def _verb_event(self, verb: Token, kind: str):
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        subject = self._controlled_subject(verb, passive if passive is not None and kind == "meeting"
                                           else event_subject(verb))
        subjects = self.ctx.resolve_all(subject) if subject is not None else []
        if subject is not None and len(subjects) < 2:  # "Ukrainian and Russian delegations met", "the NATO-Russia Council met"
            subjects = modifier_sides(self.ctx, subject) or subjects or self._body_of(subject)
        others = self._prep_participants(verb, {"with"}) + self._phone_partners(verb)
        if passive is not None and kind == "meeting":  # "Macron was received by Putin": the host is the other side
            others += self._prep_participants(verb, {"by"})
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        read = {"call": self._call, "talks": self._talks, "meeting": self._meeting, "visit": self._visit}[kind]
        found = read(verb, subjects, others, objects)
        if found is None:
            return None
        kind, others, place = found
        participants = _unique(subjects + others)
        if kind != "visit" and len(_distinct_sides(participants)) < 2 and not (
                kind == "meeting" and subject is not None and subject.lower_ in BODY_MEMBERS and
                participants and participants[0].type == "organisation"):
            return None  # a call, talks or a meeting need two sides ("NATO defence ministers met" is NATO's own)
        if kind == "visit" and place is not None and place[1]:
            host = self.ctx.state_speaker(place[1])
            if host is not None and all(p.country != place[1] or p.type == "person" for p in participants):
                participants = _unique(participants + [host])
        if not subjects:
            return None
        return kind, participants, place, event_clause(verb)

    # ----- what each kind of event verb needs --------------------------------------------------------
    def _call(self, verb: Token, subjects: list[Speaker], others: list[Speaker], objects: list[Token]):
        """"called the president": a phone verb's object is the other side ("called for", "called it" are not)."""
        if verb.lower_ in _CALL_VERBS:
            return "call", others + [s for o in objects for s in self.ctx.resolve_all(o)], None
        if any(c.dep_ in ("xcomp", "oprd", "ccomp", "prep") for c in verb.children):
            return None
        persons = [s for o in objects for s in self.ctx.resolve_all(o) if s.type == "person"]
        return ("call", others + persons, None) if persons else None

    def _talks(self, verb: Token, subjects: list[Speaker], others: list[Speaker], objects: list[Token]):
        """"talked with", "spoke to the Polish president" (not "spoke to reporters"); by phone it is a call."""
        if not others and verb.lower_.startswith(("spok", "speak", "talk")) and not to_audience(verb):
            others = [p for p in self._prep_participants(verb, {"to"}) if p.type in ("person", "state")]
        if not others and len(subjects) >= 2 and self._by_phone(verb):
            return "call", [], None  # "X and Y spoke by phone": the subject holds both sides
        if not others:
            return None
        return ("call" if self._by_phone(verb) else "talks"), others, None

    def _meeting(self, verb: Token, subjects: list[Speaker], others: list[Speaker], objects: list[Token]):
        """"met the chancellor in Berlin", "hosted the delegation": two sides, and a place when it is said ("met
        resistance", "met the criteria" are idioms: lexicon `event_frames`, class idiom)."""
        if any(o.lower_ in EVENT_IDIOM_OBJECTS for o in objects):
            return None
        others = others + self._objects(objects, subjects)
        if verb.lower_.startswith(("host", "receiv")) and not others:
            return None
        if not others and len(subjects) < 2:
            return None
        return "meeting", others, self._place(verb, {"in", "at"})

    def _visit(self, verb: Token, subjects: list[Speaker], others: list[Speaker], objects: list[Token]):
        """"travelled to Kyiv", "visited the president": a place to go to, or a person visited."""
        if verb.lower_ in _MOVE_VERBS:
            place = self._place(verb, {"to"})
            return ("visit", others, place) if place is not None else None
        place = self._place(verb, {"to"}) or self._object_place(objects)
        others = others + [s for o in objects for s in self.ctx.resolve_all(o) if s.type == "person"]
        if place is None and not others:
            return None
        return "visit", others, place

    def _noun_event(self, noun: Token, kind: str):
        if noun.lower_ == "phone" and noun.dep_ == "compound" or renames_this(noun):
            return None  # "This marks the third meeting" names the event just told
        if noun.lower_ in ("conversation", "conversations") and not self._by_phone(noun):
            kind = "talks"
        elif noun.lower_ in ("conference", "conferences") and self._by_phone(noun):
            kind = "call"
        head = container_of(noun).head
        if head.lower_ in EVENT_VERBS and head.tag_.startswith("VB") and head.i != noun.i:
            return None  # "met for talks": the verb is the trigger
        participants = self._forum(noun, self._clause_participants(noun, self._noun_participants(noun)))
        if len(participants) == 1 and participants[0].type != "organisation" and not is_controlled(noun) and \
                not is_spoken_of(container_of(noun)) and not is_acted_on(container_of(noun)) and not has_named_owner(noun):
            # "X has had repeated talks with Putin": the clause subject is the other side (not in "X gave an
            # assessment of the talks with Y": X speaks of the talks, not in them)
            root = sentence_of(noun).root
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject not in noun.subtree:
                # a side stands for a state or body: someone of no known country is commenting on the event
                participants = [s for s in self.ctx.resolve_all(subject) if s.country] + participants
        place = self._place(noun, {"in", "at", "to"})
        if kind == "visit" and place is None:
            place = self._place(head, {"to", "in"}) if head.i != noun.i else None
        if not participants and not self._reported and kind != "visit" and not any(
                c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
            participants = opening_participants(self.adoc, sentence_of(noun), self._sent_index, self.ctx.participants)
        if not participants:
            if self._names_another_event(noun) and self._last_event is not None and \
                    self._sent_index - self._last_event[0] <= _CONTEXT_SENTENCES:
                participants = [p.at(None) for p in self._last_event[1]]
            else:
                return None
        participants = _distinct_sides(_unique(participants))
        if len(participants) < 2 and kind != "visit" and not (kind == "meeting" and self._own_meeting(noun, participants)):
            return None  # a meeting of one person is not an event (an alliance's own summit is)
        if kind == "visit" and place is None and len(participants) < 2:
            return None
        if self._refers_back(noun, participants):
            return None
        return kind, _unique(participants), place, noun_clause(container_of(noun))

    # ----- participants ------------------------------------------------------------------------
    def _clause_participants(self, noun: Token, participants: list[Speaker]) -> list[Speaker]:
        """The subject of the verb an event noun is the object of, first, when the noun names fewer than two
        sides ("Macron held talks with Putin") or the verb holds it ("Advisers from X and Y held Normandy-format
        talks": the advisers' states, in the order named)."""
        place = container_of(noun)  # "held two rounds of talks": the rounds stands in the clause for the talks
        head = place.head
        holding = head.lower_ in HOLDING_VERBS
        if not (len(participants) < 2 or holding) or not head.tag_.startswith("VB") or \
                place.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr") or is_acted_on(place) or has_named_owner(noun):
            return participants
        subject = self._controlled_subject(head, subject_of(head))  # "invited the chancellor to pay a visit"
        if subject is None or subject.i == noun.i or subject in place.subtree:
            return participants
        subjects = self.ctx.resolve_all(subject) or modifier_sides(self.ctx, subject) or self._body_of(subject)
        if not subjects and holding:
            subjects = self._members(subject)
        return subjects + participants + self._prep_participants(head, {"with"})

    def _noun_participants(self, noun: Token) -> list[Speaker]:
        found: list[Speaker] = modifier_sides(self.ctx, noun)  # "Russian-US talks", "Normandy-format talks"
        found += self._body_meeting(noun)
        for child in noun.children:
            if child.dep_ == "poss" and child.tag_ == "PRP$" and not self._names_another_event(noun):
                continue  # "their talks" refers back to talks already reported; "their next talks" is new
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.ent_type_ in ("PERSON", "GPE", "NORP", "ORG")):
                found += self.ctx.resolve_all(child, allow_pronouns=child.dep_ == "poss")
        found += self._prep_participants(noun, {"with", "between", "among"})
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.lower_ in HOLDING_VERBS):
            # "the call the chancellor had on Monday with the president": the one who had it, and whom with
            subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.lower_ not in ("that", "which", "who"):
                found = self.ctx.resolve_all(subject) + found + self._prep_participants(clause, {"with"})
        return found

    def _controlled_subject(self, verb: Token, subject: Token | None) -> Token | None:
        """The object above an infinitive when it names someone, for it is the infinitive's subject ("invited the
        prime minister to visit Ukraine"); else `subject` ("took a train to visit" keeps its own)."""
        controller = controller_of(verb)
        return controller if controller is not None and self.ctx.resolve_all(controller) else subject

    def _forum(self, noun: Token, participants: list[Speaker]) -> list[Speaker]:
        """"talks at the OSCE", "negotiations are to be held at the OSCE": an organisation named as where talks
        are held is their forum and one side, when the noun names fewer than two; in a party's own text it meets
        that party ("Further talks are to be held at the OSCE" in a Kremlin release: Russia and the OSCE)."""
        if len(participants) >= 2:
            return participants
        place = container_of(noun)  # "a third round of talks at the OSCE": the phrase may hang on the round
        heads = {noun, place}
        verb = place.head
        if place.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and verb.tag_.startswith("VB"):
            heads |= {verb} | {c for c in verb.children if c.dep_ == "xcomp"}  # "talks are to be held at X"
        forums = [s for h in heads for prep in h.children if prep.dep_ == "prep" and prep.lower_ == "at"
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  for s in self.ctx.resolve_all(pobj, allow_pronouns=False) if s.type == "organisation"]
        if not forums:
            return participants
        home = self.ctx.home and self.ctx.state_speaker(self.ctx.home)
        return _unique(participants + forums + ([home] if home and not participants else []))

    def _body_meeting(self, noun: Token) -> list[Speaker]:
        """"a meeting of NATO foreign ministers", "a summit of EU leaders": the organisation whose members meet
        (a state's own ministers meeting is a domestic meeting, no event)."""
        found: list[Speaker] = []
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found += self._body_of(pobj)
        return found

    def _own_meeting(self, noun: Token, participants: list[Speaker]) -> bool:
        """An organisation's own meeting is an event when it is a summit or its members meet ("a meeting of EU
        foreign ministers", "NATO leaders held a meeting"); a council's session is not (GUIDELINES)."""
        if participants[0].type != "organisation":
            return False
        if noun.lower_ in SUMMITS or self._body_meeting(noun):
            return True
        head = container_of(noun).head
        subject = subject_of(head) if head.tag_.startswith("VB") else None
        return subject is not None and subject.lower_ in BODY_MEMBERS

    def _body_of(self, members: Token) -> list[Speaker]:
        """"NATO leaders", "EU foreign ministers": the organisation a members noun belongs to, or []."""
        if members.lower_ not in BODY_MEMBERS:
            return []
        found = self.ctx.resolve_all(members, allow_pronouns=False)
        if not found:
            found = [s for c in members.children if c.dep_ in ("compound", "nmod")
                     for s in self.ctx.resolve_all(c, allow_pronouns=False)]
        return [s for s in found if s.type == "organisation"]

    def _prep_participants(self, head: Token, preps: set[str]) -> list[Speaker]:
        found: list[Speaker] = []
        for prep in head.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    found += self._pobj_participants(pobj, found[0] if found else None)
        return found

    def _pobj_participants(self, pobj: Token, first: Speaker | None) -> list[Speaker]:
        """Who one prepositional object names: a group's states, names, a counterpart, listed states, or the
        states of coordinated adjectives ("between Russian and Ukrainian delegations")."""
        members = group_named_in(list(pobj.subtree), self.ctx.actors)
        if members and any(t.lower_ in ("including", "such") for t in pobj.subtree):
            members = self._members(pobj) or members  # the states the phrase lists win over its group
        if members:  # "with envoys from the Lublin Triangle": the group's states
            return [Speaker.from_actor(a) for a in members]
        resolved = self.ctx.resolve_all(pobj)
        if len(resolved) < 2:
            resolved = modifier_sides(self.ctx, pobj) or resolved
        if not resolved:
            resolved = [r for r in [self.ctx.addressee_of(pobj, first)] if r is not None]
        return resolved or self._members(pobj) or self._name_after_title(pobj)

    def _phone_partners(self, verb: Token) -> list[Speaker]:
        """"spoke by telephone with Putin": the parse hangs the other side on the phone word."""
        return [p for prep in verb.children if prep.dep_ == "prep" for pobj in prep.children
                if pobj.dep_ == "pobj" and pobj.lower_ in _PHONE_WORDS for p in self._prep_participants(pobj, {"with"})]

    def _name_after_title(self, title: Token) -> list[Speaker]:
        """The person a long title ends with when the parse hangs the name elsewhere ("with Special Adviser to
        the Prime Minister of Croatia Jan Novak"): the first person named after the title word, before any verb
        or coordination."""
        if title.tag_ not in ("NNP", "NNPS") or title.ent_type_ == "PERSON":
            return []
        sent = sentence_of(title)
        for token in title.doc[title.i + 1:sent.end]:
            if token.tag_.startswith("VB") or token.lower_ in ("and", ";", "while", "who", "which"):
                return []
            if token.ent_type_ == "PERSON":
                ent = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
                return self.ctx.resolve_all(ent.root if ent is not None else token, allow_pronouns=False)
        return []

    def _objects(self, objects: list[Token], subjects: list[Speaker]) -> list[Speaker]:
        """The people met: names, states, "his British counterpart", or the states inside a group."""
        found: list[Speaker] = []
        for obj in objects:
            resolved = self.ctx.resolve_all(obj)
            if not resolved:
                one = self.ctx.addressee_of(obj, subjects[0] if subjects else None)
                # the states in a group of people met ("nine ministers from ..."), not where a thing came from
                # ("received a shipment of rifles from France": nobody is met)
                resolved = [one] if one is not None else self._members(obj) if obj.lower_ in _PEOPLE_NOUNS else []
            found += resolved
        return found

    def _members(self, group: Token) -> list[Speaker]:
        """States named inside a group phrase: "nine ministers from ..., including Poland and Estonia"."""
        found: list[Speaker] = []
        for token in group.subtree:
            if token.dep_ == "pobj" and token.head.lower_ in ("including", "from", "of"):
                for t in [token, *token.conjuncts]:
                    s = self.ctx.resolve(t, allow_pronouns=False)
                    if s is not None and s.type == "state":
                        found.append(s)
        return found

    def _by_phone(self, token: Token) -> bool:
        """A phone word near the event word, or in its own "by/over/on the phone" phrase however far."""
        window = token.doc[max(sentence_of(token).start, token.i - 4):min(sentence_of(token).end, token.i + 6)]
        modes = [t for prep in token.children if prep.dep_ == "prep" for t in prep.subtree]
        return any(t.lower_ in _PHONE_WORDS for t in [*window, *modes])

    def _names_another_event(self, noun: Token) -> bool:
        """Another event between the same sides ("another call", "the next round of talks"); a noun that only
        refers back ("the call", "their talks") names no new event and gives no row."""
        words = list(noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.tag_.startswith("NN"):
            words += list(noun.head.head.children)  # "the next round of talks"
        return any(c.lower_ in _ANOTHER for c in words)

    def _refers_back(self, noun: Token, participants: list[Speaker]) -> bool:
        """A definite event noun whose sides are those of an event already reported ("the call
        between the two ministers" after "Biden spoke with Putin") is that event again, not a new one."""
        definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)
        sides = frozenset(p.name for p in participants)
        return definite and not self._names_another_event(noun) and sides in self._reported

    def _place(self, head: Token, preps: set[str]) -> tuple[str, str | None] | None:
        from .places import place_refs

        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and not inside_name(prep):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        refs = place_refs(self.adoc.doc[pobj.left_edge.i:pobj.right_edge.i + 1], context=self.adoc.context)
                        refs = refs if prep.lower_ == "to" else _located(refs)  # a trip to the border goes to its country
                        if refs:
                            return refs[0].place.name, refs[0].place.iso3
        return None

    def _object_place(self, objects: list[Token]) -> tuple[str, str | None] | None:
        from .places import place_refs

        for obj in objects:
            refs = place_refs(self.adoc.doc[obj.left_edge.i:obj.right_edge.i + 1], context=self.adoc.context)
            # "visited US forces": a country that modifies the people visited is whose they are, not where they are
            owners = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in obj.children
                      if c.dep_ in ("compound", "amod", "nmod")] if obj.lower_ in _VISITED_PEOPLE else []
            # ("Kyiv's hospitals" are in Kyiv; "Saudi Arabia", "the Rivne region" are places themselves)
            refs = [r for r in refs if not any(a <= r.start < b for a, b in owners)]
            if refs:
                return refs[0].place.name, refs[0].place.iso3
        return None

    # ----- rows --------------------------------------------------------------------------------
    def rows_for(self, trigger: Token, sent: Span, kind: str, participants: list[Speaker], place, clause: Span,
                 method: str | None = None):
        """The row of an event `event_of` read: its first participant speaks, the others are addressees; the event
        is noted as reported, so later nouns that refer back to it give no row. `method` defaults to the trigger's
        rule (`event:verb`, `event:noun`)."""
        published = self.adoc.article.published
        date = date_of(trigger, published)
        is_future = self._is_future(trigger, date, published)
        self._last_event = (self._sent_index, participants)
        self._reported.add(frozenset(p.name for p in participants))
        self.ctx.note_speakers(participants, trigger.idx)
        speaker, addressees = participants[0], participants[1:]
        cue = Cue(trigger, None, trigger.idx, trigger.idx + len(trigger.text), EVENT_ACTS[kind])
        return [make_statement(self.adoc, kind=kind, act=EVENT_ACTS[kind], speaker=speaker, cue=cue,
                               content=(clause.start_char, clause.end_char), sent=sent, date=date,
                               method=method or ("event:verb" if trigger.tag_.startswith("VB") else "event:noun"),
                               addressees=addressees, is_future=is_future, place=place)]

    def _before_release(self, trigger: Token) -> bool:
        """Is the event dated to a day before the text's publication ("after talks held in Minsk the day before")? Then it
        is an earlier event, not the call or meeting a readout reports."""
        published = self.adoc.article.published
        date = date_of(trigger, published)
        return published is not None and date.precision == "day" and date.end is not None and date.end < published

    def _is_future(self, trigger: Token, date, published) -> bool:
        """Dated after the article, ahead by its clause facts ("will meet", "the upcoming call"), or only made possible
        ("the possibility of talks")."""
        if published is not None and date.start is not None and date.start > published:
            return True
        return is_prospective(trigger) or is_only_possible(trigger)


_PEOPLE_NOUNS = BODY_MEMBERS | GROUP_NOUNS | STATE_GROUP_NOUNS | frozenset(OFFICIAL_NOUNS)  # nouns for people or bodies met
_VISITED_PEOPLE = FORCE_WORDS | _PEOPLE_NOUNS  # "visited US forces": the country modifier says whose, not where


def _located(refs: list) -> list:
    """The places an event can be said to be held in: not a border or proximity phrase ("talks in the area of the
    Ukraine-Belarus border" names two countries, not the one they were held in; "near the city" is not the city)."""
    return [r for r in refs if r.precision != "border"]


def _domestic(speakers: list[Speaker]) -> bool:
    """Are all participants people or organs of one state (GUIDELINES: domestic meetings are not events)?"""
    countries = {s.country for s in speakers}
    return len(speakers) >= 2 and len(countries) == 1 and None not in countries and \
        all(s.type in ("person", "state") for s in speakers)


def _distinct_sides(speakers: list[Speaker]) -> list[Speaker]:
    """Participants without a person's own state ("Zelensky" and "Ukraine" are one side)."""
    people_states = {s.country for s in speakers if s.type == "person"}
    return [s for s in speakers if not (s.type == "state" and s.country in people_states)]


def _unique(speakers: list[Speaker]) -> list[Speaker]:
    out: list[Speaker] = []
    for s in speakers:
        if all(s.name != o.name for o in out):
            out.append(s)
    return out
