"""A proper name with an office as its appositive ("Oleksandr Kubrakov, Ukraine's minister of infrastructure,")
names a person, whatever entity label the model gives the name: it often reads an unknown Slavic name as a place or
an organisation."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .countries import country_code
from .vocabulary import family

_TITLE_CLASSES = ("prefix", "suffix", "leader", "appositive")
_MAX_NAME = 4


def _office_noun(token: Token) -> bool:
    """Is `token` the head of a title phrase ("minister", "ambassador", "head", "spokeswoman")?"""
    entries = family("title_anaphors")
    return any(entry.cls in _TITLE_CLASSES and entry.lemma.split()[-1] == token.lower_ for entry in entries.values())


def titled_name(head: Token) -> Span | None:
    """The name a proper-noun head spells, when an appositive after it is an office; None otherwise."""
    if head.tag_ != "NNP" or not any(c.dep_ == "appos" and c.i > head.i and _office_noun(c) for c in head.children):
        return None
    start = head.i
    while start > head.sent.start and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].head.i == head.i \
            and head.doc[start - 1].tag_ == "NNP":
        start -= 1
    name = head.doc[start:head.i + 1]
    if not 2 <= len(name) <= _MAX_NAME or not all(t.is_title for t in name) or country_code(name.text):
        return None
    return name
