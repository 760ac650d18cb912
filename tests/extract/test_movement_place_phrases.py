"""Tests for extract.movements.place_phrases: places named by a relative "where", a measured "from", a captured
town and the examples of a general place; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["troops"] if r["troops"] == r["troops"] else None, list(r["destinations"]),
             list(r["destination_places"])) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Lithuania, where Germany has stationed 600 soldiers, held drills on Monday.", [("DEU", 600, ["LTU"], [])]),
    ("The drills were held in Estonia, where Britain has 900 troops.", [("GBR", 900, ["EST"], [])]),
    ("The drills took place in Lithuania, where Germany has deployed soldiers.", [("DEU", None, ["LTU"], [])]),
    # counter-example: "where" of an event, not of a place, names none
    ("The drills, where 900 British troops took part, ended on Friday.", []),
])
def test_where_names_the_place_of_its_antecedent(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops are now 20 miles from Vilnius.", [("BLR", None, ["LTU"], ["Vilnius"])]),
    # counter-example: a plain "from" is where they came from, not a destination
    ("Belarusian troops are now returning from Vilnius.", [("BLR", None, [], [])]),
])
def test_a_measured_from_is_where_forces_are(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops captured the eastern Lithuanian town of Alytus on Sunday.",
     [("BLR", None, ["LTU"], ["Alytus"])]),
    ("Belarusian troops took the Lithuanian city of Alytus on Sunday.", [("BLR", None, ["LTU"], ["Alytus"])]),
    # counter-examples: soldiers captured are prisoners, not a place taken
    ("Belarusian troops captured 200 Lithuanian soldiers near Alytus.", []),
    ("Belarusian soldiers were captured near Alytus.", []),
])
def test_capturing_a_named_town_is_an_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("The United States has military presence in many countries, including Poland, Lithuania and Latvia.",
     [("USA", None, ["POL", "LTU", "LVA"], [])]),
    ("NATO has troops in eastern member states such as Estonia and Latvia.", [("NATO", None, ["EST", "LVA"], [])]),
    # counter-example: the examples of no place noun are no places of the forces
    ("The United States has allies in many countries, including Poland and Lithuania.", []),
])
def test_the_examples_of_a_general_place_are_its_places(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    ("Narva, surrounded by Belarusian troops, has run out of water.", [("BLR", None, ["EST"], ["Narva"])]),
    # counter-examples: forces surrounded or captured by the other side are no arrival
    ("Belarusian troops surrounded by Estonian forces near Narva surrendered.", []),
    ("The Belarusian soldiers, captured by Estonian forces near Narva, were shown on television.", []),
])
def test_a_participle_by_forces_holds_the_place_it_modifies(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
