"""Tests for extract.movements.place_anaphors: "the country", "the region" stand for the place named before;
invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], tuple(r["destinations"]))
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, row", [
    ("Putin has threatened Moldova for weeks. Last night, he ordered Russian forces to deploy into the region.",
     ("RUS", "announced", ("MDA",))),
    ("Russia denies it plans to attack Georgia, despite its large troop buildup in the area.",
     ("RUS", "deployed", ("GEO",))),
    # a subject or possessor acts, it is no place named: "the country" is Cyprus, not the United States
    ("Spain's ships docked in Cyprus. The United States is worried about the buildup of Russian troops in the "
     "country.", ("RUS", "deployed", ("CYP",))),
])
def test_a_place_noun_takes_the_place_named_before(extract_text, text, row):
    assert row in _rows(extract_text, text)


@pytest.mark.parametrize("text", [
    # counter-examples: no place named before, or a place noun with its own name
    "The United States is worried about the buildup of Russian troops in the country.",
    "Russia has moved troops into the Kursk region.",
])
def test_a_place_noun_with_nothing_before_names_no_other_place(extract_text, text):
    assert all(r[2] in ((), ("RUS",)) for r in _rows(extract_text, text))
