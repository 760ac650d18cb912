"""Who is who: the actor table and the resolver of speaker mentions.

A mention resolves to one canonical `Actor` by name ("Mr. Putin", "Zelenskyy's"), by title
("the French president", "Kremlin spokesman") or as a state metonym ("the Kremlin", "U.S. officials").
The data is `resources/actors.csv`; its columns, role vocabulary and rules are in docs/actors.md.
spaCy is imported only inside `add_actor_matcher`, so the table can be used without a model.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .countries import country_code, country_name, fold

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

ACTORS_CSV = Path(__file__).parent / "resources" / "actors.csv"
TYPES = ("person", "state", "organisation")
ORGANISATION_CODES = ("NATO", "EU", "UN", "OSCE", "G7")
SPANS_KEY = "actors"

# The role vocabulary (lower case, one name per office whatever the local title; see docs/actors.md).
ROLES = (
    "president", "vice president", "prime minister", "chancellor", "deputy prime minister",
    "foreign minister", "deputy foreign minister", "under secretary of state", "assistant secretary of state",
    "defence minister", "deputy defence minister", "interior minister", "finance minister",
    "press secretary", "spokesperson", "foreign ministry spokesperson", "defence ministry spokesperson",
    "national security adviser", "deputy national security adviser",
    "security council secretary", "security council deputy chairman",
    "head of the presidential office", "deputy head of the presidential office", "presidential adviser",
    "chief of the general staff", "commander-in-chief", "navy chief", "supreme allied commander",
    "military committee chairman", "intelligence chief", "director of national intelligence",
    "security service chief", "secretary general", "deputy secretary general",
    "commission president", "commission vice president", "european council president",
    "european parliament president", "speaker of parliament", "speaker of the upper house", "lawmaker",
    "opposition leader", "former president", "central bank governor", "prosecutor general", "ombudsman",
    "human rights chief", "refugee chief", "humanitarian chief", "political affairs chief",
    "nuclear watchdog chief", "space agency chief", "separatist spokesperson", "former official", "pope",
)
# Roles completed by a place or a country: "ambassador to the UN", "mayor of Kyiv".
ROLE_PREFIXES = ("ambassador to ", "deputy ambassador to ", "mayor of ", "governor of ", "separatist leader of ")

# Who "the X leader" is: the head of state or government as the news uses the word.
_PRESIDENTIAL = {"RUS", "UKR", "USA", "FRA", "BLR", "TUR", "CHN", "MDA", "ROU", "KAZ", "POL", "LTU", "FIN"}


def leader_roles(code: str | None) -> tuple[str, ...]:
    """The role(s) a news report means by "the <country> leader" (`RUS` → president, `GBR` → prime minister)."""
    if not code or code in ORGANISATION_CODES:
        return ()
    if code in ("DEU", "AUT"):
        return ("chancellor",)
    if code == "VAT":
        return ("pope",)
    return ("president",) if code in _PRESIDENTIAL else ("prime minister",)


@dataclass(frozen=True)
class Actor:
    """A person, state or organisation that can speak. `country` is ISO3 or NATO/EU/UN/OSCE/G7."""

    name: str
    type: str
    country: str | None
    role: str | None
    gender: str | None
    start: dt.date | None = None
    end: dt.date | None = None

    def in_office(self, on: dt.date | None) -> bool:
        """True when `on` is within [start, end) — `end` is the day the successor took over.

        With no date, "in office" means the office has no recorded end (the latest holder).
        """
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


# --------------------------------------------------------------------------------------------
# Text keys


_EXTRA_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "ı": "i", "œ": "oe",
                             "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")


def key(text: str) -> str:
    """The lookup key of a name: `fold` plus letters NFKD does not split (ł, ø, ı) and plain dashes."""
    return fold(text).translate(_EXTRA_FOLD)


def _strip_possessive(k: str) -> str:
    return _POSSESSIVE.sub("", k).strip()


_PARTICLES = {"von", "van", "der", "den", "de", "di", "da", "del", "du", "le", "la", "al", "bin"}
_NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def surname(name: str, country: str | None = None) -> str:
    """The part of a full name news uses alone: the last word, or from a particle ("Le Drian",
    "von der Leyen"); the first word for Chinese names ("Xi Jinping" → "Xi")."""
    words = [w for w in name.split() if key(w) not in _NAME_SUFFIXES and not re.fullmatch(r"\w\.", w)]
    if len(words) < 2:
        return words[0] if words else name
    if country == "CHN":
        return words[0]
    for i in range(1, len(words) - 1):
        if key(words[i]) in _PARTICLES:
            return " ".join(words[i:])
    return words[-1]


# Surnames that are also common English words or very common names: `match_name` resolves them only
# when written with a capital; the spaCy matcher finds them only after an honorific ("Mr Price").
RISKY_SURNAMES = {"price", "austin", "burns", "kim", "moore", "smith", "singh", "carpenter", "francis",
                  "muller", "mueller", "li", "wei", "levy", "michel", "bauer", "cotton", "reed", "warner",
                  "graham", "kelly", "jackson"}
_HONORIFICS = ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.")

# --------------------------------------------------------------------------------------------
# Metonyms and title modifiers

# Names that stand for a state or organisation when they are the speaker ("Moscow said").
_CAPITALS = {
    "washington": "USA", "washington dc": "USA", "washington, d.c.": "USA", "moscow": "RUS", "kyiv": "UKR",
    "kiev": "UKR", "paris": "FRA", "london": "GBR", "berlin": "DEU", "warsaw": "POL", "minsk": "BLR",
    "bucharest": "ROU", "beijing": "CHN", "ankara": "TUR", "tallinn": "EST", "riga": "LVA", "vilnius": "LTU",
    "budapest": "HUN", "rome": "ITA", "ottawa": "CAN", "tokyo": "JPN", "chisinau": "MDA", "tbilisi": "GEO",
    "helsinki": "FIN", "stockholm": "SWE", "prague": "CZE", "bratislava": "SVK", "hague": "NLD",
    "copenhagen": "DNK", "oslo": "NOR", "vienna": "AUT", "sofia": "BGR", "jerusalem": "ISR",
    "new delhi": "IND", "madrid": "ESP",
}
_INSTITUTION_METONYMS = {
    "white house": "USA", "pentagon": "USA", "state department": "USA", "state dept": "USA",
    "us state department": "USA", "u.s. state department": "USA", "department of state": "USA",
    "defense department": "USA", "defence department": "USA", "department of defense": "USA",
    "us defense department": "USA", "u.s. defense department": "USA", "treasury department": "USA",
    "us treasury": "USA", "u.s. treasury": "USA", "congress": "USA", "us congress": "USA", "u.s. congress": "USA",
    "kremlin": "RUS", "duma": "RUS", "state duma": "RUS", "federation council": "RUS",
    "downing street": "GBR", "no 10": "GBR", "no. 10": "GBR", "number 10": "GBR", "number ten": "GBR",
    "foreign office": "GBR", "whitehall": "GBR", "fcdo": "GBR",
    "elysee": "FRA", "elysee palace": "FRA", "quai d'orsay": "FRA",
    "bundestag": "DEU", "chancellery": "DEU", "german chancellery": "DEU",
    "bankova": "UKR", "rada": "UKR", "verkhovna rada": "UKR", "sejm": "POL",
    "alliance": "NATO", "atlantic alliance": "NATO", "military alliance": "NATO", "western alliance": "NATO",
    "bloc": "EU",
    # state agencies and services speak for their state ("NASA said", "the SBU said")
    "nasa": "USA", "cia": "USA", "fbi": "USA", "nsa": "USA", "us military": "USA", "u.s. military": "USA",
    "us army": "USA", "u.s. army": "USA", "us navy": "USA", "u.s. navy": "USA", "us air force": "USA",
    "roscosmos": "RUS", "fsb": "RUS", "gru": "RUS", "svr": "RUS", "tass": None, "russian army": "RUS",
    "russian military": "RUS", "russian navy": "RUS", "kremlin-backed": None,
    "sbu": "UKR", "ukrainian army": "UKR", "ukrainian military": "UKR", "naftogaz": None,
    "mod": "GBR", "ministry of defence": "GBR", "british army": "GBR", "royal navy": "GBR", "raf": "GBR",
    "bundeswehr": "DEU", "nato's": "NATO", "european commission": "EU",
}
_INSTITUTION_METONYMS = {k: v for k, v in _INSTITUTION_METONYMS.items() if v is not None}
STATE_METONYMS = {**_CAPITALS, **_INSTITUTION_METONYMS}
# Never a single actor, even though they look like one.
AMBIGUOUS_STATES = {"brussels", "geneva", "west", "western", "europe", "international community", "allies",
                    "officials", "experts", "analysts", "sources", "diplomats", "observers"}

# Modifiers inside titles and official phrases: (country or None, unit or None).
_UNITS: dict[str, tuple[str | None, str | None]] = {
    "kremlin": ("RUS", "presidency"), "white house": ("USA", "presidency"), "downing street": ("GBR", "presidency"),
    "no 10": ("GBR", "presidency"), "number 10": ("GBR", "presidency"), "elysee": ("FRA", "presidency"),
    "chancellery": ("DEU", "presidency"), "bankova": ("UKR", "presidency"),
    "pentagon": ("USA", "defence ministry"), "state department": ("USA", "foreign ministry"),
    "foreign office": ("GBR", "foreign ministry"), "quai d'orsay": ("FRA", "foreign ministry"),
    "presidential": (None, "presidency"), "president": (None, "presidency"), "government": (None, "presidency"),
    "prime minister": (None, "presidency"), "chancellor": (None, "presidency"),
    "foreign ministry": (None, "foreign ministry"), "ministry of foreign affairs": (None, "foreign ministry"),
    "foreign affairs ministry": (None, "foreign ministry"), "foreign policy": (None, "foreign ministry"),
    "foreign affairs": (None, "foreign ministry"), "diplomatic": (None, "foreign ministry"),
    "defence ministry": (None, "defence ministry"), "defense ministry": (None, "defence ministry"),
    "ministry of defence": (None, "defence ministry"), "ministry of defense": (None, "defence ministry"),
    "defence": (None, "defence ministry"), "defense": (None, "defence ministry"),
    "interior ministry": (None, "interior ministry"), "ministry of internal affairs": (None, "interior ministry"),
    "intelligence": (None, "intelligence"), "military intelligence": (None, "intelligence"),
    "foreign intelligence": (None, "intelligence"), "spy": (None, "intelligence"),
    "cia": ("USA", "intelligence"), "mi6": ("GBR", "intelligence"), "svr": ("RUS", "intelligence"),
    "hur": ("UKR", "intelligence"), "gur": ("UKR", "intelligence"),
    "fsb": ("RUS", "security service"), "sbu": ("UKR", "security service"), "kgb": ("BLR", "security service"),
    "security service": (None, "security service"),
    "army": (None, "military"), "military": (None, "military"), "armed forces": (None, "military"),
    "general staff": (None, "military"), "navy": (None, "navy"), "naval": (None, "navy"),
    "european commission": ("EU", "commission"), "eu commission": ("EU", "commission"),
    "commission": ("EU", "commission"), "european council": ("EU", "council"), "eu council": ("EU", "council"),
    "european parliament": ("EU", "european parliament"),
    "parliament": (None, "parliament"), "parliamentary": (None, "parliament"),
    "duma": ("RUS", "parliament"), "state duma": ("RUS", "parliament"), "federation council": ("RUS", "upper house"),
    "rada": ("UKR", "parliament"), "verkhovna rada": ("UKR", "parliament"), "house": ("USA", "parliament"),
    "house of representatives": ("USA", "parliament"), "sejm": ("POL", "parliament"),
    "bundestag": ("DEU", "parliament"),
    "roscosmos": ("RUS", "space agency"), "space agency": (None, "space agency"),
    "iaea": ("UN", "nuclear watchdog"), "nuclear watchdog": ("UN", "nuclear watchdog"),
    "atomic energy agency": ("UN", "nuclear watchdog"), "international atomic energy agency": ("UN", "nuclear watchdog"),
    "unhcr": ("UN", "refugee"), "refugee agency": (None, "refugee"), "refugee": (None, "refugee"),
    "human rights": (None, "human rights"), "rights": (None, "human rights"),
    "humanitarian": (None, "humanitarian"), "aid": (None, "humanitarian"), "relief": (None, "humanitarian"),
    "alliance": ("NATO", None), "atlantic alliance": ("NATO", None), "military alliance": ("NATO", None),
    "bloc": ("EU", None),
}
# Who heads a unit ("Pentagon chief", "CIA director", "the head of NATO"); "leader" = `leader_roles`.
_UNIT_HEAD = {
    "presidency": ("leader",), "foreign ministry": ("foreign minister",), "defence ministry": ("defence minister",),
    "interior ministry": ("interior minister",), "intelligence": ("intelligence chief",),
    "security service": ("security service chief",), "military": ("chief of the general staff", "commander-in-chief"),
    "navy": ("navy chief",), "commission": ("commission president",), "council": ("european council president",),
    "european parliament": ("european parliament president",), "parliament": ("speaker of parliament",),
    "upper house": ("speaker of the upper house",), "nuclear watchdog": ("nuclear watchdog chief",),
    "human rights": ("human rights chief",), "refugee": ("refugee chief",), "humanitarian": ("humanitarian chief",),
    "space agency": ("space agency chief",),
}
_UNIT_SPOKESPERSON = {
    "presidency": ("press secretary",), "foreign ministry": ("foreign ministry spokesperson",),
    "defence ministry": ("defence ministry spokesperson",),
}
_ORG_HEAD = {"NATO": ("secretary general",), "UN": ("secretary general",), "OSCE": ("secretary general",),
             "EU": ("commission president",)}

# Places that complete a role ("mayor of Kyiv"); folded alias → the spelling used in the table.
_PLACES = {
    "kyiv": "Kyiv", "kiev": "Kyiv", "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "lviv": "Lviv", "lvov": "Lviv",
    "mariupol": "Mariupol", "melitopol": "Melitopol", "mykolaiv": "Mykolaiv", "nikolaev": "Mykolaiv",
    "nikolayev": "Mykolaiv", "luhansk": "Luhansk", "lugansk": "Luhansk", "lpr": "Luhansk", "lnr": "Luhansk",
    "donetsk": "Donetsk", "dpr": "Donetsk", "dnr": "Donetsk", "chechnya": "Chechnya", "chechen": "Chechnya",
    "warsaw": "Warsaw",
}
_SEPARATIST_WORDS = {"dpr", "dnr", "lpr", "lnr", "separatist", "separatists", "rebel", "rebels", "self",
                     "proclaimed", "people's", "people", "peoples", "republic", "breakaway"}
# Words that may stand in a title's modifiers without changing who is meant.
_NOISE = {"top", "senior", "acting", "current", "new", "newly", "appointed", "incoming", "veteran", "powerful",
          "influential", "longtime", "hawkish", "outspoken", "region", "oblast", "regional", "province", "city",
          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "gen", "gen.", "general",
          "administration", "military administration", "state administration"} | _SEPARATIST_WORDS
_DEFAULT_WORDS = {"country", "nation", "its"}


@dataclass(frozen=True)
class _RoleWord:
    """What a title word means: `roles` tried in order, the states it implies when none is named."""

    roles: tuple[str, ...] = ()
    only_in: tuple[str, ...] = ()
    kind: str = "role"  # role | president | leader | chief | spokesperson | speaker | ambassador | place roles


_TITLE_WORDS: dict[str, _RoleWord] = {}


def _titles(surfaces: str, *roles: str, only_in: tuple[str, ...] = (), kind: str = "role") -> None:
    for surface in surfaces.split("|"):
        _TITLE_WORDS[surface] = _RoleWord(tuple(roles), only_in, kind)


_titles("president", "president", kind="president")
_titles("vice president", "vice president")
_titles("leader|head of state|head of government|ruler", kind="leader")
_titles("chief|head|boss|director|chairman|chairwoman|chair", kind="chief")
_titles("prime minister|premier|pm", "prime minister")
_titles("deputy prime minister|first deputy prime minister|vice premier|deputy premier|deputy pm", "deputy prime minister")
_titles("vice chancellor", "deputy prime minister", only_in=("DEU", "AUT"))
_titles("chancellor|federal chancellor", "chancellor", only_in=("DEU", "AUT"))
_titles("chancellor of the exchequer", "finance minister", only_in=("GBR",))
_titles("foreign minister|foreign affairs minister|minister of foreign affairs|minister for foreign affairs|"
        "top diplomat|chief diplomat|foreign policy chief|foreign affairs chief", "foreign minister")
_titles("foreign secretary", "foreign minister", only_in=("GBR",))
_titles("secretary of state", "foreign minister", only_in=("USA",))
_titles("high representative|high representative for foreign affairs and security policy", "foreign minister",
        only_in=("EU",))
_titles("defence minister|defense minister|minister of defence|minister of defense|minister for defence|"
        "defence chief|defense chief", "defence minister")
_titles("defence secretary|secretary of defence|secretary of state for defence", "defence minister",
        only_in=("GBR", "USA"))
_titles("defense secretary|secretary of defense", "defence minister", only_in=("USA", "GBR"))
_titles("deputy foreign minister|first deputy foreign minister|vice foreign minister", "deputy foreign minister")
_titles("deputy secretary of state", "deputy foreign minister", only_in=("USA",))
_titles("under secretary of state|undersecretary of state|under secretary of state for political affairs",
        "under secretary of state", only_in=("USA",))
_titles("assistant secretary of state", "assistant secretary of state", only_in=("USA",))
_titles("deputy defence minister|deputy defense minister", "deputy defence minister")
_titles("armed forces minister", "deputy defence minister", only_in=("GBR",))
_titles("interior minister|minister of internal affairs|minister of the interior|interior ministry chief",
        "interior minister")
_titles("home secretary", "interior minister", only_in=("GBR",))
_titles("finance minister|minister of finance", "finance minister")
_titles("treasury secretary|secretary of the treasury", "finance minister", only_in=("USA",))
_titles("national security adviser|national security advisor", "national security adviser")
_titles("deputy national security adviser|deputy national security advisor", "deputy national security adviser")
_titles("secretary general|general secretary", "secretary general")
_titles("deputy secretary general", "deputy secretary general")
_titles("spokesman|spokeswoman|spokesperson|chief spokesperson|chief spokesman|chief spokeswoman",
        "spokesperson", kind="spokesperson")
_titles("press secretary", "press secretary", kind="spokesperson")
_titles("ambassador|envoy|permanent representative", kind="ambassador")
_titles("deputy ambassador|deputy envoy|deputy permanent representative|first deputy permanent representative",
        "deputy", kind="ambassador")
_titles("mayor", "mayor of ", kind="place")
_titles("governor|regional governor", "governor of ", kind="place")
_titles("separatist leader|rebel leader|separatist chief|separatist head", "separatist leader of ", kind="place")
_titles("security council secretary|secretary of the security council|national security council secretary|"
        "secretary of the national security and defence council|nsdc secretary|"
        "secretary of the national security and defense council|secretary of the national security council",
        "security council secretary")
_titles("deputy chairman of the security council|security council deputy chairman|"
        "deputy head of the security council|security council deputy head", "security council deputy chairman",
        only_in=("RUS",))
_titles("head of the presidential office|head of the presidential administration|head of the president's office|"
        "head of the office of the president|chief of staff|presidential chief of staff",
        "head of the presidential office")
_titles("deputy head of the presidential office|deputy head of the presidential administration|"
        "deputy head of the president's office|deputy head of the office of the president|deputy chief of staff",
        "deputy head of the presidential office")
_titles("presidential adviser|presidential advisor|presidential aide|adviser|advisor|aide|top aide|"
        "adviser to the president|advisor to the president|aide to the president|foreign policy adviser|"
        "foreign policy aide|adviser to the head of the presidential office|"
        "adviser to the head of the president's office", "presidential adviser")
_titles("chief of the general staff|chief of general staff|top general|top military officer|"
        "top military commander|military chief|army chief|armed forces chief|chief of the armed forces|"
        "head of the armed forces|chief of defence|chief of the defence staff|chief of defence staff|"
        "chief of the defense staff", "chief of the general staff", "commander-in-chief")
_titles("chairman of the joint chiefs of staff|chairman of the joint chiefs|joint chiefs chairman",
        "chief of the general staff", only_in=("USA",))
_titles("commander in chief|commander in chief of the armed forces", "commander-in-chief",
        "chief of the general staff")
_titles("intelligence chief|spy chief|spymaster|head of intelligence|head of military intelligence|"
        "military intelligence chief", "intelligence chief")
_titles("director of national intelligence", "director of national intelligence", only_in=("USA",))
_titles("security service chief", "security service chief")
_titles("navy chief|head of the navy|navy commander|naval chief", "navy chief")
_titles("supreme allied commander|supreme allied commander europe|saceur", "supreme allied commander",
        only_in=("NATO",))
_titles("chairman of the military committee|military committee chairman|chair of the military committee",
        "military committee chairman", only_in=("NATO",))
_titles("commission president|european commission president|eu commission president", "commission president",
        only_in=("EU",))
_titles("european council president|eu council president", "european council president", only_in=("EU",))
_titles("european parliament president", "european parliament president", only_in=("EU",))
_titles("commission vice president|executive vice president", "commission vice president", only_in=("EU",))
_titles("speaker|parliament speaker|speaker of parliament|speaker of the parliament", kind="speaker")
_titles("house speaker|speaker of the house|speaker of the house of representatives", "speaker of parliament",
        only_in=("USA",))
_titles("central bank governor|central bank chief|head of the central bank|central bank head",
        "central bank governor")
_titles("prosecutor general", "prosecutor general")
_titles("ombudsman|ombudswoman|human rights commissioner|human rights ombudsman|"
        "parliamentary commissioner for human rights", "ombudsman")
_titles("high commissioner for human rights|human rights chief|rights chief", "human rights chief", only_in=("UN",))
_titles("refugee chief|high commissioner for refugees", "refugee chief", only_in=("UN",))
_titles("humanitarian chief|aid chief|relief chief|emergency relief coordinator", "humanitarian chief",
        only_in=("UN",))
_titles("political affairs chief", "political affairs chief", only_in=("UN",))
_titles("nuclear watchdog chief", "nuclear watchdog chief", only_in=("UN",))
_titles("opposition leader|leader of the opposition|opposition figure|opposition politician", "opposition leader")
_titles("former president", "former president")
_titles("space agency chief", "space agency chief")
_titles("pope|pontiff", "pope", only_in=("VAT",))
_titles("lawmaker|legislator|mp|senator|congressman|congresswoman", "lawmaker")

_TITLE_WORD_TUPLES = sorted(((tuple(s.split()), w) for s, w in _TITLE_WORDS.items()), key=lambda t: -len(t[0]))

# Heads of official phrases that stand for their state ("Russian officials", "the Ukrainian government").
_STATE_HEADS = sorted((tuple(h.split()) for h in (
    "official", "officials", "side", "government", "authorities", "leadership", "administration", "regime",
    "cabinet", "ministry", "foreign ministry", "defence ministry", "defense ministry", "interior ministry",
    "ministry of foreign affairs", "ministry of defence", "ministry of defense", "foreign affairs ministry",
    "military", "army", "armed forces", "general staff", "embassy", "mission", "delegation", "negotiators",
    "negotiator", "diplomats", "diplomat", "presidency", "presidential office", "president's office",
    "office of the president", "security service", "intelligence", "officials familiar with the matter",
)), key=lambda t: -len(t))
_STATE_PREQUANTIFIERS = {"a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other",
                         "another", "senior", "top", "high", "ranking", "high ranking", "level", "unnamed",
                         "anonymous", "current"}

# Words after a name that show the name is a modifier ("the Biden administration").
_NAME_MODIFIED = {"administration", "government", "regime", "team", "aides", "aide", "camp", "cabinet",
                  "officials", "official", "spokesman", "spokeswoman", "spokesperson", "office", "allies",
                  "ally", "family", "adviser", "advisers", "advisor", "advisors", "supporters", "party",
                  "white", "critic", "critics", "doctrine", "plan", "era"}
# Tokens before a bare surname that still let the matcher take it ("President Putin", "Mr. Putin").
_TITLE_TOKENS = {"president", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "general", "gen", "admiral", "adm",
                 "minister", "secretary", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
                 "ambassador", "envoy", "mayor", "governor", "speaker", "leader", "chairman", "chairwoman",
                 "commissioner", "deputy", "senator", "sen", "rep", "pope", "colonel", "col", "lt", "major", "maj",
                 "marshal", "vice", "chief", "director", "adviser", "advisor", "aide", "said", "says", "but",
                 "and", "when", "as", "if", "while", "after", "before", "because", "meanwhile", "then", "also",
                 "both", "neither", "nor", "or", "that", "the", "what", "how", "why", "where", "still", "yet"}


@dataclass(frozen=True)
class _Mod:
    """One modifier of a title: a country, a unit of government, a place, a person."""

    code: str | None = None
    unit: str | None = None
    place: str | None = None
    separatist: bool = False
    use_default: bool = False


def _title_key(text: str) -> list[str]:
    k = key(text).replace("-", " ")
    k = re.sub(r"[,;:!?\"“”]+$", "", k).strip()
    k = _strip_possessive(k)
    words = k.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return words


def ambassador_role(target: str, *, deputy: bool = False) -> str:
    """The role string of an ambassador to `target` (`UN` → "ambassador to the UN")."""
    where = {"UN": "the UN", "EU": "the EU", "OSCE": "the OSCE", "NATO": "NATO", "USA": "the United States",
             "GBR": "the United Kingdom"}.get(target) or country_name(target) or target
    return ("deputy " if deputy else "") + f"ambassador to {where}"


def _parse_date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --------------------------------------------------------------------------------------------
# The table


class ActorTable:
    """All actors with their name, title and metonym indexes; see the module docstring."""

    def __init__(self, actors: Iterable[Actor], aliases: dict[str, list[str]] | None = None):
        self.actors: list[Actor] = list(actors)
        self.aliases: dict[str, list[str]] = aliases or {}
        self._by_name = {a.name: a for a in self.actors}
        self._by_key = {key(a.name): a for a in self.actors}
        self._states: dict[str, Actor] = {}
        self._org_names: dict[str, Actor] = {}
        self._full: dict[str, list[Actor]] = {}
        self._surnames: dict[str, list[Actor]] = {}
        self._holders: dict[tuple[str, str | None], list[Actor]] = {}
        # The same phrases come back in every article: the lookups are pure, so remember their answers.
        for name in ("match_name", "match_title", "match_state"):
            setattr(self, name, lru_cache(maxsize=50_000)(getattr(self, name)))
        for a in self.actors:
            if a.type == "person":
                names = [a.name, *self.aliases.get(a.name, [])]
                for n in names:
                    if len(n.split()) > 1:
                        self._add(self._full, key(n), a)
                    self._add(self._surnames, key(surname(n, a.country)), a)
                if a.role:
                    self._add(self._holders, (a.role, a.country), a)
            else:
                if a.country and (a.type == "state" or a.name == country_name(a.country)):
                    self._states.setdefault(a.country, a)
                for n in [a.name, *self.aliases.get(a.name, [])]:
                    self._org_names.setdefault(_strip_possessive(key(n)), a)
        keys = sorted(set(self._full) | set(self._surnames), key=len, reverse=True)
        self._name_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(k) for k in keys) + r")(?![\w-])")

    @staticmethod
    def _add(index: dict, k, actor: Actor) -> None:
        bucket = index.setdefault(k, [])
        if actor not in bucket:
            bucket.append(actor)

    # -- lookups ---------------------------------------------------------------------------

    def by_name(self, canonical: str) -> Actor | None:
        """The actor with this canonical name (accent- and case-insensitive)."""
        return self._by_name.get(canonical) or self._by_key.get(key(canonical))

    def state(self, code: str) -> Actor | None:
        """The state or organisation actor of a code (`USA` → United States)."""
        return self._states.get(code)

    def holders(self, role: str, country: str | None) -> list[Actor]:
        """Every person in the table with this role in this country, over all dates."""
        return list(self._holders.get((role, country), []))

    def holder(self, roles: Iterable[str], country: str | None, *, on: dt.date | None = None) -> Actor | None:
        """The single holder of the first of `roles` that has holders in `country` on `on` (None if several)."""
        for role in roles:
            cands = self._holders.get((role, country), [])
            if not cands:
                continue
            return _pick(cands, on, keep_single=on is None)
        return None

    def counterpart(self, of: Actor, country: str, *, on: dt.date | None = None) -> Actor | None:
        """The actor in `country` holding `of`'s office; a head of state or government maps to the other
        country's leader ("Biden" → "Boris Johnson" for GBR)."""
        if of.type != "person":
            return self.state(country)
        if not of.role:
            return None
        if of.role in leader_roles(of.country):
            return self.holder(leader_roles(country), country, on=on)
        return self.holder((of.role,), country, on=on)

    # -- names -----------------------------------------------------------------------------

    def _name_key(self, k: str, on: dt.date | None, original: str | None = None) -> Actor | None:
        if k in self._full:
            return _pick(self._full[k], on, keep_single=True)
        cands = self._surnames.get(k)
        if not cands:
            return None
        if k in RISKY_SURNAMES and original is not None and not _capitalised_in(k, original):
            return None
        return _pick(cands, on, keep_single=True)

    def match_name(self, text: str, *, on: dt.date | None = None) -> Actor | None:
        """The person named in `text` ("President Joe Biden", "Mr. Putin", "Zelenskyy's", "Macron").

        Full names and aliases always resolve; a surname alone only when one actor has it, or one
        of those who have it is in office on `on`. The head of the phrase wins: in "Putin critic
        Alexei Navalny" that is Navalny, in "Jake Sullivan, Biden's adviser" Sullivan.
        """
        k = key(text)
        for segment in re.split(r"\s*(?:,|\(|\)|;| - | -- )\s*", k):
            for conjunct in re.split(r"\s+(?:and|or|&)\s+", segment):
                hits = []
                for m in self._name_re.finditer(conjunct):
                    rest = conjunct[m.end():]
                    possessive = bool(re.match(r"'s?(?!\w)", rest))
                    after = re.sub(r"^'s?", "", rest).strip() if possessive else rest.strip()
                    if possessive and after:
                        continue  # "Putin's spokesman": Putin only modifies
                    if after and after.split()[0] in _NAME_MODIFIED:
                        continue  # "the Biden administration"
                    hits.append(m.group(0))
                if hits:
                    return self._name_key(hits[-1], on, original=text)
        return None

    # -- titles ----------------------------------------------------------------------------

    def _modifier(self, words: list[str], on: dt.date | None) -> _Mod | None:
        phrase = _strip_possessive(" ".join(words))
        if not phrase:
            return None
        sep = any(w in _SEPARATIST_WORDS for w in words)
        if phrase in _PLACES:
            return _Mod(code=_CAPITALS.get(phrase), place=_PLACES[phrase], separatist=sep or phrase in
                        ("dpr", "dnr", "lpr", "lnr"))
        if phrase in _UNITS:
            code, unit = _UNITS[phrase]
            return _Mod(code=code, unit=unit)
        if phrase in _CAPITALS:
            return _Mod(code=_CAPITALS[phrase])
        if phrase in _DEFAULT_WORDS:
            return _Mod(use_default=True)
        if phrase in _NOISE:
            return _Mod(separatist=sep)
        code = country_code(phrase)
        if code:
            return _Mod(code=code)
        person = self._name_key(phrase, on)
        if person is not None and person.country:
            unit = "presidency" if person.role in leader_roles(person.country) else None
            return _Mod(code=person.country, unit=unit)
        return None

    def _modifiers(self, words: list[str], on: dt.date | None) -> list[_Mod] | None:
        """Split `words` greedily into known modifiers; None if any word is unknown."""
        mods, i = [], 0
        while i < len(words):
            for j in range(len(words), i, -1):
                mod = self._modifier(words[i:j], on)
                if mod is not None:
                    mods.append(mod)
                    i = j
                    break
            else:
                return None
        return mods

    def match_title(self, text: str, *, on: dt.date | None = None,
                    default_country: str | None = None) -> Actor | None:
        """The office-holder a role phrase without a name means ("the French president",
        "Kremlin spokesman", "the foreign minister of Ukraine", "the alliance's chief").

        The country comes from the phrase, else from a role that exists in one state only
        (secretary of state → USA), else `default_country`. None when the phrase is not a title
        or the office has no single holder on `on`.
        """
        words = _title_key(text)
        if not words:
            return None
        found = None
        for surface, word in _TITLE_WORD_TUPLES:
            n = len(surface)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) == surface and (i + n == len(words) or words[i + n] in ("of", "to", "in", "at")):
                    found = (i, i + n, word)
                    break
            if found:
                break
        if not found:
            return None
        i, j, word = found
        before = self._modifiers(words[:i], on)
        if before is None:
            return None
        target: _Mod | None = None
        prep = words[j] if j < len(words) else None
        if prep:
            after = [w for w in words[j + 1:] if w not in ("the", "a", "an")]
            after_mods = self._modifiers(after, on)
            if not after_mods:
                return None
            merged = _merge(after_mods)
            if merged is None:
                return None
            if prep == "of" or word.kind != "ambassador":
                before = before + after_mods
            else:
                target = merged
        if "former" in words and word.roles != ("former president",):
            return None
        return self._title_holder(word, before, target, on, default_country)

    def _title_holder(self, word: _RoleWord, mods: list[_Mod], target: _Mod | None, on: dt.date | None,
                      default_country: str | None) -> Actor | None:
        codes = list(dict.fromkeys(m.code for m in mods if m.code))
        units = [m.unit for m in mods if m.unit]
        unit = units[-1] if units else None
        places = [m.place for m in mods if m.place]
        separatist = any(m.separatist for m in mods)
        use_default = any(m.use_default for m in mods)

        if word.kind == "ambassador":
            deputy = word.roles == ("deputy",)
            to = target.code if target else None
            sender = codes[0] if codes else None
            if to is None and len(codes) == 2:
                sender, to = codes
            elif to is None and len(codes) == 1 and codes[0] in ORGANISATION_CODES and default_country:
                sender, to = default_country, codes[0]
            sender = sender or default_country
            if not sender or not to or sender == to:
                return None
            return self.holder((ambassador_role(to, deputy=deputy),), sender, on=on)

        if len(codes) > 1:
            return None
        if word.kind == "place" or (places and word.kind in ("leader", "chief")):
            if not places:
                return None
            prefixes = {"place": word.roles}.get(word.kind) or ("governor of ", "mayor of ")
            if separatist:
                prefixes = ("separatist leader of ",)
            for prefix in prefixes:
                role = prefix + places[0]
                cands = [a for a in self.actors if a.role == role]
                if cands:
                    return _pick(cands, on, keep_single=on is None)
            return None

        code = codes[0] if codes else None
        if code is None and word.only_in:
            code = default_country if default_country in word.only_in else word.only_in[0]
        if code is None:
            code = default_country
        if code is None:
            return None

        roles = word.roles
        if word.kind == "leader":
            roles = leader_roles(code)
        elif word.kind == "chief":
            if unit:
                roles = _UNIT_HEAD.get(unit, ())
            else:
                roles = _ORG_HEAD.get(code, ())
        elif word.kind == "president" and unit in ("commission", "council", "european parliament"):
            roles = _UNIT_HEAD[unit]
        elif word.kind == "spokesperson" and unit:
            roles = _UNIT_SPOKESPERSON.get(unit, ())
        elif word.kind == "speaker":
            roles = ("speaker of the upper house",) if unit == "upper house" else ("speaker of parliament",)
        if roles == ("leader",):
            roles = leader_roles(code)
        return self.holder(roles, code, on=on)

    # -- states ----------------------------------------------------------------------------

    def match_state(self, text: str) -> Actor | None:
        """The state or organisation a name, metonym or official phrase stands for ("Moscow",
        "the White House", "Russia's defence ministry", "U.S. officials", "the alliance").

        Bare "officials", "Western officials", "experts" and "Brussels" give None.
        """
        words = _title_key(text)
        k = " ".join(words)
        if not k or k in AMBIGUOUS_STATES or "former" in words:
            return None
        if k in self._org_names:
            return self._org_names[k]
        if k in STATE_METONYMS:
            return self.state(STATE_METONYMS[k])
        code = country_code(k)
        if code:
            return self.state(code)
        return self._state_from_phrase(words)

    def _state_from_phrase(self, words: list[str]) -> Actor | None:
        while words and words[0] in _STATE_PREQUANTIFIERS:
            words = words[1:]
        for head in _STATE_HEADS:
            n = len(head)
            for i in range(len(words) - n + 1):
                if tuple(words[i:i + n]) != head:
                    continue
                rest = words[i + n:]
                if rest and rest[0] not in ("of", "in", "from"):
                    continue
                modifier = [w for w in words[:i] if w not in _STATE_PREQUANTIFIERS]
                tail = [w for w in rest[1:] if w not in ("the", "a", "an")]
                return self._state_from_modifiers(modifier + tail, head)
        return None

    def _state_from_modifiers(self, words: list[str], head: tuple[str, ...]) -> Actor | None:
        if not words:
            return self.state("USA") if head == ("administration",) else None
        mods = self._modifiers(words, None)
        if mods is None:
            return None
        codes = {m.code for m in mods if m.code}
        if len(codes) == 1:
            return self.state(codes.pop())
        if codes:
            return None
        if "administration" in words:  # "a senior administration official": the US formula
            return self.state("USA")
        if words == ["defense"] and head in (("official",), ("officials",)):  # Pentagon briefings
            return self.state("USA")
        return None

    # -- everything ------------------------------------------------------------------------

    def resolve(self, text: str, *, on: dt.date | None = None,
                default_country: str | None = None) -> Actor | None:
        """`match_name`, then `match_title`, then `match_state`: the actor a mention stands for."""
        return (self.match_name(text, on=on)
                or self.match_title(text, on=on, default_country=default_country)
                or self.match_state(text))

    # -- matcher patterns --------------------------------------------------------------------

    def pattern_groups(self) -> dict[str, list[str]]:
        """Surface strings by match key: `F|name` full names, `S|name` bare surnames,
        `A|surname` surnames shared by several people (resolved inside the document)."""
        groups: dict[str, list[str]] = {}

        def add(group: str, surface: str) -> None:
            bucket = groups.setdefault(group, [])
            for s in (surface, _ascii(surface)):
                if s not in bucket:
                    bucket.append(s)

        for a in self.actors:
            names = [a.name, *self.aliases.get(a.name, [])]
            if a.type == "state":
                continue  # states are places too: resolve them with `match_state`
            if a.type != "person":
                for n in names:
                    add("F|" + a.name, n)
                continue
            for n in names:
                if len(n.split()) > 1:
                    add("F|" + a.name, n)
                sn = surname(n, a.country)
                k = key(sn)
                owners = self._surnames.get(k, [])
                if k in RISKY_SURNAMES:
                    if len(owners) == 1:
                        for h in _HONORIFICS:
                            add("F|" + a.name, f"{h} {sn}")
                elif len(owners) == 1:
                    add("S|" + a.name, sn)
                else:
                    add("A|" + k, sn)
        return groups

    def name_patterns(self) -> list[str]:
        """Every surface string the spaCy matcher looks for (names, aliases, surnames, organisations)."""
        return list(dict.fromkeys(s for group in self.pattern_groups().values() for s in group))

    def ambiguous_surname(self, k: str) -> list[str]:
        """Canonical names of the people who share the surname key `k`."""
        return [a.name for a in self._surnames.get(k, [])]


