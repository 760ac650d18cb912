"""A definite place noun that refers back ("the buildup of troops in the country", "forces moved into the
region"): the place named last before it, a country for "the country", in the sentence or the few before."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from .words import CONTEXT_SENTENCES, COUNTRY_ANAPHORS, PLACE_NOUN_ANAPHORS

_DEFINITE = ("the", "this", "that")
_ACTOR_DEPS = ("nsubj", "nsubjpass", "poss")  # "the United States has said", "Moscow's buildup": an actor, no place


def place_anaphor(doc_tokens: Iterable[Token]) -> Token | None:
    """The anaphoric place noun among a phrase's tokens: a singular "the country", "the region", "that area" with
    nothing of its own to name it ("the region of Kharkiv", "the Donbas region" name their place)."""
    for t in doc_tokens:
        if t.lower_ not in PLACE_NOUN_ANAPHORS or t.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children):
            continue
        if any(c.dep_ in ("compound", "poss", "nmod", "prep", "appos") or c.tag_ == "NNP" for c in t.children):
            continue
        return t
    return None


def antecedent(anaphor: Token, refs: Sequence[tuple[object, frozenset[int]]], earlier: Sequence[Sequence[object]]):
    """The place `anaphor` stands for: the last place named before it in its sentence, then in the
    `CONTEXT_SENTENCES` sentences before (latest first); only countries for "the country". A place that is a
    subject or possessor ("the United States has expressed concern", "Moscow's buildup") acts; it is no place
    named."""
    doc = anaphor.doc
    before = [ref for ref, toks in refs if toks and max(toks) < anaphor.i
              and not any(doc[i].dep_ in _ACTOR_DEPS for i in toks)]
    pool = list(reversed(before))
    for sent_refs in reversed(list(earlier)[-CONTEXT_SENTENCES:]):
        pool += list(reversed(list(sent_refs)))
    country_only = anaphor.lower_ in COUNTRY_ANAPHORS
    for ref in pool:
        place = getattr(ref, "place", None)
        if place is None or not place.iso3 or (country_only and place.kind != "country"):
            continue
        return ref
    return None
