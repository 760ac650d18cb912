"""Which date phrase of a sentence dates a statement or an event: a phrase attached to the clause of
its main word first, else another phrase of the sentence, else the publication date (docs/dates.md)."""
from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from .date_phrases import DateMention, find_dates
from .date_rules import is_anaphoric, resolve
from .clause_facts import governing_verb, is_verb, tense_of
from .records import DateInfo
from .sentences import sentence_of, text_of

if TYPE_CHECKING:  # spaCy is only needed for type hints
    from spacy.tokens import Token

_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_CLAUSE_DEPS = {"ccomp", "advcl", "csubj", "csubjpass", "parataxis", "conj", "relcl", "acl", "pcomp"}


def _clause_root(token: "Token") -> "Token":
    """The verb whose clause `token` belongs to: itself, its governing verb, through infinitive links."""
    n = governing_verb(token) or token
    while n.dep_ == "xcomp" and n.head.i != n.i:
        n = n.head
    return n


def _attachment(token: "Token", head_i: int) -> int | None:
    """Path length from the phrase's head to `token`'s clause root, or None when it is not on it
    (it sits in a subordinate clause with its own verb, or elsewhere in the sentence)."""
    if head_i < 0:
        return None
    doc = token.doc
    root = _clause_root(token)
    n = doc[head_i]
    for steps in range(len(doc)):
        if n.i == root.i:
            return steps
        if n.dep_ in _CLAUSE_DEPS and is_verb(n) and n.i != token.i:
            if not (n.dep_ in ("acl", "relcl") and n.head.i == token.i):
                return None
        if n.head.i == n.i:
            return None
        n = n.head
    return None


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year", "time",
               "deadline", "date", "meeting", "talks", "call", "summit", "visit"}


def _names_a_thing(token: "Token", m: DateMention) -> bool:
    """A date inside a name or a noun phrase ("the Sept. 11 attacks", "the Jan. 6 committee", "Russia's
    2014 annexation"): it modifies a noun that is not the word being dated nor a time or an occasion, so
    it is not when the clause happened."""
    doc = token.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span) or m.head < 0 or m.head == token.i:
        return False
    head = doc[m.head]
    before = doc[span.start - 1] if span.start > 0 else None  # "the Sept. 11 attacks", "Russia's 2014 annexation"
    return span.root.dep_ in ("nmod", "compound", "amod", "nummod") and head.tag_ in ("NN", "NNS", "NNP") and \
        head.lower_ not in _TIME_NOUNS and before is not None and (before.lower_ == "the" or before.tag_ == "POS")


def _in_another_modifier(token: "Token", m: DateMention) -> bool:
    """A date phrase inside a clause that modifies a noun ("Putin, who met Macron on Monday, said ...", "the troops
    sent to the border last week are ...") dates that clause and its noun, not the word being dated outside it.
    Late closure: a phrase right after such a clause ends it, however the parser hangs it ("after talks held in
    Minsk the day before, the leaders spoke by phone"). A noun keeps a date of a clause inside its own phrase
    ("the talks between the delegations held on 7 March", the clause hung on "delegations")."""
    doc = token.doc
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    starts = [doc[m.head]] if m.head >= 0 else []
    if span.start > 0 and span.start < token.i:
        starts.append(doc[span.start - 1])
    for first in starts:
        n = first
        while n.head.i != n.i:
            if n.dep_ in ("acl", "relcl") and is_verb(n) and (first.i != span.start - 1 or n.right_edge.i == first.i):
                return token.i != n.head.i and not (n.left_edge.i <= token.i <= n.right_edge.i) and not (
                    not is_verb(token) and token.left_edge.i <= n.head.i <= token.right_edge.i)
            n = n.head
    return False


def _dates_a_clause(head: "Token") -> bool:
    """Does a phrase on `head` date a clause: a verb, or an occasion in an adverbial of a verb ("During a call
    on Wednesday, the two leaders reviewed ...")? Not a noun inside an object ("noted the summit on May 5")."""
    if is_verb(head):
        return True
    return head.lower_ in _TIME_NOUNS and head.dep_ == "pobj" and head.head.dep_ == "prep" and is_verb(head.head.head)


