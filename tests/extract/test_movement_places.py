"""Tests for extract.movements.places: a row with no place of its own takes the story's; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    # a deployment with no place of its own is the same actor's deployment just told
    ("Belarus has deployed 5,000 troops near Lithuania. Photos show Belarusian troops moving toward combat "
     "positions.", [("BLR", "deployed", ["LTU"]), ("BLR", "deployed", ["LTU"])]),
    # counter-example: with no earlier movement of that actor, no place and no row
    ("Spain has sent food to the people of Lithuania. The photos show that Belarusian troops are moving toward "
     "their combat positions.", []),
])
def test_a_deployment_takes_the_place_of_the_story(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
