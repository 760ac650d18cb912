"""Tests for extract.actors: the actor table, name/title/metonym resolution and the actor_matcher component."""
from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pycountry
import pytest
from spacy.tokens import Doc

from extract.actors import (
    ORGANISATION_CODES, ROLE_PREFIXES, ROLES, TYPES, ActorMatcher, add_actor_matcher, ambassador_role,
    key, leader_roles, load_actor_table, read_actor_rows, surname,
)
from extract.countries import country_code, country_name

REPO = Path(__file__).resolve().parents[2]
FEB = dt.date(2022, 2, 15)  # the weeks before the invasion: most office-holders as in the table


@pytest.fixture(scope="module")
def table():
    return load_actor_table()


def _name(actor):
    return actor.name if actor is not None else None


# ---------------------------------------------------------------------------------------------
# Names


@pytest.mark.parametrize("text, expected", [
    ("Vladimir Putin", "Vladimir Putin"),
    ("President Joe Biden", "Joe Biden"),
    ("Mr. Putin", "Vladimir Putin"),
    ("Mr Putin's", "Vladimir Putin"),
    ("Foreign Minister Sergei Lavrov", "Sergei Lavrov"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova", "Maria Zakharova"),
    ("Zelenskyy", "Volodymyr Zelensky"),
    ("Zelenskiy", "Volodymyr Zelensky"),
    ("Zelenskii", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskyy's", "Volodymyr Zelensky"),
    ("Zelensky\u2019s", "Volodymyr Zelensky"),
    ("Kyiv Mayor Vitali Klitschko", "Vitali Klitschko"),
    ("Klychko", "Vitali Klitschko"),
    ("Lukashenka", "Alexander Lukashenko"),
    ("Alyaksandr Lukashenka", "Alexander Lukashenko"),
    ("JEAN-YVES LE DRIAN", "Jean-Yves Le Drian"),
    ("Le Drian", "Jean-Yves Le Drian"),
    ("von der Leyen", "Ursula von der Leyen"),
    ("Stoltenberg", "Jens Stoltenberg"),
    ("Shoigu", "Sergei Shoigu"),
    ("Sergey Shoygu", "Sergei Shoigu"),
    ("Peskov", "Dmitry Peskov"),
    ("Macron", "Emmanuel Macron"),
    ("Blinken", "Antony Blinken"),
    ("Tony Blinken", "Antony Blinken"),
    ("Thomas-Greenfield", "Linda Thomas-Greenfield"),
    ("Nausėda", "Gitanas Nausėda"),
    ("Nauseda", "Gitanas Nausėda"),
    ("Blaszczak", "Mariusz Błaszczak"),
    ("Cavusoglu", "Mevlüt Çavuşoğlu"),
    ("Erdogan", "Recep Tayyip Erdoğan"),
    ("Store", "Jonas Gahr Støre"),
    ("Xi", "Xi Jinping"),  # Chinese names: family name first
    ("Di Maio", "Luigi Di Maio"),
    ("Lloyd J. Austin III", "Lloyd Austin"),
    ("Joseph R. Biden Jr.", "Joe Biden"),
    ("Price", "Ned Price"),  # a risky surname written with a capital
    ("Sen. Tom Cotton", "Tom Cotton"),
    ("Cotton", "Tom Cotton"),
    ("Gen. Mark Milley", "Mark Milley"),
    # the head of the phrase wins over names that only modify it
    ("Peskov, Putin's spokesman", "Dmitry Peskov"),
    ("Putin critic Alexei Navalny", "Alexei Navalny"),
    ("Biden adviser Jake Sullivan", "Jake Sullivan"),
    ("Joe Biden and Vladimir Putin", "Joe Biden"),
])
def test_match_name(table, text, expected):
    assert _name(table.match_name(text, on=FEB)) == expected


@pytest.mark.parametrize("text", [
    "Vladimir",  # first name only
    "Joe",
    "Sergei",
    "Sullivan",  # Jake (national security adviser) and John (ambassador to Russia), both in office
    "Fedorov",  # Mykhailo (deputy PM) and Ivan (Melitopol mayor)
    "Wang",  # Wang Yi and Wang Wenbin
    "the oil price",  # risky surname in lower case
    "cotton",
    "the Biden administration",  # the name only modifies
    "Putin's spokesman",
    "Boris Yeltsin",
    "Russia",
    "",
])
def test_match_name_rejects(table, text):
    assert table.match_name(text, on=FEB) is None


@pytest.mark.parametrize("text, on, expected", [
    ("Johnson", FEB, "Boris Johnson"),
    ("Merkel", FEB, "Angela Merkel"),  # out of office, but the only Merkel
    ("Scholz", dt.date(2021, 11, 20), "Olaf Scholz"),
    ("Psaki", dt.date(2022, 6, 1), "Jen Psaki"),
])
def test_match_name_surname_whatever_the_date(table, text, on, expected):
    assert _name(table.match_name(text, on=on)) == expected


@pytest.mark.parametrize("canonical, start, end", [
    ("Angela Merkel", None, dt.date(2021, 12, 8)),
    ("Olaf Scholz", dt.date(2021, 12, 8), None),
    ("Heiko Maas", None, dt.date(2021, 12, 8)),
    ("Annalena Baerbock", dt.date(2021, 12, 8), None),
    ("Annegret Kramp-Karrenbauer", None, dt.date(2021, 12, 8)),
    ("Christine Lambrecht", dt.date(2021, 12, 8), None),
    ("Oleksii Reznikov", dt.date(2021, 11, 4), None),
    ("Andriy Taran", None, dt.date(2021, 11, 4)),
    ("Jen Psaki", None, dt.date(2022, 5, 13)),
    ("Liz Truss", dt.date(2021, 9, 15), dt.date(2022, 9, 6)),
    ("Petr Fiala", dt.date(2021, 11, 28), None),
    ("Magdalena Andersson", dt.date(2021, 11, 30), None),
    ("Nicolae Ciucă", dt.date(2021, 11, 25), None),
    ("Roberta Metsola", dt.date(2022, 1, 18), None),
])
def test_dates_of_office(table, canonical, start, end):
    actor = table.by_name(canonical)
    assert (actor.start, actor.end) == (start, end)


@pytest.mark.parametrize("canonical, on, expected", [
    ("Angela Merkel", dt.date(2021, 12, 7), True),
    ("Angela Merkel", dt.date(2021, 12, 8), False),  # `end` is the successor's first day
    ("Olaf Scholz", dt.date(2021, 12, 8), True),
    ("Olaf Scholz", dt.date(2021, 12, 7), False),
    ("Olaf Scholz", None, True),  # no date: the latest holder
    ("Angela Merkel", None, False),
    ("Vladimir Putin", dt.date(2022, 2, 24), True),
])
def test_in_office(table, canonical, on, expected):
    assert table.by_name(canonical).in_office(on) is expected


@pytest.mark.parametrize("canonical, type_, country, role, gender", [
    ("Volodymyr Zelensky", "person", "UKR", "president", "m"),
    ("Antony Blinken", "person", "USA", "foreign minister", "m"),
    ("Liz Truss", "person", "GBR", "foreign minister", "f"),
    ("Josep Borrell", "person", "EU", "foreign minister", "m"),
    ("Dmitry Peskov", "person", "RUS", "press secretary", "m"),
    ("John Kirby", "person", "USA", "defence ministry spokesperson", "m"),
    ("Vasily Nebenzya", "person", "RUS", "ambassador to the UN", "m"),
    ("Denis Pushilin", "person", None, "separatist leader of Donetsk", "m"),
    ("United States", "state", "USA", None, None),
    ("European Commission", "organisation", "EU", None, None),
])
def test_by_name(table, canonical, type_, country, role, gender):
    actor = table.by_name(canonical)
    assert (actor.name, actor.type, actor.country, actor.role, actor.gender) == (canonical, type_, country, role, gender)


def test_by_name_is_accent_insensitive_and_rejects_unknown(table):
    assert table.by_name("Mircea Geoana").name == "Mircea Geoană"
    assert table.by_name("Nobody Known") is None


@pytest.mark.parametrize("name, country, expected", [
    ("Jean-Yves Le Drian", "FRA", "Le Drian"),
    ("Ursula von der Leyen", "EU", "von der Leyen"),
    ("Xi Jinping", "CHN", "Xi"),
    ("Joseph R. Biden Jr.", "USA", "Biden"),
    ("Linda Thomas-Greenfield", "USA", "Thomas-Greenfield"),
    ("Pope Francis", "VAT", "Francis"),
])
def test_surname(name, country, expected):
    assert surname(name, country) == expected


# ---------------------------------------------------------------------------------------------
# Titles


@pytest.mark.parametrize("text, on, default, expected", [
    ("the French president", FEB, None, "Emmanuel Macron"),
    ("French President", FEB, None, "Emmanuel Macron"),
    ("the president of France", FEB, None, "Emmanuel Macron"),
    ("Russia's foreign minister", FEB, None, "Sergei Lavrov"),
    ("the Russian foreign minister", FEB, None, "Sergei Lavrov"),
    ("the foreign minister of Ukraine", FEB, None, "Dmytro Kuleba"),
    ("the secretary of state", FEB, None, "Antony Blinken"),
    ("the secretary of state", FEB, "RUS", "Antony Blinken"),  # one-state role beats the default
    ("the U.S. secretary of state", FEB, None, "Antony Blinken"),
    ("the British prime minister", FEB, None, "Boris Johnson"),
    ("the German chancellor", FEB, None, "Olaf Scholz"),
    ("the chancellor", FEB, None, "Olaf Scholz"),
    ("the chancellor", dt.date(2021, 11, 20), None, "Angela Merkel"),
    ("the Austrian chancellor", FEB, None, "Karl Nehammer"),
    ("the German foreign minister", dt.date(2021, 11, 20), None, "Heiko Maas"),
    ("the German foreign minister", FEB, None, "Annalena Baerbock"),
    ("Kremlin spokesman", FEB, None, "Dmitry Peskov"),
    ("the Kremlin's spokesman", FEB, None, "Dmitry Peskov"),
    ("Putin's spokesman", FEB, None, "Dmitry Peskov"),
    ("the Pentagon press secretary", FEB, None, "John Kirby"),
    ("White House press secretary", FEB, None, "Jen Psaki"),
    ("White House press secretary", dt.date(2022, 6, 1), None, "Karine Jean-Pierre"),
    ("the State Department spokesman", FEB, None, "Ned Price"),
    ("the Russian Foreign Ministry spokeswoman", FEB, None, "Maria Zakharova"),
    ("NATO's secretary general", FEB, None, "Jens Stoltenberg"),
    ("the alliance's chief", FEB, None, "Jens Stoltenberg"),
    ("the head of NATO", FEB, None, "Jens Stoltenberg"),
    ("NATO spokeswoman", FEB, None, "Oana Lungescu"),
    ("the UN secretary-general", FEB, None, "António Guterres"),
    ("the UN chief", FEB, None, "António Guterres"),
    ("the EU's foreign policy chief", FEB, None, "Josep Borrell"),
    ("the European Commission president", FEB, None, "Ursula von der Leyen"),
    ("the president of the European Commission", FEB, None, "Ursula von der Leyen"),
    ("the Ukrainian leader", FEB, None, "Volodymyr Zelensky"),
    ("the Russian leader", FEB, None, "Vladimir Putin"),
    ("the Belarusian leader", FEB, None, "Alexander Lukashenko"),
    ("the British leader", FEB, None, "Boris Johnson"),
    ("the German leader", FEB, None, "Olaf Scholz"),
    ("Britain's defence secretary", FEB, None, "Ben Wallace"),
    ("defense secretary", FEB, None, "Lloyd Austin"),
    ("defence secretary", FEB, None, "Ben Wallace"),
    ("the Pentagon chief", FEB, None, "Lloyd Austin"),
    ("foreign secretary", FEB, None, "Liz Truss"),
    ("top diplomat", FEB, "RUS", "Sergei Lavrov"),
    ("Russia's top diplomat", FEB, None, "Sergei Lavrov"),
    ("the president", FEB, "USA", "Joe Biden"),
    ("the country's president", FEB, "UKR", "Volodymyr Zelensky"),
    ("President Biden's national security adviser", FEB, None, "Jake Sullivan"),
    ("Zelensky's chief of staff", FEB, None, "Andriy Yermak"),
    ("CIA Director", FEB, None, "William Burns"),
    ("Russia's military chief", FEB, None, "Valery Gerasimov"),
    ("Ukraine's top general", FEB, None, "Valerii Zaluzhnyi"),
    ("the chairman of the Joint Chiefs of Staff", FEB, None, "Mark Milley"),
    ("the Russian ambassador to the UN", FEB, None, "Vasily Nebenzya"),
    ("Russia's UN ambassador", FEB, None, "Vasily Nebenzya"),
    ("the Russian ambassador in Washington", FEB, None, "Anatoly Antonov"),
    ("the U.S. ambassador to the United Nations", FEB, None, "Linda Thomas-Greenfield"),
    ("the Kyiv mayor", FEB, None, "Vitali Klitschko"),
    ("the mayor of Kiev", FEB, None, "Vitali Klitschko"),
    ("the governor of the Luhansk region", FEB, None, "Serhiy Haidai"),
    ("the leader of the self-proclaimed Donetsk People's Republic", FEB, None, "Denis Pushilin"),
    ("DPR leader", FEB, None, "Denis Pushilin"),
    ("Chechen leader", FEB, None, "Ramzan Kadyrov"),
    ("the Polish government spokesman", FEB, None, "Piotr Müller"),
    ("the Ukrainian defence minister", dt.date(2021, 11, 2), None, "Andriy Taran"),
    ("the Ukrainian defence minister", FEB, None, "Oleksii Reznikov"),
    ("Ukraine's former president", FEB, None, "Petro Poroshenko"),
    ("the Belarusian opposition leader", FEB, None, "Sviatlana Tsikhanouskaya"),
    ("the pope", FEB, None, "Pope Francis"),
    ("the head of Roscosmos", FEB, None, "Dmitry Rogozin"),
])
def test_match_title(table, text, on, default, expected):
    assert _name(table.match_title(text, on=on, default_country=default)) == expected


@pytest.mark.parametrize("text, default", [
    ("top diplomat", None),  # no country anywhere
    ("the president", None),
    ("the company's president", None),  # not a state's office
    ("President Joe Biden", None),  # a name, not a title
    ("the former president", None),
    ("a Ukrainian presidential adviser", None),  # Podolyak and Arestovych
    ("the Ukrainian deputy prime minister", None),  # several
    ("the Russian deputy foreign minister", None),
    ("the Russian spokesman", None),  # which ministry?
    ("the EU president", None),  # Commission or Council?
    ("Western officials", None),
    ("the Kremlin", None),
    ("the Russian and Ukrainian foreign ministers", None),
    ("", "USA"),
])
def test_match_title_rejects(table, text, default):
    assert table.match_title(text, on=FEB, default_country=default) is None


# ---------------------------------------------------------------------------------------------
# States and metonyms


@pytest.mark.parametrize("text, expected", [
    ("Russia", "Russia"),
    ("Russia's", "Russia"),
    ("the United States", "United States"),
    ("the Russians", "Russia"),
    ("Washington", "United States"),
    ("Moscow", "Russia"),
    ("Kyiv", "Ukraine"),
    ("Kiev", "Ukraine"),
    ("Paris", "France"),
    ("London", "United Kingdom"),
    ("Berlin", "Germany"),
    ("Warsaw", "Poland"),
    ("Minsk", "Belarus"),
    ("Bucharest", "Romania"),
    ("Beijing", "China"),
    ("Ankara", "Turkey"),
    ("Tallinn", "Estonia"),
    ("Riga", "Latvia"),
    ("Vilnius", "Lithuania"),
    ("the White House", "United States"),
    ("the Kremlin", "Russia"),
    ("the Pentagon", "United States"),
    ("the State Department", "United States"),
    ("the Defense Department", "United States"),
    ("Downing Street", "United Kingdom"),
    ("No 10", "United Kingdom"),
    ("the Foreign Office", "United Kingdom"),
    ("Whitehall", "United Kingdom"),
    ("the Élysée", "France"),
    ("Elysee", "France"),
    ("the Quai d\u2019Orsay", "France"),
    ("the Bundestag", "Germany"),
    ("the Russian Foreign Ministry", "Russia"),
    ("Russia's defence ministry", "Russia"),
    ("the Ministry of Foreign Affairs of Ukraine", "Ukraine"),
    ("the Ukrainian government", "Ukraine"),
    ("the government of Ukraine", "Ukraine"),
    ("the Biden administration", "United States"),
    ("a senior administration official", "United States"),
    ("administration officials", "United States"),
    ("a senior State Department official", "United States"),
    ("a senior defense official", "United States"),
    ("U.S. officials", "United States"),
    ("American officials", "United States"),
    ("Russian officials", "Russia"),
    ("Ukrainian officials", "Ukraine"),
    ("British officials", "United Kingdom"),
    ("a Kremlin official", "Russia"),
    ("the Russian side", "Russia"),
    ("the Ukrainian side", "Ukraine"),
    ("officials in Moscow", "Russia"),
    ("the alliance", "NATO"),
    ("NATO", "NATO"),
    ("the EU", "European Union"),
    ("the European Commission", "European Commission"),
    ("the United Nations", "United Nations"),
    ("the UN Security Council", "United Nations Security Council"),
    ("the OSCE", "OSCE"),
    ("the G7", "G7"),
    ("Europol", "European Union"),
    ("the Senate", "United States"),
    ("a Kremlin spokesman", "Russia"),
    ("the Australian government", "Australia"),  # a state the table does not list
])
def test_match_state(table, text, expected):
    assert _name(table.match_state(text)) == expected


@pytest.mark.parametrize("text", [
    "Brussels", "officials", "Western officials", "experts", "analysts", "the West", "U.S. and European officials",
    "former Russian officials", "Vladimir Putin", "the company", "",
])
def test_match_state_rejects(table, text):
    assert table.match_state(text) is None


@pytest.mark.parametrize("text, default, expected", [
    ("Mr. Putin", None, "Vladimir Putin"),
    ("the French president", None, "Emmanuel Macron"),
    ("the president", "FRA", "Emmanuel Macron"),
    ("the Kremlin", None, "Russia"),
    ("the Biden administration", None, "United States"),
    ("Kremlin spokesman Dmitry Peskov", None, "Dmitry Peskov"),
    ("Western officials", None, None),
])
def test_resolve(table, text, default, expected):
    assert _name(table.resolve(text, on=FEB, default_country=default)) == expected


@pytest.mark.parametrize("code, expected", [
    ("USA", "United States"), ("RUS", "Russia"), ("GBR", "United Kingdom"), ("NATO", "NATO"),
    ("EU", "European Union"), ("UN", "United Nations"), ("G7", "G7"), ("XXX", None),
])
def test_state(table, code, expected):
    assert _name(table.state(code)) == expected


@pytest.mark.parametrize("of, country, on, expected", [
    ("Antony Blinken", "RUS", FEB, "Sergei Lavrov"),
    ("Sergei Lavrov", "DEU", FEB, "Annalena Baerbock"),
    ("Sergei Lavrov", "DEU", dt.date(2021, 11, 20), "Heiko Maas"),
    ("Lloyd Austin", "RUS", FEB, "Sergei Shoigu"),
    ("Joe Biden", "RUS", FEB, "Vladimir Putin"),
    ("Joe Biden", "GBR", FEB, "Boris Johnson"),  # leaders map to leaders
    ("Vladimir Putin", "DEU", FEB, "Olaf Scholz"),
    ("Emmanuel Macron", "DEU", dt.date(2021, 11, 20), "Angela Merkel"),
    ("Vasily Nebenzya", "USA", FEB, "Linda Thomas-Greenfield"),
    ("Dmitry Peskov", "USA", FEB, "Jen Psaki"),
    ("Russia", "UKR", FEB, "Ukraine"),
    ("Ursula von der Leyen", "RUS", FEB, None),
])
def test_counterpart(table, of, country, on, expected):
    assert _name(table.counterpart(table.by_name(of), country, on=on)) == expected


@pytest.mark.parametrize("code, expected", [
    ("RUS", ("president",)), ("UKR", ("president",)), ("USA", ("president",)), ("FRA", ("president",)),
    ("BLR", ("president",)), ("GBR", ("prime minister",)), ("DEU", ("chancellor",)), ("NATO", ()),
])
def test_leader_roles(code, expected):
    assert leader_roles(code) == expected


# ---------------------------------------------------------------------------------------------
# Data integrity


def _rows():
    return read_actor_rows()


def _period(row):
    start = dt.date.fromisoformat(row["start"]) if row["start"] else dt.date.min
    end = dt.date.fromisoformat(row["end"]) if row["end"] else dt.date.max
    return start, end


def _valid_role(role: str) -> bool:
    if role in ROLES:
        return True
    for prefix in ROLE_PREFIXES:
        if role.startswith(prefix) and role[len(prefix):]:
            if "ambassador" in prefix:
                return country_code(role[len(prefix):], adjectives=False) is not None
            return True
    return False


def test_table_size():
    rows = _rows()
    persons = [r for r in rows if r["type"] == "person"]
    assert len(persons) >= 200
    assert {r["country"] for r in persons} >= {"RUS", "UKR", "USA", "GBR", "FRA", "DEU", "POL", "BLR", "EST", "LVA",
                                               "LTU", "NATO", "EU", "UN", "OSCE"}


def test_rows_are_valid():
    problems = []
    for row in _rows():
        name, type_, country, role, gender = row["name"], row["type"], row["country"], row["role"], row["gender"]
        if type_ not in TYPES:
            problems.append(f"{name}: type {type_!r}")
        if country:
            if country not in ORGANISATION_CODES and pycountry.countries.get(alpha_3=country) is None:
                problems.append(f"{name}: country {country!r}")
        elif not (type_ == "person" and role.startswith("separatist")):
            problems.append(f"{name}: no country")
        if type_ == "person":
            if gender not in ("m", "f"):
                problems.append(f"{name}: gender {gender!r}")
            if not _valid_role(role):
                problems.append(f"{name}: role {role!r}")
        elif role or gender:
            problems.append(f"{name}: a {type_} has no role or gender")
        if type_ == "state" and name != country_name(country):
            problems.append(f"{name}: state rows use country_name({country}) = {country_name(country)!r}")
        start, end = _period(row)
        if start >= end:
            problems.append(f"{name}: start {row['start']} is not before end {row['end']}")
        if name != name.strip() or any(a != a.strip() for a in row["aliases"].split(";")):
            problems.append(f"{name}: stray spaces")
    assert problems == []


def test_no_duplicate_canonical_names():
    names = [key(r["name"]) for r in _rows()]
    assert sorted({n for n in names if names.count(n) > 1}) == []


def test_every_person_country_has_a_state_row():
    rows = _rows()
    states = {r["country"] for r in rows if r["type"] != "person"}
    assert sorted({r["country"] for r in rows if r["type"] == "person" and r["country"]} - states) == []


def test_no_alias_shared_by_people_in_office_together():
    owners: dict[str, list[dict]] = {}
    for row in _rows():
        if row["type"] != "person":
            continue
        for n in {key(row["name"]), *(key(a) for a in row["aliases"].split(";") if a.strip())}:
            owners.setdefault(n, []).append(row)
    clashes = []
    for n, rows in owners.items():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                (s1, e1), (s2, e2) = _period(a), _period(b)
                if s1 < e2 and s2 < e1:
                    clashes.append((n, a["name"], b["name"]))
    assert clashes == []


SINGLE_HOLDER = {"president", "prime minister", "chancellor", "foreign minister", "defence minister",
                 "interior minister", "finance minister", "press secretary", "national security adviser",
                 "secretary general", "chief of the general staff", "commander-in-chief", "speaker of parliament",
                 "commission president", "european council president", "european parliament president"}


def test_single_holder_offices_do_not_overlap():
    """Two presidents of one country at once would mean a wrong date in the table."""
    clashes = []
    rows = [r for r in _rows() if r["type"] == "person"]
    for i, a in enumerate(rows):
        for b in rows[i + 1:]:
            if a["country"] != b["country"] or a["role"] != b["role"]:
                continue
            if a["role"] not in SINGLE_HOLDER and not a["role"].startswith(ROLE_PREFIXES):
                continue
            (s1, e1), (s2, e2) = _period(a), _period(b)
            if s1 < e2 and s2 < e1:
                clashes.append((a["country"], a["role"], a["name"], b["name"]))
    assert clashes == []


@pytest.mark.parametrize("target, deputy, expected", [
    ("UN", False, "ambassador to the UN"), ("USA", False, "ambassador to the United States"),
    ("UN", True, "deputy ambassador to the UN"), ("DEU", False, "ambassador to Germany"),
])
def test_ambassador_role(target, deputy, expected):
    assert ambassador_role(target, deputy=deputy) == expected


def test_docs_describe_every_column_and_role():
    text = (REPO / "docs" / "actors.md").read_text(encoding="utf-8")
    header = (REPO / "extract" / "resources" / "actors.csv").read_text(encoding="utf-8").splitlines()[0]
    missing = [c for c in header.split(",") if f"`{c}`" not in text]
    missing += [r for r in ROLES + ROLE_PREFIXES if f"`{r.strip()}" not in text]
    assert missing == []


def test_module_imports_no_spacy_or_streamlit_at_top_level():
    tree = ast.parse((REPO / "extract" / "actors.py").read_text(encoding="utf-8"))
    top = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            top |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            top.add(node.module.split(".")[0])
    assert not top & {"spacy", "streamlit"}


# ---------------------------------------------------------------------------------------------
# Matcher


def test_name_patterns(table):
    patterns = table.name_patterns()
    assert {"Vladimir Putin", "Zelenskyy", "Le Drian", "von der Leyen", "Mr Price", "NATO", "Nauseda"} <= set(patterns)
    assert "Price" not in patterns  # a risky surname is only matched after an honorific
    assert "Russia" not in patterns  # states are found by the place matcher
    assert len(patterns) == len(set(patterns))


@pytest.fixture(scope="module")
def matcher(nlp):
    return ActorMatcher(nlp)


def _spans(component, vocab, words):
    doc = component(Doc(vocab, words=words))
    return [(s.text, s.label_) for s in doc.spans["actors"]]


@pytest.mark.parametrize("words, expected", [
    (["President", "Vladimir", "Putin", "spoke", "."], [("Vladimir Putin", "Vladimir Putin")]),
    (["Mr", "Putin", "'s", "aide"], [("Putin", "Vladimir Putin")]),
    (["Ursula", "von", "der", "Leyen", "said"], [("Ursula von der Leyen", "Ursula von der Leyen")]),
    (["von", "der", "Leyen", "said"], [("von der Leyen", "Ursula von der Leyen")]),
    (["Nauseda", "and", "Zelenskyy", "met"], [("Nauseda", "Gitanas Nausėda"), ("Zelenskyy", "Volodymyr Zelensky")]),
    (["the", "price", "of", "gas"], []),
    (["Price", "told", "reporters"], []),  # risky surname alone
    (["Mr.", "Price", "told", "reporters"], [("Mr. Price", "Ned Price")]),
    (["putin", "said"], []),  # lower case is not a name
    (["Wladimir", "Klitschko", "joined"], []),  # another first name: another person
    (["Vitali", "Klitschko", "said"], [("Vitali Klitschko", "Vitali Klitschko")]),
    (["Sullivan", "said"], []),  # ambiguous surname, nobody named in full
    (["Jake", "Sullivan", "arrived", ".", "Sullivan", "said"],
     [("Jake Sullivan", "Jake Sullivan"), ("Sullivan", "Jake Sullivan")]),
    (["NATO", "and", "the", "OSCE"], [("NATO", "NATO"), ("OSCE", "OSCE")]),
])
def test_matcher_on_hand_built_docs(nlp, matcher, words, expected):
    assert _spans(matcher, nlp.vocab, words) == expected


@pytest.fixture(scope="module")
def actor_nlp():
    from extract.nlp import load_model

    nlp = load_model()
    add_actor_matcher(nlp)
    return nlp


def test_add_actor_matcher_is_idempotent(actor_nlp):
    add_actor_matcher(actor_nlp)  # a Streamlit rerun
    assert actor_nlp.pipe_names.count("actor_matcher") == 1
    assert actor_nlp.pipe_names.index("actor_matcher") == actor_nlp.pipe_names.index("ner") + 1


def test_matcher_on_model_doc(actor_nlp):
    doc = actor_nlp(
        "Russian President Vladimir Putin spoke with French President Emmanuel Macron on Monday. "
        "Putin told Macron that NATO had ignored Russia's concerns, the Kremlin said. "
        "Zelenskyy's office said Kuleba would meet Le Drian in Paris."
    )
    found = [(s.text, s.label_) for s in doc.spans["actors"]]
    assert found == [
        ("Vladimir Putin", "Vladimir Putin"), ("Emmanuel Macron", "Emmanuel Macron"), ("Putin", "Vladimir Putin"),
        ("Macron", "Emmanuel Macron"), ("NATO", "NATO"), ("Zelenskyy", "Volodymyr Zelensky"),
        ("Kuleba", "Dmytro Kuleba"), ("Le Drian", "Jean-Yves Le Drian"),
    ]