def clause_date(token: "Token", published: dt.date | None, *, exclude: tuple[int, int] | None = None,
                verb_heads_only: bool = False) -> DateInfo:
    """The date of a statement or movement whose main word is `token`: a phrase of its own clause; else
    one elsewhere in the sentence only when it names a past day or week (a future or vaguer phrase there
    belongs to another clause); else the publication date. Phrases inside `exclude` never count, nor with
    `verb_heads_only` (a speech cue's date) a phrase elsewhere that modifies a noun ("the summit on May 5")."""
    info = date_of(token, published, exclude=exclude, attached_only=True)
    if info.precision in ("published", "none"):
        loose = date_of(token, published, exclude=exclude, verb_heads_only=verb_heads_only)
        if loose.start is not None and loose.precision in ("day", "week") and (
                published is None or loose.start <= published):
            info = loose
    return info


def date_of(token: "Token", published: dt.date | None, *, exclude: tuple[int, int] | None = None,
            attached_only: bool = False, verb_heads_only: bool = False) -> DateInfo:
    """The date of the event or statement whose main word is `token`.

    Prefers a phrase attached to the token's clause, then (unless `attached_only`) any other phrase
    of the sentence, else the publication date (precision `published`) or nothing (`none`). Phrases
    inside `exclude` (a statement's own content: what was said is not when it was said) are ignored, and
    with `verb_heads_only` so are phrases that modify a noun.
    A weekday's direction comes from the tense of the word the phrase attaches to; an anaphoric
    phrase counts from another day-precise date of the sentence when there is one.
    """
    mentions = [m for m in find_dates(sentence_of(token)) if not _names_a_thing(token, m) and
                not _in_another_modifier(token, m)]
    if exclude is not None:
        mentions = [m for m in mentions if not (exclude[0] <= m.start and m.end <= exclude[1] + 1)]
    if attached_only:
        mentions = [m for m in mentions if _attachment(token, m.head) is not None]
    if verb_heads_only:  # a phrase on a noun dates that noun's event ("the summit on May 5"), not another clause
        mentions = [m for m in mentions if m.head < 0 or _dates_a_clause(token.doc[m.head])]
    if not mentions:
        if published is None:
            return DateInfo(None, None, "none", "")
        return DateInfo(published, published, "published", "")
    doc = token.doc

    def tense(m: DateMention) -> str:
        return tense_of(doc[m.head]) if m.head >= 0 else tense_of(token)

    resolved = {m: resolve(m.text, published, tense=tense(m)) for m in mentions}

    def own_anchor(m: DateMention) -> DateMention | None:
        """The date right after "two days before|after" ("two days before Feb. 24")."""
        if not re.search(r"\b(?:before|after|prior\s+to)$", m.text, re.IGNORECASE):
            return None
        nxt = [n for n in mentions if n.start >= m.end and re.fullmatch(r"\s*(?:on\s+|the\s+)?", text_of(doc)[m.end:n.start])]
        return nxt[0] if nxt else None

    def rank(m: DateMention, steps: int) -> tuple:
        info = resolved[m]
        prec = _PRECISION_RANK.get(info.precision, 9) if info else 9
        loose_anaphor = is_anaphoric(m.text) and own_anchor(m) is None
        return (loose_anaphor, prec, steps, abs(m.start - token.idx))

    attached = [(m, s) for m in mentions if (s := _attachment(token, m.head)) is not None]
    pool = attached or [(m, 99) for m in mentions]
    best = min(pool, key=lambda ms: rank(*ms))[0]
    info = resolved[best]
    if is_anaphoric(best.text):
        unit_rank = _PRECISION_RANK.get(info.precision, 0) if info else 0
        anchors = [m for m in mentions if m is not best and not is_anaphoric(m.text)
                   and resolved[m] is not None and _PRECISION_RANK.get(resolved[m].precision, 9) <= unit_rank]
        if anchors:
            anchor = own_anchor(best) or min(anchors, key=lambda m: abs(m.start - best.start))
            info = resolve(best.text, published, tense=tense(best), anchor=resolved[anchor].start)
    return info if info is not None else DateInfo(published, published, "published", "")
