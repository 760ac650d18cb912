"""Anonymous sources: a cue whose subject is a common noun for no known actor ("experts say", "a resident
said") gives a row whose speaker is `anonymous` (speaker_type `anonymous`, no country), as the gold does."""
from __future__ import annotations

from spacy.tokens import Token

from .lexicon import ANONYMOUS_SOURCES
from .schema import ANONYMOUS
from .speakers import is_anonymous
from .noun_phrases import np_core
from .speaker_record import Speaker


def is_anonymous_source(subject: Token | None) -> bool:
    """Is `subject` an anonymous source: a non-speaker noun of class `anonymous` (lexicon non_speakers), not a
    pronoun, an office holder ("the spokesman") or the press?"""
    return subject is not None and is_anonymous(subject) and subject.lower_ in ANONYMOUS_SOURCES


def anonymous_speaker(subject: Token) -> Speaker:
    """The `anonymous` speaker, with the noun phrase that names the source as its mention."""
    core = np_core(subject)
    return Speaker(ANONYMOUS, ANONYMOUS, None, None, None, core.text, core.start_char, core.end_char)


def unresolved_speaker(subject: Token) -> Speaker:
    """A source no actor answers to, as speaker_type `unknown` named by its mention: only for scoring the
    attribution stage alone on PolNeAR (`keep_unresolved`), never in the build."""
    core = np_core(subject)
    return Speaker(core.text, "unknown", None, None, None, core.text, core.start_char, core.end_char)


def named(speakers: list[Speaker]) -> list[Speaker]:
    """The speakers a later pronoun may refer back to: not the anonymous one ("experts say ... he said")."""
    return [s for s in speakers if s.type != ANONYMOUS]
