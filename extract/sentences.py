"""Fast sentence lookups: spaCy's `token.sent` scans the document on every call, which made
extraction slower than parsing. The boundaries are computed once per Doc and cached on it."""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for type hints: dates.py stays importable without spaCy
    from spacy.tokens import Doc, Span, Token

_KEY = "uct_sentence_starts"


def _starts(doc: "Doc") -> list[int]:
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [s.start for s in doc.sents]
        doc.user_data[_KEY] = starts
    return starts


def sentence_of(token: "Token") -> "Span":
    """The sentence holding `token` (same as `token.sent`, in O(log n))."""
    doc = token.doc
    starts = _starts(doc)
    k = bisect.bisect_right(starts, token.i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return doc[starts[k]:end]


def text_of(doc: "Doc") -> str:
    """`doc.text`, built once: spaCy rebuilds the string from its tokens on every access."""
    text = doc.user_data.get("uct_text")
    if text is None:
        text = doc.text
        doc.user_data["uct_text"] = text
    return text


def ents_of(doc: "Doc") -> tuple:
    """`doc.ents`, built once: spaCy makes new Span objects on every access."""
    ents = doc.user_data.get("uct_ents")
    if ents is None:
        ents = tuple(doc.ents)
        doc.user_data["uct_ents"] = ents
        doc.user_data["uct_ent_starts"] = [e.start for e in ents]
    return ents


def within(spans, starts: list[int], start: int, end: int) -> list:
    """The spans (sorted by start, `starts` their starts) that lie inside tokens `start`..`end`, in order:
    a bisection instead of a scan of every span of the document."""
    out = []
    for span in spans[bisect.bisect_left(starts, start):]:
        if span.start >= end:
            break
        if span.end <= end:
            out.append(span)
    return out


def spans_in(doc: "Doc", key: str, start: int, end: int) -> list:
    """The spans of group `doc.spans[key]` inside tokens `start`..`end`, by start (group order among equal
    starts); the sorted group is built once per Doc."""
    cached = doc.user_data.get(("uct_spans", key))
    if cached is None:
        spans = sorted(doc.spans[key], key=lambda s: s.start) if key in doc.spans else []
        cached = (spans, [s.start for s in spans])
        doc.user_data[("uct_spans", key)] = cached
    return within(cached[0], cached[1], start, end)


def ents_in(span: "Span") -> list:
    """The entities inside `span` (same as `span.ents`, from the cached list)."""
    ents = ents_of(span.doc)
    return within(ents, span.doc.user_data["uct_ent_starts"], span.start, span.end)
