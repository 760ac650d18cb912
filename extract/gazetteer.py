"""The gazetteer: a name index over countries, regions, seas and towns, and the ranking of the places
a name can mean by the article's countries, then kind, then (boosted) population. It is built by
`extract.gazetteer_build.load_gazetteer`; the rules are in docs/places.md."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .place_names import mention_key

KINDS = ("country", "region", "sea", "city")
_KIND_RANK = {"country": 0, "region": 1, "sea": 1, "city": 2}

# Region of interest: alternate names are indexed for these cities and their population is boosted.
ROI_CORE = frozenset({"UKR", "RUS", "BLR", "POL", "ROU", "MDA", "EST", "LVA", "LTU"})
CORE_BOOST, ROI_BOOST, ALTERNATE_FACTOR = 20, 5, 0.5
CONTEXT_MIN_SHARE = 0.05  # a city in a mentioned country needs this share of the top candidate's weight


@dataclass(frozen=True)
class Place:
    """A resolved place: what it is, the country it lies in and a representative point."""

    name: str  # canonical display name, e.g. "Kyiv", "Crimea", "Poland"
    kind: str  # country | region | city | sea
    iso3: str | None  # the country it lies in (None for seas and multi-country regions)
    lat: float
    lon: float
    population: int = 0
    members: tuple[str, ...] = ()  # ISO3 codes a multi-country region covers (Baltic states)


# A place row before it becomes a `Place`: (name, kind, iso3, lat, lon, population, members).
Row = tuple


class Gazetteer:
    """Name index over countries, regions, seas and cities, with context- and population-based ranking."""

    def __init__(self, rows: dict[str, Row], index: dict[str, dict[str, bool]],
                 surfaces: dict[str, str], stop: frozenset[str], roi: frozenset[str],
                 capitals: frozenset[str]):
        self._rows = rows  # place id -> row; `Place` objects are made on first use (70k rows)
        self._made: dict[str, Place] = {}
        self._index = index  # key -> {place id: matched through an alternate name}
        self._surfaces = surfaces  # key -> one surface form, for `patterns`
        self._stop = stop
        self._roi = roi
        self._capitals = capitals
        self._countries = {r[2]: pid for pid, r in rows.items() if r[1] == "country"}
        self.max_key_chars = max(len(k) for k in index)

    def __len__(self) -> int:
        """Number of distinct lookup keys (folded names)."""
        return len(self._index)

    @property
    def place_count(self) -> int:
        return len(self._rows)

    # --- lookups ------------------------------------------------------------------------------
    def candidates(self, mention: str) -> list[Place]:
        """Every place the mention can name, best first (no context)."""
        return [self.by_id(pid) for pid, _ in self._ranked(mention_key(mention), ())]

    def resolve(self, mention: str, *, context: Iterable[str] = ()) -> Place | None:
        """The place a mention most likely names, given the ISO3 codes mentioned in the article."""
        pid = self.best_id(mention_key(mention), tuple(context))
        return self.by_id(pid) if pid else None

    def country(self, iso3: str) -> Place | None:
        """The country place for an ISO3 code."""
        pid = self._countries.get(iso3)
        return self.by_id(pid) if pid else None

    def patterns(self) -> list[str]:
        """Surface strings the matcher finds (one per lookup key, stop-listed city names left out)."""
        return sorted(s for k, s in self._surfaces.items() if k not in self._stop)

    # --- internals used by the matcher -------------------------------------------------------
    def by_id(self, pid: str) -> Place | None:
        place = self._made.get(pid)
        if place is None:
            row = self._rows.get(pid)
            if row is None:
                return None
            place = self._made[pid] = Place(*row)
        return place

    def has_key(self, key: str) -> bool:
        return key in self._index

    def is_stopped(self, key: str) -> bool:
        """True when the key names only cities and is a common word or name (see places_stoplist.txt)."""
        return key in self._stop

    def city_only(self, key: str) -> bool:
        return all(self._rows[pid][1] == "city" for pid in self._index.get(key, ()))

    def in_roi(self, place: Place) -> bool:
        return place.iso3 in self._roi

    def is_capital(self, pid: str) -> bool:
        return pid in self._capitals

    def best_id(self, key: str, context: tuple[str, ...] = ()) -> str | None:
        entries = self._index.get(key)
        if not entries:
            return None
        if len(entries) == 1:
            return next(iter(entries))
        return self._ranked(key, context)[0][0]

    def _ranked(self, key: str, context: tuple[str, ...]) -> list[tuple[str, bool]]:
        entries = self._index.get(key)
        if not entries:
            return []
        ctx = set(context)
        rows, roi = self._rows, self._roi
        scored = []
        for pid, alternate in entries.items():
            _, kind, iso3, _, _, population, _ = rows[pid]
            boost = CORE_BOOST if iso3 in ROI_CORE else ROI_BOOST if iso3 in roi else 1
            scored.append((pid, alternate, _KIND_RANK[kind], iso3,
                           max(population, 1) * boost * (ALTERNATE_FACTOR if alternate else 1)))
        top = max(weight for *_, weight in scored)

        def score(item: tuple) -> tuple:
            _, _, rank, iso3, weight = item
            # Context wins only for a serious candidate: Geneva (USA) must not beat Geneva because
            # an American article mentions the United States.
            in_context = iso3 in ctx and weight >= CONTEXT_MIN_SHARE * top
            return (rank, not in_context, -weight)

        return [(pid, alternate) for pid, alternate, *_ in sorted(scored, key=score)]  # stable sort

