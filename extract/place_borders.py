"""Border and proximity phrases around country mentions: "the Ukrainian border", "the Russia-Ukraine
border", "along the border with Belarus", "the borders of Moldova", "near Ukraine", "close to Ukraine".
A country that heads such a phrase is located at precision `border` (docs/places.md)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .place_refs import Mention

_BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "doorstep", "borderlands"})
_LINK_WORDS = frozenset({"with", "of", "between", "to"})
_NEAR_WORDS = frozenset({"near", "around", "nearer", "along", "alongside"})
_NEAR_BIGRAMS = frozenset({("close", "to"), ("closer", "to"), ("next", "to"), ("near", "to")})
_PHRASE_PREPS = frozenset({"on", "at", "along", "near", "nearer", "around", "across", "toward", "towards", "to",
                           "from", "by", "alongside", "over", "within", "inside", "beyond"})
_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her"})
_JOINERS = ("-", "\u2013", "/")  # "Russia-Ukraine border", "Russia/Ukraine"
_POSSESSIVES = ("'s", "\u2019s", "'")


def border_phrases(doc: Doc, mentions: list[Mention], s0: int, e0: int) -> dict[int, tuple[int, int]]:
    """id(mention) → (start, end) tokens of the border/proximity phrase it heads, for country mentions
    between tokens `s0` and `e0`. The other countries of a phrase ("the border between X and Y") get
    their own tokens, so they are located at the border too."""
    countries = [m for m in mentions if m.place.kind == "country"]
    phrases = _BorderPhrases(doc, countries, s0, e0)
    for m in countries:
        if id(m) in phrases.out:
            continue
        if phrases.before_border(m):
            continue
        if m.demonym:
            continue
        i = phrases.left_of(m)
        if not phrases.after_border(m, i):
            phrases.near(m, i)
    return phrases.out


class _BorderPhrases:
    """The country mentions of one span by first token, and the phrases found so far (`out`)."""

    def __init__(self, doc: Doc, countries: list[Mention], s0: int, e0: int):
        self.doc, self.s0, self.e0 = doc, s0, e0
        self.at_start = {m.start: m for m in countries}
        self.out: dict[int, tuple[int, int]] = {}

    def _is_border_noun(self, i: int) -> bool:
        return i < self.e0 and self.doc[i].lower_ in _BORDER_NOUNS

    def _near_bigram(self, i: int) -> bool:
        """Tokens i-1 and i are "close to", "next to" ..."""
        return i - 1 >= self.s0 and (self.doc[i - 1].lower_, self.doc[i].lower_) in _NEAR_BIGRAMS

    def _partner(self, m: Mention) -> None:
        """Another country of a phrase: its own tokens."""
        self.out.setdefault(id(m), (m.start, m.end))

    def _extend_left(self, i: int) -> int:
        """Include determiners and the preposition before the phrase ("on the", "along the")."""
        doc, s0 = self.doc, self.s0
        while i - 1 >= s0 and doc[i - 1].lower_ in _DETERMINERS:
            i -= 1
        if i - 1 >= s0 and doc[i - 1].lower_ in _PHRASE_PREPS:
            i -= 1
            if self._near_bigram(i):
                i -= 1
        return i

    def _partners(self, i: int) -> tuple[list[Mention], int]:
        """Countries after "with/between/of [the]" at token i: "border with Belarus", "between X and Y"."""
        doc, e0, at_start = self.doc, self.e0, self.at_start
        found, j = [], i
        if j < e0 and doc[j].lower_ in _LINK_WORDS:
            j += 1
            while j < e0 and doc[j].lower_ in _DETERMINERS:
                j += 1
            if j in at_start:
                found.append(at_start[j])
                j = at_start[j].end
                if j + 1 < e0 and doc[j].lower_ == "and" and (j + 1) in at_start:
                    found.append(at_start[j + 1])
                    j = at_start[j + 1].end
        return found, j

    def before_border(self, m: Mention) -> bool:
        """"Ukrainian border", "Ukraine's border", "the Russia-Ukraine border", "Ukraine's doorstep"."""
        doc, e0, at_start = self.doc, self.e0, self.at_start
        group, j = [m], m.end
        while j + 1 < e0 and doc[j].text in _JOINERS and (j + 1) in at_start:
            group.append(at_start[j + 1])
            j = at_start[j + 1].end
        k = j + 1 if j < e0 and doc[j].lower_ in _POSSESSIVES else j
        if not self._is_border_noun(k):
            return False
        others, end = self._partners(k + 1)
        if not others:
            end = k + 1
        self.out[id(m)] = (self._extend_left(m.start), end)
        for g in group[1:] + others:
            self._partner(g)
        return True

    def left_of(self, m: Mention) -> int:
        """The token before `m` and its determiners (below `s0` when there is none)."""
        i = m.start - 1
        while i >= self.s0 and self.doc[i].lower_ in _DETERMINERS:
            i -= 1
        return i

    def after_border(self, m: Mention, i: int) -> bool:
        """"along the border with Ukraine", "the borders of Moldova", "on the doorstep of Ukraine" (and "… and Y")."""
        doc, e0 = self.doc, self.e0
        if not (i >= self.s0 and doc[i].lower_ in _LINK_WORDS and self._is_border_noun(i - 1)):
            return False
        self.out[id(m)] = (self._extend_left(i - 1), m.end)
        nxt = m.end
        if nxt + 1 < e0 and doc[nxt].lower_ == "and" and (nxt + 1) in self.at_start:
            self._partner(self.at_start[nxt + 1])
        return True

    def near(self, m: Mention, i: int) -> None:
        """"near Ukraine", "around Ukraine", "close to Ukraine"."""
        if i >= self.s0 and (self.doc[i].lower_ in _NEAR_WORDS or self._near_bigram(i)):
            self.out[id(m)] = (i - 1 if self._near_bigram(i) else i, m.end)
