"""Tests for extract.movements.observed: a motion a verb of seeing reports was under way; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Photos show Belarusian troops moving toward Lithuania.", [("BLR", "deployed", ["LTU"])]),
    ("Satellite images revealed Belarusian troops heading to Poland.", [("BLR", "deployed", ["POL"])]),
    ("Belarusian troops were spotted moving toward Vilnius.", [("BLR", "deployed", ["LTU"])]),
    # counter-examples: a motion under way that nobody reports seeing is on its way (announced)
    ("Belarusian troops are heading to Poland.", [("BLR", "announced", ["POL"])]),
    ("Belarusian troops heading to Poland, officials said.", [("BLR", "announced", ["POL"])]),
])
def test_a_motion_seen_is_deployed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text, rows", [
    # forces seen at a place are deployed there
    ("Belarusian troops have been spotted in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    ("A Belarusian battalion was seen near Vilnius.", [("BLR", "deployed", ["LTU"])]),
    # counter-examples: equipment alone seen somewhere, or forces that see a place
    ("Belarusian helicopters have been seen in Lithuania.", []),
    ("Belarusian troops saw Vilnius.", []),
    # an active verb of seeing whose object is forces at a place
    ("New photos show Belarusian troops near Vilnius.", [("BLR", "deployed", ["LTU"])]),
    ("Satellite images reveal Belarusian soldiers in Lithuania.", [("BLR", "deployed", ["LTU"])]),
    # counter-examples: negated, or forces with no place of their own
    ("The photos do not show Belarusian troops near Vilnius.", []),
    ("The report shows Belarusian troops are tired.", []),
])
def test_forces_seen_at_a_place_are_deployed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
