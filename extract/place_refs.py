"""The places inside a span (a statement, a movement sentence), each with how precisely the text locates
it: a town, a region, a country, or a country's border. Read from the `place_matcher` spans plus
demonyms ("on Ukrainian soil"); a capital that speaks ("Moscow says") gives way to real places."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, NamedTuple

from spacy.tokens import Span

from .gazetteer import Gazetteer, Place
from .gazetteer_build import load_gazetteer
from .place_borders import border_phrases
from .place_matcher import SPANS_KEY, adjective_codes, demonyms
from .place_names import mention_key
from .sentences import spans_in

if TYPE_CHECKING:
    from spacy.tokens import Doc

_PRECISION = {"country": "country", "region": "region", "sea": "region", "city": "city"}
# Names that double as a government (metonym): kept only when the span names no other place.
LOW_PRIORITY = frozenset({"washington"})
_SPEECH_VERBS = frozenset(
    "say says said warn warns warned deny denies denied accuse accuses accused want wants wanted demand demands "
    "demanded insist insists insisted claim claims claimed reject rejects rejected respond responds responded "
    "announce announces announced agree agrees agreed refuse refuses refused believe believes believed urge urges "
    "urged ask asks asked fear fears feared hope hopes hoped tell tells told threaten threatens threatened blame "
    "blames blamed send sends sent consider considers considered argue argues argued call calls called".split()
)
_SOIL_NOUNS = frozenset({"territory", "soil"})


class PlaceRef(NamedTuple):
    """A place found in a span, with how precisely the text locates it."""

    place: Place
    precision: str  # city | region | country | border
    start: int  # char offsets in the doc of the mention (incl. the border phrase)
    end: int


@dataclass
class Mention:
    """A place named in the span: its tokens, the place, its id, and whether a demonym names it."""

    start: int  # token offsets
    end: int
    place: Place
    pid: str
    demonym: bool = False


def place_refs(span: "Span | Doc", *, context: Iterable[str] = (), every_mention: bool = False) -> list[PlaceRef]:
    """Resolved places inside a span, border/proximity phrases as precision `border`, in text order.

    `context` (ISO3 codes mentioned in the article) re-ranks ambiguous city names; without it the
    resolution stored by the `place_matcher` component (which used the doc's own context) is kept.
    A place named twice is given once, unless `every_mention` (then each mention is a ref).
    """
    doc = span.doc if isinstance(span, Span) else span
    s0, e0 = (span.start, span.end) if isinstance(span, Span) else (0, len(doc))
    if SPANS_KEY not in doc.spans:
        raise ValueError(f"doc.spans[{SPANS_KEY!r}] is missing: add the place matcher (add_place_matcher) first")
    gaz = load_gazetteer()
    mentions = _mentions(doc, s0, e0, tuple(context), gaz)
    refs = _refs(doc, mentions, s0, e0, gaz)
    if any(not low for _, low in refs):
        refs = [(r, low) for r, low in refs if not low]
    out: list[PlaceRef] = []
    seen = set()
    for ref, _ in sorted(refs, key=lambda r: (r[0].start, r[0].end)):
        if (ref.place, ref.precision) in seen and not every_mention:
            continue
        seen.add((ref.place, ref.precision))
        out.append(ref)
    return out


def _mentions(doc: "Doc", s0: int, e0: int, ctx: tuple[str, ...], gaz: Gazetteer) -> list[Mention]:
    """The place spans between tokens `s0` and `e0` (re-resolved in `ctx` when given), then the
    demonyms outside them, in text order."""
    mentions: list[Mention] = []
    for sp in spans_in(doc, SPANS_KEY, s0, e0):
        pid = sp.kb_id_
        if ctx:
            pid = gaz.best_id(mention_key(sp.text), ctx) or pid
        place = gaz.by_id(pid)
        if place is not None:
            mentions.append(Mention(sp.start, sp.end, place, pid))
    taken = {t for m in mentions for t in range(m.start, m.end)}
    found = _doc_demonyms(doc)
    for i, code in found[bisect.bisect_left(found, (s0, "")):]:
        if i >= e0:
            break
        if i in taken:
            continue
        place = gaz.country(code)
        if place is not None:
            mentions.append(Mention(i, i + 1, place, f"country:{code}", demonym=True))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _doc_demonyms(doc: "Doc") -> list[tuple[int, str]]:
    """(token index, ISO3) of the article's capitalised demonyms, found once per Doc."""
    found = doc.user_data.get("uct_demonyms")
    if found is None:
        found = doc.user_data["uct_demonyms"] = demonyms(doc, set(), adjective_codes())
    return found


def _refs(doc: "Doc", mentions: list[Mention], s0: int, e0: int, gaz: Gazetteer) -> list[tuple[PlaceRef, bool]]:
    """(ref, low priority) of each mention: a border phrase, a demonym on its soil, or the place itself."""
    refs: list[tuple[PlaceRef, bool]] = []
    borders = border_phrases(doc, mentions, s0, e0)
    for m in mentions:
        if id(m) in borders:
            start, end = borders[id(m)]
            refs.append((PlaceRef(m.place, "border", doc[start].idx, _end_char(doc, end)), False))
            continue
        if m.demonym:
            if _on_soil(doc, m, e0):  # "on Ukrainian territory", "on Belarusian soil"
                refs.append((PlaceRef(m.place, "country", doc[m.start].idx, _end_char(doc, m.end + 1)), False))
            continue
        low = _is_low_priority(doc, m, gaz)
        refs.append((PlaceRef(m.place, _PRECISION[m.place.kind], doc[m.start].idx, _end_char(doc, m.end)), low))
    return refs


def _end_char(doc: "Doc", end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last.text)


def _is_low_priority(doc: "Doc", m: Mention, gaz: Gazetteer) -> bool:
    """Washington, or a capital that is the subject of a speech verb ("Moscow says"): a metonym."""
    if m.place.kind != "city":
        return False
    if mention_key(doc[m.start:m.end].text) in LOW_PRIORITY:
        return True
    if not gaz.is_capital(m.pid) or not doc.has_annotation("DEP"):
        return False
    root = doc[m.start:m.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in _SPEECH_VERBS


def _on_soil(doc: "Doc", m: Mention, limit: int) -> bool:
    return m.end < limit and doc[m.end].lower_ in _SOIL_NOUNS
