"""Readout cues: rows for "discussed X", "thanked X for Y", "informed X of Y", "made clear that" and for the
agentless sentences of a readout ("The situation was also discussed", "The conversation focused on X").

Only in a party's own text (an official site, `extract.readout_participants.principal_of`): there these verbs
report what its people said (GUIDELINES, Other genres); in news they do not. A named subject ("The Head of State
dwelt on X") gives a row in any such text; "the leaders", "the conversation" and agentless sentences need a call
or meeting (the context has participants) and belong to every participant.
The content is the verb's clause or object.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .clause_facts import has_to_marker
from .content import span_of, trim
from .lexicon import EVENT_NOUNS, EVENT_VERBS, GROUP_NOUNS, SPEECH_NOUNS
from .readout_participants import principal_of
from .readout_topic_lines import topic_line
from .received import receives_people, welcomed
from .speakers import NEUTER_PRONOUNS
from .speaker_record import Speaker
from .speech import Cue, subject_of
from .triggers import triggers_in
from .vocabulary import classes_by_form, family, flagged

READOUT_VERBS: dict[str, str] = classes_by_form("readout_verbs")
SPEECH_VERBS: dict[str, str] = classes_by_form("speech_verbs")
ADDRESSEE_OBJECT = flagged("readout_verbs", "addressee")  # informed X [of Y]
GROUP_ONLY = flagged("readout_verbs", "group")  # [the sides] supported X: a cue only with the participants


def _flag_values(prefix: str) -> dict[str, frozenset[str]]:
    """Verb form → the values of its `prefix:` flags ("topic:on" → {"on"})."""
    return {form: frozenset(f.split(":", 1)[1] for f in entry.flags if f.startswith(prefix))
            for entry in family("readout_verbs").values() if any(f.startswith(prefix) for f in entry.flags)
            for form in entry.forms}


# spoke [about Y], dwelt [on Y]: form → the prepositions that bring its topic (the verb alone is no cue)
TOPIC_ONLY: dict[str, frozenset[str]] = _flag_values("topic:")
# paid [attention] to Y, put [emphasis] on Y: form → the nouns that make it a cue as its object (or passive subject)
OBJECT_ONLY: dict[str, frozenset[str]] = _flag_values("object:")
# "Optimism was expressed [about Y]": form → the prepositions whose object is the content of its agentless passive
PASSIVE_TOPIC: dict[str, frozenset[str]] = _flag_values("passive:")
_TOPIC_PREPS = ("of", "about", "on", "upon", "regarding", "to", "over")
_FAVOUR = {"favour", "favor"}  # "spoke in favour [of Y]": the topic hangs on the noun
_MANNER = {"length", "detail"}  # "spoke at length [about Y]": the topic may hang on the manner phrase
_OBJECT_PREPS = ("for", "of", "about", "on", "regarding", "to", "over")
_EVENT_SUBJECTS = set(EVENT_NOUNS) | {"discussion", "discussions", "exchange", "dialogue"}
_SPEAKING = {"i", "we", "us", "you"}  # first and second person: someone speaking, not the narrator
MIN_CHARS = 6


def readout_rows(extractor, sent: Span) -> None:
    """Rows for the readout cues of `sent` (a `StatementExtractor` gives the context and takes the rows)."""
    participants = extractor.ctx.participants
    if not participants and principal_of(extractor.adoc.article) is None:
        return
    if participants and topic_line(extractor.adoc.sentences, extractor._sent_i) is not None:
        _topic_line_rows(extractor, sent, participants)
        return
    for trigger in triggers_in(sent, "readout:"):
        token = trigger[0]
        if token.i in extractor.used_cues or extractor.adoc.in_quote(token.idx) or _inside_cue(extractor, token):
            continue
        found = _cue_rows(extractor, token, trigger, participants)
        if found is None or found[1] is None:
            continue
        speakers, content, act, method, subject = found
        if token.lower_ not in EVENT_VERBS:  # "X and Y spoke by phone about Z": an event and a statement, two rows
            extractor.used_cues.add(token.i)
        cue = Cue(token, subject, trigger.start_char, trigger.end_char, act)
        extractor._emit(speakers, kind="reported_speech", act=act, cue=cue, content=content, sent=sent,
                        date=extractor._date(token, content, speakers), method=method)


def _topic_line_rows(extractor, sent: Span, participants: list[Speaker]) -> None:
    """One row per participant for a verbless line of a list of topics ("The parties discussed:")."""
    content = _trimmed(extractor, extractor.adoc.sentence_bounds(sent))
    if content is None or extractor.adoc.in_quote(content[0]):
        return
    root = sent.root
    cue = Cue(root, None, root.idx, root.idx + len(root.text), "say")
    extractor._emit(participants, kind="reported_speech", act="say", cue=cue, content=content, sent=sent,
                    date=extractor._date(root, content, participants), method="readout:topic-line")


def _inside_cue(extractor, token: Token) -> bool:
    """Is this verb the clause of a cue that already gave a row ("suggested [focusing on X]")? Then it is
    part of that row's content, not a statement of its own."""
    return token.dep_ in ("xcomp", "ccomp") and token.head.i in extractor.used_cues