def _capitalised_in(k: str, text: str) -> bool:
    """True when the surname key `k` is written with a capital in `text` ("Price", not "price")."""
    pattern = r"(?<![\w-])" + re.escape(k[0].upper()) + "(?i:" + re.escape(k[1:]) + r")(?![\w-])"
    return re.search(pattern, _ascii(text)) is not None


def _ascii(surface: str) -> str:
    """`surface` with accents removed but case kept ("Nausėda" → "Nauseda")."""
    import unicodedata

    s = unicodedata.normalize("NFKD", surface)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.translate(str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ı": "i", "đ": "d", "Đ": "D"}))


def _pick(cands: list[Actor], on: dt.date | None, *, keep_single: bool) -> Actor | None:
    """One actor of `cands`: the only one (if `keep_single`), else the only one in office on `on`."""
    if len(cands) == 1 and keep_single:
        return cands[0]
    current = [a for a in cands if a.in_office(on)]
    return current[0] if len(current) == 1 else None


def _merge(mods: list[_Mod]) -> _Mod | None:
    codes = {m.code for m in mods if m.code}
    if len(codes) > 1:
        return None
    units = [m.unit for m in mods if m.unit]
    places = [m.place for m in mods if m.place]
    return _Mod(code=codes.pop() if codes else None, unit=units[-1] if units else None,
                place=places[0] if places else None, separatist=any(m.separatist for m in mods))


def read_actor_rows(path: Path = ACTORS_CSV) -> list[dict[str, str]]:
    """The raw rows of the actor table."""
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=1)
def load_actor_table() -> ActorTable:
    """The actor table from `resources/actors.csv`, loaded once per process."""
    actors, aliases = [], {}
    for row in read_actor_rows():
        actors.append(Actor(
            name=row["name"].strip(), type=row["type"].strip(), country=row["country"].strip() or None,
            role=row["role"].strip() or None, gender=row["gender"].strip() or None,
            start=_parse_date(row["start"].strip()), end=_parse_date(row["end"].strip()),
        ))
        aliases[row["name"].strip()] = [a.strip() for a in row["aliases"].split(";") if a.strip()]
    return ActorTable(actors, aliases)


