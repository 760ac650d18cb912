"""Date phrases in a parsed sentence: the grammar's matches, confirmed by context (a preposition, a
modifier or a spaCy DATE/TIME entity) where the phrase alone is doubtful, longest first."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

from .date_grammar import NEUTRAL_PREP, MatchContext, Rule, anchor_words
from .date_rules import RULES, capitals_ok
from .sentences import ents_in, text_of

if TYPE_CHECKING:  # spaCy is only needed for the Doc-level functions
    from spacy.tokens import Span


class DateMention(NamedTuple):
    """A date phrase in a doc: its raw text, char offsets into the doc text, and the token it attaches to."""

    text: str
    start: int
    end: int
    head: int  # index (in the doc) of the token the phrase attaches to outside the phrase, or -1


_PROBE_DATE = dt.date(2022, 2, 2)  # any date: a rule whose reading gives None finds no phrase
_YEAR_PREPS = {"in", "since", "by", "until", "till", "from", "through", "during", "of", "before", "after",
               "as of", "starting", "beginning", "throughout"}
_NUMERIC_PREPS = {"on", "since", "by", "until", "till", "from", "through", "before", "after", "as of", "starting"}


def _context_ok(rule: Rule, m: re.Match, start: int, end: int, ent_spans: list[tuple[int, int]]) -> bool:
    """Bare years, months and m/d numbers count only after a fitting preposition or modifier, or
    inside a spaCy DATE/TIME entity ("over 2000 troops" is not a year)."""
    if not rule.needs_context:
        return True
    prep = re.sub(r"\s+", " ", (m.group("prep") or m.group("mprep") or "").strip().lower())
    if rule.name == "numeric":
        return prep in _NUMERIC_PREPS
    if rule.name == "year" and (prep in _YEAR_PREPS or m.group("mod1") or m.group("mod2")):
        return True
    if rule.name == "month" and _has_context(m):
        return True
    return any(s < end and start < e for s, e in ent_spans)


def _has_context(m: re.Match) -> bool:
    gd = m.groupdict()
    return any(gd.get(k) for k in ("prep", "mprep", "mod1", "mod2", "mrel"))


def _phrase_start(m: re.Match) -> int:
    """Where the kept phrase starts: after a neutral preposition, at the clock time, else at the match."""
    if m.group("mod1"):
        return m.start()
    if m.group("clk"):
        return m.start("clk")
    if m.group("prep"):
        return m.end("prep")
    return m.start()


def _candidates(text: str, base: int, ent_spans: list[tuple[int, int]]) -> list[tuple[int, int, int, int]]:
    """(start, end, rule index, core start) of grammar matches in `text`, offsets shifted by `base`.
    The core start is where the phrase begins without its leading modifiers and prepositions."""
    found = []
    words = anchor_words(text)
    for idx, rule in enumerate(RULES):
        if not rule.may_match(words):
            continue
        for m in rule.pattern.finditer(text):
            if not capitals_ok(m):
                continue
            start, end = base + _phrase_start(m), base + m.end()
            if not _context_ok(rule, m, start, end, ent_spans):
                continue
            if rule.handler(MatchContext(m, m.group(), _PROBE_DATE, "past", None)) is None:
                continue
            core = base + (m.start("mod2") if m.group("mod2") else m.start("core"))
            found.append((start, end, idx, core))
    return found


def find_dates(sent: "Span") -> list[DateMention]:
    """Date phrases of a sentence: the regex grammar, with spaCy DATE/TIME entities confirming bare
    months and years ("2014", "January"). Longest phrase wins where phrases overlap. Every returned
    phrase is one `resolve` reads."""
    doc = sent.doc
    cache = doc.user_data.setdefault("uct_dates", {})  # the same sentence is asked for many times
    if (sent.start, sent.end) in cache:
        return cache[(sent.start, sent.end)]
    found = _find_dates(sent)
    cache[(sent.start, sent.end)] = found
    return found


def _find_dates(sent: "Span") -> list[DateMention]:
    doc = sent.doc
    text = text_of(doc)[sent.start_char:sent.end_char]
    ents = [(e.start_char, e.end_char) for e in ents_in(sent) if e.label_ in ("DATE", "TIME")]
    cands = _candidates(text, sent.start_char, ents)
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    chosen: list[tuple[int, int]] = []
    for start, end, idx, core in cands:
        if RULES[idx].name in ("year", "numeric") and _is_quantity(doc, start, end):
            continue
        # "two days before Feb. 24": the longer phrase takes "before"; "Feb. 24" keeps its core
        for s0 in (start, core):
            if all(end <= s or s0 >= e for s, e in chosen):
                chosen.append((s0, end))
                break
    out = []
    for start, end in sorted(chosen):
        out.append(DateMention(text_of(doc)[start:end], start, end, _head_of(doc, start, end)))
    return out


def _is_quantity(doc, start: int, end: int) -> bool:
    """A number that counts something ("2000 troops"), not a year ("the 2014 revolution")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    return last.dep_ == "nummod" and last.head.i >= span.end and last.head.tag_ in ("NNS", "NNPS")


def _head_of(doc, start: int, end: int) -> int:
    """The token outside the phrase its root attaches to, looking through a left-out preposition
    ("on Thursday" → the verb "meet", not "on"); -1 when the phrase holds the sentence root."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return -1
    root = span.root
    if root.head.i == root.i or span.start <= root.head.i < span.end:
        return -1
    head = root.head
    if head.i == span.start - 1 and head.dep_ == "prep" and re.fullmatch(NEUTRAL_PREP, head.text.lower()) and head.head.i != head.i:
        return head.head.i
    return head.i
