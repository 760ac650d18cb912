"""Tests for extract.movements.exercises: forces holding or joining exercises somewhere are deployed there;
invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops are conducting exercises in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    ("Belarusian soldiers took part in drills in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    ("Belarusian forces carried out manoeuvres in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    ("Belarusian soldiers participated in military exercises in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    # counter-examples: fighting is no exercise
    ("Belarusian forces carried out strikes on Vilnius.", []),
    ("Belarusian troops took part in the fighting near Vilnius.", []),
])
def test_forces_in_exercises_are_deployed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
