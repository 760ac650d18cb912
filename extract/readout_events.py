"""The call or meeting a readout reports: its principal is the row's speaker, and its title may give its mode.

GUIDELINES (Other genres): in a party's own text the event of the opening sentence is one row whose speaker is
the site's principal (Putin in a Kremlin release, Biden in a White House readout), whoever is named first
("President Duda and President Biden spoke today"), and a readout titled "Call with ..." or "Telephone
conversation with ..." reports a call even where its text says only "spoke with".
"""
from __future__ import annotations

import re

from spacy.tokens import Span

from .document import ArticleDoc
from .lexicon import EVENT_NOUNS
from .readout_participants import OPENING_SENTENCES, principal_of
from .speaker_record import Speaker

_CALL_WORDS = frozenset(w for w, kind in EVENT_NOUNS.items() if kind == "call") | {"telephone", "videoconference"}


def in_opening(adoc: ArticleDoc, sent: Span, sent_index: int) -> bool:
    """Is `sent` (the `sent_index`-th of the text, from 1) one of the opening sentences of its first paragraph?"""
    first = adoc.paragraphs[0] if adoc.paragraphs else None
    return sent_index <= OPENING_SENTENCES and (first is None or sent.start_char < first.end)


def readout_event(adoc: ArticleDoc, sent: Span, sent_index: int, kind: str, participants: list[Speaker],
                  reported: list[Speaker]) -> tuple[str, list[Speaker], bool]:
    """(kind, participants, whether it is the text's own event) of the text's first event row: the principal first
    and the title's mode taken when it is in an official text's opening and its sides are the `reported`
    participants of the text (`extract.readout_participants`: the call or meeting the text reports); unchanged
    (and not its own) for any other event."""
    principal = principal_of(adoc.article)
    names = {s.name for s in participants}
    if principal is None or not in_opening(adoc, sent, sent_index) or not names <= {s.name for s in reported}:
        return kind, participants, False
    ordered = sorted(participants, key=lambda s: s.name != principal)  # stable: the others keep their order
    title_words = {w.lower() for w in re.findall(r"[\w-]+", adoc.article.title or "")}
    if kind == "talks" and principal in names and all(s.type == "person" for s in participants) \
            and title_words & _CALL_WORDS:  # a call the title names is between people, not with a state
        kind = "call"
    return kind, ordered, True


def opening_participants(adoc: ArticleDoc, sent: Span, sent_index: int, reported: list[Speaker]) -> list[Speaker]:
    """The participants of an official text's call or meeting for an event noun of its opening that names
    none ("X was joined by the leaders of A and B for a call today"); [] anywhere else."""
    if principal_of(adoc.article) is None or not in_opening(adoc, sent, sent_index):
        return []
    return [p.at(None) for p in reported]