# --------------------------------------------------------------------------------------------
# spaCy component


class ActorMatcher:
    """Finds every actor name in a Doc and writes it to `doc.spans["actors"]`, label = canonical name.

    Matching (a `PhraseMatcher` on lower-case forms) is split from the filters in `set_annotations`:
    a match must start with a capital; a bare surname is dropped after an unknown first name
    ("Wladimir Klitschko"); a surname shared by several people takes the one named in full in the doc.
    """

    def __init__(self, nlp: Language, name: str = "actor_matcher", spans_key: str = SPANS_KEY):
        from spacy.matcher import PhraseMatcher

        self.name = name
        self.spans_key = spans_key
        self.table = load_actor_table()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group, surfaces in self.table.pattern_groups().items():
            self.matcher.add(group, [nlp.make_doc(s) for s in surfaces])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.matcher(doc))
        return doc

    def set_annotations(self, doc: Doc, matches) -> None:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        strings = doc.vocab.strings
        found: list[tuple[str, int, int]] = []
        for match_id, start, end in matches:
            group = strings[match_id]
            first, last = doc[start], doc[end - 1]
            if not (first.text[:1].isupper() or (first.lower_ in _PARTICLES and last.text[:1].isupper())):
                continue
            if group[0] in "SA" and start > 0:
                prev = doc[start - 1]
                if (prev.is_alpha and prev.text[:1].isupper()
                        and prev.lower_.rstrip(".") not in _TITLE_TOKENS
                        and country_code(prev.text) is None and prev.lower_ not in _UNITS):
                    continue  # "Wladimir Klitschko": another person with the same surname
            found.append((group, start, end))
        named = {g[2:] for g, _, _ in found if g[0] in "FS"}
        spans = []
        for group, start, end in found:
            label = group[2:]
            if group[0] == "A":
                present = [n for n in self.table.ambiguous_surname(label) if n in named]
                if len(present) != 1:
                    continue
                label = present[0]
            spans.append(Span(doc, start, end, label=label))
        doc.spans[self.spans_key] = filter_spans(spans)


def _make_actor_matcher(nlp, name, spans_key):
    return ActorMatcher(nlp, name, spans_key=spans_key)


def add_actor_matcher(nlp: Language) -> None:
    """Add the `actor_matcher` component after `ner` (once: a second call does nothing)."""
    from spacy.language import Language

    if not Language.has_factory("actor_matcher"):
        Language.factory("actor_matcher", default_config={"spans_key": SPANS_KEY}, assigns=["doc.spans"],
                         func=_make_actor_matcher)
    if "actor_matcher" in nlp.pipe_names:
        return
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("actor_matcher", after="ner")
    else:
        nlp.add_pipe("actor_matcher")
