"""Tests for extract.movements.kept: forces a state will not pull out of a place stay there; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], list(r["destinations"]), r["method"])
            for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Moscow said it would not withdraw its soldiers from Georgia.",
     [("RUS", "stationed", ["GEO"], "movement:not-withdrawn")]),
    ("Minsk refused to pull its troops out of Georgia.", [("BLR", "stationed", ["GEO"], "movement:not-withdrawn")]),
    # counter-examples: a denied sending is no movement; a denied withdrawal from no place says nothing of where
    ("Moscow did not send troops to Georgia.", []),
    ("Moscow has not withdrawn its troops.", []),
    # counter-example: a withdrawal no one has verified is not denied by the forces' owner
    ("The US has not verified that Russian troops are withdrawing from Georgia.", []),
])
def test_a_denied_withdrawal_is_a_presence(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
