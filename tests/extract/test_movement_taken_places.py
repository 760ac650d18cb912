"""Tests for extract.movements.taken_places: forces that take a place (a bare object, a passive with a by-agent,
"took control of") and forces that take prisoners; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], list(r["destinations"]), list(r["destination_places"]), r["status"])
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops took Narva.", [("BLR", ["EST"], ["Narva"], "arrived")]),
    ("The town of Narva has been taken by Belarusian troops.", [("BLR", ["EST"], ["Narva"], "arrived")]),
    ("Belarusian forces took the city of Tartu, though not without a fight.", [("BLR", ["EST"], ["Tartu"], "arrived")]),
    # counter-examples: prisoners taken, an idiom of "take"
    ("Two Belarusian soldiers were taken prisoner by Estonian forces near Tartu.", []),
    ("Belarusian troops took 30 prisoners near Tartu.", []),
    ("Belarusian troops took the lead in the drills, the ministry said.", []),
])
def test_forces_that_take_a_place_reach_it(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
