"""Tests for extract.movements.predicates: an idiom of a movement verb states no movement; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    # "took place": it happened, no place was taken
    ("The parade of the Armed Forces of Poland, which took place on the main square in Krakow, was long.", []),
    ("The anniversary of the Polish army took place on the main square in Krakow.", []),
    # counter-example: an arrival without the idiom
    ("Turkish troops entered Syria on the main road.", [("TUR", "arrived")]),
])
def test_took_place_is_no_arrival(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
