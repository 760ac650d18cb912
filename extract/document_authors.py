"""Who a document speaks for: "the resolution calls for", "the joint statement said", "The message reads".

A document's author is its owner ("the ministry's statement", `SpeakerContext._owner`), else the agent of a
participle on it ("a resolution drafted by France"), else the subject of an earlier clause that issued,
adopted or sent such a document ("Russia and China issued a joint statement. The joint statement ...").
A joint document gives one speaker per author.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .legal_sources import legal_speaker
from .lexicon import AUTHOR_VERBS, DOCUMENT_NOUNS, MESSAGE_NOUNS
from .noun_phrases import np_core

if TYPE_CHECKING:
    from .speakers import SpeakerContext
    from .speaker_record import Speaker

_INDEFINITE = {"a", "an", "another", "any", "some", "one"}
_CLAUSES = ("acl", "relcl")


def _key(noun: Token) -> str:
    """Documents refer back by kind: a message to any text sent ("greetings"), a joint text to a joint one, else
    the same noun ("the joint statement" is not the statement a spokeswoman gave since)."""
    if noun.lower_ in MESSAGE_NOUNS:
        return "message"
    joint = "joint " if any(c.lower_ in ("joint", "common") for c in noun.children) else ""
    return joint + (noun.lemma_.lower() if noun.lemma_ else noun.lower_)


def _subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the verb it is coordinated with ("met and issued a statement")."""
    while True:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj" or verb.head is verb:
            return subject
        verb = verb.head


def _agents(noun: Token) -> list[Token]:
    """The "by" phrases of a participle or relative clause on `noun` ("drafted by France", "adopted by the Senate")."""
    found = []
    for clause in noun.children:
        if clause.dep_ not in _CLAUSES:
            continue
        for verb in [clause, *clause.conjuncts]:
            for agent in verb.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    found += [o for o in agent.children if o.dep_ == "pobj"]
    return found


class DocumentAuthors:
    """The authors of the documents an article has issued so far, by kind of document."""

    def __init__(self, ctx: "SpeakerContext"):
        self.ctx = ctx
        self._authors: dict[str, tuple[int, list["Speaker"]]] = {}

    def note(self, sent: Span) -> None:
        """Remember who issued, adopted or sent a document in `sent` ("the Senate adopted a resolution"), or
        spoke in one ("In a joint statement, the two leaders said ...")."""
        for noun in sent:
            if noun.lower_ in DOCUMENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "in" and \
                    noun.head.head.tag_.startswith("VB"):
                subject = _subject(noun.head.head)
                authors = self.ctx.resolve_all(subject) if subject is not None else []
                if authors:
                    self._authors[_key(noun)] = (noun.idx, authors)
        for verb in sent:
            if verb.lower_ not in AUTHOR_VERBS or not verb.tag_.startswith("VB"):
                continue
            subject = _subject(verb)
            for noun in verb.children:
                if noun.dep_ == "dobj" and noun.lower_ in DOCUMENT_NOUNS and subject is not None:
                    authors = self.ctx.resolve_all(subject)
                    if authors:
                        self._authors[_key(noun)] = (noun.idx, authors)
            for noun in (c for c in verb.children if c.dep_ == "nsubjpass" and c.lower_ in DOCUMENT_NOUNS):
                authors = [s for agent in _agents_of_verb(verb) for s in self.ctx.resolve_all(agent)]
                if authors:
                    self._authors[_key(noun)] = (noun.idx, authors)

    def of(self, noun: Token) -> list["Speaker"]:
        """The authors of the document `noun` names: its "by" phrase, else the last such document issued."""
        agents = [s for agent in _agents(noun) for s in self.ctx.resolve_all(agent, allow_pronouns=False)]
        if agents:
            return agents
        if any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children):
            return []  # "a statement said": a new document, not the one issued before
        found = self._authors.get(_key(noun))
        return list(found[1]) if found is not None and found[0] < noun.idx else []


def _agents_of_verb(verb: Token) -> list[Token]:
    """The "by" objects of a passive verb ("A resolution was adopted by the Senate")."""
    return [o for agent in verb.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]


def document_speakers(ctx: "SpeakerContext", head: Token) -> list["Speaker"]:
    """The speakers of a document phrase: its owner, else its authors (one per author of a joint text)."""
    core = np_core(head)
    owner = ctx._owner(head, core)
    if owner is not None:
        return [owner]
    authors = [author.at(core) for author in ctx.documents.of(head)]
    legal = legal_speaker(ctx, head, core) if not authors else None  # "court documents show"
    return authors or ([legal] if legal is not None else [])
