"""The spaCy component `place_matcher`: place mentions in a `Doc`, found with the gazetteer (longest
match first) and written to `doc.spans["places"]`, each resolved in the light of the countries the
article mentions. NER only adds GPE/LOC spans the gazetteer resolves and vetoes doubtful town names
(docs/places.md)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

import pycountry
from spacy.language import Language
from spacy.tokens import Span

from .countries import all_adjectives
from .gazetteer import Gazetteer
from .gazetteer_build import load_gazetteer
from .place_names import mention_key, name_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPANS_KEY = "places"
COMPONENT = "place_matcher"

# A capitalised token is required at the start of a match, except for these (in "eastern Ukraine").
_DIRECTION_WORDS = frozenset({"eastern", "western", "northern", "southern", "east", "west", "north", "south",
                              "central"})
_MAX_TOKENS = 9
_NER_PLACE = frozenset({"GPE", "LOC"})
_NER_NOT_PLACE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "LAW"})  # a longer entity that is not a place
_NER_TIME = frozenset({"DATE", "TIME"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)

# Tokens ending in a dot that do not end a sentence: "St.", "Mt.", "U.S.", "D.C."
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|St\.|Ste\.|Mt\.|Ft\.|Sv\.")


@lru_cache(maxsize=1)
def adjective_codes() -> dict[str, str]:
    """Folded demonym → ISO3 (alliances such as NATO left out)."""
    return {k: v for k, v in all_adjectives().items() if pycountry.countries.get(alpha_3=v) is not None}


class PlaceMatcher:
    """Finds place mentions with the gazetteer (longest match first) and writes `doc.spans["places"]`."""

    def __init__(self, name: str = COMPONENT, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.gazetteer = load_gazetteer()
        self.adjectives = adjective_codes()

    def __call__(self, doc: "Doc") -> "Doc":
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: "Doc") -> list[tuple[int, int, str]]:
        """(start token, end token, key) of every place mention, before resolution."""
        gaz = self.gazetteer
        text = doc.text
        ent_at = _entity_index(doc)
        # One pass over the tokens (creating Token objects is the expensive part).
        starts, ends, lowers, breaks, puncts, sentence_dot = [], [], [], [], [], []
        for t in doc:
            starts.append(t.idx)
            ends.append(t.idx + len(t.text))
            lowers.append(t.lower_)
            breaks.append(t.is_space or "\n" in t.text)
            puncts.append(t.is_punct or t.is_quote)
            sentence_dot.append(t.text.endswith(".") and _ABBREVIATION.fullmatch(t.text) is None)
        found: list[tuple[int, int, str]] = []
        n = len(doc)
        limit = gaz.max_key_chars + 4
        i = 0
        while i < n:
            lower = lowers[i]
            if lower == "the" or not (text[starts[i]].isupper() or lower in _DIRECTION_WORDS):
                i += 1
                continue
            best = None
            start_char = starts[i]
            for j in range(i, min(n, i + _MAX_TOKENS)):
                if breaks[j] or ends[j] - start_char > limit:
                    break
                if j > i and sentence_dot[j - 1]:
                    break  # never across a full stop ("in the east. Ukraine said")
                if puncts[j]:
                    continue  # a match never ends on punctuation ("NATO." is "NATO")
                key = name_key(text[start_char:ends[j]])
                if gaz.has_key(key):
                    best = (j + 1, key)
            if best is not None and self._keep(doc, i, best[0], best[1], ent_at):
                found.append((i, best[0], best[1]))
                i = best[0]
            else:
                i += 1
        # NER GPE/LOC spans that the gazetteer resolves and the scan missed.
        taken = {t for s, e, _ in found for t in range(s, e)}
        for ent in doc.ents:
            if ent.label_ not in _NER_PLACE or any(t in taken for t in range(ent.start, ent.end)):
                continue
            start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
            if start >= ent.end:
                continue
            key = mention_key(doc[start:ent.end].text)
            if gaz.has_key(key) and self._keep(doc, start, ent.end, key, ent_at):
                found.append((start, ent.end, key))
        found.sort()
        return found

    def _keep(self, doc: "Doc", start: int, end: int, key: str, ent_at: dict[int, tuple[int, int, str]]) -> bool:
        """Vetoes for doubtful matches: stop-listed words, and city names that are part of other names."""
        gaz = self.gazetteer
        first = doc[start]
        if first.lower_ in _DIRECTION_WORDS and not first.text[:1].isupper():
            pid = gaz.best_id(key)
            if pid is None or gaz.by_id(pid).kind == "city":
                return False
        if end - start == 1 and first.is_stop and not first.is_upper:
            return False  # "We", "May", and "Us" (but "US")
        if not gaz.city_only(key):
            return self._keep_area(doc, start, end, key, ent_at)
        if gaz.is_stopped(key) or (end - start == 1 and first.lower_ in _CALENDAR):
            return False  # "Police", "Best", "March"
        if not any(ch.islower() for ch in doc[start:end].text):
            return False  # all capitals ("NATO", "ABC") is an acronym, not a town
        if doc[end - 1].text.endswith("."):
            return False  # an abbreviation ("Pa.", "Minn.", "Sens.")
        city = gaz.by_id(gaz.best_id(key))
        ent = ent_at.get(start)
        if ent is not None:
            e_start, e_end, label = ent
            if label in _NER_TIME:
                return False
            longer = e_start < start or e_end > end
            if longer and label in _NER_NOT_PLACE:
                return False
            if label in ("PERSON", "NORP") and (longer or not gaz.in_roi(city)):
                return False  # "Vladimir Putin"; "Austin" alone (but "Kyiv" tagged PERSON stays)
        if not gaz.in_roi(city) and (_name_neighbour(doc, start - 1, gaz) or _name_neighbour(doc, end, gaz)):
            return False  # "Lloyd Austin", "Washington Post", "New York Times"
        return True

    def _keep_area(self, doc: "Doc", start: int, end: int, key: str, ent_at: dict[int, tuple[int, int, str]]) -> bool:
        """Vetoes for countries (regions are always kept): a first name ("Chad") or part of an
        organisation's name ("U.S. Embassy", "Ukraine Defense Contact Group")."""
        gaz = self.gazetteer
        place = gaz.by_id(gaz.best_id(key))
        ent = ent_at.get(start)
        if place.kind != "country" or ent is None:
            return True
        e_start, e_end, label = ent
        if label == "PERSON" and not gaz.in_roi(place):
            return False
        inside_name = end < e_end and doc[end].text[:1].isupper() and doc[end].is_alpha
        return not (label in _NER_NOT_PLACE or label == "EVENT") or not inside_name

    def set_annotations(self, doc: "Doc", matches: list[tuple[int, int, str]]) -> None:
        gaz = self.gazetteer
        country_ids = []
        for s, e, key in matches:
            pid = gaz.best_id(key)
            if pid and pid.startswith("country:"):
                country_ids.append((s, gaz.by_id(pid).iso3))
        taken = {t for s, e, _ in matches for t in range(s, e)}
        context = tuple(rank_context(country_ids + demonyms(doc, taken, self.adjectives)))
        spans = []
        for s, e, key in matches:
            pid = gaz.best_id(key, context)
            if pid is None:
                continue
            spans.append(Span(doc, s, e, label=gaz.by_id(pid).kind, kb_id=pid))
        doc.spans[self.spans_key] = spans


