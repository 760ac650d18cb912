"""Tests for extract.movements.forces: staff of a civilian service are no forces; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("The ministry authorized the departure of nonemergency personnel from the Spanish Embassy in Damascus.", []),
    ("The ministry ordered the departure of personnel from the Spanish Embassy in Damascus.", []),
    # counter-example: soldiers leaving a base
    ("Spain withdrew its soldiers from the base in Syria.", [("ESP", "withdrawn")]),
])
def test_embassy_staff_are_no_forces(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, troops", [
    # a small numeral that is no round count, before a capitalised arm of service, is a unit's number
    ("The United States will send the 173 Airborne paratroopers to Slovakia.", None),
    ("The United States will send the 101 Airborne paratroopers to Slovakia.", None),
    # counter-examples: counts
    ("The United States will send the 300 Marine reservists to Slovakia.", 300),
    ("The United States will send the 3,000 soldiers to Slovakia.", 3000),
])
def test_a_unit_numeral_is_no_count(extract_text, text, troops):
    rows = extract_text(text).movements.to_dict("records")
    value = rows[0]["troops"]
    assert (None if value is None or value != value else int(value)) == troops


@pytest.mark.parametrize("text, rows", [
    # "a company of" or "a team of" forces stands for them
    ("A company of 150 Spanish paratroopers arrived in Latvia.", [("ESP", "arrived")]),
    ("A team of Spanish commandos arrived in Latvia.", [("ESP", "arrived")]),
    # counter-example: a company of no forces
    ("A company of Spanish dancers arrived in Latvia.", []),
])
def test_a_company_of_forces(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, word, is_force", [
    ("Narva has been under siege by Belarusian forces for a week.", "forces", True),  # a plural by-phrase: forces
    ("Minsk wants to take Narva by force.", "force", False),  # "by force": a manner, no forces
])
def test_by_force_is_a_manner_by_forces_an_agent(nlp, text, word, is_force):
    from extract.movements.forces import force_kind

    token = next(t for t in nlp(text) if t.text == word)
    assert (force_kind(token) is not None) is is_force


@pytest.mark.parametrize("text, word, is_force", [
    ("Madrid will deploy additional Spain-based units to Latvia.", "units", True),  # a nationality as a base
    ("Madrid will deploy additional Europe-based units to Latvia.", "units", False),  # a region is no nationality
])
def test_a_nationality_as_a_base(nlp, text, word, is_force):
    from extract.movements.forces import force_kind

    token = next(t for t in nlp(text) if t.text == word)
    assert (force_kind(token) is not None) is is_force