def _cue_rows(extractor, token: Token, trigger: Span, participants: list[Speaker]):
    """(speakers, content, act, method, subject) of one readout cue, or None."""
    if trigger.label_ == "readout:made-clear":
        clear = token.nbor(1)  # the parser hangs the clause on "made" or on "clear"
        clause = next((c for t in (token, clear) for c in t.children if c.dep_ == "ccomp" and c.i > clear.i), None)
        subject = subject_of(token)
        if clause is None or subject is None or subject.lower_ in NEUTER_PRONOUNS:
            return None  # a neuter subject is the narrator speaking, not a participant
        speakers = _speakers(extractor, subject, participants)
        return (speakers, _trimmed(extractor, span_of([clause])), "say", "readout:made-clear", subject) \
            if speakers else None
    if trigger.label_ == "readout:stated-by":
        return _stated_by(extractor, token)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)
    if passive and not any(c.dep_ == "agent" for c in token.children):
        content = _agentless_content(token) if participants else None
        return (participants, _trimmed(extractor, content), _act(token), "readout:agentless", None) \
            if content else None
    if passive:
        return None
    subject = subject_of(token)
    if subject is None or subject.lower_ in NEUTER_PRONOUNS | _SPEAKING:
        return None  # "It was agreed to continue [exchanging] views": the agentless verb above has it;
    # "we discussed" is a speaker's own turn (a transcript row), not the narrator's report
    content = _active_content(token)
    if content is None:
        return None
    if token.lower_ in GROUP_ONLY and subject.lower_ not in GROUP_NOUNS and not _joint(subject):
        return None  # "The sides supported X" reports a position; "The president supported X" may be a deed
    speakers = participants if subject.lower_ in _EVENT_SUBJECTS else _speakers(extractor, subject, participants)
    if not speakers:
        return None
    return speakers, _trimmed(extractor, content), _act(token), "readout:verb", subject