def _entity_index(doc: "Doc") -> dict[int, tuple[int, int, str]]:
    """Token index → (start, end, label) of the entity covering it."""
    out = {}
    for ent in doc.ents:
        for t in range(ent.start, ent.end):
            out[t] = (ent.start, ent.end, ent.label_)
    return out


def _name_neighbour(doc: "Doc", i: int, gaz: Gazetteer) -> bool:
    """True when token i is a capitalised word that continues a proper name (not a date, stop word or place)."""
    if i < 0 or i >= len(doc):
        return False
    tok = doc[i]
    if not tok.is_alpha or not tok.text[0].isupper() or tok.lower_ in _CALENDAR or tok.is_stop:
        return False
    key = name_key(tok.text)
    return not (gaz.has_key(key) and not gaz.city_only(key))


def demonyms(tokens: Iterable, taken: set[int], adjectives: dict[str, str]) -> list[tuple[int, str]]:
    """(token index, ISO3) of capitalised demonyms ("Ukrainian", "Belarusian") outside place matches."""
    out = []
    for tok in tokens:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        code = adjectives.get(tok.lower_)
        if code:
            out.append((tok.i, code))
    return out


def rank_context(mentions: list[tuple[int, str]]) -> list[str]:
    """The ISO3 codes of (token index, ISO3) mentions, most frequent first, then first mentioned first."""
    counts = Counter(code for _, code in mentions)
    first = {}
    for pos, code in sorted(mentions):
        first.setdefault(code, pos)
    return sorted(counts, key=lambda c: (-counts[c], first[c]))


@Language.factory(COMPONENT, requires=["doc.ents"], assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_place_matcher(nlp: Language, name: str, spans_key: str) -> PlaceMatcher:
    """spaCy factory for `PlaceMatcher`."""
    return PlaceMatcher(name, spans_key)


def add_place_matcher(nlp: Language) -> None:
    """Add the `place_matcher` component after `ner` (a second call does nothing: Streamlit reruns scripts)."""
    if COMPONENT in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, after="ner")
    else:
        nlp.add_pipe(COMPONENT, last=True)


def article_context(doc: "Doc") -> list[str]:
    """ISO3 codes of the countries the doc mentions (names and demonyms), most frequent first."""
    gaz = load_gazetteer()
    spans = doc.spans.get(SPANS_KEY, [])
    mentions = []
    for span in spans:
        if span.label_ == "country":
            place = gaz.by_id(span.kb_id_)
            if place is not None:
                mentions.append((span.start, place.iso3))
    taken = {t for s in spans for t in range(s.start, s.end)}
    mentions += demonyms(doc, taken, adjective_codes())
    return rank_context(mentions)
