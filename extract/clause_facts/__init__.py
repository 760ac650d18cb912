"""Clause facts: what several rules need to know of a verb, computed once per verb by one pipeline component.

For each verb (and, on demand, any other token that heads a clause) `ClauseFacts` holds its tense and aspect,
its modality ("could", "should", "plans to", "is expected to"), its polarity (the word that negates it, if any),
its frame (refused, demanded, conditional, reported) and its governing words. The `clause_facts` component
stores them in `doc.user_data` keyed by token index (a dict of plain tuples, which pickles with the Doc), so
statements, events, movements and dates read them in O(1) instead of keeping their own copies of these rules;
`facts_of` computes and stores the facts of a token the component did not see (a hand-built Doc, a noun).

The rules themselves are in `tense` (tense, aspect, `is_verb`), `governors` (the chain of governing words),
`mood` (modality) and `frames` (negation and frames); their words come from `resources/lexicon/` (see `words`).
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from .frames import FRAMES, frame, mandative_subjunctive, negator
from .governors import governors_of
from .mood import MODALITIES, modality
from .tense import ASPECTS, TENSES, aspect_of, governing_verb, has_to_marker, is_verb, verb_tense
from .words import FUTURE_MODIFIERS, FUTURE_WORDS

KEY = "clause_facts"


class ClauseFacts(NamedTuple):
    """The facts of one clause (its verb, or a noun or adjective heading one), as token indices of its Doc."""

    tense: str  # past | present | future (see `tense.verb_tense`); unknown for a word that is no verb
    aspect: str  # perfect | progressive | simple
    modality: str | None  # one of `mood.MODALITIES`, or None for a plain statement
    negator: int | None  # index of the word that negates the clause or a governor ("not", "no", "never", "without")
    frame: str | None  # one of `frames.FRAMES`, or None
    governors: tuple[int, ...]  # the words the clause is the complement of, nearest first

    @property
    def negated(self) -> bool:
        """Is the clause (or a word governing it) negated?"""
        return self.negator is not None


def _table(doc: Doc) -> dict[int, ClauseFacts]:
    """The Doc's stored facts, by token index (created empty)."""
    return doc.user_data.setdefault(KEY, {})


def _above_tense(token: Token) -> str:
    """The tense of the verb a clause depends on (stored), or of a non-verb head read as a verb would be."""
    return facts_of(token).tense if is_verb(token) else verb_tense(token, _above_tense)


def compute(token: Token, governors: list[Token] | None = None) -> ClauseFacts:
    """The facts of `token` under `governors` (its own governing words when None)."""
    govs = governors_of(token) if governors is None else governors
    chain = [token, *govs]
    found = negator(chain)
    verb = is_verb(token)
    return ClauseFacts(tense=verb_tense(token, _above_tense) if verb else "unknown",
                       aspect=aspect_of(token) if verb else "simple",
                       modality=modality(token, govs),
                       negator=found.i if found is not None else None,
                       frame=frame(chain),
                       governors=tuple(g.i for g in govs))


def facts_of(token: Token) -> ClauseFacts:
    """The stored facts of `token`, computed and stored first when the component did not see it."""
    table = _table(token.doc)
    found = table.get(token.i)
    if found is None:
        found = table[token.i] = compute(token)
    elif not isinstance(found, ClauseFacts):  # a Doc read back with `Doc.from_bytes` holds plain lists
        found = table[token.i] = ClauseFacts(*found[:-1], tuple(found[-1]))
    return found


def facts_for(pred: Token, governors: list[Token]) -> ClauseFacts:
    """The facts of `pred` under the given governors (a nominal predicate under the verb of its clause: "ordered
    [the deployment] of troops"); the stored facts when they are its own governors."""
    own = facts_of(pred)
    if own.governors == tuple(g.i for g in governors):
        return own
    return compute(pred, governors)


def own_negator(token: Token) -> Token | None:
    """The negative word on the verb itself ("has not said", "no one has said", "never sent"): not one on a verb
    above it ("did not want to send"), nor a "without" phrase beside it ("said, without giving details, that")."""
    facts = facts_of(token)
    if facts.negator is None:
        return None
    found = token.doc[facts.negator]
    return found if found.head.i == token.i and found.lower_ != "without" else None


def governors(token: Token) -> list[Token]:
    """The governing words of `token` as tokens, nearest first."""
    doc = token.doc
    return [doc[i] for i in facts_of(token).governors]


def tense_of(token: Token) -> str:
    """'past' | 'present' | 'future' of a verb, or of the verb governing a noun ("the call is expected"); a noun
    with a future modifier is future ("the upcoming talks")."""
    if is_verb(token):
        return facts_of(token).tense
    if any(c.text.lower() in FUTURE_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound", "nmod")):
        return "future"
    verb = governing_verb(token)
    return facts_of(verb).tense if verb is not None else "present"


def is_prospective(token: Token) -> bool:
    """An event that lies ahead: a verb in the future ("will meet", "plans to visit"), or an event word with a word
    of the future beside it ("could meet", "the next call", "hopes to"); a noun reads the word it depends on."""
    verb = token if token.tag_.startswith("VB") else token.head
    if tense_of(verb) == "future":
        return True
    own = {c.lower_ for c in token.children if c.dep_ not in _COORDINATED and not _as_clause(c)}
    beside = {c.lower_ for c in verb.children if c.dep_ not in _OTHER_CLAUSES and not _as_clause(c)}
    return bool((own | beside | {verb.lower_}) & FUTURE_WORDS)


# Children that are clauses of their own: their words speak of another event ("hosted the chancellor, and I expect
# he will speak with others": the expectation is the second clause's); a clause on the event noun itself still
# speaks of it ("the talks that are being planned")
_COORDINATED = ("conj", "parataxis")
_OTHER_CLAUSES = (*_COORDINATED, "ccomp", "relcl")


def _as_clause(token: Token) -> bool:
    """"went as expected", "went ahead as planned": the event met what was expected of it, so the word is no sign
    that it lies ahead."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)


@Language.component("clause_facts")
def clause_facts(doc: Doc) -> Doc:
    """Compute the facts of every verb of the Doc that is not an auxiliary, once (after the parser), for the rules
    to read."""
    table = _table(doc)
    for token in doc:
        if token.i not in table and is_verb(token) and token.dep_ not in ("aux", "auxpass"):
            table[token.i] = compute(token)
    return doc


__all__ = ["ASPECTS", "FRAMES", "KEY", "MODALITIES", "TENSES", "ClauseFacts", "clause_facts", "compute", "facts_for",
           "facts_of", "governing_verb", "governors", "has_to_marker", "is_prospective", "is_verb", "mandative_subjunctive", "own_negator",
           "tense_of"]
