"""Quotation marks paired into quoted passages, paragraph by paragraph.

Unlike textacy's `direct_quotations`, an odd number of marks does not stop the article: news style
leaves a quote open at the end of a paragraph when the next paragraph continues it, so an unclosed
quote runs to the end of its paragraph. Offsets index the original text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .layout import hard_breaks
from .vocabulary import forms

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
CLOSERS = {"\u201d", "\u00bb"}
STRAIGHT = '"'


class Paragraph(NamedTuple):
    start: int
    end: int


class QuoteSpan(NamedTuple):
    """A quoted passage: `start`/`end` exclude the marks; `open_at`/`close_at` are the marks' offsets."""

    start: int
    end: int
    open_at: int
    close_at: int | None  # None when the quote runs on to the end of its paragraph

    @property
    def close(self) -> int:
        """Where the quote ends: its closing mark, or the end of its text when it runs on unclosed."""
        return self.close_at if self.close_at is not None else self.end


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs of `text`: separated by line breaks, where a hard-wrapped line runs on into the next
    (see `extract.layout`). Offsets exclude surrounding white space."""
    out = []
    start = 0
    for end in [*hard_breaks(text), len(text)]:
        chunk = text[start:end]
        if chunk.strip():
            left = start + len(chunk) - len(chunk.lstrip())
            right = end - (len(chunk) - len(chunk.rstrip()))
            out.append(Paragraph(left, right))
        start = end + 1
    return out


def _straight_opens(text: str, i: int) -> bool:
    """Does the straight quote at `i` open a quote? (after a space, line start or opening bracket)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in "([{\u2014-:":
        return not after.isspace()
    return False


_DOUBLED_APOSTROPHES = re.compile(r"''")


def _normalise_marks(text: str) -> str:
    """Read two apostrophes ('') as a double quote mark, keeping every offset: an opening pair becomes
    ' "' (the mark next to the word it opens), a closing pair '" '."""
    if "''" not in text:
        return text
    chars = list(text)
    for m in _DOUBLED_APOSTROPHES.finditer(text):
        i = m.start()
        opening = (i == 0 or text[i - 1].isspace() or text[i - 1] in "([") and i + 2 < len(text) and not text[i + 2].isspace()
        chars[i], chars[i + 1] = (" ", '"') if opening else ('"', " ")
    return "".join(chars)


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[QuoteSpan]:
    """Quoted passages of `text[start:end]`, paragraph by paragraph, in text order."""
    end = len(text) if end is None else end
    text = _normalise_marks(text)
    found: list[QuoteSpan] = []
    for para in paragraphs(text[start:end]):
        found.extend(_paragraph_quotes(text, start + para.start, start + para.end))
    return found


def _straight_closes(text: str, i: int) -> bool:
    """Does the straight quote at `i` close a quote? (after a non-space, before a space or punctuation)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _paragraph_quotes(text: str, p_start: int, p_end: int) -> list[QuoteSpan]:
    """Pair the marks of one paragraph. Any closing mark closes the open quote, whatever its style;
    an opening mark while a quote is open ends that quote there (a new quoted paragraph began)."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(p_start, p_end):
        ch = text[i]
        if ch not in OPENERS and ch not in CLOSERS and ch != STRAIGHT:
            continue
        if open_at is None:
            if ch in OPENERS or (ch == STRAIGHT and _straight_opens(text, i)) or (
                    ch in CLOSERS and (i == p_start or text[i - 1].isspace()) and i + 1 < p_end and text[i + 1].isalnum()):
                open_at = i  # a closing mark used as an opener at a word start: ”Quote...”
            continue
        if ch == STRAIGHT and i == open_at + 1:
            continue  # a doubled mark: “"...
        if ch in CLOSERS or (ch == STRAIGHT and (_straight_closes(text, i) or not _straight_opens(text, i))):
            spans.append(_span(text, open_at, i))
            open_at = None
        elif ch in OPENERS or ch == STRAIGHT:
            spans.append(_span(text, open_at, i, closed=False))
            open_at = i
    if open_at is not None:
        spans.append(_span(text, open_at, p_end, closed=False))
    return [s for s in spans if s.end > s.start]


def _span(text: str, open_at: int, close: int, *, closed: bool = True) -> QuoteSpan:
    start, end = open_at + 1, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return QuoteSpan(start, end, open_at, close if closed else None)


# "SMITH: ...", "MS. JONES: ...", "THE PRESIDENT: ...": a turn of a transcript opens with its speaker's
# name in capitals and a colon. One to four upper-case words; an honorific may lead.
_TURN_LABEL = re.compile(r"(?P<who>(?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN)\.\s+)?[A-Z][A-Z'\u2019.-]*[A-Z]"
                         r"(?:\s+[A-Z][A-Z'\u2019.-]*[A-Z]){0,3})\s*:\s+")


def turn_label(text: str, start: int) -> tuple[int, int, int] | None:
    """(name start, name end, where the words begin) when `text` has a speaker's turn label at `start`;
    None for page labels ("UPDATE:", "READ MORE:", see resources/lexicon/page_labels.csv)."""
    m = _TURN_LABEL.match(text, start)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group("who").lower())
    if not forms("page_labels").isdisjoint(words):
        return None
    return m.start("who"), m.end("who"), m.end()
