"""Line breaks: which ones end a paragraph, and which only wrap a long line.

Plain-text and Markdown articles are often hard-wrapped at 70–80 characters. A line break inside
such a paragraph is a space, not a paragraph or sentence boundary; treating it as one cuts
sentences in half and the parser with them. A break is a wrap when it is a single newline after a
long line that does not end a sentence; in a text hard-wrapped throughout, with blank lines between
paragraphs (a transcript or release saved as text), any single newline after a long line is a wrap.
"""
from __future__ import annotations

import re
from functools import lru_cache

_ENDS_SENTENCE = tuple('.!?:;"\u201d\u2019)\u00bb\u2026')
MIN_WRAPPED_LINE = 40  # characters; headings and short lines always end where they end
WRAPPED_SHARE = 0.8  # of the lines followed by a single newline, this many are long in a hard-wrapped text
MIN_WRAPPED_LINES = 5
MAX_WRAPPED_LINE = 100  # characters: a text with longer lines has one paragraph a line, not a wrap width
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\r?\n")
_LABEL_OR_ITEM = re.compile(r"[-*\u2022]\s|\d+[.)]\s|[A-Z][A-Z.' ]+:\s|Q\s")


@lru_cache(maxsize=8)
def hard_wrapped(text: str) -> bool:
    """Is `text` hard-wrapped throughout, with blank lines between its paragraphs?"""
    if not _BLANK_LINE.search(text):
        return False
    lines = text.split("\n")
    inner = [len(line.strip()) for line, nxt in zip(lines, lines[1:]) if line.strip() and nxt.strip()]
    wrapped = sum(MIN_WRAPPED_LINE <= n <= MAX_WRAPPED_LINE for n in inner)
    return len(inner) >= MIN_WRAPPED_LINES and wrapped >= WRAPPED_SHARE * len(inner)


def is_soft_wrap(text: str, i: int) -> bool:
    """Is the newline at `text[i]` a wrap inside a paragraph rather than a break?"""
    if text[i] != "\n":
        return False
    before = text[i - 1] if i > 0 else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if before == "\n" or after in "\n\r" or (before == "\r" and i > 1 and text[i - 2] == "\n"):
        return False  # a blank line
    line = text[text.rfind("\n", 0, i) + 1:i].strip()
    end = text.find("\n", i + 1)
    following = text[i + 1:end if end >= 0 else len(text)].strip()
    if not line or not following or len(line) < MIN_WRAPPED_LINE:
        return False
    if line.endswith(_ENDS_SENTENCE):
        return hard_wrapped(text) and not _LABEL_OR_ITEM.match(following)
    return True


def hard_breaks(text: str) -> list[int]:
    """Offsets of the newlines that end a line of the text's layout (paragraph or heading)."""
    return [i for i, ch in enumerate(text) if ch == "\n" and not is_soft_wrap(text, i)]
