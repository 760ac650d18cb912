"""Tests for extract.movements.reinforcements: forces in the with-phrase of a reinforcing verb; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], list(r["destinations"]), list(r["destination_places"]),
             None if r["troops"] is None or r["troops"] != r["troops"] else int(r["troops"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    # the object is the force joined: one force, the with-phrase gives its number
    ("Canada will bolster its forces in Latvia with 400 more soldiers.", [("CAN", ["LVA"], [], 400)]),
    ("Canada beefed up its military presence in Latvia with 400 troops.", [("CAN", ["LVA"], [], 400)]),
    # the object is where the forces go
    ("The alliance reinforced Latvia with 400 Canadian soldiers.", [("CAN", ["LVA"], [], 400)]),
    ("Canada will boost its presence in Latvia with 400 more soldiers.", [("CAN", ["LVA"], [], 400)]),
    # counter-examples: a with-phrase of forces under a verb that adds nothing to a place
    ("Canada strengthened its ties with Latvian forces.", []),
    ("Canada stepped up its attacks with fresh troops.", []),
])
def test_forces_added_with_a_reinforcing_verb(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
