"""In a government's own release, a body named without a state ("The General Staff of the Armed Forces said",
"the Ministry of Defence reported") is that government's own: it speaks for the publisher's state."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .countries import country_code
from .lexicon import OFFICIAL_NOUNS

_BODY_NAMES = {"staff", "ministry", "office", "service", "council", "committee", "administration"}  # "the General Staff"


def is_home_body(head: Token, core: Span) -> bool:
    """Is the phrase a body's own name ("The General Staff", "the Ministry of Defence") that names no state?"""
    if not head.is_title or (head.lower_ not in _BODY_NAMES and OFFICIAL_NOUNS.get(head.lower_) != "agency"):
        return False
    if core[0].lower_ != "the" or head.i == core.start:
        return False
    return not any(t.ent_type_ in ("GPE", "NORP", "PERSON") or country_code(t.text) for t in core)
