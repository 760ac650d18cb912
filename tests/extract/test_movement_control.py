"""Tests for extract.movements.control: taking control of a place is reaching it; invented sentences."""
from __future__ import annotations

import pytest

from extract.movements.control import controlled


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Belarusian troops took control of Vilnius on Monday.", [("BLR", "arrived", ["LTU"])]),
    ("Belarusian forces seized control of the city of Kaunas.", [("BLR", "arrived", ["LTU"])]),
    ("Belarusian soldiers gained control of Vilnius after a week.", [("BLR", "arrived", ["LTU"])]),
    # counter-examples: control of no place, another verb
    ("Belarusian soldiers took control of the situation.", []),
    ("Belarusian troops lost control of Vilnius.", []),
])
def test_taking_control_of_a_place_is_an_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, place", [
    ("The troops took control of Vilnius.", "Vilnius"),
    ("The troops seized control of the port.", "port"),
    ("The troops took charge of Vilnius.", None),
    ("The troops wanted control of Vilnius.", None),
])
def test_controlled_is_the_place_of_the_of_phrase(pipeline, text, place):
    doc = pipeline(text)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    found = controlled(verb)
    assert (found.text if found is not None else None) == place
