"""An article's parsed text with the bookkeeping every extractor needs: paragraphs, quotes, furniture.

`ArticleDoc` is built once per article and handed to the statement and movement extractors, so
paragraph lookups, quote spans and "is this page furniture?" checks are computed once.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from .furniture import is_furniture
from .dash_quotes import dash_quotes
from .quotes import Paragraph, QuoteSpan, find_quotes, paragraphs
from .records import Article

_INNER_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019']?\s*[\u2015\u2014\u2013-]|[.!?][\"\u201d\u2019']\s")
_END_PUNCT = re.compile(r"[.!?:\"\u201d\u2019')\u2026]\s*$")


@dataclass
class ArticleDoc:
    article: Article
    doc: Doc
    body_end: int
    furniture: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.article.text

    @cached_property
    def context(self) -> list[str]:
        """ISO3 codes of the countries the article mentions, most frequent first (for place ambiguity)."""
        from .places import article_context

        return article_context(self.doc)

    @cached_property
    def paragraphs(self) -> list[Paragraph]:
        return paragraphs(self.text[: self.body_end])

    @cached_property
    def _para_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        """Quoted passages in text order: between quotation marks, and dash-led (`extract.dash_quotes`)."""
        dashed = [q for p in self.paragraphs for q in dash_quotes(self.text, p.start, p.end)]
        return sorted(find_quotes(self.text, 0, self.body_end) + dashed, key=lambda q: q.open_at)

    def paragraph_index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, offset) - 1)

    def paragraph_at(self, offset: int) -> Paragraph:
        if not self.paragraphs:
            return Paragraph(0, len(self.text))
        return self.paragraphs[self.paragraph_index(offset)]

    def quote_at(self, offset: int) -> QuoteSpan | None:
        """The quoted passage containing `offset` (marks included), if any."""
        for q in self.quotes:
            close = q.close
            if q.open_at <= offset <= close:
                return q
        return None

    def in_quote(self, offset: int) -> bool:
        return self.quote_at(offset) is not None

    def sentence_bounds(self, sent: Span) -> tuple[int, int]:
        """Offsets of the sentence with surrounding white space trimmed."""
        start, end = sent.start_char, sent.end_char
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end

    @cached_property
    def _story(self) -> tuple[list[Span], list[Span]]:
        """(sentences, headings) of the story: nothing after its end or in furniture."""
        sentences, headings = [], []
        for sent in self.doc.sents:
            start, end = self.sentence_bounds(sent)
            if end <= start or start >= self.body_end:
                continue
            if self.furniture and is_furniture(start, end, self.text, self.furniture):
                continue
            (headings if self.is_heading(start) else sentences).append(sent)
        return sentences, headings

    @property
    def sentences(self) -> list[Span]:
        """Sentences of the story: not after its end, not in furniture, not headings."""
        return self._story[0]

    @property
    def headings(self) -> list[Span]:
        """Titles and subheadings of the story ("Scholz could visit Warsaw")."""
        return self._story[1]

    def is_heading(self, offset: int) -> bool:
        """A title or subheading: a short paragraph with no closing punctuation."""
        para = self.paragraph_at(offset)
        chunk = self.text[para.start:para.end]
        return len(chunk.split()) <= 20 and not _END_PUNCT.search(chunk) and not _INNER_SENTENCE.search(chunk)
