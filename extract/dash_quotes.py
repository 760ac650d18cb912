"""Dash-led quotes: the dialogue punctuation of Russian and Ukrainian texts and their translations.

"— We will respond, — the minister said. — And we will do it quickly." has no quotation marks: a paragraph
opens with a dash, the quote runs to the next dash set off by spaces, the narration after it holds a speech
verb among its first words ("— said Peskov", "— Zelensky said"), and a further dash after the narration opens
the quote's continuation. A paragraph that opens with a dash but has no such narration (a list item, an aside
between dashes, a dialogue line with no cue) is no quote here.
"""
from __future__ import annotations

import re

from .quotes import QuoteSpan
from .vocabulary import forms

DASHES = "\u2013\u2014\u2015-"
_TURN = re.compile(r"(?:(?<=^)|(?<=[\s,.!?:;]))[\u2013\u2014\u2015-](?=\s)")  # a dash set off by a space
_QUOTE_MARKS = "\u201c\u201d\u00ab\u00bb\u201e\""
NARRATION_WORDS = 6  # the speech verb of the narration comes early: "— the Russian foreign minister said"


def dash_quotes(text: str, p_start: int, p_end: int) -> list[QuoteSpan]:
    """The dash-led quotes of the paragraph `text[p_start:p_end]` (none unless it opens with a dash and a
    narration with a speech verb follows the first closing dash)."""
    para = text[p_start:p_end]
    if len(para) < 2 or para[0] not in DASHES or not para[1].isspace() or any(m in para for m in _QUOTE_MARKS):
        return []
    cuts = [p_start + m.start() for m in _TURN.finditer(para)]
    if len(cuts) < 2 or not _narration(text, cuts[1], cuts[2] if len(cuts) > 2 else p_end):
        return []
    spans = []
    for i in range(0, len(cuts), 2):  # quote, narration, quote, narration ...
        close = cuts[i + 1] if i + 1 < len(cuts) else None
        start, end = cuts[i] + 1, close if close is not None else p_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
            end -= 1
        if end > start:
            spans.append(QuoteSpan(start, end, cuts[i], close))
    return spans


def _narration(text: str, dash: int, end: int) -> bool:
    """Is the text after the closing dash at `dash` a narration: a speech verb among its first words?"""
    words = [w.strip(",.;:").lower() for w in text[dash + 1:end].split()[:NARRATION_WORDS]]
    return not forms("speech_verbs").isdisjoint(words)
