"""Pronoun speakers inside a transcript turn: "he", "they" or "it" there refers to someone the turn itself names.

A speaker calls himself "I", so "he"/"she" in his own turn is someone else ("I talked to the head of the
institute. He told me ..."), and a "they" whose group the turn never named ("I spoke to your experts and they
said ...") is not a group named elsewhere in the text (the states a narrator listed), nor is "it" ("It is
important to note that ...") a state named elsewhere, unless the turn named
a group of participants ("the leaders", "the two sides"); in a government's own text "he" may be its President
("the President" of a spokesman's turn, whether or not the turn named him). Such rows have no
speaker we can tell and are dropped (`drop:statement:turn-pronoun`).
"""
from __future__ import annotations

import re

from .actor_matcher import SPANS_KEY as ACTOR_SPANS
from .document import ArticleDoc
from .drops import make_drop
from .lexicon import GROUP_NOUNS
from .readout_participants import principal_of
from .records import Drop, Statement
from .sentences import spans_in
from .speakers import NEUTER_PRONOUNS, PLURAL_PRONOUNS, PRONOUNS

RULE = "drop:statement:turn-pronoun"
_PERSONAL = set(PRONOUNS)


def turn_pronoun_rows(turns: list, rows: list[Statement], adoc: ArticleDoc) -> tuple[list[Statement], list[Drop]]:
    """The rows whose pronoun speaker fits the turn it is said in, and drops for the others."""
    speaking = [t for t in turns if t.role == "speaker" and t.speakers]
    kept: list[Statement] = []
    drops: list[Drop] = []
    for row in rows:
        turn = _turn_of(speaking, row)
        if turn is not None and _misread(row, turn, adoc):
            drops.append(make_drop(adoc, RULE, row.speaker_start, row.speaker_end,
                                   (row.sentence_start, row.sentence_end)))
        else:
            kept.append(row)
    return kept, drops


def _turn_of(turns: list, row: Statement):
    """The speaker turn a pronoun-subject row of another rule is said in, or None."""
    mention = (row.speaker_mention or "").lower()
    if row.speaker_start is None or (mention not in _PERSONAL and mention not in PLURAL_PRONOUNS | NEUTER_PRONOUNS):
        return None
    return next((t for t in turns if t.start <= row.speaker_start < t.end), None)


def _misread(row: Statement, turn, adoc: ArticleDoc) -> bool:
    """Is the row's pronoun read as the turn's own speaker ("he"), or as someone the turn never named?"""
    mention = row.speaker_mention.lower()
    if mention in _PERSONAL and any(s.name == row.speaker for s in turn.speakers):
        return True
    if mention in _PERSONAL and row.speaker == principal_of(adoc.article):
        return False  # a government's own text: "he" of its spokesman is its President, named or not
    if mention in PLURAL_PRONOUNS and _group_in(turn.start, row.speaker_start, adoc):
        return False  # "The leaders agreed ... They both discussed": the group the turn named
    return not _named_in(row.speaker, turn.start, row.speaker_start, adoc)


def _group_in(start: int, end: int, adoc: ArticleDoc) -> bool:
    """Does the text between `start` and `end` name a group of participants ("the leaders", "the two sides")?"""
    span = adoc.doc.char_span(start, end, alignment_mode="contract")
    return span is not None and any(t.lower_ in GROUP_NOUNS and t.tag_ == "NNS" for t in span)


def _named_in(name: str, start: int, end: int, adoc: ArticleDoc) -> bool:
    """Does the text between `start` and `end` name `name` (an actor match, the name or its last word)?"""
    span = adoc.doc.char_span(start, end, alignment_mode="contract")
    if span is not None and any(s.label_ == name for s in spans_in(adoc.doc, ACTOR_SPANS, span.start, span.end)):
        return True
    text = adoc.text[start:end]
    return any(re.search(rf"\b{re.escape(word)}\b", text) for word in {name, name.split()[-1]})
