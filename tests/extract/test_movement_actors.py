"""Tests for extract.movements.actors: whose forces a cleft or a watched build-up are; invented sentences."""
from __future__ import annotations

import pytest


def _rows(extract_text, text: str) -> list[tuple]:
    return [(r["actor"], r["status"]) for r in extract_text(text).movements.to_dict("records")]


@pytest.mark.parametrize(
    "text, rows",
    [
        # an it-cleft: the focus builds up the forces, not the state named before
        ("Spain sent food. It is Turkey that is building up forces on the border with Syria, not Spain.",
         [("TUR", "deployed")]),
        ("Spain sent food. It was Turkey that sent soldiers to Syria.", [("TUR", "deployed")]),
    ],
)
def test_a_cleft_names_the_owner(extract_text, text, rows):
    assert _rows(extract_text, text) == rows


@pytest.mark.parametrize("text", [
    # a watcher owns nothing it watches: no owner, so no row
    "Spain sent food. We are watching closely the buildup of troops on the border with Syria.",
    "Spain sent food. Spain is monitoring the movement of soldiers near Syria.",
])
def test_a_watcher_does_not_own_the_forces(extract_text, text):
    assert [a for a, _ in _rows(extract_text, text)] == []
