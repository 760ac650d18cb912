"""The spaCy component `actor_matcher`: every known actor name in a `Doc`, as `doc.spans["actors"]`.
spaCy is imported inside the functions, so the actor table can be used without a model."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actor_names import PARTICLES
from .actor_table import load_actor_table
from .actor_words import TITLE_TOKENS, UNITS
from .countries import country_code
from .name_variants import variant_of_names

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

SPANS_KEY = "actors"


class ActorMatcher:
    """Finds every actor name in a Doc and writes it to `doc.spans["actors"]`, label = canonical name.

    Matching (a `PhraseMatcher` on lower-case forms) is split from the filters in `set_annotations`:
    a match must start with a capital; a bare surname is dropped after an unknown first name
    ("Wladimir Klitschko"); a surname shared by several people takes the one named in full in the doc.
    """

    def __init__(self, nlp: Language, name: str = "actor_matcher", spans_key: str = SPANS_KEY):
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.spans_key = spans_key
        self.table = load_actor_table()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group, surfaces in self.table.pattern_groups().items():
            self.matcher.add(group, [nlp.make_doc(s) for s in surfaces])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.matcher(doc))
        return doc

    def set_annotations(self, doc: Doc, matches) -> None:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        found: list[tuple[str, int, int]] = []
        for match_id, start, end in matches:
            group = strings[match_id]
            first, last = doc[start], doc[end - 1]
            if not (first.text[:1].isupper() or (first.lower_ in PARTICLES and last.text[:1].isupper())):
                continue
            if group[0] in "SA" and start > 0:
                prev = doc[start - 1]
                if (prev.is_alpha and prev.text[:1].isupper()
                        and prev.lower_.rstrip(".") not in TITLE_TOKENS
                        and country_code(prev.text) is None and prev.lower_ not in UNITS
                        and not self._respelt_given(group, prev.text)):
                    continue  # "Wladimir Klitschko": another person with the same surname
            found.append((group, start, end))
        named = {g[2:] for g, _, _ in found if g[0] in "FS"}
        spans = []
        for group, start, end in found:
            label = group[2:]
            if group[0] == "A":
                present = [n for n in self.table.ambiguous_surname(label) if n in named]
                if len(present) != 1:
                    continue
                label = present[0]
            spans.append(Span(doc, start, end, label=label))
        doc.spans[self.spans_key] = filter_spans(spans)

    def _respelt_given(self, group: str, word: str) -> bool:
        """Is `word` the given name of the one person a bare surname `group` names, spelt another way
        ("Emanuel" before "Macron")?"""
        if group[0] != "S":
            return False
        return variant_of_names(word, [group[2:], *self.table.aliases.get(group[2:], [])])


def _make_actor_matcher(nlp, name, spans_key):
    return ActorMatcher(nlp, name, spans_key=spans_key)


def add_actor_matcher(nlp: Language) -> None:
    """Add the `actor_matcher` component after `ner` (once: a second call does nothing)."""
    from spacy.language import Language

    if not Language.has_factory("actor_matcher"):
        Language.factory("actor_matcher", default_config={"spans_key": SPANS_KEY}, assigns=["doc.spans"],
                         func=_make_actor_matcher)
    if "actor_matcher" in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("actor_matcher", after="ner")
    else:
        nlp.add_pipe("actor_matcher")


def name_run_on(head: Token, region: Span) -> list[Span]:
    """Known names that begin in the phrase `region` and hold its head but run on past it, because the parser hung
    the name's tail elsewhere ("Organization for Security and Co-operation in Europe", its "in Europe"
    attached to the verb)."""
    from .sentences import sentence_of, spans_in

    return [s for s in spans_in(head.doc, SPANS_KEY, region.start, sentence_of(head).end)
            if s.start <= head.i < s.end and s.end > region.end]


def inside_name(token: Token) -> bool:
    """Is `token` a word inside a known name, past its first word (the "in" of "Co-operation in Europe", the "of"
    of "Council of Europe")? Such a preposition is part of the name, not a phrase of its own."""
    from .sentences import sentence_of, spans_in

    sent = sentence_of(token)
    return any(s.start < token.i < s.end for s in spans_in(token.doc, SPANS_KEY, sent.start, sent.end))
