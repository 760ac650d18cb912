"""Dash-led quotes: the dialogue punctuation of Russian and Ukrainian texts and their translations.

"— We will respond, — the minister said. — And we will do it quickly." has no quotation marks: a paragraph
opens with a dash, the quote runs to the next dash set off by spaces, the narration after it holds a speech
verb among its first words ("— said Peskov", "— Zelensky said"), and a further dash after the narration opens
the quote's continuation. A paragraph that opens with a dash but has no such narration (a list item, an aside
between dashes, a dialogue line with no cue) is no quote here. Translations run paragraphs together, so a
dash-led quote may also open right after a sentence end inside a paragraph ("... agreements.- We do not want
it - he said."). Quotation marks elsewhere in the paragraph do not matter; inside the quote they do.
"""
from __future__ import annotations

import re

from .quotes import QuoteSpan
from .vocabulary import forms

DASHES = "\u2013\u2014\u2015-"
_TURN = re.compile(r"(?:(?<=^)|(?<=[\s,.!?:;]))[\u2013\u2014\u2015-](?=\s)")  # a dash set off by a space
_QUOTE_MARKS = "\u201c\u201d\u00ab\u00bb\u201e\""
# a dash after a sentence end (and a closing quotation mark), then a space and a capital: "... war.- We"
_INNER_OPEN = re.compile(r"(?<=[.!?])[\u201d\u00bb\"]?\s*([\u2013\u2014\u2015-])\s+(?=[A-Z])")
NARRATION_WORDS = 6  # the speech verb of the narration comes early: "— the Russian foreign minister said"


def dash_quotes(text: str, p_start: int, p_end: int) -> list[QuoteSpan]:
    """The dash-led quotes of the paragraph `text[p_start:p_end]` (none unless it opens with a dash and a
    narration with a speech verb follows the first closing dash)."""
    para = text[p_start:p_end]
    if len(para) < 2 or para[0] not in DASHES or not para[1].isspace():
        return inner_dash_quotes(text, p_start, p_end)
    cuts = [p_start + m.start() for m in _TURN.finditer(para)]
    if len(cuts) < 2 or not _narration(text, cuts[1], cuts[2] if len(cuts) > 2 else p_end):
        return []
    spans = []
    for i in range(0, len(cuts), 2):  # quote, narration, quote, narration ...
        close = cuts[i + 1] if i + 1 < len(cuts) else None
        span = _span(text, cuts[i], close, p_end)
        if span is not None:
            spans.append(span)
    return spans


def inner_dash_quotes(text: str, p_start: int, p_end: int) -> list[QuoteSpan]:
    """Dash-led quotes that open right after a sentence end inside the paragraph `text[p_start:p_end]` and
    close at a dash followed by a narration with a speech verb ("... war.- We do not want it - he said.")."""
    para = text[p_start:p_end]
    turns = [p_start + m.start() for m in _TURN.finditer(para)]
    spans = []
    for m in _INNER_OPEN.finditer(para):
        opening = p_start + m.start(1)
        close = next((c for c in turns if c > opening), None)
        if close is None or not _narration(text, close, next((c for c in turns if c > close), p_end)):
            continue
        span = _span(text, opening, close, p_end)
        if span is not None and not (spans and spans[-1].close_at == opening):
            spans.append(span)
    return spans


def _span(text: str, opening: int, close: int | None, p_end: int) -> QuoteSpan | None:
    """The quote between the dash at `opening` and the dash at `close` (or the paragraph end), trimmed;
    None when empty or when it holds quotation marks (then the ordinary quote rules read it)."""
    start, end = opening + 1, close if close is not None else p_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    if end <= start or any(mark in text[start:end] for mark in _QUOTE_MARKS):
        return None
    return QuoteSpan(start, end, opening, close)


def _narration(text: str, dash: int, end: int) -> bool:
    """Is the text after the closing dash at `dash` a narration: a speech verb among its first words?"""
    words = [w.strip(",.;:").lower() for w in text[dash + 1:end].split()[:NARRATION_WORDS]]
    return not forms("speech_verbs").isdisjoint(words)
