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
