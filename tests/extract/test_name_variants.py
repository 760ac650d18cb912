"""Given names spelt another way link to the actor table: a respelt first name does not make a second person."""
from __future__ import annotations

import pytest

from extract.name_variants import given_variant, one_edit


@pytest.mark.parametrize("a, b, expected", [
    ("emanuel", "emmanuel", True),
    ("jon", "john", True),
    ("marc", "mark", True),
    ("mark", "mark", False),
    ("marc", "marco", True),
    ("mary", "marco", False),
    ("anton", "antony", True),
])
def test_one_edit(a, b, expected):
    assert one_edit(a, b) is expected


@pytest.mark.parametrize("written, known, expected", [
    ("Emanuel", "Emmanuel", True),
    ("Wladimir", "Vladimir", True),
    ("Władimir", "Vladimir", True),
    ("Aleksander", "Alexander", True),
    ("Aleksandr", "Alexander", True),
    ("Mary", "Mark", False),  # short given names one letter apart are other people
    ("Hunter", "Joe", False),
    ("Jill", "Joe", False),
])
def test_given_variant(written, known, expected):
    assert given_variant(written, known) is expected


@pytest.mark.parametrize("text, needle, speakers", [
    ("French President Emanuel Macron said on Monday that Europe must speak with one voice.", "one voice",
     ["Emmanuel Macron"]),
    ("Aleksander Łukaszenko said the border would stay closed for the winter.", "stay closed",
     ["Alexander Lukashenko"]),
    ("Wladimir Putin said the talks had been useful for both sides.", "useful for both sides",
     ["Vladimir Putin"]),
    ("Siergiej Ławrow said the proposal would be studied in Moscow.", "studied in Moscow", ["Sergei Lavrov"]),
])
def test_a_respelt_name_is_the_known_person(extract_text, speakers_of, text, needle, speakers):
    assert speakers_of(extract_text(text), needle) == speakers


@pytest.mark.parametrize("text, needle, speaker", [
    # another person with the surname of a known actor, and a given name far from the actor's
    ("Hunter Biden said the book would come out in the spring.", "come out in the spring", "Hunter Biden"),
])
def test_another_given_name_stays_another_person(extract_text, speakers_of, text, needle, speaker):
    assert speakers_of(extract_text(text), needle) == [speaker]