def _stated_by(extractor, verb: Token):
    """"[Y.] This was stated by X": the sentence before is what X said."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"), None)
    if subject is None or subject.lower_ not in ("this", "that") or agent is None or extractor._sent_i == 0:
        return None
    speakers = _speakers(extractor, agent, extractor.ctx.participants)
    before = extractor.adoc.sentences[extractor._sent_i - 1]
    content = extractor.adoc.sentence_bounds(before)
    if not speakers or extractor.adoc.in_quote(content[0]):
        return None
    return speakers, _trimmed(extractor, content), SPEECH_VERBS.get(verb.lower_, "say"), "readout:stated-by", agent


def _joint(subject: Token) -> bool:
    """"X and Y [supported]": a subject of two joined names speaks for both, as "the sides" does."""
    return any(c.dep_ == "conj" for c in subject.children)


def _speakers(extractor, subject: Token, participants: list[Speaker]) -> list[Speaker]:
    """Who the subject is: a group noun ("the leaders", "the sides") is the participants."""
    if subject.lower_ in GROUP_NOUNS:
        return [p.at(subject.doc[subject.i:subject.i + 1]) for p in participants]
    return extractor._speakers(Cue(subject.head, subject, subject.idx, subject.idx, "say"))


def _act(verb: Token) -> str:
    """The verb's act; "expressed concern" takes its noun's ("warn")."""
    if verb.lower_.startswith("express"):
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and SPEECH_NOUNS.get(obj.lower_) == "warn":
            return "warn"
    return READOUT_VERBS.get(verb.lower_, "say")


def _active_content(verb: Token) -> tuple[int, int] | None:
    """What an active readout verb reports: its clause, its infinitive, the topic of an addressee object
    ("informed X [of Y]"), its object with the phrases that complete it ("thanked [X for Y]"), or its topic
    ("focused [on Y]")."""
    children = list(verb.children)
    if receives_people(verb, welcomed(verb)):
        return None  # "The President welcomed the Chancellor to the White House": a reception
    if verb.lower_ in TOPIC_ONLY:
        heads = [verb] + [o for c in children if c.dep_ == "prep" for o in c.children if o.lower_ in _MANNER]
        topic = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in TOPIC_ONLY[verb.lower_]
                 and c.i > verb.i]
        topic = topic or [p for c in children if c.dep_ == "prep" for o in c.children if o.lower_ in _FAVOUR
                          for p in o.children if p.dep_ == "prep" and p.lower_ == "of"]
        return _pobj_span(topic[0]) if topic else None
    if verb.lower_ in OBJECT_ONLY:
        return _noun_topic(verb, next((c for c in children if c.dep_ == "dobj"), None))
    for dep in ("ccomp", "xcomp"):
        clause = [c for c in children if c.dep_ == dep and c.i > verb.i]
        if clause:
            return span_of(clause)
    preps = [c for c in children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and c.i > verb.i]
    objects = [c for c in children if c.dep_ == "dobj" and c.i > verb.i]
    if verb.lower_ in ADDRESSEE_OBJECT:
        preps = preps or [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
        if preps:  # "informed his counterpart [about Y]": the parser may hang the topic on the addressee
            return _pobj_span(preps[0])
    if objects:  # "thanked [X for Y]", "tasked [X to do Y]"
        after = [c for c in children if c.i > objects[0].i and (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS or
                 c.dep_ == "advcl" and has_to_marker(c))]
        return span_of(objects + after)
    return _pobj_span(preps[0]) if preps else None


def _agentless_content(verb: Token) -> tuple[int, int] | None:
    """What an agentless passive reports: "It was confirmed [that X]", "[The importance of X] was noted",
    "Attention was paid [to X]"."""
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if clause:  # "It was agreed [to continue the talks]"
        return span_of(clause)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "who"):
        return None
    if verb.lower_ in OBJECT_ONLY:
        return _noun_topic(verb, subject)
    topic = next((c for h in (verb, subject) for c in h.children if c.dep_ == "prep" and c.i > subject.i
                  and c.lower_ in PASSIVE_TOPIC.get(verb.lower_, ())), None)
    content = _pobj_span(topic) if topic is not None else None  # "Hope was expressed [for the success of X]"
    return content or span_of([subject])


def _noun_topic(verb: Token, noun: Token | None) -> tuple[int, int] | None:
    """The topic of "paid [attention] to Y", "put [emphasis] on Y" (on the verb or the noun); None when the
    noun is not one that makes the verb a cue ("paid a visit to Y")."""
    if noun is None or noun.lemma_.lower() not in OBJECT_ONLY[verb.lower_]:
        return None
    prep = next((c for h in (verb, noun) for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in _TOPIC_PREPS
                 and c.i > noun.i), None)
    return _pobj_span(prep) if prep is not None else None


def _pobj_span(prep: Token) -> tuple[int, int] | None:
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return span_of(objects) if objects else None


def _trimmed(extractor, content: tuple[int, int]) -> tuple[int, int] | None:
    start, end = trim(extractor.adoc.text, *content)
    return (start, end) if end - start >= MIN_CHARS else None
