"""The words of a reported clause outside a quote in it: do they make the quote part of the clause?"""
from __future__ import annotations

from spacy.tokens import Token

from .document import ArticleDoc
from .speech import Cue


def reporting_words(adoc: ArticleDoc, cue: Cue, content: tuple[int, int], quote: tuple[int, int]) -> list[Token]:
    """The words of the content span outside the quote (`open_at`, `close`), leaving out words inside other
    quotes and the cue with its subject: in '"We will fight," Zelensky said, "and we will win."' nothing is
    left, so each part is a quote of its own; in 'he said the plan was "reckless"' the clause words remain."""
    doc = cue.token.doc
    own = {cue.token.i} | ({t.i for t in cue.subject.subtree} if cue.subject is not None else set())
    start, end = content
    return [t for t in doc if start <= t.idx < end and not quote[0] <= t.idx <= quote[1] and t.i not in own
            and not adoc.in_quote(t.idx) and any(ch.isalnum() for ch in t.text)]
