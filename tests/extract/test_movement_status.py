"""Tests for extract.movements.status: a movement repeated over years is a standing presence; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], r["method"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Spain has been rotating troops through Latvia for years.", [("ESP", "stationed", "movement:over-years")]),
    ("That comes on top of years of rotation of about 600 Spanish troops in Latvia.",
     [("ESP", "stationed", "movement:over-years")]),
    # counter-example: a dispatch without a span of years
    ("Spain has sent troops to Latvia.", [("ESP", "deployed", "movement:send")]),
])
def test_a_movement_over_years_is_stationed(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
