"""Tests for extract.movements.purpose_places: forces sent with no place go where their purpose is; invented
sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Armenia sent soldiers to help restore order in neighbouring Georgia.", [("ARM", "deployed", ["GEO"])]),
    ("Britain dispatched troops to protect its allies in Estonia.", [("GBR", "deployed", ["EST"])]),
    # counter-examples: the sending's own place wins; a place the purpose does not locate is none
    ("Britain will send troops to Poland to protect allies in Estonia.", [("GBR", "announced", ["POL"])]),
    ("Britain sent troops to deter Russia from attacking Ukraine.", []),
])
def test_the_place_of_the_purpose(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
