"""When a statement was said: a date phrase of its cue's own clause, else the context the story gives it.

A quote or a past-tense statement with no date of its own continues its context: the same speaker's last
dated statement in this or the previous paragraph, else the occasion the article last dated, else the same
speaker's last recent dated statement anywhere before (a speaker quoted again is on the occasion the story
gave them), else the day the lede names (docs/dates.md).
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .attribution_phrases import is_attribution
from .dates import clause_date, find_dates, resolve, tense_of
from .document import ArticleDoc
from .records import DateInfo
from .speaker_record import Speaker

OCCASION_REACH = 5  # sentences after a dated one that may still be read as the same occasion
LEDE_SENTENCES = 2  # a past day named here dates the whole story's past-tense statements
OCCASION_DAYS = 7  # an occasion a story reports lies at most this many days before publication


class StatementDating:
    """The dating context of one article, read in text order by `StatementExtractor`."""

    def __init__(self, adoc: ArticleDoc):
        self.adoc = adoc
        self.occasion: tuple[int, DateInfo] | None = None  # (sentence index, the last past day named)
        self.lede_occasion: DateInfo | None = None  # the day the opening sentences name: the story's occasion
        self._speaker_dates: dict[str, tuple[int, DateInfo]] = {}  # speaker → (paragraph, last explicit date)

    def date(self, token: Token, sent_i: int, content: tuple[int, int] | None = None,
             speakers: list[Speaker] = (), *, quote: bool = False) -> DateInfo:
        """The date of a statement whose cue is `token` in sentence `sent_i` (never a phrase inside `content`)."""
        info = clause_date(token, self.adoc.article.published, exclude=content, verb_heads_only=True)
        if info.precision in ("published", "none") and (quote or token.tag_ == "VBD" or is_attribution(token)):
            para = self.adoc.paragraph_index(token.idx)
            known = self._speaker_dates.get(speakers[0].name) if speakers else None
            if known is not None and para - known[0] <= 1:
                return known[1]
            if self.occasion is not None and sent_i - self.occasion[0] <= OCCASION_REACH:
                return self.occasion[1]
            if known is not None and self._is_recent(known[1]):
                return known[1]
            if self.lede_occasion is not None:
                return self.lede_occasion
        return info

    def remember(self, speakers: list[Speaker], date: DateInfo, content_start: int) -> None:
        """Note the explicit date of statements just made, for the same speakers' later undated ones: only a day
        or a week, an occasion; a month or a year names the time of what was said about ("trade grew in the
        first half of the year"), not an occasion later words continue."""
        published = self.adoc.article.published
        if date.precision in ("day", "week") and date.start is not None and (
                published is None or date.start <= published):
            for speaker in speakers:
                self._speaker_dates[speaker.name] = (self.adoc.paragraph_index(content_start), date)

    def _is_recent(self, date: DateInfo) -> bool:
        """A day within the week before publication: the occasion a story reports, not a date it recalls."""
        published = self.adoc.article.published
        return published is not None and date.precision == "day" and date.start is not None and \
            0 <= (published - date.start).days <= OCCASION_DAYS

    def note_dates(self, sent: Span, sent_i: int) -> None:
        """Remember the last past day the article named (outside quotes): later statements in the
        past tense with no date of their own are read as made on that occasion."""
        published = self.adoc.article.published
        if published is None:
            return
        for mention in find_dates(sent):
            if self.adoc.in_quote(mention.start):
                continue
            head = sent.doc[mention.head] if mention.head >= 0 else sent.root
            tense = tense_of(head)
            info = resolve(mention.text, published, tense=tense)
            if info is not None and self._is_recent(info) and tense == "past" and \
                    not re.match(r"(?i)(by|since|until|till|before|after)\b", mention.text):
                self.occasion = (sent_i, info)
                if sent_i < LEDE_SENTENCES and self.lede_occasion is None:
                    self.lede_occasion = info
