"""Line breaks: which ones end a paragraph, and which only wrap a long line.

Plain-text and Markdown articles are often hard-wrapped at 70–80 characters. A line break inside
such a paragraph is a space, not a paragraph or sentence boundary; treating it as one cuts
sentences in half and the parser with them. A break is a wrap when it is a single newline after a
long line that does not end a sentence.
"""
from __future__ import annotations

_ENDS_SENTENCE = tuple('.!?:;"\u201d\u2019)\u00bb\u2026')
MIN_WRAPPED_LINE = 40  # characters; headings and short lines always end where they end


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
    if not line or not following or line.endswith(_ENDS_SENTENCE):
        return False
    return len(line) >= MIN_WRAPPED_LINE


def hard_breaks(text: str) -> list[int]:
    """Offsets of the newlines that end a line of the text's layout (paragraph or heading)."""
    return [i for i, ch in enumerate(text) if ch == "\n" and not is_soft_wrap(text, i)]
