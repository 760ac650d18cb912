"""The words of the actor table's rules: offices (roles) and the title words that name them, who "the
leader" of a country is, metonyms that stand for a state, and the modifiers a title may carry.
See docs/actors.md for the role vocabulary."""
from __future__ import annotations

from dataclasses import dataclass

from .countries import country_name

TYPES = ("person", "state", "organisation")
ORGANISATION_CODES = ("NATO", "EU", "UN", "OSCE", "G7", "CSTO")

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
# Roles completed by a place or a country: "ambassador to the UN" (an office: a fixed expression), "mayor of Kyiv".
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


def ambassador_role(target: str, *, deputy: bool = False) -> str:
    """The role string of an ambassador to `target` (`UN` → "ambassador to the UN", a fixed expression)."""
    where = {"UN": "the UN", "EU": "the EU", "OSCE": "the OSCE", "NATO": "NATO", "USA": "the United States",
             "GBR": "the United Kingdom"}.get(target) or country_name(target) or target
    return ("deputy " if deputy else "") + f"ambassador to {where}"


# --------------------------------------------------------------------------------------------
# Metonyms and title modifiers

# Names that stand for a state or organisation when they are the speaker ("Moscow said").
CAPITALS = {
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
    "senate": "USA", "us senate": "USA", "u.s. senate": "USA",
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
    "bundeswehr": "DEU", "nato's": "NATO", "european commission": "EU", "europol": "EU", "frontex": "EU",
}
_INSTITUTION_METONYMS = {k: v for k, v in _INSTITUTION_METONYMS.items() if v is not None}
STATE_METONYMS = {**CAPITALS, **_INSTITUTION_METONYMS}
# Never a single actor, even though they look like one.
AMBIGUOUS_STATES = {"brussels", "geneva", "west", "western", "europe", "international community", "allies",
                    "officials", "experts", "analysts", "sources", "diplomats", "observers"}

