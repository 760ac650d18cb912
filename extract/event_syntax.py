"""Where an event word sits in the parse: its clause, the subject of its verb, and the frames that make a
sentence's subject no side of it (an owner named by a possessive, a verb acting on it from outside, an audience,
a topic noun, an infinitive controlled by an object above it).

Pure functions of spaCy tokens, shared by the event extractor's verb and noun paths.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import AUDIENCE_NOUNS, EVENT_CONTAINERS, EVENT_OUTSIDERS, EVENT_TOPICS
from .speech import subject_of


def event_clause(verb: Token) -> Span:
    """The event clause: the verb with its subject and arguments, without subordinate clauses."""
    skip = {"ccomp", "advcl", "parataxis", "conj", "cc", "punct", "relcl", "mark"}
    left, right = verb.i, verb.i
    for child in verb.children:
        if child.dep_ in skip:
            continue
        left = min(left, child.left_edge.i)
        right = max(right, child.right_edge.i)
    return verb.doc[left:right + 1]


# "This [marks] the third meeting": a name for what was told (forms: the pipeline's lemmas are not reliable)
_RENAMING_VERBS = frozenset("be is was are were been mark marks marked become becomes became represent represents"
                            " represented".split())
_BACK = ("this", "that", "it")


def renames_this(noun: Token) -> bool:
    """"This marks the third meeting", "It was their first call": the noun names the event just told, no new one."""
    while noun.dep_ in ("conj", "appos") and noun.head.tag_.startswith("NN"):  # "the third meeting and [the first]"
        noun = noun.head
    head = noun.head  # the parser may hang a second conjunct on the verb itself
    if noun.dep_ not in ("attr", "dobj", "conj") or head.lower_ not in _RENAMING_VERBS:
        return False
    subject = subject_of(head)
    return subject is not None and subject.lower_ in _BACK


def container_of(noun: Token) -> Token:
    """The noun that stands for an event noun in its clause: "two rounds of talks" → rounds; else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in EVENT_CONTAINERS:
        return noun.head.head
    return noun


def controller_of(verb: Token) -> Token | None:
    """The object of the verb an infinitive complements, which is the infinitive's subject ("invited the prime
    minister to visit Ukraine": the prime minister visits; "asked Scholz to travel")."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def is_controlled(noun: Token) -> bool:
    """Is the event noun held by an infinitive whose subject is an object above it ("invited Iohannis to pay a
    visit")? Then the sentence's subject invited it and is no side of it."""
    verb = container_of(noun).head
    return verb.tag_.startswith("VB") and controller_of(verb) is not None


def event_subject(verb: Token) -> Token | None:
    """The subject of an event verb, also through a raising adjective ("Blinken is due to meet Lavrov",
    "is ready to travel"), which `subject_of` leaves to the speech rules."""
    subject = subject_of(verb)
    if subject is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        subject = subject_of(verb.head.head)
    return subject


def is_spoken_of(noun: Token) -> bool:
    """Is the event noun, with no possessive of its own, the "of" object of a topic noun ("an assessment of the
    talks", "in the context of talks"; lexicon `event_frames`, class topic), so that whoever speaks of it is no side
    of it? ("the details of her meeting with X": "her" is the subject's own meeting.)"""
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in EVENT_TOPICS
            and not any(c.dep_ == "poss" for c in noun.children))


def to_audience(verb: Token) -> bool:
    """"spoke to the people of Israel", "talked to the nation": speaking to an audience (lexicon `audience_nouns`) is
    an address, not talks with the state the audience belongs to."""
    return any(pobj.lower_ in AUDIENCE_NOUNS for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
               for pobj in prep.children if pobj.dep_ == "pobj")


def has_named_owner(noun: Token) -> bool:
    """Does a possessive noun phrase say whose event it is ("the Vice President's meeting with Zelensky")? Then the
    subject of the clause or sentence is not its side, even when the possessive names nobody the tables know ("his
    call with Putin" is read through the subject: a pronoun owner is the subject most often; "Tuesday's talks" names
    a day, not an owner)."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" and c.ent_type_ not in ("DATE", "TIME") for c in noun.children)


def is_acted_on(noun: Token) -> bool:
    """Is the event noun the object of a verb whose subject acts on it from outside ("Kyiv condemned the visit",
    "Jordan skipped the summit", "troops took over a council meeting"; lexicon `event_frames`, class outside)? Then
    that subject, or the sentence's, is no side of it."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or not verb.tag_.startswith("VB") or verb.lower_ not in EVENT_OUTSIDERS:
        return False
    return not verb.lower_.startswith("t") or any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)


def is_topic_of_another(noun: Token) -> bool:
    """Is the event noun inside another noun's prepositional phrase ("an exchange of views in the context of the
    talks"): an event the sentence talks about, not the one it reports?"""
    for ancestor in noun.ancestors:
        if ancestor.tag_.startswith("VB"):
            return False
        if ancestor.dep_ == "prep" and ancestor.head.tag_.startswith("NN"):
            return True
    return False


def noun_clause(noun: Token) -> Span:
    """The event noun's whole phrase, without trailing punctuation or space."""
    span = noun.doc[noun.left_edge.i:noun.right_edge.i + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    return span

