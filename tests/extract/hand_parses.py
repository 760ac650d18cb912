"""Hand-built parses for rule tests without the model: invented sentences, heads, deps and tags written out."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """A Doc from lines "word head dep tag" (head: the index of the head word; a root is its own head)."""
    rows = [line.split() for line in spec.strip().splitlines()]
    return Doc(VOCAB, words=[r[0] for r in rows], heads=[int(r[1]) for r in rows], deps=[r[2] for r in rows],
               tags=[r[3] for r in rows])


def word(doc: Doc, text: str):
    """The first token of `doc` whose text is `text`."""
    return next(t for t in doc if t.text == text)
