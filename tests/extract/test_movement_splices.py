"""Tests for extract.movements.splices: the first clause of a comma splice states what happened, whatever the
second clause plans; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"], r["is_future"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize("text, rows", [
    ("Russian soldiers surrounded Ukraine, Russian forces plan to attack the capital.", [("RUS", "deployed", False)]),
    ("Russia moved 5,000 troops to Belarus, its generals plan to stage drills.", [("RUS", "deployed", False)]),
    # counter-examples: a plan or a condition that does govern the forces' clause
    ("Officials expect Russian troops to mass near Ukraine.", [("RUS", "planned", True)]),
    ("If Russian troops cross into Ukraine, NATO plans to respond.", []),
    ("Russia plans to send troops to Belarus, officials said.", [("RUS", "planned", True)]),
])
def test_a_comma_splice_keeps_the_first_clause_real(extract_text, text, rows):
    assert _rows(extract_text, text) == rows
