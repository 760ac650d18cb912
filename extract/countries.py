"""Country names, short forms and demonyms → ISO 3166 alpha-3 codes (offline, from pycountry).

`country_code("the U.S.")`, `country_code("Ukrainian")` and `country_code("Britain's")` all work;
`country_name("USA")` gives the name used in output tables. Alliances use the codes NATO, EU, UN.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

ORGANISATIONS = {"NATO": "NATO", "EU": "EU", "UN": "UN", "OSCE": "OSCE", "CSTO": "CSTO"}

# Names the news uses that pycountry does not give (or gives in another form); official names such as
# "United States of America" are fixed expressions (resources/fixed_expressions.txt).
_EXTRA_NAMES = {
    "USA": ["United States", "the United States", "US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GBR": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"],
    "RUS": ["Russia", "Russian Federation", "the Russian Federation"],
    "UKR": ["Ukraine", "the Ukraine"],
    "BLR": ["Belarus", "Byelorussia", "Belorussia"],
    "MDA": ["Moldova"],
    "CZE": ["Czech Republic", "Czechia", "the Czech Republic"],
    "SVK": ["Slovakia"],
    "KOR": ["South Korea"],
    "PRK": ["North Korea"],
    "IRN": ["Iran"],
    "SYR": ["Syria"],
    "VEN": ["Venezuela"],
    "TUR": ["Turkey", "Turkiye", "Türkiye"],
    "CHN": ["China", "PRC"],
    "TWN": ["Taiwan"],
    "VNM": ["Vietnam"],
    "LAO": ["Laos"],
    "BOL": ["Bolivia"],
    "TZA": ["Tanzania"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
    "NLD": ["Netherlands", "the Netherlands", "Holland"],
    "MKD": ["North Macedonia", "Macedonia"],
    "KGZ": ["Kyrgyzstan"],
    "ARE": ["UAE", "United Arab Emirates"],
    "VAT": ["Vatican", "the Vatican", "Holy See"],
    "PSE": ["Palestine"],
}

# Adjectives of nationality ("French President", "Russian troops") and plural nouns ("the Russians").
_DEMONYMS = {
    "USA": ["American", "Americans", "U.S.", "US"],
    "GBR": ["British", "Brits", "English", "Scottish", "Welsh", "UK", "U.K."],
    "RUS": ["Russian", "Russians", "Kremlin"],
    "UKR": ["Ukrainian", "Ukrainians"],
    "BLR": ["Belarusian", "Belarusians", "Belarussian", "Byelorussian"],
    "FRA": ["French", "Frenchman"],
    "DEU": ["German", "Germans"],
    "POL": ["Polish", "Poles"],
    "ROU": ["Romanian", "Romanians"],
    "BGR": ["Bulgarian", "Bulgarians"],
    "HUN": ["Hungarian", "Hungarians"],
    "SVK": ["Slovak", "Slovakian"],
    "CZE": ["Czech", "Czechs"],
    "EST": ["Estonian", "Estonians"],
    "LVA": ["Latvian", "Latvians"],
    "LTU": ["Lithuanian", "Lithuanians"],
    "MDA": ["Moldovan", "Moldovans"],
    "FIN": ["Finnish", "Finns"],
    "SWE": ["Swedish", "Swedes"],
    "NOR": ["Norwegian", "Norwegians"],
    "DNK": ["Danish", "Danes"],
    "NLD": ["Dutch"],
    "BEL": ["Belgian", "Belgians"],
    "ITA": ["Italian", "Italians"],
    "ESP": ["Spanish", "Spaniards"],
    "PRT": ["Portuguese"],
    "GRC": ["Greek", "Greeks"],
    "TUR": ["Turkish", "Turks"],
    "CHN": ["Chinese"],
    "JPN": ["Japanese"],
    "KOR": ["South Korean"],
    "IND": ["Indian"],
    "ISR": ["Israeli", "Israelis"],
    "IRN": ["Iranian", "Iranians"],
    "SYR": ["Syrian", "Syrians"],
    "CAN": ["Canadian", "Canadians"],
    "AUS": ["Australian", "Australians"],
    "AUT": ["Austrian"],
    "CHE": ["Swiss"],
    "IRL": ["Irish"],
    "GEO": ["Georgian", "Georgians"],
    "ARM": ["Armenian"],
    "AZE": ["Azerbaijani"],
    "KAZ": ["Kazakh"],
    "SRB": ["Serbian", "Serbs"],
    "HRV": ["Croatian"],
    "SVN": ["Slovenian"],
    "ALB": ["Albanian"],
    "MNE": ["Montenegrin"],
    "MKD": ["Macedonian"],
    "BIH": ["Bosnian"],
    "ISL": ["Icelandic"],
    "LUX": ["Luxembourg"],
    "MEX": ["Mexican"],
    "BRA": ["Brazilian"],
    "ARG": ["Argentine", "Argentinian"],
    "CUB": ["Cuban"],
    "VEN": ["Venezuelan"],
    "SAU": ["Saudi"],
    "QAT": ["Qatari"],
    "EGY": ["Egyptian"],
    "PAK": ["Pakistani"],
    "AFG": ["Afghan"],
    "IRQ": ["Iraqi"],
    "PRK": ["North Korean"],
}

# The organisations' official names ("North Atlantic Treaty Organisation"): fixed expressions.
_ORG_NAMES = {
    "NATO": ["NATO", "Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "the Atlantic alliance"],
    "EU": ["EU", "E.U.", "European Union", "the European Union"],
    "UN": ["UN", "U.N.", "United Nations", "the United Nations"],
    "OSCE": ["OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"],
    "CSTO": ["CSTO", "Collective Security Treaty Organization", "Collective Security Treaty Organisation"],
}
_ORG_ADJECTIVES = {"NATO": ["NATO", "Nato", "allied", "Allied"], "EU": ["EU", "European Union"], "UN": ["UN", "U.N."],
                   "CSTO": ["CSTO"]}

_DISPLAY = {"USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "MDA": "Moldova", "CZE": "Czech Republic",
            "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea", "TUR": "Turkey", "VEN": "Venezuela",
            "TWN": "Taiwan", "VNM": "Vietnam", "BOL": "Bolivia", "TZA": "Tanzania", "LAO": "Laos",
            "NATO": "NATO", "EU": "European Union", "UN": "United Nations", "OSCE": "OSCE", "CSTO": "CSTO"}


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower-case, strip accents, fold curly apostrophes and collapse spaces: the key for name lookups."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().lower()


def _strip(text: str) -> str:
    text = fold(text)
    text = re.sub(r"('s|')$", "", text)
    return re.sub(r"^the ", "", text)


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names.setdefault(_strip(value), c.alpha_3)
                if "," in value:  # "Korea, Republic of" is not how news writes it
                    names.pop(_strip(value), None)
    for code, variants in {**_EXTRA_NAMES, **_ORG_NAMES}.items():
        for v in variants:
            names[_strip(v)] = code
    adjectives: dict[str, str] = {}
    for code, variants in {**_DEMONYMS, **_ORG_ADJECTIVES}.items():
        for v in variants:
            adjectives[_strip(v)] = code
    return names, adjectives


@lru_cache(maxsize=100_000)
def country_code(text: str, *, adjectives: bool = True) -> str | None:
    """ISO3 (or NATO/EU/UN) for a country name, short form or — with `adjectives` — a demonym."""
    key = _strip(text)
    if not key:
        return None
    names, adjs = _tables()
    if key in names:
        return names[key]
    if adjectives and key in adjs:
        return adjs[key]
    return None


def country_name(code: str | None) -> str | None:
    """The readable name used in output tables (`USA` → `United States`)."""
    if not code:
        return None
    if code in _DISPLAY:
        return _DISPLAY[code]
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def all_name_variants() -> dict[str, str]:
    """Every folded country/organisation name the module knows, mapped to its code."""
    return dict(_tables()[0])


def all_adjectives() -> dict[str, str]:
    """Every folded demonym/adjective the module knows, mapped to its code."""
    return dict(_tables()[1])