# Modifiers inside titles and official phrases: (country or None, unit or None); the long ones are the fixed
# names of offices ("ministry of foreign affairs": resources/fixed_expressions.txt).
UNITS: dict[str, tuple[str | None, str | None]] = {
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
UNIT_HEAD = {
    "presidency": ("leader",), "foreign ministry": ("foreign minister",), "defence ministry": ("defence minister",),
    "interior ministry": ("interior minister",), "intelligence": ("intelligence chief",),
    "security service": ("security service chief",), "military": ("chief of the general staff", "commander-in-chief"),
    "navy": ("navy chief",), "commission": ("commission president",), "council": ("european council president",),
    "european parliament": ("european parliament president",), "parliament": ("speaker of parliament",),
    "upper house": ("speaker of the upper house",), "nuclear watchdog": ("nuclear watchdog chief",),
    "human rights": ("human rights chief",), "refugee": ("refugee chief",), "humanitarian": ("humanitarian chief",),
    "space agency": ("space agency chief",),
}
UNIT_SPOKESPERSON = {
    "presidency": ("press secretary",), "foreign ministry": ("foreign ministry spokesperson",),
    "defence ministry": ("defence ministry spokesperson",),
}
ORG_HEAD = {"NATO": ("secretary general",), "UN": ("secretary general",), "OSCE": ("secretary general",),
            "EU": ("commission president",)}

# Places that complete a role ("mayor of Kyiv"); folded alias → the spelling used in the table.
ROLE_PLACES = {
    "kyiv": "Kyiv", "kiev": "Kyiv", "kharkiv": "Kharkiv", "kharkov": "Kharkiv", "lviv": "Lviv", "lvov": "Lviv",
    "mariupol": "Mariupol", "melitopol": "Melitopol", "mykolaiv": "Mykolaiv", "nikolaev": "Mykolaiv",
    "nikolayev": "Mykolaiv", "luhansk": "Luhansk", "lugansk": "Luhansk", "lpr": "Luhansk", "lnr": "Luhansk",
    "donetsk": "Donetsk", "dpr": "Donetsk", "dnr": "Donetsk", "chechnya": "Chechnya", "chechen": "Chechnya",
    "warsaw": "Warsaw",
}
SEPARATIST_WORDS = {"dpr", "dnr", "lpr", "lnr", "separatist", "separatists", "rebel", "rebels", "self",
                    "proclaimed", "people's", "people", "peoples", "republic", "breakaway"}
# Words that may stand in a title's modifiers without changing who is meant.
NOISE = {"top", "senior", "acting", "current", "new", "newly", "appointed", "incoming", "veteran", "powerful",
         "influential", "longtime", "hawkish", "outspoken", "region", "oblast", "regional", "province", "city",
         "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "gen", "gen.", "general",
         "administration", "military administration", "state administration"} | SEPARATIST_WORDS
DEFAULT_WORDS = {"country", "nation", "its"}


@dataclass(frozen=True)
class RoleWord:
    """What a title word means: `roles` tried in order, the states it implies when none is named."""

    roles: tuple[str, ...] = ()
    only_in: tuple[str, ...] = ()
    kind: str = "role"  # role | president | leader | chief | spokesperson | speaker | ambassador | place roles


_TITLE_WORDS: dict[str, RoleWord] = {}


def _titles(surfaces: str, *roles: str, only_in: tuple[str, ...] = (), kind: str = "role") -> None:
    for surface in surfaces.split("|"):
        _TITLE_WORDS[surface] = RoleWord(tuple(roles), only_in, kind)


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

TITLE_WORD_TUPLES = sorted(((tuple(s.split()), w) for s, w in _TITLE_WORDS.items()), key=lambda t: -len(t[0]))

# Heads of official phrases that stand for their state ("Russian officials", "the Ukrainian government"); the
# long ones are the fixed names of offices ("office of the president": resources/fixed_expressions.txt).
STATE_HEADS = sorted((tuple(h.split()) for h in (
    "official", "officials", "spokesman", "spokeswoman", "spokesperson", "side", "government", "authorities", "leadership", "administration", "regime",
    "cabinet", "ministry", "foreign ministry", "defence ministry", "defense ministry", "interior ministry",
    "ministry of foreign affairs", "ministry of defence", "ministry of defense", "foreign affairs ministry",
    "military", "army", "armed forces", "general staff", "embassy", "mission", "delegation", "negotiators",
    "negotiator", "diplomats", "diplomat", "presidency", "presidential office", "president's office",
    "office of the president", "security service", "intelligence", "officials familiar with the matter",
)), key=lambda t: -len(t))
STATE_PREQUANTIFIERS = {"a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "other",
                        "another", "senior", "top", "high", "ranking", "high ranking", "level", "unnamed",
                        "anonymous", "current"}

# Words after a name that show the name is a modifier ("the Biden administration").
NAME_MODIFIED = {"administration", "government", "regime", "team", "aides", "aide", "camp", "cabinet",
                 "officials", "official", "spokesman", "spokeswoman", "spokesperson", "office", "allies",
                 "ally", "family", "adviser", "advisers", "advisor", "advisors", "supporters", "party",
                 "white", "critic", "critics", "doctrine", "plan", "era"}
# Tokens before a bare surname that still let the matcher take it ("President Putin", "Mr. Putin").
TITLE_TOKENS = {"president", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "general", "gen", "admiral", "adm",
                "minister", "secretary", "chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
                "ambassador", "envoy", "mayor", "governor", "speaker", "leader", "chairman", "chairwoman",
                "commissioner", "deputy", "senator", "sen", "rep", "pope", "colonel", "col", "lt", "major", "maj",
                "marshal", "vice", "chief", "director", "adviser", "advisor", "aide", "said", "says", "but",
                "and", "when", "as", "if", "while", "after", "before", "because", "meanwhile", "then", "also",
                "both", "neither", "nor", "or", "that", "the", "what", "how", "why", "where", "still", "yet"}

